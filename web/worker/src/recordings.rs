//! [`Recordings`]: the sessions a worker records, by id, and what each already sent.
//!
//! The sessions only record (no fold, no keyframes) and drop each batch's events once it is
//! encoded: the UI's trace holds the run, the worker only the strings and output the events
//! still to come may name.

use std::collections::HashMap;

use aiterscope_runtime::session::{Session, SessionOptions};
use aiterscope_trace::wire::{self, Mark};

pub use aiterscope_runtime::session::SyntaxErrorInfo;

/// A program being recorded and how much of its log was sent.
struct Recording {
    session: Session,
    sent: Mark,
}

/// The recordings of one worker, by the id the UI gave each.
#[derive(Default)]
pub struct Recordings {
    by_id: HashMap<u32, Recording>,
}

impl Recordings {
    /// Compiles `source` as recording `id` (replacing any older one with that id).
    pub fn load(
        &mut self,
        id: u32,
        source: &str,
        filename: &str,
        event_budget: usize,
    ) -> Result<(), SyntaxErrorInfo> {
        self.by_id.remove(&id);
        let options = SessionOptions {
            event_budget,
            filename: filename.to_string(),
            recording_only: true,
            ..SessionOptions::default()
        };
        let session = Session::load_with(source, options)?;
        self.by_id.insert(
            id,
            Recording {
                session,
                sent: Mark::default(),
            },
        );
        Ok(())
    }

    /// Records `id` until its log has more than `until` events, the run ends, or `budget_ms`
    /// passed on `now` (milliseconds), then returns everything not sent yet as batches of at
    /// most `events_per_batch` events each, in order (at least one batch, possibly empty).
    /// `None` for an unknown id.
    ///
    /// The page appends each batch in a task of its own, so the size of a batch, not of a
    /// request, bounds the page's work per task (issue 8: no task over 50 ms).
    pub fn record(
        &mut self,
        id: u32,
        until: usize,
        budget_ms: f64,
        events_per_batch: usize,
        now: &mut dyn FnMut() -> f64,
    ) -> Option<Vec<Vec<u8>>> {
        let recording = self.by_id.get_mut(&id)?;
        let session = &mut recording.session;
        let started = now();
        // One VM slice (20,000 instructions) between two looks at the clock.
        while !session.is_finished() && session.len() <= until {
            session.record_slice();
            if now() - started >= budget_ms {
                break;
            }
        }
        let mut batches = Vec::new();
        loop {
            let (bytes, sent) = wire::encode(
                session.log(),
                recording.sent,
                events_per_batch.max(1),
                session.is_finished(),
            );
            let all_sent = sent.events == session.log().event_count();
            recording.sent = sent;
            batches.push(bytes);
            if all_sent {
                break;
            }
        }
        session.drop_sent_events();
        Some(batches)
    }

    /// The events recording `id` holds (none once a batch took them); `None` for an
    /// unknown id.
    pub fn events_held(&self, id: u32) -> Option<usize> {
        Some(self.by_id.get(&id)?.session.log().events.len())
    }

    /// Forgets recording `id`.
    pub fn forget(&mut self, id: u32) {
        self.by_id.remove(&id);
    }

    /// How many recordings are kept.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// True if none is kept.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aiterscope_trace::trace::Trace;

    const COUNTDOWN: &str = "\
import asyncio

async def countdown(n):
    while n:
        await asyncio.sleep(0.5)
        yield n
        n -= 1

async def main():
    async for x in countdown(3):
        print(x)

asyncio.run(main())
";

    fn ticking_clock() -> impl FnMut() -> f64 {
        let mut t = 0.0;
        move || {
            t += 1.0;
            t
        }
    }

