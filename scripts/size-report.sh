#!/bin/sh
# Prints the size of the built wasm, JS, CSS and HTML, raw, gzip -9 and brotli -q 11, so later work
# can hold a budget. Three sums:
#   total                what the factlens page's first load fetches (index.html, boot.js, style.css,
#                        factlens-web.js and its wasm); the byte budget applies to it
#   element first load   what a host page's first <factlens-explorer> fetches (embed.js instead of
#                        index.html, pre.js and boot.js)
#   on-first-add total   what loads only when a person first adds, removes, exports or imports
#                        (collection.js and .css, the worker factlens-worker*); not in the budget
# Trunk runs it as a post_build hook with TRUNK_STAGING_DIR set; by hand: scripts/size-report.sh dist
set -eu
dir=${1:-${TRUNK_STAGING_DIR:-dist}}
page_raw=0 page_gz=0 page_br=0
element_raw=0 element_gz=0 element_br=0
later_raw=0 later_gz=0 later_br=0
printf '%-44s %10s %10s %10s\n' "size report ($dir)" raw gzip brotli
for f in "$dir"/*.wasm "$dir"/*.js "$dir"/*.css "$dir"/*.html; do
  [ -f "$f" ] || continue
  name=$(basename "$f")
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  case $name in
    factlens-worker* | collection.*)
      later_raw=$((later_raw + raw)) later_gz=$((later_gz + gz)) later_br=$((later_br + br))
      name="$name (on first add)"
      ;;
    embed.js)
      element_raw=$((element_raw + raw)) element_gz=$((element_gz + gz)) element_br=$((element_br + br))
      name="$name (elements)"
      ;;
    index.html | boot.js | pre.js)
      page_raw=$((page_raw + raw)) page_gz=$((page_gz + gz)) page_br=$((page_br + br))
      ;;
    *)
      page_raw=$((page_raw + raw)) page_gz=$((page_gz + gz)) page_br=$((page_br + br))
      element_raw=$((element_raw + raw)) element_gz=$((element_gz + gz)) element_br=$((element_br + br))
      ;;
  esac
  printf '%-44s %10d %10d %10d\n' "$name" "$raw" "$gz" "$br"
done
printf '%-44s %10d %10d %10d\n' "total" "$page_raw" "$page_gz" "$page_br"
printf '%-44s %10d %10d %10d\n' "element first load" "$element_raw" "$element_gz" "$element_br"
printf '%-44s %10d %10d %10d\n' "on-first-add total" "$later_raw" "$later_gz" "$later_br"
