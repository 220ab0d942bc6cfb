#!/usr/bin/env bash
# Installs what the tests and tools need, idempotently. Each step is skipped when its
# result is already present, so running it twice costs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

# cgo is required (herumi BLS).
export CGO_ENABLED=1
command -v gcc >/dev/null || { apt-get update -qq && apt-get install -y -qq gcc; }

# Node.js and npm run the pinned Solidity compiler (contracts/build.sh: npm ci of
# solc 0.8.37 and OpenZeppelin from contracts/package-lock.json).
command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs npm; }

# geth for the tests that run against a real `geth --dev` over JSON-RPC; v1.17.8
# (later releases do not build from the module proxy). Installed once into GOPATH/bin.
[ -x "$(go env GOPATH)/bin/geth" ] || command -v geth >/dev/null ||
  go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.8

# The Arweave test harness (settle/da/arweave/arlocal): arlocal 1.1.0, a local Arweave
# gateway, and the official JS client (npm arweave), pinned by
# scripts/arweave/package-lock.json. arlocal's sqlite3 compiles from source (minutes), so
# the tree is installed once per lock file into a cache outside the clone and linked as
# scripts/arweave/node_modules; a fresh clone on the same machine links it again.
arweave_dir=scripts/arweave
arweave_sum="$(sha256sum "$arweave_dir/package-lock.json" | cut -c1-16)"
arweave_cache="${WHITEPAY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/whitepay}/arweave-npm-$arweave_sum"
if [ ! -f "$arweave_cache/ok" ]; then
  command -v make >/dev/null && command -v g++ >/dev/null && command -v python3 >/dev/null ||
    { apt-get update -qq && apt-get install -y -qq make g++ python3; }
  rm -rf "$arweave_cache" && mkdir -p "$arweave_cache"
  cp "$arweave_dir/package.json" "$arweave_dir/package-lock.json" "$arweave_cache/"
  (cd "$arweave_cache" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  touch "$arweave_cache/ok"
fi
[ "$(readlink "$arweave_dir/node_modules" 2>/dev/null)" = "$arweave_cache/node_modules" ] ||
  { rm -rf "$arweave_dir/node_modules" && ln -s "$arweave_cache/node_modules" "$arweave_dir/node_modules"; }

# The operator kit's test (ops/) runs Prometheus's promtool on the alert rules, and
# the dashboard's browser test (dashboard/web) drives Debian's headless Chromium.
# --no-install-recommends keeps the prometheus package to its binaries (no exporter).
need_apt=()
command -v promtool >/dev/null || need_apt+=(prometheus)
command -v chromium >/dev/null || need_apt+=(chromium fonts-dejavu-core)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi
