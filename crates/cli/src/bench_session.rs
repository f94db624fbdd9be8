//! `aiterscope bench-session [--events N] [--json]`: the recorder's and the session's numbers.
//!
//! - recording overhead: the same program run untraced (`run_program`, recorder off), with
//!   the VM recording, and in a session (recording, folding, keyframes), best of 3 each;
//! - time travel: `goto(N)` + `state()` for 400 steps N spread over an N-event trace (default
//!   1,000,000), visited in a scrambled order, max and median;
//! - memory: bytes of the log (events, interned strings, output) plus the keyframes;
//! - the same time-travel and memory figures for other keyframe intervals, to choose one.
//!
//! Build with `--release` for meaningful figures. [`measure`] is the entry point for other
//! benchmark tooling.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use aiterscope_runtime::session::{Session, SessionOptions, DEFAULT_KEYFRAME_INTERVAL};
use aiterscope_runtime::{run_program, RunConfig};

/// The benchmark program (shared with the browser's time-travel benchmark,
/// tools/bench/travel.mjs): `async for` over a class-based iterator, driven by hand, with a
/// call per value. Its `ROUNDS = ...` line sets its length.
const PROGRAM: &str = include_str!("../../../bench/session/countdown.py");

/// [`PROGRAM`] with `rounds` rounds.
fn program(rounds: usize) -> String {
    let line = PROGRAM
        .lines()
        .find(|line| line.starts_with("ROUNDS = "))
        .expect("bench/session/countdown.py sets ROUNDS");
    PROGRAM.replacen(line, &format!("ROUNDS = {rounds}"), 1)
}

/// What one benchmark run measured.
#[derive(Debug, Clone)]
pub struct SessionBench {
    /// Rounds of the overhead program and its number of events.
    pub overhead_rounds: usize,
    /// Events recorded by the overhead program.
    pub overhead_events: usize,
    /// Untraced run time.
    pub untraced: Duration,
    /// Run time with the VM recording (no session).
    pub recording: Duration,
    /// Run time in a session (recording, folding, keyframes).
    pub session: Duration,
    /// Per keyframe interval: the time-travel figures on the long trace.
    pub travel: Vec<TravelBench>,
}

/// Time-travel figures for one keyframe interval.
#[derive(Debug, Clone)]
pub struct TravelBench {
    /// Events between keyframes.
    pub interval: usize,
    /// Events in the trace.
    pub events: usize,
    /// Time to record the whole trace in the session.
    pub record: Duration,
    /// Slowest `goto(N)` + `state()`.
    pub max: Duration,
    /// Median `goto(N)` + `state()`.
    pub median: Duration,
    /// Bytes of the log plus keyframes.
    pub memory: usize,
    /// Keyframes kept.
    pub keyframes: usize,
}

fn best_of(n: usize, mut f: impl FnMut()) -> Duration {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn travel(source: &str, events: usize, interval: usize) -> TravelBench {
    let options = SessionOptions {
        event_budget: events,
        keyframe_interval: interval,
        ..SessionOptions::default()
    };
    let t = Instant::now();
    let mut s = Session::load_with(source, options).expect("the benchmark program compiles");
    s.run_to_end(events);
    let record = t.elapsed();
    let len = s.len();
    // 400 steps spread evenly over the trace, visited in a scrambled order.
    let samples = 400usize;
    let mut order: Vec<usize> = (0..samples)
        .map(|i| i * (len - 1) / (samples - 1))
        .collect();
    let mut x = 0x2545_F491u64;
    for i in (1..order.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        order.swap(i, (x % (i as u64 + 1)) as usize);
    }
    let mut times: Vec<Duration> = order
        .iter()
        .map(|&n| {
            let t = Instant::now();
            s.goto(n);
            let st = s.state();
            let e = t.elapsed();
            assert_eq!(st.step, n);
            e
        })
        .collect();
    times.sort();
    TravelBench {
        interval,
        events: len,
        record,
        max: *times.last().unwrap_or(&Duration::ZERO),
        median: times[times.len() / 2],
        memory: s.memory_bytes(),
        keyframes: s.keyframe_count(),
    }
}

/// Measures recording overhead on a program of `overhead_rounds` rounds, and time travel on
/// an `events`-event trace for each keyframe interval in `intervals`.
pub fn measure(overhead_rounds: usize, events: usize, intervals: &[usize]) -> SessionBench {
    let source = program(overhead_rounds);
    let untraced = best_of(3, || {
        let r = run_program(&source, "bench.py", &RunConfig::default());
        assert_eq!(r.exit_code, 0, "{}", r.stderr);
    });
    let recording = best_of(3, || {
        let config = RunConfig {
            record: true,
            ..RunConfig::default()
        };
        let r = run_program(&source, "bench.py", &config);
        assert_eq!(r.exit_code, 0, "{}", r.stderr);
    });
    let mut overhead_events = 0;
    let session = best_of(3, || {
        let mut s = Session::load_with(
            &source,
            SessionOptions {
                event_budget: usize::MAX,
                ..SessionOptions::default()
            },
        )
        .unwrap();
        overhead_events = s.run_to_end(usize::MAX);
    });
    // Enough rounds to fill the long trace (about 230 events per round).
    let long = program(events / 150 + 1);
    let travel = intervals
        .iter()
        .map(|&k| travel(&long, events, k))
        .collect();
    SessionBench {
        overhead_rounds,
        overhead_events,
        untraced,
        recording,
        session,
        travel,
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn report(b: &SessionBench) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "recording overhead ({} rounds, {} events): untraced {:.1} ms, VM recording {:.1} ms ({:.2}x), session {:.1} ms ({:.2}x)\n",
        b.overhead_rounds,
        b.overhead_events,
        ms(b.untraced),
        ms(b.recording),
        ms(b.recording) / ms(b.untraced),
        ms(b.session),
        ms(b.session) / ms(b.untraced),
    ));
    out.push_str("keyframe interval | events  | record ms | goto+state max ms | median ms | memory MB | bytes/event | keyframes\n");
    for t in &b.travel {
        out.push_str(&format!(
            "{:>17} | {:>7} | {:>9.1} | {:>17.3} | {:>9.3} | {:>9.1} | {:>11.1} | {:>9}{}\n",
            t.interval,
            t.events,
            ms(t.record),
            ms(t.max),
            ms(t.median),
            t.memory as f64 / 1e6,
            t.memory as f64 / t.events as f64,
            t.keyframes,
            if t.interval == DEFAULT_KEYFRAME_INTERVAL {
                "  (default)"
            } else {
                ""
            },
        ));
    }
    out
}

