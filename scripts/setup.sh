#!/usr/bin/env bash
# Installs everything factlens needs on a Debian 12 machine and skips whatever is already in place,
# so a second run takes seconds. Called by `make serve` and `make test`; safe to run by hand.
#
#   apt:    chromium, chromium-driver (browser tests), brotli (size report), nodejs/npm if missing;
#           with the argument `bench` (make bench) also valgrind (bench/instructions.sh)
#   rustup: the wasm32-unknown-unknown target; where rustup cannot add it, Debian's rustc-web route
#           (../shared/TOOLCHAIN.md), registered with rustup as the toolchain "debian"
#   cargo:  trunk and wasm-bindgen-cli at pinned versions (wasm-bindgen-cli = the crate in Cargo.lock)
#   npm:    package-lock.json (binaryen's wasm-opt 132, playwright-core, axe-core)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.22.1
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"
STATE=.tools
mkdir -p "$STATE"

say() { printf 'setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# --- Debian packages -----------------------------------------------------------------------------
apt_install chromium chromium-driver brotli gzip
[ "${1:-}" = bench ] && apt_install valgrind
command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
command -v rustup >/dev/null || { echo "setup: rustup is required (https://rustup.rs)" >&2; exit 1; }

# --- The wasm32 target ---------------------------------------------------------------------------
# .tools/wasm-toolchain holds the toolchain that builds wasm: "default" (rustup's) or "debian".
debian_wasm_route() {
  say "rustup could not add wasm32-unknown-unknown; taking Debian's rustc-web route"
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22
  local sysroot=/usr/lib/rustlib/wasm32-unknown-unknown/lib
  if ! ls "$sysroot"/libstd-*.rlib >/dev/null 2>&1; then
    say "building the wasm32 standard library once into $sysroot"
    local tmp
    tmp=$(mktemp -d)
    mkdir -p "$tmp/src" && printf '[package]\nname = "sysroot-seed"\nversion = "0.0.0"\nedition = "2021"\n[lib]\npath = "src/lib.rs"\n[workspace]\n' >"$tmp/Cargo.toml"
    : >"$tmp/src/lib.rs"
    (cd "$tmp" && PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS=-Cembed-bitcode=yes \
      /usr/bin/cargo build -q --release --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort)
    as_root mkdir -p "$sysroot"
    as_root find "$tmp/target/wasm32-unknown-unknown/release/deps" -name 'lib*.rlib' \
      ! -name 'libsysroot_seed-*' -exec cp {} "$sysroot/" \;
    rm -rf "$tmp"
  fi
  rustup toolchain list | grep -q '^debian' || rustup toolchain link debian /usr
  echo debian >"$STATE/wasm-toolchain"
}

if [ "${FACTLENS_WASM_ROUTE:-}" = debian ]; then
  debian_wasm_route
elif rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo default >"$STATE/wasm-toolchain"
elif timeout 300 rustup target add wasm32-unknown-unknown; then
  echo default >"$STATE/wasm-toolchain"
else
  debian_wasm_route
fi

# --- Cargo tools at pinned versions --------------------------------------------------------------
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  # Trunk 0.22.1 declares rust-version 1.96.1, above this machine's toolchain; it builds and runs
  # fine without it. A debug build takes ~8 minutes on 2 cores, its fat-LTO release build 11-44:
  # Trunk only orchestrates cargo, wasm-bindgen and wasm-opt, so its own speed does not matter.
  say "installing trunk $TRUNK_VERSION (debug build, about 8 minutes on 2 cores)"
  CARGO_PROFILE_DEV_DEBUG=0 cargo install -q trunk --version "$TRUNK_VERSION" --locked --ignore-rust-version --debug --force
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  # Must equal the wasm-bindgen crate in Cargo.lock. `--locked` fails against the registry mirror.
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  cargo install -q wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if ! grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "setup: Trunk.toml pins another wasm_bindgen than Cargo.lock's $WASM_BINDGEN_VERSION" >&2
  exit 1
fi

# --- npm packages --------------------------------------------------------------------------------
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (binaryen, playwright-core, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi
tools/bin/wasm-opt --version | grep -q "version 132" || { echo "setup: tools/bin/wasm-opt is not binaryen 132" >&2; exit 1; }

say "ready (wasm toolchain: $(cat "$STATE/wasm-toolchain"), $(trunk --version), $(wasm-bindgen --version))"
