//! The compiler: symbol tables and code generation from ruff's AST to [`CodeObject`]s.

pub mod annotations;
pub mod code;
pub mod codegen;
pub mod symtable;
pub mod unparse;

pub use code::{BinOp, CmpOp, CodeObject, Instr, UnOp};
pub use codegen::{compile_module, CompileError};
