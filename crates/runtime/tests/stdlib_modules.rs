//! The small standard modules aiterscope provides for tutorials (`contextlib`, `functools`)
//! and the parts they refuse with a clear message. Their behaviour against
//! CPython is covered by corpus programs (`async_with/probe_*contextmanager*`, ...); these
//! tests pin the playground-specific parts.

use aiterscope_runtime::{run_program, RunConfig, RunResult};

fn run(source: &str) -> RunResult {
    run_program(source, "stdlib.py", &RunConfig::default())
}

#[test]
fn dataclasses_refuses_make_dataclass_with_the_reason() {
    let r = run("from dataclasses import make_dataclass\nmake_dataclass('P', ['x'])\n");
    assert_eq!(r.exit_code, 1);
    assert_eq!(
        r.stderr.trim_end().lines().last(),
        Some(
            "NotImplementedError: aiterscope: dataclasses.make_dataclass() is not supported; \
             write the class with @dataclass"
        )
    );
}

#[test]
fn unseeded_random_is_deterministic_and_starts_from_seed_zero() {
    let program = "import random\nprint(random.random(), random.Random(0).random())\n";
    let first = run(program);
    assert_eq!(first.exit_code, 0, "{}", first.stderr);
    let values: Vec<&str> = first.stdout.split_whitespace().collect();
    assert_eq!(values.len(), 2);
    assert_eq!(values[0], values[1]);
    assert_eq!(run(program).stdout, first.stdout);
}

#[test]
fn random_refuses_str_seeds_clearly() {
    let r = run("import random\nrandom.seed('abc')\n");
    assert_eq!(r.exit_code, 1);
    assert!(r
        .stderr
        .trim_end()
        .ends_with("NotImplementedError: aiterscope: random.seed() with a str or bytes seed is not supported; use an int"));
}

#[test]
fn contextlib_and_functools_import_and_work_together() {
    let r = run("import contextlib, functools
@contextlib.contextmanager
def tag(name):
    print('<' + name + '>')
    yield name
    print('</' + name + '>')
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
with tag('b') as t:
    print(t, fib(20), fib.cache_info())
print(functools.partial(int, base=2)('101'), tag.__name__, tag.__wrapped__.__name__)
");
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "<b>\nb 6765 CacheInfo(hits=18, misses=21, maxsize=None, currsize=21)\n</b>\n5 tag tag\n"
    );
}

