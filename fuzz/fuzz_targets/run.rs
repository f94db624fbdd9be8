//! Fuzz target: the whole runtime on any UTF-8 program, with a step budget and a small
//! memory cap, must end (finished, Python exception, budget message, or `SystemExit`), never
//! panic.
#![no_main]

use aiterscope_runtime::memory::CountingAllocator;
use aiterscope_runtime::{run_program, RunConfig};
use libfuzzer_sys::fuzz_target;

/// Live bytes are counted as in the CLI and the web app, so the byte cap sees all of them.
#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator(std::alloc::System);

/// VM steps a fuzzed program may run.
const STEP_BUDGET: u64 = 100_000;
/// Largest object a fuzzed program may build (keeps libFuzzer's RSS limit out of reach).
const MAX_ALLOC: usize = 1_000_000;
/// Bytes a fuzzed program may hold.
const MAX_MEMORY: usize = 64 << 20;
/// Rust stack a fuzzed program may use for nested runs: libFuzzer runs it on the main
/// thread (8 MiB), and sanitizer builds use more stack per frame than the wasm.
const MAX_STACK: usize = 4 << 20;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        let config = RunConfig {
            max_steps: Some(STEP_BUDGET),
            max_alloc: MAX_ALLOC,
            max_memory: MAX_MEMORY,
            max_stack: MAX_STACK,
            ..RunConfig::default()
        };
        let result = run_program(source, "fuzz.py", &config);
        // `sys.exit(n)` / `exit(n)` end with status n (the low byte, as under CPython);
        // anything else ends with 0 or 1.
        let can_exit = ["exit", "quit", "SystemExit"]
            .iter()
            .any(|name| source.contains(name));
        assert!(
            can_exit || matches!(result.exit_code, 0 | 1),
            "exit code {}",
            result.exit_code
        );
    }
});
