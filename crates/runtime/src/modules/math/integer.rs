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
        g = fast_gcd(&g, &x);
    }
    Ok(bigint::normalize(g))
}

/// `gcd(a, b)` (non-negative), reducing a big operand modulo a machine-sized one first so a
/// long run of small arguments (`lcm(*range(1, 20000))`) stays linear in the big one's size.
fn fast_gcd(a: &BigInt, b: &BigInt) -> BigInt {
    let small = |x: &BigInt| x.magnitude().to_u64();
    match (small(a), small(b)) {
        (Some(x), Some(y)) => BigInt::from(x.gcd(&y)),
        (None, Some(0)) => a.abs(),
        (Some(0), None) => b.abs(),
        (None, Some(y)) => {
            let r = (a.magnitude() % y).to_u64().unwrap_or(0);
            BigInt::from(r.gcd(&y))
        }
        (Some(x), None) => {
            let r = (b.magnitude() % x).to_u64().unwrap_or(0);
            BigInt::from(r.gcd(&x))
        }
        (None, None) => a.gcd(b),
    }
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
            let g = fast_gcd(&l, &x);
            (&l / g * &x).abs()
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
    match n.to_u64() {
        Some(n) => bigint::check_bits(
            log2_falling_factorial(n, k).saturating_sub(log2_falling_factorial(k, k)),
        )?,
        None => bigint::check_bits(product_bits(&n, k))?,
    }
    // Many factors: by primes (a sieve up to n), or one division of two tree products; few:
    // the multiplicative formula.
    if let Some(n) = n.to_u64().filter(|_| k > 64) {
        if n <= SIEVE_LIMIT {
            return Ok(bigint::normalize(comb_by_primes(n, k)));
        }
        return Ok(bigint::normalize(
            range_product(n - k + 1, n) / range_product(1, k),
        ));
    }
    // n * (n-1) * ... * (n-k+1) / k!, with exact division at each step.
    let mut r = BigInt::one();
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
    if let Some(n) = n.to_u64() {
        return Ok(bigint::normalize(falling_product(n, k)?));
    }
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
    // Refuse what would pass the int limit before working.
    bigint::check_bits(log2_falling_factorial(n, k))?;
    Ok(range_product(n - k + 1, n))
}

/// The largest `n` for which `comb` factors through a sieve of the primes up to `n`.
const SIEVE_LIMIT: u64 = 10_000_000;

/// `comb(n, k)` as a product of prime powers (Legendre: the exponent of `p` is the number of
/// carries when adding `k` and `n - k` in base `p`), multiplied as a balanced tree: no big
/// division, so `comb(10**6, 5 * 10**5)` takes a fraction of a second.
fn comb_by_primes(n: u64, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    let mut composite = vec![false; n as usize + 1];
    let mut factors: Vec<BigInt> = Vec::new();
    for p in 2..=n {
        if composite[p as usize] {
            continue;
        }
        let mut multiple = p.saturating_mul(p);
        while multiple <= n {
            composite[multiple as usize] = true;
            multiple += p;
        }
        let mut exponent = 0u32;
        let mut power = p;
        loop {
            exponent += (n / power - k / power - (n - k) / power) as u32;
            match power.checked_mul(p) {
                Some(next) if next <= n => power = next,
                _ => break,
            }
        }
        if exponent > 0 {
            factors.push(num_traits::pow(BigInt::from(p), exponent as usize));
        }
    }
    tree_product(&factors)
}

/// The product of `factors`, multiplied as a balanced tree.
fn tree_product(factors: &[BigInt]) -> BigInt {
    match factors {
        [] => BigInt::one(),
        [one] => one.clone(),
        _ => {
            let (left, right) = factors.split_at(factors.len() / 2);
            tree_product(left) * tree_product(right)
        }
    }
}

/// About how many bits `n * (n-1) * ... * (n-k+1)` has (Stirling's formula for
/// `n! / (n-k)!`), to refuse a result past the int limit before computing it.
fn log2_falling_factorial(n: u64, k: u64) -> u64 {
    let log2_factorial = |m: u64| {
        let m = m as f64;
        if m < 2.0 {
            0.0
        } else {
            m * m.log2() - m * std::f64::consts::LOG2_E
        }
    };
    (log2_factorial(n) - log2_factorial(n - k)).max(0.0) as u64
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
