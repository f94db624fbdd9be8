//! asyncio behaviour that is CPython 3.12's but differs in 3.13 (so it cannot be a corpus
//! program, whose expectations must agree across both), and the asyncio names the playground
//! refuses by name.

use aiterscope_runtime::{run_program, RunConfig, RunResult};

fn run(source: &str) -> RunResult {
    run_program(source, "asyncio_api.py", &RunConfig::default())
}

#[test]
fn uncancel_keeps_a_cancellation_requested_while_running_as_3_12_does() {
    // 3.12's Task.uncancel() only counts down; 3.13 also drops `_must_cancel` at 0 and
    // prints "not cancelled".
    let r = run("import asyncio\n\
         async def main():\n    \
             t = asyncio.current_task()\n    \
             t.cancel()\n    \
             print(t.uncancel(), t.cancelling())\n    \
             try:\n        \
                 await asyncio.sleep(0)\n        \
                 print('not cancelled')\n    \
             except asyncio.CancelledError:\n        \
                 print('cancelled')\n\
         asyncio.run(main())\n");
    assert_eq!(r.stdout, "0 0\ncancelled\n", "{}", r.stderr);
}

#[test]
fn an_eager_task_group_child_failing_at_once_leaves_its_parent_cancelled_as_3_12_does() {
    // The group cancels its parent while the parent runs (`_must_cancel`); 3.12's uncancel
    // in `__aexit__` leaves that flag, so the parent's next await is cancelled.
    let r = run("import asyncio\n\
         async def fail():\n    \
             raise ValueError('at once')\n\
         async def main():\n    \
             asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)\n    \
             try:\n        \
                 async with asyncio.TaskGroup() as tg:\n            \
                     tg.create_task(fail())\n    \
             except* ValueError as eg:\n        \
                 print('group failed', len(eg.exceptions))\n    \
             try:\n        \
                 await asyncio.sleep(0)\n    \
             except asyncio.CancelledError:\n        \
                 print('parent cancelled')\n\
         asyncio.run(main())\n");
    assert_eq!(
        r.stdout, "group failed 1\nparent cancelled\n",
        "{}",
        r.stderr
    );
}

fn last_line(r: &RunResult) -> String {
    r.stderr.trim_end().lines().last().unwrap_or("").to_string()
}

#[test]
fn network_process_and_thread_apis_are_refused_by_name() {
    let cases = [
        (
            "await asyncio.open_connection('example.com', 80)",
            "NotImplementedError: asyncio.open_connection() is not supported in the playground: \
             the playground has no network; to simulate a stream, feed an asyncio.StreamReader \
             with feed_data() and feed_eof() from another task",
        ),
        (
            "await asyncio.start_server(None, 'localhost', 8888)",
            "NotImplementedError: asyncio.start_server() is not supported in the playground: \
             the playground has no network; to simulate a stream, feed an asyncio.StreamReader \
             with feed_data() and feed_eof() from another task",
        ),
        (
            "await asyncio.create_subprocess_exec('ls')",
            "NotImplementedError: asyncio.create_subprocess_exec() is not supported in the \
             playground: the playground cannot start processes",
        ),
        (
            "asyncio.run_coroutine_threadsafe(asyncio.sleep(1), asyncio.get_running_loop())",
            "NotImplementedError: asyncio.run_coroutine_threadsafe() is not supported in the \
             playground: the playground has no threads; await the coroutine or pass it to \
             asyncio.create_task()",
        ),
        (
            "await asyncio.get_running_loop().create_connection(asyncio.Protocol, 'h', 1)",
            "NotImplementedError: loop.create_connection() is not supported in the playground: \
             the playground has no network; to simulate a stream, feed an asyncio.StreamReader \
             with feed_data() and feed_eof() from another task",
        ),
        (
            "asyncio.get_running_loop().add_signal_handler(2, print)",
            "NotImplementedError: loop.add_signal_handler() is not supported in the playground: \
             the playground has no signals",
        ),
        (
            "asyncio.StreamWriter(None, None, None, None)",
            "NotImplementedError: asyncio.StreamWriter is not supported in the playground: the \
             playground has no network; to simulate a stream, feed an asyncio.StreamReader with \
             feed_data() and feed_eof() from another task",
        ),
        (
            "asyncio.get_running_loop().set_exception_handler(lambda loop, ctx: None)",
            "NotImplementedError: custom loop exception handlers are not supported in the \
             playground: errors nobody retrieves are reported on stderr as CPython's default \
             handler reports them",
        ),
    ];
    for (statement, expected) in cases {
        let r = run(&format!(
            "import asyncio\nasync def main():\n    {statement}\nasyncio.run(main())\n"
        ));
        assert_eq!(r.exit_code, 1, "{statement}");
        assert_eq!(last_line(&r), expected, "{statement}");
    }
}

