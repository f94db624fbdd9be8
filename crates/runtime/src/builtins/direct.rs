//! Direct entries of built-in functions and methods ([`DirectNative`]): `len(x)`, `sum(xs)`,
//! `list.append`/`pop`, `str.strip`/`upper`/`lower`/`startswith`/`endswith`, `dict.get`/
//! `setdefault` in their
//! commonest cases, called by the VM with the arguments where they lie on the stack
//! (`vm/direct_call.rs`) instead of through `Args` and the general implementation.
//!
//! Each entry handles only exact built-in values (never an instance of a subclass, which the
//! general call unwraps first) and only the cases it finishes without an error; it returns
//! `None`, having changed nothing, for everything else, and the general implementation runs
//! (raising its errors). Where both compute something, they share the code (the str case
//! helpers live beside the general methods), so they cannot drift apart.

use crate::object::{DirectNative, DirectOne, DirectThree, DirectTwo, Value};
use crate::vm::run_caps;

use super::methods::{lower_str, strip_whitespace, upper_str};

/// The direct entry of the native `name` of `owner` (`""` for built-in functions), if it has
/// one.
pub fn entry(owner: &str, name: &str) -> DirectNative {
    type Entries = (Option<DirectOne>, Option<DirectTwo>, Option<DirectThree>);
    let (one, two, three): Entries = match (owner, name) {
        ("", "len") => (Some(len), None, None),
        ("", "sum") => (Some(sum_of_ints), None, None),
        ("list", "append") => (None, Some(list_append), None),
        ("list", "pop") => (Some(list_pop_last), Some(list_pop_at), None),
        ("str", "strip") => (Some(|s| strip(s, true, true)), None, None),
        ("str", "lstrip") => (Some(|s| strip(s, true, false)), None, None),
        ("str", "rstrip") => (Some(|s| strip(s, false, true)), None, None),
        ("str", "upper") => (Some(|s| Some(upper_str(as_str(s)?))), None, None),
        ("str", "lower") => (Some(|s| Some(lower_str(as_str(s)?))), None, None),
        ("str", "startswith") => (None, Some(|s, p| affix(s, p, true)), None),
        ("str", "endswith") => (None, Some(|s, p| affix(s, p, false)), None),
        ("dict", "get") => (None, Some(dict_get), Some(dict_get_or)),
        ("dict", "setdefault") => (None, Some(dict_held), Some(|d, k, _| dict_held(d, k))),
        _ => return DirectNative::NONE,
    };
    DirectNative { one, two, three }
}

/// The text of an exact str.
fn as_str(v: &Value) -> Option<&str> {
    match v {
        Value::Str(s) => Some(s),
        _ => None,
    }
}

/// `len(x)` of a str, bytes, list, tuple, dict or set.
fn len(x: &Value) -> Option<Value> {
    x.builtin_len().map(|n| Value::Int(n as i64))
}

/// `sum(xs)` of a list or tuple of exact ints whose running total fits in 64 bits: the
/// general `sum`'s first phase when it never leaves it.
fn sum_of_ints(xs: &Value) -> Option<Value> {
    let total = |items: &[Value]| {
        items.iter().try_fold(0i64, |acc, x| match x {
            Value::Int(i) => acc.checked_add(*i),
            _ => None,
        })
    };
    let t = match xs {
        Value::List(l) => total(&l.borrow())?,
        Value::Tuple(t) => total(t)?,
        _ => return None,
    };
    Some(Value::Int(t))
}

/// `lst.append(x)` within the memory caps `list.append` checks (the running VM's, from
/// `vm/run_caps.rs`; with none known the general method checks).
fn list_append(l: &Value, x: &Value) -> Option<Value> {
    let Value::List(l) = l else {
        return None;
    };
    let caps = run_caps::current()?;
    if l.borrow().len() >= caps.max_items || caps.over_memory() {
        return None;
    }
    l.borrow_mut().push(x.clone());
    Some(Value::None)
}

/// `lst.pop()` of a non-empty list.
fn list_pop_last(l: &Value) -> Option<Value> {
    let Value::List(l) = l else {
        return None;
    };
    let mut items = l.borrow_mut();
    let last = items.len().checked_sub(1)?;
    Some(items.remove(last))
}

/// `lst.pop(i)` with an int index inside the list.
fn list_pop_at(l: &Value, i: &Value) -> Option<Value> {
    let (Value::List(l), Value::Int(i)) = (l, i) else {
        return None;
    };
    let mut items = l.borrow_mut();
    let len = items.len() as i64;
    let j = if *i < 0 { i + len } else { *i };
    if j < 0 || j >= len {
        return None;
    }
    Some(items.remove(j as usize))
}

/// `s.strip()` / `lstrip()` / `rstrip()` without arguments.
fn strip(s: &Value, left: bool, right: bool) -> Option<Value> {
    let Value::Str(s) = s else {
        return None;
    };
    Some(strip_whitespace(s, left, right))
}

/// `s.startswith(p)` / `s.endswith(p)` with a str `p` and no bounds.
fn affix(s: &Value, p: &Value, start: bool) -> Option<Value> {
    let (Value::Str(s), Value::Str(p)) = (s, p) else {
        return None;
    };
    Some(Value::Bool(if start {
        s.starts_with(&**p)
    } else {
        s.ends_with(&**p)
    }))
}

/// `d.get(k)`: the value, or None when `k` is certainly absent (`Dict::find_int_or_str`).
fn dict_get(d: &Value, k: &Value) -> Option<Value> {
    dict_get_or(d, k, &Value::None)
}

/// `d.get(k, default)`: the value, or `default` when `k` is certainly absent.
fn dict_get_or(d: &Value, k: &Value, default: &Value) -> Option<Value> {
    let Value::Dict(d) = d else {
        return None;
    };
    Some(d.get_int_or_str(k)?.unwrap_or_else(|| default.clone()))
}

/// `d.setdefault(k[, default])` when `d` holds `k`: its value (inserting is left to the
/// general method, which checks the memory caps).
fn dict_held(d: &Value, k: &Value) -> Option<Value> {
    let Value::Dict(d) = d else {
        return None;
    };
    d.get_int_or_str(k)?
}
