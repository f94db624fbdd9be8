//! Where annotations are kept. Variable annotations (PEP 526): module and class bodies that
//! contain an annotated assignment get an `__annotations__` dict, filled as each `name: T`
//! runs; function bodies never evaluate them. A `def`'s parameter and return annotations are
//! evaluated when the `def` runs, into the function's `__annotations__`. `from __future__
//! import annotations` (PEP 563) stores the annotation's source text instead of its value.

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

/// A `def`'s annotations in the order CPython evaluates them (and orders its
/// `__annotations__`): the positional-or-keyword parameters, then the positional-only ones,
/// `*args`, the keyword-only ones, `**kwargs`, and `return` last.
pub fn function_annotations<'a>(
    p: &'a ast::Parameters,
    returns: Option<&'a ast::Expr>,
) -> Vec<(&'a str, &'a ast::Expr)> {
    let mut out: Vec<(&str, &ast::Expr)> = Vec::new();
    let with_default = |list: &'a [ast::ParameterWithDefault], out: &mut Vec<_>| {
        for a in list {
            if let Some(ann) = a.parameter.annotation.as_deref() {
                out.push((a.parameter.name.as_str(), ann));
            }
        }
    };
    with_default(&p.args, &mut out);
    with_default(&p.posonlyargs, &mut out);
    if let Some(v) = &p.vararg {
        if let Some(ann) = v.annotation.as_deref() {
            out.push((v.name.as_str(), ann));
        }
    }
    with_default(&p.kwonlyargs, &mut out);
    if let Some(k) = &p.kwarg {
        if let Some(ann) = k.annotation.as_deref() {
            out.push((k.name.as_str(), ann));
        }
    }
    if let Some(r) = returns {
        out.push(("return", r));
    }
    out
}
