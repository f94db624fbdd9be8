//! The recorder's async-iteration events for every gallery example: per async iterator, its
//! type, the values its `__anext__` calls delivered (`anext_value`) and how many calls ended
//! the iteration (`stop_async_iteration`), checked against a table and against what the
//! program prints (the delivered values appear in its output, in order). Every `anext_value`
//! and `stop_async_iteration` must answer an open `anext_call` of the same iterator.

use std::collections::BTreeMap;

use aiterscope_gallery::EXAMPLES;
use aiterscope_runtime::recorder::short_repr::format_short;
use aiterscope_runtime::recorder::Kind;
use aiterscope_runtime::session::Session;

/// What one iterator of an example should record.
struct Expect {
    /// Its type name.
    ty: &'static str,
    /// The delivered values' reprs, in order (`None`: only their number is checked).
    values: Option<&'static [&'static str]>,
    /// How many values.
    count: usize,
    /// How many `stop_async_iteration` events.
    stops: usize,
    /// True when the program prints each value (quotes stripped), in order.
    printed: bool,
}

const fn it(
    ty: &'static str,
    values: &'static [&'static str],
    stops: usize,
    printed: bool,
) -> Expect {
    Expect {
        ty,
        values: Some(values),
        count: values.len(),
        stops,
        printed,
    }
}

const fn counted(ty: &'static str, count: usize, stops: usize) -> Expect {
    Expect {
        ty,
        values: None,
        count,
        stops,
        printed: false,
    }
}

const AG: &str = "async_generator";

/// The iterators of each example, in the order they were first seen.
fn table() -> BTreeMap<&'static str, Vec<Expect>> {
    let mut t = BTreeMap::new();
    t.insert("aiter-on-list", vec![]);
    t.insert("async-counter-pitfall", vec![]);
    t.insert("gather-ties", vec![]);
    t.insert("queue-consumer", vec![]);
    // anext(ait), then anext(ait, "default") and anext(ait, None) on the spent generator
    // (each ends the iteration: the default is returned), then anext(ait) raises.
    t.insert("anext-default", vec![it(AG, &["'first'"], 3, true)]);
    t.insert(
        "async-counter",
        vec![it("AsyncCounter", &["0", "1", "2"], 1, true)],
    );
    t.insert(
        "async-fetcher",
        vec![it(
            "AsyncDataFetcher",
            &[
                "('https://python.org', 302)",
                "('https://docs.python.org', 287)",
                "('https://pypi.org', 258)",
            ],
            1,
            false,
        )],
    );
    t.insert("async-gen-basic", vec![it(AG, &["0", "1", "2"], 1, true)]);
    t.insert(
        "async-range",
        vec![it(AG, &["0", "1", "2", "3", "4"], 1, true)],
    );
    t.insert(
        "athrow-aclose",
        vec![it(
            AG,
            &["'echo None'", "'echo hello'", "'echo None'"],
            2,
            true,
        )],
    );
    // break after two values: no stop, the generators are closed instead
    t.insert(
        "cleanup-after-break",
        vec![it(AG, &["0", "1"], 0, true), it(AG, &["0", "1"], 0, true)],
    );
    t.insert(
        "countdown",
        vec![it("Countdown", &["5", "4", "3", "2", "1"], 1, true)],
    );
    t.insert(
        "db-cursor",
        vec![it(
            "AsyncCursor",
            &["(1, 'ada')", "(2, 'grace')", "(3, 'guido')"],
            1,
            false,
        )],
    );
    t.insert(
        "event-listener",
        vec![it(AG, &["'click'", "'keypress'", "'scroll'"], 1, true)],
    );
    t.insert("fetch-pages", vec![counted(AG, 3, 1)]);
    t.insert("file-chunks", vec![counted("AsyncFileReader", 3, 1)]);
    t.insert(
        "file-reader",
        vec![it(
            "AsyncFileReader",
            &[
                "'async for asks __anext__'",
                "'for one line at a time,'",
                "'and the last line has no newline'",
            ],
            1,
            true,
        )],
    );
    t.insert("manual-anext", vec![it(AG, &["1", "2", "3"], 1, true)]);
    t.insert(
        "merge-streams-fixed",
        vec![
            it(
                AG,
                &["'A0'", "'B0'", "'A1'", "'A2'", "'B1'", "'B2'"],
                1,
                true,
            ),
            it(AG, &["'A0'", "'A1'", "'A2'"], 1, false),
            it(AG, &["'B0'", "'B1'", "'B2'"], 1, false),
        ],
    );
    // the seed's bug: one anext() per stream, so only the first item of each
    t.insert(
        "merge-streams",
        vec![
            it(AG, &["'A0'", "'B0'"], 1, true),
            it(AG, &["'A0'"], 0, false),
            it(AG, &["'B0'"], 0, false),
        ],
    );
    t.insert(
        "not-parallel",
        vec![
            it(AG, &["'A0'", "'A1'", "'A2'"], 1, true),
            it(AG, &["'B0'", "'B1'", "'B2'"], 1, true),
            it(AG, &["'C0'", "'C1'", "'C2'"], 1, true),
        ],
    );
    // the second endpoint fails inside the generator: a call, no value, no stop
    t.insert(
        "paginated-api",
        vec![
            it(
                AG,
                &[
                    "'apple'",
                    "'banana'",
                    "'cherry'",
                    "'date'",
                    "'elderberry'",
                    "'fig'",
                    "'grape'",
                    "'honeydew'",
                ],
                1,
                true,
            ),
            it(AG, &[], 0, false),
        ],
    );
    t.insert(
        "rate-limited",
        vec![it(
            "RateLimitedProducer",
            &[
                "'item_0'", "'item_1'", "'item_2'", "'item_3'", "'item_4'", "'item_5'", "'item_6'",
                "'item_7'", "'item_8'", "'item_9'",
            ],
            1,
            true,
        )],
    );
    // the first loop is cut by asyncio.timeout (no stop); the second runs to the end
    t.insert(
        "timeout",
        vec![
            it(AG, &["0.2", "0.4"], 0, true),
            it(AG, &["0.2", "0.4"], 1, true),
        ],
    );
    t
}

