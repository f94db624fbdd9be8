//! An expression back to Python source as CPython's `ast.unparse` writes it (ast_unparse.c):
//! what `from __future__ import annotations` stores. `"x"` becomes `'x'`, `dict[str,  int]`
//! becomes `dict[str, int]`, parentheses follow the operators' precedence. It covers what
//! annotations are made of (names, attributes, subscripts, `|`, constants, lists, tuples,
//! calls); any other expression keeps its source text with whitespace collapsed.

use aiterscope_syntax::ast::{self, Expr, Number, Operator};

/// Precedence levels of ast_unparse.c, lowest first (only the ones used here).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Level {
    Tuple,
    Test,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Power,
    Atom,
}

/// `e` as CPython unparses it; `fallback` is the source text used for expressions this
/// unparser does not know.
pub fn unparse(e: &Expr, fallback: &dyn Fn(&Expr) -> String) -> String {
    let mut out = String::new();
    write(e, Level::Test, &mut out, fallback);
    out
}

fn binop_level(op: Operator) -> Option<(Level, &'static str)> {
    Some(match op {
        Operator::BitOr => (Level::BitOr, "|"),
        Operator::BitXor => (Level::BitXor, "^"),
        Operator::BitAnd => (Level::BitAnd, "&"),
        Operator::LShift => (Level::Shift, "<<"),
        Operator::RShift => (Level::Shift, ">>"),
        Operator::Add => (Level::Arith, "+"),
        Operator::Sub => (Level::Arith, "-"),
        Operator::Mult => (Level::Term, "*"),
        Operator::Div => (Level::Term, "/"),
        Operator::FloorDiv => (Level::Term, "//"),
        Operator::Mod => (Level::Term, "%"),
        Operator::MatMult => (Level::Term, "@"),
        Operator::Pow => (Level::Power, "**"),
    })
}

fn write_all(items: &[Expr], out: &mut String, fallback: &dyn Fn(&Expr) -> String) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(item, Level::Test, out, fallback);
    }
}

fn write(e: &Expr, level: Level, out: &mut String, fallback: &dyn Fn(&Expr) -> String) {
    match e {
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::Attribute(a) => {
            write(&a.value, Level::Atom, out, fallback);
            out.push('.');
            out.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            write(&s.value, Level::Atom, out, fallback);
            out.push('[');
            match &*s.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => write_all(&t.elts, out, fallback),
                slice => write(slice, Level::Tuple, out, fallback),
            }
            out.push(']');
        }
        Expr::BinOp(b) => {
            let Some((op_level, symbol)) = binop_level(b.op) else {
                out.push_str(&fallback(e));
                return;
            };
            let parens = level > op_level;
            if parens {
                out.push('(');
            }
            // Left-associative except `**`, which binds to the right.
            let (left, right) = if b.op == Operator::Pow {
                (next(op_level), op_level)
            } else {
                (op_level, next(op_level))
            };
            write(&b.left, left, out, fallback);
            out.push(' ');
            out.push_str(symbol);
            out.push(' ');
            write(&b.right, right, out, fallback);
            if parens {
                out.push(')');
            }
        }
        Expr::StringLiteral(s) => out.push_str(&crate::vm::ops::repr_str(s.value.to_str())),
        Expr::NoneLiteral(_) => out.push_str("None"),
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        Expr::BooleanLiteral(b) => out.push_str(if b.value { "True" } else { "False" }),
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => match i.as_u64() {
                Some(v) => out.push_str(&v.to_string()),
                None => out.push_str(&fallback(e)),
            },
            Number::Float(f) => out.push_str(&crate::object::float_repr::float_repr(*f)),
            Number::Complex { .. } => out.push_str(&fallback(e)),
        },
        Expr::List(l) => {
            out.push('[');
            write_all(&l.elts, out, fallback);
            out.push(']');
        }
        Expr::Tuple(t) => {
            let parens = level > Level::Tuple || t.elts.is_empty();
            if parens {
                out.push('(');
            }
            write_all(&t.elts, out, fallback);
            if t.elts.len() == 1 {
                out.push(',');
            }
            if parens {
                out.push(')');
            }
        }
        Expr::Call(c) => {
            write(&c.func, Level::Atom, out, fallback);
            out.push('(');
            let mut first = true;
            for a in c.arguments.args.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write(a, Level::Test, out, fallback);
            }
            for k in c.arguments.keywords.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write_keyword(k, out, fallback);
            }
            out.push(')');
        }
        _ => out.push_str(&fallback(e)),
    }
}

fn write_keyword(k: &ast::Keyword, out: &mut String, fallback: &dyn Fn(&Expr) -> String) {
    match &k.arg {
        Some(name) => {
            out.push_str(name.as_str());
            out.push('=');
        }
        None => out.push_str("**"),
    }
    write(&k.value, Level::Test, out, fallback);
}

fn next(level: Level) -> Level {
    match level {
        Level::Tuple => Level::Test,
        Level::Test => Level::BitOr,
        Level::BitOr => Level::BitXor,
        Level::BitXor => Level::BitAnd,
        Level::BitAnd => Level::Shift,
        Level::Shift => Level::Arith,
        Level::Arith => Level::Term,
        Level::Term => Level::Power,
        Level::Power | Level::Atom => Level::Atom,
    }
}
