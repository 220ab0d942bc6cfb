#!/usr/bin/env bash
# Vendors the dashboard's charting library, uPlot (npm, MIT), at the version pinned by
# scripts/uplot/package-lock.json into dashboard/web/assets/vendor, where go:embed
# serves it (no CDN; the pages work offline).
#   scripts/uplot/vendor.sh          install the pinned package and copy it
#   scripts/uplot/vendor.sh --check  verify the committed copy is byte-identical
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
dst=../../dashboard/web/assets/vendor
files=(dist/uPlot.iife.min.js dist/uPlot.min.css LICENSE)
if [ "${1:-}" = "--check" ]; then
  for f in "${files[@]}"; do
    b="$(basename "$f")"; [ "$b" = LICENSE ] && b=uPlot.LICENSE
    cmp -s "node_modules/uplot/$f" "$dst/$b" || { echo "vendor.sh --check: $dst/$b differs from uplot@$(node -p 'require("./node_modules/uplot/package.json").version')'s $f" >&2; exit 1; }
  done
  echo "uplot $(node -p 'require("./node_modules/uplot/package.json").version'): vendored copy matches"
  exit 0
fi
mkdir -p "$dst"
for f in "${files[@]}"; do
  b="$(basename "$f")"; [ "$b" = LICENSE ] && b=uPlot.LICENSE
  cp "node_modules/uplot/$f" "$dst/$b"
done
echo "vendored uplot $(node -p 'require("./node_modules/uplot/package.json").version') into $dst"
