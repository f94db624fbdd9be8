//! The aiterscope runtime: compiles Python source and runs it on a stackless VM.
//!
//! Placeholder entry point while the compiler and VM are being written: the signature is the
//! contract the CLI, the corpus test and the web crate code against.

/// Limits and switches for one run.
#[derive(Debug, Clone, Default)]
pub struct RunConfig {
    /// Stop after this many VM steps (None: no limit).
    pub max_steps: Option<u64>,
}

/// What a finished run produced, as `python3.12 FILE` would.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunResult {
    /// Everything the program printed to stdout.
    pub stdout: String,
    /// Tracebacks and warnings, in CPython's format.
    pub stderr: String,
    /// 0 on success, 1 after an uncaught exception or SyntaxError.
    pub exit_code: i32,
}

/// Runs a whole program and returns its output.
pub fn run_program(source: &str, filename: &str, _config: &RunConfig) -> RunResult {
    let _ = (source, filename);
    RunResult {
        stdout: String::new(),
        stderr: "aiterscope: the runtime is not built yet\n".into(),
        exit_code: 1,
    }
}
