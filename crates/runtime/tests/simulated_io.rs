//! Simulated I/O (docs/simulated-io.md): every item of the contract, with expectations written
//! by hand from the contract (page table, latencies, round trips), not produced by the runtime.
//!
//! Loop-iteration counts are observed with a chain of `call_soon` callbacks started just
//! before an `await`: a bare yield resumes the task between the chain's first and second
//! link, a round trip (two iterations) after the second.

use aiterscope_runtime::{run_program, RunConfig, RunResult};

fn run(source: &str) -> RunResult {
    run_program(
        source,
        "simulated_io.py",
        &RunConfig {
            max_steps: Some(20_000_000),
            ..RunConfig::default()
        },
    )
}

/// Runs `source` and checks stdout exactly and that it ends without an error.
fn check_ok(source: &str, stdout: &str) {
    let r = run(source);
    assert_eq!(r.stdout, stdout, "stderr:\n{}", r.stderr);
    assert_eq!(r.exit_code, 0, "stderr:\n{}", r.stderr);
}

/// Runs `source` and checks stdout and the last line of the traceback.
fn check_error(source: &str, stdout: &str, last_line: &str) {
    let r = run(source);
    assert_eq!(r.stdout, stdout, "stderr:\n{}", r.stderr);
    assert_eq!(
        r.stderr.trim_end().lines().last(),
        Some(last_line),
        "stderr:\n{}",
        r.stderr
    );
    assert_eq!(r.exit_code, 1);
}

