//! asyncio's library layer on top of the async core (`crate::asyncio`): Lock, Event,
//! Condition, Semaphore, Barrier, Queue and friends, a standalone StreamReader, asyncio's own
//! exceptions, gather, shield, wait, wait_for, as_completed,
//! timeout, TaskGroup, to_thread and Runner, the default event loop policy, the names the
//! playground refuses by name (network, processes, threads: `unsupported.py`) and the
//! submodules (`asyncio.tasks`, ...: `submodules.py`). They are Python source written after CPython 3.12's
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
    "\n",
    include_str!("unsupported.py"),
    "\n",
    include_str!("submodules.py"),
);

/// `_make_cancelled_error(fut)`: the CancelledError a cancelled future raises (with its
/// cancel message).
fn make_cancelled_error(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(f) if future::is_future(f) => Ok(future::make_cancelled_error(f)),
        _ => Err(exc("TypeError", "_make_cancelled_error() expects a Future")),
    }
}

/// `_set_loop_method(name, function)`: puts a Python function on the event loop class (the
/// loop methods `unsupported.py` refuses or writes in Python).
fn set_loop_method(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    match (a.pos.first(), a.pos.get(1)) {
        (Some(Value::Str(name)), Some(f)) => {
            crate::asyncio::types::asyncio_types()
                .event_loop
                .set_attr(name, f.clone());
            Ok(Value::None)
        }
        _ => Err(exc(
            "TypeError",
            "_set_loop_method() expects a name and a function",
        )),
    }
}

/// `_install_submodules({name: [names...]})`: makes `asyncio.<name>` a module holding those
/// names of the package (the same objects), importable as `asyncio.<name>` and set as an
/// attribute of the package.
fn install_submodules(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Dict(table)) = a.pos.first() else {
        return Err(exc("TypeError", "_install_submodules() expects a dict"));
    };
    let package = crate::modules::import(vm, "asyncio")?;
    for entry in table.entries() {
        let (key, names) = (entry.key, entry.value);
        let Value::Str(short) = key else { continue };
        let full = format!("asyncio.{short}");
        let sub = Module::new(&full);
        let Value::List(names) = names else { continue };
        for name in names.borrow().iter() {
            if let Value::Str(n) = name {
                if let Some(v) = package.get(n) {
                    sub.set(n, v);
                }
            }
        }
        vm.modules.push((Rc::from(full.as_str()), sub.clone()));
        package.set(&short, Value::Module(sub));
    }
    Ok(Value::None)
}

/// Adds the natives the library source uses to the `asyncio` namespace.
pub fn init_natives(_vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    m.set(
        "_make_cancelled_error",
        NativeFunction::value("_make_cancelled_error", make_cancelled_error),
    );
    m.set(
        "_set_loop_method",
        NativeFunction::value("_set_loop_method", set_loop_method),
    );
    m.set(
        "_install_submodules",
        NativeFunction::value("_install_submodules", install_submodules),
    );
    Ok(())
}
