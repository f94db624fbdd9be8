//! Python's dict: insertion-ordered, hashing with Python semantics (`1 == 1.0 == True` are the
//! same key). This module stores entries; the VM (`vm/dictops.rs`) computes hashes and key
//! equality, calling user `__hash__`/`__eq__` when needed.

use std::cell::RefCell;

use super::dict_index::IndexTable;
use super::str_hash_cache::hash_str_cached;
use super::Value;

/// One dict entry.
#[derive(Clone)]
pub struct Entry {
    /// The key's hash.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value.
    pub value: Value,
}

#[derive(Default)]
struct Inner {
    entries: Vec<Option<Entry>>,
    table: IndexTable,
    live: usize,
}

/// An insertion-ordered hash map keyed by Python values.
#[derive(Default)]
pub struct Dict {
    inner: RefCell<Inner>,
    /// Bumped on every insertion or removal (detects mutation during iteration).
    version: std::cell::Cell<u64>,
}

impl Drop for Dict {
    fn drop(&mut self) {
        // Children are freed through the trashcan, so deeply nested dicts drop iteratively.
        let entries = std::mem::take(&mut self.inner.get_mut().entries);
        super::trashcan::drop_values(entries.into_iter().flatten().flat_map(|e| [e.key, e.value]));
    }
}

impl Clone for Dict {
    fn clone(&self) -> Self {
        let d = Dict::new();
        for e in self.entries() {
            d.insert_new(e.hash, e.key, e.value);
        }
        d
    }
}

