//! Explicit operator dunders on built-in values: `(5).__add__(3)`, `"a".__lt__("b")`,
//! `int.__mul__(x, 2)`, and `super().__add__(other)` in an `int`/`str`/`list` subclass. Each
//! applies the built-in operation and returns `NotImplemented` when the built-in types do
//! not support it (as the C slots do), never falling back to the other operand.

use std::rc::Rc;

use crate::compiler::{BinOp, CmpOp};
use crate::object::exception::exc;
use crate::object::{NativeFunction, NativeImpl, TypeObject, Value};
use crate::vm::{Args, PyResult, Vm};

type Plain = fn(&mut Vm, Args) -> PyResult<Value>;

fn operands(a: &Args, name: &str) -> PyResult<(Value, Value)> {
    if a.pos.len() != 2 {
        return Err(exc(
            "TypeError",
            format!(
                "expected 1 argument, got {} ({name})",
                a.pos.len().saturating_sub(1)
            ),
        ));
    }
    // Instances of built-in subclasses take part as their built-in value.
    let plain = |v: &Value| super::subclass::wrapped(v).unwrap_or_else(|| v.clone());
    Ok((plain(&a.pos[0]), plain(&a.pos[1])))
}

/// True for int, float and bool (the numeric built-ins, which mix among themselves).
fn numeric(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_)
    )
}

/// Whether the built-in slot of `x`'s type handles `y` at all: numbers take numbers,
/// the other built-ins their own type (a sequence repeat takes an int, `%` formats anything).
fn handles(op: Option<BinOp>, x: &Value, y: &Value) -> bool {
    if numeric(x) {
        return numeric(y);
    }
    match op {
        Some(BinOp::Mul) => numeric(y) && !matches!(y, Value::Float(_)),
        Some(BinOp::Mod) if matches!(x, Value::Str(_)) => true,
        _ => std::mem::discriminant(x) == std::mem::discriminant(y),
    }
}

fn binary(vm: &mut Vm, a: &Args, op: BinOp, reflected: bool, name: &str) -> PyResult<Value> {
    let (x, y) = operands(a, name)?;
    if !handles(Some(op), &x, &y) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (y, x) } else { (x, y) };
    Ok(vm
        .binop_builtin(op, &x, &y, false)?
        .unwrap_or(Value::NotImplemented))
}

fn compare(vm: &mut Vm, a: &Args, op: CmpOp, name: &str) -> PyResult<Value> {
    let (x, y) = operands(a, name)?;
    if !handles(None, &x, &y) {
        return Ok(Value::NotImplemented);
    }
    Ok(match vm.compare_builtin(op, &x, &y)? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}

macro_rules! binops {
    ($($fwd:ident, $rev:ident, $op:expr, $fname:literal, $rname:literal;)*) => {
        $(
            fn $fwd(vm: &mut Vm, a: Args) -> PyResult<Value> {
                binary(vm, &a, $op, false, $fname)
            }
            fn $rev(vm: &mut Vm, a: Args) -> PyResult<Value> {
                binary(vm, &a, $op, true, $rname)
            }
        )*
        /// (name, implementation) of every binary operator dunder.
        const BINARY: &[(&str, Plain)] = &[$(($fname, $fwd), ($rname, $rev),)*];
    };
}

binops! {
    add, radd, BinOp::Add, "__add__", "__radd__";
    sub, rsub, BinOp::Sub, "__sub__", "__rsub__";
    mul, rmul, BinOp::Mul, "__mul__", "__rmul__";
    truediv, rtruediv, BinOp::TrueDiv, "__truediv__", "__rtruediv__";
    floordiv, rfloordiv, BinOp::FloorDiv, "__floordiv__", "__rfloordiv__";
    modulo, rmodulo, BinOp::Mod, "__mod__", "__rmod__";
    power, rpower, BinOp::Pow, "__pow__", "__rpow__";
    lshift, rlshift, BinOp::LShift, "__lshift__", "__rlshift__";
    rshift, rrshift, BinOp::RShift, "__rshift__", "__rrshift__";
    and, rand, BinOp::And, "__and__", "__rand__";
    or, ror, BinOp::Or, "__or__", "__ror__";
    xor, rxor, BinOp::Xor, "__xor__", "__rxor__";
}

macro_rules! cmps {
    ($($f:ident, $op:expr, $name:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, a: Args) -> PyResult<Value> {
                compare(vm, &a, $op, $name)
            }
        )*
        /// (name, implementation) of every rich comparison dunder.
        const COMPARE: &[(&str, Plain)] = &[$(($name, $f),)*];
    };
}

cmps! {
    eq, CmpOp::Eq, "__eq__";
    ne, CmpOp::Ne, "__ne__";
    lt, CmpOp::Lt, "__lt__";
    le, CmpOp::Le, "__le__";
    gt, CmpOp::Gt, "__gt__";
    ge, CmpOp::Ge, "__ge__";
}

/// Installs the operator dunders on the built-in types whose values support operators.
pub fn install(types: &[(&Rc<TypeObject>, &'static str)]) {
    for (t, owner) in types {
        for (name, f) in BINARY.iter().chain(COMPARE) {
            t.set_attr(
                name,
                NativeFunction::method(owner, name, NativeImpl::Plain(*f)),
            );
        }
    }
}
