//! How the math functions read their arguments: CPython's argument-count and keyword
//! messages, and its two conversions (`PyFloat_AsDouble` for reals, `__index__` for ints).

use crate::builtins::arity;
use crate::object::bigint::{self, BigInt};
use crate::object::exception::{exc, not_an_integer};
use crate::object::Value;
use crate::vm::ops::{bind, user_method};
use crate::vm::{Args, PyResult, Vm};

/// Refuses keyword arguments: `math.sqrt() takes no keyword arguments`.
pub fn no_keywords(name: &str, a: &Args) -> PyResult<()> {
    if a.kw.is_empty() {
        Ok(())
    } else {
        Err(exc(
            "TypeError",
            format!("math.{name}() takes no keyword arguments"),
        ))
    }
}

/// Checks a positional-only call with `min..=max` arguments and CPython's wording for it:
/// a one-argument function says `math.sqrt() takes exactly one argument (2 given)`, the
/// others `pow expected 2 arguments, got 1`.
pub fn positional(name: &str, a: &Args, min: usize, max: usize) -> PyResult<()> {
    no_keywords(name, a)?;
    if min == 1 && max == 1 {
        arity(&format!("math.{name}"), a, 1, 1)
    } else {
        arity(name, a, min, max)
    }
}

/// A real number as a float, as CPython's `PyFloat_AsDouble` reads it: floats, ints of any
/// size (OverflowError past the float range), `__float__`, then `__index__`.
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => bigint::to_f64(b),
        Value::Instance(i) => {
            let t = i.class.borrow().clone();
            if let Some(f) = user_method(&t, "__float__") {
                return match vm.call_nested(bind(f, v, &t), Args::default())? {
                    Value::Float(f) => Ok(f),
                    other => Err(exc(
                        "TypeError",
                        format!(
                            "{}.__float__ returned non-float (type {})",
                            t.name,
                            other.type_name()
                        ),
                    )),
                };
            }
            if user_method(&t, "__index__").is_some() {
                let n = to_integer(vm, v)?;
                return match n {
                    Value::BigInt(b) => bigint::to_f64(&b),
                    other => to_float(vm, &other),
                };
            }
            match i.builtin_value().cloned() {
                Some(inner @ (Value::Float(_) | Value::Int(_) | Value::BigInt(_))) => {
                    to_float(vm, &inner)
                }
                _ => Err(not_real(&t.name)),
            }
        }
        other => Err(not_real(&other.type_name())),
    }
}

/// `TypeError: must be real number, not X`.
fn not_real(type_name: &str) -> Value {
    exc("TypeError", format!("must be real number, not {type_name}"))
}

/// An integer as CPython's `PyNumber_Index` reads it: an int (a bool is 0 or 1), or the
/// result of `__index__`. The result is a `Value::Int` or a `Value::BigInt`.
pub fn to_integer(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Instance(i) => {
            let t = i.class.borrow().clone();
            if let Some(f) = user_method(&t, "__index__") {
                return match vm.call_nested(bind(f, v, &t), Args::default())? {
                    n @ (Value::Int(_) | Value::BigInt(_)) => Ok(n),
                    Value::Bool(b) => Ok(Value::Int(b as i64)),
                    other => Err(exc(
                        "TypeError",
                        format!("__index__ returned non-int (type {})", other.type_name()),
                    )),
                };
            }
            match i.builtin_value().cloned() {
                Some(inner @ (Value::Int(_) | Value::BigInt(_))) => Ok(inner),
                _ => Err(not_an_integer(&t.name)),
            }
        }
        other => Err(not_an_integer(&other.type_name())),
    }
}

/// [`to_integer`] as a big integer.
pub fn to_big_integer(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let n = to_integer(vm, v)?;
    Ok(bigint::to_big(&n).unwrap_or_default())
}

/// A function's parameters as CPython's argument clinic declares them, for the few math
/// functions that take keywords: `params` in order, the first `positional_only` of them
/// positional-only, `min_positional..=max_positional` of them given by position.
pub struct Signature {
    /// The function's name in messages.
    pub name: &'static str,
    /// Every parameter's name, in order.
    pub params: &'static [&'static str],
    /// How many leading parameters cannot be given by name.
    pub positional_only: usize,
    /// The fewest positional arguments (the required parameters).
    pub min_positional: usize,
    /// The most positional arguments.
    pub max_positional: usize,
}

impl Signature {
    /// The call's arguments by parameter (N = `params.len()`), with the clinic's errors in
    /// its order: too many arguments in all, too many or too few by position, a missing
    /// required one, then a keyword that names no parameter or one given by position.
    pub fn bind<const N: usize>(&self, a: &Args) -> PyResult<[Option<Value>; N]> {
        let name = self.name;
        let (given, total) = (a.pos.len(), a.pos.len() + a.kw.len());
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        if total > N {
            let keyword = if given == 0 { "keyword " } else { "" };
            return Err(type_error(format!(
                "{name}() takes at most {N} {keyword}argument{} ({total} given)",
                plural(N)
            )));
        }
        let (min, max) = (self.min_positional, self.max_positional);
        let how_many = |bound: usize| match (min == max, bound == max) {
            (true, _) => "exactly",
            (false, true) => "at most",
            (false, false) => "at least",
        };
        if given > max {
            return Err(type_error(format!(
                "{name}() takes {} {max} positional argument{} ({given} given)",
                how_many(max),
                plural(max)
            )));
        }
        if given < min.min(self.positional_only) {
            return Err(type_error(format!(
                "{name}() takes {} {min} positional argument{} ({given} given)",
                how_many(min),
                plural(min)
            )));
        }
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        for (i, slot) in out.iter_mut().enumerate() {
            *slot = if i < given {
                Some(a.pos[i].clone())
            } else if i >= self.positional_only {
                a.kwarg(self.params[i])
            } else {
                None
            };
            if slot.is_none() && i < min {
                return Err(type_error(format!(
                    "{name}() missing required argument '{}' (pos {})",
                    self.params[i],
                    i + 1
                )));
            }
        }
        for (key, _) in &a.kw {
            match self.params.iter().position(|p| **p == **key) {
                Some(at) if at >= self.positional_only && at < given => {
                    return Err(type_error(format!(
                        "argument for {name}() given by name ('{key}') and position ({})",
                        at + 1
                    )))
                }
                Some(at) if at >= self.positional_only => {}
                _ => {
                    return Err(type_error(format!(
                        "'{key}' is an invalid keyword argument for {name}()"
                    )))
                }
            }
        }
        Ok(out)
    }
}

fn type_error(msg: String) -> Value {
    exc("TypeError", msg)
}
