//! Fast paths for the commonest operand types of binary operators and comparisons (two
//! small ints, two floats, two strs), tried by the interpreter before the general protocol.
//! Each returns `None` whenever the general path could behave differently (overflow into a
//! big int, a zero divisor, any other type), so results and errors stay CPython's.

use crate::compiler::{BinOp, CmpOp};
use crate::object::Value;

/// `a op b` for two ints or two floats when no overflow, error or other type is involved.
#[inline]
pub fn small_binop(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_binop(op, *x, *y).map(Value::Int),
        (Value::Float(x), Value::Float(y)) => float_binop(op, *x, *y).map(Value::Float),
        _ => None,
    }
}

/// `x op y` for two ints when the result is an int of 64 bits and no error is involved.
#[inline(always)]
pub fn int_binop(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        // Floor division and modulo round towards negative infinity in Python.
        BinOp::FloorDiv if y != 0 => {
            let q = x.checked_div(y)?;
            Some(if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            })
        }
        BinOp::Mod if y != 0 => {
            let r = x.checked_rem(y)?;
            Some(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            })
        }
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        _ => None,
    }
}

fn float_binop(op: BinOp, x: f64, y: f64) -> Option<f64> {
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::TrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// `a op b` for two ints, two floats or two strs.
#[inline]
pub fn small_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(compare(op, x, y)),
        // IEEE comparisons already give Python's answers for NaN (all false but `!=`).
        (Value::Float(x), Value::Float(y)) => Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        }),
        // UTF-8 byte order is code point order, which is how Python orders strs.
        (Value::Str(x), Value::Str(y)) => Some(compare(op, &**x, &**y)),
        _ => None,
    }
}

/// `x op y` for two ints.
#[inline(always)]
pub fn int_compare(op: CmpOp, x: i64, y: i64) -> bool {
    compare(op, &x, &y)
}

#[inline(always)]
fn compare<T: Ord + ?Sized>(op: CmpOp, x: &T, y: &T) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}
