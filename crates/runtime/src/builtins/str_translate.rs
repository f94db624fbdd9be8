//! `str.maketrans`/`str.translate` and the predicates `isascii`/`isprintable`, as CPython 3.12.

use std::rc::Rc;

use crate::object::exception::{exc, is_exc_instance};
use crate::object::unicode_props::is_printable;
use crate::object::{Dict, Value};
use crate::vm::{Args, PyResult, Vm};

fn this_str(args: &Args) -> Rc<str> {
    match args.pos.first() {
        Some(Value::Str(s)) => s.clone(),
        _ => Rc::from(""),
    }
}

/// `str.isascii()`: every character below U+0080 (true for the empty string).
pub fn s_isascii(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(this_str(&a).is_ascii()))
}

/// `str.isprintable()`: no character `repr()` would escape (true for the empty string).
pub fn s_isprintable(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(this_str(&a).chars().all(is_printable)))
}

/// `str.maketrans(x[, y[, z]])` (a static method): a dict from code points to code points,
/// strings or None.
pub fn s_maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let table = Dict::new();
    match a.pos.as_slice() {
        [] => {
            return Err(exc(
                "TypeError",
                "maketrans() takes at least 1 argument (0 given)",
            ))
        }
        [single] => {
            let Value::Dict(d) = single else {
                return Err(exc(
                    "TypeError",
                    "if you give only one argument to maketrans it must be a dict",
                ));
            };
            for e in d.entries() {
                let key = match &e.key {
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => e.key.clone(),
                    Value::Str(s) => {
                        let mut cs = s.chars();
                        match (cs.next(), cs.next()) {
                            (Some(c), None) => Value::Int(c as i64),
                            _ => {
                                return Err(exc(
                                    "ValueError",
                                    "string keys in translate table must be of length 1",
                                ))
                            }
                        }
                    }
                    _ => {
                        return Err(exc(
                            "TypeError",
                            "keys in translate table must be strings or integers",
                        ))
                    }
                };
                vm.dict_set(&table, key, e.value.clone())?;
            }
        }
        [x, y, rest @ ..] if rest.len() <= 1 => {
            let (Value::Str(x), Value::Str(y)) = (x, y) else {
                let bad = if matches!(x, Value::Str(_)) { y } else { x };
                let which = if matches!(x, Value::Str(_)) { 2 } else { 1 };
                return Err(exc(
                    "TypeError",
                    format!(
                        "maketrans() argument {which} must be str, not {}",
                        bad.type_name()
                    ),
                ));
            };
            if x.chars().count() != y.chars().count() {
                return Err(exc(
                    "ValueError",
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (from, to) in x.chars().zip(y.chars()) {
                vm.dict_set(&table, Value::Int(from as i64), Value::Int(to as i64))?;
            }
            match rest.first() {
                None => {}
                Some(Value::Str(z)) => {
                    for c in z.chars() {
                        vm.dict_set(&table, Value::Int(c as i64), Value::None)?;
                    }
                }
                Some(other) => {
                    return Err(exc(
                        "TypeError",
                        format!(
                            "maketrans() argument 3 must be str, not {}",
                            other.type_name()
                        ),
                    ))
                }
            }
        }
        more => {
            return Err(exc(
                "TypeError",
                format!("maketrans expected at most 3 arguments, got {}", more.len()),
            ))
        }
    }
    Ok(Value::Dict(Rc::new(table)))
}

/// `str.translate(table)`: each character's code point looked up with `table[...]`; a
/// LookupError keeps the character, None deletes it, an int or str replaces it.
pub fn s_translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    let Some(table) = a.pos.get(1).cloned() else {
        return Err(exc(
            "TypeError",
            "str.translate() takes exactly one argument (0 given)",
        ));
    };
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = Value::Int(c as i64);
        let looked_up = match &table {
            Value::Dict(d) => Ok(vm.dict_get(d, &key)?),
            other => {
                let f = vm.getitem_flow(other, &key)?;
                vm.run_flow_nested(f).map(Some)
            }
        };
        match looked_up {
            Ok(None) => out.push(c),
            Err(e) if is_exc_instance(&e, "LookupError") => out.push(c),
            Err(e) => return Err(e),
            Ok(Some(Value::None)) => {}
            Ok(Some(Value::Str(r))) => out.push_str(&r),
            Ok(Some(Value::Int(i))) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(r) => out.push(r),
                None => {
                    return Err(exc(
                        "ValueError",
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            Ok(Some(_)) => {
                return Err(exc(
                    "TypeError",
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    Ok(Value::string(out))
}
