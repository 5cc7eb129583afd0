#!/usr/bin/env bash
# Instructions of one extraction of the corpus, counted by valgrind's callgrind: the example
# crates/core/examples/instructions.rs runs once with 1 extraction and once with 6, and the difference
# over 5 leaves out start-up and loading. Unlike a timing, the count does not move with other work
# on the machine, so two commits compare in any run. Prints one line; scripts/bench.sh tees it.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null; then
  echo "valgrind is not installed: no instruction count (scripts/setup.sh installs it)" >&2
  exit 1
fi
cargo build -q --profile bench -p factlens-core --example instructions
binary=target/release/examples/instructions

# count RUNS: the instructions callgrind collected over a whole run of the example.
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" "$1" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
one=$(count 1)
six=$(count 6)
bytes=$(cat public/articles/*.txt | wc -c)
awk -v one="$one" -v six="$six" -v bytes="$bytes" 'BEGIN {
  per = (six - one) / 5
  printf "instructions per extraction of the corpus (%d B of text; callgrind, 6 runs minus 1 run, over 5): %.2f M, %.0f per byte\n", bytes, per / 1e6, per / bytes
}'
