//! The structural checks of `match` patterns (see `compiler/codegen/patterns.rs`): each
//! helper returns the list of sub-values to match next, or None when the subject has the
//! wrong shape. Errors are CPython 3.12's.

use std::rc::Rc;

use crate::object::exception::{exc, is_exc_instance};
use crate::object::{Dict, NativeFunction, Value};
use crate::vm::{Args, PyResult, Vm};

/// Which structural check a pattern needs.
#[derive(Debug, Clone, Copy)]
pub enum Helper {
    /// A sequence pattern `[a, *rest, b]`: `(subject, before_star, after_star or -1)`.
    Sequence,
    /// A mapping pattern `{"k": v, **rest}`: `(subject, keys, has_rest)`.
    Mapping,
    /// A class pattern `Point(x, y=0)`: `(subject, cls, n_positional, keyword_names)`.
    Class,
}

/// The helper as a native function value (a constant of the code object).
pub fn helper(h: Helper) -> Value {
    match h {
        Helper::Sequence => NativeFunction::value("<match sequence>", match_sequence),
        Helper::Mapping => NativeFunction::value("<match mapping>", match_mapping),
        Helper::Class => NativeFunction::value("<match class>", match_class),
    }
}

/// The built-in value of a built-in subclass instance, or the value itself.
fn unwrapped(v: &Value) -> Value {
    crate::builtins::subclass::wrapped(v).unwrap_or_else(|| v.clone())
}

fn int_arg(a: &Args, i: usize) -> i64 {
    match a.pos.get(i) {
        Some(Value::Int(n)) => *n,
        _ => -1,
    }
}

fn match_sequence(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let subject = unwrapped(a.pos.first().unwrap_or(&Value::None));
    // Sequences for `match`: list, tuple, range (not str, bytes or dict).
    let items: Vec<Value> = match &subject {
        Value::List(l) => l.borrow().to_vec(),
        Value::Tuple(t) => t.to_vec(),
        Value::Range(r) => (0..r.len())
            .map(|i| Value::Int(r.start + i * r.step))
            .collect(),
        _ => return Ok(Value::None),
    };
    let before = int_arg(&a, 1).max(0) as usize;
    let after = int_arg(&a, 2);
    if after < 0 {
        return Ok(if items.len() == before {
            Value::list(items)
        } else {
            Value::None
        });
    }
    let after = after as usize;
    if items.len() < before + after {
        return Ok(Value::None);
    }
    let mut out: Vec<Value> = items[..before].to_vec();
    out.push(Value::list(items[before..items.len() - after].to_vec()));
    out.extend(items[items.len() - after..].iter().cloned());
    Ok(Value::list(out))
}

fn match_mapping(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let subject = unwrapped(a.pos.first().unwrap_or(&Value::None));
    let Value::Dict(d) = &subject else {
        return Ok(Value::None);
    };
    let keys: Vec<Value> = match a.pos.get(1) {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    for (i, k) in keys.iter().enumerate() {
        for earlier in &keys[..i] {
            if vm.eq_nested(earlier, k)? {
                return Err(exc(
                    "ValueError",
                    format!(
                        "mapping pattern checks duplicate key ({})",
                        vm.repr_nested(k)?
                    ),
                ));
            }
        }
    }
    let mut out = Vec::with_capacity(keys.len() + 1);
    for k in &keys {
        match vm.dict_get(d, k)? {
            Some(v) => out.push(v),
            None => return Ok(Value::None),
        }
    }
    if matches!(a.pos.get(2), Some(Value::Bool(true))) {
        let rest: Dict = (**d).clone();
        for k in &keys {
            vm.dict_del(&rest, k)?;
        }
        out.push(Value::Dict(Rc::new(rest)));
    }
    Ok(Value::list(out))
}

/// Built-in classes whose single positional sub-pattern matches the subject itself.
const SELF_MATCHING: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

fn match_class(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let subject = a.pos.first().cloned().unwrap_or(Value::None);
    let cls = match a.pos.get(1) {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(exc("TypeError", "called match pattern must be a class")),
    };
    let npos = int_arg(&a, 2).max(0) as usize;
    let kw_names: Vec<Value> = match a.pos.get(3) {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    if !subject.class().is_subclass(&cls) {
        return Ok(Value::None);
    }
    let mut out = Vec::new();
    let mut names: Vec<Rc<str>> = Vec::new();
    if npos > 0 {
        if cls.builtin && SELF_MATCHING.contains(&&*cls.name) {
            if npos > 1 {
                return Err(exc(
                    "TypeError",
                    format!(
                        "{}() accepts 1 positional sub-pattern ({npos} given)",
                        cls.name
                    ),
                ));
            }
            out.push(subject.clone());
        } else {
            let match_args = match cls.lookup("__match_args__") {
                Some(Value::Tuple(t)) => t.to_vec(),
                Some(other) => {
                    return Err(exc(
                        "TypeError",
                        format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            cls.name,
                            other.type_name()
                        ),
                    ))
                }
                None => Vec::new(),
            };
            if npos > match_args.len() {
                let n = match_args.len();
                return Err(exc(
                    "TypeError",
                    format!(
                        "{}() accepts {n} positional sub-pattern{} ({npos} given)",
                        cls.name,
                        if n == 1 { "" } else { "s" }
                    ),
                ));
            }
            for m in &match_args[..npos] {
                match m {
                    Value::Str(s) => names.push(s.clone()),
                    other => {
                        return Err(exc(
                            "TypeError",
                            format!(
                                "__match_args__ elements must be strings (got {})",
                                other.type_name()
                            ),
                        ))
                    }
                }
            }
        }
    }
    for k in &kw_names {
        if let Value::Str(s) = k {
            names.push(s.clone());
        }
    }
    for (i, n) in names.iter().enumerate() {
        if names[..i].contains(n) {
            return Err(exc(
                "TypeError",
                format!(
                    "{}() got multiple sub-patterns for attribute '{n}'",
                    cls.name
                ),
            ));
        }
        match vm.getattr_nested(&subject, n) {
            Ok(v) => out.push(v),
            Err(e) if is_exc_instance(&e, "AttributeError") => return Ok(Value::None),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::list(out))
}
