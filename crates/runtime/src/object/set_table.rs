//! The storage of set and frozenset: an open-addressing table laid out exactly as CPython 3.12's
//! `setobject.c` lays it out (same table sizes, fill/resize thresholds, linear probes followed
//! by perturbed jumps, dummy reuse, the `pop()` finger), so iterating a set of ints, floats or
//! tuples yields CPython's order. Equality of keys is the VM's business (it may run Python
//! code): this module only offers the probe sequence (`candidates`) and places keys the caller
//! already knows to be absent (`insert_new`).

use std::cell::RefCell;

use super::Value;

/// Smallest table size (CPython's `PySet_MINSIZE`).
const MIN_SIZE: usize = 8;
/// Slots scanned linearly before a perturbed jump (CPython's `LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// Shift applied to the perturbation on each jump.
const PERTURB_SHIFT: u32 = 5;

/// One table slot.
#[derive(Clone)]
enum Slot {
    /// Never used since the last resize.
    Empty,
    /// A removed key (keeps probe chains intact).
    Dummy,
    /// A live key with its hash.
    Full(i64, Value),
}

#[derive(Clone)]
struct Table {
    slots: Vec<Slot>,
    /// Live plus dummy slots.
    fill: usize,
    /// Live slots.
    used: usize,
    /// Where `pop()` resumes its scan (kept across `clear()`, as CPython does).
    finger: usize,
}

impl Table {
    fn empty(finger: usize) -> Table {
        Table {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger,
        }
    }
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slot indices of one probe sequence, in order, until `stop` says so.
    fn probe(&self, hash: i64, mut visit: impl FnMut(usize, &Slot) -> bool) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if !visit(j, &self.slots[j]) {
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// CPython's `set_insert_clean`: places a key in a table without dummies.
    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Full(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                let run = &mut slots[i + 1..=i + LINEAR_PROBES];
                if let Some(free) = run.iter_mut().find(|s| matches!(s, Slot::Empty)) {
                    *free = Slot::Full(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// CPython's `set_table_resize`: the smallest power of two above `minused`.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for s in old {
            if let Slot::Full(h, k) = s {
                Table::insert_clean(&mut self.slots, h, k);
            }
        }
    }

    /// The growth step after a fresh slot was taken.
    fn grow_if_needed(&mut self) {
        if self.fill * 5 >= self.mask() * 3 {
            let used = self.used;
            self.resize(if used > 50000 { used * 2 } else { used * 4 });
        }
    }

    fn live(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Full(h, k) => Some((*h, k)),
            _ => None,
        })
    }
}

