//! RecursionError depths as CPython 3.12.1 measures them (issues 3 and 8).
//!
//! Each path is a snippet whose last line starts a recursion through that path; every level
//! adds one to `depth`. The test wraps it as
//!
//! ```python
//! depth = 0
//! <snippet, all but its last line>
//! try:
//!     <its last line>
//! except RecursionError as e:
//!     print(depth, type(e).__name__)
//! ```
//!
//! and expects the depth CPython 3.12.1 printed for that program (`python3.12 prog.py`). They are
//! not in the corpus because the oracle refuses programs whose output differs in 3.13, and
//! 3.13 changed the C recursion accounting. Plain Python recursion stops at the Python limit
//! (999 levels below the module); recursion through a path CPython enters from C stops earlier
//! because of the C budget modelled in `vm/c_stack.rs`. Natives that call back into Python
//! (`sorted(key=)`, `map` consumed by `list()`, `sum(genexpr)`...) run a nested VM loop in
//! Rust per level: those levels must fit the stack (`vm/stack_guard.rs`), so the programs run
//! with a stack budget large enough for a debug build.

use aiterscope_runtime::{run_program, RunConfig};

/// The stack of the thread the programs run on: debug builds hold up to ~65 KB of Rust
/// stack per nested level, and the deepest paths nest 750 levels.
const THREAD_STACK: usize = 128 << 20;

/// Runs `source` on a thread with a large stack and returns its stdout.
fn stdout_with(source: String, max_stack: usize, thread_stack: usize) -> String {
    stdout_with_config(
        source,
        RunConfig {
            max_stack,
            ..RunConfig::default()
        },
        thread_stack,
    )
}

/// Runs `source` with `config` (and a step budget) on a thread with `thread_stack` bytes of
/// stack and returns its stdout.
fn stdout_with_config(source: String, config: RunConfig, thread_stack: usize) -> String {
    std::thread::Builder::new()
        .stack_size(thread_stack)
        .spawn(move || {
            let config = RunConfig {
                max_steps: Some(20_000_000),
                ..config
            };
            run_program(&source, "depth.py", &config)
        })
        .expect("spawn the test thread")
        .join()
        .expect("the runtime panicked")
        .stdout
}

/// The program for a snippet (see the module doc).
fn program(snippet: &str) -> String {
    let (setup, start) = snippet.rsplit_once('\n').unwrap_or(("", snippet));
    format!(
        "depth = 0\n{setup}\ntry:\n    {start}\nexcept RecursionError as e:\n    print(depth, type(e).__name__)\n"
    )
}

/// What a run of the snippet printed.
fn depth_output(snippet: &str) -> String {
    stdout_with(program(snippet), THREAD_STACK - (8 << 20), THREAD_STACK)
}

