//! The aiterscope gallery: short example programs built from the tutorials the playground
//! retells, each with what to watch while stepping and the output CPython 3.12 gives.
//!
//! The ids are part of the playground's URLs (`#example=ID`) and must stay stable.
//! `crates/gallery/tools/regen.py` regenerates and checks the expected output with CPython
//! on a virtual clock; `docs/simulated-io.md` defines the simulated files and HTTP the
//! examples that use `aiohttp`, `aiofiles` or `open()` rely on.
//!
//! `title`, `summary` and `watch` are plain text in which code is marked with Markdown
//! backticks (`` `anext` ``); a UI may render those spans as code or show them as they are.

mod examples;

pub use examples::EXAMPLES;

/// One gallery entry: a complete program and what it should produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    /// Stable identifier, used in URLs as `#example=ID` and as the file stem under `examples/`.
    pub id: &'static str,
    /// Short title for the example picker.
    pub title: &'static str,
    /// One sentence saying what the program shows.
    pub summary: &'static str,
    /// Two to four sentences on what to watch while stepping through it.
    pub watch: &'static str,
    /// The program's source (`examples/<id>.py`).
    pub source: &'static str,
    /// Everything the program prints to stdout under CPython 3.12 (`examples/<id>.stdout`).
    pub expected_stdout: &'static str,
    /// The last traceback line when the program ends with an uncaught exception.
    pub expected_error: Option<&'static str>,
    /// The seed tutorial (a file name under `shared/seeds/`) the example comes from, if any.
    pub from_seed: Option<&'static str>,
}

/// Returns the example with this id, if the gallery has one.
pub fn find(id: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|example| example.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_returns_the_example_with_that_id() {
        assert_eq!(find("countdown").map(|e| e.id), Some("countdown"));
        assert!(find("no-such-example").is_none());
    }
}
