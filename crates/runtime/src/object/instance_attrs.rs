//! An instance's attribute storage, which becomes a live `dict` once `obj.__dict__` is read.
//!
//! Most instances never expose their `__dict__`, so attributes start in a cheap name-keyed map.
//! The first time the program asks for `obj.__dict__` (or `vars(obj)`), the attributes move
//! into a real [`Dict`] that is handed out and kept: from then on attribute reads, writes and
//! deletes go through that same dict, so `obj.__dict__["x"] = 1` is `obj.x` and the other way
//! round, as in CPython.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::dict::{hash_str, Dict};
use super::{clone_value, new_attr_map, AttrMap, Value};

/// Where an instance keeps its attributes.
pub struct InstanceAttrs {
    /// The attributes while no `__dict__` has been handed out.
    map: RefCell<AttrMap>,
    /// The dict handed out as `__dict__`; authoritative once present.
    live: RefCell<Option<Rc<Dict>>>,
}

impl Default for InstanceAttrs {
    fn default() -> Self {
        InstanceAttrs::new()
    }
}

/// The slot of string key `name` in `d`, if present.
fn slot_of(d: &Dict, name: &str) -> Option<usize> {
    d.candidates(hash_str(name))
        .into_iter()
        .find(|(_, k)| matches!(k, Value::Str(s) if &**s == name))
        .map(|(i, _)| i)
}

/// Maps this small are searched by scanning instead of hashing.
const SCAN_LEN: usize = 8;

/// The index of attribute `name` in `map`: small maps are scanned comparing lengths, then
/// identities (names of one module's code share one string), then text.
fn index_of(map: &AttrMap, name: &str) -> Option<usize> {
    if map.len() > SCAN_LEN {
        return map.get_index_of(name);
    }
    map.keys().position(|k| {
        k.len() == name.len() && (std::ptr::eq(k.as_ptr(), name.as_ptr()) || **k == *name)
    })
}

