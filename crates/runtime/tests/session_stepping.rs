//! The session API on programs that need no event loop: the event sequence of `async for`,
//! stepping forwards and backwards, lazy running, budgets, syntax errors as data.

use aiterscope_runtime::recorder::{EndReason, Kind};
use aiterscope_runtime::session::{IterStatus, Session, SessionOptions, TaskStatus};

/// `async for` over a class-based iterator, driven by hand (no asyncio).
const COUNTDOWN_BY_HAND: &str = "\
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1

async def main():
    async for x in Countdown(3):
        print(x)

try:
    main().send(None)
except StopIteration:
    pass
";

fn kinds(session: &Session) -> Vec<&'static str> {
    session
        .events(0..session.len())
        .iter()
        .map(|e| e.kind.name())
        .collect()
}

fn run(source: &str) -> Session {
    let mut s = Session::load(source).expect("the program compiles");
    s.run_to_end(1_000_000);
    s
}

#[test]
fn async_for_records_one_aiter_four_calls_three_values_and_the_stop() {
    let s = run(COUNTDOWN_BY_HAND);
    let k = kinds(&s);
    let count = |name: &str| k.iter().filter(|&&n| n == name).count();
    assert_eq!(count("aiter"), 1);
    assert_eq!(count("anext_call"), 4);
    assert_eq!(count("anext_value"), 3);
    assert_eq!(count("stop_async_iteration"), 1);
    let log = s.log();
    let values: Vec<String> = s
        .events(0..s.len())
        .iter()
        .filter_map(|e| match e.kind {
            Kind::AnextValue { value, .. } => Some(
                aiterscope_runtime::recorder::short_repr::format_short(value, &log.strings),
            ),
            _ => None,
        })
        .collect();
    assert_eq!(values, ["3", "2", "1"]);
    // The protocol order: aiter, then (call, value) three times, then call, stop.
    let protocol: Vec<&str> = k
        .iter()
        .copied()
        .filter(|n| {
            matches!(
                *n,
                "aiter" | "anext_call" | "anext_value" | "stop_async_iteration"
            )
        })
        .collect();
    assert_eq!(
        protocol,
        [
            "aiter",
            "anext_call",
            "anext_value",
            "anext_call",
            "anext_value",
            "anext_call",
            "anext_value",
            "anext_call",
            "stop_async_iteration"
        ]
    );
    // Every protocol event names the same iterator.
    let iters: Vec<u32> = s
        .events(0..s.len())
        .iter()
        .filter_map(|e| match e.kind {
            Kind::AIter { iter, .. }
            | Kind::AnextCall { iter }
            | Kind::AnextValue { iter, .. }
            | Kind::StopAsyncIteration { iter } => Some(iter),
            _ => None,
        })
        .collect();
    assert!(iters.iter().all(|&i| i == iters[0] && i != 0), "{iters:?}");
    let last = s.events(0..s.len()).last().unwrap();
    assert!(matches!(
        last.kind,
        Kind::End {
            reason: EndReason::Finished,
            ..
        }
    ));
    assert_eq!(s.state().output, "3\n2\n1\n");
}

#[test]
fn the_state_follows_the_iterator_through_its_life() {
    let mut s = Session::load(COUNTDOWN_BY_HAND).unwrap();
    // Before the first value: created, then running.
    assert!(s.next_anext());
    let st = s.state();
    let it = &st.iterators[0];
    assert_eq!(
        (it.type_name.as_str(), it.status, it.delivered),
        ("Countdown", IterStatus::Suspended, 1)
    );
    assert_eq!(it.last_value.as_deref(), Some("3"));
    assert_eq!(it.fields, [("n".to_string(), "2".to_string())]);
    assert!(s.next_anext() && s.next_anext());
    assert_eq!(s.state().iterators[0].delivered, 3);
    assert!(s.next_anext());
    let st = s.state();
    assert_eq!(st.iterators[0].status, IterStatus::Exhausted);
    assert_eq!(st.output, "3\n2\n1\n");
    assert!(!s.next_anext(), "no anext outcome after the stop");
    assert!(s.prev_anext());
    assert_eq!(s.state().iterators[0].delivered, 3);
    assert_eq!(s.state().iterators[0].status, IterStatus::Suspended);
}

