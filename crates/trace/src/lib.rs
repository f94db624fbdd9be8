//! The recorded run of a Python program, without the VM that recorded it.
//!
//! The runtime's recorder appends [`event::Event`]s to a [`log::Log`]; everything the
//! playground shows at a step is a pure fold of those events ([`stepper::Stepper`] keeps the
//! cursor and the keyframes, [`state::StepState`] is what the panels read). Nothing here runs
//! Python, so the playground's UI can step through a run recorded elsewhere: [`wire`] encodes
//! what a log gained since the last batch, and [`trace::Trace`] is a log built from batches
//! with the same cursor API as the runtime's session.

mod archive;
pub mod event;
pub mod float_repr;
mod fold;
pub mod intern;
pub mod log;
pub mod output_cap;
pub mod short;
pub mod state;
pub mod stepper;
pub mod trace;
pub mod wire;

pub use event::{EndReason, Event, FrameRole, Kind, LeaveHow, ShortVal};
pub use fold::IterStatus;
pub use intern::{Interner, Sym};
pub use log::Log;
pub use state::{
    EndView, ExceptionView, FrameView, IterView, LoopView, ObjectView, StepState, TaskStatus,
    TaskView,
};
pub use trace::Trace;

/// A syntax (or other compile-time) error, as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxErrorInfo {
    /// `SyntaxError`, `IndentationError`, `TabError` (or `NotImplementedError` for a
    /// construct the playground does not support).
    pub kind: String,
    /// CPython's message.
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
}