impl Dict {
    /// The entries for writing: every in-place change passes here (see `mutation_epoch`).
    #[inline(always)]
    fn inner_mut(&self) -> std::cell::RefMut<'_, Inner> {
        super::mutation_epoch::bump_at(self as *const Dict as usize);
        self.inner.borrow_mut()
    }
    /// An empty dict.
    pub fn new() -> Dict {
        Dict::default()
    }
    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.inner.borrow().live
    }
    /// True if empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The mutation counter.
    pub fn version(&self) -> u64 {
        self.version.get()
    }
    /// The slot indices and keys of entries whose hash equals `hash`.
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        let inner = self.inner.borrow();
        let mut out = Vec::new();
        inner.table.for_each_candidate(hash, |idx| {
            if let Some(Some(e)) = inner.entries.get(idx) {
                if e.hash == hash {
                    out.push((idx, e.key.clone()));
                }
            }
        });
        out
    }
    /// The slot of the entry whose key equals `key` (hashing to `hash`) when that is decided
    /// without Python code: `Some(Some(slot))` or `Some(None)` (absent), or `None` when some
    /// candidate key needs a user `__eq__` (the caller then takes the general path). Checks
    /// the candidates in the order [`Dict::candidates`] lists them, identity first, then
    /// [`simple_eq`], as the general path does; borrows nothing after returning.
    #[inline]
    pub fn find_simple(&self, hash: i64, key: &Value) -> Option<Option<usize>> {
        find_in(&self.inner.borrow(), hash, key)
    }
    /// [`Dict::find_simple`] for an int or str key (hashed here): `None` for any other key,
    /// and when a candidate key needs Python code to compare.
    #[inline]
    pub fn find_int_or_str(&self, key: &Value) -> Option<Option<usize>> {
        self.find_simple(int_or_str_hash(key)?, key)
    }
    /// The value under an int or str key found as [`Dict::find_int_or_str`] finds it (one
    /// borrow for the probe and the copy): `Some(Some(value))`, `Some(None)` when the key is
    /// certainly absent, `None` for any other key or when a candidate needs Python code.
    /// Inlined into its callers (the direct entries of `dict.get`/`setdefault`, the hot
    /// `Subscr`): a call of its own costs as much as its probe.
    #[inline(always)]
    pub fn get_int_or_str(&self, key: &Value) -> Option<Option<Value>> {
        let hash = int_or_str_hash(key)?;
        let inner = self.inner.borrow();
        let slot = find_in(&inner, hash, key)?;
        Some(slot.and_then(|idx| match inner.entries.get(idx) {
            Some(Some(e)) => Some(super::clone_value(&e.value)),
            _ => None,
        }))
    }
    /// Replaces the value under an int or str key the dict holds (found as
    /// [`Dict::find_int_or_str`] finds it; one borrow for the probe and the store), returning
    /// the old value for the caller to drop; `Err(value)` with nothing changed when the key is
    /// absent, is no int or str, or a candidate key needs Python code.
    #[inline]
    pub fn replace_int_or_str(&self, key: &Value, value: Value) -> Result<Value, Value> {
        let Some(hash) = int_or_str_hash(key) else {
            return Err(value);
        };
        let mut inner = self.inner.borrow_mut();
        let Some(Some(idx)) = find_in(&inner, hash, key) else {
            return Err(value);
        };
        let Some(Some(e)) = inner.entries.get_mut(idx) else {
            return Err(value);
        };
        super::mutation_epoch::bump_at(self as *const Dict as usize);
        Ok(std::mem::replace(&mut e.value, value))
    }
    /// The value in slot `idx`.
    pub fn value_at(&self, idx: usize) -> Option<Value> {
        self.inner
            .borrow()
            .entries
            .get(idx)
            .and_then(|e| e.as_ref().map(|e| e.value.clone()))
    }
    /// Replaces the value in slot `idx`.
    pub fn set_at(&self, idx: usize, value: Value) {
        if let Some(Some(e)) = self.inner_mut().entries.get_mut(idx) {
            e.value = value;
        }
    }
    /// Appends a new entry (the caller checked the key is absent).
    pub fn insert_new(&self, hash: i64, key: Value, value: Value) {
        let mut inner = self.inner_mut();
        let idx = inner.entries.len();
        inner.entries.push(Some(Entry { hash, key, value }));
        inner.live += 1;
        let Inner {
            entries,
            table,
            live,
        } = &mut *inner;
        table.insert(hash, idx, entries, *live);
        self.version.set(self.version.get() + 1);
    }
    /// Removes the entry in slot `idx`, returning it.
    pub fn remove_at(&self, idx: usize) -> Option<Entry> {
        let mut inner = self.inner_mut();
        let e = inner.entries.get_mut(idx)?.take()?;
        inner.table.remove(e.hash, idx);
        inner.live -= 1;
        self.version.set(self.version.get() + 1);
        let dead = inner.entries.len() - inner.live;
        if dead > 16 && dead > inner.live {
            // Compacted: the live entries in order, the index table built anew for them.
            inner.entries.retain(Option::is_some);
            let Inner {
                entries,
                table,
                live,
            } = &mut *inner;
            table.rebuild(entries, *live);
        }
        Some(e)
    }
    /// Removes everything.
    pub fn clear(&self) {
        let mut inner = self.inner_mut();
        inner.entries.clear();
        inner.table.clear();
        inner.live = 0;
        self.version.set(self.version.get() + 1);
    }
    /// A snapshot of the live entries in order.
    pub fn entries(&self) -> Vec<Entry> {
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .cloned()
            .collect()
    }
    /// The live entry at or after raw slot `pos` (for iterators), with the next slot position.
    pub fn entry_from(&self, pos: usize) -> Option<(Entry, usize)> {
        let inner = self.inner.borrow();
        let mut p = pos;
        while p < inner.entries.len() {
            if let Some(e) = &inner.entries[p] {
                return Some((e.clone(), p + 1));
            }
            p += 1;
        }
        None
    }
    /// Calls `f` on the key and value of each of the first `n` live entries in order, without
    /// cloning them (the recorder's change detection looks at what a short repr shows).
    pub fn visit_first(&self, n: usize, mut f: impl FnMut(&Value, &Value)) {
        let inner = self.inner.borrow();
        for e in inner.entries.iter().flatten().take(n) {
            f(&e.key, &e.value);
        }
    }
    /// The last live entry's slot (for `popitem`).
    pub fn last_slot(&self) -> Option<usize> {
        let inner = self.inner.borrow();
        (0..inner.entries.len())
            .rev()
            .find(|&i| inner.entries[i].is_some())
    }
    /// Keys snapshot.
    pub fn keys(&self) -> Vec<Value> {
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }
    /// Values snapshot.
    pub fn values(&self) -> Vec<Value> {
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }
}

