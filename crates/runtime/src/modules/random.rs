//! The native core of `random`: CPython's Mersenne Twister (MT19937, `_randommodule.c`'s
//! `init_genrand`/`init_by_array`/`genrand_uint32`/`random()`), so a program that seeds the
//! generator prints exactly what CPython prints. Everything above the raw generator (`randint`,
//! `choice`, `shuffle`, `sample`...) is Python in `stdlib/random.py`, following CPython 3.12's
//! `Lib/random.py` algorithms.

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::arity;
use crate::object::exception::exc;
use crate::object::{builtin_types, Instance, Module, NativeFunction, Payload, Value};
use crate::vm::{Args, PyResult, Vm};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator state of one `random.Random`.
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Mt19937 {
    fn new() -> Mt19937 {
        let mut mt = Mt19937 {
            state: [0; N],
            index: N + 1,
        };
        mt.seed_by_array(&[0]);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// CPython's `init_by_array` (the key is the seed's 32-bit words, least significant first).
    fn seed_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        let mut k = N.max(len);
        while k > 0 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            k -= 1;
        }
        self.state[0] = 0x8000_0000;
        self.index = N;
    }

    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N {
            let y = (self.state[kk] & UPPER_MASK) | (self.state[(kk + 1) % N] & LOWER_MASK);
            self.state[kk] = self.state[(kk + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    /// The next 32 random bits (`genrand_uint32`).
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits (`genrand_res53`).
    fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

fn with_state<R>(v: &Value, f: impl FnOnce(&mut Mt19937) -> R) -> PyResult<R> {
    if let Value::Instance(i) = v {
        if let Payload::Native(cell) = &i.payload {
            if let Some(mt) = cell.borrow_mut().downcast_mut::<Mt19937>() {
                return Ok(f(mt));
            }
        }
    }
    Err(exc("TypeError", "expected a random generator state"))
}

fn new_state(_: &mut Vm, a: Args) -> PyResult<Value> {
    arity("_mt_new", &a, 0, 0)?;
    Ok(Value::Instance(Instance::new(
        builtin_types().object.clone(),
        Payload::Native(RefCell::new(Box::new(Mt19937::new()))),
    )))
}

fn seed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity("_mt_seed", &a, 2, 2)?;
    let words = vm.iterate_nested(&a.pos[1])?;
    let mut key = Vec::with_capacity(words.len());
    for w in &words {
        match w {
            Value::Int(n) if (0..=u32::MAX as i64).contains(n) => key.push(*n as u32),
            _ => return Err(exc("ValueError", "seed words must be 32-bit ints")),
        }
    }
    with_state(&a.pos[0], |mt| mt.seed_by_array(&key))?;
    Ok(Value::None)
}

fn next_u32(_: &mut Vm, a: Args) -> PyResult<Value> {
    arity("_mt_u32", &a, 1, 1)?;
    with_state(&a.pos[0], |mt| Value::Int(mt.next_u32() as i64))
}

fn next_f64(_: &mut Vm, a: Args) -> PyResult<Value> {
    arity("_mt_random", &a, 1, 1)?;
    with_state(&a.pos[0], |mt| Value::Float(mt.next_f64()))
}

/// Fills the native part of `random` (the Python part follows in the same namespace).
pub fn init(_vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    m.set("_mt_new", NativeFunction::value("_mt_new", new_state));
    m.set("_mt_seed", NativeFunction::value("_mt_seed", seed));
    m.set("_mt_u32", NativeFunction::value("_mt_u32", next_u32));
    m.set("_mt_random", NativeFunction::value("_mt_random", next_f64));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Mt19937;

    /// `random.seed(42); random.random()` and `getrandbits(32)` in CPython 3.12.
    #[test]
    fn matches_cpython_for_seed_42() {
        let mut mt = Mt19937::new();
        mt.seed_by_array(&[42]);
        assert_eq!(mt.next_f64(), 0.6394267984578837);
        let mut mt = Mt19937::new();
        mt.seed_by_array(&[42]);
        assert_eq!(mt.next_u32(), 2_746_317_213);
    }
}
