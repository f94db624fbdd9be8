//! The event-loop view lists only pending timers: a timer leaves it when it fires or is
//! cancelled (the recorder's `timer_done` event), as CPython's `loop._scheduled` would show.

use aiterscope_runtime::session::Session;

const COUNTDOWN: &str = "\
import asyncio
class Countdown:
    def __init__(self, start):
        self.current = start
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        await asyncio.sleep(1)
        return self.current + 1
async def main():
    async for n in Countdown(3):
        print(n)
asyncio.run(main())
";

/// The pending timers at every step, with the clock.
fn timers_by_step(source: &str) -> Vec<(f64, Vec<f64>)> {
    let mut s = Session::load(source).expect("the program compiles");
    s.run_to_end(1_000_000);
    (0..s.len())
        .map(|n| {
            s.goto(n);
            let st = s.state();
            (st.event_loop.clock, st.event_loop.timers.clone())
        })
        .collect()
}

#[test]
fn fired_timers_leave_the_pending_list() {
    let steps = timers_by_step(COUNTDOWN);
    for (clock, timers) in &steps {
        assert!(
            timers.len() <= 1,
            "at t={clock} more than one timer pending: {timers:?}"
        );
        for when in timers {
            assert!(
                *when >= *clock,
                "at t={clock} a past timer is still pending: {when}"
            );
        }
    }
    let seen: Vec<f64> = steps.iter().flat_map(|(_, t)| t.clone()).collect();
    for when in [1.0, 2.0, 3.0] {
        assert!(
            seen.contains(&when),
            "the timer for t={when} was never pending"
        );
    }
    assert!(
        steps.last().is_some_and(|(_, t)| t.is_empty()),
        "timers left at the end"
    );
}

#[test]
fn cancelled_timers_leave_the_pending_list() {
    let source = "\
import asyncio
async def sleeper():
    await asyncio.sleep(10)
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.sleep(0)
    print('done')
asyncio.run(main())
";
    let steps = timers_by_step(source);
    assert!(
        steps.iter().any(|(_, t)| t.contains(&10.0)),
        "the 10 s timer was pending"
    );
    let (clock, timers) = steps.last().expect("events");
    assert!(
        timers.is_empty(),
        "at the end (t={clock}) timers remain: {timers:?}"
    );
}
