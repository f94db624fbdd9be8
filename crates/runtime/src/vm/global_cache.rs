//! Where global names were last found: a small table from (name, module) to the entry's
//! position in the module's namespace, so loading a global usually costs one indexed read
//! and pointer comparisons instead of a hash lookup. The table is only a hint: an entry is
//! used only when the namespace still holds, at that position, the very key object found
//! there when the slot was filled (the slot holds that key and the looked-up name alive, so
//! neither address can be reused by another string while cached); otherwise the name is
//! looked up again.
//!
//! A name that is not a global but a builtin (`len`, `str`, `range`) is remembered as
//! absent from the module's namespace together with the namespace's version
//! (`object/namespace.rs`), which changes whenever a name may have been added or removed:
//! while it is unchanged the module's map is not searched again, and the builtin is read
//! through its own slot as above.
//!
//! Before that table, each load site of a code object tries the entry where that code last
//! found the name ([`GlobalSites`], [`push_hinted`]): a name object of the code's own is
//! compared with the entry's key, which the module's own stores made from the same string.

use std::cell::Cell;
use std::rc::Rc;

use crate::object::{clone_value, Module, Value};

/// The global-load sites of one code object, indexed by name index: where in the module's
/// namespace each name was last found by a load (a hint, used only when the entry there has
/// exactly the code's own name object as its key: see [`push_hinted`]). A module's code
/// objects share one string per distinct name and a store keys a new global by it, so a
/// module's own functions and variables are found at their first check, without the
/// table of [`GlobalCache`].
#[derive(Default)]
pub struct GlobalSites {
    hint: Box<[Cell<u32>]>,
}

impl GlobalSites {
    /// The sites of a code object with `n` names, none found yet.
    pub fn new(n: usize) -> GlobalSites {
        GlobalSites {
            hint: (0..n).map(|_| Cell::new(u32::MAX)).collect(),
        }
    }

    /// The hint of name `i`.
    #[inline(always)]
    pub fn hint(&self, i: u32) -> Option<&Cell<u32>> {
        self.hint.get(i as usize)
    }
}

/// Pushes the value bound to `name` in `module`'s namespace onto `stack` when the entry at
/// `index` has exactly the key object `name` (compared by address: the same object is the
/// same text, and both are alive, so the address names no other string); false (nothing
/// done) otherwise. A function (the commonest global loaded) is written as one directly.
#[inline(always)]
pub fn push_hinted(module: &Module, name: &Rc<str>, index: u32, stack: &mut Vec<Value>) -> bool {
    let dict = module.dict.borrow();
    let Some((key, v)) = dict.get_index(index as usize) else {
        return false;
    };
    if !Rc::ptr_eq(key, name) {
        return false;
    }
    if let Value::Function(func) = v {
        let func = func.clone();
        drop(dict);
        stack.push(Value::Function(func));
        return true;
    }
    stack.push(clone_value(v));
    true
}

/// Number of slots (a power of two).
const SLOTS: usize = 512;

#[derive(Clone, Default)]
struct Slot {
    /// The name looked up (a code object's name), kept alive while cached.
    name: Option<Rc<str>>,
    /// The namespace key equal to `name` found at `index`, kept alive while cached.
    key: Option<Rc<str>>,
    /// The module's address (only a hint: the key check decides).
    module: usize,
    index: u32,
    /// When non-zero, `name` was absent from the module's namespace at this version of it
    /// (and `key`/`index` mean nothing).
    absent_at: u64,
}

/// The cache of global-name positions.
pub struct GlobalCache {
    slots: Vec<Slot>,
}

impl Default for GlobalCache {
    fn default() -> GlobalCache {
        GlobalCache {
            slots: vec![Slot::default(); SLOTS],
        }
    }
}

/// The slot for `name` in `module` (both by address: the slot's contents decide).
#[inline(always)]
fn slot_index(name: &Rc<str>, module: &Module) -> usize {
    let name_addr = Rc::as_ptr(name) as *const u8 as usize;
    let module_addr = module as *const Module as usize;
    ((name_addr >> 3) ^ (module_addr >> 4)) & (SLOTS - 1)
}

/// True if `slot` holds exactly `rc` (compared by address).
#[inline(always)]
fn holds(slot: &Option<Rc<str>>, rc: &Rc<str>) -> bool {
    slot.as_ref().is_some_and(|s| Rc::ptr_eq(s, rc))
}

impl GlobalCache {
    /// The value bound to `name` in `module`'s namespace, if any.
    #[inline(always)]
    pub fn get(&mut self, module: &Module, name: &Rc<str>) -> Option<Value> {
        let module_addr = module as *const Module as usize;
        let slot = &mut self.slots[slot_index(name, module)];
        if slot.module == module_addr && slot.absent_at == 0 && holds(&slot.name, name) {
            if let Some(v) = read_at(module, slot) {
                return Some(v);
            }
        }
        let dict = module.dict.borrow();
        let (index, key, v) = dict.get_full(&**name)?;
        *slot = Slot {
            name: Some(name.clone()),
            key: Some(key.clone()),
            module: module_addr,
            index: index as u32,
            absent_at: 0,
        };
        Some(v.clone())
    }

