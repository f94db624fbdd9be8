//! Hard limits (issue 8): no program can hang, crash or exhaust the host.
//!
//! - endless loops and endless async generators stop at the step budget with a clear message,
//!   and keep what they printed;
//! - deep recursion, also through implicit dunder calls (`__repr__`, `__eq__`, `__getitem__`,
//!   `__init__`, ...) and nested runs (`sorted(key=...)`), is a Python `RecursionError`, never
//!   a Rust stack overflow (which would kill the wasm page);
//! - memory bombs end with `MemoryError` from the configurable caps (within a generous time bound):
//!   `RunConfig::max_alloc` (elements of one object) and `RunConfig::max_memory` (bytes the
//!   run holds, counted by `memory::CountingAllocator`, and the size of a large allocation
//!   before it happens);
//! - deeply nested source is refused with CPython's error before anything recurses, and
//!   comparing deeply nested data is CPython's RecursionError.
//!
//! - huge output keeps its last `RunConfig::max_output` characters after a line counting the
//!   dropped ones, in `run_program` and in the session's console;
//! - dict, instance, list and tuple chains a million deep are freed without recursing (the
//!   trashcan in `object/trashcan.rs`, the depth-counted drop of `object/items.rs`).
//!
//! Every program runs on a thread with the stack the runtime's native stack budget assumes
//! ([`RUN_STACK_BYTES`], the CLI's; the page's wasm has 8 MiB with a budget to match); debug
//! builds use more stack per Rust frame than the optimized builds, so passing here is the
//! stricter test.

use std::time::{Duration, Instant};

use aiterscope_runtime::memory::CountingAllocator;
use aiterscope_runtime::{run_program, RunConfig, RunResult};

/// Live bytes are counted as in the CLI and the web app, so the memory cap sees everything a
/// program holds.
#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator(std::alloc::System);

/// The stack the runtime's default native stack budget assumes (`vm::stack_guard`: 16 MiB,
/// the CLI's thread).
const RUN_STACK_BYTES: usize = 16 << 20;
/// Steps a test program may run unless the test says otherwise.
const STEPS: u64 = 2_000_000;

/// Runs `source` with `config` on a thread with the wasm stack size.
fn run_with(source: &str, config: RunConfig) -> RunResult {
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(RUN_STACK_BYTES)
        .spawn(move || run_program(&source, "limits.py", &config))
        .expect("spawn the test thread")
        .join()
        .expect("the runtime panicked")
}

/// Runs `source` with the default limits and a step budget of [`STEPS`].
fn run(source: &str) -> RunResult {
    run_with(
        source,
        RunConfig {
            max_steps: Some(STEPS),
            ..RunConfig::default()
        },
    )
}

/// The last line of stderr (the exception line of a traceback).
fn last_line(r: &RunResult) -> &str {
    r.stderr.trim_end().lines().last().unwrap_or("")
}

