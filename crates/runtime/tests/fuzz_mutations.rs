//! Property test: no input panics the runtime.
//!
//! Corpus programs are mutated by a deterministic xorshift PRNG (lines deleted, duplicated or
//! swapped; characters deleted; tokens such as `:`, `(`, `yield`, `await`, `async` inserted;
//! indentation changed; two programs spliced) and every mutant runs through `run_program` with a
//! small step budget.  Each run must end without a panic, and either exit 0 or leave stderr
//! ending in a Python exception line (`Name: message` or `Name`), the end of an exception-group
//! traceback, or the step-budget message.
//!
//! Environment: `AITERSCOPE_FUZZ_ITERS=N` (default 3000 mutants), `AITERSCOPE_FUZZ_SEED=S`,
//! `AITERSCOPE_FUZZ_SECONDS=T` (wall-clock cap of a run, default 20; the count is printed).

use std::cell::RefCell;
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use aiterscope_runtime::{run_program, RunConfig, RunResult};

/// Steps each mutant may run.
const MUTANT_STEP_BUDGET: u64 = 200_000;
const DEFAULT_ITERATIONS: usize = 3000;
const DEFAULT_SECONDS: u64 = 20;
const DEFAULT_SEED: u64 = 0x5eed_a17e_5c0b_e001;
/// Failing mutants printed in full (the rest are counted).
const SHOWN_FAILURES: usize = 3;
const WORKER_STACK_BYTES: usize = 64 * 1024 * 1024;

/// Tokens inserted at random places: the ones most likely to break the parser or the compiler.
const TOKENS: &[&str] = &[
    ":",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    "=",
    ".",
    "*",
    "**",
    "yield",
    "await",
    "async",
    "return",
    "lambda",
    "not",
    "del",
    "global x",
    "nonlocal x",
    "break",
    "continue",
    "pass",
    "raise",
    "from",
    "in",
    "for",
    "with",
    "async for x in y:",
    "async with x:",
    "def",
    "class",
    "try:",
    "except:",
    "finally:",
    "'",
    "\"",
    "\"\"\"",
    "\\",
    "0",
    "1e309",
    "-1",
    "None",
    "\n",
    "\t",
    " ",
    "    ",
    "#",
    "f'{",
    "}'",
    "*args",
    "**kw",
    "@",
    ";",
    "if",
    "else",
    "elif",
    "while",
    "yield from",
    "await asyncio.sleep(0)",
    "1/0",
    "x",
    "self",
];

/// xorshift64*: a tiny deterministic PRNG.
struct XorShift(u64);

