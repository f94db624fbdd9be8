//! The aiterscope runtime: compiles Python source and runs it on a stackless VM.
//!
//! Entry point: [`run_program`]. Layers: `compiler` (AST -> code objects), `object` (values),
//! `vm` (the stackless interpreter), `builtins`, `modules` (import registry), `asyncio` and
//! `asyncgen` (async protocol hooks), `recorder` (event log). See ARCHITECTURE-NOTES.md.

pub mod asyncgen;
pub mod asyncio;
pub mod builtins;
pub mod compiler;
pub mod exception_group;
pub mod memory;
pub mod modules;
pub mod object;
pub use aiterscope_trace::output_cap;
pub mod recorder;
pub mod session;
pub mod system_exit;
pub mod vfs;
pub mod vm;

use std::rc::Rc;

use compiler::{CodeObject, CompileError};
use vm::{RunState, Vm};

/// Limits and switches for one run.
#[derive(Debug, Clone)]
pub struct RunConfig {
    /// Stop after this many VM steps (None: no limit).
    pub max_steps: Option<u64>,
    /// Record every event, then discard it (measures the tracing cost: `aiterscope run
    /// --record`; the [`session::Session`] is what keeps events).
    pub record: bool,
    /// Largest list/str/dict size before MemoryError.
    pub max_alloc: usize,
    /// Bytes the run may hold before MemoryError (`memory.rs`: sizes of large allocations
    /// before they happen, and the live bytes where the counting allocator is installed).
    pub max_memory: usize,
    /// Python frame depth before RecursionError.
    pub recursion_limit: usize,
    /// Characters of stdout kept: a longer output keeps its last part, after a line saying
    /// how many earlier characters were dropped.
    pub max_output: usize,
    /// Bytes of Rust stack the run may use below where it starts: nested runs (natives
    /// calling back into Python) past it raise RecursionError. The thread running the VM needs
    /// this much plus `vm::stack_guard::STACK_MARGIN`.
    pub max_stack: usize,
    /// Nested runs allowed at once (200 in the browser, whose JS engine runs wasm frames on a
    /// stack of its own; no limit natively): more raise RecursionError.
    pub max_nested_runs: usize,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            max_steps: None,
            record: false,
            max_alloc: 50_000_000,
            max_memory: memory::DEFAULT_MAX_MEMORY,
            recursion_limit: 1000,
            max_output: output_cap::DEFAULT_MAX_OUTPUT,
            max_stack: vm::stack_guard::DEFAULT_MAX_STACK,
            max_nested_runs: vm::stack_guard::DEFAULT_MAX_NESTED_RUNS,
        }
    }
}

/// What a finished run produced, as `python3.12 FILE` would.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunResult {
    /// Everything the program printed to stdout.
    pub stdout: String,
    /// Tracebacks and warnings, in CPython's format.
    pub stderr: String,
    /// 0 on success, 1 after an uncaught exception or SyntaxError (also 1 when the step
    /// budget ran out, with a message on stderr).
    pub exit_code: i32,
}

/// Parses and compiles a module.
pub fn compile_source(source: &str, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    let module = aiterscope_syntax::parse_module(source).map_err(compile_error)?;
    compiler::compile_module(&module, source, filename)
}

