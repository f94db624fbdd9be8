//! The gallery table. Each entry's source and expected stdout live in `examples/<id>.*`;
//! `tools/regen.py` checks every `expected_error` here against CPython 3.12.

use crate::Example;

/// Builds an [`Example`] whose source and expected stdout are `examples/<id>.py` and
/// `examples/<id>.stdout`.
macro_rules! example {
    (
        id: $id:literal,
        title: $title:literal,
        summary: $summary:literal,
        watch: $watch:literal,
        expected_error: $error:expr,
        from_seed: $seed:expr $(,)?
    ) => {
        Example {
            id: $id,
            title: $title,
            summary: $summary,
            watch: $watch,
            source: include_str!(concat!("../examples/", $id, ".py")),
            expected_stdout: include_str!(concat!("../examples/", $id, ".stdout")),
            expected_error: $error,
            from_seed: $seed,
        }
    };
}

/// The seed tutorial on the `aiter()` built-in.
const SEED_AITER_REFERENCE: &str = "000_1ff1b445f61f104c.txt";
/// The 2026 article on `aiter()` in modern async code.
const SEED_AITER_2026: &str = "001_70285f815c54df84.txt";
/// The guide to `__aiter__` (with its `async def __aiter__` mistake throughout).
const SEED_AITER_GUIDE: &str = "002_3e30b0d5dbadfc6d.txt";
/// The "core concepts" page (Countdown, fetch_pages, event_listener, the misconception).
const SEED_CORE_CONCEPTS: &str = "003_3d57d67639703b82.txt";
/// The course lesson (AsyncCursor, anext with a default, merge_streams, AsyncFileReader).
const SEED_LESSON: &str = "004_a5ccba2ad916386c.txt";

