//! The container mutation epoch: one per-thread counter that every in-place change of a list,
//! dict or set advances (list storage through `Items`, dicts through `Dict`'s mutators, sets
//! through `SetTable`'s). The recorder's live locals (`recorder/live.rs`) compare it with the
//! value they saw when they last fingerprinted a watched container: while it has not moved,
//! no container anywhere changed, so no fingerprint can have changed either.
//!
//! Advancing it too often only costs a re-check; missing a mutation path would hide a change
//! from the locals panel, so the bumps sit in the storage types themselves, below every
//! method, operator and fast path that mutates them.

use std::cell::Cell;

thread_local! {
    /// Container mutations so far on this thread.
    static EPOCH: Cell<u64> = const { Cell::new(0) };
}

/// Notes that some list, dict or set changed in place (or may have).
#[inline(always)]
pub fn bump() {
    EPOCH.with(|e| e.set(e.get().wrapping_add(1)));
}

/// The current epoch: equal readings mean no container changed in between.
#[inline]
pub fn current() -> u64 {
    EPOCH.with(Cell::get)
}
