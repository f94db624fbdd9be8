//! Fuzz target: parsing plus the compiler (AST to code objects) must succeed or return a
//! compile error for any UTF-8 input, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        let _ = aiterscope_runtime::compile_source(source, "fuzz.py");
    }
});
