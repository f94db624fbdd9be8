//! Async generators and the async iteration protocol.
//!
//! - `protocol`: `aiter()`, `anext()`, and the GetAIter/GetANext steps of `async for`, with
//!   CPython's error messages;
//! - `awaitables`: the `async_generator_asend` / `async_generator_athrow` / `anext_awaitable`
//!   objects and the hooks the VM calls while a frame awaits one.
//!
//! The methods of `async_generator` objects (`__anext__`, `asend`, `athrow`, `aclose`) are
//! installed here on the built-in type. The first `__anext__`/`asend`/`athrow`/`aclose` call
//! runs the event loop's `firstiter` hook (`asyncio::asyncgen_first_iter`), which makes a
//! dropped suspended generator go through the loop's finalizer.

pub mod awaitables;
mod protocol;

use std::rc::Rc;

pub use awaitables::{send_awaitable, send_exception, send_outcome, throw_awaitable, SendExc};
pub use protocol::{aiter_flow, anext_builtin, anext_flow};

use crate::object::exception::exc;
use crate::object::types::BuiltinTypes;
use crate::object::{GenKind, Generator, NativeFunction, NativeImpl, Value};
use crate::vm::{Args, PyResult, Vm};
use awaitables::Mode;

/// True for objects asyncio treats as coroutines besides native coroutines (the ABC check
/// `collections.abc.Coroutine` passes for asend/athrow/anext_awaitable objects).
pub fn is_coroutine_like(v: &Value) -> bool {
    awaitables::with_aw(v, |_| ()).is_some() || awaitables::anext_parts(v).is_some()
}

/// The await iterator of an asend/athrow (itself) or anext_awaitable object.
pub fn await_iter(vm: &mut Vm, obj: &Value) -> Option<Value> {
    if awaitables::with_aw(obj, |_| ()).is_some() {
        return Some(obj.clone());
    }
    awaitables::anext_await_iter(vm, obj)
}

/// `agen.aclose()` as an awaitable (used by the loop's finalizer hook).
pub fn aclose_object(g: &Rc<Generator>) -> Value {
    awaitables::new_awaitable(g, Mode::Close, Value::None)
}

fn this_agen(vm: &mut Vm, a: &Args) -> PyResult<Rc<Generator>> {
    match a.pos.first() {
        Some(Value::Gen(g)) if g.kind == GenKind::AsyncGenerator => {
            crate::asyncio::asyncgen_first_iter(vm, g);
            Ok(g.clone())
        }
        _ => Err(exc(
            "TypeError",
            "descriptor requires an 'async_generator' object",
        )),
    }
}

/// `agen.__anext__()`: an asend object (after the loop's firstiter hook).
pub fn agen_anext(vm: &mut Vm, g: &Rc<Generator>) -> Value {
    crate::asyncio::asyncgen_first_iter(vm, g);
    awaitables::new_awaitable(g, Mode::Send, Value::None)
}

fn m_anext(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_agen(vm, &a)?;
    Ok(awaitables::new_awaitable(&g, Mode::Send, Value::None))
}

fn m_asend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_agen(vm, &a)?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    if a.pos.len() != 2 {
        return Err(exc(
            "TypeError",
            format!(
                "async_generator.asend() takes exactly one argument ({} given)",
                a.pos.len().saturating_sub(1)
            ),
        ));
    }
    Ok(awaitables::new_awaitable(&g, Mode::Send, v))
}

fn m_athrow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_agen(vm, &a)?;
    let e = throw_arg(vm, &a)?;
    Ok(awaitables::new_awaitable(&g, Mode::Throw, e))
}

/// Normalizes `athrow(type[, value])` / `throw(...)` arguments into an exception instance.
pub fn throw_arg(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(t) = a.pos.get(1) else {
        return Err(exc(
            "TypeError",
            format!(
                "athrow expected at least 1 argument, got {}",
                a.pos.len().saturating_sub(1)
            ),
        ));
    };
    match t {
        Value::Type(cls) if cls.kind == crate::object::TypeKind::BaseException => {
            let args = match a.pos.get(2) {
                Some(v) if v.is_exception() => return Ok(v.clone()),
                Some(Value::None) | None => vec![],
                Some(v) => vec![v.clone()],
            };
            let f = vm.instantiate(cls.clone(), Args::new(args))?;
            vm.run_flow_nested(f)
        }
        v if v.is_exception() => Ok(v.clone()),
        other => Err(exc(
            "TypeError",
            format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                other.type_name()
            ),
        )),
    }
}

fn m_aclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_agen(vm, &a)?;
    Ok(awaitables::new_awaitable(&g, Mode::Close, Value::None))
}

fn m_aiter(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos.first().cloned().unwrap_or(Value::None))
}

/// Installs the async generator methods on the built-in `async_generator` type.
pub fn install_methods(t: &BuiltinTypes) {
    type F = fn(&mut Vm, Args) -> PyResult<Value>;
    let methods: &[(&'static str, F)] = &[
        ("__anext__", m_anext),
        ("asend", m_asend),
        ("athrow", m_athrow),
        ("aclose", m_aclose),
        ("__aiter__", m_aiter),
    ];
    for (name, f) in methods {
        t.async_generator.set_attr(
            name,
            NativeFunction::method("async_generator", name, NativeImpl::Plain(*f)),
        );
    }
    t.coroutine.set_attr(
        "__await__",
        NativeFunction::method(
            "coroutine",
            "__await__",
            NativeImpl::Plain(awaitables::coro_await),
        ),
    );
}
