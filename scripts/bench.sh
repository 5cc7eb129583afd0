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

# section TITLE FILE COMMAND...: runs one benchmark, its stdout teed into $out/FILE. A section that
# fails is noted in $out/failed.txt and the run goes on: report.mjs reports every other section and
# says which did not finish.
section() {
  local title=$1 file=$2
  shift 2
  echo "== $title"
  local t=$SECONDS status
  set +e
  "$@" | tee "$out/$file"
  status=${PIPESTATUS[0]}
  set -e
  if [ "$status" -ne 0 ]; then
    echo "$title (\`$*\`, exit status $status after $((SECONDS - t)) s)" >>"$out/failed.txt"
    echo "== $title: FAILED (exit status $status); going on"
  fi
}

started=$SECONDS
section "extraction, native" extract-native.txt cargo bench -q -p factlens-core --bench extract
section "instructions of one extraction, native (callgrind)" instructions.txt bench/instructions.sh
section "extraction, wasm" extract-wasm.txt node bench/extract-wasm.mjs
section "facet engine, native" engine-native.txt cargo bench -q -p factlens-core --bench engine
section "start of big corpora, native (decode, explorer)" start-native.txt cargo bench -q -p factlens-core --bench start
# Its JSON goes to facets.json only; its progress lines (stderr) to the terminal and facets-progress.txt.
# Each engine has at most FACETS_LIMIT_S seconds per size and workload (bench/facets.mjs says why).
section "facet engines at 10k, 100k, 1M facts (each in its own process)" facets-progress.txt \
  bash -c 'node --expose-gc bench/facets.mjs 2>&1 >"$1"' _ "$out/facets.json"
section "page load and interaction" page.json node bench/page.mjs
section "your own articles: add to facts shown, clicks while extracting, bytes" collection.json node bench/collection.mjs
section "wasm memory over 2,000 filter changes and 1,000 back/forward steps" memory.json node bench/memory.mjs 3
echo "== all sections in $((SECONDS - started)) s"
node bench/report.mjs "$out"