#[test]
fn a_generator_that_does_not_yield_is_a_runtime_error() {
    let r = run("from contextlib import contextmanager
@contextmanager
def empty():
    if False:
        yield
with empty():
    pass
");
    assert_eq!(
        r.stderr.trim_end().lines().last(),
        Some("RuntimeError: generator didn't yield")
    );
}

/// The last line of a program's stderr.
fn last_error(source: &str) -> String {
    let r = run(source);
    r.stderr.trim_end().lines().last().unwrap_or("").to_string()
}

#[test]
fn math_words_stray_keywords_as_cpython_3_12() {
    // 3.13 says "got an unexpected keyword argument", so these are not corpus programs.
    for (call, message) in [
        (
            "math.isclose(1, 2, tol=1)",
            "'tol' is an invalid keyword argument for isclose()",
        ),
        (
            "math.isclose(1, 2, rel_tol=0.1, x=1)",
            "'x' is an invalid keyword argument for isclose()",
        ),
        (
            "math.prod([2, 3], begin=2)",
            "'begin' is an invalid keyword argument for prod()",
        ),
        (
            "math.nextafter(1, 2, z=3)",
            "'z' is an invalid keyword argument for nextafter()",
        ),
        (
            "math.nextafter(1, 2, x=3)",
            "'x' is an invalid keyword argument for nextafter()",
        ),
    ] {
        assert_eq!(
            last_error(&format!("import math\n{call}\n")),
            format!("TypeError: {message}"),
            "{call}"
        );
    }
}

#[test]
fn math_names_the_functions_it_does_not_have() {
    for name in ["erf", "erfc", "gamma", "lgamma", "sumprod"] {
        assert_eq!(
            last_error(&format!("import math\nmath.{name}(1)\n")),
            format!("NotImplementedError: math.{name} is not supported in the playground")
        );
    }
}

#[test]
fn a_standard_module_the_playground_lacks_is_named_as_such() {
    let message = last_error("import re\n");
    assert!(
        message.starts_with(
            "ModuleNotFoundError: No module named 're': the playground provides only part of \
             the standard library (abc, asyncio, collections,"
        ),
        "{message}"
    );
    assert!(last_error("import os.path\n").contains("'os.path': the playground provides"));
    assert!(last_error("from datetime import datetime\n").contains("only part of the standard"));
    // Not a standard module: CPython's own message.
    assert_eq!(
        last_error("import requests\n"),
        "ModuleNotFoundError: No module named 'requests'"
    );
    // Still an ImportError, so a fallback import works.
    let r = run("try:\n    import re\nexcept ImportError as e:\n    print(type(e).__name__)\n");
    assert_eq!(r.stdout, "ModuleNotFoundError\n");
}

#[test]
fn metaclass_namespaces_other_than_dicts_are_refused_by_name() {
    assert_eq!(
        last_error(
            "class NS(dict):\n    pass\nclass M(type):\n    @classmethod\n    \
             def __prepare__(mcls, name, bases):\n        return NS()\n\
             class C(metaclass=M):\n    pass\n"
        ),
        "NotImplementedError: M.__prepare__() returned a NS: a class namespace other than a \
         dict is not supported in the playground"
    );
    // CPython's own errors around it.
    assert_eq!(
        last_error(
            "class M(type):\n    @classmethod\n    def __prepare__(mcls, name, bases):\n        \
             return 5\nclass C(metaclass=M):\n    pass\n"
        ),
        "TypeError: M.__prepare__() must return a mapping, not int"
    );
    assert_eq!(
        last_error("class M:\n    pass\nclass C(metaclass=M):\n    pass\n"),
        "TypeError: M() takes no arguments"
    );
    assert_eq!(
        last_error("class C(metaclass=Undefined):\n    pass\n"),
        "NameError: name 'Undefined' is not defined"
    );
    // The parts of enum that are not provided say so.
    assert_eq!(
        last_error("from enum import verify, UNIQUE\n"),
        "NotImplementedError: enum.verify is not supported in the playground"
    );
    assert_eq!(
        last_error("import enum\nenum.global_enum\n"),
        "NotImplementedError: enum.global_enum is not supported in the playground"
    );
    // abc.ABCMeta stands in for the metaclass without being one.
    assert_eq!(
        last_error(
            "from abc import ABCMeta\nclass M(ABCMeta):\n    pass\n\
             class C(metaclass=M):\n    pass\n"
        ),
        "NotImplementedError: a metaclass deriving from abc.ABCMeta (M) is not supported in \
         the playground: abc.ABCMeta is not a real metaclass here"
    );
}

#[test]
fn json_words_trailing_commas_as_cpython_3_12() {
    // 3.13 says "Illegal trailing comma before end of object/array", so not corpus programs.
    for (doc, message) in [
        (
            r#"{"a": 1,}"#,
            "Expecting property name enclosed in double quotes: line 1 column 9 (char 8)",
        ),
        ("[1,]", "Expecting value: line 1 column 4 (char 3)"),
    ] {
        assert_eq!(
            last_error(&format!("import json\njson.loads('{doc}')\n")),
            format!("json.decoder.JSONDecodeError: {message}"),
            "{doc}"
        );
    }
}

#[test]
fn json_keeps_lone_surrogates_out_of_strs() {
    // CPython keeps '\ud83d' in the str; the playground's strs (like its literals) hold
    // U+FFFD instead.
    let r = run("import json\nprint(ascii(json.loads('\"\\\\ud83d\"')))\n");
    assert_eq!(r.stdout, "'\\ufffd'\n", "{}", r.stderr);
}

#[test]
fn builtins_that_run_other_code_are_refused_by_name() {
    let cases = [
        (
            "eval('1')",
            "eval(): the playground runs only the program in the editor",
        ),
        (
            "exec('x = 1')",
            "exec(): the playground runs only the program in the editor",
        ),
        (
            "compile('1', 's', 'eval')",
            "compile(): the playground runs only the program in the editor",
        ),
        (
            "breakpoint()",
            "breakpoint(): step through the program with the playground's controls",
        ),
        (
            "help(len)",
            "help(): there is no interactive help in the playground",
        ),
        ("complex(1, 2)", "complex objects"),
        ("bytearray(b'x')", "bytearray objects"),
        ("memoryview(b'x')", "memoryview objects"),
    ];
    for (call, what) in cases {
        assert_eq!(
            last_error(&format!("{call}\n")),
            format!("NotImplementedError: aiterscope does not support {what}"),
            "{call}"
        );
    }
}

#[test]
fn unsupported_builtin_types_still_answer_isinstance() {
    let r = run("print(isinstance(1, (int, complex)), isinstance(b'', bytearray), complex)\n");
    assert_eq!(r.stdout, "True False <class 'complex'>\n");
}