/// Prints what a list of statements prints or raises, one line each (`Type: message`).
const ATTEMPT: &str = r#"
def attempt(f):
    try:
        print("ok", repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
"#;

// ----- section 1: open() and the virtual file system -----

#[test]
fn write_then_read_text_with_universal_newlines() {
    check_ok(
        r#"
with open("notes.txt", "w") as f:
    print(f, f.name, f.mode, f.closed, f.readable(), f.writable())
    print(f.write("one\ntwo\r\nthree\rfour"), f.write("é"))
print(f.closed)
f = open("notes.txt")
print(repr(f.read(2)), repr(f.readline()), repr(f.readline(3)), f.readlines())
print(repr(f.read()), repr(f.readline()), f.readlines())
f.close()
f.close()
print([line for line in open("./notes.txt")])
"#,
        "<_io.TextIOWrapper name='notes.txt' mode='w' encoding='UTF-8'> notes.txt w False False True\n\
         19 1\n\
         True\n\
         'on' 'e\\n' 'two' ['\\n', 'three\\n', 'fouré']\n\
         '' '' []\n\
         ['one\\n', 'two\\n', 'three\\n', 'fouré']\n",
    );
}

#[test]
fn binary_files_and_reprs() {
    check_ok(
        r#"
with open("out.bin", "wb") as o:
    print(o, o.write(b"\x00\x01"), o.write(b"a\r\nb"))
with open("out.bin", "ab") as o:
    print(o, o.write(b"Z"))
with open("out.bin", "rb") as b:
    print(b, b.mode, b.read(3), b.readline(), b.readlines(), b.read())
print(type(open("out.bin", "rb")), type(open("out.bin", "r")))
"#,
        "<_io.BufferedWriter name='out.bin'> 2 4\n\
         <_io.BufferedWriter name='out.bin'> 1\n\
         <_io.BufferedReader name='out.bin'> rb b'\\x00\\x01a' b'\\r\\n' [b'bZ'] b''\n\
         <class '_io.BufferedReader'> <class '_io.TextIOWrapper'>\n",
    );
}

#[test]
fn large_file_dat_is_preloaded() {
    check_ok(
        r#"
with open("large_file.dat", "rb") as f:
    sizes = []
    while chunk := f.read(1024):
        sizes.append(len(chunk))
    print(sizes, repr(f.read(1024)))
lines = open("large_file.dat").readlines()
print(len(lines), set(len(l) for l in lines))
print("".join([lines[0], lines[1], lines[-1]]), end="")
with open("large_file.dat", "w") as f:
    f.write("replaced")
print(open("large_file.dat").read())
"#,
        "[1024, 1024, 452] b''\n\
         100 {25}\n\
         record 001 of 100: data.\n\
         record 002 of 100: data.\n\
         record 100 of 100: data.\n\
         replaced\n",
    );
}

#[test]
fn each_run_has_its_own_file_system() {
    check_ok(
        "open('scratch.txt', 'w').close()\nopen('large_file.dat', 'w').close()\nprint('ok')\n",
        "ok\n",
    );
    check_ok(
        r#"
try:
    open("scratch.txt")
except FileNotFoundError as e:
    print(e)
print(len(open("large_file.dat").read()))
"#,
        "[Errno 2] No such file or directory: 'scratch.txt'\n2500\n",
    );
}

#[test]
fn writes_are_committed_on_flush_close_and_with_exit() {
    check_ok(
        r#"
w = open("buf.txt", "w")
w.write("pending")
print(repr(open("buf.txt").read()))
w.flush()
print(repr(open("buf.txt").read()))
r = open("buf.txt")
w.write("-more")
w.close()
print(repr(r.read()), repr(open("buf.txt").read()))
open("buf.txt", "w")
print(repr(open("buf.txt").read()))
a = open("buf.txt", "a")
a.writelines(["x", "y"])
with open("buf.txt", "at") as b:
    b.write("1")
a.close()
print(repr(open("buf.txt").read()))
"#,
        // The reading handle `r` sees the content as it was when it was opened (section 1).
        "''\n'pending'\n'pending' 'pending-more'\n''\n'1xy'\n",
    );
}

#[test]
fn open_errors_are_worded_as_cpython() {
    let program = format!(
        "{ATTEMPT}{}",
        r#"
import io
attempt(lambda: open("missing.txt"))
attempt(lambda: open("data/x.txt", "w"))
attempt(lambda: open("/abs.txt"))
attempt(lambda: open("x.txt", "q"))
attempt(lambda: open("x.txt", "rr"))
attempt(lambda: open("x.txt", "rw"))
attempt(lambda: open("x.txt", "rbt"))
attempt(lambda: open("x.txt", "b"))
attempt(lambda: open("x.txt", 1))
attempt(lambda: open([]))
attempt(lambda: open("large_file.dat", "rb", encoding="utf-8"))
attempt(lambda: open("large_file.dat", bogus=1))
try:
    open("missing.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
"#
    );
    check_ok(
        &program,
        "FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'\n\
         FileNotFoundError: [Errno 2] No such file or directory: 'data/x.txt'\n\
         FileNotFoundError: [Errno 2] No such file or directory: '/abs.txt'\n\
         ValueError: invalid mode: 'q'\n\
         ValueError: invalid mode: 'rr'\n\
         ValueError: must have exactly one of create/read/write/append mode\n\
         ValueError: can't have text and binary mode at once\n\
         ValueError: Must have exactly one of create/read/write/append mode and at most one plus\n\
         TypeError: open() argument 'mode' must be str, not int\n\
         TypeError: expected str, bytes or os.PathLike object, not list\n\
         ValueError: binary mode doesn't take an encoding argument\n\
         TypeError: 'bogus' is an invalid keyword argument for open()\n\
         FileNotFoundError 2 No such file or directory missing.txt\n\
         True True\n",
    );
}

#[test]
fn unsupported_open_features_name_themselves() {
    let program = format!(
        "{ATTEMPT}{}",
        r#"
for mode in ["r+", "w+", "x", "xb", "rb+", "a+"]:
    attempt(lambda: open("large_file.dat", mode))
attempt(lambda: open(3))
attempt(lambda: open(b"large_file.dat"))
attempt(lambda: open("large_file.dat", buffering=1))
attempt(lambda: open("large_file.dat", "r", -1))
attempt(lambda: open("large_file.dat", errors="strict"))
attempt(lambda: open("large_file.dat", newline=""))
attempt(lambda: open("large_file.dat", closefd=True))
attempt(lambda: open("large_file.dat", opener=None))
attempt(lambda: open("large_file.dat", newline=None, encoding="utf-8").read(6))
"#
    );
    check_ok(
        &program,
        "NotImplementedError: open() mode 'r+' is not supported in the playground\n\
         NotImplementedError: open() mode 'w+' is not supported in the playground\n\
         NotImplementedError: open() mode 'x' is not supported in the playground\n\
         NotImplementedError: open() mode 'xb' is not supported in the playground\n\
         NotImplementedError: open() mode 'rb+' is not supported in the playground\n\
         NotImplementedError: open() mode 'a+' is not supported in the playground\n\
         NotImplementedError: open() of a file descriptor is not supported in the playground\n\
         NotImplementedError: open() of a bytes path is not supported in the playground\n\
         NotImplementedError: open() argument 'buffering' is not supported in the playground\n\
         NotImplementedError: open() argument 'buffering' is not supported in the playground\n\
         NotImplementedError: open() argument 'errors' is not supported in the playground\n\
         NotImplementedError: open() argument 'newline' is not supported in the playground\n\
         NotImplementedError: open() argument 'closefd' is not supported in the playground\n\
         NotImplementedError: open() argument 'opener' is not supported in the playground\n\
         ok 'record'\n",
    );
}

#[test]
fn file_object_errors() {
    let program = format!(
        "{ATTEMPT}{}",
        r#"
open("w.txt", "w").close()
open("w.bin", "wb").close()
attempt(lambda: open("w.txt", "w").read())
attempt(lambda: open("w.txt", "a").readline())
attempt(lambda: open("w.txt").write("x"))
attempt(lambda: open("w.txt").writelines(["x"]))
attempt(lambda: open("w.bin", "wb").read())
attempt(lambda: open("w.bin", "rb").write(b"x"))
attempt(lambda: open("w.txt", "w").write(b"x"))
attempt(lambda: open("w.bin", "wb").write("x"))
attempt(lambda: open("w.txt").read("x"))
f = open("w.txt")
f.close()
attempt(lambda: f.read())
attempt(lambda: f.write("x"))
attempt(lambda: next(f))
attempt(lambda: f.readable())
attempt(lambda: f.closed)
attempt(lambda: f.foo)
attempt(lambda: open("w.bin", "rb").foo)
for name in ["seek", "tell", "truncate", "fileno", "readinto", "buffer", "detach"]:
    attempt(lambda: getattr(open("w.txt"), name))
g = open("large_file.dat")
print(next(g), end="")
g.readlines()
attempt(lambda: next(g))
"#
    );
    check_ok(
        &program,
        "UnsupportedOperation: not readable\n\
         UnsupportedOperation: not readable\n\
         UnsupportedOperation: not writable\n\
         UnsupportedOperation: not writable\n\
         UnsupportedOperation: read\n\
         UnsupportedOperation: write\n\
         TypeError: write() argument must be str, not bytes\n\
         TypeError: a bytes-like object is required, not 'str'\n\
         TypeError: argument should be integer or None, not 'str'\n\
         ValueError: I/O operation on closed file.\n\
         ValueError: I/O operation on closed file.\n\
         ValueError: I/O operation on closed file.\n\
         ValueError: I/O operation on closed file\n\
         ok True\n\
         AttributeError: '_io.TextIOWrapper' object has no attribute 'foo'\n\
         AttributeError: '_io.BufferedReader' object has no attribute 'foo'\n\
         NotImplementedError: file.seek() is not supported in the playground\n\
         NotImplementedError: file.tell() is not supported in the playground\n\
         NotImplementedError: file.truncate() is not supported in the playground\n\
         NotImplementedError: file.fileno() is not supported in the playground\n\
         NotImplementedError: file.readinto() is not supported in the playground\n\
         NotImplementedError: file.buffer() is not supported in the playground\n\
         NotImplementedError: file.detach() is not supported in the playground\n\
         record 001 of 100: data.\n\
         StopIteration: \n",
    );
}

#[test]
fn uncaught_io_errors_end_the_traceback_as_cpython() {
    check_error(
        "print(open('notes.txt', 'w').write('x'))\nopen('notes.txt').write('y')\n",
        "1\n",
        "io.UnsupportedOperation: not writable",
    );
    check_error(
        "open('nowhere.txt')\n",
        "",
        "FileNotFoundError: [Errno 2] No such file or directory: 'nowhere.txt'",
    );
    check_error(
        "with open('large_file.dat') as f:\n    raise KeyError('inside with')\n",
        "",
        "KeyError: 'inside with'",
    );
    check_error(
        "open('bad.bin', 'wb').write(b'ok\\xffno')\nopen('bad.bin', 'wb').close()\nf = open('b.bin', 'wb')\nf.write(b'ok\\xff')\nf.close()\nprint(open('b.bin').read())\n",
        "",
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte",
    );
}

#[test]
fn the_file_system_holds_at_most_16_mib() {
    check_ok(
        r#"
block = "x" * (1024 * 1024)
f = open("big.txt", "w")
written = 0
try:
    while True:
        f.write(block)
        written += 1
except OSError as e:
    print(type(e).__name__, e, written)
f.close()
print(len(open("big.txt").read()) == 15 * 1024 * 1024)
with open("large_file.dat", "w"):
    pass
with open("more.txt", "w") as g:
    print(g.write("y" * (1024 * 1024 - 2500)), g.write("z" * 2500))
    try:
        g.write("!")
    except OSError as e:
        print(e)
"#,
        // 2500 bytes of large_file.dat + 15 MiB fit; the 16th MiB does not. Emptying
        // large_file.dat frees exactly the room for one more MiB, and not one byte more.
        "OSError [Errno 28] No space left on device 15\n\
         True\n\
         1046076 2500\n\
         [Errno 28] No space left on device\n",
    );
}

// ----- section 4: asyncio.to_thread -----

#[test]
fn to_thread_runs_at_once_and_resumes_two_iterations_later() {
    check_ok(
        r#"
import asyncio

def work(x, *, y):
    print("work runs", x, y)
    return x + y

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1.5)
    def second():
        print("iteration n+2")
    def first():
        print("iteration n+1")
        loop.call_soon(second)
    loop.call_soon(first)
    coro = asyncio.to_thread(work, 1, y=2)
    print("created")
    result = await coro
    print("resumed with", result, "at", loop.time())

asyncio.run(main())
"#,
        "created\nwork runs 1 2\niteration n+1\niteration n+2\nresumed with 3 at 1.5\n",
    );
}

#[test]
fn to_thread_exceptions_and_cancellation() {
    check_ok(
        r#"
import asyncio

def fail():
    raise ValueError("from the worker")

def side_effect():
    print("ran anyway")
    return 1

async def main():
    try:
        await asyncio.to_thread(fail)
    except ValueError as e:
        print("caught", e)
    task = asyncio.create_task(asyncio.to_thread(side_effect))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, side_effect)
    print(type(fut).__name__, fut.done())
    print(await fut, fut.done())
    try:
        loop.run_in_executor(object(), side_effect)
    except NotImplementedError as e:
        print(e)

asyncio.run(main())
"#,
        "caught from the worker\nran anyway\ncancelled True\nran anyway\nFuture False\n1 True\n\
         run_in_executor() with an executor is not supported in the playground\n",
    );
}

