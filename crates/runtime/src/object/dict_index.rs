//! The index table of a dict (`object/dict.rs`): where each key's entry is in the dict's
//! insertion-ordered entry vector, found by the key's Python hash.
//!
//! Laid out as CPython's dict indices: a power-of-two array of entry numbers probed from
//! `hash & mask`, then `i = 5 * i + perturb + 1` with `perturb` the hash shifted right by 5
//! more bits each step, so a small-int key (its own hash) is found at its first probe. A
//! removed entry leaves a *dummy* slot, which lookups step over and insertions reuse; the
//! table grows (to the power of two above three times the live entries, dropping the
//! dummies) before it would be more than two-thirds full, so every probe sequence reaches
//! an empty slot. Only lookups' speed depends on the layout: iteration follows the entries.

use super::dict::Entry;

/// A slot no entry has used since the last rebuild: probing stops here.
const EMPTY: u32 = u32::MAX;
/// A slot whose entry was removed: probing continues past it.
const DUMMY: u32 = u32::MAX - 1;
/// The smallest table with any slot.
const MIN_SLOTS: usize = 8;

/// The probe sequence of `hash` over `mask + 1` slots: CPython's `i = 5i + perturb + 1`.
struct Probe {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    #[inline(always)]
    fn new(hash: i64, mask: usize) -> Probe {
        Probe {
            i: (hash as u64 as usize) & mask,
            perturb: hash as u64,
            mask,
        }
    }
    #[inline(always)]
    fn advance(&mut self) {
        self.perturb >>= 5;
        self.i = (self.i.wrapping_mul(5))
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1)
            & self.mask;
    }
}

/// Entry numbers by hash (see the module documentation).
#[derive(Default)]
pub(super) struct IndexTable {
    /// Entry numbers, `EMPTY` or `DUMMY` (four bytes each: a dict of one key holds 32 bytes
    /// of table); empty, or a power of two long.
    slots: Vec<u32>,
    /// Slots that are not `EMPTY` (live and dummy).
    fill: usize,
}

impl IndexTable {
    /// The first entry number along `hash`'s probe sequence for which `eq` says true, asking
    /// about every live entry number in probe order until then.
    #[inline(always)]
    pub(super) fn find(&self, hash: i64, mut eq: impl FnMut(usize) -> bool) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mut probe = Probe::new(hash, self.slots.len() - 1);
        loop {
            let ix = self.slots[probe.i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY && eq(ix as usize) {
                return Some(ix as usize);
            }
            probe.advance();
        }
    }

    /// Calls `f` on every live entry number along `hash`'s probe sequence, in probe order
    /// (the order in which [`IndexTable::find`] asks about them).
    pub(super) fn for_each_candidate(&self, hash: i64, mut f: impl FnMut(usize)) {
        self.find(hash, |ix| {
            f(ix);
            false
        });
    }

    /// Records entry `idx` of `entries`, just added (its key hashes to `hash` and is in no
    /// other entry; `live` counts it): when the table would be over two-thirds full, it is
    /// rebuilt for all of `entries` instead, this one included.
    pub(super) fn insert(&mut self, hash: i64, idx: usize, entries: &[Option<Entry>], live: usize) {
        if (self.fill + 1) * 3 > self.slots.len() * 2 {
            self.rebuild(entries, live);
            return;
        }
        let mut probe = Probe::new(hash, self.slots.len() - 1);
        loop {
            let s = self.slots[probe.i];
            if s == EMPTY || s == DUMMY {
                if s == EMPTY {
                    self.fill += 1;
                }
                self.slots[probe.i] = slot_value(idx);
                return;
            }
            probe.advance();
        }
    }

    /// Forgets entry `idx` (whose key hashes to `hash`): its slot becomes a dummy.
    pub(super) fn remove(&mut self, hash: i64, idx: usize) {
        if self.slots.is_empty() {
            return;
        }
        let mut probe = Probe::new(hash, self.slots.len() - 1);
        loop {
            let s = self.slots[probe.i];
            if s == EMPTY {
                return;
            }
            if s as usize == idx {
                self.slots[probe.i] = DUMMY;
                return;
            }
            probe.advance();
        }
    }

    /// Empties the table (no slots).
    pub(super) fn clear(&mut self) {
        self.slots = Vec::new();
        self.fill = 0;
    }

    /// Builds the table anew for the `live` entries of `entries`: the power of two above
    /// three times their number (at least [`MIN_SLOTS`]), without dummies.
    pub(super) fn rebuild(&mut self, entries: &[Option<Entry>], live: usize) {
        let size = (live.max(1) * 3).next_power_of_two().max(MIN_SLOTS);
        self.slots = vec![EMPTY; size];
        self.fill = 0;
        let mask = size - 1;
        for (idx, e) in entries.iter().enumerate() {
            let Some(e) = e else { continue };
            let mut probe = Probe::new(e.hash, mask);
            while self.slots[probe.i] != EMPTY {
                probe.advance();
            }
            self.slots[probe.i] = slot_value(idx);
            self.fill += 1;
        }
    }
}

/// Entry number `idx` as a slot value. A dict cannot reach `DUMMY` entries: each entry takes
/// at least 24 bytes (a hash and two values), so that many would be over 96 GiB, far over any
/// run's memory cap.
#[inline(always)]
fn slot_value(idx: usize) -> u32 {
    match u32::try_from(idx) {
        Ok(v) if v < DUMMY => v,
        _ => panic!("dict entry number {idx} does not fit the index table"),
    }
}
