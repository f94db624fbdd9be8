//! Live locals: an in-place change (`items.append(x)`, `d[k] = v`, `buf += chunk` on a list
//! bound elsewhere) rebinds no name, so no store event reports it. Locals, module globals and
//! the fields of tracked async iterators that hold a mutable container (list, dict, set) are
//! *watched*: at each line event of a frame the recorder recomputes the short reprs of that
//! frame's watched locals (and of the globals, and of `self`'s watched fields when `self` is
//! a tracked iterator) and records a store for each one that changed.
//!
//! Recomputing a fingerprint at every line is most of a traced loop's cost, so each watch
//! also keeps the container mutation epoch (`object/mutation_epoch.rs`) it was fingerprinted
//! at and a weak pin of that container: while the epoch has not moved and the binding still
//! holds the pinned container, no list, dict or set anywhere changed, so the fingerprint is
//! the same and is not recomputed. When the epoch moved, the mutation journal may still tell
//! that every change since was to one other container, which is neither the watched one nor
//! one of the containers among its shown items (a mask of their addresses, taken with the
//! fingerprint): then too the fingerprint is the same. The events recorded are exactly those
//! of fingerprinting at every line.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use rustc_hash::FxHashMap;

use super::event::{Kind, ShortVal};
use super::intern::Sym;
use super::{short_repr, Recorder};
use crate::object::dict::Dict;
use crate::object::mutation_epoch;
use crate::object::{SetObj, Value};
use crate::vm::Frame;

/// One watched binding: where to read it, its interned name, its last recorded short repr
/// and the fingerprint of the container it held then.
struct Watch {
    slot: u32,
    name: Sym,
    last: ShortVal,
    fp: u64,
    /// When and of what `fp` was taken.
    seen: Seen,
}

/// The container a watch's fingerprint was taken of, the mutation epoch then, and the
/// [`mutation_epoch::address_bits`] of the containers among its shown items.
struct Seen {
    epoch: u64,
    pin: Pin,
    nested: u64,
}

impl Seen {
    /// `v`, fingerprinted now, showing the containers of the mask `nested`.
    fn now(v: &Value, nested: u64) -> Seen {
        Seen {
            epoch: mutation_epoch::current(),
            pin: Pin::of(v).unwrap_or(Pin::Empty),
            nested,
        }
    }

    /// A recheck of `v` at `epoch`: false if `v` is the container fingerprinted and neither
    /// it nor a container among its shown items changed since (its fingerprint cannot have
    /// changed; the check moves to `epoch`); else true, remembering `v` and `epoch` for the
    /// fingerprint the caller takes now (and whose nested mask it then stores).
    /// `floor`: a later epoch at which the fingerprint was also confirmed (see
    /// [`FrameWatches::confirmed`]), or [`NEVER`].
    #[inline(always)]
    fn needs_fingerprint(&mut self, v: &Value, epoch: u64, floor: u64) -> bool {
        if fingerprint_every_time() {
            return true;
        }
        if self.pin.is(v) {
            let since = if floor != NEVER {
                self.epoch.max(floor)
            } else {
                self.epoch
            };
            if since == epoch {
                self.epoch = epoch;
                return false;
            }
            if mutation_epoch::only_others_changed_since(since, storage_address(v), self.nested) {
                self.epoch = epoch;
                return false;
            }
        }
        self.epoch = epoch;
        if !self.pin.is(v) {
            self.pin = Pin::of(v).unwrap_or(Pin::Empty);
        }
        true
    }
}

/// A watched module global or iterator field (read by name).
struct NamedWatch {
    key: Rc<str>,
    name: Sym,
    last: ShortVal,
    fp: u64,
    /// When and of what `fp` was taken.
    seen: Seen,
    /// Where the key was last found in the globals' map (a hint, checked against the key).
    at: usize,
}

/// An epoch no reading of the counter reaches: "not confirmed".
const NEVER: u64 = u64::MAX;

/// The watched fast locals of one frame, and when all of them were last confirmed together.
#[derive(Default)]
struct FrameWatches {
    list: Vec<Watch>,
    /// The epoch of the frame's last line event that re-checked every watch ([`NEVER`] after
    /// a watch was added, changed or dropped): each fingerprint was valid then.
    confirmed: u64,
    /// The [`mutation_epoch::address_bits`] of the watched containers and of the containers
    /// among their shown items, at `confirmed`: when every change since was to one storage
    /// outside this mask, no watch of the frame can have changed, and the line event
    /// re-checks none of them.
    mask: u64,
}

