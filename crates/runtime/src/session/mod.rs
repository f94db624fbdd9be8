//! The session: a program being stepped through, forwards and backwards.
//!
//! A [`Session`] owns the VM and its event log. It runs the VM lazily, in slices, only when
//! the cursor needs events that were not recorded yet, so an endless program can be stepped
//! forever; a budget of events (default [`DEFAULT_EVENT_BUDGET`]) ends a run with a clear
//! message and keeps every recorded step.
//!
//! The state at step N is the fold of events `0..=N`; the cursor, the fold and the keyframes
//! live in the VM-free trace crate (`aiterscope_trace::stepper::Stepper`), which the session
//! feeds after every slice. Going to any step clones the nearest keyframe at or before it and
//! applies at most `keyframe_interval` events, so [`Session::goto`] and [`Session::state`]
//! cost the same at step 10 and at step 1,000,000; stepping backwards never re-runs the
//! program.
//!
//! A recording-only session ([`SessionOptions::recording_only`], the web worker's) only
//! records: it folds nothing, keeps no keyframes, and its caller ships the log in batches and
//! drops what it sent ([`Session::drop_sent_events`]), so it holds only the events of one
//! batch. Steps keep their numbers, the event budget counts every event ever recorded.

use std::ops::Range;

pub use aiterscope_trace::state::{
    EndView, ExceptionView, FrameView, IterView, LoopView, ObjectView, StepState, TaskStatus,
    TaskView,
};
pub use aiterscope_trace::stepper::DEFAULT_KEYFRAME_INTERVAL;
use aiterscope_trace::stepper::{next_anext_outcome, Stepper};
pub use aiterscope_trace::{IterStatus, SyntaxErrorInfo};

use crate::recorder::{EndReason, Event, Log};
use crate::vm::{RunState, Vm};

/// Events a run may record before it is stopped.
pub const DEFAULT_EVENT_BUDGET: usize = 1_000_000;
/// VM instructions per slice of lazy execution.
const SLICE_STEPS: u64 = 20_000;
/// VM instructions without a single event before a run is declared stuck.
const MAX_SILENT_STEPS: u64 = 20_000_000;

/// Settings of a session.
#[derive(Debug, Clone)]
pub struct SessionOptions {
    /// Events a run may record before it is stopped.
    pub event_budget: usize,
    /// Events between keyframes.
    pub keyframe_interval: usize,
    /// The file name shown in tracebacks.
    pub filename: String,
    /// Only record (no fold, no keyframes; sent events may be dropped): the session cannot
    /// step, move or show a state.
    pub recording_only: bool,
}

impl Default for SessionOptions {
    fn default() -> Self {
        SessionOptions {
            event_budget: DEFAULT_EVENT_BUDGET,
            keyframe_interval: DEFAULT_KEYFRAME_INTERVAL,
            filename: "main.py".into(),
            recording_only: false,
        }
    }
}

/// A program being stepped through.
pub struct Session {
    vm: Vm,
    options: SessionOptions,
    /// The cursor and the keyframes over the VM's log.
    stepper: Stepper,
    /// True once the VM stopped (finished, failed or out of budget) and the `end` event is
    /// recorded.
    finished: bool,
    /// VM instructions run since the last recorded event.
    silent_steps: u64,
}

impl Session {
    /// Compiles `source` and prepares to run it (nothing runs until a step is asked for).
    pub fn load(source: &str) -> Result<Session, SyntaxErrorInfo> {
        Session::load_with(source, SessionOptions::default())
    }

    /// [`Session::load`] with explicit settings.
    pub fn load_with(source: &str, options: SessionOptions) -> Result<Session, SyntaxErrorInfo> {
        let code =
            crate::compile_source(source, &options.filename).map_err(|e| SyntaxErrorInfo {
                kind: e.kind.to_string(),
                msg: e.msg,
                line: e.line,
                col: e.col,
            })?;
        let mut vm = Vm::new(source, &options.filename);
        vm.recorder.enabled = true;
        vm.recorder.max_events = options.event_budget;
        vm.start(code);
        let stepper = Stepper::new(options.keyframe_interval);
        let mut session = Session {
            vm,
            options: SessionOptions {
                keyframe_interval: stepper.keyframe_interval(),
                ..options
            },
            stepper,
            finished: false,
            silent_steps: 0,
        };
        if session.options.recording_only {
            session.ensure(0);
        } else {
            session.goto(0);
        }
        Ok(session)
    }

    /// The number of events recorded so far (those dropped once sent included).
    pub fn len(&self) -> usize {
        self.log().event_count()
    }

    /// True if nothing was recorded (only possible for a program that does nothing).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// True once the run ended: every step is recorded and the last is its `end` event.
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// The current step.
    pub fn cursor(&self) -> usize {
        self.stepper.cursor()
    }

    /// The event log (events and the strings and output they refer to; in a recording-only
    /// session, only the events not dropped yet).
    pub fn log(&self) -> &Log {
        &self.vm.recorder.log
    }

    /// The recorded events in `range` (clamped to what is recorded and held; does not run
    /// the VM).
    pub fn events(&self, range: Range<usize>) -> &[Event] {
        let log = self.log();
        let held = log.events_dropped;
        let end = range.end.clamp(held, log.event_count());
        &log.events[(range.start.clamp(held, end) - held)..(end - held)]
    }

    /// Drops the events held (a recording-only session's caller sent them): the session then
    /// holds no events until it records more. Steps, times and the event budget go on as if
    /// nothing was dropped; strings and output stay.
    pub fn drop_sent_events(&mut self) {
        assert!(
            self.options.recording_only,
            "aiterscope: only a recording-only session may drop its events"
        );
        self.vm.recorder.log.drop_held_events();
    }