/// The hash of an int or str key as [`simple_hash`] computes it (`None` for other keys).
#[inline(always)]
fn int_or_str_hash(key: &Value) -> Option<i64> {
    match key {
        Value::Int(i) => Some(hash_int(*i)),
        Value::Str(s) => Some(hash_str_cached(s)),
        _ => None,
    }
}

/// [`Dict::find_simple`] on the borrowed entries and table.
#[inline(always)]
fn find_in(inner: &Inner, hash: i64, key: &Value) -> Option<Option<usize>> {
    let entries = &inner.entries;
    // `IndexTable::find` visits the candidates in `for_each_candidate`'s order and stops at
    // the first for which the closure says true: the match, or a key needing Python code.
    let mut needs_python = false;
    let found = inner.table.find(hash, |idx| {
        let Some(Some(e)) = entries.get(idx) else {
            return false;
        };
        if e.hash != hash {
            return false;
        }
        // Two strs or two ints: `simple_eq`'s answer for them, without its dispatch.
        match (&e.key, key) {
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            _ if e.key.is(key) => true,
            _ => simple_eq(&e.key, key).unwrap_or_else(|| {
                needs_python = true;
                true
            }),
        }
    });
    if needs_python {
        return None;
    }
    Some(found)
}

/// Python's modulus for numeric hashes (2**61 - 1).
const MODULUS: i128 = (1i128 << 61) - 1;

/// Hash of an int, as CPython computes it.
pub fn hash_int(i: i64) -> i64 {
    // Below the modulus in magnitude an int is its own hash (but -1, reserved for errors).
    if (-(MODULUS as i64) + 1..MODULUS as i64).contains(&i) {
        return if i == -1 { -2 } else { i };
    }
    let m = (i as i128).abs() % MODULUS;
    let mut h = if i < 0 { -(m as i64) } else { m as i64 };
    if h == -1 {
        h = -2;
    }
    h
}