    /// `LoadGlobal`'s push: the value [`GlobalCache::get_global_or_builtin`] finds for
    /// `name`, pushed on `stack` (true), or nothing done (false) when the name is bound
    /// nowhere. The common cases (the entry the slot names still has its key; a builtin
    /// whose absence from the module still holds, found at its own slot) are read in place
    /// and copied straight onto the stack, a global's position then given to the load's
    /// `site` hint (see [`GlobalSites`]); everything else takes the lookup out of line.
    #[inline(always)]
    pub fn push_global_or_builtin(
        &mut self,
        module: &Module,
        builtins: &Module,
        name: &Rc<str>,
        stack: &mut Vec<Value>,
        site: &Cell<u32>,
    ) -> bool {
        let mut holder = module;
        let mut slot = &self.slots[slot_index(name, module)];
        if slot.module == module as *const Module as usize
            && holds(&slot.name, name)
            && slot.absent_at != 0
            && slot.absent_at == module.dict.version()
        {
            holder = builtins;
            slot = &self.slots[slot_index(name, builtins)];
        }
        if slot.module == holder as *const Module as usize
            && slot.absent_at == 0
            && holds(&slot.name, name)
        {
            let dict = holder.dict.borrow();
            if let Some((key, v)) = dict.get_index(slot.index as usize) {
                if holds(&slot.key, key) {
                    stack.push(clone_global(v));
                    if std::ptr::eq(holder, module) {
                        site.set(slot.index);
                    }
                    return true;
                }
            }
        }
        self.push_looked_up(module, builtins, name, stack)
    }

    /// [`GlobalCache::push_global_or_builtin`] through the full lookup (which refills the
    /// slots).
    #[inline(never)]
    fn push_looked_up(
        &mut self,
        module: &Module,
        builtins: &Module,
        name: &Rc<str>,
        stack: &mut Vec<Value>,
    ) -> bool {
        match self.get_global_or_builtin(module, builtins, name) {
            Some(v) => {
                stack.push(v);
                true
            }
            None => false,
        }
    }

    /// The value `LoadGlobal` finds for `name`: the global in `module`'s namespace, else the
    /// builtin in `builtins`' (see the module doc: a name known absent from the module's
    /// namespace at its current version is not looked up there again).
    #[inline(always)]
    pub fn get_global_or_builtin(
        &mut self,
        module: &Module,
        builtins: &Module,
        name: &Rc<str>,
    ) -> Option<Value> {
        let module_addr = module as *const Module as usize;
        let slot = &mut self.slots[slot_index(name, module)];
        if slot.module == module_addr && holds(&slot.name, name) {
            if slot.absent_at != 0 {
                if slot.absent_at == module.dict.version() {
                    return self.get(builtins, name);
                }
            } else if let Some(v) = read_at(module, slot) {
                return Some(v);
            }
        }
        let found = {
            let dict = module.dict.borrow();
            dict.get_full(&**name)
                .map(|(index, key, v)| (index, key.clone(), v.clone()))
        };
        match found {
            Some((index, key, v)) => {
                *slot = Slot {
                    name: Some(name.clone()),
                    key: Some(key),
                    module: module_addr,
                    index: index as u32,
                    absent_at: 0,
                };
                Some(v)
            }
            None => {
                *slot = Slot {
                    name: Some(name.clone()),
                    key: None,
                    module: module_addr,
                    index: 0,
                    absent_at: module.dict.version(),
                };
                self.get(builtins, name)
            }
        }
    }

    /// Binds `name` to `v` in `module`'s namespace, as `insert` does: in place at the entry
    /// where the name was last found when the slot's key check says it is still there, else
    /// by inserting it (and remembering where).
    #[inline(always)]
    pub fn set(&mut self, module: &Module, name: &Rc<str>, v: Value) {
        let module_addr = module as *const Module as usize;
        let slot = &mut self.slots[slot_index(name, module)];
        let v = if slot.module == module_addr && slot.absent_at == 0 && holds(&slot.name, name) {
            match &slot.key {
                Some(key) => match module.dict.replace_value_at(slot.index as usize, key, v) {
                    Ok(old) => {
                        drop(old);
                        return;
                    }
                    Err(v) => v,
                },
                None => v,
            }
        } else {
            v
        };
        let mut dict = module.dict.borrow_mut();
        let (index, old) = dict.insert_full(name.clone(), v);
        let key = dict.get_index(index).map(|(k, _)| k.clone());
        drop(dict);
        drop(old);
        *slot = Slot {
            name: Some(name.clone()),
            key,
            module: module_addr,
            index: index as u32,
            absent_at: 0,
        };
    }
}

/// A copy of a global's value for `LoadGlobal`'s push: a function (the commonest global
/// loaded: every call of a module-level function) by its reference count's increment
/// inline, the rest as [`clone_value`] copies them (immediates inline, others by the
/// general clone, which is out of line).
#[inline(always)]
fn clone_global(v: &Value) -> Value {
    match v {
        Value::Function(f) => Value::Function(f.clone()),
        other => clone_value(other),
    }
}

/// The value at the slot's entry of `module`'s namespace when that entry still has the
/// slot's key object (the key found when filling equals the name; the same object is the
/// same text).
#[inline(always)]
fn read_at(module: &Module, slot: &Slot) -> Option<Value> {
    let dict = module.dict.borrow();
    let (key, v) = dict.get_index(slot.index as usize)?;
    if holds(&slot.key, key) {
        Some(v.clone())
    } else {
        None
    }
}