impl InstanceAttrs {
    /// Empty storage.
    pub fn new() -> InstanceAttrs {
        InstanceAttrs {
            map: RefCell::new(new_attr_map()),
            live: RefCell::new(None),
        }
    }
    /// The live dict, if `__dict__` was handed out.
    fn live(&self) -> Option<Rc<Dict>> {
        self.live.borrow().clone()
    }
    /// The value of attribute `name`.
    pub fn get(&self, name: &str) -> Option<Value> {
        if let Some(d) = &*self.live.borrow() {
            return slot_of(d, name).and_then(|i| d.value_at(i));
        }
        let map = self.map.borrow();
        index_of(&map, name).and_then(|i| map.get_index(i).map(|(_, v)| v.clone()))
    }
    /// [`InstanceAttrs::get`] trying first the map entry at `hint`, where the name was last
    /// found: a hit needs the entry's key to be `name` itself (the same string, as the names
    /// of one module's code are); on a miss the map is searched and `hint` updated.
    #[inline(always)]
    pub fn get_hinted(&self, name: &Rc<str>, hint: &Cell<u32>) -> Option<Value> {
        if self.live.borrow().is_none() {
            let map = self.map.borrow();
            if let Some((k, v)) = map.get_index(hint.get() as usize) {
                if Rc::ptr_eq(k, name) {
                    return Some(clone_value(v));
                }
            }
        }
        self.get_unhinted(name, hint)
    }
    /// [`InstanceAttrs::get_hinted`] when the entry at `hint` is not `name`'s: the general
    /// lookup, remembering where it found the name.
    #[inline(never)]
    fn get_unhinted(&self, name: &Rc<str>, hint: &Cell<u32>) -> Option<Value> {
        if self.live.borrow().is_some() {
            return self.get(name);
        }
        let map = self.map.borrow();
        let i = index_of(&map, name)?;
        hint.set(i as u32);
        map.get_index(i).map(|(_, v)| v.clone())
    }
    /// [`InstanceAttrs::set_shared`] trying first the map entry at `hint` (see
    /// [`InstanceAttrs::get_hinted`]).
    #[inline]
    pub fn set_hinted(&self, name: &Rc<str>, v: Value, hint: &Cell<u32>) {
        if self.live.borrow().is_none() {
            let mut map = self.map.borrow_mut();
            if let Some((k, slot)) = map.get_index_mut(hint.get() as usize) {
                if Rc::ptr_eq(k, name) {
                    *slot = v;
                    return;
                }
            }
            if let Some(i) = index_of(&map, name) {
                hint.set(i as u32);
                if let Some((_, slot)) = map.get_index_mut(i) {
                    *slot = v;
                }
                return;
            }
        }
        self.set_shared(name, v);
    }
    /// Whether attribute `name` is set.
    pub fn contains(&self, name: &str) -> bool {
        match self.live() {
            Some(d) => slot_of(&d, name).is_some(),
            None => self.map.borrow().contains_key(name),
        }
    }
    /// Sets attribute `name`.
    pub fn insert(&self, name: Rc<str>, v: Value) {
        match self.live() {
            Some(d) => match slot_of(&d, &name) {
                Some(i) => d.set_at(i, v),
                None => d.insert_new(hash_str(&name), Value::Str(name), v),
            },
            None => {
                self.map.borrow_mut().insert(name, v);
            }
        }
    }
    /// Sets attribute `name`, allocating its key only when the attribute is new.
    pub fn set(&self, name: &str, v: Value) {
        if let Some(v) = self.replace_existing(name, v) {
            self.insert(Rc::from(name), v);
        }
    }
    /// Sets attribute `name`, keyed by `name` itself (shared, not copied) when it is new.
    pub fn set_shared(&self, name: &Rc<str>, v: Value) {
        if let Some(v) = self.replace_existing(name, v) {
            self.insert(name.clone(), v);
        }
    }
    /// Replaces the value of an existing attribute (no `__dict__` handed out); gives `v`
    /// back when there is none.
    fn replace_existing(&self, name: &str, v: Value) -> Option<Value> {
        if self.live.borrow().is_some() {
            return Some(v);
        }
        let mut map = self.map.borrow_mut();
        match index_of(&map, name) {
            Some(i) => {
                if let Some((_, slot)) = map.get_index_mut(i) {
                    *slot = v;
                }
                None
            }
            None => Some(v),
        }
    }
    /// Removes attribute `name`, returning its value.
    pub fn remove(&self, name: &str) -> Option<Value> {
        match self.live() {
            Some(d) => slot_of(&d, name).and_then(|i| d.remove_at(i).map(|e| e.value)),
            None => self.map.borrow_mut().shift_remove(name),
        }
    }
    /// The attribute names in insertion order (string keys only).
    pub fn names(&self) -> Vec<Rc<str>> {
        self.items().into_iter().map(|(k, _)| k).collect()
    }
    /// The attributes in insertion order (string keys only: other keys put into a live
    /// `__dict__` are not attributes).
    pub fn items(&self) -> Vec<(Rc<str>, Value)> {
        match self.live() {
            Some(d) => d
                .entries()
                .into_iter()
                .filter_map(|e| match e.key {
                    Value::Str(s) => Some((s, e.value)),
                    _ => None,
                })
                .collect(),
            None => self
                .map
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        }
    }
    /// The number of attributes.
    pub fn len(&self) -> usize {
        match self.live() {
            Some(d) => d.len(),
            None => self.map.borrow().len(),
        }
    }
    /// Whether there are no attributes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The instance's `__dict__`: created on first use from the current attributes, then the
    /// same dict every time.
    pub fn as_dict(&self) -> Rc<Dict> {
        if let Some(d) = self.live() {
            return d;
        }
        let d = Rc::new(Dict::new());
        for (k, v) in self.map.borrow_mut().drain(..) {
            d.insert_new(hash_str(&k), Value::Str(k), v);
        }
        *self.live.borrow_mut() = Some(d.clone());
        d
    }
    /// Replaces the whole `__dict__` (`obj.__dict__ = {...}`).
    pub fn replace_dict(&self, d: Rc<Dict>) {
        self.map.borrow_mut().clear();
        *self.live.borrow_mut() = Some(d);
    }
}
