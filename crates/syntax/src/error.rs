//! The error type: a CPython-style SyntaxError with its position.

use std::fmt;

/// A SyntaxError (or one of its subclasses) with CPython's message and 1-based position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// `SyntaxError`, `IndentationError` or `TabError`; `MemoryError` or `RecursionError` for
    /// sources too deeply nested to parse or compile (those have no position: line 0).
    pub kind: &'static str,
    /// The message, as CPython prints it after `SyntaxError: `.
    pub msg: String,
    /// 1-based line (CPython's `lineno`).
    pub line: usize,
    /// 1-based column (CPython's `offset`). Like CPython, errors found by the parser count
    /// characters and errors found by the compiler's checks count UTF-8 bytes.
    pub col: usize,
}

/// The exception class CPython raises for the error.
pub(crate) const SYNTAX_ERROR: &str = "SyntaxError";
/// Raised for bad indentation.
pub(crate) const INDENTATION_ERROR: &str = "IndentationError";
/// Raised when tabs and spaces are mixed inconsistently.
pub(crate) const TAB_ERROR: &str = "TabError";
/// Raised when the parser's stack overflows ("Python source too complex to parse").
pub(crate) const MEMORY_ERROR: &str = "MemoryError";
/// Raised when the syntax tree is too deep to compile.
pub(crate) const RECURSION_ERROR: &str = "RecursionError";

impl SyntaxError {
    /// A `SyntaxError` at the given 1-based line and column.
    pub(crate) fn new(msg: impl Into<String>, line: usize, col: usize) -> Self {
        Self {
            kind: SYNTAX_ERROR,
            msg: msg.into(),
            line,
            col,
        }
    }

    /// The same error with another exception class.
    pub(crate) fn with_kind(mut self, kind: &'static str) -> Self {
        self.kind = kind;
        self
    }
}

impl fmt::Display for SyntaxError {
    /// Formats the error as the last line of CPython's traceback: `SyntaxError: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for SyntaxError {}