/// Every gallery example, in the order the example picker lists them.
pub static EXAMPLES: &[Example] = &[
    example! {
        id: "async-gen-basic",
        title: "Async generator basics",
        summary: "An async generator that sleeps 0.1 s before each yield, consumed with `async for` through `aiter()`.",
        watch: "`aiter()` on an async generator returns the generator itself, so the first `anext` starts its body. Each `anext` suspends at `await asyncio.sleep(0.1)` (the clock jumps 0.1 s) before the value arrives at `yield`. The fourth `anext` runs off the end of the `for` loop and ends the iteration with `StopAsyncIteration`.",
        expected_error: None,
        from_seed: Some(SEED_AITER_REFERENCE),
    },
    example! {
        id: "async-range",
        title: "aiter() inside async for",
        summary: "`async for num in aiter(async_range(5))`: the explicit `aiter()` call is redundant but harmless.",
        watch: "`async for` calls `__aiter__` on whatever `aiter()` returned, and an async generator's `__aiter__` returns itself, so the timeline shows one iterator, not two. Five values arrive 0.1 s apart (t = 0.1 to 0.5); the sixth `anext` raises `StopAsyncIteration` at once, without another wait.",
        expected_error: None,
        from_seed: Some(SEED_AITER_REFERENCE),
    },
    example! {
        id: "manual-anext",
        title: "Manual iteration with anext()",
        summary: "The `while True: await anext(it)` loop that `async for` stands for, ending in `except StopAsyncIteration`.",
        watch: "Nothing here awaits a timer: every `anext` completes without the task suspending, so the clock stays at 0.0. The fourth `await anext(it)` raises `StopAsyncIteration`, which leaves the `while` loop and lands in the `except` clause that prints `Done`.",
        expected_error: None,
        from_seed: Some(SEED_AITER_REFERENCE),
    },
    example! {
        id: "anext-default",
        title: "anext() with a default",
        summary: "`await anext(ait, default)` returns the default once the iterator is exhausted, while `anext(ait)` without one raises `StopAsyncIteration`.",
        watch: "The generator yields once, so the second `anext` ends it and the `anext_awaitable` turns that `StopAsyncIteration` into `\"default\"`. From then on every `anext` ends immediately. The last one has no default, and its bare `StopAsyncIteration` (an empty message) ends the program with a traceback.",
        expected_error: Some("StopAsyncIteration"),
        from_seed: Some(SEED_LESSON),
    },
    example! {
        id: "aiter-on-list",
        title: "aiter() on a list",
        summary: "The tutorial says `aiter([1, 2, 3])` fails with \"object list can't be used in 'await' expression\"; CPython says something else.",
        watch: "The error comes from the `aiter()` call itself, before anything is awaited: no event loop is involved at all. Read the last traceback line: `TypeError: 'list' object is not an async iterable` names the real problem, a list has no `__aiter__`. The tutorial's message is the one for `await` on something that is not awaitable.",
        expected_error: Some("TypeError: 'list' object is not an async iterable"),
        from_seed: Some(SEED_AITER_REFERENCE),
    },
    example! {
        id: "queue-consumer",
        title: "async for over an asyncio.Queue",
        summary: "The article's consumer loops `async for item in queue` over an `asyncio.Queue`, which is not async-iterable.",
        watch: "The three `put` calls succeed, then `async for` looks for `__aiter__` on the Queue and fails before any `anext`: `TypeError: 'async for' requires an object with __aiter__ method, got Queue`. To fix it, loop with `while True: item = await queue.get()` and stop on a sentinel such as `None`, or wrap the queue in an async generator as the `event-listener` example does.",
        expected_error: Some("TypeError: 'async for' requires an object with __aiter__ method, got Queue"),
        from_seed: Some(SEED_AITER_2026),
    },
    example! {
        id: "async-counter-pitfall",
        title: "async def __aiter__ (the classic pitfall)",
        summary: "The guide's `AsyncCounter` declares `__aiter__` with `async def`, so `async for` receives a coroutine instead of an iterator.",
        watch: "Calling an `async def __aiter__` does not run its body: it returns a coroutine object, and `async for` rejects it because a coroutine has no `__anext__`. That coroutine is dropped without ever being awaited, so `RuntimeWarning: coroutine 'AsyncCounter.__aiter__' was never awaited` appears on stderr just before the traceback. Compare `async-counter`, where a plain `def` fixes it.",
        expected_error: Some("TypeError: 'async for' received an object from __aiter__ that does not implement __anext__: coroutine"),
        from_seed: Some(SEED_AITER_GUIDE),
    },
    example! {
        id: "async-counter",
        title: "AsyncCounter, fixed",
        summary: "The same counter with `__aiter__` as a plain method returning `self`: it prints 0, 1, 2.",
        watch: "`__aiter__` runs once and returns the counter itself; then each `anext` calls `__anext__`, a coroutine that finishes without suspending, so the clock never moves. The fourth call raises `StopAsyncIteration` inside `__anext__`, which ends the loop quietly.",
        expected_error: None,
        from_seed: Some(SEED_AITER_GUIDE),
    },
    example! {
        id: "async-fetcher",
        title: "AsyncDataFetcher over simulated HTTP",
        summary: "The guide's fetcher class (with `__aiter__` fixed to a plain `def`) downloading three canned pages through the simulated `aiohttp`.",
        watch: "The guide says this downloads the pages concurrently; the clock disagrees. Each `anext` awaits one `session.get` (0.3 s, 0.2 s and 0.25 s of simulated latency) and the next request starts only after it, so the pages arrive at t = 0.3, 0.5 and 0.75. The fourth `anext` closes the session and raises `StopAsyncIteration`.",
        expected_error: None,
        from_seed: Some(SEED_AITER_GUIDE),
    },
    example! {
        id: "file-reader",
        title: "AsyncFileReader with aiofiles",
        summary: "The lesson's line reader over the simulated `aiofiles`, reading 16 characters at a time from a file the program first writes with plain `open()`.",
        watch: "Watch the buffer: one `anext` may need several `await self.file.read(16)` calls before a newline shows up, and one chunk can hold the end of a line and the start of the next. Each awaited file operation is a round trip through the event loop at the same virtual time. The last line has no newline, so it leaves through the `if self.buffer:` branch; the next `anext` closes the file and raises `StopAsyncIteration`.",
        expected_error: None,
        from_seed: Some(SEED_LESSON),
    },
    example! {
        id: "file-chunks",
        title: "Chunked reads with asyncio.to_thread",
        summary: "The guide's chunk reader (with `__aiter__` fixed) reading the pre-loaded `large_file.dat` 1024 bytes at a time through `asyncio.to_thread`.",
        watch: "`__aiter__` opens the file synchronously; each `anext` hands `file.read` to `asyncio.to_thread`, whose result comes back two loop iterations later at the same virtual time. The 2,500-byte file gives chunks of 1024, 1024 and 452 bytes; the fourth read returns `b''`, so `__anext__` closes the file and raises `StopAsyncIteration`.",
        expected_error: None,
        from_seed: Some(SEED_AITER_GUIDE),
    },
    example! {
        id: "rate-limited",
        title: "RateLimitedProducer",
        summary: "The guide's producer (with `__aiter__` fixed) sleeping 0.5 s before each of ten items, stamped with `time.time()` on the virtual clock.",
        watch: "`time.time()` in the playground reads the event loop's virtual clock, so the stamps are exactly 0.5, 1.0 ... 5.0 instead of wall-clock noise. The sleep sits inside `__anext__`, so every `anext` bar on the timeline is 0.5 s long while the consumer waits.",
        expected_error: None,
        from_seed: Some(SEED_AITER_GUIDE),
    },
    example! {
        id: "countdown",
        title: "Countdown",
        summary: "The core-concepts `Countdown` class: `__anext__` sleeps one second per number and the loop prints 5, 4, 3, 2, 1.",
        watch: "Each `anext` decrements first, then awaits `asyncio.sleep(1)`, then returns `self.current + 1`: step through one call to see why the first value is 5 and not 4. Values arrive at t = 1.0 to 5.0; the sixth `anext` raises `StopAsyncIteration` at once, without sleeping.",
        expected_error: None,
        from_seed: Some(SEED_CORE_CONCEPTS),
    },
    example! {
        id: "fetch-pages",
        title: "fetch_pages async generator",
        summary: "The core-concepts `fetch_pages` async generator, yielding each page's text from inside `async with` blocks, over the simulated `aiohttp`.",
        watch: "While `process()` runs, the generator is suspended at `yield` inside two `async with` blocks, so the session and the response stay open between pages. Each `anext` awaits one request: example.com (0.1 s), python.org (0.3 s), docs.python.org (0.2 s), arriving at t = 0.1, 0.4 and 0.6. The last `anext` leaves the session's `async with`, which closes it, and only then raises `StopAsyncIteration`.",
        expected_error: None,
        from_seed: Some(SEED_CORE_CONCEPTS),
    },
    example! {
        id: "event-listener",
        title: "Queue-fed event listener",
        summary: "The core-concepts `event_listener` async generator fed by a producer task that puts three events 0.5 s apart, then `None`.",
        watch: "Two tasks take turns: while the listener's `anext` is suspended on `Queue.get()`, the producer task runs and sleeps. Each `put` wakes the listener, which yields the event at t = 0.5, 1.0 and 1.5. The `None` sentinel makes the generator `break` out of `while True`, which ends the iteration with `StopAsyncIteration`.",
        expected_error: None,
        from_seed: Some(SEED_CORE_CONCEPTS),
    },
    example! {
        id: "db-cursor",
        title: "AsyncCursor",
        summary: "The lesson's database cursor, with a stand-in `execute_query` that sleeps 0.5 s and returns three canned rows.",
        watch: "Only the first `anext` waits: it awaits `execute_query` (0.5 s); every later `anext` returns the next row from `self.results` without suspending. All three rows print at t = 0.5, and the fourth `anext` raises `StopAsyncIteration` once `index` reaches the end.",
        expected_error: None,
        from_seed: Some(SEED_LESSON),
    },
    example! {
        id: "merge-streams",
        title: "merge_streams as the lesson wrote it",
        summary: "The lesson's `merge_streams` over two tickers of three items each: it yields only the first item of each stream.",
        watch: "`merge_streams` creates one `anext()` task per stream at the start and never schedules another, so after A0 (t = 0.3) and B0 (t = 0.5) `pending` is empty and the merged stream ends. Four of the six items are never asked for; both tickers stay suspended at `yield` until the event loop closes them. `merge-streams-fixed` shows the repair.",
        expected_error: None,
        from_seed: Some(SEED_LESSON),
    },
    example! {
        id: "merge-streams-fixed",
        title: "merge_streams, fixed",
        summary: "A correct merge that schedules a new `anext()` for the stream that just delivered, so all six items come out in time order.",
        watch: "`pending` maps each `anext()` task to its iterator; when a task completes with a value, a new `anext()` task for the same iterator takes its place. Each ticker always has exactly one `anext` in flight, and the items interleave by time: A0 0.3, B0 0.5, A1 0.6, A2 0.9, B1 1.0, B2 1.5. A task that returns the `StopAsyncIteration` sentinel is simply not replaced.",
        expected_error: None,
        from_seed: Some(SEED_LESSON),
    },
    example! {
        id: "not-parallel",
        title: "Async iterators are not parallel",
        summary: "The \"async iterators process items in parallel\" misconception: one consumer waits for each item in turn, and only separate tasks overlap their waits.",
        watch: "Within one `async for`, the next `anext` starts only after the loop body finishes, so consumer A takes 3 x (1 s wait + 0.5 s work) = 4.5 s for three items. Under `gather`, B and C are two tasks: while B's `anext` is suspended in `sleep(1)`, C's runs, so six items also take 4.5 s. In each task's lane the awaits never overlap; across the two lanes they do.",
        expected_error: None,
        from_seed: Some(SEED_CORE_CONCEPTS),
    },
    example! {
        id: "cleanup-after-break",
        title: "Cleanup after break",
        summary: "When the `finally` of an async generator runs after `break` leaves `async for`: not at the `break`, but when the event loop gets round to `aclose()`.",
        watch: "After `break` the generator is suspended at `yield 1` and nothing refers to it any more; CPython's event loop then schedules `aclose()` as a new task instead of closing it on the spot. That task runs two loop iterations later, so the `finally` prints after the first `sleep(0)` returns and before the second one does. `await gen.aclose()` runs the `finally` right there instead.",
        expected_error: None,
        from_seed: None,
    },
    example! {
        id: "timeout",
        title: "Timeouts around async iteration",
        summary: "`asyncio.timeout()` around a whole `async for` loop, and `asyncio.wait_for()` around each `anext()`.",
        watch: "Both deadlines expire while the generator is suspended in its 1.5 s sleep: the loop cancels that await, the `CancelledError` travels out through the generator's frame, and the timeout turns it into a `TimeoutError` in the consumer. A generator interrupted this way is finished, so the last `anext(it, \"nothing left\")` returns its default.",
        expected_error: None,
        from_seed: None,
    },
    example! {
        id: "gather-ties",
        title: "Timer ties",
        summary: "Twelve tasks sleep exactly one second under `gather`: all wake at t = 1.0, but not in the order they went to sleep.",
        watch: "asyncio keeps its timers in a binary heap and pops equal deadlines in heap order, not first-in first-out, so the wake-up order is [0, 2, 6, 11, 10, 9, 8, 5, 7, 4, 1, 3]. Watch the pending timers in the event-loop panel at t = 0 and the order of the task switches at t = 1.0.",
        expected_error: None,
        from_seed: None,
    },
    example! {
        id: "athrow-aclose",
        title: "asend, athrow and aclose",
        summary: "Driving an async generator by hand with `asend()`, `athrow()`, `anext()` and `aclose()`.",
        watch: "The first `asend(None)` starts the body and runs it to the first `yield`; each later call resumes that `yield` with a value (`asend`), with an exception raised at the `yield` (`athrow`) or with `GeneratorExit` (`aclose`), which runs the `finally`. A closed generator answers `anext` with the default and `asend` with `StopAsyncIteration`, which ends the program.",
        expected_error: Some("StopAsyncIteration"),
        from_seed: None,
    },
    example! {
        id: "paginated-api",
        title: "Paginated API",
        summary: "An async generator that walks a paginated JSON API until an empty page, then meets a 404 that `raise_for_status()` turns into an exception.",
        watch: "Each page costs one `session.get` (0.1 s), then its items come out of the generator without further waits. The empty fourth page makes the generator `return`, which the consumer sees as `StopAsyncIteration`. The second endpoint is not in the simulated server's table, so it answers 404 and `aiohttp.ClientResponseError` travels from `raise_for_status()` through the generator into `main`.",
        expected_error: Some("aiohttp.ClientResponseError: 404, message='Not Found', url='https://api.example.com/users?page=1'"),
        from_seed: Some(SEED_CORE_CONCEPTS),
    },
];
