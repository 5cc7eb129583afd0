#!/bin/sh
# What the page's wasm is made of, by crate and part (BENCHMARKS.md, "What the wasm is made of").
# Takes the wasm as wasm-bindgen leaves it in a release build (it still has its function names),
# shrinks it with index.html's own wasm-opt flags plus -g (keeps the names), and groups twiggy's
# items (twiggy: `cargo install twiggy --locked`). Prints the groups, the largest items and the
# largest generic instances. Run after `trunk build --release`: sh scripts/wasm-breakdown.sh
set -eu
cd "$(dirname "$0")/.."
. scripts/env.sh
input=${1:-target/wasm-bindgen/release/factlens-web_bg.wasm}
command -v twiggy >/dev/null || { echo "twiggy is missing: cargo install twiggy --locked" >&2; exit 1; }
[ -f "$input" ] || { echo "$input is missing: run trunk build --release first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The flags of index.html's data-wasm-opt-params, read from it, with Trunk's -Oz first.
params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html | head -n 1)
# shellcheck disable=SC2086
wasm-opt -g -Oz $params --enable-bulk-memory --enable-nontrapping-float-to-int "$input" -o "$work/named.wasm"
twiggy top -n 1000000 -f csv "$work/named.wasm" >"$work/top.csv"
node scripts/wasm-breakdown.mjs "$work/top.csv"
echo
echo "largest generic functions, by copies (twiggy monos):"
twiggy monos -m 12 -n 0 "$work/named.wasm" | cut -c1-150
