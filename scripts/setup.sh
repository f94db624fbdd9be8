#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already present.
# Idempotent: a second run installs nothing and returns in about a second.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

log() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v trunk >/dev/null || ! trunk --version | grep -q "$TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (takes ~12 min on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! command -v wasm-bindgen >/dev/null || ! wasm-bindgen --version | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (no --locked: see DEVELOPERS notes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ "${AITERSCOPE_NEED_BROWSER:-0}" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  log "installing Debian chromium"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium chromium-driver
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages (binaryen, playwright-core)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

log "tools ready"