/// What the recorder re-checks at line events.
pub struct Watches {
    /// Per recorded frame id: its watched fast locals.
    frames: FxHashMap<u32, FrameWatches>,
    /// Watched globals of the module frame.
    globals: Vec<NamedWatch>,
    /// Per iterator id: its watched attributes.
    fields: FxHashMap<u32, Vec<NamedWatch>>,
    /// Recently recorded container reprs, two-way set-associative on a hash of the
    /// container's id (two lists rebound in turn whose ids share a set both stay cached).
    recent: Vec<RecentRepr>,
}

/// Slots of [`Watches::recent`]: 32 sets of two (the set is the top 5 bits of a hash of the
/// id; the newer entry comes first).
const RECENT_REPRS: usize = 64;

/// A container held weakly: it stays free to die (nothing the program can observe changes),
/// but its allocation, and so its address, cannot be reused by another container meanwhile.
enum Pin {
    Empty,
    List(Weak<RefCell<crate::object::Items>>),
    Dict(Weak<Dict>),
    Set(Weak<SetObj>),
}

impl Pin {
    /// The pin of a list, dict or set (`None` for other values).
    fn of(v: &Value) -> Option<Pin> {
        Some(match v {
            Value::List(l) => Pin::List(Rc::downgrade(l)),
            Value::Dict(d) => Pin::Dict(Rc::downgrade(d)),
            Value::Set(s) => Pin::Set(Rc::downgrade(s)),
            _ => return None,
        })
    }

    /// True if `v` is the pinned container itself.
    fn is(&self, v: &Value) -> bool {
        match (self, v) {
            (Pin::List(w), Value::List(l)) => std::ptr::eq(w.as_ptr(), Rc::as_ptr(l)),
            (Pin::Dict(w), Value::Dict(d)) => std::ptr::eq(w.as_ptr(), Rc::as_ptr(d)),
            (Pin::Set(w), Value::Set(s)) => std::ptr::eq(w.as_ptr(), Rc::as_ptr(s)),
            _ => false,
        }
    }
}

/// A container's short repr as last recorded, with the fingerprint it had then (and its
/// nested mask, see [`Seen`]) and the mutation epoch at which that fingerprint was last
/// confirmed.
struct RecentRepr {
    pin: Pin,
    fp: u64,
    nested: u64,
    epoch: u64,
    repr: ShortVal,
}

impl Watches {
    /// True if some frame has a watched local.
    #[inline]
    pub fn any_frame_watched(&self) -> bool {
        !self.frames.is_empty()
    }

    /// True if nothing is watched (no local, global or iterator field).
    #[inline]
    fn is_empty(&self) -> bool {
        self.frames.is_empty() && self.globals.is_empty() && self.fields.is_empty()
    }
}

impl Default for Watches {
    fn default() -> Self {
        Watches {
            frames: FxHashMap::default(),
            globals: Vec::new(),
            fields: FxHashMap::default(),
            recent: (0..RECENT_REPRS)
                .map(|_| RecentRepr {
                    pin: Pin::Empty,
                    fp: 0,
                    nested: 0,
                    epoch: 0,
                    repr: ShortVal::None,
                })
                .collect(),
        }
    }
}

/// True for values whose contents can change without a rebinding, and whose short repr shows
/// those contents.
pub fn is_watched_kind(v: &Value) -> bool {
    matches!(v, Value::List(_) | Value::Dict(_) | Value::Set(_))
}

/// Items of a container the fingerprint looks at: as many as the short repr shows.
const SHOWN_ITEMS: usize = 7;

/// The part of a length the short repr reflects: the items up to the first one cut.
fn shown_len(len: usize) -> u64 {
    len.min(SHOWN_ITEMS) as u64
}

fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The address naming a list's, dict's or set's storage in the mutation journal
/// (`mutation_epoch::bump_at`); 0 for other values.
fn storage_address(v: &Value) -> usize {
    match v {
        Value::List(l) => l.as_ptr() as usize,
        Value::Dict(d) => Rc::as_ptr(d) as usize,
        Value::Set(s) => &s.items as *const _ as usize,
        _ => 0,
    }
}

