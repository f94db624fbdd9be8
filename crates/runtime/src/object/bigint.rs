//! Arbitrary-precision ints: the slow path behind `Value::Int(i64)`.
//!
//! Every int that fits in an i64 is a `Value::Int`; only values outside that range are a
//! `Value::BigInt` (see [`normalize`]), so equality and hashing never see two forms of one
//! number. The arithmetic follows Python: floor division and modulo take the sign of the
//! divisor, shifts are arithmetic, bitwise operators act on two's complement.

use std::cmp::Ordering;
use std::rc::Rc;

use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use super::exception::exc;
use super::Value;
use crate::compiler::BinOp;
use crate::vm::PyResult;

/// The big integer type.
pub type BigInt = num_bigint::BigInt;

/// CPython's default limit on the digits of int/str conversions (`sys.int_info`).
pub const MAX_STR_DIGITS: usize = 4300;

/// Results with more bits than this raise MemoryError instead of exhausting the host.
const MAX_BITS: u64 = 1 << 24;

/// The Value for `b`: an `Int` when it fits in i64, else a `BigInt`.
pub fn normalize(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(b)),
    }
}

/// The integer value of an int or bool, as a big integer.
pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// True for int, bool and big int values.
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn too_big() -> Value {
    exc("MemoryError", "aiterscope: integer result too large")
}

/// MemoryError when a result of `bits` bits would pass the runtime's int limit.
pub fn check_bits(bits: u64) -> PyResult<()> {
    if bits > MAX_BITS {
        Err(too_big())
    } else {
        Ok(())
    }
}

/// `float(b)`, or OverflowError when it is out of the float range.
pub fn to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(exc("OverflowError", "int too large to convert to float")),
    }
}

/// `int(f)` for a finite float of any magnitude.
pub fn from_f64(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(exc("ValueError", "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(exc(
            "OverflowError",
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(normalize(BigInt::from_f64(t).unwrap_or_default()))
}

/// `a / b` (true division) correctly rounded for ints of any size.
pub fn true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(exc("ZeroDivisionError", "division by zero"));
    }
    let limit = BigInt::from(1u64 << 53);
    if a.abs() <= limit && b.abs() <= limit {
        return Ok(a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0));
    }
    // Scale so that the quotient has at least 66 significant bits, keep a sticky bit for the
    // rounding, then scale back.
    let shift = 66 + b.bits() as i64 - a.bits() as i64;
    let (num, den) = if shift > 0 {
        (a << shift as usize, b.clone())
    } else {
        (a.clone(), b << (-shift) as usize)
    };
    let (mut q, r) = num.div_rem(&den);
    if !r.is_zero() {
        q |= BigInt::one();
    }
    let mantissa = q.to_f64().unwrap_or(f64::INFINITY);
    let result = mantissa * 2f64.powi(-shift as i32);
    if result.is_infinite() {
        return Err(exc(
            "OverflowError",
            "integer division result too large for a float",
        ));
    }
    Ok(result)
}

