//! The float functions of `math`, with CPython's error rules: a NaN from a non-NaN argument
//! is `ValueError: math domain error`, an infinity from a finite one is `OverflowError: math
//! range error` where the function can overflow (`exp`, `cosh`...) and a domain error
//! elsewhere (`log(0)`, `atanh(1)`).

use num_traits::{Signed, ToPrimitive, Zero};

use super::args::{positional, to_big_integer, to_float, to_integer, Signature};
use crate::object::bigint::{self, BigInt};
use crate::object::exception::exc;
use crate::object::Value;
use crate::vm::ops::{bind, user_method};
use crate::vm::{Args, PyResult, Vm};

/// `ValueError: math domain error`.
pub fn domain_error() -> Value {
    exc("ValueError", "math domain error")
}

/// `OverflowError: math range error`.
pub fn range_error() -> Value {
    exc("OverflowError", "math range error")
}

/// CPython's `math_1`: applies `f` and turns a NaN or an infinity it made into an error.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(r)
}

/// A one-argument float function: its name, body and whether it can overflow.
pub struct Unary {
    /// The name in the module.
    pub name: &'static str,
    /// The function on floats.
    pub f: fn(f64) -> f64,
    /// True when an infinite result from a finite argument is an overflow, not a domain error.
    pub can_overflow: bool,
}

const fn unary(name: &'static str, f: fn(f64) -> f64, can_overflow: bool) -> Unary {
    Unary {
        name,
        f,
        can_overflow,
    }
}

/// The one-argument float functions that follow [`checked`]'s rule.
pub const UNARY: &[Unary] = &[
    unary("acos", f64::acos, false),
    unary("acosh", f64::acosh, false),
    unary("asin", f64::asin, false),
    unary("asinh", f64::asinh, false),
    unary("atan", f64::atan, false),
    unary("atanh", f64::atanh, false),
    unary("cbrt", f64::cbrt, false),
    unary("cos", f64::cos, false),
    unary("cosh", f64::cosh, true),
    unary("exp", f64::exp, true),
    unary("exp2", f64::exp2, true),
    unary("expm1", f64::exp_m1, true),
    unary("fabs", f64::abs, false),
    unary("log1p", f64::ln_1p, false),
    unary("sin", f64::sin, false),
    unary("sinh", f64::sinh, true),
    unary("sqrt", f64::sqrt, false),
    unary("tan", f64::tan, false),
    unary("tanh", f64::tanh, false),
];

/// Calls the [`UNARY`] function at `index`.
pub fn call_unary(vm: &mut Vm, index: usize, a: &Args) -> PyResult<Value> {
    let u = &UNARY[index];
    positional(u.name, a, 1, 1)?;
    let x = to_float(vm, &a.pos[0])?;
    Ok(Value::Float(checked(x, (u.f)(x), u.can_overflow)?))
}

/// One real argument of a one-argument function.
fn one_float(vm: &mut Vm, name: &str, a: &Args) -> PyResult<f64> {
    positional(name, a, 1, 1)?;
    to_float(vm, &a.pos[0])
}

/// Two real arguments of a two-argument function.
fn two_floats(vm: &mut Vm, name: &str, a: &Args) -> PyResult<(f64, f64)> {
    positional(name, a, 2, 2)?;
    Ok((to_float(vm, &a.pos[0])?, to_float(vm, &a.pos[1])?))
}

/// `degrees(x)` (no error checks in CPython either).
pub fn degrees(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(one_float(vm, "degrees", &a)?.to_degrees()))
}

/// `radians(x)`.
pub fn radians(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(one_float(vm, "radians", &a)?.to_radians()))
}

/// `isnan(x)`.
pub fn isnan(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, "isnan", &a)?.is_nan()))
}

/// `isinf(x)`.
pub fn isinf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, "isinf", &a)?.is_infinite()))
}

/// `isfinite(x)`.
pub fn isfinite(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, "isfinite", &a)?.is_finite()))
}

