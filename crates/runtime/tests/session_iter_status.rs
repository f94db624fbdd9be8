//! The life of an async iterator in the session's `StepState`: the status sequence
//! (created / running / suspended at `yield` line N / awaiting X / exhausted / closed) of
//! class-based iterators and async generators, and the tasks' `awaiting` descriptions.

use aiterscope_runtime::session::{IterStatus, Session, StepState};

fn run(source: &str) -> Session {
    let mut s = Session::load(source).expect("the program compiles");
    s.run_to_end(1_000_000);
    s
}

/// The first iterator's status at every step, as `status` words with `@line` for a suspended
/// async generator and `(awaited)` for what its task awaits while it is awaiting, with
/// consecutive repeats collapsed.
fn status_sequence(s: &mut Session) -> Vec<String> {
    let mut seq: Vec<String> = Vec::new();
    for step in 0..s.len() {
        s.goto(step);
        let st = s.state();
        let Some(it) = st.iterators.first() else {
            continue;
        };
        let word = describe(&st, it.status, it.frame.map(|f| f.1));
        if seq.last() != Some(&word) {
            seq.push(word);
        }
    }
    seq
}

fn describe(st: &StepState, status: IterStatus, line: Option<u32>) -> String {
    match status {
        IterStatus::Suspended => match line {
            Some(l) => format!("suspended@{l}"),
            None => "suspended".to_string(),
        },
        IterStatus::Awaiting => {
            let what = st
                .tasks
                .iter()
                .find_map(|t| t.awaiting.clone())
                .unwrap_or_default();
            format!("awaiting({what})")
        }
        other => other.as_str().to_string(),
    }
}

const COUNTDOWN: &str = "import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(1)
        self.n -= 1
        return self.n + 1

async def main():
    async for x in Countdown(2):
        print(x)

asyncio.run(main())
";

#[test]
fn countdown_is_created_then_awaits_each_sleep_then_is_exhausted() {
    let mut s = run(COUNTDOWN);
    assert_eq!(
        status_sequence(&mut s),
        [
            "created",
            "running",
            "awaiting(sleep(1))",
            "running",
            "suspended",
            "running",
            "awaiting(sleep(1))",
            "running",
            "suspended",
            "running",
            "exhausted",
        ]
    );
}

const TICKER: &str = "import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.5)
        yield i

async def main():
    async for t in ticker(2):
        print(t)

asyncio.run(main())
";

#[test]
fn an_async_generator_with_sleep_is_suspended_at_its_yield_line() {
    let mut s = run(TICKER);
    assert_eq!(
        status_sequence(&mut s),
        [
            "created",
            "running",
            "awaiting(sleep(0.5))",
            "running",
            "suspended@6",
            "running",
            "awaiting(sleep(0.5))",
            "running",
            "suspended@6",
            "running",
            "exhausted",
        ]
    );
}

const BROKEN_OFF: &str = "import asyncio

async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print('cleanup')

async def main():
    async for n in numbers():
        if n == 1:
            break
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('after')

asyncio.run(main())
";

#[test]
fn an_async_generator_left_by_break_is_closed_after_its_finalization() {
    let mut s = run(BROKEN_OFF);
    let seq = status_sequence(&mut s);
    assert_eq!(
        seq,
        [
            "created",
            "running",
            "suspended@6",
            "running",
            "suspended@6",
            "running",
            "closed",
        ]
    );
    assert_eq!(s.state().output, "cleanup\nafter\n");
    // The generator stays suspended after the break until the finalizer's aclose() runs.
    let cleanup_step = (0..s.len())
        .find(|&i| {
            s.goto(i);
            s.state().output.contains("cleanup")
        })
        .expect("the finally clause ran");
    s.goto(cleanup_step);
    assert_eq!(s.state().iterators[0].status, IterStatus::Running);
}

const EXHAUSTED_BY_HAND: &str = "import asyncio

async def one():
    yield 'only'

async def main():
    g = one()
    print(await anext(g))
    print(await anext(g, 'done'))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('stopped')

