//! `math`: CPython's math module on floats and on ints of any size, with its argument
//! checks, messages and special values. Split by kind: [`args`] (argument counts and the
//! real/int conversions), [`real`] (float functions and their domain/range errors),
//! [`integer`] (gcd, lcm, isqrt, factorial, comb, perm) and [`sums`] (fsum, prod, hypot,
//! dist).

mod args;
mod integer;
mod real;
mod sums;

use std::rc::Rc;

use crate::object::exception::exc;
use crate::object::{Module, NativeFunction, Value};
use crate::vm::{Args, PyResult, Vm};

/// A native function of the module.
type MathFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// Every function of the module except the [`real::UNARY`] table.
const FUNCTIONS: &[(&str, MathFn)] = &[
    ("ceil", real::ceil),
    ("comb", integer::comb),
    ("copysign", real::copysign),
    ("degrees", real::degrees),
    ("dist", sums::dist),
    ("factorial", integer::factorial),
    ("floor", real::floor),
    ("fmod", real::fmod),
    ("frexp", real::frexp),
    ("fsum", sums::fsum),
    ("gcd", integer::gcd),
    ("hypot", sums::hypot),
    ("isclose", real::isclose),
    ("isfinite", real::isfinite),
    ("isinf", real::isinf),
    ("isnan", real::isnan),
    ("isqrt", integer::isqrt),
    ("lcm", integer::lcm),
    ("ldexp", real::ldexp),
    ("log", real::log),
    ("log10", real::log10),
    ("log2", real::log2),
    ("modf", real::modf),
    ("nextafter", real::nextafter),
    ("perm", integer::perm),
    ("pow", real::pow),
    ("prod", sums::prod),
    ("radians", real::radians),
    ("remainder", real::remainder),
    ("trunc", real::trunc),
    ("ulp", real::ulp),
    ("atan2", real::atan2),
];

/// CPython functions this module does not have: calling one says so.
const UNSUPPORTED: &[(&str, MathFn)] = &[
    ("erf", |_, _| Err(unsupported("erf"))),
    ("erfc", |_, _| Err(unsupported("erfc"))),
    ("gamma", |_, _| Err(unsupported("gamma"))),
    ("lgamma", |_, _| Err(unsupported("lgamma"))),
    ("sumprod", |_, _| Err(unsupported("sumprod"))),
];

/// `NotImplementedError: math.erf is not supported in the playground`.
fn unsupported(name: &str) -> Value {
    exc(
        "NotImplementedError",
        format!("math.{name} is not supported in the playground"),
    )
}

/// Calls the [`real::UNARY`] function whose name the native function carries.
fn unary(vm: &mut Vm, a: Args, index: usize) -> PyResult<Value> {
    real::call_unary(vm, index, &a)
}

macro_rules! unary_entry {
    ($($i:literal),*) => {
        [$(|vm: &mut Vm, a: Args| unary(vm, a, $i)),*]
    };
}

/// One entry point per [`real::UNARY`] function, by index.
const UNARY_ENTRIES: [MathFn; 19] =
    unary_entry!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);

/// Fills the `math` module.
pub fn init(_vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    m.set("pi", Value::Float(std::f64::consts::PI));
    m.set("e", Value::Float(std::f64::consts::E));
    m.set("tau", Value::Float(std::f64::consts::TAU));
    m.set("inf", Value::Float(f64::INFINITY));
    m.set("nan", Value::Float(f64::NAN));
    debug_assert_eq!(UNARY_ENTRIES.len(), real::UNARY.len());
    for (u, entry) in real::UNARY.iter().zip(UNARY_ENTRIES) {
        m.set(u.name, NativeFunction::value(u.name, entry));
    }
    for (name, f) in FUNCTIONS.iter().chain(UNSUPPORTED) {
        m.set(name, NativeFunction::value(name, *f));
    }
    Ok(())
}