// ----- section 5: aiofiles -----

#[test]
fn aiofiles_read_readline_write_and_async_for() {
    check_ok(
        r#"
import asyncio
import aiofiles

async def main():
    loop = asyncio.get_running_loop()
    async with aiofiles.open("poem.txt", "w") as f:
        print(type(f).__name__, f.name, f.mode, f.closed)
        print(await f.write("roses\nviolets\n"), await f.write("end"))
    print(f.closed)
    f = await aiofiles.open("poem.txt")
    print(repr(await f.readline()), repr(await f.read(3)), await f.readlines())
    await f.close()
    async with aiofiles.open("poem.txt") as f:
        async for line in f:
            print(repr(line))
    async with aiofiles.open("large_file.dat", "rb") as f:
        print(type(f).__name__, len(await f.read(1024)), len(await f.read()))
    async with aiofiles.open("out.bin", "wb") as f:
        print(type(f).__name__, await f.write(b"abc"))
    print(open("out.bin", "rb").read(), loop.time())

asyncio.run(main())
"#,
        "AsyncTextIOWrapper poem.txt w False\n\
         14 3\n\
         True\n\
         'roses\\n' 'vio' ['lets\\n', 'end']\n\
         'roses\\n'\n\
         'violets\\n'\n\
         'end'\n\
         AsyncBufferedReader 1024 1476\n\
         AsyncBufferedIOBase 3\n\
         b'abc' 0.0\n",
    );
}

