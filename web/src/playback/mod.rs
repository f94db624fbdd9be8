//! The program being stepped through, as the UI holds it: the runtime's [`Session`] in a
//! local store with a few signals that say when it changed ([`SessionHandle`]), an index of
//! what the panels look up often ([`TraceIndex`]), and the driver that moves the cursor,
//! running the VM in slices so the page never freezes ([`Driver`]).
//!
//! [`Session`]: aiterscope_runtime::session::Session

mod driver;
mod handle;
mod index;
mod yield_now;

pub use driver::{Driver, Target};
pub use handle::{Loaded, SessionHandle};
pub use index::{
    console_lines, generator_name, AnextOutcome, ConsoleLine, ConsoleView, LineWindow, OutputMark,
    TraceIndex,
};
