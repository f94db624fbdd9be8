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
    Ok(())
}