#[test]
fn aiofiles_operations_are_round_trips() {
    // open (1 round trip), then readline: each is two loop iterations at the same time.
    check_ok(
        r#"
import asyncio
import aiofiles

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.25)
    def chain(n):
        print("iteration", n)
        if n < 4:
            loop.call_soon(chain, n + 1)
    loop.call_soon(chain, 1)
    f = await aiofiles.open("large_file.dat")
    print("opened")
    line = await f.readline()
    print("read", repr(line), "at", loop.time())

asyncio.run(main())
"#,
        "iteration 1\niteration 2\nopened\niteration 3\niteration 4\n\
         read 'record 001 of 100: data.\\n' at 0.25\n",
    );
}

#[test]
fn aiofiles_async_for_ends_with_one_more_round_trip() {
    check_ok(
        r#"
import asyncio
import aiofiles

async def ticker():
    for i in range(12):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    with open("two.txt", "w") as f:
        f.write("a\nb\n")
    t = asyncio.create_task(ticker())
    async with aiofiles.open("two.txt") as f:
        async for line in f:
            print("line", repr(line))
    print("closed", f.closed)
    await t

asyncio.run(main())
"#,
        // Each round trip takes two loop iterations, during which the ticker (one step per
        // iteration, scheduled before the hand-back) advances twice: open, readline 'a',
        // readline 'b', the final empty readline, close.
        "tick 0\ntick 1\n\
         tick 2\ntick 3\nline 'a\\n'\n\
         tick 4\ntick 5\nline 'b\\n'\n\
         tick 6\ntick 7\n\
         tick 8\ntick 9\nclosed True\n\
         tick 10\ntick 11\n",
    );
}

