#!/usr/bin/env bash
# Installs what the tests and tools need, idempotently. Each step is skipped when its
# result is already present, so running it twice costs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

# cgo is required (herumi BLS).
export CGO_ENABLED=1
command -v gcc >/dev/null || { apt-get update -qq && apt-get install -y -qq gcc; }
