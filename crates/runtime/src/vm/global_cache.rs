//! Where global names were last found: a small table from (name, module) to the entry's
//! position in the module's namespace, so loading a global usually costs one indexed read
//! instead of a hash lookup. The table is only a hint: an entry is used only when the
//! namespace still holds that very name at that position (so insertions, deletions and
//! reused addresses can never give a wrong value), otherwise the name is looked up again.

use std::rc::Rc;

use crate::object::{Module, Value};

/// Number of slots (a power of two).
const SLOTS: usize = 512;

#[derive(Clone, Copy, Default)]
struct Slot {
    name: usize,
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

impl GlobalCache {
    /// The value bound to `name` in `module`'s namespace, if any.
    #[inline]
    pub fn get(&mut self, module: &Module, name: &Rc<str>) -> Option<Value> {
        let name_addr = Rc::as_ptr(name) as *const u8 as usize;
        let module_addr = module as *const Module as usize;
        let slot = &mut self.slots[((name_addr >> 3) ^ (module_addr >> 4)) & (SLOTS - 1)];
        let dict = module.dict.borrow();
        if slot.name == name_addr && slot.module == module_addr {
            if let Some((key, v)) = dict.get_index(slot.index as usize) {
                if Rc::ptr_eq(key, name) || **key == **name {
                    return Some(v.clone());
                }
            }
        }
        let (index, _, v) = dict.get_full(&**name)?;
        *slot = Slot {
            name: name_addr,
            module: module_addr,
            index: index as u32,
        };
        Some(v.clone())
    }
}