impl XorShift {
    fn new(seed: u64) -> XorShift {
        XorShift(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..bound` (bound > 0).
    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

/// Every corpus program's source, sorted by path.
fn corpus_sources() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "py") {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus"),
        &mut paths,
    );
    paths.sort();
    paths
        .iter()
        .filter_map(|p| fs::read_to_string(p).ok())
        .collect()
}

/// Byte offsets of the char boundaries of `text` (plus its end).
fn boundaries(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect()
}

/// Applies one random mutation to `source` (`other` is a second program for splicing).
fn mutate_once(rng: &mut XorShift, source: &str, other: &str) -> String {
    let mut lines: Vec<String> = source.lines().map(str::to_string).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let n = lines.len();
    match rng.below(9) {
        0 => {
            lines.remove(rng.below(n));
        }
        1 => {
            let i = rng.below(n);
            let copy = lines[i].clone();
            lines.insert(rng.below(n + 1), copy);
        }
        2 => {
            let (i, j) = (rng.below(n), rng.below(n));
            lines.swap(i, j);
        }
        3 => {
            let cuts = boundaries(source);
            if cuts.len() > 1 {
                let k = rng.below(cuts.len() - 1);
                return format!("{}{}", &source[..cuts[k]], &source[cuts[k + 1]..]);
            }
        }
        4 | 5 => {
            let cuts = boundaries(source);
            let at = cuts[rng.below(cuts.len())];
            let token = TOKENS[rng.below(TOKENS.len())];
            let pad = if rng.below(2) == 0 { " " } else { "" };
            return format!("{}{pad}{token}{pad}{}", &source[..at], &source[at..]);
        }
        6 => {
            let i = rng.below(n);
            let line = &lines[i];
            let indent = line.len() - line.trim_start().len();
            lines[i] = match rng.below(4) {
                0 => line.trim_start().to_string(),
                1 => format!("    {line}"),
                2 => format!("\t{}", line.trim_start()),
                _ => format!(
                    "{}{}",
                    " ".repeat(indent.saturating_sub(1)),
                    line.trim_start()
                ),
            };
        }
        7 => {
            let other_lines: Vec<&str> = other.lines().collect();
            let head = rng.below(n + 1);
            let tail = rng.below(other_lines.len() + 1);
            let mut spliced: Vec<String> = lines[..head].to_vec();
            spliced.extend(other_lines[tail..].iter().map(|s| s.to_string()));
            lines = spliced;
        }
        _ => {
            // Replace one word by another word of the program (names, keywords, numbers).
            let words: Vec<&str> = source
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .filter(|w| !w.is_empty())
                .collect();
            if !words.is_empty() {
                let i = rng.below(n);
                let word = words[rng.below(words.len())];
                let target = words[rng.below(words.len())];
                lines[i] = lines[i].replacen(target, word, 1);
            }
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// A mutant: one to three mutations of a corpus program.
fn make_mutant(rng: &mut XorShift, sources: &[String]) -> String {
    let base = &sources[rng.below(sources.len())];
    let other = &sources[rng.below(sources.len())];
    let mut text = base.clone();
    for _ in 0..=rng.below(3) {
        text = mutate_once(rng, &text, other);
    }
    text
}

/// True when `line` reads as the last line of a Python traceback: `Name` or `Name: message`
/// (dotted names allowed), or the closing rule of an exception-group traceback.
fn is_exception_line(line: &str) -> bool {
    let trimmed = line.trim();
    if trimmed.starts_with('+') && trimmed.chars().all(|c| c == '+' || c == '-') {
        return true;
    }
    let name = line.split_once(": ").map_or(line, |(name, _)| name);
    !name.is_empty()
        && name.split('.').all(|part| {
            part.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
}

/// Checks a finished run; returns a description of what is wrong, if anything. A program that
/// can raise `SystemExit` (`sys.exit`, `exit()`, `quit()`) may end with any status and no
/// traceback, as under CPython.
fn violation(source: &str, result: &RunResult) -> Option<String> {
    if result.exit_code == 0 || can_exit(source) {
        return None;
    }
    let last = result
        .stderr
        .trim_end_matches('\n')
        .rsplit('\n')
        .next()
        .unwrap_or("");
    let lower = last.to_lowercase();
    if is_exception_line(last) || lower.contains("budget") || lower.contains("step limit") {
        return None;
    }
    Some(format!(
        "exit code {} but stderr does not end in an exception line: {last:?}",
        result.exit_code
    ))
}

/// True if `source` names a way to raise `SystemExit`.
fn can_exit(source: &str) -> bool {
    ["exit", "quit", "SystemExit"]
        .iter()
        .any(|name| source.contains(name))
}

thread_local! {
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn mutated_programs_never_panic() {
    let sources = corpus_sources();
    assert!(!sources.is_empty(), "no corpus programs to mutate");
    let iterations = env_number("AITERSCOPE_FUZZ_ITERS", DEFAULT_ITERATIONS as u64) as usize;
    let seed = env_number("AITERSCOPE_FUZZ_SEED", DEFAULT_SEED);
    let deadline = Instant::now()
        + Duration::from_secs(env_number("AITERSCOPE_FUZZ_SECONDS", DEFAULT_SECONDS));

    // Mutants are generated up front so the sequence depends only on the seed.
    let mut rng = XorShift::new(seed);
    let mutants: Vec<String> = (0..iterations)
        .map(|_| make_mutant(&mut rng, &sources))
        .collect();

    #[allow(clippy::field_reassign_with_default)]
    let config = {
        let mut config = RunConfig::default();
        config.max_steps = Some(MUTANT_STEP_BUDGET);
        config
    };
    let previous_hook = panic::take_hook();
    panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|m| *m.borrow_mut() = info.to_string());
    }));
    let next = AtomicUsize::new(0);
    let ran = AtomicUsize::new(0);
    let exited_cleanly = AtomicUsize::new(0);
    let failures: Mutex<Vec<(usize, String)>> = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            std::thread::Builder::new()
                .stack_size(WORKER_STACK_BYTES)
                .spawn_scoped(scope, || loop {
                    if Instant::now() > deadline {
                        break;
                    }
                    let index = next.fetch_add(1, Ordering::SeqCst);
                    let Some(source) = mutants.get(index) else {
                        break;
                    };
                    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
                        run_program(source, "mutant.py", &config)
                    }));
                    ran.fetch_add(1, Ordering::SeqCst);
                    let problem = match outcome {
                        Ok(result) => {
                            if result.exit_code == 0 {
                                exited_cleanly.fetch_add(1, Ordering::SeqCst);
                            }
                            violation(source, &result)
                        }
                        Err(_) => Some(format!(
                            "PANIC: {}",
                            LAST_PANIC.with(|m| m.borrow().clone())
                        )),
                    };
                    if let Some(problem) = problem {
                        failures
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push((index, problem));
                    }
                })
                .expect("spawn a fuzz worker");
        }
    });
    panic::set_hook(previous_hook);

    let ran = ran.into_inner();
    let mut failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    failures.sort();
    println!(
        "fuzz: {ran} of {iterations} mutants ran ({} exited 0), seed {seed:#x}, {} failures",
        exited_cleanly.into_inner(),
        failures.len()
    );
    for (index, problem) in failures.iter().take(SHOWN_FAILURES) {
        println!("--- mutant #{index}: {problem}\n{}\n---", mutants[*index]);
    }
    assert!(
        failures.is_empty(),
        "{} mutants broke the runtime (see above)",
        failures.len()
    );
    assert!(ran > 0, "no mutant ran before the deadline");
}

#[test]
fn exception_lines_are_recognised() {
    assert!(is_exception_line("ZeroDivisionError: division by zero"));
    assert!(is_exception_line("StopAsyncIteration"));
    assert!(is_exception_line("asyncio.exceptions.CancelledError"));
    assert!(is_exception_line(
        "    +------------------------------------"
    ));
    assert!(!is_exception_line("  File \"x.py\", line 1, in <module>"));
    assert!(!is_exception_line("    ^^^^"));
    assert!(!is_exception_line(""));
}

#[test]
fn prng_and_mutations_are_deterministic() {
    let sources = vec![
        "async def f():\n    yield 1\n".to_string(),
        "x = (1, 2)\nprint(x)\n".to_string(),
    ];
    let first: Vec<String> = {
        let mut rng = XorShift::new(7);
        (0..50).map(|_| make_mutant(&mut rng, &sources)).collect()
    };
    let second: Vec<String> = {
        let mut rng = XorShift::new(7);
        (0..50).map(|_| make_mutant(&mut rng, &sources)).collect()
    };
    assert_eq!(first, second);
    assert!(
        first.iter().any(|m| !sources.contains(m)),
        "mutations change programs"
    );
}
