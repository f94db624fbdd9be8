//! [`TimelineSource`]: what the timeline needs from the app that owns the trace.

use aiterscope_trace::Trace;
use leptos::prelude::*;

/// The recorded run the timeline draws, and the signals that say when to look at it again.
///
/// The app implements it for its session handle (a `Copy` handle to reactive storage, so
/// the timeline can keep it in closures). The timeline only reads the trace.
pub trait TimelineSource: Copy + Send + Sync + 'static {
    /// Calls `read` with the loaded trace, untracked; `None` when no program is loaded.
    fn with_trace<R>(&self, read: impl FnOnce(&Trace) -> R) -> Option<R>;
    /// Changes whenever another program is loaded (or the program is unloaded): the
    /// timeline then starts over.
    fn generation(&self) -> Signal<u64>;
    /// The number of events recorded so far (the timeline reads the new ones).
    fn log_len(&self) -> Signal<usize>;
    /// The current step: marks after it are not drawn yet.
    fn cursor(&self) -> Signal<usize>;
}
