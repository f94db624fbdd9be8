//! The integer functions of `math` on ints of any size: `gcd`, `lcm`, `isqrt`, `factorial`,
//! `comb` and `perm`. Arguments go through `__index__` (a float is refused), and a result
//! too large for the runtime's int limit is a MemoryError, found before the work starts.

use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::args::{positional, to_big_integer};
use crate::object::bigint::{self, BigInt};
use crate::object::exception::exc;
use crate::object::Value;
use crate::vm::{Args, PyResult, Vm};

/// `gcd(*integers)`: 0 for no arguments.
pub fn gcd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional("gcd", &a, 0, usize::MAX)?;
    let mut g = BigInt::zero();
    for v in a.pos.iter() {
        let x = to_big_integer(vm, v)?;
        g = g.gcd(&x);
    }
    Ok(bigint::normalize(g))
}

/// `lcm(*integers)`: 1 for no arguments, 0 when any is 0.
pub fn lcm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional("lcm", &a, 0, usize::MAX)?;
    let mut l = BigInt::one();
    for v in a.pos.iter() {
        let x = to_big_integer(vm, v)?;
        if l.is_zero() {
            continue;
        }
        l = if x.is_zero() {
            BigInt::zero()
        } else {
            bigint::check_bits(l.bits() + x.bits())?;
            l.lcm(&x)
        };
    }
    Ok(bigint::normalize(l.abs()))
}

/// `isqrt(n)`: the largest int whose square is at most `n`.
pub fn isqrt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional("isqrt", &a, 1, 1)?;
    let n = to_big_integer(vm, &a.pos[0])?;
    if n.is_negative() {
        return Err(exc("ValueError", "isqrt() argument must be nonnegative"));
    }
    Ok(bigint::normalize(n.sqrt()))
}

/// A non-negative machine-sized argument, or CPython's errors for a negative one (named
/// `what`) and for one past a C long.
fn count(vm: &mut Vm, v: &Value, negative: &str, too_large: &str) -> PyResult<u64> {
    let n = to_big_integer(vm, v)?;
    if n.is_negative() {
        return Err(exc("ValueError", negative.to_string()));
    }
    match n.to_i64() {
        Some(n) => Ok(n as u64),
        None => Err(exc("OverflowError", too_large.to_string())),
    }
}

/// `factorial(n)`.
pub fn factorial(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional("factorial", &a, 1, 1)?;
    let n = count(
        vm,
        &a.pos[0],
        "factorial() not defined for negative values",
        "factorial() argument should not exceed 9223372036854775807",
    )?;
    Ok(bigint::normalize(falling_product(n, n)?))
}

/// `comb(n, k)`: the ways to choose `k` of `n` items without order.
pub fn comb(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional("comb", &a, 2, 2)?;
    let n = to_big_integer(vm, &a.pos[0])?;
    let k = to_big_integer(vm, &a.pos[1])?;
    let (n, k) = non_negative_pair(n, k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = (&n - &k).min(k);
    let k = small(&k, "min(n - k, k) must not exceed 9223372036854775807")?;
    // n * (n-1) * ... * (n-k+1) / k!, with exact division at each step.
    let mut r = BigInt::one();
    bigint::check_bits(product_bits(&n, k))?;
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(bigint::normalize(r))
}

/// `perm(n, k=None)`: the ways to choose `k` of `n` items in order (`k` defaults to `n`).
pub fn perm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional("perm", &a, 1, 2)?;
    let n = to_big_integer(vm, &a.pos[0])?;
    let k = match a.pos.get(1) {
        None | Some(Value::None) => n.clone(),
        Some(v) => to_big_integer(vm, v)?,
    };
    let (n, k) = non_negative_pair(n, k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = small(&k, "k must not exceed 9223372036854775807")?;
    bigint::check_bits(product_bits(&n, k))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(bigint::normalize(r))
}

/// `comb`/`perm`'s sign checks: `n must be a non-negative integer`, then the same for `k`.
fn non_negative_pair(n: BigInt, k: BigInt) -> PyResult<(BigInt, BigInt)> {
    for (name, v) in [("n", &n), ("k", &k)] {
        if v.is_negative() {
            return Err(exc(
                "ValueError",
                format!("{name} must be a non-negative integer"),
            ));
        }
    }
    Ok((n, k))
}

/// `v` as a machine int, or OverflowError with `message`.
fn small(v: &BigInt, message: &str) -> PyResult<u64> {
    v.to_i64()
        .map(|v| v as u64)
        .ok_or_else(|| exc("OverflowError", message.to_string()))
}

/// An upper bound on the bits of a product of `k` factors each at most `n`.
fn product_bits(n: &BigInt, k: u64) -> u64 {
    n.bits().saturating_mul(k)
}

/// `n * (n-1) * ... * (n-k+1)` for machine-sized `n`, multiplied as a balanced tree so that
/// the big multiplications are few and even-sized.
fn falling_product(n: u64, k: u64) -> PyResult<BigInt> {
    // log2 of the product, from Stirling's formula for n!/(n-k)!: refuse what would pass
    // the int limit before working.
    let log2_factorial = |m: u64| {
        let m = m as f64;
        if m < 2.0 {
            0.0
        } else {
            m * m.log2() - m * std::f64::consts::LOG2_E
        }
    };
    let bits = log2_factorial(n) - log2_factorial(n - k);
    bigint::check_bits(bits.max(0.0) as u64)?;
    Ok(range_product(n - k + 1, n))
}

/// The product of the ints `low..=high` (1 when empty).
fn range_product(low: u64, high: u64) -> BigInt {
    if low > high {
        return BigInt::one();
    }
    if high - low < 16 {
        let mut r = BigInt::one();
        for i in low..=high {
            r *= i;
        }
        return r;
    }
    let mid = low + (high - low) / 2;
    range_product(low, mid) * range_product(mid + 1, high)
}
