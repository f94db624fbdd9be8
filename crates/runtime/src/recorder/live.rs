//! Live locals: an in-place change (`items.append(x)`, `d[k] = v`, `buf += chunk` on a list
//! bound elsewhere) rebinds no name, so no store event reports it. Locals, module globals and
//! the fields of tracked async iterators that hold a mutable container (list, dict, set) are
//! *watched*: at each line event of a frame the recorder recomputes the short reprs of that
//! frame's watched locals (and of the globals, and of `self`'s watched fields when `self` is
//! a tracked iterator) and records a store for each one that changed.

use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::event::{Kind, ShortVal};
use super::intern::Sym;
use super::{short_repr, Recorder};
use crate::object::Value;
use crate::vm::Frame;

/// One watched binding: where to read it, its interned name, its last recorded short repr.
struct Watch {
    slot: u32,
    name: Sym,
    last: ShortVal,
}

/// A watched module global or iterator field (read by name).
struct NamedWatch {
    key: Rc<str>,
    name: Sym,
    last: ShortVal,
}

/// What the recorder re-checks at line events.
#[derive(Default)]
pub struct Watches {
    /// Per recorded frame id: its watched fast locals.
    frames: FxHashMap<u32, Vec<Watch>>,
    /// Watched globals of the module frame.
    globals: Vec<NamedWatch>,
    /// Per iterator id: its watched attributes.
    fields: FxHashMap<u32, Vec<NamedWatch>>,
}

/// True for values whose contents can change without a rebinding, and whose short repr shows
/// those contents.
pub fn is_watched_kind(v: &Value) -> bool {
    matches!(v, Value::List(_) | Value::Dict(_) | Value::Set(_))
}

fn upsert_named(list: &mut Vec<NamedWatch>, key: &Rc<str>, name: Sym, last: ShortVal) {
    match list.iter_mut().find(|w| w.name == name) {
        Some(w) => w.last = last,
        None => list.push(NamedWatch {
            key: key.clone(),
            name,
            last,
        }),
    }
}

impl Recorder {
    /// Fast local `slot` of `frame` (named `name`) now holds `v`, recorded as `last`: watch it
    /// if it is a container, forget it otherwise.
    pub(super) fn watch_fast(
        &mut self,
        frame: u32,
        slot: u32,
        name: Sym,
        v: &Value,
        last: ShortVal,
    ) {
        if is_watched_kind(v) {
            let list = self.watches.frames.entry(frame).or_default();
            match list.iter_mut().find(|w| w.slot == slot) {
                Some(w) => w.last = last,
                None => list.push(Watch { slot, name, last }),
            }
        } else if let Some(list) = self.watches.frames.get_mut(&frame) {
            list.retain(|w| w.slot != slot);
        }
    }

    /// Module global `key` now holds `v`, recorded as `last`.
    pub(super) fn watch_global(&mut self, key: &Rc<str>, name: Sym, v: &Value, last: ShortVal) {
        if is_watched_kind(v) {
            upsert_named(&mut self.watches.globals, key, name, last);
        } else if !self.watches.globals.is_empty() {
            self.watches.globals.retain(|w| w.name != name);
        }
    }

    /// Attribute `key` of the tracked iterator `iter` now holds `v`, recorded as `last`.
    pub(super) fn watch_field(
        &mut self,
        iter: u32,
        key: &Rc<str>,
        name: Sym,
        v: &Value,
        last: ShortVal,
    ) {
        if is_watched_kind(v) {
            upsert_named(
                self.watches.fields.entry(iter).or_default(),
                key,
                name,
                last,
            );
        } else if let Some(list) = self.watches.fields.get_mut(&iter) {
            list.retain(|w| w.name != name);
        }
    }

    /// The frame `frame` is gone: its locals are no longer watched.
    pub(super) fn unwatch_frame(&mut self, frame: u32) {
        if !self.watches.frames.is_empty() {
            self.watches.frames.remove(&frame);
        }
    }

    /// The iterator `iter` is exhausted or gone: its fields are no longer watched.
    pub(super) fn unwatch_fields(&mut self, iter: u32) {
        if !self.watches.fields.is_empty() {
            self.watches.fields.remove(&iter);
        }
    }

    /// The top frame reached a new line: a line event, then a store for each watched local,
    /// global or `self` field whose contents changed since it was last recorded.
    pub fn line_in(&mut self, frame: &Frame, line: u32) {
        let id = frame.rec_id;
        self.push(line, Kind::Line { frame: id });
        if let Some(mut list) = self.watches.frames.remove(&id) {
            for w in &mut list {
                let Some(Some(v)) = frame.fast.get(w.slot as usize) else {
                    continue;
                };
                let now = short_repr::short_val(v, &mut self.log.strings);
                if now != w.last {
                    w.last = now;
                    let kind = Kind::Store {
                        frame: id,
                        name: w.name,
                        value: now,
                    };
                    self.push(line, kind);
                }
            }
            self.watches.frames.insert(id, list);
        }
        if !self.watches.globals.is_empty() && self.globals_frame != 0 {
            let mut list = std::mem::take(&mut self.watches.globals);
            {
                let dict = frame.globals.dict.borrow();
                for w in &mut list {
                    let Some(v) = dict.get(&*w.key) else { continue };
                    let now = short_repr::short_val(v, &mut self.log.strings);
                    if now != w.last {
                        w.last = now;
                        let kind = Kind::Store {
                            frame: self.globals_frame,
                            name: w.name,
                            value: now,
                        };
                        self.push(line, kind);
                    }
                }
            }
            self.watches.globals = list;
        }
        if !self.watches.fields.is_empty() {
            self.recheck_self_fields(frame, line);
        }
    }

    /// In a method of a tracked iterator (`self` is its first local), re-checks its watched
    /// fields.
    fn recheck_self_fields(&mut self, frame: &Frame, line: u32) {
        let Some(Some(this @ Value::Instance(inst))) = frame.fast.first() else {
            return;
        };
        let Some(&iter) = self.ids.get(&(this.id() as u64)) else {
            return;
        };
        // The same object, not a new one at a reused address.
        let same = self
            .tracked
            .get(&iter)
            .and_then(|w| w.as_ref())
            .is_some_and(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(inst)));
        if !same {
            return;
        }
        let Some(mut list) = self.watches.fields.remove(&iter) else {
            return;
        };
        {
            let dict = inst.dict.borrow();
            for w in &mut list {
                let Some(v) = dict.get(&*w.key) else { continue };
                let now = short_repr::short_val(v, &mut self.log.strings);
                if now != w.last {
                    w.last = now;
                    let kind = Kind::AttrStore {
                        obj: iter,
                        name: w.name,
                        value: now,
                    };
                    self.push(line, kind);
                }
            }
        }
        self.watches.fields.insert(iter, list);
    }
}