/// Identity of an item as the short repr sees it: its id, plus the length of a nested
/// container (whose own items the repr shows one level down), whose address bit joins
/// `nested`.
#[inline(always)]
fn item_print(v: &Value, nested: &mut u64) -> u64 {
    let len = match v {
        // `v.id()` of an int, without its look for a heap object first.
        Value::Int(i) => return mix((0x2000_0000 ^ i.wrapping_mul(16)) as u64, 0),
        Value::List(l) => l.try_borrow().map_or(0, |l| l.len() as u64 + 1),
        Value::Dict(d) => d.len() as u64 + 1,
        Value::Set(s) => s.items.len() as u64 + 1,
        _ => return mix(v.id() as u64, 0),
    };
    *nested |= mutation_epoch::address_bits(storage_address(v));
    mix(v.id() as u64, len)
}

/// A cheap fingerprint of what a container's short repr depends on: the identities of the
/// items it shows and whether more follow. Equal fingerprints mean the repr need not be
/// recomputed (a change deeper than the repr shows may go unnoticed until the next change).
/// Also the mask of the [`mutation_epoch::address_bits`] of the containers among the shown
/// items, whose lengths it depends on.
pub fn fingerprint(v: &Value) -> (u64, u64) {
    let mut nested = 0;
    let hash = match v {
        Value::List(l) => match l.try_borrow() {
            Ok(items) => items
                .iter()
                .take(SHOWN_ITEMS)
                .fold(mix(1, shown_len(items.len())), |h, x| {
                    mix(h, item_print(x, &mut nested))
                }),
            Err(_) => 0,
        },
        Value::Dict(d) => {
            let mut h = mix(2, shown_len(d.len()));
            d.visit_first(SHOWN_ITEMS, |key, value| {
                h = mix(
                    mix(h, item_print(key, &mut nested)),
                    item_print(value, &mut nested),
                );
            });
            h
        }
        Value::Set(s) => {
            let mut h = mix(3, shown_len(s.items.len()));
            s.items
                .visit_first(SHOWN_ITEMS, |key| h = mix(h, item_print(key, &mut nested)));
            h
        }
        other => other.id() as u64,
    };
    (hash, nested)
}

/// True in tests comparing the epoch checks with fingerprinting at every check.
#[inline(always)]
fn fingerprint_every_time() -> bool {
    #[cfg(test)]
    return tests::FINGERPRINT_EVERY_LINE.get();
    #[cfg(not(test))]
    false
}

/// The first slot of the set of [`Watches::recent`] for container `v` (the other is the next).
fn recent_set(v: &Value) -> usize {
    ((mix(0, v.id() as u64) >> 59) as usize) * 2
}

impl Watches {
    /// The slot of [`Watches::recent`] caching container `v`, if one does.
    #[inline]
    fn recent_slot(&self, v: &Value) -> Option<usize> {
        let set = recent_set(v);
        (set..set + 2).find(|&i| self.recent[i].pin.is(v))
    }
}

/// Watches `name` (read by `key`), now holding `v` with fingerprint `fp` (and nested mask
/// `nested`), recorded as `last`.
fn upsert_named(
    list: &mut Vec<NamedWatch>,
    (key, name): (&Rc<str>, Sym),
    v: &Value,
    (fp, nested): (u64, u64),
    last: ShortVal,
) {
    let seen = Seen::now(v, nested);
    match list.iter_mut().find(|w| w.name == name) {
        Some(w) => {
            w.last = last;
            w.fp = fp;
            w.seen = seen;
        }
        None => list.push(NamedWatch {
            key: key.clone(),
            name,
            last,
            fp,
            seen,
            at: usize::MAX,
        }),
    }
}