#[track_caller]
fn assert_recursion_error(source: &str) {
    let r = run(source);
    assert_eq!(r.exit_code, 1, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    assert!(
        last_line(&r).starts_with("RecursionError: maximum recursion depth exceeded"),
        "for\n{source}\nstderr ends with: {}",
        last_line(&r)
    );
}

// ----- the step budget -----

#[test]
fn endless_loop_stops_at_the_step_budget_and_keeps_its_output() {
    let r = run_with(
        "print('before')\nwhile True:\n    pass\n",
        RunConfig {
            max_steps: Some(100_000),
            ..RunConfig::default()
        },
    );
    assert_eq!(r.stdout, "before\n");
    assert_eq!(r.exit_code, 1);
    assert_eq!(
        last_line(&r),
        "aiterscope: step budget of 100000 steps exhausted; the program may be endless"
    );
}

#[test]
fn endless_async_generator_stops_at_the_step_budget_and_keeps_its_output() {
    let src = "\
import asyncio

async def forever():
    i = 0
    while True:
        yield i
        i += 1

async def main():
    async for x in forever():
        if x < 3:
            print(x)

asyncio.run(main())
";
    let r = run_with(
        src,
        RunConfig {
            max_steps: Some(200_000),
            ..RunConfig::default()
        },
    );
    assert_eq!(r.stdout, "0\n1\n2\n");
    assert_eq!(
        last_line(&r),
        "aiterscope: step budget of 200000 steps exhausted; the program may be endless"
    );
}

#[test]
fn endless_sleeping_loop_stops_at_the_step_budget() {
    let src = "\
import asyncio

async def main():
    n = 0
    while True:
        await asyncio.sleep(1)
        n += 1
        if n == 2:
            print('tick')

asyncio.run(main())
";
    let r = run_with(
        src,
        RunConfig {
            max_steps: Some(100_000),
            ..RunConfig::default()
        },
    );
    assert_eq!(r.stdout, "tick\n");
    assert!(last_line(&r).contains("step budget of 100000 steps exhausted"));
}

// ----- recursion -----

#[test]
fn plain_recursion_is_a_recursion_error() {
    assert_recursion_error("def f(n):\n    return f(n + 1)\nf(0)\n");
}

#[test]
fn recursion_through_implicit_dunder_calls_is_a_recursion_error() {
    let programs = [
        "class A:\n    def __repr__(self): return repr(self)\nrepr(A())\n",
        "class A:\n    def __str__(self): return str(self)\nprint(A())\n",
        "class A:\n    def __eq__(self, o): return self == o\nA() == A()\n",
        "class A:\n    def __lt__(self, o): return sorted([self, o])[0] is self\nsorted([A(), A()])\n",
        "class A:\n    def __hash__(self): return hash(self)\n{A(): 1}\n",
        "class A:\n    def __getitem__(self, i): return self[i]\nA()[0]\n",
        "class A:\n    def __setitem__(self, k, v): self[k] = v\nA()[0] = 1\n",
        "class A:\n    def __init__(self): A()\nA()\n",
        "class A:\n    def __getattr__(self, n): return self.x\nA().y\n",
        "class A:\n    @property\n    def p(self): return self.p\nA().p\n",
        "class A:\n    def __len__(self): return len(self)\nlen(A())\n",
        "class A:\n    def __bool__(self): return bool(self)\nif A(): pass\n",
        "class A:\n    def __contains__(self, x): return x in self\n1 in A()\n",
        "class A:\n    def __add__(self, o): return self + o\nA() + 1\n",
        "class A:\n    def __call__(self): return self()\nA()()\n",
        "class A:\n    def __format__(self, s): return f'{self}'\nf'{A()}'\n",
        "class A:\n    def __iter__(self): return iter(A())\niter(A())\n",
        "class A:\n    def __iter__(self): return self\n    def __next__(self): return next(self)\nfor x in A(): pass\n",
        "class A:\n    def __hash__(self): return 1\n    def __eq__(self, o): return {self: 1} == {o: 1}\nd = {A(): 1}\nd[A()]\n",
    ];
    for src in programs {
        assert_recursion_error(src);
    }
}

#[test]
fn recursion_through_nested_runs_is_a_recursion_error() {
    let programs = [
        "def k(x): return sorted([1, 2], key=k)\nk(0)\n",
        "def k(x): return max([1, 2], key=k)\nk(0)\n",
        "def f(x): return list(map(f, [x]))\nf(0)\n",
        "def f(n): return sum(f(n + 1) for _ in range(1))\nf(0)\n",
    ];
    for src in programs {
        assert_recursion_error(src);
    }
}

#[test]
fn async_recursion_is_a_recursion_error() {
    let programs = [
        "import asyncio\nasync def f(n): return await f(n + 1)\nasyncio.run(f(0))\n",
        "import asyncio\nasync def g(n):\n    async for x in g(n + 1):\n        yield x\n    yield n\nasync def main():\n    async for x in g(0): pass\nasyncio.run(main())\n",
        "import asyncio\nclass A:\n    def __aiter__(self): return self\n    async def __anext__(self):\n        async for x in A(): pass\nasync def main():\n    async for x in A(): pass\nasyncio.run(main())\n",
    ];
    for src in programs {
        assert_recursion_error(src);
    }
}

#[test]
fn repr_of_a_deeply_nested_list_is_a_recursion_error() {
    let r = run("l = []\nfor _ in range(1000):\n    l = [l]\nprint(repr(l))\n");
    assert_eq!(
        last_line(&r),
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object"
    );
}

// ----- memory -----

/// How long a capped memory bomb may run: a bound against a cap that does not stop it (the
/// bomb would then run for minutes or exhaust the machine), not a speed figure. Generous,
/// because a debug build on a loaded machine takes 20-30 s for the slowest bombs here.
const BOMB_TIME_LIMIT: Duration = Duration::from_secs(120);

/// Runs a memory bomb with a small cap and checks it ends with `MemoryError` within
/// [`BOMB_TIME_LIMIT`].
#[track_caller]
fn assert_memory_error(source: &str, max_alloc: usize) {
    let start = Instant::now();
    let r = run_with(
        source,
        RunConfig {
            max_steps: Some(50_000_000),
            max_alloc,
            ..RunConfig::default()
        },
    );
    let took = start.elapsed();
    assert!(
        last_line(&r).starts_with("MemoryError"),
        "for\n{source}\nstderr ends with: {}",
        last_line(&r)
    );
    assert!(took < BOMB_TIME_LIMIT, "{source} took {took:?}");
}

#[test]
fn memory_bombs_are_memory_errors() {
    let cap = 1_000_000;
    for src in [
        "x = [0] * 10**9\n",
        "x = (1,) * 10**9\n",
        "x = 'x' * 10**10\n",
        "s = 'x'\nwhile True:\n    s += s\n",
        "l = [0]\nwhile True:\n    l *= 2\n",
        "l = []\nwhile True:\n    l.append(0)\n",
        "x = list(range(10**9))\n",
        "d = {i: i for i in range(10**9)}\n",
        "x = '-'.join(['x'] * 10**8)\n",
        "x = 10 ** (10 ** 9)\n",
    ] {
        assert_memory_error(src, cap);
    }
}

/// Runs a memory bomb under a byte cap of `max_memory` (the element cap left at its default)
/// and checks it ends with `MemoryError` within [`BOMB_TIME_LIMIT`].
#[track_caller]
fn assert_memory_cap_error(source: &str, max_memory: usize) {
    let start = Instant::now();
    let r = run_with(
        source,
        RunConfig {
            max_steps: Some(50_000_000),
            max_memory,
            ..RunConfig::default()
        },
    );
    let took = start.elapsed();
    assert!(
        last_line(&r).starts_with("MemoryError"),
        "for\n{source}\nstderr ends with: {}",
        last_line(&r)
    );
    assert!(took < BOMB_TIME_LIMIT, "{source} took {took:?}");
}

#[test]
fn growth_and_huge_single_allocations_hit_the_byte_cap() {
    for src in [
        "l = [0]\nwhile True:\n    l = l + l\n",
        "l = [0]\nwhile True:\n    l *= 2\n",
        "l = [0]\nwhile True:\n    l.extend(l)\n",
        "l = [0]\nwhile True:\n    l += l\n",
        "t = (0,)\nwhile True:\n    t = t + t\n",
        "s = 'x'\nwhile True:\n    s = s + s\n",
        "x = 'x'.ljust(10**10)\n",
        "x = 'x'.rjust(10**10, '*')\n",
        "x = 'x'.center(10**10)\n",
        "x = '1'.zfill(10**10)\n",
        "x = f'{1:10000000000}'\n",
        "x = f'{1.5:.2000000000f}'\n",
        "x = '%10000000000d' % 1\n",
        "x = '%.2000000000f' % 1.5\n",
        "x = bytes(10**10)\n",
        "x = b'x' * 10**10\n",
        "x = 'x' * 10**10\n",
        "x = [0] * 10**9\n",
        "x = list(range(10**10))\n",
        "x = dict.fromkeys(range(10**9))\n",
        "x = sorted(range(10**9))\n",
        "x = set(range(10**9))\n",
        "x = [i for i in range(10**10)]\n",
        "x = [[0] * 1000 for i in range(10**7)]\n",
        "x = [str(i) * 100 for i in range(10**8)]\n",
        "x = 10 ** (10 ** 10)\n",
    ] {
        assert_memory_cap_error(src, 64 << 20);
    }
}

#[test]
fn a_program_below_the_byte_cap_runs() {
    let r = run_with(
        "x = [0] * 10**6\ns = 'x' * 10**6\nd = dict.fromkeys(range(10**5))\nprint(len(x), len(s), len(d))\n",
        RunConfig {
            max_memory: 64 << 20,
            ..RunConfig::default()
        },
    );
    assert_eq!(r.stdout, "1000000 1000000 100000\n", "stderr: {}", r.stderr);
    assert_eq!(r.exit_code, 0);
}

#[test]
fn memory_that_was_freed_does_not_count_against_the_cap() {
    // 20 rounds of 16 MB lists under a 64 MiB cap: each is freed before the next.
    let r = run_with(
        "for _ in range(20):\n    x = [0] * (2 * 10**6)\n    x = None\nprint('done')\n",
        RunConfig {
            max_memory: 64 << 20,
            ..RunConfig::default()
        },
    );
    assert_eq!(r.stdout, "done\n", "stderr: {}", r.stderr);
}

#[test]
fn size_errors_are_cpythons() {
    for (src, want) in [
        (
            "str(10**100000)",
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        ),
        (
            "f'{1:100000000000000000000}'",
            "ValueError: Too many decimal digits in format string",
        ),
        (
            "f'{1.5:.10000000000f}'",
            "ValueError: precision too big",
        ),
        (
            "'%100000000000000000000d' % 1",
            "ValueError: width too big",
        ),
    ] {
        let r = run(&format!("{src}\n"));
        assert_eq!(last_line(&r), want, "for {src}");
    }
    let r = run("print(repr('ab'.zfill(-5)), repr('ab'.ljust(-5)))\n");
    assert_eq!(r.stdout, "'ab' 'ab'\n", "stderr: {}", r.stderr);
}

#[test]
fn memory_error_keeps_earlier_output_and_names_the_cap() {
    let r = run_with(
        "print('before')\nx = [0] * 10**9\n",
        RunConfig {
            max_alloc: 1000,
            ..RunConfig::default()
        },
    );
    assert_eq!(r.stdout, "before\n");
    assert!(last_line(&r).starts_with("MemoryError: "));
    assert!(last_line(&r).contains("1000"), "{}", last_line(&r));
}

#[test]
fn memory_error_can_be_caught() {
    let r = run("try:\n    x = [0] * 10**10\nexcept MemoryError:\n    print('caught')\n");
    assert_eq!(r.stdout, "caught\n");
    assert_eq!(r.exit_code, 0);
}

// ----- deeply nested source -----

/// The one-line stderr CPython 3.12 prints for each 100,000-deep shape of source.
const DEEP_SOURCES: &[(&str, &str)] = &[
    (
        "plus",
        "RecursionError: maximum recursion depth exceeded during compilation",
    ),
    (
        "attr",
        "RecursionError: maximum recursion depth exceeded during compilation",
    ),
    (
        "call",
        "RecursionError: maximum recursion depth exceeded during compilation",
    ),
    (
        "subscript",
        "RecursionError: maximum recursion depth exceeded during compilation",
    ),
    (
        "star",
        "RecursionError: maximum recursion depth exceeded during compilation",
    ),
    (
        "pow",
        "MemoryError: Parser stack overflowed - Python source too complex to parse",
    ),
    (
        "not",
        "MemoryError: Parser stack overflowed - Python source too complex to parse",
    ),
    (
        "neg",
        "MemoryError: Parser stack overflowed - Python source too complex to parse",
    ),
    (
        "tilde",
        "MemoryError: Parser stack overflowed - Python source too complex to parse",
    ),
    (
        "ifelse",
        "MemoryError: Parser stack overflowed - Python source too complex to parse",
    ),
    (
        "lambda",
        "MemoryError: Parser stack overflowed - Python source too complex to parse",
    ),
    ("list", "SyntaxError: too many nested parentheses"),
    ("parens", "SyntaxError: too many nested parentheses"),
    ("fstring", "SyntaxError: too many nested f-strings"),
];

/// A chain of `n` nesting steps of the given shape, as a one-line program.
fn deep_source(shape: &str, n: usize) -> String {
    match shape {
        "plus" => format!("x = {}\n", vec!["1"; n + 1].join("+")),
        "star" => format!("x = {}\n", vec!["1"; n + 1].join("*")),
        "pow" => format!("x = {}\n", vec!["1"; n + 1].join("**")),
        "attr" => format!("x = a{}\n", ".b".repeat(n)),
        "call" => format!("x = f{}\n", "()".repeat(n)),
        "subscript" => format!("x = a{}\n", "[0]".repeat(n)),
        "not" => format!("x = {}1\n", "not ".repeat(n)),
        "neg" => format!("x = {}1\n", "-".repeat(n)),
        "tilde" => format!("x = {}1\n", "~".repeat(n)),
        "ifelse" => format!("x = {}3\n", "1 if 2 else ".repeat(n)),
        "lambda" => format!("x = {}1\n", "lambda: ".repeat(n)),
        "list" => format!("x = {}{}\n", "[".repeat(n), "]".repeat(n)),
        "parens" => format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n)),
        "fstring" => format!("x = {}1{}\n", "f\"{".repeat(n), "}\"".repeat(n)),
        _ => unreachable!("unknown shape {shape}"),
    }
}

