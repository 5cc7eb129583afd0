# Sourced by the scripts: puts the project's tools first on PATH and chooses the toolchain that
# builds wasm (see scripts/setup.sh). Defines `wasm` to run a command with that toolchain.
export PATH="$PWD/tools/bin:$HOME/.cargo/bin:$PATH"
WASM_TOOLCHAIN=$(cat .tools/wasm-toolchain 2>/dev/null || echo default)
wasm() {
  if [ "$WASM_TOOLCHAIN" = debian ]; then RUSTUP_TOOLCHAIN=debian "$@"; else "$@"; fi
}