/// Which way `floor`/`ceil`/`trunc` round.
#[derive(Clone, Copy)]
enum Rounding {
    Floor,
    Ceil,
    Trunc,
}

impl Rounding {
    fn name(self) -> &'static str {
        match self {
            Rounding::Floor => "floor",
            Rounding::Ceil => "ceil",
            Rounding::Trunc => "trunc",
        }
    }
    fn apply(self, x: f64) -> f64 {
        match self {
            Rounding::Floor => x.floor(),
            Rounding::Ceil => x.ceil(),
            Rounding::Trunc => x.trunc(),
        }
    }
}

/// `floor`/`ceil`/`trunc`: ints as they are, floats rounded to an int of any size, other
/// objects through `__floor__`/`__ceil__`/`__trunc__` (floor and ceil fall back to the float
/// value; trunc does not).
fn round_to_int(vm: &mut Vm, how: Rounding, a: &Args) -> PyResult<Value> {
    positional(how.name(), a, 1, 1)?;
    let v = &a.pos[0];
    match v {
        Value::Float(f) => return bigint::from_f64(how.apply(*f)),
        Value::Int(_) | Value::BigInt(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        _ => {}
    }
    let dunder = format!("__{}__", how.name());
    if let Value::Instance(i) = v {
        let t = i.class.borrow().clone();
        if let Some(f) = user_method(&t, &dunder) {
            return vm.call_nested(bind(f, v, &t), Args::default());
        }
        if let Some(inner @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_))) =
            i.builtin_value().cloned()
        {
            let mut unwrapped = a.clone();
            unwrapped.pos[0] = inner;
            return round_to_int(vm, how, &unwrapped);
        }
    }
    if let Rounding::Trunc = how {
        return Err(exc(
            "TypeError",
            format!("type {} doesn't define __trunc__ method", v.type_name()),
        ));
    }
    bigint::from_f64(how.apply(to_float(vm, v)?))
}

/// `floor(x)`.
pub fn floor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    round_to_int(vm, Rounding::Floor, &a)
}

/// `ceil(x)`.
pub fn ceil(vm: &mut Vm, a: Args) -> PyResult<Value> {
    round_to_int(vm, Rounding::Ceil, &a)
}

/// `trunc(x)`.
pub fn trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    round_to_int(vm, Rounding::Trunc, &a)
}

/// CPython's `loghelper`: `f` of an int of any size (by its binary exponent when it is past
/// the float range), or of a real; zero and negatives are domain errors.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = v {
        let n = bigint::to_big(v).unwrap_or_default();
        if !n.is_positive() {
            return Err(domain_error());
        }
        if let Some(x) = n.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        let (mantissa, exponent) = frexp_big(&n);
        return Ok(f(mantissa) + exponent as f64 * f(2.0));
    }
    let x = to_float(vm, v)?;
    checked(x, f(x), false)
}

/// A positive big int as `mantissa * 2**exponent`, mantissa in [0.5, 1) correctly rounded.
fn frexp_big(n: &BigInt) -> (f64, i64) {
    const KEEP: u64 = 55;
    let bits = n.bits();
    let shift = bits - KEEP;
    let mut top = (n >> shift as usize).to_u64().unwrap_or(0);
    if !(n - (BigInt::from(top) << shift as usize)).is_zero() {
        top |= 1; // sticky bit: the rounding below sees that something was cut off
    }
    let mut mantissa = top as f64 / (1u64 << KEEP) as f64;
    let mut exponent = bits as i64;
    if mantissa == 1.0 {
        mantissa = 0.5;
        exponent += 1;
    }
    (mantissa, exponent)
}

/// `log(x[, base])`.
pub fn log(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional("log", &a, 1, 2)?;
    let num = log_of(vm, &a.pos[0], f64::ln)?;
    if a.pos.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = log_of(vm, &a.pos[1], f64::ln)?;
    if den == 0.0 {
        return Err(exc("ZeroDivisionError", "float division by zero"));
    }
    Ok(Value::Float(num / den))
}

