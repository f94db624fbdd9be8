//! [`Driver`]: moves the cursor to a target, asking the runtime's worker for more of the run
//! first when the target lies beyond what was received. The worker records in slices of about
//! [`RECORD_BUDGET_MS`] per request, off the main thread, so the page stays responsive during
//! an endless program (until the event budget stops it) by construction.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::handle::{Loaded, SessionHandle};
use super::worker_link;

/// Milliseconds of VM work the worker does per request before it sends what it recorded
/// (the UI grows its timeline and step counter between two requests).
pub const RECORD_BUDGET_MS: f64 = 30.0;
/// Events the worker should record past what the UI has, per request (plus at most one VM
/// slice): with [`RECORD_BUDGET_MS`], what keeps the worker busy between two of the UI's
/// looks at the run.
pub const EVENTS_PER_REQUEST: usize = 16_384;
/// Events per batch the worker sends: each batch is appended, indexed and drawn in a
/// main-thread task of its own, so this bounds the page's work per task (issue 8: no task
/// over 50 ms, with room for a CPU several times slower than a desktop's), whatever a request
/// brought (at 16,384 events per task a slowed or busy CPU took 60-370 ms).
pub const EVENTS_PER_BATCH: usize = 2_048;
/// Once the trace holds this many events, it makes room for the whole event budget at once
/// (`Trace::reserve_events`). Growing a 1,000,000-event log step by step moves up to ~40 MB
/// into fresh wasm pages in one task (30-60 ms on a busy machine); reserved early, the copy
/// is of 3 MB and the pages are first touched a batch at a time. Programs that record fewer
/// events never reserve.
pub const RESERVE_BUDGET_AFTER_EVENTS: usize = 65_536;

/// Where to move the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A step (clamped to the last step of a finished run).
    Step(usize),
    /// The `skip + 1`-th `anext_value` / `stop_async_iteration` after the cursor (`skip` 0:
    /// the next one), or the last step if the run ends before it.
    NextAnext {
        /// Outcomes to pass over first: quick presses made while an earlier press waits
        /// for the worker each go one outcome further.
        skip: usize,
    },
    /// The last step of the run.
    End,
}

impl Target {
    /// The event count the worker should record past for this target, when the UI has
    /// `received` events: the target's own step, but at most [`EVENTS_PER_REQUEST`] ahead.
    fn record_until(self, received: usize) -> usize {
        let wanted = match self {
            Target::Step(step) => step,
            Target::NextAnext { .. } | Target::End => usize::MAX,
        };
        wanted.min(received.saturating_add(EVENTS_PER_REQUEST))
    }
}

/// Moves the cursor of a [`SessionHandle`], one command at a time: a new command cancels one
/// still waiting for the worker.
#[derive(Clone, Copy)]
pub struct Driver {
    handle: SessionHandle,
    busy: RwSignal<bool>,
    /// Identifies the latest command; an older one stops when its reply arrives.
    ticket: StoredValue<u64>,
    /// The target of the command waiting for the worker, if any.
    pending: StoredValue<Option<Target>>,
}

impl Driver {
    /// A driver for `handle`.
    pub fn new(handle: SessionHandle) -> Self {
        Driver {
            handle,
            busy: RwSignal::new(false),
            ticket: StoredValue::new(0),
            pending: StoredValue::new(None),
        }
    }

    /// True while the worker records towards a target ("running…").
    pub fn busy(&self) -> Signal<bool> {
        self.busy.into()
    }

    /// The step a command waiting for the worker will move to, so that steps given meanwhile
    /// count from it (three quick "step forward" presses go three steps, not one).
    pub fn pending_step(&self) -> Option<usize> {
        match self.pending.get_value() {
            Some(Target::Step(step)) => Some(step),
            _ => None,
        }
    }

    /// Cancels a command still recording (the cursor stays where it is).
    pub fn cancel(&self) {
        self.ticket.update_value(|t| *t += 1);
        self.pending.set_value(None);
        self.busy.set(false);
    }

