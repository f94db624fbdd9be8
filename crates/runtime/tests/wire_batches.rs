//! The wire format of `aiterscope_trace::wire` against real recordings: a run recorded by a
//! `Session` and shipped to a `Trace` in batches of random sizes (as the playground's worker
//! ships it to the UI) gives the same log and the same state at every step; batches applied
//! out of order, twice, or cut short are refused. A recording-only session that drops what
//! it shipped (the worker's) builds the same trace as one that keeps its whole log.

use aiterscope_runtime::session::{Session, SessionOptions};
use aiterscope_trace::trace::Trace;
use aiterscope_trace::wire::{self, Mark};

/// xorshift64*: deterministic batch sizes, so a failure names a seed that reproduces it.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn below(&mut self, n: usize) -> usize {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        (x.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
    }
}

/// Records `source` slice by slice, shipping what each slice recorded in batches of at most
/// a random number of events; returns the session and the trace the batches built. A
/// recording-only session drops its events once all recorded so far are shipped (as the
/// worker does), and is checked to hold none then.
fn ship(source: &str, seed: u64, options: SessionOptions) -> Option<(Session, Trace)> {
    let mut rng = Rng::new(seed);
    let dropping = options.recording_only;
    let mut session = Session::load_with(source, options).ok()?;
    let mut trace = Trace::new(1 + rng.below(64));
    let mut mark = Mark::default();
    loop {
        let finished = session.is_finished();
        loop {
            let max_events = 1 + rng.below(300);
            let (bytes, next) = wire::encode(session.log(), mark, max_events, finished);
            let added = trace.append(&bytes).expect("a batch in order applies");
            assert_eq!(added, next.events - mark.events);
            mark = next;
            if mark.events == session.len() {
                break;
            }
        }
        if dropping {
            session.drop_sent_events();
            assert!(session.log().events.is_empty());
            assert_eq!(session.len(), trace.len());
        }
        if finished {
            break;
        }
        session.record_slice();
    }
    Some((session, trace))
}

fn same_log(session: &Session, trace: &Trace, what: &str) {
    let (a, b) = (session.log(), trace.log());
    assert_eq!(a.events, b.events, "{what}: events");
    assert_eq!(a.strings.len(), b.strings.len(), "{what}: strings");
    for i in 0..a.strings.len() {
        let sym = aiterscope_trace::intern::Sym(i as u32);
        assert_eq!(a.text(sym), b.text(sym), "{what}: string {i}");
    }
    assert_eq!(a.output, b.output, "{what}: output");
    assert_eq!(a.output_dropped, b.output_dropped, "{what}: dropped output");
    assert!(trace.is_finished(), "{what}: the end arrived");
}

#[test]
fn corpus_runs_shipped_in_random_batches_equal_the_recording() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus");
    let mut shipped = 0;
    for group in [
        "async_iter",
        "async_gen",
        "asyncio_tasks",
        "timers",
        "exceptions",
    ] {
        let mut files: Vec<_> = std::fs::read_dir(format!("{root}/{group}"))
            .expect("corpus group")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        files.sort();
        for (n, path) in files.iter().enumerate() {
            let source = std::fs::read_to_string(path).expect("program");
            let what = path.display().to_string();
            let Some((mut session, mut trace)) =
                ship(&source, n as u64 + 1, SessionOptions::default())
            else {
                continue; // a syntax-error program records nothing
            };
            same_log(&session, &trace, &what);
            let mut rng = Rng::new(n as u64 + 7);
            for _ in 0..8 {
                let step = rng.below(session.len());
                assert_eq!(trace.goto(step), session.goto(step), "{what}");
                assert_eq!(trace.state(), session.state(), "{what}: state at {step}");
            }
            shipped += 1;
        }
    }
    assert!(shipped > 200, "only {shipped} programs shipped");
}

#[test]
fn corpus_runs_shipped_by_a_session_that_drops_them_equal_the_recording() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus");
    let mut shipped = 0;
    for group in ["async_iter", "async_gen", "asyncio_tasks", "timers"] {
        let mut files: Vec<_> = std::fs::read_dir(format!("{root}/{group}"))
            .expect("corpus group")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        files.sort();
        for (n, path) in files.iter().enumerate() {
            let source = std::fs::read_to_string(path).expect("program");
            let what = path.display().to_string();
            let recording_only = SessionOptions {
                recording_only: true,
                ..SessionOptions::default()
            };
            let Some((_, mut trace)) = ship(&source, n as u64 + 11, recording_only) else {
                continue; // a syntax-error program records nothing
            };
            let mut session = Session::load(&source).expect("parses");
            session.run_to_end(usize::MAX);
            // Two runs in one process may place objects at other addresses (`<... at 0x..>`).
            let (a, b) = (session.log(), trace.log());
            assert_eq!(a.events, b.events, "{what}: events");
            assert_eq!(a.strings.len(), b.strings.len(), "{what}: strings");
            for i in 0..a.strings.len() {
                let sym = aiterscope_trace::intern::Sym(i as u32);
                let (x, y) = (
                    without_addresses(a.text(sym)),
                    without_addresses(b.text(sym)),
                );
                assert_eq!(x, y, "{what}: string {i}");
            }
            assert_eq!(
                without_addresses(&a.output),
                without_addresses(&b.output),
                "{what}: output"
            );
            assert_eq!(a.output_dropped, b.output_dropped, "{what}: dropped output");
            let addresses = (0..a.strings.len()).any(|i| {
                a.text(aiterscope_trace::intern::Sym(i as u32))
                    .contains("0x")
            });
            if addresses {
                shipped += 1;
                continue; // the state's reprs would name the other addresses
            }
            let last = session.len() - 1;
            assert_eq!(trace.goto(last), last, "{what}");
            assert_eq!(trace.state(), session.state(), "{what}: the end");
            shipped += 1;
        }
    }
    assert!(shipped > 150, "only {shipped} programs shipped");
}