asyncio.run(main())
";

#[test]
fn an_exhausted_async_generator_stays_exhausted() {
    let mut s = run(EXHAUSTED_BY_HAND);
    let seq = status_sequence(&mut s);
    assert_eq!(
        seq,
        ["created", "running", "suspended@4", "running", "exhausted"]
    );
    let st = s.state();
    assert_eq!(st.output, "only\ndone\nstopped\n");
    assert_eq!(st.iterators[0].delivered, 1);
}

#[test]
fn tasks_show_what_they_await_and_their_frames_without_internal_ones() {
    let src = "import asyncio

async def consumer(q):
    item = await q.get()
    return item

async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(1)
    await q.put('x')
    print(await c)

asyncio.run(main())
";
    let mut s = run(src);
    let mut seen = Vec::new();
    for step in 0..s.len() {
        s.goto(step);
        let st = s.state();
        for t in &st.tasks {
            if let Some(a) = &t.awaiting {
                let entry = (t.name.clone(), a.clone());
                if !seen.contains(&entry) {
                    seen.push(entry);
                }
            }
            for f in &t.frames {
                assert!(
                    !f.function.starts_with('<') || f.function == "<module>",
                    "internal frame {} shown in {}",
                    f.function,
                    t.name
                );
                assert!(
                    !["get", "sleep", "put"].contains(&f.function.as_str()),
                    "library frame {} shown in {}",
                    f.function,
                    t.name
                );
            }
        }
    }
    let want = [
        ("Task-1", "sleep(1)"),
        ("Task-2", "Queue.get()"),
        ("Task-1", "Task-2"),
    ];
    for (task, what) in want {
        assert!(
            seen.iter().any(|(t, a)| t == task && a == what),
            "{task} awaiting {what} never shown; seen {seen:?}"
        );
    }
    // The consumer's frame shows its function, line and locals while it waits.
    let waiting = (0..s.len())
        .find(|&i| {
            s.goto(i);
            s.state()
                .tasks
                .iter()
                .any(|t| t.name == "Task-2" && t.awaiting.as_deref() == Some("Queue.get()"))
        })
        .unwrap();
    s.goto(waiting);
    let st = s.state();
    let t2 = st.tasks.iter().find(|t| t.name == "Task-2").unwrap();
    let f = t2.frames.last().unwrap();
    assert_eq!((f.function.as_str(), f.line), ("consumer", 4));
    assert!(f.locals.iter().any(|(n, _)| n == "q"), "{:?}", f.locals);
}

/// The locals of a frame (`function` in any task) at the last step, by name.
fn local(st: &StepState, function: &str, name: &str) -> Option<String> {
    st.tasks
        .iter()
        .flat_map(|t| t.frames.iter())
        .filter(|f| f.function == function)
        .flat_map(|f| f.locals.iter())
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
}

