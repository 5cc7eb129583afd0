#!/usr/bin/env bash
# Builds the explorer (release) and serves it on http://127.0.0.1:${PORT:-8080}/, rebuilding on change.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
port=${PORT:-8080}
echo "serve: building; the explorer will be at http://127.0.0.1:$port/"
wasm trunk serve --release --port "$port"
