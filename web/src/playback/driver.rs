//! [`Driver`]: moves the cursor to a target, recording more of the run first when the target
//! lies beyond what is recorded. Recording happens in slices of about
//! [`SLICE_BUDGET_MS`], with the browser getting the main thread back in between, so an
//! endless program keeps the page responsive until the event budget stops it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::handle::{Loaded, SessionHandle};
use super::yield_now::{now_ms, yield_to_browser};

/// Milliseconds of VM work per slice before yielding to the browser.
pub const SLICE_BUDGET_MS: f64 = 12.0;
/// VM slices per browser task at most (a bound even without a clock).
const MAX_SLICES_PER_TASK: usize = 64;

/// Where to move the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A step (clamped to the last step of a finished run).
    Step(usize),
    /// The next `anext_value` / `stop_async_iteration` after the cursor, or the last step if
    /// the run ends without one.
    NextAnext,
    /// The last step of the run.
    End,
}

/// Moves the cursor of a [`SessionHandle`], one command at a time: a new command cancels one
/// still recording.
#[derive(Clone, Copy)]
pub struct Driver {
    handle: SessionHandle,
    busy: RwSignal<bool>,
    /// Identifies the latest command; an older one still running stops at its next slice.
    ticket: StoredValue<u64>,
}

impl Driver {
    /// A driver for `handle`.
    pub fn new(handle: SessionHandle) -> Self {
        Driver {
            handle,
            busy: RwSignal::new(false),
            ticket: StoredValue::new(0),
        }
    }

    /// True while the VM is recording towards a target ("running…").
    pub fn busy(&self) -> Signal<bool> {
        self.busy.into()
    }

    /// Cancels a command still recording (the cursor stays where it is).
    pub fn cancel(&self) {
        self.ticket.update_value(|t| *t += 1);
        self.busy.set(false);
    }

    /// Moves the cursor to `target`: at once if the target is recorded, otherwise after
    /// recording towards it in slices (the returned future is spawned; nothing to await).
    pub fn go(&self, target: Target) {
        self.ticket.update_value(|t| *t += 1);
        let ticket = self.ticket.get_value();
        if self.try_reach(target) {
            self.busy.set(false);
            return;
        }
        self.busy.set(true);
        let driver = *self;
        spawn_local(async move {
            loop {
                yield_to_browser().await;
                if driver.ticket.try_get_value() != Some(ticket) {
                    return;
                }
                driver.record_for_a_slice();
                if driver.try_reach(target) {
                    break;
                }
            }
            driver.busy.set(false);
        });
    }

    /// Moves to `target` if it is recorded (or the run ended). False if more must be recorded.
    fn try_reach(&self, target: Target) -> bool {
        self.handle
            .update(|loaded| reach(loaded, target))
            .unwrap_or(true)
    }

    /// Runs the VM for about [`SLICE_BUDGET_MS`] and indexes the new events.
    fn record_for_a_slice(&self) {
        self.handle.update(|loaded| {
            let started = now_ms();
            for _ in 0..MAX_SLICES_PER_TASK {
                if loaded.session.is_finished() {
                    break;
                }
                loaded.session.record_slice();
                if now_ms() - started >= SLICE_BUDGET_MS {
                    break;
                }
            }
            loaded.index.catch_up(loaded.session.log());
        });
    }
}

/// Moves the cursor to `target` if the events it needs are recorded; false otherwise.
pub(crate) fn reach(loaded: &mut Loaded, target: Target) -> bool {
    let session = &mut loaded.session;
    loaded.index.catch_up(session.log());
    let finished = session.is_finished();
    let last = session.len().saturating_sub(1);
    match target {
        Target::Step(step) if step <= last || finished => {
            session.goto(step.min(last));
            true
        }
        Target::NextAnext => {
            match loaded.index.next_outcome_after(session.cursor()) {
                Some(outcome) => {
                    session.goto(outcome.step);
                }
                None if finished => {
                    session.goto(last);
                }
                None => return false,
            }
            true
        }
        Target::End if finished => {
            session.goto(last);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::playback::TraceIndex;
    use aiterscope_runtime::session::Session;

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

    fn loaded(source: &str) -> Loaded {
        Loaded {
            session: Session::load(source).expect("parses"),
            index: TraceIndex::default(),
            source: source.to_string(),
        }
    }

    /// Records until `target` is reached, as the driver does between browser tasks.
    fn drive(loaded: &mut Loaded, target: Target) {
        while !reach(loaded, target) {
            loaded.session.record_slice();
        }
    }

    #[test]
    fn next_anext_stops_at_each_outcome_then_at_the_end() {
        let mut program = loaded(COUNTDOWN);
        let mut kinds = Vec::new();
        loop {
            let before = program.session.cursor();
            drive(&mut program, Target::NextAnext);
            if program.session.cursor() == before {
                break;
            }
            let event = *program.session.current_event().expect("an event");
            kinds.push(event.kind.name());
        }
        assert_eq!(
            kinds,
            vec!["anext_value", "anext_value", "stop_async_iteration", "end"]
        );
        assert!(program.session.is_finished());
        assert_eq!(program.index.outcomes.len(), 3);
    }

    #[test]
    fn steps_past_the_end_clamp_to_the_last_step() {
        let mut program = loaded(COUNTDOWN);
        drive(&mut program, Target::Step(usize::MAX / 2));
        assert!(program.session.is_finished());
        assert_eq!(program.session.cursor(), program.session.len() - 1);
        drive(&mut program, Target::Step(3));
        assert_eq!(program.session.cursor(), 3);
        drive(&mut program, Target::End);
        assert_eq!(program.session.cursor(), program.session.len() - 1);
        assert_eq!(program.session.state().output, "2\n1\n");
    }
}
