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