#[test]
fn locals_globals_and_iterator_fields_follow_in_place_changes() {
    let src = "import asyncio

results = []

class Batcher:
    def __init__(self, items):
        self.items = items
        self.buffer = []
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        self.buffer.append(self.items.pop(0))
        await asyncio.sleep(0)
        return len(self.buffer)

async def main():
    seen = []
    counts = {}
    async for n in Batcher([1, 2, 3]):
        seen.append(n)
        counts['n'] = n
        results.append(n * 10)
        print(n)
    print('end')

asyncio.run(main())
";
    let mut s = run(src);
    let end = (0..s.len())
        .find(|&i| {
            s.goto(i);
            s.state().output.ends_with("3\n")
        })
        .expect("3 printed");
    s.goto(end);
    // One more line event after the print: the in-place changes are all visible.
    let st = s.state();
    assert_eq!(local(&st, "main", "seen").as_deref(), Some("[1, 2, 3]"));
    assert_eq!(local(&st, "main", "counts").as_deref(), Some("{'n': 3}"));
    assert_eq!(
        local(&st, "<module>", "results").as_deref(),
        Some("[10, 20, 30]")
    );
    let it = &st.iterators[0];
    let field = |name: &str| {
        it.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(field("buffer").as_deref(), Some("[1, 2, 3]"));
    assert_eq!(field("items").as_deref(), Some("[]"));
}

/// (kind, iterator id, value) of the async-iteration events.
fn protocol(s: &Session) -> Vec<(&'static str, u32, String)> {
    use aiterscope_runtime::recorder::short_repr::format_short;
    use aiterscope_runtime::recorder::Kind;
    s.events(0..s.len())
        .iter()
        .filter_map(|e| match e.kind {
            Kind::AIter { iter, .. } => Some(("aiter", iter, String::new())),
            Kind::AnextCall { iter } => Some(("anext_call", iter, String::new())),
            Kind::AnextValue { iter, value } => {
                Some(("anext_value", iter, format_short(value, &s.log().strings)))
            }
            Kind::StopAsyncIteration { iter } => Some(("stop", iter, String::new())),
            _ => None,
        })
        .collect()
}

#[test]
fn anext_records_values_of_futures_and_await_objects_returned_by_anext() {
    let src = "import asyncio

class FutureTicker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    def __anext__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        if self.n == 0:
            fut.set_exception(StopAsyncIteration())
        else:
            loop.call_later(0.5, fut.set_result, self.n)
            self.n -= 1
        return fut

class Step:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield from asyncio.sleep(0.25).__await__()
        return self.value

class AwaitTicker:
    def __aiter__(self):
        return self
    def __anext__(self):
        return Step('w')

async def main():
    ft = FutureTicker(1)
    print(await anext(ft))
    try:
        await anext(ft)
    except StopAsyncIteration:
        print('stop')
    print(await anext(AwaitTicker()))
    print(await anext(FutureTicker(0), 'default'))

asyncio.run(main())
";
    let s = run(src);
    assert_eq!(s.state().output, "1\nstop\nw\ndefault\n");
    let p = protocol(&s);
    let shape: Vec<(&str, String)> = p.iter().map(|(k, _, v)| (*k, v.clone())).collect();
    let want: Vec<(&str, String)> = [
        ("aiter", ""),
        ("anext_call", ""),
        ("anext_value", "1"),
        ("anext_call", ""),
        ("stop", ""),
        ("aiter", ""),
        ("anext_call", ""),
        ("anext_value", "'w'"),
        ("aiter", ""),
        ("anext_call", ""),
        ("stop", ""),
    ]
    .iter()
    .map(|(k, v)| (*k, v.to_string()))
    .collect();
    assert_eq!(shape, want);
    // Three distinct iterators, each event on its own.
    let ids: Vec<u32> = p.iter().filter(|e| e.0 == "aiter").map(|e| e.1).collect();
    assert_eq!(ids.len(), 3);
    assert!(
        ids[0] != ids[1] && ids[1] != ids[2] && ids[0] != ids[2],
        "{ids:?}"
    );
}

/// Queues made one after another, each dropped before the next is made, are separate objects
/// in the state panel even where the allocator gives the next one the freed one's address.
#[test]
fn a_queue_at_a_freed_queues_address_is_another_object() {
    let source = "import asyncio

async def main():
    for size in range(1, 6):
        q = asyncio.Queue()
        for i in range(size):
            q.put_nowait(i)
        del q

asyncio.run(main())
";
    let mut s = run(source);
    s.goto(s.len() - 1);
    let st = s.state();
    let queues: Vec<_> = st
        .objects
        .iter()
        .filter(|o| o.type_name == "Queue")
        .map(|o| (o.id, o.desc.clone()))
        .collect();
    assert_eq!(queues.len(), 5, "{queues:?}");
    let last_items: Vec<&str> = queues.iter().map(|(_, d)| d.as_str()).collect();
    for (size, desc) in (1..6).zip(last_items) {
        let items = format!("({size} item{})", if size == 1 { "" } else { "s" });
        assert!(desc.contains(&items), "{desc}");
    }
}