    /// Panics with a clear message if this session only records.
    fn expect_stepping(&self, what: &str) {
        assert!(
            !self.options.recording_only,
            "aiterscope: a recording-only session cannot {what}"
        );
    }

    /// The event at the cursor.
    pub fn current_event(&self) -> Option<&Event> {
        self.expect_stepping("show an event");
        self.log().events.get(self.cursor())
    }

    /// The state at the cursor.
    pub fn state(&self) -> StepState {
        self.expect_stepping("show a state");
        self.stepper.state(self.log())
    }

    /// Moves one step forward (running the VM if needed). False at the end of a finished run.
    pub fn step_forward(&mut self) -> bool {
        let from = self.cursor();
        self.goto(from + 1) != from
    }

    /// Moves one step back. False at step 0.
    pub fn step_back(&mut self) -> bool {
        self.expect_stepping("move");
        self.stepper.step_back(&self.vm.recorder.log)
    }

    /// Moves to the next `anext_value` or `stop_async_iteration` (running the VM as needed).
    /// False (and the cursor stays) if the run ends without one.
    pub fn next_anext(&mut self) -> bool {
        self.expect_stepping("move");
        let mut from = self.cursor() + 1;
        loop {
            self.ensure(from);
            if let Some(at) = next_anext_outcome(&self.log().events, from) {
                self.goto(at);
                return true;
            }
            if self.finished {
                return false;
            }
            from = self.len();
        }
    }

    /// Moves to the previous `anext_value` or `stop_async_iteration`. False if there is none.
    pub fn prev_anext(&mut self) -> bool {
        self.expect_stepping("move");
        self.stepper.prev_anext(&self.vm.recorder.log)
    }

    /// Moves to `step` (running the VM as needed; clamped to the last step of a finished
    /// run). Returns the step reached.
    pub fn goto(&mut self, step: usize) -> usize {
        self.expect_stepping("move");
        self.ensure(step);
        self.stepper.goto(&self.vm.recorder.log, step)
    }

    /// Runs the program to its end or until `budget` events are recorded (whichever comes
    /// first) and moves to the last step. Returns the number of events.
    pub fn run_to_end(&mut self, budget: usize) -> usize {
        self.vm.recorder.max_events = budget.min(self.vm.recorder.max_events);
        self.options.event_budget = budget.min(self.options.event_budget);
        while !self.finished {
            self.run_slice();
        }
        if !self.options.recording_only {
            let last = self.len().saturating_sub(1);
            self.goto(last);
        }
        self.len()
    }

    /// Runs one slice of the VM (a bounded number of instructions) without moving the
    /// cursor, so a caller can record a long run in pieces and yield to a UI in between.
    /// Returns the number of events the slice recorded; does nothing once the run ended.
    pub fn record_slice(&mut self) -> usize {
        let before = self.len();
        self.run_slice();
        self.len() - before
    }

    /// Heap bytes of the recording: the log (events, strings, output) plus the keyframes.
    pub fn memory_bytes(&self) -> usize {
        self.log().heap_bytes() + self.stepper.memory_bytes()
    }

    /// The number of keyframes kept.
    pub fn keyframe_count(&self) -> usize {
        self.stepper.keyframe_count()
    }

    /// Runs the VM until event `step` exists or the run ends.
    fn ensure(&mut self, step: usize) {
        while !self.finished && self.len() <= step {
            self.run_slice();
        }
    }

    /// Runs one slice of VM instructions, folds the new events and ends the run when the
    /// VM stopped or a budget ran out.
    fn run_slice(&mut self) {
        if self.finished {
            return;
        }
        let before = self.len();
        let state = self.vm.run(SLICE_STEPS);
        let recorded = self.len() - before;
        self.silent_steps = if recorded == 0 {
            self.silent_steps + SLICE_STEPS
        } else {
            0
        };
        let end = match state {
            RunState::Running if self.len() >= self.options.event_budget => Some((
                EndReason::Budget,
                format!(
                    "aiterscope: stopped after {} events (the event budget); every step so far is kept",
                    self.options.event_budget
                ),
            )),
            RunState::Running if self.silent_steps >= MAX_SILENT_STEPS => Some((
                EndReason::Budget,
                format!("aiterscope: stopped after {MAX_SILENT_STEPS} instructions without any event (an endless loop?)"),
            )),
            RunState::Running => None,
            RunState::Finished => Some((EndReason::Finished, std::mem::take(&mut self.vm.stderr))),
            RunState::Failed => {
                let mut msg = std::mem::take(&mut self.vm.stderr);
                let mut reason = EndReason::Failed;
                if let Some(e) = self.vm.uncaught.take() {
                    match crate::system_exit::exit_request(&mut self.vm, &e) {
                        Some(exit) => {
                            msg.push_str(&exit.stderr);
                            if exit.status == 0 {
                                reason = EndReason::Finished;
                            } else if exit.stderr.is_empty() {
                                msg.push_str(&format!("SystemExit: exit status {}\n", exit.status));
                            }
                        }
                        None => msg.push_str(&self.vm.format_exception(&e)),
                    }
                }
                Some((reason, msg))
            }
            RunState::BudgetExhausted => Some((EndReason::Budget, "aiterscope: the step budget ran out".to_string())),
        };
        if let Some((reason, msg)) = end {
            self.vm.recorder.end(reason, &msg);
            self.finished = true;
        }
        if !self.options.recording_only {
            self.stepper.fold_new_events(&self.vm.recorder.log);
        }
    }
}
