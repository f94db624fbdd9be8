//! The short repr of plain instances (`<Counter object>`, see `short_repr.rs`), which depends
//! only on the class name: remembered per class name string, so recording an instance (the
//! `self` argument at every method's frame entry) builds and interns no text once its class
//! was seen. The text is interned the first time, exactly as without the table, and ids are
//! never forgotten by the interner, so the log is the same.

use std::rc::Rc;

use super::intern::{Interner, Sym};
use super::short_repr;
use crate::object::Value;
use crate::recorder::ShortVal;

/// Slots of the direct-mapped table (a power of two).
const SLOTS: usize = 64;

/// A direct-mapped table from class names to the id of their instances' short repr. Each
/// slot holds its name, so the name's address is not reused by another while cached.
pub struct InstanceNames {
    slots: Vec<Option<(Rc<str>, Sym)>>,
}

impl Default for InstanceNames {
    fn default() -> Self {
        InstanceNames {
            slots: vec![None; SLOTS],
        }
    }
}

impl InstanceNames {
    /// `short_repr::short_val(v, strings)`, from the table when `v` is an instance that is no
    /// exception (whose short repr shows its arguments instead).
    #[inline(always)]
    pub fn short_val(&mut self, v: &Value, strings: &mut Interner) -> ShortVal {
        match v {
            Value::Int(i) => ShortVal::Int(*i),
            Value::Instance(_) if v.exc_data().is_none() => self.instance_short_val(v, strings),
            _ => short_repr::short_val(v, strings),
        }
    }

    /// [`InstanceNames::short_val`] of an instance that is no exception.
    fn instance_short_val(&mut self, v: &Value, strings: &mut Interner) -> ShortVal {
        let Value::Instance(inst) = v else {
            return short_repr::short_val(v, strings);
        };
        let class = inst.class.borrow();
        let name = &class.name;
        let address = name.as_ptr() as usize;
        let slot = &mut self.slots[((address >> 4) ^ (address >> 10)) & (SLOTS - 1)];
        if let Some((cached, sym)) = slot {
            if Rc::ptr_eq(cached, name) {
                return ShortVal::Text(*sym);
            }
        }
        let value = short_repr::short_val(v, strings);
        if let ShortVal::Text(sym) = value {
            *slot = Some((name.clone(), sym));
        }
        value
    }
}
