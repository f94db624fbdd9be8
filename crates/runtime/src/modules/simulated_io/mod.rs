//! The simulated I/O libraries of docs/simulated-io.md: `aiofiles` (section 5) and `aiohttp`
//! (section 6), written in Python on top of the asyncio library layer, plus the natives they
//! need and the submodules the playground names as unsupported.

mod json;

use std::rc::Rc;

use crate::object::exception::exc;
use crate::object::{Module, NativeFunction, Value};
use crate::vm::{Args, PyResult, Vm};

/// The Python source of `aiofiles`.
pub const AIOFILES_SOURCE: &str = include_str!("aiofiles.py");

/// The Python source of `aiohttp`.
pub const AIOHTTP_SOURCE: &str = include_str!("aiohttp.py");

/// Submodules that exist in the real libraries and not in the playground.
const UNSUPPORTED_SUBMODULES: [&str; 5] = [
    "aiofiles.os",
    "aiofiles.ospath",
    "aiofiles.tempfile",
    "aiofiles.threadpool",
    "aiohttp.web",
];

/// `NotImplementedError: aiofiles.os is not supported in the playground` for the submodules
/// the contract names; `None` for any other module name.
pub fn unsupported_submodule(name: &str) -> Option<Value> {
    UNSUPPORTED_SUBMODULES.contains(&name).then(|| {
        exc(
            "NotImplementedError",
            format!("{name} is not supported in the playground"),
        )
    })
}

/// `_parse_json(text)`: the body parser behind `response.json()`.
fn parse_json(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Str(s)) => json::parse(vm, &s.clone()),
        _ => Err(exc("TypeError", "_parse_json() expects a str")),
    }
}

/// `loop.run_in_executor(None, f, *args)` (docs/simulated-io.md, section 4): `f` runs now;
/// the returned future gets its outcome through the `to_thread` hand-back one loop iteration
/// later.
fn run_in_executor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() < 3 {
        return Err(exc(
            "TypeError",
            format!(
                "run_in_executor() missing {} required positional argument{}",
                3 - a.pos.len(),
                if a.pos.len() == 2 {
                    ": 'func'"
                } else {
                    "s: 'executor' and 'func'"
                }
            ),
        ));
    }
    if !matches!(a.pos[1], Value::None) {
        return Err(exc(
            "NotImplementedError",
            "run_in_executor() with an executor is not supported in the playground",
        ));
    }
    let event_loop = a.pos[0].clone();
    let create_future = vm.getattr_nested(&event_loop, "create_future")?;
    let future = vm.call_nested(create_future, Args::default())?;
    let (outcome, failed) = match vm.call_nested(a.pos[2].clone(), Args::new(a.pos[3..].to_vec())) {
        Ok(v) => (v, false),
        Err(e) if e.is_exception() => (e, true),
        Err(e) => return Err(e),
    };
    let asyncio = crate::modules::import(vm, "asyncio")?;
    let deliver = asyncio.get("_deliver_to_thread_result").ok_or_else(|| {
        exc(
            "RuntimeError",
            "asyncio._deliver_to_thread_result is missing",
        )
    })?;
    let call_soon = vm.getattr_nested(&event_loop, "call_soon")?;
    vm.call_nested(
        call_soon,
        Args::new(vec![deliver, future.clone(), outcome, Value::Bool(failed)]),
    )?;
    Ok(future)
}

/// Adds `run_in_executor` to the event loop class (called when `asyncio` is imported).
pub fn install_run_in_executor() {
    crate::asyncio::types::asyncio_types().event_loop.set_attr(
        "run_in_executor",
        crate::object::NativeFunction::method(
            "BaseEventLoop",
            "run_in_executor",
            crate::object::NativeImpl::Plain(run_in_executor),
        ),
    );
}

/// Adds `aiohttp`'s natives to its namespace (before its Python source runs).
pub fn init_aiohttp(_vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    m.set(
        "_parse_json",
        NativeFunction::value("_parse_json", parse_json),
    );
    Ok(())
}
