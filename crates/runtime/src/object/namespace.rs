//! A module's global namespace: its attribute map and a *version* that changes whenever the
//! map may have gained or lost a name, so that "this name is not a global of that module"
//! can be remembered (`vm/global_cache.rs`: a builtin such as `len` is found without first
//! failing a lookup in the module's map).
//!
//! Every write goes through [`Namespace::borrow_mut`], which takes a new version before
//! handing out the map (the versions come from one per-thread counter, so no two namespaces
//! ever share one and a version is never reused, even by a namespace allocated where another
//! was freed). The only write that keeps the version is [`Namespace::replace_value_at`],
//! which replaces the value of an existing entry and cannot change the set of names.

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::Rc;

use super::{new_attr_map, AttrMap, Value};

thread_local! {
    /// The last version handed out (0 is never one).
    static LAST_VERSION: Cell<u64> = const { Cell::new(0) };
}

/// A version no namespace had before.
fn fresh_version() -> u64 {
    LAST_VERSION.with(|c| {
        let v = c.get() + 1;
        c.set(v);
        v
    })
}

/// A module's names and values, with a version for the names it holds (see the module doc).
pub struct Namespace {
    map: RefCell<AttrMap>,
    version: Cell<u64>,
}

impl Default for Namespace {
    fn default() -> Namespace {
        Namespace {
            map: RefCell::new(new_attr_map()),
            version: Cell::new(fresh_version()),
        }
    }
}

impl Namespace {
    /// An empty namespace.
    pub fn new() -> Namespace {
        Namespace::default()
    }

    /// The map, for reading.
    #[inline(always)]
    pub fn borrow(&self) -> Ref<'_, AttrMap> {
        self.map.borrow()
    }

    /// The map, for writing: the version changes first, as any name may be added or removed.
    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, AttrMap> {
        self.version.set(fresh_version());
        self.map.borrow_mut()
    }

    /// The current version: equal to an earlier reading only if no name was added or removed
    /// since (never equal to another namespace's).
    #[inline(always)]
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// Replaces the value at `index` if the entry there has exactly the key object `key`
    /// (compared by address), returning the old value, or gives `v` back. The names are
    /// unchanged, so the version stays.
    #[inline(always)]
    pub fn replace_value_at(&self, index: usize, key: &Rc<str>, v: Value) -> Result<Value, Value> {
        let mut map = self.map.borrow_mut();
        match map.get_index_mut(index) {
            Some((k, old)) if Rc::ptr_eq(k, key) => Ok(std::mem::replace(old, v)),
            _ => Err(v),
        }
    }
}