impl Recorder {
    /// The short repr of `v` for a store: for a container, taken from the cache of recent
    /// container reprs when the same container still shows the same items
    /// (`bucket = groups.setdefault(k, [])` rebinding one of a few lists needs no new repr).
    pub(super) fn store_repr(&mut self, v: &Value) -> ShortVal {
        if !is_watched_kind(v) {
            return self.instance_names.short_val(v, &mut self.log.strings);
        }
        let epoch = mutation_epoch::current();
        let found = self.watches.recent_slot(v);
        let (fp, nested) = if let Some(slot) = found {
            let hit = &mut self.watches.recent[slot];
            // The same container, unchanged since its fingerprint was confirmed (no container
            // changed, or only others than it and its shown items): no need to take it again.
            if !fingerprint_every_time()
                && mutation_epoch::only_others_changed_since(
                    hit.epoch,
                    storage_address(v),
                    hit.nested,
                )
            {
                hit.epoch = epoch;
                return hit.repr;
            }
            let (fp, nested) = fingerprint(v);
            if hit.fp == fp {
                hit.epoch = epoch;
                hit.nested = nested;
                return hit.repr;
            }
            (fp, nested)
        } else {
            fingerprint(v)
        };
        let repr = short_repr::short_val(v, &mut self.log.strings);
        let pin = Pin::of(v).unwrap_or(Pin::Empty);
        // A container seen before keeps its slot; a new one goes first in its set, the
        // older entry moving second (and the second one out).
        let slot = found.unwrap_or_else(|| {
            let set = recent_set(v);
            self.watches.recent.swap(set, set + 1);
            set
        });
        self.watches.recent[slot] = RecentRepr {
            pin,
            fp,
            nested,
            epoch,
            repr,
        };
        repr
    }

