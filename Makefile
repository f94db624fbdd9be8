# aiterscope: two commands.
#   make serve   installs what is missing, builds the playground, serves it at http://127.0.0.1:8080
#   make test    installs what is missing, then runs every check CI runs (the sub-targets below)

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
# Steps run in the order listed, one at a time (the machine has 2 cores).
.NOTPARALLEL:

# npm's binaryen (wasm-opt 132) must come before Debian's broken /usr/bin/wasm-opt;
# cargo-installed trunk and wasm-bindgen live in ~/.cargo/bin.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true

.PHONY: serve test setup setup-browser fmt clippy test-native build-web test-browser

## serve: build the release bundle and serve it (rebuilding on changes) at http://127.0.0.1:8080
serve: setup
	cargo fetch --quiet
	trunk serve --release --offline

## test: everything CI checks, in order; stops at the first failure
test: setup-browser fmt clippy test-native build-web test-browser

## setup: install the build tools that are missing (see scripts/setup.sh)
setup:
	scripts/setup.sh

## setup-browser: the same, plus Debian's chromium for the browser tests
setup-browser:
	AITERSCOPE_NEED_BROWSER=1 scripts/setup.sh

fmt:
	cargo fmt --all -- --check

clippy:
	cargo clippy --workspace --all-targets -- -D warnings

## test-native: the Rust tests (the default members, plus the web crate's browser-free logic)
test-native:
	cargo test
	cargo test -p aiterscope-web -p aiterscope-web-worker --lib

## build-web: the release bundle in dist/ (offline, so fetch the crates first)
build-web: setup
	cargo fetch --quiet
	trunk build --release --offline

## test-browser: the Playwright tests in tests/e2e against dist/, in Debian's chromium
test-browser: setup-browser build-web
	node --test --test-reporter=tap --test-concurrency=1 tests/e2e/*.test.mjs

.PHONY: bench fuzz
FUZZ_SECONDS ?= 60

## bench: release CLI + release bundle, then every figure of issue 8 against its budget (tools/bench/bench.mjs)
bench: setup-browser
	cargo build --release -p aiterscope-cli
	cargo fetch --quiet
	trunk build --release --offline
	node tools/bench/bench.mjs

## fuzz: the cargo-fuzz targets (parser, compiler, VM, highlighter) for FUZZ_SECONDS each (installs cargo-fuzz if missing)
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run.sh
