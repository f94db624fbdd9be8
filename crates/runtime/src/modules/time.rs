//! `time`: reads the virtual clock (documented: like the Go playground, time is simulated).

use std::rc::Rc;

use crate::object::{Module, NativeFunction, Value};
use crate::vm::{Args, PyResult, Vm};

fn now(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Float(
        vm.event_loop.as_ref().map_or(vm.recorder.now, |l| l.time),
    ))
}

fn sleep(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(crate::object::exception::exc(
        "NotImplementedError",
        "aiterscope: time.sleep() would block the event loop; use await asyncio.sleep()",
    ))
}

/// Fills the `time` module.
pub fn init(_vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    for n in ["time", "monotonic", "perf_counter"] {
        m.set(n, NativeFunction::value(n, now));
    }
    m.set("sleep", NativeFunction::value("sleep", sleep));
    Ok(())
}