/// `log2(x)`.
pub fn log2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional("log2", &a, 1, 1)?;
    Ok(Value::Float(log_of(vm, &a.pos[0], f64::log2)?))
}

/// `log10(x)`.
pub fn log10(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional("log10", &a, 1, 1)?;
    Ok(Value::Float(log_of(vm, &a.pos[0], f64::log10)?))
}

/// `pow(x, y)` on floats, with C99's special values and CPython's errors.
pub fn pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "pow", &a)?;
    if !x.is_finite() || !y.is_finite() {
        return Ok(Value::Float(pow_special(x, y)));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            domain_error()
        } else {
            range_error()
        });
    }
    Ok(Value::Float(r))
}

/// `pow` when `x` or `y` is a NaN or an infinity (never an error).
fn pow_special(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        return if y == 0.0 { 1.0 } else { x };
    }
    if y.is_nan() {
        return if x == 1.0 { 1.0 } else { y };
    }
    if x.is_infinite() {
        let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
        return if y > 0.0 {
            if odd_y {
                x
            } else {
                x.abs()
            }
        } else if y == 0.0 {
            1.0
        } else if odd_y {
            0.0f64.copysign(x)
        } else {
            0.0
        };
    }
    // y is infinite, x finite.
    if x.abs() == 1.0 {
        1.0
    } else if (y > 0.0) == (x.abs() > 1.0) {
        f64::INFINITY
    } else {
        0.0
    }
}

/// `fmod(x, y)`: the remainder with the sign of `x` (C's fmod).
pub fn fmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "fmod", &a)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

/// `remainder(x, y)`: IEEE 754's remainder (the quotient rounded half to even).
pub fn remainder(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "remainder", &a)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let to_next = ay - m;
    let r = if m < to_next {
        m
    } else if m > to_next {
        -to_next
    } else {
        // Half way: pick the even quotient.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

/// `atan2(y, x)`.
pub fn atan2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (y, x) = two_floats(vm, "atan2", &a)?;
    Ok(Value::Float(y.atan2(x)))
}

/// `copysign(x, y)`.
pub fn copysign(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "copysign", &a)?;
    Ok(Value::Float(x.copysign(y)))
}

