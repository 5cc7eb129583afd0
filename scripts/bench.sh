#!/usr/bin/env bash
# Runs every benchmark and writes BENCHMARKS.md: figures, the machine, and how to reproduce them.
# Benchmarks print numbers; none of them fails on speed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== building the wasm API for node (target/bench-wasm)"
wasm cargo build -q -p factlens-wasm --profile wasm-api --target wasm32-unknown-unknown
wasm-bindgen --target nodejs --out-dir target/bench-wasm target/wasm32-unknown-unknown/wasm-api/factlens_wasm.wasm
echo '{"type":"commonjs"}' >target/bench-wasm/package.json

echo "== extraction, native"
cargo bench -q -p factlens-core --bench extract | tee "$out/extract-native.txt"
echo "== extraction, wasm"
node bench/extract-wasm.mjs | tee "$out/extract-wasm.txt"

{
  echo "# Benchmarks"
  echo
  echo "Written by \`make bench\` ($(date -u +%Y-%m-%d)). Figures from one run on this machine:"
  echo
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; memory $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "- $(rustc --version); node $(node --version); $(uname -sr)"
  echo
  echo "## Extraction throughput"
  echo
  echo "Goal: at least 5 MB/s natively. Input: the corpus (public/articles), repeated."
  echo
  echo '```'
  cat "$out/extract-native.txt"
  echo
  cat "$out/extract-wasm.txt"
  echo '```'
  echo
  echo "Reproduce: \`make bench\`, or \`cargo bench -p factlens-core --bench extract\` and"
  echo "\`node bench/extract-wasm.mjs\` after building the wasm API as scripts/bench.sh does."
} >BENCHMARKS.md
echo "== wrote BENCHMARKS.md"