/// Per iterator id, in first-seen order: (type, value reprs, stops, calls).
type Seen = Vec<(u32, String, Vec<String>, usize, usize)>;

fn record(source: &str) -> Result<Seen, String> {
    let mut s = Session::load(source).map_err(|e| e.msg.clone())?;
    s.run_to_end(2_000_000);
    let log = s.log();
    let mut seen: Seen = Vec::new();
    let mut open: BTreeMap<u32, bool> = BTreeMap::new();
    for (step, e) in s.events(0..s.len()).iter().enumerate() {
        let slot = |seen: &mut Seen, iter: u32| seen.iter().position(|x| x.0 == iter);
        match e.kind {
            Kind::AIter { iter, ty } if slot(&mut seen, iter).is_none() => {
                seen.push((iter, log.text(ty).to_string(), Vec::new(), 0, 0));
            }
            Kind::AnextCall { iter } => {
                let Some(i) = slot(&mut seen, iter) else {
                    return Err(format!(
                        "step {step}: anext_call of unknown iterator {iter}"
                    ));
                };
                seen[i].4 += 1;
                open.insert(iter, true);
            }
            Kind::AnextValue { iter, value } => {
                if open.remove(&iter).is_none() {
                    return Err(format!("step {step}: anext_value without an open call"));
                }
                let i = slot(&mut seen, iter).ok_or("value of unknown iterator")?;
                seen[i].2.push(format_short(value, &log.strings));
            }
            Kind::StopAsyncIteration { iter } => {
                if open.remove(&iter).is_none() {
                    return Err(format!("step {step}: stop without an open call"));
                }
                let i = slot(&mut seen, iter).ok_or("stop of unknown iterator")?;
                seen[i].3 += 1;
            }
            _ => {}
        }
    }
    Ok(seen)
}

/// True if each value (quotes stripped) occurs in `out` after the previous one.
fn printed_in_order(values: &[String], out: &str) -> bool {
    let mut at = 0;
    for v in values {
        let v = v.trim_matches('\'');
        match out[at..].find(v) {
            Some(i) => at += i + v.len(),
            None => return false,
        }
    }
    true
}

#[test]
fn every_gallery_example_records_its_anext_values_and_stops() {
    let table = table();
    let mut problems = Vec::new();
    for ex in EXAMPLES {
        let Some(expect) = table.get(ex.id) else {
            problems.push(format!("{}: no entry in the events table", ex.id));
            continue;
        };
        let seen = match record(ex.source) {
            Ok(s) => s,
            Err(e) => {
                problems.push(format!("{}: {e}", ex.id));
                continue;
            }
        };
        // Only iterators that were asked for a value count.
        let used: Vec<_> = seen.into_iter().filter(|s| s.4 > 0).collect();
        if used.len() != expect.len() {
            problems.push(format!(
                "{}: {} iterators recorded, {} expected: {:?}",
                ex.id,
                used.len(),
                expect.len(),
                used
            ));
            continue;
        }
        for (n, (got, want)) in used.iter().zip(expect).enumerate() {
            let (_, ty, values, stops, _) = got;
            let values_ok = match want.values {
                Some(v) => values.iter().map(String::as_str).eq(v.iter().copied()),
                None => values.len() == want.count,
            };
            if ty != want.ty || !values_ok || *stops != want.stops {
                problems.push(format!(
                    "{} iterator #{n}: got {ty} {values:?} stops {stops}",
                    ex.id
                ));
            }
            if want.printed && !printed_in_order(values, ex.expected_stdout) {
                problems.push(format!(
                    "{} iterator #{n}: values {values:?} not printed in order",
                    ex.id
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_table_covers_exactly_the_gallery() {
    let table = table();
    let ids: Vec<&str> = EXAMPLES.iter().map(|e| e.id).collect();
    for id in table.keys() {
        assert!(ids.contains(id), "{id} is not a gallery example");
    }
    assert_eq!(table.len(), ids.len());
}
