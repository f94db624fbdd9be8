//! The event loop, a port of CPython 3.12's `BaseEventLoop` scheduling on a virtual clock:
//! the `_ready` deque, the timer heap (heapq, lazy deletion of cancelled timers, rebuilt when
//! more than 100 are scheduled and over half are cancelled), and `_run_once`'s batch rule:
//! one iteration runs exactly the callbacks that were ready when it started.

use std::collections::VecDeque;
use std::rc::Weak;

use super::handle::{Callback, Handle, HandleData, TimerEntry};
use super::heap::{heapify, heappop, heappush};
use crate::object::{Generator, Instance, Value};
use crate::recorder::EventKind;
use crate::vm::Vm;

/// `_MIN_SCHEDULED_TIMER_HANDLES`.
const MIN_SCHEDULED_TIMER_HANDLES: usize = 100;
/// `_MIN_CANCELLED_TIMER_HANDLES_FRACTION`.
const MIN_CANCELLED_TIMER_HANDLES_FRACTION: f64 = 0.5;
/// `loop._clock_resolution` of the virtual clock.
const CLOCK_RESOLUTION: f64 = 1e-9;

/// Nothing is ready, no timer is scheduled and the loop is not stopping: it would wait forever.
#[derive(Debug)]
pub struct Deadlock;

/// The state of the running event loop.
pub struct EventLoop {
    /// The virtual clock in seconds (starts at 0.0, jumps to the next timer).
    pub time: f64,
    /// `_ready`.
    pub ready: VecDeque<Handle>,
    /// `_scheduled` (a heap).
    pub scheduled: Vec<TimerEntry>,
    /// `_timer_cancelled_count`.
    pub timer_cancelled_count: usize,
    /// Deadlines of the timers the last `start_iteration` moved to the ready queue, for the
    /// recorder's `timer_done` events (drained by the runner).
    pub fired: Vec<f64>,
    /// `_stopping`.
    pub stopping: bool,
    /// Callbacks left in the current iteration's batch.
    pub batch_left: usize,
    /// An iteration is in progress (or just ended and `stopping` must be checked).
    pub in_iteration: bool,
    /// `current_task()`.
    pub current_task: Option<Value>,
    /// Every task created on this loop (weak, like CPython's `_all_tasks`).
    pub tasks: Vec<Weak<Instance>>,
    /// Async generators first iterated under this loop (`_asyncgens`, weak).
    pub asyncgens: Vec<Weak<Generator>>,
    /// `shutdown_asyncgens()` ran: later first iterations are not tracked.
    pub asyncgens_shutdown: bool,
    /// The Python-visible loop object.
    pub loop_obj: Value,
    /// The `asyncio.run` runner driving this loop.
    pub runner: super::runner::Runner,
    /// `loop.set_task_factory(f)`: `loop.create_task` calls `f(loop, coro)` (None: `Task`).
    pub task_factory: Option<Value>,
}

impl EventLoop {
    /// A fresh loop at time 0.0.
    pub fn new(loop_obj: Value, runner: super::runner::Runner) -> EventLoop {
        EventLoop {
            time: 0.0,
            ready: VecDeque::new(),
            scheduled: Vec::new(),
            timer_cancelled_count: 0,
            fired: Vec::new(),
            stopping: false,
            batch_left: 0,
            in_iteration: false,
            current_task: None,
            tasks: Vec::new(),
            asyncgens: Vec::new(),
            asyncgens_shutdown: false,
            loop_obj,
            runner,
            task_factory: None,
        }
    }

