//! The hash of the str hashed last, kept with the str: looking a key up twice in a row (`d[k]
//! = d.get(k, 0) + 1`, `if k in d: d[k]`) hashes its text once. CPython keeps every str's
//! hash in the object; a str here is a plain `Rc<str>`, so one entry per thread remembers the
//! last one. The entry holds the str (a clone of the `Rc`), so its address cannot be reused
//! by another str while it is cached: the same address is the same text.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::dict::hash_str;

thread_local! {
    /// The address of the cached str's text (null when none).
    static ADDR: Cell<*const u8> = const { Cell::new(std::ptr::null()) };
    /// Its hash.
    static HASH: Cell<i64> = const { Cell::new(0) };
    /// The str itself, kept alive while cached.
    static HELD: RefCell<Option<Rc<str>>> = const { RefCell::new(None) };
}

/// Empties the cache (a new run starts: the str an earlier run hashed last is released).
pub fn forget() {
    let old = HELD.with(|held| held.take());
    ADDR.with(|a| a.set(std::ptr::null()));
    drop(old);
}

/// `hash_str(s)`, from the cache when `s` is the str hashed last.
#[inline]
pub fn hash_str_cached(s: &Rc<str>) -> i64 {
    let addr = s.as_ptr();
    if ADDR.with(Cell::get) == addr {
        return HASH.with(Cell::get);
    }
    let h = hash_str(s);
    let old = HELD.with(|held| held.replace(Some(s.clone())));
    ADDR.with(|a| a.set(addr));
    HASH.with(|c| c.set(h));
    drop(old);
    h
}
