//! asyncio's library layer on top of the async core (`crate::asyncio`): Lock, Event,
//! Condition, Semaphore, Barrier, Queue and friends, a standalone StreamReader, asyncio's own
//! exceptions, gather, shield, wait, wait_for, as_completed,
//! timeout, TaskGroup, to_thread and Runner. They are Python source written after CPython 3.12's
//! `Lib/asyncio` (same callbacks in the same order, hence the same event order and virtual
//! timestamps), run in the `asyncio` module's namespace after the core; the few natives they
//! need are defined here.

use std::rc::Rc;

use crate::asyncio::future;
use crate::object::exception::exc;
use crate::object::{Module, NativeFunction, Value};
use crate::vm::{Args, PyResult, Vm};

/// The Python source of the library layer, in dependency order.
pub const SOURCE: &str = concat!(
    include_str!("helpers.py"),
    "\n",
    include_str!("exceptions.py"),
    "\n",
    include_str!("locks.py"),
    "\n",
    include_str!("barrier.py"),
    "\n",
    include_str!("queues.py"),
    "\n",
    include_str!("streams.py"),
    "\n",
    include_str!("tasks.py"),
    "\n",
    include_str!("taskgroups.py"),
    "\n",
    include_str!("runners.py"),
);

/// `_make_cancelled_error(fut)`: the CancelledError a cancelled future raises (with its
/// cancel message).
fn make_cancelled_error(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(f) if future::is_future(f) => Ok(future::make_cancelled_error(f)),
        _ => Err(exc("TypeError", "_make_cancelled_error() expects a Future")),
    }
}

/// Adds the natives the library source uses to the `asyncio` namespace.
pub fn init_natives(_vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    m.set(
        "_make_cancelled_error",
        NativeFunction::value("_make_cancelled_error", make_cancelled_error),
    );
    Ok(())
}
