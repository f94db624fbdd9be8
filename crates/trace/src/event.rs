//! The stored form of an event: 48 bytes, strings interned, small values inline.
//!
//! The runtime's `EventKind` is what the VM hands to its recorder; [`Event`] is what the log
//! keeps. Everything the state at a step needs is in the stored kinds (the stepper folds them
//! into a [`StepState`](crate::state::StepState)).

use super::intern::Sym;

/// A short repr of a value, stored compactly: numbers inline, everything else interned text.
/// Numbers are formatted only when the state is shown, never while recording.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ShortVal {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// A float.
    Float(f64),
    /// Any other value: its (truncated) repr, interned.
    Text(Sym),
}

/// What a frame runs, as far as the state panels care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameRole {
    /// The module body.
    Module,
    /// A plain function (or method) call.
    Function,
    /// A class body.
    Class,
    /// A generator's frame.
    Generator,
    /// A coroutine's frame.
    Coroutine,
    /// An async generator's frame.
    AsyncGenerator,
    /// The asyncio event loop's driver (not Python code).
    Driver,
}

impl FrameRole {
    /// The word used in JSON and in the UI.
    pub fn as_str(self) -> &'static str {
        match self {
            FrameRole::Module => "module",
            FrameRole::Function => "function",
            FrameRole::Class => "class",
            FrameRole::Generator => "generator",
            FrameRole::Coroutine => "coroutine",
            FrameRole::AsyncGenerator => "async_generator",
            FrameRole::Driver => "event_loop",
        }
    }
}

/// Why a frame left the VM stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeaveHow {
    /// It returned: the frame is gone.
    Return,
    /// An exception propagated out of it: the frame is gone.
    Raise,
    /// A generator (or an async generator, to its consumer) yielded: the frame is kept by
    /// its generator object and may be resumed.
    Yield,
    /// A coroutine or async generator passed an await up to its task: the frame stays in
    /// the task's stack, suspended.
    Await,
}

impl LeaveHow {
    /// The word used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            LeaveHow::Return => "return",
            LeaveHow::Raise => "raise",
            LeaveHow::Yield => "yield",
            LeaveHow::Await => "await",
        }
    }

    /// True if the frame is finished (it will never run again).
    pub fn is_final(self) -> bool {
        matches!(self, LeaveHow::Return | LeaveHow::Raise)
    }
}

/// How a recorded run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndReason {
    /// The program finished normally.
    Finished,
    /// An uncaught exception ended it.
    Failed,
    /// A budget (VM steps, events, or steps without any event) ran out.
    Budget,
}

impl EndReason {
    /// The word used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EndReason::Finished => "finished",
            EndReason::Failed => "failed",
            EndReason::Budget => "budget",
        }
    }
}