    /// The fingerprint (and nested mask) of container `v` now: the one
    /// [`Recorder::store_repr`] just confirmed when `v` is the cached container and no
    /// container changed since, else taken afresh.
    fn fingerprint_now(&self, v: &Value) -> (u64, u64) {
        if let Some(slot) = self.watches.recent_slot(v) {
            let cached = &self.watches.recent[slot];
            if cached.epoch == mutation_epoch::current() && !fingerprint_every_time() {
                return (cached.fp, cached.nested);
            }
        }
        fingerprint(v)
    }

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
            let (fp, nested) = self.fingerprint_now(v);
            let seen = Seen::now(v, nested);
            let epoch = seen.epoch;
            let watches = self.watches.frames.entry(frame).or_default();
            // The frame's other watches, confirmed together and unchanged since (a new
            // frame's none, vacuously), stay confirmed: all of them, this one taken now
            // included, are valid now, with this container's address bits added to the mask
            // (the one it replaces may stay in it: a larger mask only checks more).
            let still_confirmed = watches.list.is_empty()
                || (watches.confirmed != NEVER
                    && !fingerprint_every_time()
                    && mutation_epoch::only_others_changed_since(
                        watches.confirmed,
                        0,
                        watches.mask,
                    ));
            if still_confirmed {
                watches.confirmed = epoch;
                watches.mask |= mutation_epoch::address_bits(storage_address(v)) | nested;
            } else {
                watches.confirmed = NEVER;
            }
            let list = &mut watches.list;
            match list.iter_mut().find(|w| w.slot == slot) {
                Some(w) => {
                    w.last = last;
                    w.fp = fp;
                    w.seen = seen;
                }
                None => list.push(Watch {
                    slot,
                    name,
                    last,
                    fp,
                    seen,
                }),
            }
        } else if let Some(watches) = self.watches.frames.get_mut(&frame) {
            // At most one watch per slot; the others keep their order (the order of the
            // stores a line event records).
            if let Some(at) = watches.list.iter().position(|w| w.slot == slot) {
                watches.list.remove(at);
                watches.confirmed = NEVER;
                if watches.list.is_empty() {
                    self.watches.frames.remove(&frame);
                }
            }
        }
    }

    /// Module global `key` now holds `v`, recorded as `last`.
    pub(super) fn watch_global(&mut self, key: &Rc<str>, name: Sym, v: &Value, last: ShortVal) {
        if is_watched_kind(v) {
            let print = self.fingerprint_now(v);
            upsert_named(&mut self.watches.globals, (key, name), v, print, last);
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
            let print = self.fingerprint_now(v);
            let list = self.watches.fields.entry(iter).or_default();
            upsert_named(list, (key, name), v, print, last);
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
    #[inline]
    pub fn line_in(&mut self, frame: &Frame, line: u32) {
        self.push(
            line,
            Kind::Line {
                frame: frame.rec_id,
            },
        );
        if !self.watches.is_empty() {
            self.recheck_watches(frame, line);
        }
    }

    /// The re-checks of [`Recorder::line_in`] when something is watched.
    fn recheck_watches(&mut self, frame: &Frame, line: u32) {
        let id = frame.rec_id;
        let watched = if self.watches.frames.is_empty() {
            None
        } else {
            self.watches.frames.get_mut(&id)
        };
        let epoch = mutation_epoch::current();
        let watched = match watched {
            // Every change since the frame's watches were last confirmed together was to one
            // container none of them shows (nor is): all are unchanged, and confirmed now.
            Some(watches)
                if watches.confirmed != NEVER
                    && !fingerprint_every_time()
                    && mutation_epoch::only_others_changed_since(
                        watches.confirmed,
                        0,
                        watches.mask,
                    ) =>
            {
                watches.confirmed = epoch;
                None
            }
            other => other,
        };
        if let Some(FrameWatches {
            list,
            confirmed,
            mask,
        }) = watched
        {
            let floor = *confirmed;
            let mut shown = 0;
            for w in list.iter_mut() {
                let Some(Some(v)) = frame.fast.get(w.slot as usize) else {
                    continue;
                };
                let fresh = w.seen.needs_fingerprint(v, epoch, floor);
                shown |= mutation_epoch::address_bits(storage_address(v));
                if !fresh {
                    shown |= w.seen.nested;
                    continue;
                }
                let (fp, nested) = fingerprint(v);
                w.seen.nested = nested;
                shown |= nested;
                if fp == w.fp {
                    continue;
                }
                w.fp = fp;
                let now = short_repr::short_val(v, &mut self.log.strings);
                if now != w.last {
                    w.last = now;
                    self.changed.push((w.name, now));
                }
            }
            *confirmed = epoch;
            *mask = shown;
            // Pushed after the loop (the list borrows the watches); the buffer is reused.
            let mut changed = std::mem::take(&mut self.changed);
            for (name, value) in changed.drain(..) {
                self.push(
                    line,
                    Kind::Store {
                        frame: id,
                        name,
                        value,
                    },
                );
            }
            self.changed = changed;
        }
        if !self.watches.globals.is_empty() && self.globals_frame != 0 {
            let mut list = std::mem::take(&mut self.watches.globals);
            {
                let dict = frame.globals.dict.borrow();
                for w in &mut list {
                    // The entry where the name was last found, if it is still there (no
                    // hashing); else a lookup, remembering where it was found.
                    let v = match dict.get_index(w.at) {
                        Some((k, v)) if Rc::ptr_eq(k, &w.key) || **k == *w.key => v,
                        _ => match dict.get_full(&*w.key) {
                            Some((at, _, v)) => {
                                w.at = at;
                                v
                            }
                            None => continue,
                        },
                    };
                    if !w.seen.needs_fingerprint(v, epoch, NEVER) {
                        continue;
                    }
                    let (fp, nested) = fingerprint(v);
                    w.seen.nested = nested;
                    if fp == w.fp {
                        continue;
                    }
                    w.fp = fp;
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
            self.recheck_self_fields(frame, line, epoch);
        }
    }

    /// In a method of a tracked iterator (`self` is its first local), re-checks its watched
    /// fields.
    fn recheck_self_fields(&mut self, frame: &Frame, line: u32, epoch: u64) {
        let Some(Some(this @ Value::Instance(inst))) = frame.fast.first() else {
            return;
        };
        let Some(iter) = self.id_of(this.id() as u64) else {
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
            let dict = &inst.dict;
            for w in &mut list {
                let Some(v) = dict.get(&w.key) else { continue };
                if !w.seen.needs_fingerprint(&v, epoch, NEVER) {
                    continue;
                }
                let (fp, nested) = fingerprint(&v);
                w.seen.nested = nested;
                if fp == w.fp {
                    continue;
                }
                w.fp = fp;
                let now = short_repr::short_val(&v, &mut self.log.strings);
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

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use crate::recorder::{short_repr, Kind};
    use crate::session::Session;

    thread_local! {
        /// Set: every watch is fingerprinted at every line, as before the epoch check.
        pub(super) static FINGERPRINT_EVERY_LINE: Cell<bool> = const { Cell::new(false) };
    }

    /// Every recorded event of `source`, formatted, with `every_line` fingerprinting.
    fn all_events(source: &str, every_line: bool) -> Vec<String> {
        FINGERPRINT_EVERY_LINE.set(every_line);
        let mut session = Session::load(source).expect("compiles");
        session.run_to_end(1_000_000);
        FINGERPRINT_EVERY_LINE.set(false);
        let log = session.log();
        log.events
            .iter()
            .map(|e| match e.kind {
                Kind::Store { name, value, .. } => format!(
                    "{} store {} = {}",
                    e.line,
                    log.text(name),
                    short_repr::format_short(value, &log.strings)
                ),
                Kind::AttrStore { name, value, .. } => format!(
                    "{} attr {} = {}",
                    e.line,
                    log.text(name),
                    short_repr::format_short(value, &log.strings)
                ),
                ref other => format!("{} {:?}", e.line, std::mem::discriminant(other)),
            })
            .collect()
    }

    /// Asserts the epoch check records exactly what fingerprinting every line records, and
    /// that `source` records at least `min_stores` stores.
    fn same_as_every_line(source: &str, min_stores: usize) {
        let gated = all_events(source, false);
        let every = all_events(source, true);
        assert_eq!(gated, every);
        let stores = gated
            .iter()
            .filter(|e| e.contains(" store ") || e.contains(" attr "))
            .count();
        assert!(
            stores >= min_stores,
            "only {stores} stores:\n{}",
            gated.join("\n")
        );
    }

    /// In-place changes of watched locals through each list, dict and set mutation path.
    const LOCAL_MUTATIONS: &str = r#"
def helper(xs, d, s):
    xs.append('h')
    d['h'] = 1
    s.add('h')

def main():
    xs = [3, 1, 2]
    xs.append(4)
    xs.extend([5, 6])
    xs.insert(0, 0)
    xs.pop()
    xs.pop(0)
    xs.remove(1)
    xs.sort()
    xs.sort(key=lambda v: -v)
    xs.reverse()
    xs += [7]
    xs *= 2
    xs[0] = 'a'
    xs[1:3] = ['b']
    xs[::2] = xs[::2]
    del xs[0]
    del xs[:2]
    xs.clear()
    xs.__init__([8, 9])
    list.__init__(xs, 'ab')
    xs.append(1)
    for i in range(5):
        xs[0] = i
    d = {}
    d['a'] = 1
    d['a'] = 2
    d.update(b=3, c=4)
    d.setdefault('e', 5)
    d.setdefault('e', 6)
    d.pop('b')
    d.popitem()
    del d['a']
    d |= {'z': 0}
    for i in range(5):
        d['z'] = d.get('z', 0) + 1
    d.clear()
    s = set()
    s.add(1)
    s.add(1)
    s.update({2, 3})
    s.discard(2)
    s.remove(3)
    s |= {4, 5}
    s &= {4, 5, 6}
    s -= {4}
    s ^= {7, 8}
    s.intersection_update({5, 7, 9})
    s.difference_update({7})
    s.symmetric_difference_update({1})
    s.pop()
    s.clear()
    helper(xs, d, s)
    nested = [[1], {'k': []}, {2}]
    nested[0].append(2)
    nested[1]['k'].append(3)
    nested[1]['j'] = 4
    nested[2].add(5)
    nested[0][0] = 'swapped'
    nested[0].sort(key=str)
    deep = {'a': {'b': [1]}}
    deep['a']['b'].append(2)
    deep['a']['c'] = 1
    groups = {0: [], 1: []}
    for i in range(6):
        bucket = groups[i % 2]
        if len(bucket) < 2:
            bucket.append(i)
    counts = {}
    buckets = {}
    for i in range(30):
        key = i % 9
        counts[key] = counts.get(key, 0) + 1
        b = buckets.setdefault(key % 3, [])
        if len(b) < 4:
            b.append(i)
    window = []
    for x in range(12):
        window.append(x)
        if len(window) > 3:
            window.pop(0)
    outer = [[], [1], {2}, {3: 4}]
    inner, tags, table = outer[1], outer[2], outer[3]
    for i in range(3):
        inner.append(i)
        tags.add(i)
        table[i] = i
    inner.clear()
    gone = [1]
    del gone
    gone = [2]
    gone.append(3)
    print(xs, d, s, nested, deep, groups, counts, buckets, window, outer, gone)

main()
"#;

    #[test]
    fn epoch_checks_record_the_same_local_stores_as_fingerprinting_every_line() {
        same_as_every_line(LOCAL_MUTATIONS, 60);
    }

    #[test]
    fn epoch_checks_record_the_same_global_stores_as_fingerprinting_every_line() {
        // At module level the same mutations change watched globals.
        let module = LOCAL_MUTATIONS
            .replace("def main():\n", "if True:\n")
            .replace("\nmain()\n", "\n");
        same_as_every_line(&module, 60);
        // A list emptied in place while `sort` runs a Python key, and globals changed by a
        // callee and by a comprehension.
        let source = "xs = [3, 1, 2]\nseen = []\ndef key(v):\n    seen.append(len(xs))\n    return v\nxs.sort(key=key)\ndef grow():\n    xs.append(9)\ngrow()\nys = [xs.append(i) for i in range(3)]\nprint(xs, seen)\n";
        same_as_every_line(source, 6);
        // Lists whose storage is replaced whole: sorted through a key that changes nothing,
        // re-initialised, repeated in place.
        let source = "xs = [3, 1, 2]\ndef key(v):\n    return -v\nxs.sort(key=key)\ndone = 1\nxs.__init__((5, 4))\ndone = 2\nlist.__init__(xs, 'ab')\ndone = 3\nxs *= 2\ndone = 4\n";
        same_as_every_line(source, 9);
    }

    #[test]
    fn epoch_checks_record_the_same_field_stores_as_fingerprinting_every_line() {
        let source = r#"
import asyncio

class Stream:
    def __init__(self):
        self.buf = []
        self.seen = {}
        self.tags = set()
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n >= 4:
            raise StopAsyncIteration
        self.n += 1
        self.buf.append(self.n)
        self.seen[self.n] = [self.n]
        self.seen[1].append(self.n)
        self.tags.add(self.n % 2)
        await asyncio.sleep(0)
        return self.n

async def main():
    s = Stream()
    async for v in s:
        s.buf.append(-v)
    print(s.buf, s.seen, s.tags)

asyncio.run(main())
"#;
        same_as_every_line(source, 10);
    }

    /// The stores of `name`, as short reprs, in order.
    fn stores_of(source: &str, name: &str) -> Vec<String> {
        let mut session = Session::load(source).expect("compiles");
        session.run_to_end(100_000);
        let log = session.log();
        log.events
            .iter()
            .filter_map(|e| match e.kind {
                Kind::Store { name: n, value, .. } if log.text(n) == name => {
                    Some(short_repr::format_short(value, &log.strings))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_new_container_at_a_freed_ones_address_gets_its_own_repr() {
        // Each `row` is a new list holding a new string; freed ones' addresses come back.
        let source = "def main():\n    for w in ['alpha', 'beta', 'gamma', 'delta', 'eps']:\n        row = [w.upper()]\nmain()\n";
        assert_eq!(
            stores_of(source, "row"),
            ["['ALPHA']", "['BETA']", "['GAMMA']", "['DELTA']", "['EPS']"]
        );
    }

    #[test]
    fn watched_globals_are_found_again_after_others_move_in_the_namespace() {
        // `del` of earlier globals moves the later ones in the module's map; the watched
        // list is still re-checked, and a re-created global is watched again.
        let source = "a = 1\nb = 2\nitems = []\nitems.append(1)\ndel a\nitems.append(2)\ndel b\nitems.append(3)\ndel items\nitems = ['x']\nitems.append('y')\ndone = True\n";
        assert_eq!(
            stores_of(source, "items"),
            ["[]", "[1]", "[1, 2]", "[1, 2, 3]", "['x']", "['x', 'y']"]
        );
    }

    #[test]
    fn short_reprs_of_strs_quote_as_repr_does() {
        let source = "def main():\n    for s in ['plain', \"it's\", 'back\\\\slash', 'tab\\there', 'caf\u{e9}', 'x' * 70]:\n        v = s\nmain()\n";
        let cut = format!("'{}...", "x".repeat(56));
        assert_eq!(
            stores_of(source, "v"),
            [
                "'plain'",
                "\"it's\"",
                "'back\\\\slash'",
                "'tab\\there'",
                "'caf\u{e9}'",
                cut.as_str(),
            ]
        );
    }

    #[test]
    fn in_place_changes_and_rebinding_to_known_lists_are_recorded() {
        let source = "def main():\n    groups = {0: [], 1: []}\n    for i in range(4):\n        bucket = groups[i % 2]\n        bucket.append(i)\nmain()\n";
        assert_eq!(
            stores_of(source, "bucket"),
            ["[]", "[0]", "[]", "[1]", "[0]", "[0, 2]", "[1]", "[1, 3]"]
        );
    }
}