/// `text` with every hex number after `0x` replaced by `0x_`.
fn without_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at + 2]);
        out.push('_');
        rest = rest[at + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

#[test]
fn a_long_run_dropped_batch_by_batch_stops_at_the_same_budget() {
    // The budget counts every event ever recorded, the dropped ones too.
    let source = "import asyncio\n\nasync def gen():\n    i = 0\n    while True:\n        await asyncio.sleep(0.1)\n        yield i\n        i += 1\n\nasync def main():\n    async for x in gen():\n        pass\n\nasyncio.run(main())\n";
    let budget = 30_000;
    let options = SessionOptions {
        event_budget: budget,
        recording_only: true,
        ..SessionOptions::default()
    };
    let mut session = Session::load_with(source, options).expect("parses");
    let mut trace = Trace::default();
    let mut mark = Mark::default();
    while !trace.is_finished() {
        session.record_slice();
        let (bytes, next) = wire::encode(session.log(), mark, usize::MAX, session.is_finished());
        trace.append(&bytes).expect("in order");
        mark = next;
        session.drop_sent_events();
    }
    let mut full = Session::load_with(
        source,
        SessionOptions {
            event_budget: budget,
            ..SessionOptions::default()
        },
    )
    .expect("parses");
    full.run_to_end(budget);
    same_log(&full, &trace, "endless generator");
    assert_eq!(trace.len(), budget + 1, "the budget's events and the end");
}

#[test]
fn the_cursor_api_matches_the_session() {
    let source = "\
import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i

async def main():
    async for t in ticks(3):
        print(t)

asyncio.run(main())
";
    let (mut session, mut trace) = ship(source, 3, SessionOptions::default()).expect("parses");
    session.goto(0);
    trace.goto(0);
    while session.next_anext() {
        assert!(trace.next_anext());
        assert_eq!(trace.cursor(), session.cursor());
        assert_eq!(trace.current_event(), session.current_event());
    }
    assert!(!trace.next_anext());
    while session.prev_anext() {
        assert!(trace.prev_anext());
        assert_eq!(trace.cursor(), session.cursor());
    }
    assert!(!trace.prev_anext());
    while session.step_forward() {
        assert!(trace.step_forward());
        assert_eq!(trace.state(), session.state());
    }
    assert!(!trace.step_forward());
    assert_eq!(trace.state().output, "0\n1\n2\n");
}

#[test]
fn output_beyond_the_cap_ships_with_its_dropped_counts() {
    let source = "print('x' * 1_500_000)\nfor i in range(3):\n    print(i)\n";
    let (session, trace) = ship(source, 5, SessionOptions::default()).expect("parses");
    same_log(&session, &trace, "huge write");
    assert!(!trace.log().output_dropped.is_empty());
}

#[test]
fn batches_out_of_order_twice_or_cut_short_are_refused() {
    let mut session = Session::load("for i in range(50):\n    print(i)\n").expect("parses");
    session.run_to_end(1_000);
    let log = session.log();
    let (first, mark) = wire::encode(log, Mark::default(), 10, true);
    let (second, _) = wire::encode(log, mark, usize::MAX, true);

    let mut trace = Trace::default();
    let err = trace.append(&second).expect_err("the second batch first");
    assert!(err.to_string().contains("starts at"), "{err}");
    trace.append(&first).expect("the first batch");
    assert!(trace.append(&first).is_err(), "the first batch twice");
    assert!(
        trace.append(&second[..second.len() - 3]).is_err(),
        "cut short"
    );
    let mut longer = second.clone();
    longer.push(0);
    assert!(trace.append(&longer).is_err(), "trailing bytes");
    assert_eq!(
        trace.append(&second).expect("the second batch"),
        log.events.len() - 10
    );
    assert!(trace.is_finished());
    assert!(trace.append(&second).is_err(), "after the end");
    // Asked again after the end, a recorder sends a batch with nothing new: accepted.
    let (nothing, _) = wire::encode(log, Mark::end_of(log), usize::MAX, true);
    assert_eq!(trace.append(&nothing).expect("an empty batch"), 0);
    assert_eq!(trace.len(), log.events.len());
}

#[test]
fn a_typical_event_takes_a_few_bytes() {
    let mut session = Session::load(
        "import asyncio\nasync def main():\n    total = 0\n    for i in range(2000):\n        total += i\n        await asyncio.sleep(0)\nasyncio.run(main())\n",
    )
    .expect("parses");
    session.run_to_end(1_000_000);
    let (bytes, _) = wire::encode(session.log(), Mark::default(), usize::MAX, true);
    let per_event = bytes.len() as f64 / session.len() as f64;
    assert!(per_event < 12.0, "{per_event:.1} bytes per event");
}