#[test]
fn aiofiles_errors() {
    let program = format!(
        "{ATTEMPT}{}",
        r#"
import asyncio
import aiofiles

async def main():
    try:
        await aiofiles.open("missing.txt")
    except FileNotFoundError as e:
        print("at await:", e)
    opener = aiofiles.open("missing.txt")
    print("no I/O yet:", type(opener).__name__ != "AsyncTextIOWrapper")
    f = await aiofiles.open("large_file.dat")
    attempt(lambda: [line for line in f])
    attempt(lambda: f.seek)
    attempt(lambda: f.nothing)
    try:
        await f.write("x")
    except Exception as e:
        print(type(e).__name__, e)
    attempt(lambda: aiofiles.tempfile)

asyncio.run(main())
try:
    import aiofiles.os
except NotImplementedError as e:
    print(e)
try:
    from aiohttp import web
except NotImplementedError as e:
    print(e)
"#
    );
    check_ok(
        &program,
        "at await: [Errno 2] No such file or directory: 'missing.txt'\n\
         no I/O yet: True\n\
         TypeError: 'AsyncTextIOWrapper' object is not iterable\n\
         NotImplementedError: file.seek() is not supported in the playground\n\
         AttributeError: 'AsyncTextIOWrapper' object has no attribute 'nothing'\n\
         UnsupportedOperation not writable\n\
         NotImplementedError: aiofiles.tempfile is not supported in the playground\n\
         aiofiles.os is not supported in the playground\n\
         aiohttp.web is not supported in the playground\n",
    );
}

// ----- section 6: aiohttp -----

/// (url, status, content type, latency, body length) from the contract's page table.
const PAGES: [(&str, u16, &str, &str, usize); 10] = [
    ("https://python.org", 200, "text/html", "0.3", 302),
    ("https://docs.python.org", 200, "text/html", "0.2", 287),
    ("https://pypi.org", 200, "text/html", "0.25", 258),
    ("https://example.com", 200, "text/html", "0.1", 179),
    (
        "https://httpbin.org/json",
        200,
        "application/json",
        "0.15",
        176,
    ),
    (
        "https://api.example.com/items?page=1",
        200,
        "application/json",
        "0.1",
        63,
    ),
    (
        "https://api.example.com/items?page=2",
        200,
        "application/json",
        "0.1",
        63,
    ),
    (
        "https://api.example.com/items?page=3",
        200,
        "application/json",
        "0.1",
        55,
    ),
    (
        "https://api.example.com/items?page=4",
        200,
        "application/json",
        "0.1",
        39,
    ),
    ("https://example.com/missing", 404, "text/plain", "0.05", 14),
];