    /// The start of `_run_once`: drops cancelled timers, moves the clock (nothing ready: to
    /// the earliest timer), moves due timers to the ready queue and fixes the batch size.
    /// Returns the new time if the clock moved; `Err` if nothing can ever run (deadlock).
    pub fn start_iteration(&mut self) -> Result<Option<f64>, Deadlock> {
        let count = self.scheduled.len();
        if count > MIN_SCHEDULED_TIMER_HANDLES
            && self.timer_cancelled_count as f64 / count as f64
                > MIN_CANCELLED_TIMER_HANDLES_FRACTION
        {
            let mut kept = Vec::with_capacity(count);
            for e in self.scheduled.drain(..) {
                if e.0.cancelled.get() {
                    e.0.scheduled.set(false);
                } else {
                    kept.push(e);
                }
            }
            heapify(&mut kept);
            self.scheduled = kept;
            self.timer_cancelled_count = 0;
        } else {
            while self.scheduled.first().is_some_and(|e| e.0.cancelled.get()) {
                self.timer_cancelled_count = self.timer_cancelled_count.saturating_sub(1);
                if let Some(e) = heappop(&mut self.scheduled) {
                    e.0.scheduled.set(false);
                }
            }
        }
        let mut moved = None;
        if self.ready.is_empty() && !self.stopping {
            match self.scheduled.first() {
                None => return Err(Deadlock),
                Some(head) => {
                    if head.0.when > self.time {
                        self.time = head.0.when;
                        moved = Some(self.time);
                    }
                }
            }
        }
        let end_time = self.time + CLOCK_RESOLUTION;
        while let Some(head) = self.scheduled.first() {
            if head.0.when >= end_time {
                break;
            }
            if let Some(e) = heappop(&mut self.scheduled) {
                e.0.scheduled.set(false);
                self.fired.push(e.0.when);
                self.ready.push_back(e.0);
            }
        }
        self.batch_left = self.ready.len();
        self.in_iteration = true;
        Ok(moved)
    }

    /// The next handle of the current batch.
    pub fn next_ready(&mut self) -> Option<Handle> {
        if self.batch_left == 0 {
            return None;
        }
        self.batch_left -= 1;
        self.ready.pop_front()
    }

    /// Live tasks in creation order.
    pub fn live_tasks(&mut self) -> Vec<Value> {
        self.tasks.retain(|w| w.strong_count() > 0);
        self.tasks
            .iter()
            .filter_map(|w| w.upgrade())
            .map(Value::Instance)
            .collect()
    }
}

/// The running loop, or the RuntimeError CPython raises without one.
pub fn running(vm: &mut Vm) -> Result<&mut EventLoop, Value> {
    match vm.event_loop.as_deref_mut() {
        Some(l) => Ok(l),
        None => Err(crate::object::exception::exc(
            "RuntimeError",
            "no running event loop",
        )),
    }
}

/// `loop.call_soon(cb)` on the running loop (outside a running loop: on the loop that ran
/// last, as a future created there would).
pub fn call_soon(vm: &mut Vm, cb: Callback) -> Handle {
    let h = HandleData::new(cb);
    let h2 = h.clone();
    super::loop_api::on_current_or_last_loop(vm, move |vm| {
        if let Some(l) = vm.event_loop.as_deref_mut() {
            l.ready.push_back(h2);
        }
    });
    h
}

/// `loop.call_at(when, cb)`.
pub fn call_at(vm: &mut Vm, when: f64, cb: Callback) -> Handle {
    let h = HandleData::timer(cb, when);
    let h2 = h.clone();
    super::loop_api::on_current_or_last_loop(vm, move |vm| {
        if let Some(l) = vm.event_loop.as_deref_mut() {
            h2.scheduled.set(true);
            heappush(&mut l.scheduled, TimerEntry(h2));
        }
    });
    if vm.recorder.enabled {
        let line = vm.rec_line();
        vm.recorder.emit(vm.steps, line, EventKind::Timer { when });
    }
    h
}

/// `loop.call_later(delay, cb)`.
pub fn call_later(vm: &mut Vm, delay: f64, cb: Callback) -> Handle {
    let now = vm.event_loop.as_ref().map_or(0.0, |l| l.time);
    call_at(vm, now + delay, cb)
}

/// `handle.cancel()`.
pub fn cancel_handle(vm: &mut Vm, h: &Handle) {
    if h.cancelled.get() {
        return;
    }
    h.cancelled.set(true);
    h.callback.borrow_mut().take();
    if h.is_timer && h.scheduled.get() {
        if let Some(l) = vm.event_loop.as_deref_mut() {
            l.timer_cancelled_count += 1;
        }
        if vm.recorder.enabled {
            // A cancelled timer stays in the heap (lazy deletion) but is no longer pending.
            let line = vm.rec_line();
            vm.recorder
                .emit(vm.steps, line, EventKind::TimerDone { when: h.when });
        }
    }
}
