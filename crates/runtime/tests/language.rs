//! Small programs with outputs checked against CPython 3.12.

use aiterscope_runtime::{run_program, RunConfig};

fn run(src: &str) -> (String, String, i32) {
    let cfg = RunConfig {
        max_steps: Some(5_000_000),
        ..Default::default()
    };
    let r = run_program(src, "t.py", &cfg);
    let last = r.stderr.trim_end().lines().last().unwrap_or("").to_string();
    (r.stdout, last, r.exit_code)
}

fn out(src: &str) -> String {
    let (o, e, c) = run(src);
    assert_eq!(c, 0, "stderr: {e}");
    o
}

#[test]
fn arithmetic_and_floats() {
    assert_eq!(
        out("print(1 + 2 * 3, 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 1 / 4)"),
        "7 3 -4 -2 1024 0.25\n"
    );
    assert_eq!(
        out("print(0.1 + 0.2, 1e16, 1e-5, -0.0, float('inf'))"),
        "0.30000000000000004 1e+16 1e-05 -0.0 inf\n"
    );
}

#[test]
fn functions_closures_and_args() {
    let src = "def f(a, b=2, *args, c, d=4, **kw):\n    return (a, b, args, c, d, kw)\nprint(f(1, c=3))\nprint(f(1, 5, 6, 7, c=8, z=9))\n\ndef mk():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\ni = mk(); i(); print(i())\n";
    assert_eq!(
        out(src),
        "(1, 2, (), 3, 4, {})\n(1, 5, (6, 7), 8, 4, {'z': 9})\n2\n"
    );
}

#[test]
fn argument_errors_match_cpython() {
    assert_eq!(
        run("def f(a): pass\nf()").1,
        "TypeError: f() missing 1 required positional argument: 'a'"
    );
    assert_eq!(
        run("def f(a): pass\nf(1, 2)").1,
        "TypeError: f() takes 1 positional argument but 2 were given"
    );
    assert_eq!(
        run("def f(a): pass\nf(b=1)").1,
        "TypeError: f() got an unexpected keyword argument 'b'"
    );
}

#[test]
fn classes_and_dunders() {
    let src = "class V:\n    def __init__(self, x): self.x = x\n    def __add__(self, o): return V(self.x + o.x)\n    def __eq__(self, o): return self.x == o.x\n    def __hash__(self): return hash(self.x)\n    def __repr__(self): return f'V({self.x})'\nprint(V(1) + V(2), V(1) == V(1), V(1) != V(2), {V(1): 'a'}[V(1)])\n";
    assert_eq!(out(src), "V(3) True True a\n");
}

#[test]
fn exceptions_and_chaining() {
    let src = "try:\n    try:\n        1/0\n    except ZeroDivisionError as e:\n        raise ValueError('x') from e\nexcept ValueError as e:\n    print(type(e.__cause__).__name__, e)\n";
    assert_eq!(out(src), "ZeroDivisionError x\n");
    let (_, last, code) = run("def f():\n    raise KeyError('k')\nf()\n");
    assert_eq!((last.as_str(), code), ("KeyError: 'k'", 1));
}

#[test]
fn generators_send_throw_close() {
    let src = "def g():\n    try:\n        x = yield 1\n        print('got', x)\n        yield 2\n    finally:\n        print('fin')\nit = g()\nprint(next(it))\nprint(it.send('s'))\nit.close()\n";
    assert_eq!(out(src), "1\ngot s\n2\nfin\n");
}

#[test]
fn recursion_error_not_a_crash() {
    let (_, last, code) = run("def f(n): return f(n + 1)\nf(0)\n");
    assert_eq!(
        (last.as_str(), code),
        ("RecursionError: maximum recursion depth exceeded", 1)
    );
}

#[test]
fn step_budget_stops_endless_loops() {
    let cfg = RunConfig {
        max_steps: Some(10_000),
        ..Default::default()
    };
    let r = run_program("while True:\n    pass\n", "t.py", &cfg);
    assert_eq!(r.exit_code, 1);
    assert!(r.stderr.contains("step budget of 10000 steps exhausted"));
}

#[test]
fn memory_cap_raises_memory_error() {
    let (_, last, _) = run("x = [0] * 10**9\n");
    assert!(last.starts_with("MemoryError"), "{last}");
}

#[test]
fn unprovided_stdlib_modules_say_so() {
    let (_, last, code) = run("import sqlite3\n");
    assert_eq!(code, 1);
    assert!(
        last.starts_with("ModuleNotFoundError: No module named 'sqlite3': the playground provides")
            && last.contains("enum"),
        "{last}"
    );
}

#[test]
fn class_keywords_with_double_star_are_refused_clearly() {
    let (_, last, code) = run("opts = {}\nclass T(**opts):\n    pass\n");
    assert_eq!(code, 1);
    assert!(
        last.contains("does not support ** in a class's keywords"),
        "{last}"
    );
}

#[test]
fn live_instance_dict_is_shared_with_attributes() {
    let src = "class A: pass\na = A()\nd = a.__dict__\na.x = 1\nd['y'] = 2\ndel a.x\nprint(d, a.y, vars(a) is d, hasattr(a, 'x'))\n";
    assert_eq!(out(src), "{'y': 2} 2 True False\n");
}

/// `__del__` finalizers are not run by the playground: a class defining one is refused with a
/// message naming it, and what ran before stays.
#[test]
fn a_finalizer_is_refused_by_name() {
    let (stdout, last, code) =
        run("print('before')\nclass Res:\n    def __del__(self):\n        print('del')\n");
    assert_eq!(stdout, "before\n");
    assert_eq!(
        last,
        "NotImplementedError: __del__ (a finalizer, defined by class Res) is not supported in the playground"
    );
    assert_eq!(code, 1);
}
