//! The functions of `math` that fold many values: `fsum` (exact), `prod`, and `hypot`/`dist`
//! (a scaled, compensated Euclidean norm, so their results match CPython's to the last bit).

use super::args::{no_keywords, to_float, Signature};
use super::real::{frexp_f64, power_of_two};
use crate::compiler::BinOp;
use crate::object::exception::exc;
use crate::object::Value;
use crate::vm::{Args, PyResult, Vm};

/// `fsum(iterable)`: the correctly rounded sum, kept exact in a list of non-overlapping
/// partial sums (Shewchuk's algorithm, as CPython does).
pub fn fsum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::args::positional("fsum", &a, 1, 1)?;
    let items = vm.iterate_nested(&a.pos[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for item in &items {
        let original = to_float(vm, item)?;
        let mut x = original;
        let mut kept = 0;
        for i in 0..partials.len() {
            let mut y = partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x == 0.0 {
            continue;
        }
        if x.is_finite() {
            partials.push(x);
            continue;
        }
        // A NaN or an infinity: kept aside, the partial sums are dropped.
        if original.is_finite() {
            return Err(exc("OverflowError", "intermediate overflow in fsum"));
        }
        if original.is_infinite() {
            inf_sum += original;
        }
        special_sum += original;
        partials.clear();
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(exc("ValueError", "-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    Ok(Value::Float(round_partials(&partials)))
}

/// The sum of exact, non-overlapping `partials` (smallest first), rounded once: add from the
/// largest down until a sum is inexact, then correct a half-way case by the next partial.
fn round_partials(partials: &[f64]) -> f64 {
    let mut n = partials.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = partials[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = partials[n];
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

/// `prod`'s parameters: `prod(iterable, /, *, start=1)`.
const PROD: Signature = Signature {
    name: "prod",
    params: &["iterable", "start"],
    positional_only: 1,
    min_positional: 1,
    max_positional: 1,
};

/// `prod(iterable, /, *, start=1)`: `start * x0 * x1 ...` with the `*` of each operand.
pub fn prod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [iterable, start] = PROD.bind::<2>(&a)?;
    let items = vm.iterate_nested(&iterable.unwrap_or(Value::None))?;
    let mut acc = start.unwrap_or(Value::Int(1));
    for item in items {
        if let (Value::Int(x), Value::Int(y)) = (&acc, &item) {
            if let Some(p) = x.checked_mul(*y) {
                acc = Value::Int(p);
                continue;
            }
        }
        let flow = vm.binop_flow(BinOp::Mul, acc, item, false)?;
        acc = vm.run_flow_nested(flow)?;
    }
    Ok(acc)
}

/// `hypot(*coordinates)`.
pub fn hypot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_keywords("hypot", &a)?;
    let mut coordinates = Vec::with_capacity(a.pos.len());
    for v in a.pos.iter() {
        coordinates.push(to_float(vm, v)?.abs());
    }
    Ok(Value::Float(norm(&mut coordinates)))
}

/// `dist(p, q)`: the Euclidean distance between two points of the same dimension.
pub fn dist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::args::positional("dist", &a, 2, 2)?;
    let p = point(vm, &a.pos[0])?;
    let q = point(vm, &a.pos[1])?;
    if p.len() != q.len() {
        return Err(exc(
            "ValueError",
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        diffs.push((to_float(vm, x)? - to_float(vm, y)?).abs());
    }
    Ok(Value::Float(norm(&mut diffs)))
}

/// A point's coordinates: a tuple's items, or any iterable's.
fn point(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Tuple(items) => Ok(items.iter().cloned().collect()),
        _ => vm.iterate_nested(v),
    }
}

/// CPython's `vector_norm` of non-negative values: scaled by a power of two so the largest
/// is just under 1, squares summed with their rounding errors kept, the square root
/// corrected once by the residual.
fn norm(values: &mut [f64]) -> f64 {
    let max = values.iter().copied().fold(0.0f64, f64::max);
    if max.is_infinite() {
        return max;
    }
    if values.iter().any(|v| v.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || values.len() <= 1 {
        return max;
    }
    let (_, max_exponent) = frexp_f64(max);
    if max_exponent < -1023 {
        // Subnormal largest value: work in units of the smallest normal float.
        for v in values.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * norm(values);
    }
    let scale = power_of_two(-max_exponent as i32);
    let mut sum = 1.0f64;
    let (mut frac1, mut frac2) = (0.0f64, 0.0f64);
    for v in values.iter() {
        let x = v * scale;
        let (square, square_error) = exact_product(x, x);
        let (s, s_error) = fast_two_sum(sum, square);
        sum = s;
        frac1 += square_error;
        frac2 += s_error;
    }
    let mut h = (sum - 1.0 + (frac1 + frac2)).sqrt();
    let (square, square_error) = exact_product(-h, h);
    let (s, s_error) = fast_two_sum(sum, square);
    frac1 += square_error;
    frac2 += s_error;
    let residual = s - 1.0 + (frac1 + frac2);
    h += residual / (2.0 * h);
    h / scale
}

/// `a * b` as a rounded product and its exact rounding error.
fn exact_product(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    (p, a.mul_add(b, -p))
}

/// `a + b` (with `|a| >= |b|`) as a rounded sum and its exact rounding error.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, (a - s) + b)
}
