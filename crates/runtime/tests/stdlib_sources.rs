//! The playground's own standard-library sources are imported through the trusted parse
//! (`compile_trusted_source`: no CPython error diagnosis or compile-time checks). This test
//! holds them to the full rules a user's program meets, so a mistake in one of them is caught
//! here rather than compiled.

use aiterscope_runtime::asyncio::module::CORE_SOURCE;
use aiterscope_runtime::modules::MODULES;

#[test]
fn every_stdlib_source_passes_the_full_checks() {
    let mut checked = 0;
    let sources = MODULES
        .iter()
        .filter_map(|def| def.python.map(|src| (def.name, src)))
        .chain([("asyncio core", CORE_SOURCE)]);
    for (name, src) in sources {
        if let Err(e) = aiterscope_syntax::parse_module(src) {
            panic!("{name}: {}: {} (line {})", e.kind, e.msg, e.line);
        }
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} sources found");
}

#[test]
fn a_trusted_source_that_does_not_parse_still_reports_its_error() {
    let Err(e) = aiterscope_runtime::compile_trusted_source("def f(:\n    pass\n", "<t>") else {
        panic!("compiled a source that does not parse");
    };
    assert_eq!(e.kind, "SyntaxError");
    assert_eq!(e.line, 1);
}
