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

/// Adds `aiohttp`'s natives to its namespace (before its Python source runs).
pub fn init_aiohttp(_vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    m.set(
        "_parse_json",
        NativeFunction::value("_parse_json", parse_json),
    );
    Ok(())
}
