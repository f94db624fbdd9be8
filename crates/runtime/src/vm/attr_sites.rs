//! Inline caches of attribute instructions (`LoadAttr`/`StoreAttr`), one pair per attribute
//! name of a code object.
//!
//! A cache remembers the version tag of the last class (see `object::type_cache`) for which
//! the general path was checked to reduce to the instance dictionary:
//! - *load*: no class along the MRO defines the name, so `obj.name` is the instance
//!   attribute when the instance has it (otherwise the general path runs: special attributes,
//!   `__getattr__`, the AttributeError);
//! - *method*: the class attribute is a Python function (kept weakly: the class namespace
//!   holds it while the version is unchanged) and the instance is plain or native, so
//!   `obj.name` is that function bound to `obj` when the instance dict lacks the name;
//! - *store*: no class defines the name or `__setattr__`, the class has no `__slots__`, and
//!   the instance is a plain one (no exception or library state), so `obj.name = v` sets the
//!   instance attribute.
//!
//! Version tags are unique over the run and change with every change to a class namespace
//! along the MRO, so a hit always means the same class in the same state.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use super::class_protocol::slot_names;
use super::ops::user_method;
use crate::object::{Function, NativeFunction, Payload, TypeObject, Value};

/// The load and store caches of one code object, indexed by name index.
#[derive(Default, Debug)]
pub struct AttrSites {
    /// Per name: the class version whose loads of it read the instance dict (0: none).
    load: Box<[Cell<u64>]>,
    /// Per name: the class version whose stores of it write the instance dict (0: none).
    store: Box<[Cell<u64>]>,
    /// Per name: the class version whose loads of it bind a Python function (0: none).
    method: Box<[Cell<u64>]>,
    /// Per name: that function.
    method_fn: Box<[RefCell<Weak<Function>>]>,
    /// Per name: where in an instance's attribute map the name was last found (a hint,
    /// checked by the key's identity: see `InstanceAttrs::get_hinted`).
    slot: Box<[Cell<u32>]>,
    /// Per name: the native method that `obj.name` binds for a value of a built-in type
    /// (see `vm/method_call.rs`).
    builtin: Box<[RefCell<Option<BuiltinMethodSite>>]>,
}

/// What a method call site learned about `obj.name` on values of one built-in type: the
/// class attribute is the native method `method` while `class` keeps `version`.
pub struct BuiltinMethodSite {
    /// The receiver's kind (`vm/method_call.rs::receiver_kind`), which fixes its class.
    pub kind: u8,
    /// That class.
    pub class: Rc<TypeObject>,
    /// The class's version when the method was looked up.
    pub version: u64,
    /// The method descriptor.
    pub method: Rc<NativeFunction>,
}

impl std::fmt::Debug for BuiltinMethodSite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}.{} (kind {}, version {})",
            self.class.name, self.method.name, self.kind, self.version
        )
    }
}

impl AttrSites {
    /// Empty caches for `n` names.
    pub fn new(n: usize) -> AttrSites {
        AttrSites {
            load: (0..n).map(|_| Cell::new(0)).collect(),
            store: (0..n).map(|_| Cell::new(0)).collect(),
            method: (0..n).map(|_| Cell::new(0)).collect(),
            method_fn: (0..n).map(|_| RefCell::new(Weak::new())).collect(),
            slot: (0..n).map(|_| Cell::new(0)).collect(),
            builtin: (0..n).map(|_| RefCell::new(None)).collect(),
        }
    }

    /// The native method that name `i` binds on receivers of `kind`, if the site learned it
    /// and the class has not changed since.
    #[inline]
    pub fn builtin_hit(&self, i: u32, kind: u8) -> Option<Rc<NativeFunction>> {
        let site = self.builtin.get(i as usize)?.borrow();
        let site = site.as_ref()?;
        (site.kind == kind && site.class.version() == site.version).then(|| site.method.clone())
    }

