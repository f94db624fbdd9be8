//! `int.to_bytes`, `int.from_bytes` and `int.is_integer`, with CPython 3.12's defaults
//! (`length=1`, `byteorder='big'`) and errors.

use num_traits::{Signed, Zero};

use crate::object::bigint::{self, BigInt};
use crate::object::exception::exc;
use crate::object::Value;
use crate::vm::{Args, PyResult, Vm};

/// The `byteorder` argument: true for `'little'`.
fn little_endian(name: &str, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) if &*s == "little" => Ok(true),
        Some(Value::Str(s)) if &*s == "big" => Ok(false),
        Some(Value::Str(_)) => Err(exc(
            "ValueError",
            "byteorder must be either 'little' or 'big'",
        )),
        Some(other) => Err(exc(
            "TypeError",
            format!(
                "{name}() argument 'byteorder' must be str, not {}",
                other.type_name()
            ),
        )),
    }
}

/// The `signed` keyword as a truth value.
fn signed(vm: &mut Vm, a: &Args) -> PyResult<bool> {
    match a.kwarg("signed") {
        Some(v) => vm.truthy_nested(&v),
        None => Ok(false),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub fn to_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_arity("to_bytes", &a, 0, 2)?;
    let n = bigint::to_big(&a.pos[0]).unwrap_or_default();
    let length = match a.pos.get(1).cloned().or_else(|| a.kwarg("length")) {
        Some(v) => super::to_int(vm, &v, "length")?,
        None => 1,
    };
    let little = little_endian(
        "to_bytes",
        a.pos.get(2).cloned().or_else(|| a.kwarg("byteorder")),
    )?;
    let signed = signed(vm, &a)?;
    if length < 0 {
        return Err(exc("ValueError", "length argument must be non-negative"));
    }
    if n.is_negative() && !signed {
        return Err(exc(
            "OverflowError",
            "can't convert negative int to unsigned",
        ));
    }
    // The fewest bytes that hold the value (with room for the sign bit when signed).
    let needed = if n.is_zero() {
        0
    } else if !signed {
        n.bits().div_ceil(8)
    } else if n.is_positive() {
        n.bits() / 8 + 1
    } else {
        let magnitude: BigInt = -&n - 1;
        magnitude.bits() / 8 + 1
    };
    if needed > length as u64 {
        return Err(exc("OverflowError", "int too big to convert"));
    }
    let mut out = if n.is_zero() {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    let fill = if n.is_negative() { 0xff } else { 0 };
    let mut padded = vec![fill; length as usize - out.len().min(length as usize)];
    padded.append(&mut out);
    if little {
        padded.reverse();
    }
    Ok(Value::Bytes(padded.into()))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (called on the class: the first
/// argument is the data; an int receiver before it is skipped).
pub fn from_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let skip = usize::from(
        a.pos.len() >= 2 && matches!(a.pos[0], Value::Int(_) | Value::Bool(_) | Value::BigInt(_)),
    );
    let pos = &a.pos[skip..];
    let data = match pos.first().cloned().or_else(|| a.kwarg("bytes")) {
        Some(v) => v,
        None => {
            return Err(exc(
                "TypeError",
                "from_bytes() missing required argument 'bytes' (pos 1)",
            ))
        }
    };
    let little = little_endian(
        "from_bytes",
        pos.get(1).cloned().or_else(|| a.kwarg("byteorder")),
    )?;
    let signed = signed(vm, &a)?;
    let mut bytes: Vec<u8> = match &data {
        Value::Bytes(b) => b.to_vec(),
        Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::None => {
            return Err(exc(
                "TypeError",
                format!("cannot convert '{}' object to bytes", data.type_name()),
            ))
        }
        other => {
            let mut out = Vec::new();
            for item in vm.iterate_nested(other)? {
                let i = super::to_int(vm, &item, "bytes")?;
                if !(0..256).contains(&i) {
                    return Err(exc("ValueError", "bytes must be in range(0, 256)"));
                }
                out.push(i as u8);
            }
            out
        }
    };
    if little {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_be(&bytes)
    } else {
        BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes)
    };
    Ok(bigint::normalize(n))
}

/// `int.is_integer()`: always true (3.12).
pub fn is_integer(_: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_arity("is_integer", &a, 0, 0)?;
    Ok(Value::Bool(true))
}
