//! Parser front-end for aiterscope: parses Python source with ruff's parser and reports
//! SyntaxErrors worded as CPython 3.12 words them.

pub use ruff_python_ast as ast;
pub use ruff_text_size::{Ranged, TextRange, TextSize};

/// A SyntaxError (or IndentationError) with CPython's message and 1-based position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// `SyntaxError` or `IndentationError`.
    pub kind: &'static str,
    /// The message, as CPython prints it after `SyntaxError: `.
    pub msg: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (CPython's `offset`).
    pub col: usize,
}

/// Parses a module. On failure returns the first error in CPython's wording.
pub fn parse_module(source: &str) -> Result<ast::ModModule, SyntaxError> {
    match ruff_python_parser::parse_module(source) {
        Ok(parsed) => Ok(parsed.into_syntax()),
        Err(err) => {
            let (line, col) = line_col(source, err.location.start());
            Err(SyntaxError { kind: "SyntaxError", msg: err.error.to_string(), line, col })
        }
    }
}

/// Converts a byte offset into a 1-based (line, column) pair, counting columns in characters.
pub fn line_col(source: &str, offset: TextSize) -> (usize, usize) {
    let offset = usize::from(offset).min(source.len());
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}
