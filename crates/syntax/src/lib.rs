//! Parser front-end for aiterscope.
//!
//! Parses Python source with ruff's parser and reports errors the way CPython 3.12 does:
//! the same exception type (`SyntaxError`, `IndentationError`, `TabError`), the same message
//! and the same line and column. After a successful parse it runs the checks CPython's symbol
//! table and compiler make (`'await' outside async function`, `'break' outside loop`, ...), so
//! a program that CPython refuses to compile is refused here too.
//!
//! The editor's highlighter is not here: it is `aiterscope-highlight`, which depends on no
//! parser so that the UI's wasm module links none.

pub use ruff_python_ast as ast;
pub use ruff_text_size::{Ranged, TextRange, TextSize};

mod checks;
mod diagnose;
mod error;
mod nesting;
mod position;

pub use error::SyntaxError;
pub use position::line_col;

use ruff_python_parser::{Mode, ParseOptions};

/// Parses a module. On failure returns the first error CPython 3.12 would report, in its wording:
/// parse errors first, then the compile-time checks of CPython's symbol table and compiler.
/// Sources nested too deeply for CPython (and for the Rust stack) are refused before parsing,
/// as CPython refuses them (see `nesting.rs`).
pub fn parse_module(source: &str) -> Result<ast::ModModule, SyntaxError> {
    if let Some(error) = nesting::check_nesting(source) {
        return Err(error);
    }
    let options = ParseOptions::from(Mode::Module).with_target_version(ast::PythonVersion::PY312);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    if let Some(error) = diagnose::first_error(source, &parsed) {
        return Err(error);
    }
    let module = match parsed.into_syntax() {
        ast::Mod::Module(module) => module,
        ast::Mod::Expression(_) => unreachable!("parsed in module mode"),
    };
    checks::check_module(source, &module)?;
    Ok(module)
}

/// Parses a module known to be valid Python (the playground's own standard-library sources):
/// ruff's parse only, without the nesting guard, CPython's error diagnosis and the compile-time
/// checks, which exist to report a user's mistakes as CPython would and cost as much as the
/// parse itself. A source that does not parse falls back to [`parse_module`] for its error.
pub fn parse_trusted_module(source: &str) -> Result<ast::ModModule, SyntaxError> {
    let options = ParseOptions::from(Mode::Module).with_target_version(ast::PythonVersion::PY312);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    if !parsed.errors().is_empty() || !parsed.unsupported_syntax_errors().is_empty() {
        return parse_module(source);
    }
    match parsed.into_syntax() {
        ast::Mod::Module(module) => Ok(module),
        ast::Mod::Expression(_) => unreachable!("parsed in module mode"),
    }
}
