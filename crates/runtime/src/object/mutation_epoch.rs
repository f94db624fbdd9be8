//! The container mutation epoch: one per-thread counter that every in-place change of a list,
//! dict or set advances (list storage through `Items`, dicts through `Dict`'s mutators, sets
//! through `SetTable`'s). The recorder's live locals (`recorder/live.rs`) compare it with the
//! value they saw when they last fingerprinted a watched container: while it has not moved,
//! no container anywhere changed, so no fingerprint can have changed either.
//!
//! Each advance also names the storage it changed ([`bump_at`], the address of the `Items`,
//! `Dict` or `SetTable`), and the counter remembers the latest run of advances on one
//! storage: when every change since a watch's epoch was to one other container
//! ([`only_others_changed_since`]), the watched container is unchanged too, without
//! fingerprinting it (a loop filling one dict while three containers are watched
//! re-fingerprints only that dict). An advance that cannot name its storage ([`bump`])
//! counts as a change of every container.
//!
//! Advancing it too often only costs a re-check; missing a mutation path would hide a change
//! from the locals panel, so the bumps sit in the storage types themselves, below every
//! method, operator and fast path that mutates them.

use std::cell::Cell;

/// The counter and its latest run of changes to one storage.
struct Journal {
    /// Container mutations so far on this thread.
    epoch: Cell<u64>,
    /// The storage the latest advances changed ([`UNKNOWN`]: possibly any).
    last: Cell<usize>,
    /// The epoch before the first advance of the run of advances on `last`.
    run_start: Cell<u64>,
}

/// The storage address of an advance that cannot name its container.
const UNKNOWN: usize = 0;

thread_local! {
    static JOURNAL: Journal = const {
        Journal {
            epoch: Cell::new(0),
            last: Cell::new(UNKNOWN),
            run_start: Cell::new(0),
        }
    };
}

/// Notes that the list, dict or set whose storage (`Items`, `Dict`, `SetTable`) is at
/// `address` changed in place.
#[inline(always)]
pub fn bump_at(address: usize) {
    JOURNAL.with(|j| {
        let e = j.epoch.get();
        if j.last.get() != address {
            j.last.set(address);
            j.run_start.set(e);
        }
        j.epoch.set(e.wrapping_add(1));
    });
}

/// Notes that some list, dict or set changed in place (or may have), without saying which.
#[inline(always)]
pub fn bump() {
    bump_at(UNKNOWN);
}

/// The current epoch: equal readings mean no container changed in between.
#[inline]
pub fn current() -> u64 {
    JOURNAL.with(|j| j.epoch.get())
}

/// The bits of `address` in a mask of storage addresses (see [`only_others_changed_since`]):
/// two bits (possibly the same one) picked by a multiplicative hash, so a mask of a few
/// addresses (a Bloom filter) seldom seems to hold another: with eight addresses in the mask
/// about one other in twenty does, where one bit each gave one in nine.
#[inline(always)]
pub fn address_bits(address: usize) -> u64 {
    let h = (address as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (1 << (h >> 58)) | (1 << ((h >> 52) & 63))
}

/// True if every container change since `epoch` (a reading of [`current`]) was to one
/// storage that is neither the one at `address` nor any whose [`address_bits`] are all in
/// `others`: none of them changed since (also true when nothing changed). False when that
/// cannot be told (changes to several containers, or one unnamed).
#[inline]
pub fn only_others_changed_since(epoch: u64, address: usize, others: u64) -> bool {
    JOURNAL.with(|j| {
        let last = j.last.get();
        j.epoch.get() == epoch
            || (j.run_start.get() <= epoch
                && last != UNKNOWN
                && last != address
                && others & address_bits(last) != address_bits(last))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_to_one_other_storage_leave_a_container_unchanged() {
        let (a, b, c) = (0x1000, 0x2000, 0x3000);
        bump_at(a);
        let seen = current();
        assert!(only_others_changed_since(seen, b, 0));
        bump_at(a);
        bump_at(a);
        assert!(only_others_changed_since(seen, b, 0), "a run on another");
        assert!(!only_others_changed_since(seen, a, 0), "a itself changed");
        assert!(
            !only_others_changed_since(seen, b, address_bits(a)),
            "a is among b's items"
        );
        bump_at(c);
        assert!(
            !only_others_changed_since(seen, b, 0),
            "two storages changed"
        );
        let seen = current();
        bump();
        assert!(!only_others_changed_since(seen, b, 0), "an unnamed change");
    }
}
