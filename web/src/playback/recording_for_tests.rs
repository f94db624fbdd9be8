//! Native tests' stand-in for the worker: the runtime's session, recorded in slices and sent
//! in the worker's batches (the runtime is a dev-dependency only; the UI module never links
//! it).

use aiterscope_runtime::session::Session;
use aiterscope_trace::wire::{self, Mark};
use aiterscope_trace::Trace;

/// A program recorded the way the worker records it.
pub(crate) struct RecordingForTests {
    session: Session,
    sent: Mark,
    /// True once the first batch (what loading recorded) was sent.
    started: bool,
}

impl RecordingForTests {
    /// Compiles `source` (it must compile).
    pub(crate) fn load(source: &str) -> RecordingForTests {
        RecordingForTests {
            session: Session::load(source).expect("the program compiles"),
            sent: Mark::default(),
            started: false,
        }
    }

    /// Records one more VM slice and returns what was not sent yet as a batch.
    pub(crate) fn record_slice(&mut self) -> Vec<u8> {
        if self.started {
            self.session.record_slice();
        }
        self.started = true;
        let finished = self.session.is_finished();
        let (bytes, sent) = wire::encode(self.session.log(), self.sent, usize::MAX, finished);
        self.sent = sent;
        bytes
    }
}

/// The whole run of `source`, received as the UI receives it, with the cursor at step 0.
pub(crate) fn recorded(source: &str) -> Trace {
    let mut recording = RecordingForTests::load(source);
    let mut trace = Trace::default();
    while !trace.is_finished() {
        trace
            .append(&recording.record_slice())
            .expect("batches in order");
    }
    trace.goto(0);
    trace
}