#[test]
fn every_page_has_its_status_type_latency_and_length() {
    let mut expected = String::new();
    for (url, status, ctype, latency, len) in PAGES {
        let reason = if status == 200 { "OK" } else { "Not Found" };
        expected += &format!("{url} {status} {reason} {ctype} {latency} {len} {len}\n");
    }
    // Each page is fetched in a fresh loop, so its response arrives at exactly its latency.
    check_ok(
        r#"
import asyncio
import aiohttp

URLS = [
    "https://python.org", "https://docs.python.org", "https://pypi.org",
    "https://example.com", "https://httpbin.org/json",
    "https://api.example.com/items?page=1", "https://api.example.com/items?page=2",
    "https://api.example.com/items?page=3", "https://api.example.com/items?page=4",
    "https://example.com/missing",
]

async def fetch(url):
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as r:
            arrived = loop.time()
            text = await r.text()
            body = await r.read()
            assert loop.time() == arrived
            print(r.url, r.status, r.reason, r.content_type, arrived, len(text), len(body))

for url in URLS:
    asyncio.run(fetch(url))
"#,
        &expected,
    );
}

#[test]
fn page_bodies_are_exact() {
    check_ok(
        r#"
import asyncio
import aiohttp

async def main():
    async with aiohttp.ClientSession() as s:
        for url in ["https://example.com", "https://nowhere.example/"]:
            r = await s.get(url)
            print(repr(await r.text()))
        r = await s.get("https://python.org")
        print((await r.text()).splitlines()[1])
        r = await s.get("https://docs.python.org")
        print((await r.text()).splitlines()[4])
        r = await s.get("https://pypi.org")
        print((await r.text()).splitlines()[3])
        r = await s.get("https://httpbin.org/json")
        print(await r.read())

asyncio.run(main())
"#,
        "'<!doctype html>\\n<html><head><title>Example Domain</title></head>\\n<body><h1>Example Domain</h1>\\n<p>This domain is for use in illustrative examples in documents.</p>\\n</body></html>\\n'\n\
         '404: Not Found'\n\
         <html><head><title>Welcome to Python.org</title></head>\n\
         <ul><li>What's new in Python 3.12?</li><li>Tutorial</li><li>Library Reference</li></ul>\n\
         <p>The Python Package Index (PyPI) is a repository of software for the Python programming language.</p>\n\
         b'{\"slideshow\": {\"author\": \"Yours Truly\", \"title\": \"Sample Slide Show\", \"slides\": [{\"title\": \"Wake up to WonderWidgets!\", \"type\": \"all\"}, {\"title\": \"Overview\", \"type\": \"all\"}]}}\\n'\n",
    );
}

#[test]
fn sequential_requests_add_latencies_and_concurrent_ones_overlap() {
    check_ok(
        r#"
import asyncio
import aiohttp

async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as s:
        for url in ["https://python.org", "https://docs.python.org", "https://pypi.org"]:
            async with s.get(url) as r:
                await r.text()
            print(loop.time())
        start = loop.time()
        rs = await asyncio.gather(s.get("https://python.org"), s.get("https://example.com/"))
        print([r.status for r in rs], [str(r.url) for r in rs], round(loop.time() - start, 9))
        r = await s.get("https://example.com")
        print(loop.time())

asyncio.run(main())
"#,
        // 0.3, 0.3 + 0.2, 0.5 + 0.25; then the concurrent pair takes the longest (0.3); then
        // 1.05 + 0.1 as a float sum.
        "0.3\n0.5\n0.75\n[200, 200] ['https://python.org', 'https://example.com/'] 0.3\n1.1500000000000001\n",
    );
}

#[test]
fn text_and_json_cost_one_bare_yield() {
    check_ok(
        r#"
import asyncio
import aiohttp

async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as s:
        r = await s.get("https://api.example.com/items?page=1")
        def second():
            print("iteration n+2")
        def first():
            print("iteration n+1")
            loop.call_soon(second)
        loop.call_soon(first)
        data = await r.json()
        print("json", data, loop.time())
        await asyncio.sleep(0)
        await asyncio.sleep(0)

asyncio.run(main())
"#,
        "iteration n+1\njson {'page': 1, 'items': ['apple', 'banana', 'cherry'], 'next': 2} 0.1\niteration n+2\n",
    );
}