/// A stored event kind with its fields. Ids (`frame`, `iter`, `obj`) are small per-run
/// numbers starting at 1, the same in every run of the same program.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// The top frame of the running task reached a new line (`Event::line`).
    Line {
        /// The frame.
        frame: u32,
    },
    /// A frame was pushed (first call, or a suspended generator/coroutine resumed).
    FrameEnter {
        /// The frame.
        frame: u32,
        /// Its code's qualified name.
        func: Sym,
        /// What it runs.
        role: FrameRole,
        /// For async generator frames, the id of the owning object (0 otherwise).
        owner: u32,
    },
    /// A frame was popped.
    FrameLeave {
        /// The frame.
        frame: u32,
        /// Why.
        how: LeaveHow,
    },
    /// A local (or, in the module frame, global) variable was bound.
    Store {
        /// The frame whose namespace changed.
        frame: u32,
        /// The variable.
        name: Sym,
        /// Its new value.
        value: ShortVal,
    },
    /// A local (or global) variable was deleted.
    Delete {
        /// The frame.
        frame: u32,
        /// The variable.
        name: Sym,
    },
    /// An attribute of a tracked object (an async iterator) was set.
    AttrStore {
        /// The object.
        obj: u32,
        /// The attribute.
        name: Sym,
        /// Its new value.
        value: ShortVal,
    },
    /// Program output: `text` is `Log::output[start..start + len]`.
    Output {
        /// Byte offset in the log's output buffer.
        start: u32,
        /// Byte length.
        len: u32,
    },
    /// An exception was raised, or caught.
    Exception {
        /// Its type.
        ty: Sym,
        /// Its message.
        msg: Sym,
        /// True when a handler caught it.
        caught: bool,
    },
    /// An async iterator was obtained (`aiter()` or `async for`).
    AIter {
        /// The iterator.
        iter: u32,
        /// Its type name.
        ty: Sym,
    },
    /// An `__anext__` call started.
    AnextCall {
        /// The iterator (0 if unknown).
        iter: u32,
    },
    /// An `__anext__` call delivered a value.
    AnextValue {
        /// The iterator (0 if unknown).
        iter: u32,
        /// The value.
        value: ShortVal,
    },
    /// An `__anext__` call ended the iteration.
    StopAsyncIteration {
        /// The iterator (0 if unknown).
        iter: u32,
    },
    /// An async iterator was closed (`aclose()`, or finalized).
    IterClosed {
        /// The iterator.
        iter: u32,
    },
    /// The running task suspended on an awaitable.
    AwaitSuspend {
        /// A short description: `sleep(0.5)`, `Queue.get()`, `Task-3`...
        awaiting: Sym,
    },
    /// The running task resumed after an await.
    AwaitResume,
    /// A task was created (and scheduled).
    TaskCreated {
        /// Its name.
        name: Sym,
    },
    /// A task was put on the ready queue (woken up).
    TaskReady {
        /// Its name.
        name: Sym,
    },
    /// The running task changed (`Event::task` is the new one).
    TaskSwitch {
        /// The task now running.
        name: Sym,
    },
    /// A task finished.
    TaskDone {
        /// Its name.
        name: Sym,
        /// Its result repr, or its exception as `Type: message`.
        result: Sym,
        /// True if it ended with an exception (or was cancelled).
        failed: bool,
    },
    /// A timer was scheduled.
    Timer {
        /// When it fires (virtual seconds).
        when: f64,
    },
    /// A timer fired or was cancelled (and left the timer heap).
    TimerDone {
        /// When it was due.
        when: f64,
    },
    /// The virtual clock advanced to `Event::t`.
    Clock,
    /// A queue, event, lock... changed; `desc` is its new short description.
    ObjState {
        /// The object.
        obj: u32,
        /// Its type (`Queue`, `Event`, ...).
        ty: Sym,
        /// Its state, e.g. `[1, 2] maxsize=2`.
        desc: Sym,
    },
    /// The recorded run ended; `msg` says why (a traceback, or which budget ran out).
    End {
        /// How it ended.
        reason: EndReason,
        /// The message.
        msg: Sym,
    },
}

impl Kind {
    /// The kind's name as written in JSON (`aiter`, `anext_call`, ...).
    pub fn name(&self) -> &'static str {
        match self {
            Kind::Line { .. } => "line",
            Kind::FrameEnter { .. } => "frame_enter",
            Kind::FrameLeave { .. } => "frame_leave",
            Kind::Store { .. } => "store",
            Kind::Delete { .. } => "delete",
            Kind::AttrStore { .. } => "attr_store",
            Kind::Output { .. } => "output",
            Kind::Exception { .. } => "exception",
            Kind::AIter { .. } => "aiter",
            Kind::AnextCall { .. } => "anext_call",
            Kind::AnextValue { .. } => "anext_value",
            Kind::StopAsyncIteration { .. } => "stop_async_iteration",
            Kind::IterClosed { .. } => "iter_closed",
            Kind::AwaitSuspend { .. } => "await_suspend",
            Kind::AwaitResume => "await_resume",
            Kind::TaskCreated { .. } => "task_created",
            Kind::TaskReady { .. } => "task_ready",
            Kind::TaskSwitch { .. } => "task_switch",
            Kind::TaskDone { .. } => "task_done",
            Kind::Timer { .. } => "timer",
            Kind::TimerDone { .. } => "timer_done",
            Kind::Clock => "clock",
            Kind::ObjState { .. } => "obj_state",
            Kind::End { .. } => "end",
        }
    }

    /// True for the events `next_anext`/`prev_anext` stop at.
    pub fn is_anext_outcome(&self) -> bool {
        matches!(
            self,
            Kind::AnextValue { .. } | Kind::StopAsyncIteration { .. }
        )
    }
}

/// One stored event. Its step is its index in the log.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Event {
    /// Virtual time.
    pub t: f64,
    /// The running task's name (the empty string before any task runs).
    pub task: Sym,
    /// The source line (0 where none applies).
    pub line: u32,
    /// What happened.
    pub kind: Kind,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_stays_under_64_bytes() {
        assert!(
            std::mem::size_of::<Event>() <= 48,
            "Event is {} bytes",
            std::mem::size_of::<Event>()
        );
    }
}
