//! Short reprs for the state panels, computed natively without running Python code.
//!
//! Numbers stay numbers ([`ShortVal`]); other values become a repr cut to a few items and
//! [`MAX_TEXT`] characters. User classes show as `<Name object>` (calling a user `__repr__`
//! would run Python code in the middle of an instruction). Exceptions show as `Type('msg')`.

use crate::object::{GenKind, Value};
use crate::vm::ops::repr_str;

use super::event::ShortVal;
use super::intern::Interner;

use aiterscope_trace::float_repr::float_repr;
pub use aiterscope_trace::short::format_short;

/// Longest repr kept, in characters (an ellipsis marks the cut).
pub const MAX_TEXT: usize = 60;
/// Items of a container shown before `...`.
const MAX_ITEMS: usize = 6;
/// Container nesting shown before `...`.
const MAX_DEPTH: usize = 2;

/// The short repr of `v` if it is stored inline (None, a bool, an int or a float).
#[inline(always)]
pub fn immediate(v: &Value) -> Option<ShortVal> {
    Some(match v {
        Value::None => ShortVal::None,
        Value::Bool(b) => ShortVal::Bool(*b),
        Value::Int(i) => ShortVal::Int(*i),
        Value::Float(f) => ShortVal::Float(*f),
        _ => return None,
    })
}

/// The short repr of `v`: inline for numbers, interned text otherwise.
pub fn short_val(v: &Value, strings: &mut Interner) -> ShortVal {
    match v {
        Value::None => ShortVal::None,
        Value::Bool(b) => ShortVal::Bool(*b),
        Value::Int(i) => ShortVal::Int(*i),
        Value::Float(f) => ShortVal::Float(*f),
        other => SCRATCH.with(|scratch| {
            // One buffer for every short repr: an already interned text allocates nothing.
            let Ok(mut out) = scratch.try_borrow_mut() else {
                let mut out = String::new();
                write_repr(other, 0, &mut out);
                return ShortVal::Text(strings.intern(&cut(out)));
            };
            out.clear();
            write_repr(other, 0, &mut out);
            cut_in_place(&mut out);
            ShortVal::Text(strings.intern(&out))
        }),
    }
}

thread_local! {
    /// The buffer [`short_val`] writes reprs into.
    static SCRATCH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// True if `s` is its own repr between single quotes: printable ASCII without a quote or a
/// backslash (what `repr_str` would copy unchanged).
fn plain_ascii(s: &str) -> bool {
    s.bytes()
        .all(|b| (0x20..0x7f).contains(&b) && b != b'\'' && b != b'\\')
}

/// The short repr of `v` as a string.
pub fn short_text(v: &Value) -> String {
    let mut out = String::new();
    write_repr(v, 0, &mut out);
    cut(out)
}

fn cut(mut s: String) -> String {
    cut_in_place(&mut s);
    s
}

/// Cuts `s` to [`MAX_TEXT`] characters, the last three being an ellipsis.
fn cut_in_place(s: &mut String) {
    // a text of at most MAX_TEXT bytes has at most MAX_TEXT characters: nothing to count
    if s.len() > MAX_TEXT && s.chars().count() > MAX_TEXT {
        let end = s
            .char_indices()
            .nth(MAX_TEXT - 3)
            .map_or(s.len(), |(i, _)| i);
        s.truncate(end);
        s.push_str("...");
    }
}

/// Appends the decimal digits of `i` (what `{i}` formats), without the formatter's
/// machinery: container reprs are mostly ints.
fn push_int(out: &mut String, i: i64) {
    let mut buf = [0u8; 20];
    let digits = crate::object::decimal::decimal_digits(i.unsigned_abs(), &mut buf);
    if i < 0 {
        out.push('-');
    }
    // One byte at a time: a copy of a few bytes of unknown length is a library call, and
    // reading them back as a str would validate them.
    for &d in digits {
        out.push(char::from(d));
    }
}

fn write_items<'a>(items: impl Iterator<Item = &'a Value>, depth: usize, out: &mut String) {
    for (n, item) in items.enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        if n == MAX_ITEMS || out.len() > MAX_TEXT {
            out.push_str("...");
            return;
        }
        match item {
            // What `write_repr` writes for an int shown at this depth, without the call.
            Value::Int(i) if depth < MAX_DEPTH => push_int(out, *i),
            _ => write_repr(item, depth + 1, out),
        }
    }
}

