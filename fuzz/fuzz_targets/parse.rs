//! Fuzz target: the parser front-end (ruff's parser, CPython-worded errors, compile-time
//! checks) must accept or reject any UTF-8 input without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        let _ = aiterscope_syntax::parse_module(source);
    }
});