#[test]
fn deeply_nested_source_is_refused_as_cpython_refuses_it() {
    for (shape, expected) in DEEP_SOURCES {
        let r = run(&deep_source(shape, 100_000));
        assert_eq!(r.exit_code, 1, "{shape}");
        assert_eq!(last_line(&r), *expected, "{shape}");
        if !expected.starts_with("SyntaxError") {
            // No traceback and no position: CPython prints the bare exception line.
            assert_eq!(r.stderr, format!("{expected}\n"), "{shape}");
        }
    }
}

/// Stack for programs nested just below CPython's limits. The compiler recurses once per
/// nesting level; an optimized build needs between 1 and 2 MiB for a 2,998-deep chain
/// (measured with `ulimit -s` on the release CLI), a quarter of the wasm stack, but a debug
/// build's frames are about ten times larger, so debug test runs get more.
const DEEP_STACK_BYTES: usize = if cfg!(debug_assertions) {
    64 << 20
} else {
    RUN_STACK_BYTES
};

/// Runs `source` with the default limits on a thread with [`DEEP_STACK_BYTES`].
fn run_deep(source: &str) -> RunResult {
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(DEEP_STACK_BYTES)
        .spawn(move || run_program(&source, "limits.py", &RunConfig::default()))
        .expect("spawn the test thread")
        .join()
        .expect("the runtime panicked")
}