/// Hash of a float, as CPython's `_Py_HashDouble` computes it (equal to the int hash for
/// integral values; NaN hashes to 0 here, CPython uses the object's address).
pub fn hash_float(f: f64) -> i64 {
    const BITS: u32 = 61;
    const MODULUS: u64 = (1u64 << BITS) - 1;
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(f);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        (e as u32) % BITS
    } else {
        BITS - 1 - ((-1 - e) as u32 % BITS)
    };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Splits a finite non-zero float into a mantissa in [0.5, 1) and a power of two (C's `frexp`).
fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(f * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Hash of a str as CPython 3.12 computes it with `PYTHONHASHSEED=0` (the oracle's setting):
/// SipHash-1-3 with a zero key over the string's compact representation (one, two or four
/// little-endian bytes per character, by its widest character), so sets of strings iterate in
/// CPython's order.
pub fn hash_str(s: &str) -> i64 {
    // An ASCII str's compact representation is its UTF-8 bytes (a short one checked byte by
    // byte, without `is_ascii`'s word-at-a-time set-up).
    let bytes = s.as_bytes();
    let ascii = if bytes.len() <= 16 {
        bytes.iter().fold(0u8, |acc, &b| acc | b) < 0x80
    } else {
        s.is_ascii()
    };
    if ascii {
        return hash_bytes(s.as_bytes());
    }
    let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut data: Vec<u8> = Vec::with_capacity(s.len() * 2);
    for c in s.chars() {
        let c = c as u32;
        if widest < 0x100 {
            data.push(c as u8);
        } else if widest < 0x10000 {
            data.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            data.extend_from_slice(&c.to_le_bytes());
        }
    }
    hash_bytes(&data)
}

/// Hash of a bytes object as CPython computes it with `PYTHONHASHSEED=0` (equal to the hash of
/// the same ASCII str).
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let h = siphash13_zero_key(data) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// SipHash-1-3 with k0 = k1 = 0, finished the way CPython's `pyhash.c` does.
fn siphash13_zero_key(data: &[u8]) -> u64 {
    let mut v = [
        0x736f6d6570736575u64,
        0x646f72616e646f6du64,
        0x6c7967656e657261u64,
        0x7465646279746573u64,
    ];
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[2] = v[2].wrapping_add(v[3]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[1]);
        v[0] = v[0].wrapping_add(v[3]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].rotate_left(32);
    }
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let mi = u64::from_le_bytes(w);
        v[3] ^= mi;
        round(&mut v);
        v[0] ^= mi;
    }
    let b = ((data.len() as u64) << 56) | load_tail(chunks.remainder());
    v[3] ^= b;
    round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    round(&mut v);
    round(&mut v);
    round(&mut v);
    (v[0] ^ v[1]) ^ (v[2] ^ v[3])
}

/// The last 0-7 bytes of a SipHash input as a little-endian word (zero above them), read
/// with at most two overlapping loads instead of a copy of variable length.
#[inline(always)]
fn load_tail(rest: &[u8]) -> u64 {
    let n = rest.len();
    debug_assert!(n < 8);
    if n >= 4 {
        let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) as u64;
        let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]) as u64;
        lo | (hi << ((n - 4) * 8))
    } else if n > 0 {
        // Bytes 0, n/2 and n-1 cover every position of a 1-3 byte tail.
        (rest[0] as u64)
            | ((rest[n / 2] as u64) << (n / 2 * 8))
            | ((rest[n - 1] as u64) << ((n - 1) * 8))
    } else {
        0
    }
}

/// Combines element hashes of a tuple (xxHash-like, as CPython's tuplehash).
pub fn hash_tuple(hashes: &[i64]) -> i64 {
    let mut acc: u64 = 0x27D4EB2F165667C5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(0xC2B2AE3D27D4EB4F));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(0x9E3779B185EBCA87);
    }
    acc = acc.wrapping_add(hashes.len() as u64 ^ (0x27D4EB2F165667C5 ^ 3527539));
    let h = acc as i64;
    if h == -1 {
        1546275796
    } else {
        h
    }
}

/// The hash of a value that needs no Python code, `Err(type name)` if unhashable, `Ok(None)`
/// if a user `__hash__` must be consulted.
pub fn simple_hash(v: &Value) -> Result<Option<i64>, std::rc::Rc<str>> {
    Ok(Some(match v {
        Value::None => 0x5f3759df,
        Value::NotImplemented => 0x1234,
        Value::Ellipsis => 0x4321,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_int(*i),
        Value::BigInt(b) => super::bigint::hash(b),
        Value::Float(f) => hash_float(*f),
        Value::Str(s) => hash_str_cached(s),
        Value::Bytes(d) => hash_bytes(d),
        Value::Tuple(items) => return hash_tuple_iteratively(items),
        Value::List(_) | Value::Dict(_) => return Err(v.type_name()),
        Value::Set(s) => {
            if !s.frozen {
                return Err(v.type_name());
            }
            s.items.frozen_hash()
        }
        Value::Instance(_) => return Ok(None),
        Value::Range(r) => hash_tuple(&[hash_int(r.start), hash_int(r.stop), hash_int(r.step)]),
        other => {
            let id = other.id();
            (id >> 4) ^ (id << 28)
        }
    }))
}