    /// Moves the cursor to `target`: at once if the target was received, otherwise after
    /// the worker recorded towards it (the returned future is spawned; nothing to await).
    /// A "next anext" given while another waits for the worker goes one outcome past it.
    pub fn go(&self, target: Target) {
        let target = match (target, self.pending.get_value()) {
            (Target::NextAnext { skip }, Some(Target::NextAnext { skip: waiting })) => {
                Target::NextAnext {
                    skip: waiting + skip + 1,
                }
            }
            _ => target,
        };
        self.ticket.update_value(|t| *t += 1);
        let ticket = self.ticket.get_value();
        if self.try_reach(target) {
            self.pending.set_value(None);
            self.busy.set(false);
            return;
        }
        self.pending.set_value(Some(target));
        self.busy.set(true);
        let driver = *self;
        spawn_local(async move {
            while let Some(recording) = driver.handle.with_loaded(|l| l.recording) {
                let handle = driver.handle;
                let failed = Rc::new(Cell::new(false));
                let failed_in_reply = failed.clone();
                let received = driver.handle.with_loaded(|l| l.trace.len()).unwrap_or(0);
                let until = target.record_until(received);
                let on_batch = move |batch| {
                    // Appended here, in the order the worker sent the batches, whatever
                    // command asked for them.
                    if handle.update(|loaded| append(loaded, recording, batch)) == Some(false) {
                        failed_in_reply.set(true);
                    }
                };
                worker_link::record(
                    recording,
                    until,
                    RECORD_BUDGET_MS,
                    EVENTS_PER_BATCH,
                    on_batch,
                )
                .await;
                if driver.ticket.try_get_value() != Some(ticket) {
                    return;
                }
                if failed.get() || driver.try_reach(target) {
                    break;
                }
            }
            if driver.ticket.try_get_value() == Some(ticket) {
                driver.pending.set_value(None);
                driver.busy.set(false);
            }
        });
    }

    /// Moves to `target` if it was received (or the run ended). False if more must be recorded.
    fn try_reach(&self, target: Target) -> bool {
        self.handle
            .update(|loaded| reach(loaded, target))
            .unwrap_or(true)
    }
}

/// Appends a batch from the worker to `loaded` if it is for its recording (a batch for a
/// program replaced since is dropped) and indexes the new events; a trace past
/// [`RESERVE_BUDGET_AFTER_EVENTS`] makes room for the whole event budget. False when the
/// worker failed or the batch does not continue the trace (reported on the console).
fn append(loaded: &mut Loaded, recording: u32, batch: Option<Vec<u8>>) -> bool {
    if loaded.recording != recording {
        return true;
    }
    let Some(batch) = batch else {
        return false;
    };
    match loaded.trace.append(&batch) {
        Ok(_) => {
            if loaded.trace.len() >= RESERVE_BUDGET_AFTER_EVENTS {
                // The budget's events and the run's `end`.
                loaded.trace.reserve_events(loaded.event_budget + 1);
            }
            loaded.index.catch_up(loaded.trace.log());
            true
        }
        Err(error) => {
            leptos::logging::error!("aiterscope: {error}");
            false
        }
    }
}