/// `frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1`.
pub fn frexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = one_float(vm, "frexp", &a)?;
    let (m, e) = frexp_f64(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

/// C's frexp: `(m, e)` with `x == m * 2**e`, `0.5 <= abs(m) < 1` (`(x, 0)` for zero, NaN
/// and infinities).
pub fn frexp_f64(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        (x * power_of_two(54), 54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exponent - bias)
}

/// `ldexp(x, i)`: `x * 2**i`, rounded once.
pub fn ldexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional("ldexp", &a, 2, 2)?;
    let x = to_float(vm, &a.pos[0])?;
    let exp = match &a.pos[1] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => to_big_integer(vm, &a.pos[1])?,
        Value::Instance(i)
            if matches!(i.builtin_value(), Some(Value::Int(_) | Value::BigInt(_))) =>
        {
            to_big_integer(vm, &a.pos[1])?
        }
        _ => {
            return Err(exc(
                "TypeError",
                "Expected an int as second argument to ldexp.",
            ))
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    // C's ldexp takes an int: past its range the result is an overflow or a signed zero.
    let exp = match exp.to_i32() {
        Some(e) => e,
        None if exp.is_negative() => return Ok(Value::Float(0.0f64.copysign(x))),
        None => return Err(range_error()),
    };
    let r = scale_by_power_of_two(x, exp);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

/// `x * 2**n` with a single rounding (C's scalbn): large
/// steps are taken first so that no intermediate result overflows or rounds twice.
fn scale_by_power_of_two(mut x: f64, mut n: i32) -> f64 {
    if n > 1023 {
        x *= power_of_two(1023);
        n -= 1023;
        if n > 1023 {
            x *= power_of_two(1023);
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        // Scale by 2**-1022 * 2**53 so the intermediate stays normal.
        let step = power_of_two(-1022) * power_of_two(53);
        x *= step;
        n += 1022 - 53;
        if n < -1022 {
            x *= step;
            n = (n + 1022 - 53).max(-1022);
        }
    }
    x * power_of_two(n)
}

/// `2**e` exactly, for `-1074 <= e <= 1023` (subnormal below -1022).
pub fn power_of_two(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((0x3ff + e) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `modf(x)`: `(fractional part, integral part)`, both with the sign of `x`.
pub fn modf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = one_float(vm, "modf", &a)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let int = x.trunc();
        ((x - int).copysign(x), int)
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

/// `ulp(x)`: the distance from `abs(x)` to the next float away from zero.
pub fn ulp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = one_float(vm, "ulp", &a)?;
    if !x.is_finite() {
        return Ok(Value::Float(x.abs()));
    }
    let x = x.abs();
    let up = x.next_up();
    if up.is_infinite() {
        return Ok(Value::Float(x - x.next_down()));
    }
    Ok(Value::Float(up - x))
}

/// `nextafter(x, y, *, steps=None)`: the float `steps` (default 1) places after `x` towards
/// `y`, stopping at `y`.
pub fn nextafter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [_, _, steps] = NEXTAFTER.bind::<3>(&a)?;
    let x = to_float(vm, &a.pos[0])?;
    let y = to_float(vm, &a.pos[1])?;
    let steps = match steps {
        None | Some(Value::None) => return Ok(Value::Float(next_towards(x, y))),
        Some(s) => to_integer(vm, &s)?,
    };
    let steps = bigint::to_big(&steps).unwrap_or_default();
    if steps.is_negative() {
        return Err(exc("ValueError", "steps must be a non-negative integer"));
    }
    let steps = steps.to_u64().unwrap_or(u64::MAX);
    Ok(Value::Float(step_towards(x, y, steps)))
}

/// `nextafter`'s parameters.
const NEXTAFTER: Signature = Signature {
    name: "nextafter",
    params: &["x", "y", "steps"],
    positional_only: 2,
    min_positional: 2,
    max_positional: 2,
};

/// C's nextafter: one float from `x` towards `y`; `y` itself when they are equal.
fn next_towards(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x < y {
        x.next_up()
    } else {
        x.next_down()
    }
}

/// `steps` floats from `x` towards `y` (CPython's sign-and-magnitude walk), at most to `y`.
fn step_towards(x: f64, y: f64, steps: u64) -> f64 {
    if steps == 0 || x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    const SIGN: u64 = 1 << 63;
    let (ux, uy) = (x.to_bits(), y.to_bits());
    if ux == uy {
        return x;
    }
    let (ax, ay) = (ux & !SIGN, uy & !SIGN);
    let bits = if (ux ^ uy) & SIGN != 0 {
        // Opposite signs: walk down to zero, then up on y's side.
        if ax.saturating_add(ay) <= steps {
            return y;
        } else if ax < steps {
            (uy & SIGN) | (steps - ax)
        } else {
            ux - steps
        }
    } else if ax > ay {
        if ax - ay >= steps {
            ux - steps
        } else {
            return y;
        }
    } else if ay - ax >= steps {
        ux + steps
    } else {
        return y;
    };
    f64::from_bits(bits)
}

/// `isclose`'s parameters.
const ISCLOSE: Signature = Signature {
    name: "isclose",
    params: &["a", "b", "rel_tol", "abs_tol"],
    positional_only: 0,
    min_positional: 2,
    max_positional: 2,
};

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
pub fn isclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [x, y, rel_tol, abs_tol] = ISCLOSE.bind::<4>(&a)?;
    let x = to_float(vm, &x.unwrap_or(Value::None))?;
    let y = to_float(vm, &y.unwrap_or(Value::None))?;
    let rel_tol = match rel_tol {
        Some(v) => to_float(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match abs_tol {
        Some(v) => to_float(vm, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(exc("ValueError", "tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol,
    ))
}