fn json(b: &SessionBench) -> String {
    let travel: Vec<String> = b
        .travel
        .iter()
        .map(|t| {
            format!(
                "{{\"interval\":{},\"events\":{},\"record_ms\":{:.3},\"goto_state_max_ms\":{:.4},\"goto_state_median_ms\":{:.4},\"memory_bytes\":{},\"keyframes\":{}}}",
                t.interval,
                t.events,
                ms(t.record),
                ms(t.max),
                ms(t.median),
                t.memory,
                t.keyframes
            )
        })
        .collect();
    format!(
        "{{\"overhead_rounds\":{},\"overhead_events\":{},\"untraced_ms\":{:.3},\"recording_ms\":{:.3},\"session_ms\":{:.3},\"travel\":[{}]}}",
        b.overhead_rounds,
        b.overhead_events,
        ms(b.untraced),
        ms(b.recording),
        ms(b.session),
        travel.join(",")
    )
}

/// Runs the `bench-session` subcommand with the arguments after it.
pub fn main(args: &[String]) -> ExitCode {
    let mut events = 1_000_000usize;
    let mut as_json = false;
    let mut all_intervals = false;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--events" => match args
                .get(i + 1)
                .and_then(|s| s.parse().ok())
                .filter(|&n: &usize| n >= 1000)
            {
                Some(n) => {
                    events = n;
                    i += 2;
                }
                None => {
                    eprintln!("aiterscope bench-session: --events needs a number >= 1000");
                    return ExitCode::from(2);
                }
            },
            "--json" => {
                as_json = true;
                i += 1;
            }
            "--intervals" => {
                all_intervals = true;
                i += 1;
            }
            other => {
                eprintln!("aiterscope bench-session: unknown argument {other}\nusage: aiterscope bench-session [--events N] [--intervals] [--json]");
                return ExitCode::from(2);
            }
        }
    }
    let intervals: Vec<usize> = if all_intervals {
        vec![128, 256, 512, 1024, 2048]
    } else {
        vec![DEFAULT_KEYFRAME_INTERVAL]
    };
    let b = measure(2000, events, &intervals);
    if as_json {
        println!("{}", json(&b));
    } else {
        print!("{}", report(&b));
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_program_runs_the_rounds_asked_for() {
        // Each round sums 2x + 1 over x = 10..1: 120.
        let r = run_program(&program(3), "bench.py", &RunConfig::default());
        assert_eq!((r.stdout.as_str(), r.stderr.as_str()), ("360\n", ""));
    }

    #[test]
    fn a_small_benchmark_produces_consistent_figures() {
        let b = measure(20, 5_000, &[64]);
        assert!(b.overhead_events > 1000, "{}", b.overhead_events);
        let t = &b.travel[0];
        assert!(t.events >= 5_000 && t.events <= 5_001, "{}", t.events);
        assert!(t.max >= t.median);
        assert!(
            t.memory > t.events * 32,
            "memory counts at least the events"
        );
        assert_eq!(t.keyframes, t.events / 64 + 1);
        assert!(json(&b).starts_with("{\"overhead_rounds\":20,"));
    }
}
