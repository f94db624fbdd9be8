//! The playground's Python runtime, run in a Web Worker (`worker.js` next to this module's
//! glue relays the messages). The UI module never links the runtime: it asks this module to
//! compile and record a program and receives the recorded events in batches
//! (`aiterscope_trace::wire`), which it appends to its own `aiterscope_trace::trace::Trace`.
//!
//! Every exported function is also callable on a page's main thread (the benchmark hooks
//! `aiterscopeBench` and `aiterscopeRecordBatches` are timed that way).

/// Counts the bytes a run holds, so that the runtime's memory cap (`RunConfig::max_memory`)
/// sees all of them and a memory bomb ends in `MemoryError` before the worker runs out.
#[global_allocator]
static ALLOCATOR: aiterscope_runtime::memory::CountingAllocator =
    aiterscope_runtime::memory::CountingAllocator(std::alloc::System);

pub mod recordings;

use aiterscope_runtime::{run_program, RunConfig};
use aiterscope_trace::wire;
use wasm_bindgen::prelude::*;

pub use recordings::{Recordings, SyntaxErrorInfo};

/// The recordings of one worker (one per page; each playground has its own id), exported to
/// `worker.js`.
#[wasm_bindgen(js_name = WorkerRecordings)]
#[derive(Default)]
pub struct WorkerRecordings {
    inner: Recordings,
}

#[wasm_bindgen(js_class = WorkerRecordings)]
impl WorkerRecordings {
    /// No recordings yet.
    #[wasm_bindgen(constructor)]
    pub fn new() -> WorkerRecordings {
        WorkerRecordings::default()
    }

    /// Compiles `source` as recording `id` (replacing an older one with that id). Returns
    /// `undefined` when it compiles, else `[kind, message, line, column]` of the error.
    pub fn load(&mut self, id: u32, source: &str, filename: &str, event_budget: usize) -> JsValue {
        match self.inner.load(id, source, filename, event_budget) {
            Ok(()) => JsValue::UNDEFINED,
            Err(e) => {
                let parts = js_sys::Array::new();
                parts.push(&JsValue::from_str(&e.kind));
                parts.push(&JsValue::from_str(&e.msg));
                parts.push(&JsValue::from(e.line));
                parts.push(&JsValue::from(e.col));
                parts.into()
            }
        }
    }

    /// Records recording `id` until it has more than `until` events, it ends, or about
    /// `budget_ms` passed, and returns what it recorded since the last call as an array of
    /// batches (`Uint8Array`s) of at most `events_per_batch` events each (one empty batch, which
    /// the page refuses, when there is no such recording).
    pub fn record(
        &mut self,
        id: u32,
        until: usize,
        budget_ms: f64,
        events_per_batch: usize,
    ) -> js_sys::Array {
        let clock = js_sys::Date::now;
        let batches = js_sys::Array::new();
        let recorded = self
            .inner
            .record(id, until, budget_ms, events_per_batch, &mut || clock());
        for bytes in recorded.unwrap_or_else(|| vec![Vec::new()]) {
            batches.push(&js_sys::Uint8Array::from(&bytes[..]));
        }
        batches
    }

    /// Forgets recording `id`.
    pub fn forget(&mut self, id: u32) {
        self.inner.forget(id);
    }

    /// Runs a small asyncio program once, so the first Run of a page does not pay for the
    /// engine's first compilation of the runtime's hot paths.
    pub fn warm(&mut self) {
        let _ = run_program(WARM_UP_PROGRAM, "warm.py", &RunConfig::default());
    }
}

/// The program [`WorkerRecordings::warm`] runs: the paths every playground run takes (asyncio,
/// tasks, an async generator, output).
const WARM_UP_PROGRAM: &str = "\
import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    total = 0
    async for t in ticks(3):
        total += t
    return total

asyncio.run(main())
";

/// Runs `source` to the end (recording every event when `record` is set) and returns its
/// stdout; an uncaught exception's traceback follows the output, so a broken program cannot
/// pass for a fast one. The `make bench` hook for the VM's speed in the browser.
#[wasm_bindgen(js_name = aiterscopeBench)]
pub fn aiterscope_bench(source: &str, record: bool) -> String {
    let config = RunConfig {
        record,
        ..RunConfig::default()
    };
    let result = run_program(source, "bench.py", &config);
    result.stdout + &result.stderr
}

/// Events per batch of [`aiterscope_record_batches`] (about what the playground's driver asks
/// for per request).
const BENCH_BATCH_EVENTS: usize = 50_000;

/// Records `source` until it ends or `events` events are recorded, the way the worker records
/// for the playground (a recording-only session dropping each batch once encoded), and returns
/// the batches in order (for the UI module's `AiterscopeBenchTrace`: time travel in the
/// browser). A syntax error comes back as the error's message.
#[wasm_bindgen(js_name = aiterscopeRecordBatches)]
pub fn aiterscope_record_batches(source: &str, events: usize) -> Result<js_sys::Array, JsValue> {
    let mut recordings = Recordings::default();
    recordings
        .load(0, source, "main.py", events)
        .map_err(|e| JsValue::from_str(&format!("{}: {}", e.kind, e.msg)))?;
    let batches = js_sys::Array::new();
    let mut recorded = 0;
    loop {
        let mut one_batch = recordings
            .record(
                0,
                recorded + BENCH_BATCH_EVENTS,
                f64::INFINITY,
                usize::MAX,
                &mut || 0.0,
            )
            .expect("recording 0 was loaded");
        let bytes = one_batch.pop().expect("one batch per slice");
        let batch = wire::decode(&bytes, 0.0).map_err(|e| JsValue::from_str(&e.to_string()))?;
        recorded = batch.from.events + batch.events.len();
        batches.push(&js_sys::Uint8Array::from(&bytes[..]));
        if batch.finished {
            return Ok(batches);
        }
    }
}

/// Bytes of this module's linear memory (it only grows: the high-water mark of the Rust
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
