//! The async core of the VM: a port of CPython 3.12's event loop on a virtual clock, with
//! `Future`, `Task`, `asyncio.run` and `sleep`, plus the hooks the VM calls.
//!
//! Layout: `heap` (heapq port), `handle` (callback handles), `event_loop` (ready queue, timer
//! heap, batch rule), `future`, `task`, `gather` (the runner's internal gather), `runner`
//! (`asyncio.run` and the loop driver frame), `methods` (the Python-visible methods),
//! `module` (the `asyncio` module's native part; `core.py` holds `sleep`), `diagnostics`
//! (stderr reports), `types` (the classes).
//!
//! Hooks the VM calls: [`driver_step`], [`driver_exception`], [`task_step_done`],
//! [`task_step_raised`], [`send_native_awaitable`], [`native_await_iter`],
//! [`throw_into_native_awaitable`], [`finalize_async_gen`], [`at_exit`].

pub mod diagnostics;
pub mod event_loop;
pub mod future;
pub mod gather;
pub mod handle;
pub mod heap;
pub mod loop_api;
pub mod methods;
pub mod module;
pub mod runner;
pub mod task;
pub mod types;

use std::rc::Rc;

pub use event_loop::EventLoop;
pub use module::init_module;

use crate::object::{Generator, Payload, Value};
use crate::vm::{Args, Outcome, PyResult, Vm};

/// One scheduler action while the loop driver frame is on top of the stack.
pub fn driver_step(vm: &mut Vm) {
    runner::driver_step(vm);
}

/// An exception reached the loop driver frame: it leaves `asyncio.run`.
pub fn driver_exception(vm: &mut Vm, e: Value) {
    vm.event_loop = None;
    diagnostics::flush(vm);
    runner::raise_from_driver(vm, e);
}

/// A task step raised.
pub fn task_step_raised(vm: &mut Vm, task: Value, e: Value) {
    task::step_raised(vm, task, e);
}

/// A task step yielded or returned.
pub fn task_step_done(vm: &mut Vm, task: Value, o: Outcome) {
    task::step_done(vm, task, o);
}

fn is_native(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if matches!(i.payload, Payload::Native(_)))
}

fn with_sleep0<R>(v: &Value, f: impl FnOnce(&mut methods::Sleep0) -> R) -> Option<R> {
    let Value::Instance(i) = v else { return None };
    let Payload::Native(cell) = &i.payload else {
        return None;
    };
    let mut b = cell.borrow_mut();
    b.downcast_mut::<methods::Sleep0>().map(f)
}

/// `throw()` into a native awaitable a frame is delegating to (None: raise it in the frame).
pub fn throw_into_native_awaitable(vm: &mut Vm, recv: &Value, e: &Value) -> Option<PyResult<()>> {
    if !is_native(recv) {
        return None;
    }
    crate::asyncgen::throw_awaitable(vm, recv, e)
}

/// The Send instruction on a native awaitable (None: not a native awaitable).
pub fn send_native_awaitable(
    vm: &mut Vm,
    recv: &Value,
    v: Value,
    send_pc: u32,
) -> Option<PyResult<()>> {
    if !is_native(recv) {
        return None;
    }
    // An async generator's asend object first: one per item of an `async for`.
    if let Ok(r) = crate::asyncgen::send_awaitable(vm, recv, v, send_pc) {
        return Some(r);
    }
    if future::is_future(recv) {
        return Some(match future::await_step(recv) {
            Ok(future::AwaitStep::Yield(y)) => {
                vm.deliver_send_plain(send_pc, Outcome::Yield(y, false))
            }
            Ok(future::AwaitStep::Return(r)) => vm.deliver_send_plain(send_pc, Outcome::Return(r)),
            Err(e) => Err(e),
        });
    }
    if let Some(first) = with_sleep0(recv, |s| !std::mem::replace(&mut s.yielded, true)) {
        let o = if first {
            Outcome::Yield(Value::None, false)
        } else {
            Outcome::Return(Value::None)
        };
        return Some(vm.deliver_send_plain(send_pc, o));
    }
    None
}

/// The await iterator of a native awaitable object (None: not one).
pub fn native_await_iter(vm: &mut Vm, obj: &Value) -> Option<Value> {
    if !is_native(obj) {
        return None;
    }
    if future::is_future(obj) || with_sleep0(obj, |_| ()).is_some() {
        return Some(obj.clone());
    }
    crate::asyncgen::await_iter(vm, obj)
}

/// An abandoned, suspended async generator: the loop's finalizer hook schedules
/// `create_task(agen.aclose())` with `call_soon` (nothing happens once the loop is closed).
pub fn finalize_async_gen(vm: &mut Vm, g: Rc<Generator>) {
    if vm.event_loop.is_none() {
        return;
    }
    if let Some(l) = vm.event_loop.as_deref_mut() {
        l.asyncgens.retain(|w| w.strong_count() > 0);
    }
    let aclose = crate::asyncgen::aclose_object(&g);
    let create = crate::object::NativeFunction::value("create_task", finalizer_create_task);
    event_loop::call_soon(vm, handle::Callback::Call(create, vec![aclose]));
}

fn finalizer_create_task(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let aw = a.pos.first().cloned().unwrap_or(Value::None);
    task::create_task(vm, aw, None)
}

/// The loop's `firstiter` hook: an async generator is iterated for the first time.
pub fn asyncgen_first_iter(vm: &mut Vm, g: &Rc<Generator>) {
    if g.hooks_inited.get() {
        return;
    }
    let Some(l) = vm.event_loop.as_deref_mut() else {
        return;
    };
    g.hooks_inited.set(true);
    if !l.asyncgens_shutdown {
        l.asyncgens.push(Rc::downgrade(g));
    }
}

/// Wraps an awaitable in a coroutine (`async def _wrap_awaitable(a): return await a`).
pub fn wrap_awaitable(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let m = crate::modules::import(vm, "asyncio")?;
    let f = m.get("_wrap_awaitable").unwrap_or(Value::None);
    vm.call_nested(f, Args::new(vec![obj.clone()]))
}

/// End of the program: report what died at exit (never-awaited coroutines as `sys:1:`
/// warnings, unretrieved task exceptions).
pub fn at_exit(vm: &mut Vm) {
    vm.event_loop = None;
    diagnostics::flush(vm);
    // Like CPython's module teardown: `__main__`'s globals die (names starting with `_`
    // first), and what they kept alive is finalized with no Python frame running.
    let names: Vec<Rc<str>> = vm.main.dict.borrow().keys().cloned().collect();
    let (private, public): (Vec<Rc<str>>, Vec<Rc<str>>) =
        names.into_iter().partition(|n| n.starts_with('_'));
    for name in private.into_iter().chain(public) {
        if &*name == "__builtins__" {
            continue;
        }
        let old = vm.main.dict.borrow_mut().insert(name, Value::None);
        drop(old);
        while vm.drop_queue.pending.get() && vm.frames.is_empty() {
            vm.step();
        }
        diagnostics::flush(vm);
    }
}