/// (path, snippet, the depth CPython 3.12.1 reaches).
const PATHS: &[(&str, &str, u32)] = &[
    (
        "add",
        r#"class L:
    def __add__(self, o):
        global depth
        depth += 1
        return self + o
L() + 1"#,
        749,
    ),
    (
        "bool",
        r#"class B:
    def __bool__(self):
        global depth
        depth += 1
        return bool(self)
bool(B())"#,
        749,
    ),
    (
        "call",
        r#"class C:
    def __call__(self, n):
        global depth
        depth = n
        return self(n + 1)
C()(1)"#,
        499,
    ),
    (
        "contains",
        r#"class I:
    def __contains__(self, x):
        global depth
        depth += 1
        return x in self
1 in I()"#,
        749,
    ),
    (
        "deco",
        r#"def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def f(n):
    global depth
    depth = n
    return f(n + 1)
f(1)"#,
        499,
    ),
    (
        "eq",
        r#"class E:
    def __eq__(self, other):
        global depth
        depth += 1
        return self == other
E() == E()"#,
        499,
    ),
    (
        "format",
        r#"class R:
    def __format__(self, spec):
        global depth
        depth += 1
        return f"{self}"
f"{R()}""#,
        749,
    ),
    (
        "gen",
        r#"def g(n):
    global depth
    depth = n
    yield next(g(n + 1))
next(g(1))"#,
        748,
    ),
    (
        "genfor",
        r#"def g(n):
    global depth
    depth = n
    for x in g(n + 1):
        yield x
    yield n
list(g(1))"#,
        999,
    ),
    (
        "getattr",
        r#"class G:
    def __getattr__(self, name):
        global depth
        depth += 1
        return self.missing
G().x"#,
        749,
    ),
    (
        "getitem",
        r#"class L:
    def __getitem__(self, i):
        global depth
        depth += 1
        return self[i]
L()[0]"#,
        999,
    ),
    (
        "init",
        r#"class A:
    def __init__(self, n):
        global depth
        depth = n
        A(n + 1)
A(1)"#,
        499,
    ),
    (
        "iter",
        r#"class I:
    def __iter__(self):
        global depth
        depth += 1
        return iter(self)
iter(I())"#,
        748,
    ),
    (
        "lambda",
        r#"def f(n):
    global depth
    depth = n
    return (lambda: f(n + 1))()
f(1)"#,
        500,
    ),
    (
        "len",
        r#"class L:
    def __len__(self):
        global depth
        depth += 1
        return len(self)
len(L())"#,
        748,
    ),
    (
        "listcomp",
        r#"def f(n):
    global depth
    depth = n
    return [f(n + 1) for _ in range(1)]
f(1)"#,
        999,
    ),
    (
        "lt",
        r#"class I:
    def __lt__(self, x):
        global depth
        depth += 1
        return self < x
I() < 1"#,
        499,
    ),
    (
        "method",
        r#"class M:
    def m(self, n):
        global depth
        depth = n
        return self.m(n + 1)
M().m(1)"#,
        999,
    ),
    (
        "nextcls",
        r#"class I:
    def __next__(self):
        global depth
        depth += 1
        return next(self)
next(I())"#,
        748,
    ),
    (
        "plain",
        r#"def f(n):
    global depth
    depth = n
    f(n + 1)
f(1)"#,
        999,
    ),
    (
        "prop",
        r#"class P:
    @property
    def x(self):
        global depth
        depth += 1
        return self.x
P().x"#,
        999,
    ),
    (
        "repr",
        r#"class R:
    def __init__(self, n): self.n = n
    def __repr__(self):
        global depth
        depth = self.n
        return repr(R(self.n + 1))
repr(R(1))"#,
        374,
    ),
    (
        "setattr",
        r#"class I:
    def __setattr__(self, k, v):
        global depth
        depth += 1
        self.k = v
I().x = 1"#,
        749,
    ),
    (
        "str",
        r#"class S:
    def __str__(self):
        global depth
        depth += 1
        return str(self)
str(S())"#,
        498,
    ),
    (
        "super_init",
        r#"class A:
    def __init__(self, n):
        global depth
        depth = n
        if n < 5000: B(n + 1)
class B(A):
    def __init__(self, n):
        super().__init__(n)
B(1)"#,
        499,
    ),
    (
        "yieldfrom",
        r#"def g(n):
    global depth
    depth = n
    yield from g(n + 1)
list(g(1))"#,
        999,
    ),
    (
        "sorted_key",
        r#"def f(*x):
    global depth
    depth += 1
    return sorted([1], key=f)
f(0)"#,
        500,
    ),
    (
        "list_sort_key",
        r#"def f(*x):
    global depth
    depth += 1
    return [1].sort(key=f)
f(0)"#,
        500,
    ),
    (
        "map_list",
        r#"def f(*x):
    global depth
    depth += 1
    return list(map(f, [x]))
f(0)"#,
        750,
    ),
    (
        "map_tuple",
        r#"def f(*x):
    global depth
    depth += 1
    return tuple(map(f, [x]))
f(0)"#,
        750,
    ),
    (
        "filter_list",
        r#"def f(*x):
    global depth
    depth += 1
    return list(filter(f, [x]))
f(0)"#,
        750,
    ),
    (
        "set_map",
        r#"def f(*x):
    global depth
    depth += 1
    return set(map(f, [x]))
f(0)"#,
        750,
    ),
    (
        "enumerate_list",
        r#"def f(*x):
    global depth
    depth += 1
    return list(enumerate(map(f, [x])))
f(0)"#,
        750,
    ),
    (
        "zip_list",
        r#"def f(*x):
    global depth
    depth += 1
    return list(zip(map(f, [x])))
f(0)"#,
        750,
    ),
    (
        "sum_genexpr",
        r#"def f(*x):
    global depth
    depth += 1
    return sum(f(x) for _ in range(1))
f(0)"#,
        500,
    ),
    (
        "any_genexpr",
        r#"def f(*x):
    global depth
    depth += 1
    return any(f(x) for _ in range(1))
f(0)"#,
        500,
    ),
    (
        "join_genexpr",
        r#"def f(*x):
    global depth
    depth += 1
    return ''.join(f(x) for _ in range(1))
f(0)"#,
        500,
    ),
    (
        "dict_genexpr",
        r#"def f(*x):
    global depth
    depth += 1
    return dict((f(x), 1) for _ in range(1))
f(0)"#,
        500,
    ),
    (
        "reduce",
        r#"import functools
def f(*x):
    global depth
    depth += 1
    return functools.reduce(f, [1, 2])
f(0)"#,
        500,
    ),
    (
        "max_key",
        r#"def f(*x):
    global depth
    depth += 1
    return max([1], key=f)
f(0)"#,
        500,
    ),
    (
        "min_key",
        r#"def f(*x):
    global depth
    depth += 1
    return min([1], key=f)
f(0)"#,
        500,
    ),
    (
        "hash_in_dict",
        r#"class K:
    def __hash__(self):
        global depth
        depth += 1
        return len({K(): 1})
hash(K())"#,
        748,
    ),
    (
        "eq_in_list",
        r#"class K:
    def __eq__(self, o):
        global depth
        depth += 1
        return [K()].count(K())
K() == K()"#,
        374,
    ),
    (
        "repr_in_list",
        r#"class K:
    def __repr__(self):
        global depth
        depth += 1
        return str([K()])
repr(K())"#,
        374,
    ),
    (
        "repr_in_dict",
        r#"class K:
    def __repr__(self):
        global depth
        depth += 1
        return repr({1: K()})
repr(K())"#,
        299,
    ),
    (
        "str_format",
        r#"class K:
    def __str__(self):
        global depth
        depth += 1
        return '{}'.format(K())
str(K())"#,
        299,
    ),
];