#[test]
fn params_json_values_and_the_trailing_slash() {
    check_ok(
        r#"
import asyncio
import aiohttp

async def main():
    async with aiohttp.ClientSession() as s:
        for page in range(1, 6):
            async with s.get("https://api.example.com/items", params={"page": page}) as r:
                print(r.url, r.status, await r.json() if r.ok else None)
        r = await s.get("https://api.example.com/items?page=1", params={"page": 2})
        print(r.url, r.status)
        r = await s.get("https://httpbin.org/json/")
        data = await r.json()
        print(r.url, data["slideshow"]["slides"][1], type(data["slideshow"]).__name__)

asyncio.run(main())
"#,
        "https://api.example.com/items?page=1 200 {'page': 1, 'items': ['apple', 'banana', 'cherry'], 'next': 2}\n\
         https://api.example.com/items?page=2 200 {'page': 2, 'items': ['date', 'elderberry', 'fig'], 'next': 3}\n\
         https://api.example.com/items?page=3 200 {'page': 3, 'items': ['grape', 'honeydew'], 'next': 4}\n\
         https://api.example.com/items?page=4 200 {'page': 4, 'items': [], 'next': None}\n\
         https://api.example.com/items?page=5 404 None\n\
         https://api.example.com/items?page=1&page=2 404\n\
         https://httpbin.org/json/ {'title': 'Overview', 'type': 'all'} dict\n",
    );
}

#[test]
fn status_errors_and_content_type_errors() {
    check_ok(
        r#"
import asyncio
import aiohttp

async def main():
    async with aiohttp.ClientSession() as s:
        r = await s.get("https://example.com/missing")
        print(r, r.ok, r.reason)
        try:
            r.raise_for_status()
        except aiohttp.ClientError as e:
            print(type(e).__name__, e.status, repr(e.message), e)
        r = await s.get("https://python.org")
        print(r.raise_for_status())
        try:
            await r.json()
        except aiohttp.ClientResponseError as e:
            print(type(e).__name__, e.status, e)
        print(issubclass(aiohttp.ContentTypeError, aiohttp.ClientResponseError),
              issubclass(aiohttp.ClientResponseError, aiohttp.ClientError),
              issubclass(aiohttp.ClientError, Exception))

asyncio.run(main())
"#,
        "<ClientResponse(https://example.com/missing) [404 Not Found]> False Not Found\n\
         ClientResponseError 404 'Not Found' 404, message='Not Found', url='https://example.com/missing'\n\
         None\n\
         ContentTypeError 200 200, message='Attempt to decode JSON with unexpected mimetype: text/html', url='https://python.org'\n\
         True True True\n",
    );
    check_error(
        r#"
import asyncio
import aiohttp

async def main():
    async with aiohttp.ClientSession() as s:
        async with s.get("https://example.com/missing") as r:
            r.raise_for_status()

asyncio.run(main())
"#,
        "",
        "aiohttp.ClientResponseError: 404, message='Not Found', url='https://example.com/missing'",
    );
}