fn write_repr(v: &Value, depth: usize, out: &mut String) {
    if depth > MAX_DEPTH {
        out.push_str("...");
        return;
    }
    match v {
        Value::None => out.push_str("None"),
        Value::NotImplemented => out.push_str("NotImplemented"),
        Value::Ellipsis => out.push_str("Ellipsis"),
        Value::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Value::Int(i) => push_int(out, *i),
        Value::BigInt(b) => out.push_str(&b.to_string()),
        Value::Float(f) => out.push_str(&float_repr(*f)),
        Value::Str(s) if s.len() <= MAX_TEXT && plain_ascii(s) => {
            // What `repr_str` gives for such a str, without its per-character work.
            out.push('\'');
            out.push_str(s);
            out.push('\'');
        }
        Value::Str(s) => {
            // Quote at most what can be shown.
            let head: String = s.chars().take(MAX_TEXT).collect();
            let r = repr_str(&head);
            if head.len() < s.len() {
                out.push_str(&r[..r.len() - 1]);
                out.push_str("...");
            } else {
                out.push_str(&r);
            }
        }
        Value::Bytes(d) => {
            let head = &d[..d.len().min(MAX_TEXT)];
            let r = crate::object::bytes::bytes_repr(head);
            if head.len() < d.len() {
                out.push_str(&r[..r.len() - 1]);
                out.push_str("...");
            } else {
                out.push_str(&r);
            }
        }
        Value::List(l) => match l.try_borrow() {
            Ok(items) => {
                out.push('[');
                write_items(items.iter(), depth, out);
                out.push(']');
            }
            Err(_) => out.push_str("[...]"),
        },
        Value::Tuple(t) => {
            out.push('(');
            write_items(t.iter(), depth, out);
            if t.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::Dict(d) => {
            out.push('{');
            // Only the shown entries are visited (a big dict costs no more than a small one).
            let mut pos = 0;
            let shown = std::iter::from_fn(|| {
                let (e, next) = d.entry_from(pos)?;
                pos = next;
                Some(e)
            });
            for (n, e) in shown.enumerate() {
                if n > 0 {
                    out.push_str(", ");
                }
                if n == MAX_ITEMS || out.len() > MAX_TEXT {
                    out.push_str("...");
                    break;
                }
                write_repr(&e.key, depth + 1, out);
                out.push_str(": ");
                write_repr(&e.value, depth + 1, out);
            }
            out.push('}');
        }
        Value::Set(s) => {
            let mut pos = 0;
            let keys: Vec<Value> = std::iter::from_fn(|| {
                let (k, next) = s.items.entry_from(pos)?;
                pos = next;
                Some(k)
            })
            .take(MAX_ITEMS + 1)
            .collect();
            if keys.is_empty() {
                out.push_str(if s.frozen { "frozenset()" } else { "set()" });
                return;
            }
            if s.frozen {
                out.push_str("frozenset(");
            }
            out.push('{');
            write_items(keys.iter(), depth, out);
            out.push('}');
            if s.frozen {
                out.push(')');
            }
        }
        Value::Range(r) => {
            if r.step == 1 {
                out.push_str(&format!("range({}, {})", r.start, r.stop));
            } else {
                out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
            }
        }
        Value::Slice(_) => out.push_str("slice(...)"),
        Value::Function(f) => out.push_str(&format!("<function {}>", f.qualname.borrow())),
        Value::Method(_) => out.push_str("<bound method>"),
        Value::Native(n) => out.push_str(&format!("<built-in function {}>", n.name)),
        Value::Type(t) if is_enum_class(t) => out.push_str(&format!("<enum '{}'>", t.name)),
        Value::Type(t) => out.push_str(&format!("<class '{}'>", t.name)),
        Value::Instance(i) => match v.exc_data() {
            Some(data) => {
                let name = i.class.borrow().name.clone();
                out.push_str(&name);
                out.push('(');
                if let Ok(d) = data.try_borrow() {
                    write_items(d.args.iter(), depth, out);
                }
                out.push(')');
            }
            None => {
                let class = i.class.borrow().clone();
                out.push('<');
                out.push_str(&class.name);
                if is_enum_class(&class) {
                    // An enum member, as Enum's repr shows it: `<Color.RED: 1>`.
                    if let Some(Value::Str(name)) = i.dict.get("_name_") {
                        out.push('.');
                        out.push_str(&name);
                    }
                    out.push_str(": ");
                    match i.dict.get("_value_") {
                        Some(value) => write_repr(&value, depth + 1, out),
                        None => out.push('?'),
                    }
                    out.push('>');
                } else {
                    out.push_str(" object>");
                }
            }
        },
        Value::Gen(g) => {
            let word = match g.kind {
                GenKind::Generator => "generator",
                GenKind::Coroutine => "coroutine",
                GenKind::AsyncGenerator => "async_generator",
            };
            out.push_str(&format!("<{word} object {}>", g.qualname));
        }
        Value::Iter(_) => out.push_str(&format!("<{} object>", v.type_name())),
        Value::Module(m) => out.push_str(&format!("<module '{}'>", m.name)),
        Value::Cell(_) => out.push_str("<cell>"),
        // Kinds of value added to the VM after this list was written.
        #[allow(unreachable_patterns)]
        other => out.push_str(&format!("<{} object>", other.type_name())),
    }
}

/// True for a class made by the enum module's `EnumType` (an enum; its instances are members).
fn is_enum_class(t: &crate::object::TypeObject) -> bool {
    t.metaclass.as_ref().is_some_and(|m| {
        m.mro_iter()
            .any(|c| &*c.name == "EnumType" && &*c.module == "enum")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    #[test]
    fn containers_are_cut_and_numbers_stay_inline() {
        let mut t = Interner::new();
        assert_eq!(short_val(&Value::Int(3), &mut t), ShortVal::Int(3));
        let list = Value::List(Rc::new(std::cell::RefCell::new(
            (0..10).map(Value::Int).collect(),
        )));
        let ShortVal::Text(s) = short_val(&list, &mut t) else {
            panic!("a list is text")
        };
        assert_eq!(t.get(s), "[0, 1, 2, 3, 4, 5, ...]");
        let tuple = Value::tuple(vec![Value::str("a")]);
        assert_eq!(short_text(&tuple), "('a',)");
        // Ints nested past the shown depth are cut like any other item; shallower ones shown.
        let deep = Value::list(vec![Value::list(vec![Value::list(vec![
            Value::Int(7),
            Value::list(vec![Value::Int(8)]),
        ])])]);
        assert_eq!(short_text(&deep), "[[[..., ...]]]");
        let shallow = Value::list(vec![Value::Int(-12), Value::list(vec![Value::Int(0)])]);
        assert_eq!(short_text(&shallow), "[-12, [0]]");
        let long = Value::str(&"x".repeat(200));
        let text = short_text(&long);
        assert!(
            text.starts_with("'xxx") && text.ends_with("...") && text.chars().count() <= MAX_TEXT,
            "{text}"
        );
        assert_eq!(format_short(ShortVal::Float(1.0), &t), "1.0");
        for i in [0, 7, -7, 10, 1234567890, i64::MAX, i64::MIN, -1000] {
            let mut out = String::new();
            push_int(&mut out, i);
            assert_eq!(out, i.to_string());
        }
    }
}