#[test]
fn only_the_default_event_loop_policy_is_accepted() {
    let r = run("import asyncio\n\
         p = asyncio.get_event_loop_policy()\n\
         print(type(p).__name__, type(p).__module__)\n\
         print(type(asyncio.new_event_loop()).__mro__)\n\
         class MyPolicy(asyncio.DefaultEventLoopPolicy):\n    \
             pass\n\
         asyncio.set_event_loop_policy(MyPolicy())\n");
    assert_eq!(
        r.stdout,
        "_UnixDefaultEventLoopPolicy asyncio.unix_events\n\
         (<class 'asyncio.unix_events._UnixSelectorEventLoop'>, \
         <class 'asyncio.selector_events.BaseSelectorEventLoop'>, \
         <class 'asyncio.base_events.BaseEventLoop'>, \
         <class 'asyncio.events.AbstractEventLoop'>, <class 'object'>)\n"
    );
    assert_eq!(
        last_line(&r),
        "NotImplementedError: asyncio.set_event_loop_policy() with a MyPolicy is not \
         supported in the playground: its event loops are always the runtime's own loop on \
         the virtual clock"
    );
}

#[test]
fn handle_reprs_show_the_arguments_as_3_12_does() {
    // 3.13 shows the arguments only in debug mode: `<Handle plain() at ...>`.
    let r = run("import asyncio\n\
         def plain(*args):\n    \
             pass\n\
         async def main():\n    \
             loop = asyncio.get_running_loop()\n    \
             print(repr(loop.call_soon(plain, 'x' * 40, [1, 2, 3, 4, 5, 6, 7, 8], (1,))))\n    \
             print(repr(loop.call_later(1, print, 'a', None)))\n\
         asyncio.run(main())\n");
    assert_eq!(
        r.stdout,
        "<Handle plain('xxxxxxxxxxxx...xxxxxxxxxxxxx', [1, 2, 3, 4, 5, 6, ...], (1,)) at \
         asyncio_api.py:2>\n<TimerHandle when=1.0 print('a', None)>\n",
        "{}",
        r.stderr
    );
}

#[test]
fn debug_mode_and_foreign_loop_factories_are_refused_by_name() {
    let cases = [
        (
            "asyncio.run(main(), debug=True)",
            "NotImplementedError: asyncio.run(debug=True) is not supported in the playground: \
             asyncio's debug mode is not implemented",
        ),
        (
            "asyncio.Runner(debug=True)",
            "NotImplementedError: asyncio.Runner(debug=True) is not supported in the \
             playground: asyncio's debug mode is not implemented",
        ),
        (
            "asyncio.run(main(), loop_factory=object)",
            "NotImplementedError: asyncio.run() with a loop_factory other than \
             asyncio.new_event_loop is not supported in the playground: its event loop is \
             always the runtime's own loop on the virtual clock",
        ),
    ];
    for (statement, expected) in cases {
        let r = run(&format!(
            "import asyncio\nasync def main():\n    pass\n{statement}\n"
        ));
        // (The unawaited `main()` adds its RuntimeWarning after the traceback.)
        assert_eq!(r.exit_code, 1, "{statement}");
        assert!(
            r.stderr.lines().any(|l| l == expected),
            "{statement}: {}",
            r.stderr
        );
    }
    let r = run("import asyncio\n\
         async def main():\n    \
             return asyncio.get_running_loop().get_debug()\n\
         print(asyncio.run(main(), debug=False), asyncio.run(main(), loop_factory=asyncio.new_event_loop))\n");
    assert_eq!(r.stdout, "False False\n", "{}", r.stderr);
}

#[test]
fn partial_and_callable_instance_callbacks_show_as_3_12_shows_them() {
    // 3.13 leaves out the arguments outside debug mode: `cb()() at ...`.
    let r = run("import asyncio, functools\n\
         class CallMe:\n    \
             def __call__(self, fut):\n        \
                 pass\n\
         def cb(fut, tag, *, extra=None):\n    \
             pass\n\
         async def main():\n    \
             loop = asyncio.get_running_loop()\n    \
             f = loop.create_future()\n    \
             f.add_done_callback(functools.partial(cb, tag='t'))\n    \
             f.add_done_callback(functools.partial(functools.partial(cb, 1), extra=[1, 2]))\n    \
             print(repr(f))\n    \
             print(repr(loop.call_soon(functools.partial(cb, 1, 2))))\n    \
             g = loop.create_future()\n    \
             g.add_done_callback(CallMe())\n    \
             print(repr(g))\n\
         asyncio.run(main())\n");
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        lines[..2],
        [
            "<Future pending cb=[cb(tag='t')() at asyncio_api.py:5, cb(1, extra=[1, 2])() at \
             asyncio_api.py:5]>",
            "<Handle cb(1, 2)() at asyncio_api.py:5>",
        ],
        "{}",
        r.stderr
    );
    assert!(
        lines[2].starts_with("<Future pending cb=[<__main__.CallMe object at 0x"),
        "{}",
        lines[2]
    );
}
