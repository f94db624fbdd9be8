//! The same program records the same events every run, even where the order comes from a set
//! of objects hashed by identity (the tasks `asyncio.wait` leaves pending): instance ids come
//! from their serial numbers in the run, not from addresses, which vary between runs.

use aiterscope_runtime::recorder::json::write_json_lines;
use aiterscope_runtime::session::Session;

const WAIT_AND_CANCEL: &str = "import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = [asyncio.create_task(job(d)) for d in (5, 1, 4, 3, 2, 6)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print(len(done), len(pending), [id(t) == id(t) for t in tasks][:1], len({hash(t) for t in tasks}))

asyncio.run(main())
";

fn trace(source: &str) -> String {
    let mut s = Session::load(source).expect("the program compiles");
    s.run_to_end(1_000_000);
    let mut out = Vec::new();
    write_json_lines(s.log(), 0, s.len(), &mut out).expect("writes to a Vec");
    String::from_utf8(out).expect("JSON lines are UTF-8")
}

#[test]
fn a_set_of_tasks_is_cancelled_in_the_same_order_every_run() {
    let first = trace(WAIT_AND_CANCEL);
    // Objects kept alive between runs move the next run's allocations to other addresses.
    let mut kept = Vec::new();
    for round in 0..8 {
        kept.push(vec![round as u8; 48 + 16 * round]);
        kept.push(vec![0u8; 7 * 8 + round]);
        assert_eq!(trace(WAIT_AND_CANCEL), first, "round {round}");
    }
    assert!(
        first.contains("CancelledError"),
        "the trace records the cancellations"
    );
}