/// Paths whose depth is not CPython's yet, with the depth this runtime reaches (the C units
/// `vm/c_stack.rs` charges on these paths are not the ones CPython 3.12 charges). A ratchet:
/// a path that starts matching CPython fails the test until it is removed from here.
const DEPTH_GAPS: &[(&str, u32)] = &[
    ("sorted_key", 499),
    ("list_sort_key", 499),
    ("max_key", 750),
    ("min_key", 750),
    ("hash_in_dict", 499),
    ("eq_in_list", 499),
    ("repr_in_list", 748),
    ("repr_in_dict", 748),
    ("str_format", 498),
];

#[test]
fn recursion_depths_match_cpython_3_12() {
    let mut mismatches = Vec::new();
    for (path, snippet, cpython) in PATHS {
        let gap = DEPTH_GAPS.iter().find(|(p, _)| p == path).map(|&(_, d)| d);
        let out = depth_output(snippet);
        let want = format!("{} RecursionError\n", gap.unwrap_or(*cpython));
        if out != want {
            mismatches.push(format!(
                "{path}: got {out:?}, expected {want:?} (CPython 3.12.1: {cpython})"
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// With less stack than CPython's depth needs, recursion through nested runs is still a
/// RecursionError (the stack guard), never a stack overflow.
#[test]
fn nested_runs_past_the_stack_budget_are_a_recursion_error() {
    for (path, snippet, depth) in PATHS {
        let out = stdout_with(program(snippet), 256 << 10, (256 << 10) + (4 << 20));
        let reached: u32 = out
            .strip_suffix(" RecursionError\n")
            .and_then(|d| d.parse().ok())
            .unwrap_or_else(|| panic!("{path}: {out:?}"));
        assert!(
            reached <= *depth,
            "{path}: {reached} levels, CPython {depth}"
        );
    }
}

/// A cap on nested runs (the browser's is `vm::stack_guard::DEFAULT_MAX_NESTED_RUNS`, where the
/// JS engine's own stack binds; 500 here): deeper paths stop at the cap with RecursionError,
/// paths that stop before it keep their depth.
#[test]
fn a_nested_run_cap_stops_deep_paths_at_the_cap() {
    for (path, snippet, cpython) in PATHS {
        let config = RunConfig {
            max_stack: THREAD_STACK - (8 << 20),
            max_nested_runs: 500,
            ..RunConfig::default()
        };
        let out = stdout_with_config(program(snippet), config, THREAD_STACK);
        let reached: u32 = out
            .strip_suffix(" RecursionError\n")
            .and_then(|d| d.parse().ok())
            .unwrap_or_else(|| panic!("{path}: {out:?}"));
        let uncapped = DEPTH_GAPS
            .iter()
            .find(|(p, _)| p == path)
            .map_or(*cpython, |&(_, d)| d);
        assert!(reached <= uncapped, "{path}: {reached} levels");
        if uncapped <= 500 {
            assert_eq!(reached, uncapped, "{path}");
        }
    }
}
