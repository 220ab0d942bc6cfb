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
