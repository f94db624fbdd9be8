//! [`Trace`]: a recorded run received in batches (see [`crate::wire`]), with a step cursor.
//!
//! It is the runtime's `Session` without the VM: the same cursor and state API over the events
//! received so far. Moving past them is not possible (the caller asks the recorder for more
//! and appends the batch); everything else costs what it costs in the session.

use std::ops::Range;

use crate::event::Event;
use crate::log::Log;
use crate::state::StepState;
use crate::stepper::{self, Stepper, DEFAULT_KEYFRAME_INTERVAL};
use crate::wire::{self, WireError};

/// A recorded run, growing batch by batch, with a cursor.
pub struct Trace {
    log: Log,
    stepper: Stepper,
    finished: bool,
}

impl Default for Trace {
    fn default() -> Self {
        Trace::new(DEFAULT_KEYFRAME_INTERVAL)
    }
}

impl Trace {
    /// An empty trace keeping a keyframe every `keyframe_interval` events.
    pub fn new(keyframe_interval: usize) -> Trace {
        Trace {
            log: Log::default(),
            stepper: Stepper::new(keyframe_interval),
            finished: false,
        }
    }

    /// Appends an encoded batch (the next one the recorder sent). Returns the number of
    /// events it added. The cursor stays where it is, except that the first events of an
    /// empty trace put it at step 0. A batch with nothing new is accepted even after the end
    /// (a recorder asked twice sends it).
    pub fn append(&mut self, bytes: &[u8]) -> Result<usize, WireError> {
        let previous_t = self.log.events.last().map_or(0.0, |e| e.t);
        let batch = wire::decode(bytes, previous_t)?;
        if batch.is_empty() && batch.from == wire::Mark::end_of(&self.log) {
            self.finished |= batch.finished;
            return Ok(0);
        }
        if self.finished {
            return Err(WireError("the run already ended".into()));
        }
        let was_empty = self.log.events.is_empty();
        let added = batch.events.len();
        self.finished = wire::apply(batch, &mut self.log)?;
        self.stepper.fold_new_events(&self.log);
        if was_empty && added > 0 {
            self.stepper.goto(&self.log, 0);
        }
        Ok(added)
    }

    /// Makes room for `events` events in all, so that the log is not moved again while it
    /// grows to that many (a no-op when there is room). Growing a long log step by step copies
    /// all of it into fresh memory each time: tens of MB at once for a 1,000,000-event run.
    pub fn reserve_events(&mut self, events: usize) {
        let held = self.log.events.len();
        if events > self.log.events.capacity() {
            self.log.events.reserve_exact(events - held);
        }
    }

    /// The number of events received.
    pub fn len(&self) -> usize {
        self.log.events.len()
    }

    /// True if no event was received yet.
    pub fn is_empty(&self) -> bool {
        self.log.events.is_empty()
    }

    /// True once the run ended: every step is here and the last is its `end` event.
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// The current step.
    pub fn cursor(&self) -> usize {
        self.stepper.cursor()
    }

    /// The log (events and the strings and output they refer to).
    pub fn log(&self) -> &Log {
        &self.log
    }

    /// The received events in `range` (clamped to what is here).
    pub fn events(&self, range: Range<usize>) -> &[Event] {
        let end = range.end.min(self.log.events.len());
        &self.log.events[range.start.min(end)..end]
    }

    /// The event at the cursor.
    pub fn current_event(&self) -> Option<&Event> {
        self.log.events.get(self.cursor())
    }

    /// The state at the cursor.
    pub fn state(&self) -> StepState {
        self.stepper.state(&self.log)
    }

    /// Moves to `step`, clamped to the last received event. Returns the step reached.
    pub fn goto(&mut self, step: usize) -> usize {
        self.stepper.goto(&self.log, step)
    }

    /// Moves one step forward. False at the last received event.
    pub fn step_forward(&mut self) -> bool {
        let from = self.cursor();
        self.goto(from + 1) != from
    }

    /// Moves one step back. False at step 0.
    pub fn step_back(&mut self) -> bool {
        self.stepper.step_back(&self.log)
    }

    /// Moves to the next `anext_value` or `stop_async_iteration` received. False (and the
    /// cursor stays) if none is here yet.
    pub fn next_anext(&mut self) -> bool {
        match stepper::next_anext_outcome(&self.log.events, self.cursor() + 1) {
            Some(at) => {
                self.goto(at);
                true
            }
            None => false,
        }
    }

    /// Moves to the previous `anext_value` or `stop_async_iteration`. False if there is none.
    pub fn prev_anext(&mut self) -> bool {
        self.stepper.prev_anext(&self.log)
    }

    /// Heap bytes of the log plus the keyframes.
    pub fn memory_bytes(&self) -> usize {
        self.log.heap_bytes() + self.stepper.memory_bytes()
    }

    /// The number of keyframes kept.
    pub fn keyframe_count(&self) -> usize {
        self.stepper.keyframe_count()
    }
}