/// A tuple's hash as [`simple_hash`] computes it, without recursion (CPython hashes a
/// 100,000-deep tuple, so this must not overflow the stack): an explicit stack of the tuples
/// being hashed, each with its next element and the element hashes so far.
fn hash_tuple_iteratively(root: &[Value]) -> Result<Option<i64>, std::rc::Rc<str>> {
    let mut stack: Vec<(&[Value], usize, Vec<i64>)> =
        vec![(root, 0, Vec::with_capacity(root.len()))];
    loop {
        let top = stack
            .last_mut()
            .expect("the stack holds the root until it returns");
        let items = top.0;
        if let Some(item) = items.get(top.1) {
            top.1 += 1;
            match item {
                Value::Tuple(inner) => stack.push((inner, 0, Vec::with_capacity(inner.len()))),
                other => match simple_hash(other)? {
                    Some(h) => top.2.push(h),
                    None => return Ok(None),
                },
            }
        } else {
            let (_, _, hashes) = stack.pop().expect("non-empty");
            let h = hash_tuple(&hashes);
            match stack.last_mut() {
                Some(parent) => parent.2.push(h),
                None => return Ok(Some(h)),
            }
        }
    }
}

/// Tuple nesting [`simple_eq`] follows before it hands over to the VM's comparison (which
/// raises CPython's RecursionError for deeper structures instead of overflowing the stack).
const SIMPLE_EQ_MAX_DEPTH: usize = 1_000;

/// Equality of two values when no Python code is needed (`None` when it is).
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    simple_eq_at(a, b, 0)
}