/// A set's table (interior mutability: sets are shared through `Rc`).
pub struct SetTable {
    inner: RefCell<Table>,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    /// The table for writing: every in-place change passes here (see `mutation_epoch`).
    #[inline(always)]
    fn inner_mut(&self) -> std::cell::RefMut<'_, Table> {
        super::mutation_epoch::bump_at(self as *const SetTable as usize);
        self.inner.borrow_mut()
    }
    /// An empty table.
    pub fn new() -> SetTable {
        SetTable {
            inner: RefCell::new(Table::empty(0)),
        }
    }
    /// Number of elements.
    pub fn len(&self) -> usize {
        self.inner.borrow().used
    }
    /// True if empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The elements in table order (CPython's iteration order).
    pub fn keys(&self) -> Vec<Value> {
        self.inner.borrow().live().map(|(_, k)| k.clone()).collect()
    }
    /// The (hash, element) pairs in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.inner
            .borrow()
            .live()
            .map(|(h, k)| (h, k.clone()))
            .collect()
    }
    /// The live element at or after slot `pos`, with the slot after it (for iterators).
    pub fn entry_from(&self, pos: usize) -> Option<(Value, usize)> {
        let t = self.inner.borrow();
        (pos..t.slots.len()).find_map(|i| match &t.slots[i] {
            Slot::Full(_, k) => Some((k.clone(), i + 1)),
            _ => None,
        })
    }
    /// Calls `f` on each of the first `n` elements in table order, without cloning them (the
    /// recorder's change detection looks at what a short repr shows).
    pub fn visit_first(&self, n: usize, mut f: impl FnMut(&Value)) {
        let t = self.inner.borrow();
        for (_, k) in t.live().take(n) {
            f(k);
        }
    }
    /// The live slots whose hash is `hash`, in probe order (the caller tests equality).
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        let t = self.inner.borrow();
        let mut out = Vec::new();
        t.probe(hash, |i, s| match s {
            Slot::Empty => false,
            Slot::Dummy => true,
            Slot::Full(h, k) => {
                if *h == hash {
                    out.push((i, k.clone()));
                }
                true
            }
        });
        out
    }
    /// Adds a key the caller checked to be absent (CPython's `set_add_entry` after a failed
    /// search: the last dummy met on the probe sequence is reused, else the first empty slot).
    pub fn insert_new(&self, hash: i64, key: Value) {
        let mut t = self.inner_mut();
        let mut free = None;
        let mut empty = 0;
        t.probe(hash, |i, s| match s {
            Slot::Empty => {
                empty = i;
                false
            }
            Slot::Dummy => {
                free = Some(i);
                true
            }
            Slot::Full(..) => true,
        });
        t.used += 1;
        if let Some(i) = free {
            t.slots[i] = Slot::Full(hash, key);
            return;
        }
        t.slots[empty] = Slot::Full(hash, key);
        t.fill += 1;
        t.grow_if_needed();
    }
    /// Removes the key in slot `idx` (leaves a dummy), returning it.
    pub fn remove_at(&self, idx: usize) -> Option<Value> {
        let mut t = self.inner_mut();
        match std::mem::replace(t.slots.get_mut(idx)?, Slot::Dummy) {
            Slot::Full(_, k) => {
                t.used -= 1;
                Some(k)
            }
            other => {
                t.slots[idx] = other;
                None
            }
        }
    }
    /// `set.pop()`: the first live slot from the finger on, wrapping around.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.inner_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while !matches!(t.slots[i], Slot::Full(..)) {
            i = if i == mask { 0 } else { i + 1 };
        }
        let key = match std::mem::replace(&mut t.slots[i], Slot::Dummy) {
            Slot::Full(_, k) => k,
            _ => Value::None,
        };
        t.used -= 1;
        t.finger = i + 1;
        Some(key)
    }
    /// `set.clear()`: back to the smallest table (the pop finger survives).
    pub fn clear(&self) {
        let mut t = self.inner_mut();
        let finger = t.finger;
        *t = Table::empty(finger);
    }
    /// The one big resize before adding about `incoming` keys (CPython's merge and dict
    /// update presizing).
    pub fn presize(&self, incoming: usize) {
        let mut t = self.inner_mut();
        if (t.fill + incoming) * 5 >= t.mask() * 3 {
            let used = t.used;
            t.resize((used + incoming) * 2);
        }
    }
    /// The fast paths of CPython's `set_merge` into an empty table (copy the layout, or insert
    /// cleanly in the other table's order). Returns false when the table is not empty: the
    /// caller then adds the other's entries one by one. Call `presize` first.
    pub fn merge_into_empty(&self, other: &SetTable) -> bool {
        let o = other.inner.borrow();
        let mut t = self.inner_mut();
        if t.fill != 0 {
            return false;
        }
        if t.slots.len() == o.slots.len() && o.fill == o.used {
            t.slots = o.slots.clone();
        } else {
            for (h, k) in o.live() {
                Table::insert_clean(&mut t.slots, h, k.clone());
            }
        }
        t.fill = o.used;
        t.used = o.used;
        true
    }
    /// After a difference update: rebuild when more than a quarter of the slots are dummies.
    pub fn shrink_dummies(&self) {
        let mut t = self.inner_mut();
        if t.fill - t.used <= t.mask() / 4 {
            return;
        }
        let used = t.used;
        t.resize(if used > 50000 { used * 2 } else { used * 4 });
    }
    /// Exchanges the contents of two tables (CPython's `set_swap_bodies`; fingers stay).
    pub fn swap_bodies(&self, other: &SetTable) {
        if std::ptr::eq(self, other) {
            return;
        }
        let mut a = self.inner_mut();
        let mut b = other.inner_mut();
        std::mem::swap(&mut a.slots, &mut b.slots);
        std::mem::swap(&mut a.fill, &mut b.fill);
        std::mem::swap(&mut a.used, &mut b.used);
    }
    /// CPython's `frozenset_hash` over the element hashes.
    pub fn frozen_hash(&self) -> i64 {
        let t = self.inner.borrow();
        let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
        let mut hash: u64 = 0;
        for (h, _) in t.live() {
            hash ^= shuffle(h as u64);
        }
        hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            590923713
        } else {
            hash as i64
        }
    }
}
