//! `math`: the common functions.

use std::rc::Rc;

use crate::object::exception::exc;
use crate::object::{Module, NativeFunction, Value};
use crate::vm::{Args, PyResult, Vm};

fn num(a: &Args, i: usize) -> PyResult<f64> {
    match a.pos.get(i) {
        Some(Value::Int(x)) => Ok(*x as f64),
        Some(Value::Bool(b)) => Ok(*b as i64 as f64),
        Some(Value::Float(f)) => Ok(*f),
        Some(other) => Err(exc(
            "TypeError",
            format!("must be real number, not {}", other.type_name()),
        )),
        None => Err(exc("TypeError", "missing argument")),
    }
}

fn sqrt(_: &mut Vm, a: Args) -> PyResult<Value> {
    let x = num(&a, 0)?;
    if x < 0.0 {
        return Err(exc("ValueError", "math domain error"));
    }
    Ok(Value::Float(x.sqrt()))
}
fn floor(_: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(Value::Int(i)) = a.pos.first() {
        return Ok(Value::Int(*i));
    }
    Ok(Value::Int(num(&a, 0)?.floor() as i64))
}
fn ceil(_: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(Value::Int(i)) = a.pos.first() {
        return Ok(Value::Int(*i));
    }
    Ok(Value::Int(num(&a, 0)?.ceil() as i64))
}
fn isclose(_: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = (num(&a, 0)?, num(&a, 1)?);
    let rel = match a.kwarg("rel_tol") {
        Some(Value::Float(f)) => f,
        _ => 1e-9,
    };
    let abs = match a.kwarg("abs_tol") {
        Some(Value::Float(f)) => f,
        Some(Value::Int(i)) => i as f64,
        _ => 0.0,
    };
    Ok(Value::Bool(
        x == y || (x - y).abs() <= (rel * x.abs().max(y.abs())).max(abs),
    ))
}
fn gcd(_: &mut Vm, a: Args) -> PyResult<Value> {
    let mut g: i64 = 0;
    for v in &a.pos {
        let Value::Int(mut x) = v else {
            return Err(exc(
                "TypeError",
                "'float' object cannot be interpreted as an integer",
            ));
        };
        x = x.abs();
        while x != 0 {
            let t = g % x;
            g = x;
            x = t;
        }
    }
    Ok(Value::Int(g.abs()))
}

/// The unary functions: name, implementation, domain check.
type UnaryFn = fn(&mut Vm, Args) -> PyResult<Value>;

macro_rules! unary_fns {
    ($($name:ident => $body:expr, $dom:expr;)*) => {
        const UNARY_NAMES: &[&str] = &[$(stringify!($name)),*];
        const UNARY_IMPLS: &[UnaryFn] = &[$({
            fn $name(_: &mut Vm, a: Args) -> PyResult<Value> {
                let x = num(&a, 0)?;
                let dom: fn(f64) -> bool = $dom;
                if !dom(x) {
                    return Err(exc("ValueError", "math domain error"));
                }
                let f: fn(f64) -> f64 = $body;
                Ok(Value::Float(f(x)))
            }
            $name
        }),*];
    };
}

unary_fns! {
    exp => f64::exp, |_| true;
    log10 => f64::log10, |x| x > 0.0;
    log2 => f64::log2, |x| x > 0.0;
    sin => f64::sin, |x| x.is_finite();
    cos => f64::cos, |x| x.is_finite();
    tan => f64::tan, |x| x.is_finite();
    asin => f64::asin, |x| (-1.0..=1.0).contains(&x);
    acos => f64::acos, |x| (-1.0..=1.0).contains(&x);
    atan => f64::atan, |_| true;
    fabs => f64::abs, |_| true;
    degrees => f64::to_degrees, |_| true;
    radians => f64::to_radians, |_| true;
}

fn unary_index(name: &str) -> usize {
    UNARY_NAMES.iter().position(|n| *n == name).unwrap_or(0)
}

/// `log(x[, base])`.
fn log(_: &mut Vm, a: Args) -> PyResult<Value> {
    let x = num(&a, 0)?;
    if x <= 0.0 {
        return Err(exc("ValueError", "math domain error"));
    }
    if a.pos.len() > 1 {
        let b = num(&a, 1)?;
        if b <= 0.0 || b == 1.0 {
            return Err(exc("ValueError", "math domain error"));
        }
        return Ok(Value::Float(x.ln() / b.ln()));
    }
    Ok(Value::Float(x.ln()))
}
/// `isnan`, `isinf`, `isfinite`.
fn isnan(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(num(&a, 0)?.is_nan()))
}
fn isinf(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(num(&a, 0)?.is_infinite()))
}
fn isfinite(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(num(&a, 0)?.is_finite()))
}
/// `trunc(x)` towards zero.
fn trunc(_: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(Value::Int(i)) = a.pos.first() {
        return Ok(Value::Int(*i));
    }
    Ok(Value::Int(num(&a, 0)?.trunc() as i64))
}
/// `copysign(x, y)`.
fn copysign(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(num(&a, 0)?.copysign(num(&a, 1)?)))
}
/// `fmod(x, y)`: the remainder with the sign of `x` (C's fmod).
fn fmod(_: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = (num(&a, 0)?, num(&a, 1)?);
    if y == 0.0 && !x.is_nan() {
        return Err(crate::object::exception::exc(
            "ValueError",
            "math domain error",
        ));
    }
    Ok(Value::Float(x % y))
}
/// `atan2(y, x)`.
fn atan2(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(num(&a, 0)?.atan2(num(&a, 1)?)))
}
/// `hypot(*coordinates)`.
fn hypot(_: &mut Vm, a: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for i in 0..a.pos.len() {
        acc = acc.hypot(num(&a, i)?);
    }
    Ok(Value::Float(acc))
}
/// `pow(x, y)` on floats.
fn fpow(_: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = (num(&a, 0)?, num(&a, 1)?);
    if x == 0.0 && y < 0.0 || x < 0.0 && y.fract() != 0.0 {
        return Err(exc("ValueError", "math domain error"));
    }
    Ok(Value::Float(x.powf(y)))
}

/// Fills the `math` module.
pub fn init(_vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    m.set("pi", Value::Float(std::f64::consts::PI));
    m.set("e", Value::Float(std::f64::consts::E));
    m.set("tau", Value::Float(std::f64::consts::TAU));
    m.set("inf", Value::Float(f64::INFINITY));
    m.set("nan", Value::Float(f64::NAN));
    m.set("sqrt", NativeFunction::value("sqrt", sqrt));
    m.set("floor", NativeFunction::value("floor", floor));
    m.set("ceil", NativeFunction::value("ceil", ceil));
    m.set("isclose", NativeFunction::value("isclose", isclose));
    m.set("gcd", NativeFunction::value("gcd", gcd));
    for name in UNARY_NAMES {
        m.set(
            name,
            NativeFunction::value(name, UNARY_IMPLS[unary_index(name)]),
        );
    }
    m.set("log", NativeFunction::value("log", log));
    m.set("isnan", NativeFunction::value("isnan", isnan));
    m.set("isinf", NativeFunction::value("isinf", isinf));
    m.set("isfinite", NativeFunction::value("isfinite", isfinite));
    m.set("trunc", NativeFunction::value("trunc", trunc));
    m.set("copysign", NativeFunction::value("copysign", copysign));
    m.set("fmod", NativeFunction::value("fmod", fmod));
    m.set("atan2", NativeFunction::value("atan2", atan2));
    m.set("hypot", NativeFunction::value("hypot", hypot));
    m.set("pow", NativeFunction::value("pow", fpow));
    Ok(())
}
