//! A depth guard for the runtime's own recursion over nested data (comparing, hashing):
//! `[[[…]]] == [[[…]]]` recurses once per level in Rust, so a 100,000-deep structure would
//! overflow the Rust stack. CPython guards the same places with its C recursion limit and
//! raises `RecursionError: maximum recursion depth exceeded in comparison`; so does this.

use std::cell::Cell;

use crate::object::exception::exc;
use crate::vm::PyResult;

/// Nested guarded calls allowed: CPython 3.12's C recursion limit (1,500) less the levels
/// a script's comparison starts at (measured: two 1,498-deep lists fail to compare, two
/// 1,497-deep ones compare).
const MAX_DEPTH: usize = 1_498;

thread_local! {
    /// Guarded calls currently active on this thread.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// One active guarded call; leaving it (dropping the guard) restores the depth.
#[must_use = "the depth is released when the guard is dropped"]
pub struct RecursionGuard(());

impl RecursionGuard {
    /// Enters one more level, or fails with CPython's RecursionError whose message ends with
    /// `context` (such as `" in comparison"`).
    pub fn enter(context: &str) -> PyResult<RecursionGuard> {
        let depth = DEPTH.with(|d| d.get());
        if depth >= MAX_DEPTH || crate::vm::stack_guard::exhausted() {
            return Err(exc(
                "RecursionError",
                format!("maximum recursion depth exceeded{context}"),
            ));
        }
        DEPTH.with(|d| d.set(depth + 1));
        Ok(RecursionGuard(()))
    }
}

impl Drop for RecursionGuard {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    }
}
