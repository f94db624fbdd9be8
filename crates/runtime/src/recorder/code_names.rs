//! The interned names of recently entered code objects (qualified name and local variable
//! names), so entering a frame or storing a local finds its name's id by an index into a
//! small table instead of hashing the name. A name is interned the first time an event uses
//! it, exactly as without the table, so the log's string ids are the same. The slot also
//! remembers whether the code is the runtime's own (`is_internal_code`), so entering a frame
//! compares no file name.

use std::rc::{Rc, Weak};

use super::intern::{Interner, Sym};
use crate::compiler::CodeObject;

/// Slots of the direct-mapped table (a power of two).
const SLOTS: usize = 256;

/// Interned names of one code object. The weak reference pins the code object's
/// allocation, so another code object can never be mistaken for it at the same address.
pub struct CodeSyms {
    code: Weak<CodeObject>,
    /// The code is the runtime's own library (`super::is_internal_code`): not recorded.
    pub internal: bool,
    qualname: Option<Sym>,
    varnames: Vec<Option<Sym>>,
}

impl CodeSyms {
    fn empty() -> CodeSyms {
        CodeSyms {
            code: Weak::new(),
            internal: false,
            qualname: None,
            varnames: Vec::new(),
        }
    }

    /// The id of `code`'s qualified name (`code` is the code object of this slot).
    #[inline]
    pub fn qualname(&mut self, code: &CodeObject, strings: &mut Interner) -> Sym {
        *self
            .qualname
            .get_or_insert_with(|| strings.intern_rc(&code.qualname))
    }

    /// The id of the name of local variable `i` of `code` (the code object of this slot;
    /// `None` past the last one).
    #[inline]
    pub fn varname(&mut self, code: &CodeObject, i: usize, strings: &mut Interner) -> Option<Sym> {
        let cached = self.varnames.get_mut(i)?;
        Some(*cached.get_or_insert_with(|| strings.intern_rc(&code.varnames[i])))
    }
}

/// Gives `slot` to `code`, with none of its names interned yet.
#[cold]
fn take_over(slot: &mut CodeSyms, code: &Rc<CodeObject>) {
    *slot = CodeSyms {
        code: Rc::downgrade(code),
        internal: super::is_internal_code(code),
        qualname: None,
        varnames: vec![None; code.varnames.len()],
    };
}

/// A direct-mapped table from code objects to the ids of their names.
pub struct CodeNames {
    slots: Vec<CodeSyms>,
}

impl Default for CodeNames {
    fn default() -> Self {
        CodeNames {
            slots: (0..SLOTS).map(|_| CodeSyms::empty()).collect(),
        }
    }
}

impl CodeNames {
    /// The slot of `code`, taken over from whatever code object held it before.
    #[inline(always)]
    pub fn slot(&mut self, code: &Rc<CodeObject>) -> &mut CodeSyms {
        let address = Rc::as_ptr(code) as usize;
        let index = ((address >> 4) ^ (address >> 12)) & (SLOTS - 1);
        let slot = &mut self.slots[index];
        if !std::ptr::eq(slot.code.as_ptr(), Rc::as_ptr(code)) {
            take_over(slot, code);
        }
        slot
    }

    /// The id of the name of `code`'s local variable `i` (`None` past the last one).
    #[inline]
    pub fn varname(
        &mut self,
        code: &Rc<CodeObject>,
        i: usize,
        strings: &mut Interner,
    ) -> Option<Sym> {
        self.slot(code).varname(code, i, strings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_interned_on_first_use_and_reused() {
        let code = Rc::new(CodeObject {
            qualname: Rc::from("f"),
            varnames: vec![Rc::from("a"), Rc::from("b")],
            ..CodeObject::default()
        });
        let mut strings = Interner::default();
        let mut names = CodeNames::default();
        let before = strings.len();
        let b = names.varname(&code, 1, &mut strings).unwrap();
        assert_eq!(strings.get(b), "b");
        assert_eq!(strings.len(), before + 1, "only the name used is interned");
        assert_eq!(names.varname(&code, 1, &mut strings), Some(b));
        assert_eq!(names.varname(&code, 2, &mut strings), None);
        let f = names.slot(&code).qualname(&code, &mut strings);
        assert_eq!(strings.get(f), "f");
        assert_eq!(strings.intern("f"), f);
    }
}
