#!/bin/sh
# Writes the default view of the built-in corpus into the built index.html as real HTML
# (`factlens prerender`, src/prerender.rs), so the browser paints it before the wasm arrives and
# readers without JavaScript see facts. Trunk runs this as a post_build hook, before the size
# report, with TRUNK_STAGING_DIR set; by hand: scripts/prerender.sh dist
set -eu
dir=${1:-${TRUNK_STAGING_DIR:-dist}}
cargo run --quiet --locked --bin factlens -- prerender --html "$dir/index.html"
