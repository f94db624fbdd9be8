//! The benchmark hooks of the UI module (Trunk exposes them as `window.wasmBindings`); the
//! runtime's hooks (`aiterscopeBench`, `aiterscopeRecordBatches`) are exports of the worker
//! module (`web/worker`):
//!
//! - `AiterscopeBenchTrace` is a recorded run received in batches (from the worker module's
//!   `aiterscopeRecordBatches`) in the same [`Trace`] the playground steps through, so the caller
//!   can time `goto(N)` + `state()` at steps spread over it;
//! - `aiterscopeWasmMemoryBytes()` is the size of the UI module's linear memory (everything
//!   the Rust side allocated, traces included, plus what the allocator holds free).

use aiterscope_trace::Trace;
use wasm_bindgen::prelude::*;

/// A recorded run in a [`Trace`], for timing time travel in the browser.
#[wasm_bindgen(js_name = AiterscopeBenchTrace)]
pub struct BenchTrace {
    trace: Trace,
}

#[wasm_bindgen(js_class = AiterscopeBenchTrace)]
impl BenchTrace {
    /// A trace with the playground's keyframe interval holding `batch` (the first of a run's
    /// batches, as the worker module's `aiterscopeRecordBatches` returns them).
    #[wasm_bindgen(constructor)]
    pub fn new(batch: &[u8]) -> Result<BenchTrace, JsValue> {
        let mut trace = BenchTrace {
            trace: Trace::default(),
        };
        trace.append(batch)?;
        Ok(trace)
    }

    /// Appends the run's next batch, as the playground does with each the worker sends.
    pub fn append(&mut self, batch: &[u8]) -> Result<(), JsValue> {
        self.trace
            .append(batch)
            .map(|_| ())
            .map_err(|e| JsValue::from_str(&e.to_string()))
    }

    /// Events in the trace.
    #[wasm_bindgen(js_name = eventCount)]
    pub fn event_count(&self) -> usize {
        self.trace.len()
    }

    /// What the playground does per step before it renders: `goto(step)`, then `state()`.
    /// Returns the state's step and how many tasks and iterators it shows, so the work is
    /// observable (and checkable: the step must be the one asked for).
    #[wasm_bindgen(js_name = gotoState)]
    pub fn goto_state(&mut self, step: usize) -> Vec<u32> {
        self.trace.goto(step);
        let state = self.trace.state();
        vec![
            state.step as u32,
            state.tasks.len() as u32,
            state.iterators.len() as u32,
        ]
    }

    /// The trace's own estimate of its heap bytes (log, strings, output, keyframes).
    #[wasm_bindgen(js_name = memoryBytes)]
    pub fn memory_bytes(&self) -> usize {
        self.trace.memory_bytes()
    }
}

/// Bytes of the UI module's linear memory (it only grows: the high-water mark of the Rust
/// heap). 0 when not compiled to wasm.
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
