#!/bin/sh
# Prints the size of the built wasm and JS, raw, gzip -9 and brotli -q 11, so later work can hold a budget.
# Trunk runs it as a post_build hook with TRUNK_STAGING_DIR set; by hand: scripts/size-report.sh dist
set -eu
dir=${1:-${TRUNK_STAGING_DIR:-dist}}
total_raw=0 total_gz=0 total_br=0
printf '%-44s %10s %10s %10s\n' "size report ($dir)" raw gzip brotli
for f in "$dir"/*.wasm "$dir"/*.js "$dir"/*.css "$dir"/*.html; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
  printf '%-44s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
done
printf '%-44s %10d %10d %10d\n' "total" "$total_raw" "$total_gz" "$total_br"
