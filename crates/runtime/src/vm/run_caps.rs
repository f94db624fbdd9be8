//! The memory caps of the run going on on this thread, for the direct entries that the hot
//! loops call holding only a frame (`list.append`'s, `vm/direct_call.rs`): they check what
//! `Vm::check_bytes(0)` and the list item cap check, without the VM at hand.
//!
//! `Vm::run` and an outermost `Vm::step` set the caps for their duration ([`RunCapsScope`]);
//! outside them there are none, and such an entry declines: the general call, which holds
//! the VM, then checks.

use std::cell::Cell;

/// What a run may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunCaps {
    /// Items a list may hold (`RunConfig::max_alloc`).
    pub max_items: usize,
    /// The live-byte count ([`crate::memory::live_bytes`]) above which the run holds more
    /// than its memory cap: its count at the start plus `RunConfig::max_memory`.
    pub live_limit: isize,
}

impl RunCaps {
    /// Whether a run under these caps holds more than its memory cap (what
    /// `Vm::check_bytes(0)` refuses).
    #[inline(always)]
    pub fn over_memory(&self) -> bool {
        crate::memory::live_bytes() > self.live_limit
    }
}

thread_local! {
    /// The caps of the run going on on this thread, if one is.
    static CAPS: Cell<Option<RunCaps>> = const { Cell::new(None) };
}

/// The caps of the run going on on this thread, if one is.
#[inline(always)]
pub fn current() -> Option<RunCaps> {
    CAPS.try_with(Cell::get).ok().flatten()
}

/// Sets the caps while it lives, when no run on this thread has set them already (an inner
/// entry, such as a nested run's steps, leaves them alone).
#[must_use = "the caps are cleared when the scope is dropped"]
pub struct RunCapsScope {
    outermost: bool,
}

impl RunCapsScope {
    /// Enters a run with `caps`.
    #[inline]
    pub fn enter(caps: RunCaps) -> RunCapsScope {
        let outermost = CAPS
            .try_with(|c| {
                if c.get().is_some() {
                    return false;
                }
                c.set(Some(caps));
                true
            })
            .unwrap_or(false);
        RunCapsScope { outermost }
    }
}

impl Drop for RunCapsScope {
    fn drop(&mut self) {
        if self.outermost {
            let _ = CAPS.try_with(|c| c.set(None));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outermost_scope_sets_and_clears_the_caps() {
        let caps = RunCaps {
            max_items: 10,
            live_limit: 100,
        };
        assert_eq!(current(), None);
        {
            let _outer = RunCapsScope::enter(caps);
            assert_eq!(current(), Some(caps));
            {
                let _inner = RunCapsScope::enter(RunCaps {
                    max_items: 1,
                    live_limit: 1,
                });
                assert_eq!(current(), Some(caps), "an inner entry keeps the run's caps");
            }
            assert_eq!(current(), Some(caps));
        }
        assert_eq!(current(), None);
    }
}
