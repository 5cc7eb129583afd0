#!/usr/bin/env bash
# Runs every benchmark and writes BENCHMARKS.md: figures, the machine, and how to reproduce them.
# Benchmarks print numbers; none of them fails on speed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

{
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; memory $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -sr)"
  echo "- $(rustc --version); node $(node --version); $(chromium --version 2>/dev/null | grep -o 'Chromium [0-9.]*')"
  echo "- load average when the run started (other work shares this machine): $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$out/machine.txt"

echo "== building: the site (dist/), the CLI, the wasm API for node (target/bench-wasm), the roaring peer (target/bench-peer)"
wasm trunk build --release
cargo build -q --release --bin factlens
wasm cargo build -q -p factlens-wasm --profile wasm-api --target wasm32-unknown-unknown
wasm-bindgen --target nodejs --out-dir target/bench-wasm target/wasm32-unknown-unknown/wasm-api/factlens_wasm.wasm
echo '{"type":"commonjs"}' >target/bench-wasm/package.json
wasm cargo build -q -p factlens-peer-roaring --profile wasm-api --target wasm32-unknown-unknown
wasm-bindgen --target nodejs --out-dir target/bench-peer target/wasm32-unknown-unknown/wasm-api/factlens_peer_roaring.wasm
echo '{"type":"commonjs"}' >target/bench-peer/package.json

echo "== extraction, native"
cargo bench -q -p factlens-core --bench extract | tee "$out/extract-native.txt"
echo "== extraction, wasm"
node bench/extract-wasm.mjs | tee "$out/extract-wasm.txt"
echo "== facet engine, native"
cargo bench -q -p factlens-core --bench engine | tee "$out/engine-native.txt"
echo "== start of big corpora, native (decode, explorer)"
cargo bench -q -p factlens-core --bench start | tee "$out/start-native.txt"
echo "== facet engines at 10k, 100k, 1M facts (each in its own process)"
node --expose-gc bench/facets.mjs >"$out/facets.json"
echo "== page load and interaction"
node bench/page.mjs | tee "$out/page.json"
echo "== your own articles: add to facts shown, clicks while extracting, bytes"
node bench/collection.mjs | tee "$out/collection.json"
echo "== wasm memory over 2,000 filter changes and 1,000 back/forward steps"
node bench/memory.mjs 3 | tee "$out/memory.json"
node bench/report.mjs "$out"
