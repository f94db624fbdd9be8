#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already present:
#   the wasm32 target, trunk, wasm-bindgen-cli (cargo install), binaryen + playwright-core (npm),
#   and, with AITERSCOPE_NEED_BROWSER=1, Debian's chromium + chromium-driver (apt-get).
# Idempotent: a second run installs nothing and returns in about a second.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the `wasm-bindgen` pin in Cargo.toml and `[tools] wasm_bindgen` in Trunk.toml.
WASM_BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '[setup] %s\n' "$*"; }
fail() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

for tool in cargo rustup node npm; do
  command -v "$tool" >/dev/null || fail "$tool is not installed; this script expects the machine's Rust toolchain and Node.js"
done

# Prints the version a tool reports, or nothing when it is missing or broken.
version_of() { command -v "$1" >/dev/null && "$1" --version 2>/dev/null | awk '{print $2; exit}' || true; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(version_of trunk)" != "$TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (takes ~12 min on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(version_of wasm-bindgen)" != "$WASM_BINDGEN_VERSION" ]; then
  # Not --locked: the CLI's own lockfile names a webpki-roots version the registry no longer serves.
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes ~5 min)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "${AITERSCOPE_NEED_BROWSER:-0}" = 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  log "installing Debian's chromium and chromium-driver"
  if [ "$(id -u)" = 0 ]; then SUDO=(); else SUDO=(sudo); fi
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq chromium chromium-driver
fi

# npm packages: reinstalled whenever package-lock.json changes (its hash is kept in node_modules).
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
stamp=node_modules/.aiterscope-lock-sha256
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ] || [ ! -x node_modules/.bin/wasm-opt ] \
   || [ ! -d node_modules/playwright-core ]; then
  log "installing npm packages (binaryen for wasm-opt, playwright-core)"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > "$stamp"
fi

log "tools ready"
