//! Where global names were last found: a small table from (name, module) to the entry's
//! position in the module's namespace, so loading a global usually costs one indexed read
//! and pointer comparisons instead of a hash lookup. The table is only a hint: an entry is
//! used only when the namespace still holds, at that position, the very key object found
//! there when the slot was filled (the slot holds that key and the looked-up name alive, so
//! neither address can be reused by another string while cached); otherwise the name is
//! looked up again.

use std::rc::Rc;

use crate::object::{Module, Value};

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

/// True if `slot` holds exactly `rc` (compared by address).
#[inline(always)]
fn holds(slot: &Option<Rc<str>>, rc: &Rc<str>) -> bool {
    slot.as_ref().is_some_and(|s| Rc::ptr_eq(s, rc))
}

impl GlobalCache {
    /// The value bound to `name` in `module`'s namespace, if any.
    #[inline(always)]
    pub fn get(&mut self, module: &Module, name: &Rc<str>) -> Option<Value> {
        let name_addr = Rc::as_ptr(name) as *const u8 as usize;
        let module_addr = module as *const Module as usize;
        let slot = &mut self.slots[((name_addr >> 3) ^ (module_addr >> 4)) & (SLOTS - 1)];
        let dict = module.dict.borrow();
        if slot.module == module_addr && holds(&slot.name, name) {
            if let Some((key, v)) = dict.get_index(slot.index as usize) {
                // The key found when filling equals `name`; the same object is the same text.
                if holds(&slot.key, key) {
                    return Some(v.clone());
                }
            }
        }
        let (index, key, v) = dict.get_full(&**name)?;
        *slot = Slot {
            name: Some(name.clone()),
            key: Some(key.clone()),
            module: module_addr,
            index: index as u32,
        };
        Some(v.clone())
    }

    /// Binds `name` to `v` in `module`'s namespace, as `insert` does: in place at the entry
    /// where the name was last found when the slot's key check says it is still there, else
    /// by inserting it (and remembering where).
    #[inline(always)]
    pub fn set(&mut self, module: &Module, name: &Rc<str>, v: Value) {
        let name_addr = Rc::as_ptr(name) as *const u8 as usize;
        let module_addr = module as *const Module as usize;
        let slot = &mut self.slots[((name_addr >> 3) ^ (module_addr >> 4)) & (SLOTS - 1)];
        let mut dict = module.dict.borrow_mut();
        if slot.module == module_addr && holds(&slot.name, name) {
            if let Some((key, old)) = dict.get_index_mut(slot.index as usize) {
                if holds(&slot.key, key) {
                    let old = std::mem::replace(old, v);
                    drop(dict);
                    drop(old);
                    return;
                }
            }
        }
        let (index, old) = dict.insert_full(name.clone(), v);
        let key = dict.get_index(index).map(|(k, _)| k.clone());
        drop(dict);
        drop(old);
        *slot = Slot {
            name: Some(name.clone()),
            key,
            module: module_addr,
            index: index as u32,
        };
    }
}