    /// Remembers what name `i` binds on receivers of one kind.
    pub fn set_builtin(&self, i: u32, site: BuiltinMethodSite) {
        if let Some(slot) = self.builtin.get(i as usize) {
            *slot.borrow_mut() = Some(site);
        }
    }

    /// The function that loads of name `i` on instances of the class at `version` bind, if
    /// the method cache says so.
    #[inline]
    pub fn method_hit(&self, i: u32, version: u64) -> Option<Rc<Function>> {
        let i = i as usize;
        if self.method.get(i)?.get() != version {
            return None;
        }
        self.method_fn.get(i)?.borrow().upgrade()
    }

    /// Remembers that loads of name `i` on the class at `version` bind `f`.
    pub fn set_method(&self, i: u32, version: u64, f: &Rc<Function>) {
        let i = i as usize;
        if let (Some(v), Some(slot)) = (self.method.get(i), self.method_fn.get(i)) {
            v.set(version);
            *slot.borrow_mut() = Rc::downgrade(f);
        }
    }

    /// The hint of where name `i` sits in instance attribute maps (see `slot`).
    #[inline]
    pub fn slot_hint(&self, i: u32) -> Option<&Cell<u32>> {
        self.slot.get(i as usize)
    }

    /// True if loads of name `i` on instances of the class at `version` read the instance
    /// dict.
    #[inline]
    pub fn load_hit(&self, i: u32, version: u64) -> bool {
        self.load
            .get(i as usize)
            .is_some_and(|c| c.get() == version)
    }

    /// Remembers that loads of name `i` on the class at `version` read the instance dict.
    pub fn set_load(&self, i: u32, version: u64) {
        if let Some(c) = self.load.get(i as usize) {
            c.set(version);
        }
    }

    /// True if stores of name `i` on instances of the class at `version` write the instance
    /// dict.
    #[inline]
    pub fn store_hit(&self, i: u32, version: u64) -> bool {
        self.store
            .get(i as usize)
            .is_some_and(|c| c.get() == version)
    }

    /// Remembers that stores of name `i` on the class at `version` write the instance dict.
    pub fn set_store(&self, i: u32, version: u64) {
        if let Some(c) = self.store.get(i as usize) {
            c.set(version);
        }
    }
}

impl super::Vm {
    /// Fills the load cache of name `i` in the top frame's code when `obj.name` reduces to
    /// the instance dict (`obj` an instance whose class defines no `name`).
    pub(super) fn learn_attr_load(&mut self, i: u32, obj: &Value, name: &str) {
        let Value::Instance(inst) = obj else { return };
        if matches!(inst.payload, Payload::Super { .. }) {
            return;
        }
        let t = inst.class.borrow().clone();
        match t.lookup(name) {
            None => self.frame().code.attr_sites.set_load(i, t.version()),
            Some(Value::Function(f))
                if matches!(inst.payload, Payload::None | Payload::Native(_))
                    && name != "__class__"
                    && name != "__dict__" =>
            {
                self.frame().code.attr_sites.set_method(i, t.version(), &f)
            }
            Some(_) => {}
        }
    }

    /// `obj.name = v` at name `i` of the top frame's code, when it reduces to an instance
    /// dict store (see the module documentation; the cache is filled here when it does):
    /// stores and gives `None`, else gives `v` back for the general path.
    pub(super) fn learn_attr_store(
        &mut self,
        i: u32,
        obj: &Value,
        name: &Rc<str>,
        v: Value,
    ) -> Option<Value> {
        let Value::Instance(inst) = obj else {
            return Some(v);
        };
        if !matches!(inst.payload, Payload::None) || &**name == "__class__" || &**name == "__dict__"
        {
            return Some(v);
        }
        let t = inst.class.borrow().clone();
        let sites = &self.frame().code.attr_sites;
        if !sites.store_hit(i, t.version()) {
            if t.lookup(name).is_some()
                || user_method(&t, "__setattr__").is_some()
                || slot_names(&t).is_some()
            {
                return Some(v);
            }
            sites.set_store(i, t.version());
        }
        inst.dict.set_shared(name, v);
        None
    }
}