/// Moves the cursor to `target` if the events it needs were received; false otherwise.
pub(crate) fn reach(loaded: &mut Loaded, target: Target) -> bool {
    let trace = &mut loaded.trace;
    loaded.index.catch_up(trace.log());
    let finished = trace.is_finished();
    let last = trace.len().saturating_sub(1);
    let received = !trace.is_empty();
    match target {
        Target::Step(step) if (received && step <= last) || finished => {
            trace.goto(step.min(last));
            true
        }
        Target::NextAnext { skip } => {
            match loaded.index.nth_outcome_after(trace.cursor(), skip) {
                Some(outcome) => {
                    trace.goto(outcome.step);
                }
                None if finished => {
                    trace.goto(last);
                }
                None => return false,
            }
            true
        }
        Target::End if finished => {
            trace.goto(last);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::playback::{RecordingForTests, TraceIndex};
    use aiterscope_trace::Trace;

    const COUNTDOWN: &str = "\
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1

async def main():
    async for x in Countdown(2):
        print(x)

import asyncio
asyncio.run(main())
";

    fn loaded(source: &str) -> (Loaded, RecordingForTests) {
        let loaded = Loaded {
            recording: 1,
            event_budget: 1_000,
            trace: Trace::default(),
            index: TraceIndex::default(),
            source: source.to_string(),
        };
        (loaded, RecordingForTests::load(source))
    }

    /// Records until `target` is reached, as the driver does with the worker's batches.
    fn drive(program: &mut (Loaded, RecordingForTests), target: Target) {
        let (loaded, recording) = program;
        while !reach(loaded, target) {
            let batch = recording.record_slice();
            assert!(append(loaded, 1, Some(batch)));
        }
    }

    #[test]
    fn next_anext_stops_at_each_outcome_then_at_the_end() {
        let mut program = loaded(COUNTDOWN);
        let mut kinds = Vec::new();
        loop {
            let before = program.0.trace.cursor();
            drive(&mut program, Target::NextAnext { skip: 0 });
            if program.0.trace.cursor() == before {
                break;
            }
            let event = *program.0.trace.current_event().expect("an event");
            kinds.push(event.kind.name());
        }
        assert_eq!(
            kinds,
            vec!["anext_value", "anext_value", "stop_async_iteration", "end"]
        );
        assert!(program.0.trace.is_finished());
        assert_eq!(program.0.index.outcomes.len(), 3);
    }

    #[test]
    fn next_anext_with_a_skip_passes_that_many_outcomes() {
        let mut one_by_one = loaded(COUNTDOWN);
        drive(&mut one_by_one, Target::NextAnext { skip: 0 });
        drive(&mut one_by_one, Target::NextAnext { skip: 0 });
        let mut at_once = loaded(COUNTDOWN);
        drive(&mut at_once, Target::NextAnext { skip: 1 });
        assert_eq!(at_once.0.trace.cursor(), one_by_one.0.trace.cursor());
        let event = *at_once.0.trace.current_event().expect("an event");
        assert_eq!(event.kind.name(), "anext_value");
        assert_ne!(at_once.0.index.outcomes[0].step, at_once.0.trace.cursor());
        // Past the last outcome: the end of the run.
        drive(&mut at_once, Target::NextAnext { skip: 5 });
        let trace = &at_once.0.trace;
        assert_eq!(trace.cursor(), trace.len() - 1);
    }

    #[test]
    fn steps_past_the_end_clamp_to_the_last_step() {
        let mut program = loaded(COUNTDOWN);
        drive(&mut program, Target::Step(usize::MAX / 2));
        let trace = &program.0.trace;
        assert!(trace.is_finished());
        assert_eq!(trace.cursor(), trace.len() - 1);
        drive(&mut program, Target::Step(3));
        assert_eq!(program.0.trace.cursor(), 3);
        drive(&mut program, Target::End);
        let trace = &program.0.trace;
        assert_eq!(trace.cursor(), trace.len() - 1);
        assert_eq!(trace.state().output, "2\n1\n");
    }

    #[test]
    fn a_request_asks_for_at_most_a_bounded_number_of_events() {
        assert_eq!(Target::Step(10).record_until(0), 10);
        assert_eq!(Target::End.record_until(0), EVENTS_PER_REQUEST);
        assert_eq!(
            Target::NextAnext { skip: 0 }.record_until(50_000),
            50_000 + EVENTS_PER_REQUEST
        );
        assert_eq!(
            Target::Step(1_000_000).record_until(100),
            100 + EVENTS_PER_REQUEST
        );
        assert_eq!(Target::End.record_until(usize::MAX), usize::MAX);
    }

    #[test]
    fn a_long_trace_makes_room_for_its_whole_budget_once() {
        const ENDLESS: &str = "\
async def forever():
    while True:
        yield 1

async def main():
    async for _ in forever():
        pass

import asyncio
asyncio.run(main())
";
        let (mut loaded, mut recording) = loaded(ENDLESS);
        loaded.event_budget = 3 * RESERVE_BUDGET_AFTER_EVENTS;
        let capacity = |loaded: &Loaded| loaded.trace.log().events.capacity();
        while loaded.trace.len() < RESERVE_BUDGET_AFTER_EVENTS {
            assert!(
                capacity(&loaded) < loaded.event_budget,
                "reserved too early"
            );
            assert!(append(&mut loaded, 1, Some(recording.record_slice())));
        }
        let reserved = capacity(&loaded);
        assert_eq!(reserved, loaded.event_budget + 1);
        // More batches neither move nor grow the log.
        assert!(append(&mut loaded, 1, Some(recording.record_slice())));
        assert_eq!(capacity(&loaded), reserved);
    }

    #[test]
    fn step_zero_waits_for_the_first_events() {
        let mut program = loaded(COUNTDOWN);
        assert!(!reach(&mut program.0, Target::Step(0)));
        drive(&mut program, Target::Step(0));
        assert_eq!(program.0.trace.cursor(), 0);
        assert!(!program.0.trace.is_empty());
    }

    #[test]
    fn an_empty_first_batch_leaves_step_zero_waiting() {
        let mut program = loaded(COUNTDOWN);
        let empty = {
            let log = aiterscope_trace::Log::default();
            aiterscope_trace::wire::encode(&log, Default::default(), usize::MAX, false).0
        };
        assert!(append(&mut program.0, 1, Some(empty)));
        assert!(!reach(&mut program.0, Target::Step(0)));
        drive(&mut program, Target::Step(0));
        assert_eq!(program.0.trace.cursor(), 0);
    }

    #[test]
    fn a_batch_for_a_replaced_program_is_dropped() {
        let (mut loaded, mut recording) = loaded(COUNTDOWN);
        let batch = recording.record_slice();
        assert!(append(&mut loaded, 2, Some(batch)));
        assert!(loaded.trace.is_empty());
        assert!(
            !append(&mut loaded, 1, None),
            "a failed worker stops the command"
        );
    }
}
