//! The checks CPython makes after parsing, before running anything: first its symbol table
//! (scopes, `global`/`nonlocal`, duplicate parameters, `yield` in comprehensions), then its
//! code generator (`await`/`yield`/`return`/`break` in the wrong place, bad assignment
//! targets, repeated keywords). Like CPython, the first error of the first pass that fails
//! is reported.

mod codegen;
mod scope_info;
mod symtable;

use crate::ast::ModModule;
use crate::error::SyntaxError;
use crate::position::line_byte_col;
use ruff_text_size::TextSize;

/// An error found by one of the passes, located at a byte offset.
#[derive(Debug)]
pub(crate) struct CompileError {
    pub(crate) msg: String,
    pub(crate) at: TextSize,
}

impl CompileError {
    pub(crate) fn new(msg: impl Into<String>, at: TextSize) -> Self {
        Self {
            msg: msg.into(),
            at,
        }
    }
}

/// Runs the symbol-table pass and then the code-generation checks on a parsed module.
pub(crate) fn check_module(source: &str, module: &ModModule) -> Result<(), SyntaxError> {
    let to_syntax_error = |error: CompileError| {
        // CPython's compiler reports columns in UTF-8 bytes.
        let (line, col) = line_byte_col(source, error.at);
        SyntaxError::new(error.msg, line, col)
    };
    let scopes = symtable::build(module).map_err(to_syntax_error)?;
    codegen::check(module, &scopes).map_err(to_syntax_error)
}