#[test]
fn sessions_and_what_is_not_provided() {
    let program = format!(
        "{ATTEMPT}{}",
        r#"
import asyncio
import aiohttp

async def main():
    s = aiohttp.ClientSession()
    print(s.closed, await s.close(), s.closed)
    try:
        await s.get("https://python.org")
    except RuntimeError as e:
        print("RuntimeError:", e)
    s = aiohttp.ClientSession()
    for method in ["post", "put", "patch", "delete", "head", "options", "request", "ws_connect"]:
        attempt(lambda: getattr(s, method)("https://python.org"))
    r = await s.get("https://python.org")
    for name in ["headers", "cookies", "content", "history", "charset", "request_info"]:
        attempt(lambda: getattr(r, name))
    attempt(lambda: r.nothing)
    print(r.release(), r.close())
    attempt(lambda: aiohttp.ClientSession(timeout=5))
    for name in ["ClientTimeout", "TCPConnector", "web"]:
        attempt(lambda: getattr(aiohttp, name))
    attempt(lambda: aiohttp.nothing)

asyncio.run(main())
"#
    );
    check_ok(
        &program,
        "False None True\n\
         RuntimeError: Session is closed\n\
         NotImplementedError: ClientSession.post() is not supported in the playground\n\
         NotImplementedError: ClientSession.put() is not supported in the playground\n\
         NotImplementedError: ClientSession.patch() is not supported in the playground\n\
         NotImplementedError: ClientSession.delete() is not supported in the playground\n\
         NotImplementedError: ClientSession.head() is not supported in the playground\n\
         NotImplementedError: ClientSession.options() is not supported in the playground\n\
         NotImplementedError: ClientSession.request() is not supported in the playground\n\
         NotImplementedError: ClientSession.ws_connect() is not supported in the playground\n\
         NotImplementedError: ClientResponse.headers is not supported in the playground\n\
         NotImplementedError: ClientResponse.cookies is not supported in the playground\n\
         NotImplementedError: ClientResponse.content is not supported in the playground\n\
         NotImplementedError: ClientResponse.history is not supported in the playground\n\
         NotImplementedError: ClientResponse.charset is not supported in the playground\n\
         NotImplementedError: ClientResponse.request_info is not supported in the playground\n\
         AttributeError: 'ClientResponse' object has no attribute 'nothing'\n\
         None None\n\
         NotImplementedError: passing arguments to ClientSession() is not supported in the playground\n\
         NotImplementedError: aiohttp.ClientTimeout is not supported in the playground\n\
         NotImplementedError: aiohttp.TCPConnector is not supported in the playground\n\
         NotImplementedError: aiohttp.web is not supported in the playground\n\
         AttributeError: module 'aiohttp' has no attribute 'nothing'\n",
    );
}

#[test]
fn timeouts_come_from_asyncio() {
    check_ok(
        r#"
import asyncio
import aiohttp

async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as s:
        try:
            async with asyncio.timeout(0.2):
                await s.get("https://python.org")
        except TimeoutError:
            print("timed out at", loop.time())
        r = await asyncio.wait_for(s.get("https://example.com"), 0.2)
        print(r.status, loop.time())

asyncio.run(main())
"#,
        "timed out at 0.2\n200 0.30000000000000004\n",
    );
}

// ----- section 7: the worked expectations -----

#[test]
fn worked_expectation_async_fetcher() {
    check_ok(
        r#"
import asyncio
import aiohttp

class AsyncDataFetcher:
    def __init__(self, urls):
        self.urls = urls

    def __aiter__(self):
        self.session = aiohttp.ClientSession()
        self.index = 0
        return self

    async def __anext__(self):
        if self.index >= len(self.urls):
            await self.session.close()
            raise StopAsyncIteration
        url = self.urls[self.index]
        self.index += 1
        async with self.session.get(url) as response:
            data = await response.text()
            return (url, len(data))

async def main():
    loop = asyncio.get_running_loop()
    async for url, length in AsyncDataFetcher(['https://python.org', 'https://docs.python.org', 'https://pypi.org']):
        print(f"{url}: {length} bytes (t={round(loop.time(), 2)})")
    print(loop.time())

asyncio.run(main())
"#,
        "https://python.org: 302 bytes (t=0.3)\n\
         https://docs.python.org: 287 bytes (t=0.5)\n\
         https://pypi.org: 258 bytes (t=0.75)\n\
         0.75\n",
    );
}

#[test]
fn worked_expectation_fetch_pages() {
    check_ok(
        r#"
import asyncio
import aiohttp

async def fetch_pages(urls):
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as response:
                yield await response.text()

async def main():
    loop = asyncio.get_running_loop()
    async for page in fetch_pages(["https://example.com", "https://python.org", "https://docs.python.org"]):
        title = page.split("<title>")[1].split("</title>")[0]
        print(f"t={loop.time()}: {title!r} ({len(page)} characters)")

asyncio.run(main())
"#,
        "t=0.1: 'Example Domain' (179 characters)\n\
         t=0.4: 'Welcome to Python.org' (302 characters)\n\
         t=0.6000000000000001: '3.12.1 Documentation' (287 characters)\n",
    );
}

#[test]
fn time_module_reads_the_virtual_clock() {
    check_ok(
        r#"
import asyncio
import time

async def main():
    await asyncio.sleep(0.5)
    print(time.time(), time.monotonic(), time.perf_counter())

print(time.time())
asyncio.run(main())
"#,
        "0.0\n0.5 0.5 0.5\n",
    );
}
