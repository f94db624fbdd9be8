//! Set and frozenset algorithms, step for step as CPython 3.12's `setobject.c` performs them
//! (which operand is iterated, what is copied first, when tables are presized), because the
//! resulting table layout is the iteration order users see. Key equality may run Python code
//! (`__eq__`), so these live on the VM; the table itself is `object/set_table.rs`.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::object::dict::simple_eq;
use crate::object::exception::exc;
use crate::object::set_table::SetTable;
use crate::object::{SetObj, Value};

impl Vm {
    /// Finds `key` (with its precomputed hash) in a set table: its slot if present.
    fn set_find_hashed(&mut self, t: &SetTable, h: i64, key: &Value) -> PyResult<Option<usize>> {
        for (idx, k) in t.candidates(h) {
            if k.is(key) {
                return Ok(Some(idx));
            }
            let eq = match simple_eq(&k, key) {
                Some(r) => r,
                None => self.eq_nested(&k, key)?,
            };
            if eq {
                return Ok(Some(idx));
            }
        }
        Ok(None)
    }

    /// `key in s`.
    pub fn set_contains(&mut self, t: &SetTable, key: &Value) -> PyResult<bool> {
        let h = self.hash_value(key)?;
        Ok(self.set_find_hashed(t, h, key)?.is_some())
    }

    /// Adds a key whose hash is known (CPython's `set_add_entry`).
    pub fn set_add_hashed(&mut self, t: &SetTable, h: i64, key: Value) -> PyResult<()> {
        if self.set_find_hashed(t, h, &key)?.is_none() {
            if t.len() >= self.max_alloc {
                return Err(exc("MemoryError", "aiterscope: set exceeds the memory cap"));
            }
            self.check_bytes(0)?;
            t.insert_new(h, key);
        }
        Ok(())
    }

    /// `s.add(key)`.
    pub fn set_add(&mut self, t: &SetTable, key: Value) -> PyResult<()> {
        let h = self.hash_value(&key)?;
        self.set_add_hashed(t, h, key)
    }

    /// Removes a key whose hash is known; true if it was there.
    fn set_discard_hashed(&mut self, t: &SetTable, h: i64, key: &Value) -> PyResult<bool> {
        Ok(match self.set_find_hashed(t, h, key)? {
            Some(i) => t.remove_at(i).is_some(),
            None => false,
        })
    }

    /// `s.discard(key)`; true if it was there.
    pub fn set_discard(&mut self, t: &SetTable, key: &Value) -> PyResult<bool> {
        let h = self.hash_value(key)?;
        self.set_discard_hashed(t, h, key)
    }

    /// CPython's `set_merge`: adds every element of another set.
    pub fn set_merge(&mut self, t: &SetTable, other: &SetTable) -> PyResult<()> {
        if std::ptr::eq(t, other) || other.is_empty() {
            return Ok(());
        }
        t.presize(other.len());
        if t.merge_into_empty(other) {
            return Ok(());
        }
        for (h, k) in other.entries() {
            self.set_add_hashed(t, h, k)?;
        }
        Ok(())
    }

    /// CPython's `set_update_internal`: sets merge, dicts add their keys after one presize,
    /// anything else is iterated.
    pub fn set_update_from(&mut self, t: &SetTable, src: &Value) -> PyResult<()> {
        match src {
            Value::Set(o) => self.set_merge(t, &o.items),
            Value::Dict(d) => {
                t.presize(d.len());
                for e in d.entries() {
                    self.set_add_hashed(t, e.hash, e.key)?;
                }
                Ok(())
            }
            other => {
                for k in self.iterate_nested(other)? {
                    self.set_add(t, k)?;
                }
                Ok(())
            }
        }
    }

    /// A new set or frozenset from an iterable (`set(x)`, `frozenset(x)`, copies).
    pub fn new_set_from(&mut self, src: Option<&Value>, frozen: bool) -> PyResult<Rc<SetObj>> {
        let s = Rc::new(SetObj::new(frozen));
        if let Some(src) = src {
            self.set_update_from(&s.items, src)?;
        }
        Ok(s)
    }

    /// A set display whose elements are all constants: CPython folds it into a frozenset
    /// constant (built from the elements, then rebuilt in its own order when the compiler
    /// merges constants). `for_iteration` returns that frozenset itself (a `for` loop over the
    /// display); otherwise a fresh set is built from it (`BUILD_SET 0; SET_UPDATE`).
    pub fn const_set_display(&mut self, items: Vec<Value>, for_iteration: bool) -> PyResult<Value> {
        let first = SetTable::new();
        for k in items {
            self.set_add(&first, k)?;
        }
        let folded = Rc::new(SetObj::new(true));
        for k in first.keys() {
            self.set_add(&folded.items, k)?;
        }
        if for_iteration {
            return Ok(Value::Set(folded));
        }
        let out = Rc::new(SetObj::new(false));
        self.set_merge(&out.items, &folded.items)?;
        Ok(Value::Set(out))
    }

