//! The program being stepped through, as the UI holds it: its recorded run (an
//! `aiterscope_trace::Trace`, appended to batch by batch) in a local store with a few signals
//! that say when it changed ([`SessionHandle`]), an index of what the panels look up often
//! ([`TraceIndex`]), the driver that moves the cursor and asks for more of the run
//! ([`Driver`]), and the link to the Python runtime, which records in a Web Worker
//! ([`worker_link`]). The UI module never runs Python itself.

mod driver;
mod handle;
mod index;
#[cfg(test)]
mod recording_for_tests;
pub mod worker_link;

pub use driver::{Driver, Target};
pub use handle::{Loaded, SessionHandle};
pub use index::{
    console_lines, generator_name, AnextOutcome, ConsoleLine, ConsoleView, LineWindow, OutputMark,
    TraceIndex,
};
#[cfg(test)]
pub(crate) use recording_for_tests::{recorded, RecordingForTests};
