//! The asyncio hook points of the VM. The event loop (ready queue, timer heap, Task/Future)
//! plugs in here; until it exists, `asyncio.run` and friends raise a clear
//! NotImplementedError naming the missing feature.

use std::rc::Rc;

use crate::object::exception::exc;
use crate::object::{Generator, Value};
use crate::vm::{Outcome, PyResult, Vm};

/// The event loop state (virtual clock, ready queue, timers).
#[derive(Default)]
pub struct EventLoop {
    /// The virtual clock in seconds.
    pub time: f64,
}

/// One scheduler action while the loop driver frame is on top of the stack.
pub fn driver_step(vm: &mut Vm) {
    let e = exc(
        "NotImplementedError",
        "aiterscope: the asyncio event loop is not implemented yet",
    );
    vm.frames.pop();
    vm.handle_exception(e, true);
}

/// An exception reached the loop driver frame.
pub fn driver_exception(vm: &mut Vm, e: Value) {
    vm.frames.pop();
    vm.handle_exception(e, true);
}

/// A task step raised.
pub fn task_step_raised(vm: &mut Vm, _task: Value, e: Value) {
    vm.handle_exception(e, true);
}

/// A task step yielded or returned.
pub fn task_step_done(_vm: &mut Vm, _task: Value, _o: Outcome) {}

/// `throw()` into a native awaitable a frame is delegating to (None: not a native awaitable).
pub fn throw_into_native_awaitable(
    _vm: &mut Vm,
    _recv: &Value,
    _e: &Value,
) -> Option<PyResult<()>> {
    None
}

/// The Send instruction on a native awaitable (None: not a native awaitable).
pub fn send_native_awaitable(
    _vm: &mut Vm,
    _recv: &Value,
    _v: Value,
    _send_pc: u32,
) -> Option<PyResult<()>> {
    None
}

/// The await iterator of a native awaitable object (None: not one).
pub fn native_await_iter(_vm: &mut Vm, _obj: &Value) -> Option<Value> {
    None
}

/// An abandoned, suspended async generator: the loop's finalizer hook schedules `aclose()`.
pub fn finalize_async_gen(_vm: &mut Vm, _g: Rc<Generator>) {}

/// `asyncio.run(coro)`.
pub fn run(_vm: &mut Vm, args: crate::vm::Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Gen(g)) if g.kind == crate::object::GenKind::Coroutine => Err(exc(
            "NotImplementedError",
            "aiterscope: asyncio.run is not implemented yet",
        )),
        Some(other) => {
            let r = _vm.repr_nested(other)?;
            Err(exc(
                "ValueError",
                format!("a coroutine was expected, got {r}"),
            ))
        }
        None => Err(exc(
            "TypeError",
            "run() missing 1 required positional argument: 'main'",
        )),
    }
}
