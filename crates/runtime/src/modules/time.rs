//! `time`: reads the virtual clock (documented: like the Go playground, time is simulated);
//! `time.sleep` blocks by moving that clock.

use std::rc::Rc;

use crate::object::exception::exc;
use crate::object::{Module, NativeFunction, Value};
use crate::vm::{Args, PyResult, Vm};

fn now(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    // Outside a running loop the oracle's clock reads 0.0 (each loop starts its own clock).
    Ok(Value::Float(vm.event_loop.as_ref().map_or(0.0, |l| l.time)))
}

/// The seconds `time.sleep` was given, with CPython 3.12's errors for bad values.
fn sleep_seconds(v: &Value) -> PyResult<f64> {
    match v {
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Int(n) if *n < 0 => Err(exc("ValueError", "sleep length must be non-negative")),
        Value::Int(n) if *n > MAX_SLEEP_INT => Err(exc(
            "OverflowError",
            "timestamp too large to convert to C _PyTime_t",
        )),
        Value::Int(n) => Ok(*n as f64),
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => {
            Err(exc("ValueError", "sleep length must be non-negative"))
        }
        Value::BigInt(_) => Err(exc(
            "OverflowError",
            "timestamp too large to convert to C _PyTime_t",
        )),
        Value::Float(f) if f.is_nan() => Err(exc("ValueError", "Invalid value NaN (not a number)")),
        Value::Float(f) if *f < 0.0 => Err(exc("ValueError", "sleep length must be non-negative")),
        Value::Float(f) if *f * 1e9 >= 9.223_372_036_854_776e18 => Err(exc(
            "OverflowError",
            "timestamp out of range for platform time_t",
        )),
        Value::Float(f) => Ok(*f),
        other => Err(crate::object::exception::not_an_integer(&other.type_name())),
    }
}

/// The largest whole number of seconds CPython's clock type can hold.
const MAX_SLEEP_INT: i64 = 9_223_372_036;

/// `time.sleep(secs)`: blocks the whole program for `secs` of virtual time. Inside a running
/// event loop the loop's clock moves on while nothing else runs (the classic mistake of calling
/// it from a coroutine shows as a jump of the clock with no task switch); outside a loop the
/// clock reads 0.0 anyway, as in the oracle.
fn sleep(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::arity("sleep", &a, 1, 1)?;
    let secs = sleep_seconds(&a.pos[0])?;
    if let Some(l) = vm.event_loop.as_mut() {
        if secs > 0.0 {
            l.time += secs;
            let t = l.time;
            if vm.recorder.enabled {
                vm.recorder.clock(t);
            }
        }
    }
    Ok(Value::None)
}

/// Fills the `time` module.
pub fn init(_vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    for n in ["time", "monotonic", "perf_counter"] {
        m.set(n, NativeFunction::value(n, now));
    }
    m.set("sleep", NativeFunction::value("sleep", sleep));
    Ok(())
}
