//! Fuzz target: the editor's highlighter (`aiterscope_highlight::highlight`, run in the UI's
//! wasm module on every keystroke, where a panic would break the page) must take any UTF-8
//! text without panicking and return spans that are non-empty, in source order, never
//! overlapping, and on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        let mut previous_end = 0;
        for span in aiterscope_highlight::highlight(source) {
            assert!(span.start < span.end, "empty span {span:?}");
            assert!(span.start >= previous_end, "overlapping span {span:?}");
            assert!(span.end <= source.len(), "span past the end {span:?}");
            assert!(source.is_char_boundary(span.start) && source.is_char_boundary(span.end));
            previous_end = span.end;
        }
    }
});