/// [`simple_eq`] at `depth` tuples deep.
fn simple_eq_at(a: &Value, b: &Value, depth: usize) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Int(x), Int(y)) => x == y,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => false,
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => {
            super::bigint::cmp_float(x, *y) == Some(std::cmp::Ordering::Equal)
        }
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Float(x), Float(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => (*x as i64) == *y,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (Str(x), Str(y)) => x == y,
        (Bytes(x), Bytes(y)) => x == y,
        (None, None) => true,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            if depth >= SIMPLE_EQ_MAX_DEPTH {
                return Option::None;
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if p.is(q) {
                    continue;
                }
                if !simple_eq_at(p, q, depth + 1)? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        (List(_), List(_)) | (Dict(_), Dict(_)) | (Set(_), Set(_)) => return Option::None,
        (Range(x), Range(y)) => {
            (x.is_empty() && y.is_empty())
                || (x.start == y.start && x.len() == y.len() && (x.len() == 1 || x.step == y.step))
        }
        _ => a.is(b),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CPython's int hash by its definition (sign kept, magnitude modulo 2**61 - 1, -1 -> -2).
    fn hash_int_by_definition(i: i64) -> i64 {
        let m = (i as i128).abs() % MODULUS;
        let h = if i < 0 { -(m as i64) } else { m as i64 };
        if h == -1 {
            -2
        } else {
            h
        }
    }

    #[test]
    fn int_hash_fast_path_matches_the_definition() {
        let m = MODULUS as i64;
        for i in [
            0,
            1,
            -1,
            -2,
            97,
            -97,
            m - 1,
            m,
            m + 1,
            -m + 1,
            -m,
            -m - 1,
            i64::MAX,
            i64::MIN,
        ] {
            assert_eq!(hash_int(i), hash_int_by_definition(i), "hash({i})");
        }
    }

    #[test]
    fn ascii_str_hash_matches_the_one_byte_form() {
        // CPython 3.12.1 with PYTHONHASHSEED=0 (the ASCII path and the one-byte-wide path).
        assert_eq!(hash_str("abc"), -4594863902769663758);
        assert_eq!(hash_str("é"), 6047309291227476195);
    }

    #[test]
    fn siphash_tails_of_every_length_match_the_byte_copy() {
        // The tail word built by copying the 0-7 remaining bytes into a zeroed word.
        let data: Vec<u8> = (1..=23u8).map(|b| b.wrapping_mul(37)).collect();
        for len in 0..data.len() {
            let rest = &data[len - len % 8..len];
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            assert_eq!(
                load_tail(rest),
                u64::from_le_bytes(word),
                "tail of {len} bytes"
            );
        }
        // CPython 3.12.1 with PYTHONHASHSEED=0: strs whose tails have every length.
        for (text, hash) in [
            ("", 0),
            ("a", 4644417185603328019),
            ("ab", 6148830537548944441),
            ("abc", -4594863902769663758),
            ("abcd", -2030606670787596663),
            ("abcde", 2674923165546153122),
            ("abcdef", 7070790388344807208),
            ("abcdefg", 7904145750247929094),
            ("abcdefgh", 4574395652268504554),
            ("abcdefghi", -532774252720507163),
        ] {
            assert_eq!(hash_str(text), hash, "hash({text:?})");
        }
    }

    #[test]
    fn keys_stay_found_through_removals_compaction_and_growth() {
        let d = Dict::new();
        // Keys whose hashes share low bits (multiples of 64) and negative ones.
        let keys: Vec<i64> = (0..600)
            .map(|i| if i % 2 == 0 { i * 64 } else { -i })
            .collect();
        for &k in &keys {
            d.insert_new(hash_int(k), Value::Int(k), Value::Int(k));
        }
        let present = |k: i64| d.find_simple(hash_int(k), &Value::Int(k));
        for (n, &k) in keys.iter().enumerate() {
            if n % 3 != 0 {
                let slot = present(k).expect("ints compare directly").expect("present");
                d.remove_at(slot);
            }
        }
        // Most entries removed: the entries were compacted, the table rebuilt.
        assert_eq!(d.len(), 200);
        for (n, &k) in keys.iter().enumerate() {
            let found = present(k).expect("ints compare directly");
            assert_eq!(found.is_some(), n % 3 == 0, "key {k}");
            if let Some(slot) = found {
                assert!(matches!(d.value_at(slot), Some(Value::Int(v)) if v == k));
            }
        }
        // Removed keys added again go after the kept ones, in insertion order.
        for &k in &keys[..30] {
            if present(k) == Some(None) {
                d.insert_new(hash_int(k), Value::Int(k), Value::Int(-k));
            }
        }
        let order: Vec<i64> = d
            .keys()
            .iter()
            .map(|k| match k {
                Value::Int(i) => *i,
                _ => unreachable!(),
            })
            .collect();
        let mut expected: Vec<i64> = keys
            .iter()
            .enumerate()
            .filter(|(n, _)| n % 3 == 0)
            .map(|(_, &k)| k)
            .collect();
        expected.extend(
            keys[..30]
                .iter()
                .enumerate()
                .filter(|(n, _)| n % 3 != 0)
                .map(|(_, &k)| k),
        );
        assert_eq!(order, expected);
        let again = d.get_int_or_str(&Value::Int(keys[1]));
        assert!(matches!(again, Some(Some(Value::Int(v))) if v == -keys[1]));
        d.clear();
        assert_eq!(present(0), Some(None));
    }

    #[test]
    fn small_int_keys_are_found_without_the_general_path() {
        let d = Dict::new();
        for i in 0..1000 {
            d.insert_new(hash_int(i), Value::Int(i), Value::Int(i * 2));
        }
        for i in 0..1000 {
            let slot = d.find_simple(hash_int(i), &Value::Int(i));
            assert_eq!(slot, Some(Some(i as usize)));
        }
        assert_eq!(d.find_simple(hash_int(5000), &Value::Int(5000)), Some(None));
        // 1.0 == 1: a float key finds the int entry.
        assert_eq!(
            d.find_simple(hash_int(1), &Value::Float(1.0)),
            Some(Some(1))
        );
    }
}