/// [`compile_source`] for the playground's own standard-library sources, which are valid
/// Python: parsed without the checks that report a user's mistakes as CPython would
/// (`aiterscope_syntax::parse_trusted_module`), which would double the cost of each import.
pub fn compile_trusted_source(
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, CompileError> {
    let module = aiterscope_syntax::parse_trusted_module(source).map_err(compile_error)?;
    compiler::compile_module(&module, source, filename)
}

/// A parse error as the compiler's error type.
fn compile_error(e: aiterscope_syntax::SyntaxError) -> CompileError {
    CompileError {
        kind: e.kind,
        msg: e.msg,
        line: e.line as u32,
        col: e.col as u32,
    }
}

/// Formats a compile error as CPython prints it: a SyntaxError (or IndentationError/TabError)
/// with its file, line and caret; another error at a line (an unsupported feature) with a
/// traceback header; an error without a position (the `MemoryError` or `RecursionError` of a
/// source nested too deeply) as its bare exception line.
pub fn format_compile_error(e: &CompileError, source: &str, filename: &str) -> String {
    let mut out = String::new();
    if matches!(e.kind, "SyntaxError" | "IndentationError" | "TabError") {
        out.push_str(&format!("  File \"{filename}\", line {}\n", e.line));
        if let Some(line) = source.lines().nth(e.line.saturating_sub(1) as usize) {
            let trimmed = line.trim_start();
            let indent = line.chars().count() - trimmed.chars().count();
            out.push_str(&format!("    {}\n", trimmed.trim_end()));
            // CPython has no column for a TabError, so it prints no caret.
            if e.kind != "TabError" {
                let caret_col = (e.col as usize).saturating_sub(1).saturating_sub(indent);
                out.push_str(&format!("    {}^\n", " ".repeat(caret_col)));
            }
        }
    } else if e.line > 0 {
        out.push_str("Traceback (most recent call last):\n");
        out.push_str(&format!("  File \"{filename}\", line {}\n", e.line));
    }
    out.push_str(&format!("{}: {}\n", e.kind, e.msg));
    out
}

/// Runs a whole program as `python3.12 FILE` would: stdout, stderr (tracebacks in CPython
/// format), exit status 0 or 1.
pub fn run_program(source: &str, filename: &str, config: &RunConfig) -> RunResult {
    let code = match compile_source(source, filename) {
        Ok(c) => c,
        Err(e) => {
            return RunResult {
                stdout: String::new(),
                stderr: format_compile_error(&e, source, filename),
                exit_code: 1,
            };
        }
    };
    asyncio::diagnostics::clear();
    let mut vm = Vm::new(source, filename);
    vm.max_steps = config.max_steps;
    vm.recorder.enabled = config.record;
    vm.max_alloc = config.max_alloc;
    vm.max_memory = config.max_memory;
    vm.recursion_limit = config.recursion_limit;
    vm.max_stack = config.max_stack;
    vm.max_nested_runs = config.max_nested_runs;
    vm.stdout_cap = output_cap::OutputCap::new(config.max_output);
    vm.start(code);
    let state = run_to_end(&mut vm, config.record);
    let mut stderr = std::mem::take(&mut vm.stderr);
    let exit_code = match state {
        RunState::Finished => 0,
        RunState::Failed => match vm.uncaught.take() {
            Some(e) => match system_exit::exit_request(&mut vm, &e) {
                Some(exit) => {
                    stderr.push_str(&exit.stderr);
                    exit.status
                }
                None => {
                    stderr.push_str(&vm.format_exception(&e));
                    1
                }
            },
            None => 1,
        },
        RunState::BudgetExhausted => {
            stderr.push_str(&format!(
                "aiterscope: step budget of {} steps exhausted; the program may be endless\n",
                config.max_steps.unwrap_or(0)
            ));
            1
        }
        RunState::Running => 1,
    };
    // Objects dropped at the very end (never-awaited coroutines) still warn.
    vm.frames.clear();
    asyncio::at_exit(&mut vm);
    stderr.push_str(&std::mem::take(&mut vm.stderr));
    RunResult {
        stdout: vm.stdout_cap.finish(&vm.stdout),
        stderr,
        exit_code,
    }
}

/// VM steps between two discards of the recorded events in [`run_program`].
const RECORD_SLICE_STEPS: u64 = 1 << 20;

/// Events the recorder's buffer is given room for before a recorded run's first slice.
/// Without it the buffer grows by doubling through the first slice, copying every event
/// recorded so far at each step (8% of a recorded run of a short call-heavy program).
/// Half a slice's steps covers programs recording up to one event per two steps (a call
/// records about one per two); a denser one grows past it as before. The room is
/// address space until events are written into it.
const RESERVED_SLICE_EVENTS: usize = (RECORD_SLICE_STEPS / 2) as usize;

/// Reserves [`RESERVED_SLICE_EVENTS`] in the recorder's buffer, outside the run's memory
/// count (the buffer is the recorder's, not the program's: the untraced run of the same
/// program holds none of it).
fn reserve_slice_events(vm: &mut Vm) {
    let before = memory::live_bytes();
    vm.recorder.log.events.reserve(RESERVED_SLICE_EVENTS);
    vm.live_at_start += memory::live_bytes() - before;
}

/// Runs the VM until the program ends. With `record`, events are recorded in slices of
/// [`RECORD_SLICE_STEPS`] steps and dropped after each slice, so that every event is recorded
/// (the recorder's own cap is never reached) in bounded memory.
fn run_to_end(vm: &mut Vm, record: bool) -> RunState {
    if !record {
        return vm.run(u64::MAX);
    }
    reserve_slice_events(vm);
    loop {
        let state = vm.run(RECORD_SLICE_STEPS);
        vm.recorder.log.clear_events();
        if state != RunState::Running {
            return state;
        }
    }
}
