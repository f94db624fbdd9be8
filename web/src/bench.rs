//! The benchmark hook `make bench` calls in headless Chromium: `aiterscopeBench(source,
//! record)` on the wasm module's exports (Trunk exposes them as `window.wasmBindings`).
//!
//! It runs a whole program with the same runtime the playground uses and returns what the
//! program printed, so the caller can time the call and check the output against CPython's.

use aiterscope_runtime::{run_program, RunConfig};
use wasm_bindgen::prelude::*;

/// Runs `source` to the end (recording every event when `record` is set) and returns its
/// stdout; an uncaught exception's traceback follows the output, so a broken program cannot
/// pass for a fast one.
#[wasm_bindgen(js_name = aiterscopeBench)]
pub fn aiterscope_bench(source: &str, record: bool) -> String {
    let config = RunConfig {
        record,
        ..RunConfig::default()
    };
    let result = run_program(source, "bench.py", &config);
    result.stdout + &result.stderr
}