#[test]
fn nesting_just_below_cpythons_limits_compiles_and_runs() {
    // The deepest chains CPython 3.12 accepts still parse, compile, run and drop.
    for (shape, n) in [
        ("plus", 2998),
        ("star", 2998),
        ("neg", 2998),
        ("not", 2998),
        ("tilde", 2998),
        ("ifelse", 2998),
        ("pow", 2983),
        ("list", 200),
        ("parens", 200),
        ("fstring", 149),
    ] {
        let src = format!("{}print(type(x).__name__)\n", deep_source(shape, n));
        let r = run_deep(&src);
        assert_eq!(r.exit_code, 0, "{shape} {n}: {}", r.stderr);
    }
    let r = run_deep(&format!("a = 1\n{}", deep_source("lambda", 2983)));
    assert_eq!(r.exit_code, 0, "lambda: {}", r.stderr);
}

// ----- deeply nested data -----

#[test]
fn comparing_deeply_nested_containers_is_a_recursion_error() {
    for (a, b) in [("[a]", "[b]"), ("(a,)", "(b,)"), ("{1: a}", "{1: b}")] {
        let src = format!(
            "a = []\nb = []\nfor _ in range(3000):\n    a = {a}\n    b = {b}\nprint(a == b)\n"
        );
        let r = run_deep(&src);
        assert_eq!(
            last_line(&r),
            "RecursionError: maximum recursion depth exceeded in comparison",
            "{a}"
        );
    }
    // Below CPython's limit the comparison succeeds.
    let r = run_deep("a = b = ()\nfor _ in range(1400):\n    a = (a,)\n    b = (b,)\nprint(a == b, [a] == [b])\n");
    assert_eq!(r.stdout, "True True\n", "{}", r.stderr);
}

