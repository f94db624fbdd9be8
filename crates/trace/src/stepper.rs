//! The step cursor over a growing log: keyframes, the fold at the cursor and `goto`.
//!
//! The state at step N is the fold of events `0..=N`. While events are appended, the stepper
//! folds them once more (the tip) and keeps a clone of the fold every `keyframe_interval`
//! events (a keyframe). Going to any step clones the nearest keyframe at or before it and
//! applies at most `keyframe_interval` events, so [`Stepper::goto`] and [`Stepper::state`]
//! cost the same at step 10 and at step 1,000,000. The stepper does not own the log: the
//! runtime's session keeps it in the VM's recorder, the playground's UI in a `Trace`.

use crate::event::Event;
use crate::fold::Fold;
use crate::log::Log;
use crate::state::{self, StepState};

/// Events between two keyframes (chosen by `aiterscope bench-session`: see the report in
/// `crates/cli/src/bench_session.rs`).
pub const DEFAULT_KEYFRAME_INTERVAL: usize = 512;

/// A cursor over a log, with keyframes for constant-time travel.
pub struct Stepper {
    /// Events between keyframes (at least 1).
    interval: usize,
    /// The current step (index of the current event).
    cursor: usize,
    /// The fold at the cursor (`cursor + 1` events applied; 0 when the log is empty).
    here: Fold,
    /// The fold of every appended event (keyframes are taken from it).
    tip: Fold,
    /// `keyframes[k]` has `k * interval` events applied.
    keyframes: Vec<Fold>,
}

impl Stepper {
    /// A stepper at step 0 of an empty log, keeping a keyframe every `keyframe_interval`
    /// events (0 counts as 1).
    pub fn new(keyframe_interval: usize) -> Stepper {
        Stepper {
            interval: keyframe_interval.max(1),
            cursor: 0,
            here: Fold::new(),
            tip: Fold::new(),
            keyframes: vec![Fold::new()],
        }
    }

    /// Events between keyframes.
    pub fn keyframe_interval(&self) -> usize {
        self.interval
    }

    /// The current step.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The number of keyframes kept.
    pub fn keyframe_count(&self) -> usize {
        self.keyframes.len()
    }

    /// Folds the events appended to `log` since the last call, keeping keyframes. Call it
    /// after every append, before moving the cursor past the old end.
    pub fn fold_new_events(&mut self, log: &Log) {
        let events = &log.events;
        while self.tip.applied < events.len() {
            self.tip.apply(&events[self.tip.applied]);
            if self.tip.applied.is_multiple_of(self.interval) {
                self.keyframes.push(self.tip.clone());
            }
        }
    }

    /// Moves to `step`, clamped to the last event of `log`. Returns the step reached (0 for
    /// an empty log).
    pub fn goto(&mut self, log: &Log, step: usize) -> usize {
        let Some(last) = log.events.len().checked_sub(1) else {
            return 0;
        };
        let step = step.min(last);
        let k = self.interval;
        if step >= self.cursor && step - self.cursor <= k && self.here.applied == self.cursor + 1 {
            for e in &log.events[self.cursor + 1..=step] {
                self.here.apply(e);
            }
        } else {
            self.here = self.fold_at(log, step);
        }
        self.cursor = step;
        step
    }

    /// Moves one step back. False at step 0.
    pub fn step_back(&mut self, log: &Log) -> bool {
        let Some(back) = self.cursor.checked_sub(1) else {
            return false;
        };
        self.goto(log, back);
        true
    }

    /// Moves to the previous `anext_value` or `stop_async_iteration` of `log`. False (and the
    /// cursor stays) if there is none.
    pub fn prev_anext(&mut self, log: &Log) -> bool {
        match prev_anext_outcome(&log.events, self.cursor) {
            Some(at) => {
                self.goto(log, at);
                true
            }
            None => false,
        }
    }

    /// The state at the cursor.
    pub fn state(&self, log: &Log) -> StepState {
        state::resolve(&self.here, log)
    }

    /// Heap bytes of the keyframes and the archives they share (the log not included).
    pub fn memory_bytes(&self) -> usize {
        // The archives are shared by every keyframe: the tip's hold every node once.
        self.keyframes.iter().map(Fold::heap_bytes).sum::<usize>() + self.tip.archive_bytes()
    }

    /// The fold with events `0..=step` applied, from the nearest keyframe.
    fn fold_at(&self, log: &Log, step: usize) -> Fold {
        let events = &log.events;
        if events.is_empty() {
            return Fold::new();
        }
        let want = step.min(events.len() - 1) + 1;
        let kf = (want / self.interval).min(self.keyframes.len() - 1);
        let mut fold = self.keyframes[kf].clone();
        for e in &events[fold.applied..want] {
            fold.apply(e);
        }
        fold
    }
}

/// The first `anext_value` or `stop_async_iteration` at or after `from`, if recorded.
pub fn next_anext_outcome(events: &[Event], from: usize) -> Option<usize> {
    events
        .get(from..)?
        .iter()
        .position(|e| e.kind.is_anext_outcome())
        .map(|i| from + i)
}

/// The last `anext_value` or `stop_async_iteration` before `before`, if any.
fn prev_anext_outcome(events: &[Event], before: usize) -> Option<usize> {
    events[..before.min(events.len())]
        .iter()
        .rposition(|e| e.kind.is_anext_outcome())
}