    /// `a | b` and `a.union(b)` (a copy of `a`, then `b` added).
    pub fn set_union(&mut self, a: &Rc<SetObj>, b: &Value, frozen: bool) -> PyResult<Rc<SetObj>> {
        let out = Rc::new(SetObj::new(frozen));
        self.set_merge(&out.items, &a.items)?;
        if !matches!(b, Value::Set(o) if Rc::ptr_eq(o, a)) {
            self.set_update_from(&out.items, b)?;
        }
        Ok(out)
    }

    /// CPython's `set_intersection`: iterates the smaller set (or the iterable).
    pub fn set_intersection(
        &mut self,
        a: &Rc<SetObj>,
        b: &Value,
        frozen: bool,
    ) -> PyResult<Rc<SetObj>> {
        let out = Rc::new(SetObj::new(frozen));
        match b {
            Value::Set(o) if Rc::ptr_eq(o, a) => self.set_merge(&out.items, &a.items)?,
            Value::Set(o) => {
                let (big, small) = if o.items.len() > a.items.len() {
                    (o, a)
                } else {
                    (a, o)
                };
                for (h, k) in small.items.entries() {
                    if self.set_find_hashed(&big.items, h, &k)?.is_some() {
                        self.set_add_hashed(&out.items, h, k)?;
                    }
                }
            }
            other => {
                for k in self.iterate_nested(other)? {
                    let h = self.hash_value(&k)?;
                    if self.set_find_hashed(&a.items, h, &k)?.is_some() {
                        self.set_add_hashed(&out.items, h, k)?;
                        if out.items.len() >= a.items.len() {
                            break;
                        }
                    }
                }
            }
        }
        Ok(out)
    }

    /// CPython's `set_difference_update_internal` (`a -= b`, `a.difference_update(b)`).
    pub fn set_difference_update(&mut self, a: &Rc<SetObj>, b: &Value) -> PyResult<()> {
        match b {
            Value::Set(o) if Rc::ptr_eq(o, a) => {
                a.items.clear();
                return Ok(());
            }
            Value::Set(o) => {
                let other = if (o.items.len() >> 3) > a.items.len() {
                    self.set_intersection(a, b, false)?
                } else {
                    o.clone()
                };
                for (h, k) in other.items.entries() {
                    self.set_discard_hashed(&a.items, h, &k)?;
                }
            }
            other => {
                for k in self.iterate_nested(other)? {
                    self.set_discard(&a.items, &k)?;
                }
            }
        }
        a.items.shrink_dummies();
        Ok(())
    }

    /// CPython's `set_difference` (`a - b`, `a.difference(b)`).
    pub fn set_difference(
        &mut self,
        a: &Rc<SetObj>,
        b: &Value,
        frozen: bool,
    ) -> PyResult<Rc<SetObj>> {
        let other_len = match b {
            Value::Set(o) => Some(o.items.len()),
            Value::Dict(d) => Some(d.len()),
            _ => None,
        };
        let copy_first = match other_len {
            None => true,
            Some(n) => (a.items.len() >> 2) > n,
        };
        if copy_first {
            let out = Rc::new(SetObj::new(frozen));
            self.set_merge(&out.items, &a.items)?;
            self.set_difference_update(&out, b)?;
            return Ok(out);
        }
        let out = Rc::new(SetObj::new(frozen));
        for (h, k) in a.items.entries() {
            let present = match b {
                Value::Set(o) => self.set_find_hashed(&o.items, h, &k)?.is_some(),
                Value::Dict(d) => self.dict_get(d, &k)?.is_some(),
                _ => false,
            };
            if !present {
                self.set_add_hashed(&out.items, h, k)?;
            }
        }
        Ok(out)
    }

    /// CPython's `set_symmetric_difference_update` (`a ^= b`).
    pub fn set_symmetric_difference_update(&mut self, a: &Rc<SetObj>, b: &Value) -> PyResult<()> {
        let other = match b {
            Value::Set(o) if Rc::ptr_eq(o, a) => {
                a.items.clear();
                return Ok(());
            }
            Value::Dict(d) => {
                for e in d.entries() {
                    if !self.set_discard_hashed(&a.items, e.hash, &e.key)? {
                        self.set_add_hashed(&a.items, e.hash, e.key)?;
                    }
                }
                return Ok(());
            }
            Value::Set(o) => o.clone(),
            other => self.new_set_from(Some(other), false)?,
        };
        for (h, k) in other.items.entries() {
            if !self.set_discard_hashed(&a.items, h, &k)? {
                self.set_add_hashed(&a.items, h, k)?;
            }
        }
        Ok(())
    }

    /// CPython's `set_symmetric_difference` (`a ^ b`): a copy of `b`, updated with `a`.
    pub fn set_symmetric_difference(
        &mut self,
        a: &Rc<SetObj>,
        b: &Value,
        frozen: bool,
    ) -> PyResult<Rc<SetObj>> {
        let out = self.new_set_from(Some(b), frozen)?;
        self.set_symmetric_difference_update(&out, &Value::Set(a.clone()))?;
        Ok(out)
    }

    /// `a <= b` for two sets (CPython's `set_issubset`).
    pub fn set_is_subset(&mut self, a: &SetTable, b: &SetTable) -> PyResult<bool> {
        if a.len() > b.len() {
            return Ok(false);
        }
        for (h, k) in a.entries() {
            if self.set_find_hashed(b, h, &k)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