/// A binary operator on two ints (of any size) with Python's semantics.
pub fn binop(op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => normalize(a + b),
        BinOp::Sub => normalize(a - b),
        BinOp::Mul => {
            check_bits(a.bits() + b.bits())?;
            normalize(a * b)
        }
        BinOp::TrueDiv => Value::Float(true_div(a, b)?),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(exc(
                    "ZeroDivisionError",
                    "integer division or modulo by zero",
                ));
            }
            normalize(a.div_floor(b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(exc("ZeroDivisionError", "integer modulo by zero"));
            }
            normalize(a.mod_floor(b))
        }
        BinOp::Pow => return pow(a, b),
        BinOp::LShift => {
            if b.is_negative() {
                return Err(exc("ValueError", "negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            let n = b.to_u64().unwrap_or(u64::MAX);
            check_bits(a.bits().saturating_add(n))?;
            normalize(a << n as usize)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(exc("ValueError", "negative shift count"));
            }
            match b.to_u64() {
                Some(n) if n < a.bits() + 1 => normalize(a >> n as usize),
                _ => Value::Int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::And => normalize(a & b),
        BinOp::Or => normalize(a | b),
        BinOp::Xor => normalize(a ^ b),
        BinOp::MatMul => {
            return Err(exc(
                "TypeError",
                "unsupported operand type(s) for @: 'int' and 'int'",
            ))
        }
    })
}

/// `a ** b` for ints.
pub fn pow(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        if a.is_zero() {
            return Err(exc(
                "ZeroDivisionError",
                "0.0 cannot be raised to a negative power",
            ));
        }
        let base = to_f64(a)?;
        let e = b.to_f64().unwrap_or(f64::NEG_INFINITY);
        return Ok(Value::Float(base.powf(e)));
    }
    if a.is_zero() || a.is_one() {
        return Ok(normalize(if b.is_zero() {
            BigInt::one()
        } else {
            a.clone()
        }));
    }
    if *a == BigInt::from(-1) {
        return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
    }
    let e = b.to_u64().ok_or_else(too_big)?;
    check_bits(a.bits().saturating_mul(e))?;
    Ok(normalize(a.pow(e as u32)))
}

/// `pow(a, b, m)` for ints.
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(exc("ValueError", "pow() 3rd argument cannot be 0"));
    }
    let modulus = m.abs();
    let mut base = a.mod_floor(&modulus);
    if b.is_negative() {
        // A negative exponent raises the modular inverse of the base.
        let g = base.extended_gcd(&modulus);
        if !g.gcd.is_one() {
            return Err(exc(
                "ValueError",
                "base is not invertible for the given modulus",
            ));
        }
        base = g.x.mod_floor(&modulus);
    }
    let r = base.modpow(&b.abs(), &modulus);
    // Python's result takes the sign of the modulus.
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    Ok(normalize(r))
}

/// Python's `hash()` of an int: the value modulo 2**61 - 1, keeping the sign (-1 maps to -2).
pub fn hash(b: &BigInt) -> i64 {
    let modulus = BigInt::from((1u64 << 61) - 1);
    let h = (b.abs() % &modulus).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Compares an int with a float exactly (None when the float is NaN).
pub fn cmp_float(a: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let whole = BigInt::from_f64(f.trunc()).unwrap_or_default();
    match a.cmp(&whole) {
        Ordering::Equal => {
            let frac = f - f.trunc();
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        other => Some(other),
    }
}

/// The error of converting an int with too many digits to str.
pub fn str_digits_error() -> Value {
    exc(
        "ValueError",
        format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ),
    )
}

/// `str(b)`, honouring CPython's digit limit.
pub fn to_decimal(b: &BigInt) -> PyResult<String> {
    // A cheap bound first: bits * log10(2) digits.
    if b.bits() as f64 * std::f64::consts::LOG10_2 > MAX_STR_DIGITS as f64 + 1.0 {
        let s = b.to_string();
        if s.trim_start_matches('-').len() > MAX_STR_DIGITS {
            return Err(str_digits_error());
        }
        return Ok(s);
    }
    Ok(b.to_string())
}

/// The digits of `|b|` in base 2, 8 or 16 (lowercase), without prefix.
pub fn to_radix_abs(b: &BigInt, radix: u32) -> String {
    b.abs().to_str_radix(radix)
}

/// Parses the digits of an int literal or `int(text, base)` (already stripped of sign,
/// prefix and underscores).
pub fn parse_digits(digits: &str, radix: u32) -> Option<BigInt> {
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Parses an int literal as written in source (`123`, `0x_ff`, `0o17`, `0b101`, with `_`).
pub fn parse_literal(text: &str) -> Option<BigInt> {
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = match lower.get(..2) {
        Some("0x") => (&lower[2..], 16),
        Some("0o") => (&lower[2..], 8),
        Some("0b") => (&lower[2..], 2),
        _ => (&lower[..], 10),
    };
    parse_digits(digits, radix)
}
