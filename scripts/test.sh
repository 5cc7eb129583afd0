#!/usr/bin/env bash
# Runs every check and test, in order, stopping at the first failure:
#   format, clippy (native and wasm32), native tests (core, CLI, tidy), release build into dist/
#   (with its size report, held to the byte budget), and the browser tests in headless Chromium.
# Ends with one summary line with the counts. `make test` runs setup first; .ci/run calls `make test`.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
summary=()
started=$SECONDS

finish() {
  local verdict=$1
  printf '\n== summary: %s | %s | %ds\n' "$verdict" "$(IFS='|'; echo "${summary[*]}" | sed 's/|/ | /g')" $((SECONDS - started))
  [ "$verdict" = PASSED ]
  exit $?
}

# step NAME COMMAND...: runs COMMAND, teeing its output to $logs/NAME.log.
step() {
  local name=$1
  shift
  printf '\n== %s: %s\n' "$name" "$*"
  local t=$SECONDS
  "$@" 2>&1 | tee "$logs/$name.log"
  local status=${PIPESTATUS[0]}
  if [ "$status" -ne 0 ]; then
    summary+=("$name FAILED")
    finish FAILED
  fi
  last_step_seconds=$((SECONDS - t))
}

step fmt cargo fmt --all --check
summary+=("fmt ok")

step clippy-native cargo clippy --workspace --all-targets --locked -- -D warnings
summary+=("clippy native ok")

if wasm cargo clippy --version >/dev/null 2>&1; then
  step clippy-wasm32 wasm cargo clippy -p factlens -p factlens-wasm -p factlens-worker --lib --bins --target wasm32-unknown-unknown --locked -- -D warnings
  summary+=("clippy wasm32 ok")
else
  echo "== clippy-wasm32: skipped: the $WASM_TOOLCHAIN toolchain has no clippy"
  summary+=("clippy wasm32 skipped (no clippy in the $WASM_TOOLCHAIN toolchain)")
fi

step native-tests cargo test --workspace --locked
passed=$(grep -Eo '[0-9]+ passed' "$logs/native-tests.log" | awk '{s += $1} END {print s + 0}')
failed=$(grep -Eo '[0-9]+ failed' "$logs/native-tests.log" | awk '{s += $1} END {print s + 0}')
summary+=("native tests: $passed passed, $failed failed")

step build wasm trunk build --release
wasm_br=$(awk '$1 == "factlens-web_bg.wasm" { print $4 }' "$logs/build.log" | tail -n 1)
total_br=$(awk '$1 == "total" { print $4 }' "$logs/build.log" | tail -n 1)
element_br=$(awk '$1 == "element" && $2 == "first" { print $6 }' "$logs/build.log" | tail -n 1)
later_br=$(awk '$1 == "on-first-add" && $2 == "total" { print $5 }' "$logs/build.log" | tail -n 1)
summary+=("release build in dist/: wasm ${wasm_br:-?} B, first load ${total_br:-?} B (element ${element_br:-?} B) brotli, on first add ${later_br:-?} B")

# The byte budget, brotli -q 11: what the page's first load fetches, and what a host page's first
# <factlens-explorer> fetches (scripts/size-report.sh). What loads only when a person adds, removes,
# exports or imports articles (collection.js, the worker) is reported apart and not counted.
# 193,500: what issue 14's cuts reached (186,863 B), plus the prerendered first view (3.4 KB), the
# facet engine's driver choice (0.7 KB), Copy link / Cite / Text Fragment links (1.3 KB), and ~1.3 KB;
# 194,000: + a disagreement saying which articles say what, and a date's wordings each once (193,020 ->
# 193,563 B); 194,600: + the card with the focus kept drawn while the page scrolls away from it and
# given the focus back when a redraw moved it, and a disagreement's article list capped at three ids
# (193,653 -> 194,528 B); 194,700: the extractor's second part of round 12 (which the page does not hold)
# changed the page's wasm by 5 raw bytes (566,367 -> 566,362 B) and its brotli by +92 B (181,493 ->
# 181,585 B; first load 194,528 -> 194,620 B), more than the 72 B left: a margin below brotli's own
# jitter (the next build, a26e43b, was 194,483 B); 195,000: + the articles below the result list kept in
# place when its last cards are measured (194,475 -> 194,791 B). docs/wasm-size.md says what the wasm holds. Issue 14's goal (150,000 B) is not reached.
BUDGET_BROTLI=195000
within_budget() {
  if [ -z "${total_br:-}" ] || [ -z "${element_br:-}" ]; then
    echo "the build printed no size report"
    return 1
  fi
  echo "first load ${total_br} B, element first load ${element_br} B brotli, budget ${BUDGET_BROTLI} B"
  [ "$total_br" -le "$BUDGET_BROTLI" ] && [ "$element_br" -le "$BUDGET_BROTLI" ]
}
step size-budget within_budget
summary+=("size within the ${BUDGET_BROTLI} B budget")

step browser-tests node --test --test-reporter=spec tests/browser/*.test.mjs
b_pass=$(awk '/^ℹ pass/ { print $3 }' "$logs/browser-tests.log")
b_fail=$(awk '/^ℹ fail/ { print $3 }' "$logs/browser-tests.log")
summary+=("browser tests: ${b_pass:-0} passed, ${b_fail:-0} failed")

finish PASSED
