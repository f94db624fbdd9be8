//! Where variable annotations are kept (PEP 526): module and class bodies that contain an
//! annotated assignment get an `__annotations__` dict, filled as each `name: T` runs; function
//! bodies never evaluate them. `from __future__ import annotations` (PEP 563) stores the
//! annotation's source text instead of its value.

use aiterscope_syntax::ast::{self, Stmt};

/// True if `body` (not counting nested functions and classes) has an annotated assignment:
/// CPython's `find_ann`, which decides whether a module or class body sets up
/// `__annotations__`.
pub fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| match h {
                    ast::ExceptHandler::ExceptHandler(h) => has_annotations(&h.body),
                })
        }
        _ => false,
    })
}

/// True if the module starts with `from __future__ import annotations` (after the docstring
/// and other future imports, where the parser allows it).
pub fn postponed(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::ImportFrom(i) => {
            i.level == 0
                && i.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__")
                && i.names.iter().any(|a| a.name.as_str() == "annotations")
        }
        _ => false,
    })
}

/// The text an annotation is stored as under `from __future__ import annotations`: its source,
/// with runs of whitespace (line breaks inside brackets) collapsed to one space.
pub fn source_text(source: &str, start: usize, end: usize) -> String {
    let text = source.get(start..end).unwrap_or("");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
