#!/bin/sh
# Trunk minifies the JS it generates, not the scripts it copies (public/boot.js, embed.js,
# collection.js): terser (npm, package-lock.json) compresses and mangles them as ES modules, so the
# first load carries no comments or long local names (measured: embed.js 1,025 → 544 B brotli).
# Trunk runs this as a post_build hook, before the size report, with TRUNK_STAGING_DIR set.
set -eu
dir=${1:-${TRUNK_STAGING_DIR:-dist}}
for name in boot pre embed collection; do
  file="$dir/$name.js"
  [ -f "$file" ] || continue
  node_modules/.bin/terser "$file" --module --compress --mangle --output "$file.min"
  mv "$file.min" "$file"
done