    #[test]
    fn batches_build_the_recording_in_the_ui_trace() {
        let mut recordings = Recordings::default();
        recordings
            .load(7, COUNTDOWN, "main.py", 1_000_000)
            .expect("compiles");
        let mut trace = Trace::default();
        let mut clock = ticking_clock();
        let mut until = 0;
        while !trace.is_finished() {
            for bytes in recordings
                .record(7, until, 1.0, usize::MAX, &mut clock)
                .expect("known id")
            {
                trace.append(&bytes).expect("in order");
            }
            until = trace.len() + 5;
        }
        let mut session = Session::load(COUNTDOWN).expect("compiles");
        session.run_to_end(1_000_000);
        assert_eq!(trace.log().events, session.log().events);
        trace.goto(usize::MAX);
        assert_eq!(trace.state().output, "3\n2\n1\n");
    }

    /// A long run (an endless producer stopped by the event budget) shipped in many batches.
    const ENDLESS: &str = "\
import asyncio

async def ticks():
    n = 0
    while True:
        await asyncio.sleep(0.25)
        yield n
        n += 1

async def main():
    async for x in ticks():
        if x % 100 == 0:
            print('tick', x)

asyncio.run(main())
";

    #[test]
    fn a_long_run_holds_no_events_between_batches_and_ships_the_full_log() {
        let budget = 60_000;
        let mut recordings = Recordings::default();
        recordings
            .load(3, ENDLESS, "main.py", budget)
            .expect("compiles");
        let mut trace = Trace::default();
        let mut clock = ticking_clock();
        let mut requests = 0;
        while !trace.is_finished() {
            let batches = recordings
                .record(3, trace.len() + 997, 1e9, 300, &mut clock)
                .expect("known id");
            for bytes in &batches {
                let added = trace.append(bytes).expect("in order");
                assert!(added <= 300, "a batch of {added} events");
            }
            if !trace.is_finished() {
                // At least 998 events, in batches of at most 300.
                assert!(batches.len() >= 4, "{} batches", batches.len());
            }
            assert_eq!(recordings.events_held(3), Some(0));
            requests += 1;
        }
        assert!(requests >= 5, "{requests} requests");
        let mut session = Session::load_with(
            ENDLESS,
            SessionOptions {
                event_budget: budget,
                ..SessionOptions::default()
            },
        )
        .expect("compiles");
        session.run_to_end(budget);
        // Every event ever recorded counts against the budget: the run stops at the same
        // step, with the same `end`, as a session that keeps its whole log.
        assert_eq!(trace.len(), session.len());
        assert_eq!(trace.log().events, session.log().events);
        assert_eq!(trace.log().output, session.log().output);
        trace.goto(usize::MAX);
        assert_eq!(trace.state().end, session.state().end);
    }

    #[test]
    fn a_syntax_error_comes_back_and_keeps_nothing() {
        let mut recordings = Recordings::default();
        let err = recordings
            .load(1, "def f(:\n    pass\n", "main.py", 100)
            .expect_err("does not compile");
        assert_eq!(err.kind, "SyntaxError");
        assert!(recordings.is_empty());
        assert!(recordings
            .record(1, 0, 10.0, usize::MAX, &mut ticking_clock())
            .is_none());
    }

    #[test]
    fn a_new_load_replaces_the_recording_with_the_same_id() {
        let mut recordings = Recordings::default();
        recordings
            .load(1, "print(1)\n", "main.py", 100)
            .expect("compiles");
        recordings
            .load(1, "print(2)\n", "main.py", 100)
            .expect("compiles");
        recordings
            .load(2, "print(3)\n", "main.py", 100)
            .expect("compiles");
        assert_eq!(recordings.len(), 2);
        let batches = recordings
            .record(1, usize::MAX, 1e9, usize::MAX, &mut ticking_clock())
            .expect("known id");
        assert_eq!(batches.len(), 1);
        let mut trace = Trace::default();
        trace.append(&batches[0]).expect("a whole run");
        assert!(trace.is_finished());
        trace.goto(usize::MAX);
        assert_eq!(trace.state().output, "2\n");
        recordings.forget(1);
        assert_eq!(recordings.len(), 1);
    }
}
