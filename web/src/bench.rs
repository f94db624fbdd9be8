//! The benchmark hooks `make bench` calls in headless Chromium, on the wasm module's exports
//! (Trunk exposes them as `window.wasmBindings`):
//!
//! - `aiterscopeBench(source, record)` runs a whole program with the same runtime the
//!   playground uses and returns what the program printed, so the caller can time the call and
//!   check the output against CPython's;
//! - `AiterscopeBenchSession` records a long trace in the same [`Session`] the playground
//!   steps through, so the caller can time `goto(N)` + `state()` at steps spread over it;
//! - `aiterscopeWasmMemoryBytes()` is the size of the module's linear memory (everything the
//!   Rust side allocated, sessions included, plus what the allocator holds free).

use aiterscope_runtime::session::{Session, SessionOptions};
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

/// A program recorded to its end (or to an event budget) in a [`Session`], for timing time
/// travel in the browser.
#[wasm_bindgen(js_name = AiterscopeBenchSession)]
pub struct BenchSession {
    session: Session,
}

#[wasm_bindgen(js_class = AiterscopeBenchSession)]
impl BenchSession {
    /// Loads `source` and records it until it ends or `events` events are recorded, with the
    /// playground's keyframe interval. A syntax error comes back as the error's message.
    #[wasm_bindgen(constructor)]
    pub fn new(source: &str, events: usize) -> Result<BenchSession, JsValue> {
        let options = SessionOptions {
            event_budget: events,
            ..SessionOptions::default()
        };
        let mut session = Session::load_with(source, options)
            .map_err(|e| JsValue::from_str(&format!("{}: {}", e.kind, e.msg)))?;
        session.run_to_end(events);
        Ok(BenchSession { session })
    }

    /// Events recorded.
    #[wasm_bindgen(js_name = eventCount)]
    pub fn event_count(&self) -> usize {
        self.session.len()
    }

    /// What the playground does per step before it renders: `goto(step)`, then `state()`.
    /// Returns the state's step and how many tasks and iterators it shows, so the work is
    /// observable (and checkable: the step must be the one asked for).
    #[wasm_bindgen(js_name = gotoState)]
    pub fn goto_state(&mut self, step: usize) -> Vec<u32> {
        self.session.goto(step);
        let state = self.session.state();
        vec![
            state.step as u32,
            state.tasks.len() as u32,
            state.iterators.len() as u32,
        ]
    }

    /// The session's own estimate of its heap bytes (log, strings, output, keyframes).
    #[wasm_bindgen(js_name = memoryBytes)]
    pub fn memory_bytes(&self) -> usize {
        self.session.memory_bytes()
    }
}

/// Bytes of the wasm module's linear memory (it only grows: the high-water mark of the
/// Rust heap). 0 when not compiled to wasm.
#[wasm_bindgen(js_name = aiterscopeWasmMemoryBytes)]
pub fn wasm_memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        (core::arch::wasm32::memory_size(0) * 65536) as f64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}
