//! The attribute lookup cache of classes (CPython's type method cache).
//!
//! Every class carries a version tag, unique over the run: a class gets a fresh one when it is
//! created and whenever its namespace or the namespace of a class in its MRO changes
//! (`TypeObject::dict_mut`). A direct-mapped table maps (version, attribute name) to where an
//! MRO walk found the name: the MRO position and the entry index in that class's namespace,
//! or nowhere. An entry can only be hit by the same class in the same state, so it never
//! answers with a stale location; the table holds no class values (nothing is kept alive).

use std::cell::{Cell, RefCell};
use std::hash::Hasher;
use std::rc::Rc;

/// Number of table entries (a power of two).
const SIZE: usize = 4096;

/// One cached lookup.
#[derive(Clone, Default)]
struct Entry {
    /// The class version the lookup was made at (0: empty entry).
    version: u64,
    /// Whether built-in classes were skipped (`user_method` lookups).
    user_only: bool,
    /// The attribute name.
    name: Option<Rc<str>>,
    /// (MRO position, namespace entry index), or `None` when no class defines the name.
    found: Option<(usize, usize)>,
}

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
    static TABLE: RefCell<Vec<Entry>> = RefCell::new(vec![Entry::default(); SIZE]);
}

/// A version tag never handed out before on this thread.
pub fn fresh_version() -> u64 {
    NEXT_VERSION.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

/// The table slot of a lookup.
fn slot(version: u64, name: &str, user_only: bool) -> usize {
    let mut h = rustc_hash::FxHasher::default();
    h.write(name.as_bytes());
    h.write_u64(version.wrapping_mul(2) | user_only as u64);
    (h.finish() as usize) & (SIZE - 1)
}

/// The cached result of looking `name` up in the class at `version`: `Some(found)` on a hit.
pub fn get(version: u64, name: &str, user_only: bool) -> Option<Option<(usize, usize)>> {
    let i = slot(version, name, user_only);
    TABLE.with(|t| {
        let t = t.borrow();
        let e = &t[i];
        let same = e.version == version
            && e.user_only == user_only
            && e.name.as_deref().is_some_and(|n| n == name);
        same.then_some(e.found)
    })
}

/// Caches the result of looking `name` up in the class at `version`.
pub fn put(version: u64, name: &str, user_only: bool, found: Option<(usize, usize)>) {
    let i = slot(version, name, user_only);
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let e = &mut t[i];
        let name = match e.name.take() {
            Some(n) if &*n == name => n,
            _ => Rc::from(name),
        };
        *e = Entry {
            version,
            user_only,
            name: Some(name),
            found,
        };
    })
}