#[test]
fn locals_and_lines_of_the_main_program() {
    let src = "def f(a, b):\n    c = a + b\n    return c * 2\n\ntotal = 0\nfor i in range(3):\n    total += f(i, 1)\nprint(total)\n";
    let mut s = Session::load(src).unwrap();
    // Step until inside f for the second time, after `c` is bound.
    let mut seen_c = Vec::new();
    while s.step_forward() {
        let st = s.state();
        let main = &st.tasks[0];
        assert_eq!(main.name, "main");
        assert_eq!(main.status, TaskStatus::Running);
        if let Some(top) = main.frames.last() {
            if top.function == "f" {
                if let Some((_, c)) = top.locals.iter().find(|(n, _)| n == "c") {
                    if seen_c.last() != Some(c) {
                        seen_c.push(c.clone());
                    }
                }
                assert_eq!(main.frames.len(), 2, "f runs on top of the module frame");
            }
        }
    }
    assert_eq!(seen_c, ["1", "2", "3"]);
    let st = s.state();
    assert_eq!(st.output, "12\n");
    assert!(st.end.is_some() && s.is_finished());
    let module_globals = &st.tasks[0].frames;
    assert!(module_globals.is_empty(), "the module frame has returned");
}

#[test]
fn going_back_gives_the_state_seen_going_forward() {
    let mut s = Session::load(COUNTDOWN_BY_HAND).unwrap();
    let mut forward = vec![s.state()];
    while s.step_forward() {
        forward.push(s.state());
    }
    assert_eq!(forward.len(), s.len());
    for n in (0..s.len()).rev() {
        s.goto(n);
        assert_eq!(s.state(), forward[n], "step {n}");
    }
    // And backwards one step at a time.
    s.goto(s.len() - 1);
    while s.step_back() {
        assert_eq!(s.state(), forward[s.cursor()]);
    }
    assert_eq!(s.cursor(), 0);
}

#[test]
fn an_endless_program_is_stepped_lazily_and_stopped_by_the_budget() {
    let src = "i = 0\nwhile True:\n    i += 1\n";
    let mut s = Session::load_with(
        src,
        SessionOptions {
            event_budget: 5_000,
            keyframe_interval: 64,
            ..SessionOptions::default()
        },
    )
    .unwrap();
    assert!(!s.is_finished());
    let recorded = s.len();
    assert!(
        recorded < 5_000,
        "only a slice runs at load ({recorded} events)"
    );
    assert_eq!(s.goto(1_000), 1_000);
    assert_eq!(
        s.state().tasks[0].frames[0].locals,
        [("i".to_string(), "333".to_string())]
    );
    s.run_to_end(1_000_000);
    assert!(s.is_finished());
    let end = s.state().end.expect("the budget ends the run");
    assert_eq!(end.reason, EndReason::Budget);
    assert!(end.message.contains("5000 events"), "{}", end.message);
    assert!(s.len() >= 5_000);
}

#[test]
fn syntax_errors_come_back_as_data() {
    let err = Session::load("def f(:\n    pass\n")
        .err()
        .expect("a syntax error");
    assert_eq!(err.kind, "SyntaxError");
    assert_eq!(err.line, 1);
    assert!(err.col > 0);
    assert!(!err.msg.is_empty());
}

#[test]
fn an_uncaught_exception_ends_the_run_with_its_traceback() {
    let s = run("x = 1\nraise ValueError('boom')\n");
    let st = s.state();
    let end = st.end.expect("ended");
    assert_eq!(end.reason, EndReason::Failed);
    assert!(
        end.message.ends_with("ValueError: boom\n"),
        "{}",
        end.message
    );
    let exc = st.exception.expect("the exception is in the state");
    assert_eq!(
        (exc.type_name.as_str(), exc.message.as_str(), exc.caught),
        ("ValueError", "boom", false)
    );
}
