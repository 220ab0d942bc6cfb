#!/usr/bin/env bash
# The project's test command (README). It installs what the tests need, then runs
# go vet and the whole Go test suite. CI (.ci/run) calls exactly this script.
set -euo pipefail
cd "$(dirname "$0")/.."

# Tools the tests use are installed by scripts/deps.sh (idempotent, cached).
./scripts/deps.sh

echo "== go vet"
go vet ./...
go vet -tags faults ./cmd/whitepay   # the fault-injection build (devnet --faults)
echo "== contracts (rebuild reproduces the committed artifacts)"
./contracts/build.sh --check
echo "== dashboard charting library (the vendored uPlot is the pinned npm package's)"
./scripts/uplot/vendor.sh --check
echo "== go test"
go test -count=1 -timeout 20m ./...
echo "== go test -race: the batch verifier's forgery sweep (SPEC 8.1; ~2 min from a cold cache)"
go test -race -count=1 ./internal/bls/forgetest
echo "== fuzz (every target, bounded: FUZZTIME each, default 3s; scripts/fuzz.sh)"
./scripts/fuzz.sh "${FUZZTIME:-3s}"
