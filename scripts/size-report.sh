#!/bin/sh
# Prints the size of the built wasm, JS, CSS and HTML, raw, gzip -9 and brotli -q 11, so later work
# can hold a budget. "total" counts what the first page load can fetch (every file but those below);
# what loads only when a person first adds or removes an article (collection.js and .css, and the worker:
# factlens-worker*) is marked "(on first add)", summed in "on-first-add total", and is not part of
# the budget.
# Trunk runs it as a post_build hook with TRUNK_STAGING_DIR set; by hand: scripts/size-report.sh dist
set -eu
dir=${1:-${TRUNK_STAGING_DIR:-dist}}
total_raw=0 total_gz=0 total_br=0
worker_raw=0 worker_gz=0 worker_br=0
printf '%-44s %10s %10s %10s\n' "size report ($dir)" raw gzip brotli
for f in "$dir"/*.wasm "$dir"/*.js "$dir"/*.css "$dir"/*.html; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  case $(basename "$f") in
    factlens-worker*|collection.*)
      worker_raw=$((worker_raw + raw)) worker_gz=$((worker_gz + gz)) worker_br=$((worker_br + br))
      printf '%-44s %10d %10d %10d\n' "$(basename "$f") (on first add)" "$raw" "$gz" "$br"
      ;;
    *)
      total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
      printf '%-44s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
      ;;
  esac
done
printf '%-44s %10d %10d %10d\n' "total" "$total_raw" "$total_gz" "$total_br"
printf '%-44s %10d %10d %10d\n' "on-first-add total" "$worker_raw" "$worker_gz" "$worker_br"