#[test]
fn hashing_a_deeply_nested_tuple_gives_cpythons_hash() {
    // python3.12 prints 6916770503816658098 (deeper than its comparison limit: hashing is not
    // depth-guarded in CPython). Dropping a much deeper structure would still overflow the
    // stack of a debug build: see the report of issue 8 (no iterative drop yet).
    let r = run("t = ()\nfor _ in range(3000):\n    t = (t,)\nprint(hash(t))\n");
    assert_eq!(r.stdout, "6916770503816658098\n", "{}", r.stderr);
}

// ----- huge output -----

#[test]
fn huge_output_keeps_its_tail_after_a_dropped_count_line() {
    // 10,000 lines of 1,000 characters (999 digits and a newline): 10,000,000 characters.
    let r = run_with(
        "for i in range(10_000):\n    print(str(i % 10) * 999)\nprint('end')\n",
        RunConfig {
            max_steps: Some(STEPS),
            max_output: 50_000,
            ..RunConfig::default()
        },
    );
    assert_eq!(r.exit_code, 0, "stderr: {}", r.stderr);
    let total = 10_000 * 1000 + 4;
    let (notice, kept) = r.stdout.split_once('\n').expect("a notice line");
    assert_eq!(
        notice,
        format!(
            "[aiterscope: {} earlier characters of output were dropped]",
            group(total - 50_000)
        )
    );
    assert_eq!(kept.chars().count(), 50_000);
    let mut expected_tail = String::new();
    for i in 9_950..10_000 {
        expected_tail.push_str(&format!("{}\n", (i % 10).to_string().repeat(999)));
    }
    expected_tail.push_str("end\n");
    assert!(kept.ends_with(&expected_tail[expected_tail.len() - 49_000..]));
    assert_eq!(kept, &expected_tail[expected_tail.len() - 50_000..]);
}

