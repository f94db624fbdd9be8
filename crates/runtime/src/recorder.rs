//! The recorder: an append-only log of events emitted at the VM's protocol sites.
//!
//! This is the VM-side seam; the session layer turns it into steps for the UI. Events are
//! compact enums; `enabled = false` turns recording off for untraced runs.

use std::rc::Rc;

/// One kind of event.
#[derive(Debug, Clone, PartialEq)]
pub enum EventKind {
    /// A new line started executing in the top frame.
    Line,
    /// A frame was pushed.
    FrameEnter {
        /// The code's qualified name.
        name: Rc<str>,
    },
    /// A frame was popped.
    FrameLeave {
        /// The code's qualified name.
        name: Rc<str>,
    },
    /// Program output.
    Output {
        /// The text written.
        text: Rc<str>,
    },
    /// An exception was raised (or re-raised) in the top frame.
    Exception {
        /// Its type name.
        type_name: Rc<str>,
        /// Its message (may be empty when not yet computed).
        message: Rc<str>,
        /// Whether it was caught (false at raise time).
        caught: bool,
    },
    /// An async iterator was obtained (`aiter`).
    AIter {
        /// A stable id of the iterator.
        iter: u64,
        /// Its type name.
        type_name: Rc<str>,
    },
    /// An `__anext__` call started.
    AnextCall {
        /// The iterator id.
        iter: u64,
    },
    /// An `__anext__` call delivered a value.
    AnextValue {
        /// The iterator id.
        iter: u64,
        /// The value's repr.
        value: Rc<str>,
    },
    /// The async iteration ended.
    StopAsyncIteration {
        /// The iterator id (0 if unknown).
        iter: u64,
    },
    /// A task suspended on an awaitable.
    AwaitSuspend {
        /// What it awaits.
        awaiting: Rc<str>,
    },
    /// A task resumed.
    AwaitResume,
    /// A task was created.
    TaskCreated {
        /// Its name.
        name: Rc<str>,
    },
    /// The running task changed.
    TaskSwitch {
        /// The task now running.
        name: Rc<str>,
    },
    /// A task finished.
    TaskDone {
        /// Its name.
        name: Rc<str>,
        /// Result repr or exception text.
        result: Rc<str>,
    },
    /// A timer was scheduled.
    Timer {
        /// When it fires.
        when: f64,
    },
    /// The virtual clock advanced.
    Clock,
}

/// One event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// The VM step at which it happened.
    pub step: u64,
    /// Virtual time.
    pub t: f64,
    /// The running task's name (empty outside asyncio).
    pub task: Rc<str>,
    /// The source line, where one applies.
    pub line: u32,
    /// What happened.
    pub kind: EventKind,
}

/// The append-only event log.
pub struct Recorder {
    /// Whether events are recorded.
    pub enabled: bool,
    /// The events.
    pub events: Vec<Event>,
    /// Current virtual time (kept up to date by the event loop).
    pub now: f64,
    /// Current task name (kept up to date by the event loop).
    pub task: Rc<str>,
    /// Stop recording beyond this many events (the run goes on).
    pub max_events: usize,
}

impl Recorder {
    /// A new recorder.
    pub fn new(enabled: bool) -> Recorder {
        Recorder {
            enabled,
            events: Vec::new(),
            now: 0.0,
            task: Rc::from(""),
            max_events: 5_000_000,
        }
    }

    /// Appends an event.
    pub fn emit(&mut self, step: u64, line: u32, kind: EventKind) {
        if !self.enabled || self.events.len() >= self.max_events {
            return;
        }
        self.events.push(Event {
            step,
            t: self.now,
            task: self.task.clone(),
            line,
            kind,
        });
    }
}
