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

pub use fold::IterStatus;