#[test]
fn one_huge_write_is_cut_to_the_cap_with_the_default_limit() {
    let r = run("print('ab' * 3_000_000, end='')\nprint('!')\n");
    assert_eq!(r.exit_code, 0, "stderr: {}", r.stderr);
    let (notice, kept) = r.stdout.split_once('\n').expect("a notice line");
    assert_eq!(
        notice,
        "[aiterscope: 5,000,002 earlier characters of output were dropped]"
    );
    assert_eq!(kept.len(), 1_000_000);
    assert!(kept.ends_with("abab!\n"));
}

#[test]
fn normal_output_is_untouched_by_the_cap() {
    let r = run("for i in range(3):\n    print(i, 'é' * 3)\n");
    assert_eq!(r.stdout, "0 ééé\n1 ééé\n2 ééé\n");
    let r = run_with(
        "print('x' * 9)\n",
        RunConfig {
            max_output: 10,
            ..RunConfig::default()
        },
    );
    assert_eq!(r.stdout, "xxxxxxxxx\n");
}

/// `12345678` as `12,345,678`.
fn group(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[test]
fn the_session_console_keeps_the_last_part_of_huge_output() {
    use aiterscope_runtime::session::Session;
    let source =
        "print('ab' * 1_000_000, end='')\nfor i in range(1_500):\n    print(str(i % 10) * 999)\n";
    let (end, first) = std::thread::Builder::new()
        .stack_size(RUN_STACK_BYTES)
        .spawn(move || {
            let mut s = Session::load(source).expect("compiles");
            s.run_to_end(1_000_000);
            let end = s.state().output;
            // Right after the single 2,000,000-character write, only its tail is shown.
            let mut first_write = None;
            for step in 0..s.len() {
                s.goto(step);
                let out = s.state().output;
                if !out.is_empty() {
                    first_write = Some(out);
                    break;
                }
            }
            (end, first_write.expect("an output step"))
        })
        .expect("spawn")
        .join()
        .expect("the session panicked");
    let (notice, kept) = first.split_once('\n').expect("a notice line");
    assert_eq!(
        notice,
        "[aiterscope: 1,000,000 earlier characters of output were dropped]"
    );
    assert_eq!(kept.len(), 1_000_000);
    let (notice, kept) = end.split_once('\n').expect("a notice line");
    assert_eq!(
        notice,
        "[aiterscope: 2,500,000 earlier characters of output were dropped]"
    );
    assert_eq!(kept.len(), 1_000_000);
    assert!(kept.ends_with(&format!("{}\n", "9".repeat(999))));
}

// ----- dropping deeply nested data -----

/// Runs `source` on a thread with a small stack (256 KiB), so that a recursive drop fails
/// the test (the thread overflows) instead of passing by luck on a big stack.
fn run_on_small_stack(source: &str) -> RunResult {
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(move || {
            run_program(
                &source,
                "limits.py",
                &RunConfig {
                    max_steps: Some(50_000_000),
                    ..RunConfig::default()
                },
            )
        })
        .expect("spawn the test thread")
        .join()
        .expect("the runtime panicked")
}

#[test]
fn a_million_deep_dict_chain_is_freed_without_recursing() {
    let r = run_on_small_stack(
        "d = {}\nfor _ in range(10**6):\n    d = {'k': d}\ndel d\nprint('freed')\nd = {}\nfor _ in range(10**6):\n    d = {'k': (d, [d])}\nprint('end')\n",
    );
    assert_eq!(r.stdout, "freed\nend\n", "stderr: {}", r.stderr);
    assert_eq!(r.exit_code, 0);
}

#[test]
fn a_million_deep_instance_chain_is_freed_without_recursing() {
    let r = run_on_small_stack(
        "class Node:\n    def __init__(self, nxt):\n        self.nxt = nxt\nn = None\nfor _ in range(10**6):\n    n = Node(n)\ndel n\nprint('freed')\n",
    );
    assert_eq!(r.stdout, "freed\n", "stderr: {}", r.stderr);
    assert_eq!(r.exit_code, 0);
}

#[test]
fn a_million_deep_list_or_tuple_chain_is_freed_without_recursing() {
    let r = run_on_small_stack(
        "a = []\nfor _ in range(10**6):\n    a = [a]\ndel a\nprint('lists freed')\nt = ()\nfor _ in range(10**6):\n    t = (t, 1)\nt = None\nprint('tuples freed')\nm = []\nfor _ in range(10**6):\n    m = ([m],)\nprint('end')\n",
    );
    assert_eq!(
        r.stdout, "lists freed\ntuples freed\nend\n",
        "stderr: {}",
        r.stderr
    );
    assert_eq!(r.exit_code, 0);
}

#[test]
fn long_flat_and_binary_chains_compile_or_fail_as_cpython() {
    // A million-term binary chain is a million-deep tree: CPython's compile-time RecursionError,
    // with no traceback.
    let terms = vec!["a"; 1_000_000].join("+");
    let r = run_with(&format!("x = {terms}\n"), RunConfig::default());
    assert_eq!(
        r.stderr,
        "RecursionError: maximum recursion depth exceeded during compilation\n"
    );
    // `and` chains, comparison chains and displays are flat (one node, many operands):
    // 20,000 operands compile and run as in CPython.
    for (src, want) in [
        (
            format!("print({})\n", vec!["1"; 20_000].join(" and ")),
            "1\n",
        ),
        (
            format!("print({})\n", vec!["1"; 20_000].join(" < ")),
            "False\n",
        ),
        (
            format!("print(len([{}]))\n", vec!["1"; 20_000].join(",")),
            "20000\n",
        ),
    ] {
        let r = run_with(&src, RunConfig::default());
        assert_eq!(r.stdout, want, "stderr: {}", r.stderr);
    }
}
