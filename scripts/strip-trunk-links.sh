#!/bin/sh
# Trunk leaves the <link data-trunk rel="rust" …> tags of the wasm binaries in the built index.html
# (inject_scripts = false keeps them): the browser ignores them, so they are dead bytes on the first
# load. Trunk runs this as a post_build hook, before the size report, with TRUNK_STAGING_DIR set.
set -eu
dir=${1:-${TRUNK_STAGING_DIR:-dist}}
sed -i 's/<link[^>]*rel=rust>//g; s/<link[^>]*rel="rust"[^>]*>//g' "$dir/index.html"
