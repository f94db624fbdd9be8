//! Callback handles: what `call_soon`/`call_later` put on the ready queue or the timer heap
//! (`asyncio.Handle` / `asyncio.TimerHandle`). Cancelled timers stay in the heap (lazy
//! deletion) until they reach its top, as in CPython.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::heap::HeapItem;
use crate::object::Value;

/// What a handle runs.
pub enum Callback {
    /// A Python callable with its arguments (`call_soon(fn, *args)`, done callbacks).
    Call(Value, Vec<Value>),
    /// `Task.__step(exc)`.
    TaskStep(Value, Option<Value>),
    /// `Task.__wakeup(future)`.
    TaskWakeup(Value, Value),
    /// `futures._set_result_unless_cancelled(future, result)` (used by `sleep`).
    SetResultUnlessCancelled(Value, Value),
    /// A child of the runner's internal gather finished.
    GatherChild(Rc<super::gather::Gathering>, Value),
    /// `run_until_complete`'s callback: stop the loop.
    StopLoop,
}

/// A scheduled callback.
pub struct HandleData {
    /// The callback (taken when cancelled, like CPython drops `_callback`/`_args`).
    pub callback: RefCell<Option<Callback>>,
    /// `handle.cancel()` was called.
    pub cancelled: Cell<bool>,
    /// For timers: the loop time at which it is due.
    pub when: f64,
    /// True for `TimerHandle`s.
    pub is_timer: bool,
    /// A timer still in the loop's heap.
    pub scheduled: Cell<bool>,
}

/// A shared handle.
pub type Handle = Rc<HandleData>;

impl HandleData {
    /// A handle for the ready queue.
    pub fn new(cb: Callback) -> Handle {
        Rc::new(HandleData {
            callback: RefCell::new(Some(cb)),
            cancelled: Cell::new(false),
            when: 0.0,
            is_timer: false,
            scheduled: Cell::new(false),
        })
    }

    /// A timer handle due at `when`.
    pub fn timer(cb: Callback, when: f64) -> Handle {
        Rc::new(HandleData {
            callback: RefCell::new(Some(cb)),
            cancelled: Cell::new(false),
            when,
            is_timer: true,
            scheduled: Cell::new(false),
        })
    }
}

/// Heap entries compare by `when` with `<` only (CPython's `TimerHandle.__lt__`).
pub struct TimerEntry(pub Handle);

impl HeapItem for TimerEntry {
    fn lt(&self, other: &Self) -> bool {
        self.0.when < other.0.when
    }
}
