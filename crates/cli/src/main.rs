//! The `aiterscope` command line: `aiterscope run FILE [--steps N]`.

use std::process::ExitCode;

mod allocator;
mod bench_session;
mod trace;

/// Counts the bytes a run holds, so that `RunConfig::max_memory` sees all of them, around
/// mimalloc: a Python program makes and frees many small objects (strs, lists, frames), and
/// mimalloc's per-size free lists serve those in a fraction of glibc malloc's instructions
/// (as CPython's own small-object allocator does for it).
#[global_allocator]
static ALLOCATOR: aiterscope_runtime::memory::CountingAllocator<allocator::Mimalloc> =
    aiterscope_runtime::memory::CountingAllocator(allocator::Mimalloc);

fn usage() -> ExitCode {
    eprintln!("usage: aiterscope run FILE [--max-steps N] [--record]\n       aiterscope run FILE --steps\n       aiterscope trace FILE [--limit N]\n       aiterscope bench-session [--events N] [--intervals] [--json]");
    ExitCode::from(2)
}

/// Runs the command on a thread with the stack the runtime's native stack budget assumes, so
/// that recursion through natives calling back into Python reaches CPython's depths (the
/// main thread's 8 MiB would not hold them: see `vm/stack_guard.rs`).
fn main() -> ExitCode {
    use aiterscope_runtime::vm::stack_guard::{DEFAULT_MAX_STACK, STACK_MARGIN};
    std::thread::Builder::new()
        .name("aiterscope".into())
        .stack_size(DEFAULT_MAX_STACK + STACK_MARGIN)
        .spawn(command)
        .expect("start the runtime's thread")
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// The command named by the arguments.
fn command() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("run") => {
            let Some(file) = args.get(1) else {
                return usage();
            };
            let mut config = aiterscope_runtime::RunConfig::default();
            let mut i = 2;
            while i < args.len() {
                match args[i].as_str() {
                    "--max-steps" => {
                        let Some(n) = args.get(i + 1).and_then(|s| s.parse().ok()) else {
                            return usage();
                        };
                        config.max_steps = Some(n);
                        i += 2;
                    }
                    // Records every event and discards it: the tracing cost, for `make bench`.
                    "--record" => {
                        config.record = true;
                        i += 1;
                    }
                    // A recorded session to the event budget: its own run, so no other option.
                    "--steps" if args.len() == 3 => return trace::steps_summary(file),
                    "--steps" => {
                        eprintln!("aiterscope: --steps takes no other option");
                        return usage();
                    }
                    _ => return usage(),
                }
            }
            let source = match std::fs::read_to_string(file) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("aiterscope: can't open file '{file}': {e}");
                    return ExitCode::from(2);
                }
            };
            let r = aiterscope_runtime::run_program(&source, file, &config);
            print!("{}", r.stdout);
            eprint!("{}", r.stderr);
            ExitCode::from(r.exit_code as u8)
        }
        Some("trace") => trace::main(&args[1..]),
        Some("bench-session") => bench_session::main(&args[1..]),
        _ => usage(),
    }
}
