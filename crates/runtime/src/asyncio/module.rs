//! The native part of the `asyncio` module: `run`, `create_task`, `ensure_future`,
//! `get_running_loop`, `current_task`, `all_tasks`, the core classes, and the private helpers
//! `core.py` uses (`_sleep0`, `_sleep_timer`, `_gather_all`, ...). `core.py` then runs in the
//! same namespace (it defines `sleep`). The library layer (Queue, gather, ...) is added on top
//! by `modules/` (the module's Python source runs after this).

use std::rc::Rc;

use super::future;
use super::handle::Callback;
use super::types::asyncio_types;
use crate::object::exception::exc;
use crate::object::{Module, NativeFunction, Value};
use crate::vm::{Args, PyResult, Vm};

/// The Python source of the core (`sleep` and the shutdown coroutines).
pub const CORE_SOURCE: &str = include_str!("core.py");

/// Fills the `asyncio` module with the core.
pub fn init_module(vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    let t = asyncio_types();
    m.set("run", NativeFunction::flow("run", super::runner::run));
    m.set("Future", Value::Type(t.future.clone()));
    m.set("Task", Value::Type(t.task.clone()));
    m.set("Handle", Value::Type(t.handle.clone()));
    m.set("TimerHandle", Value::Type(t.timer_handle.clone()));
    m.set(
        "AbstractEventLoop",
        Value::Type(t.abstract_event_loop.clone()),
    );
    m.set("BaseEventLoop", Value::Type(t.base_event_loop.clone()));
    m.set("SelectorEventLoop", Value::Type(t.event_loop.clone()));
    m.set("CancelledError", Value::Type(t.cancelled_error.clone()));
    m.set(
        "InvalidStateError",
        Value::Type(t.invalid_state_error.clone()),
    );
    m.set(
        "TimeoutError",
        Value::Type(crate::object::builtin_types().exc("TimeoutError")),
    );
    type Native = fn(&mut Vm, Args) -> PyResult<Value>;
    let fns: &[(&'static str, Native)] = &[
        ("create_task", create_task),
        ("ensure_future", ensure_future),
        ("get_running_loop", get_running_loop),
        ("current_task", current_task),
        ("all_tasks", all_tasks),
        ("iscoroutine", iscoroutine),
        ("iscoroutinefunction", iscoroutinefunction),
        ("isfuture", isfuture),
        ("_sleep0", sleep0),
        ("_sleep_timer", sleep_timer),
        ("_gather_all", gather_all),
        ("_take_asyncgens", take_asyncgens),
        ("_log_error", log_error),
        ("_describe", describe),
        ("_obj_state", obj_state),
    ];
    for (name, f) in fns {
        m.set(name, NativeFunction::value(name, *f));
    }
    super::loop_api::install(&t.event_loop);
    super::loop_api::install_module_functions(m);
    let code = crate::compile_trusted_source(CORE_SOURCE, "<aiterscope asyncio>").map_err(|e| {
        exc(
            "SyntaxError",
            format!("in the asyncio core: {} (line {})", e.msg, e.line),
        )
    })?;
    vm.run_module_nested(code, m.clone())
}

fn create_task(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let coro = a.pos.first().cloned().or_else(|| a.kwarg("coro"));
    let Some(coro) = coro else {
        return Err(exc(
            "TypeError",
            "create_task() missing 1 required positional argument: 'coro'",
        ));
    };
    let name = a.kwarg("name").filter(|n| !matches!(n, Value::None));
    super::task::create_task_via_loop(vm, coro, name)
}

/// `asyncio.ensure_future(obj)`.
pub fn ensure_future_value(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    if future::is_future(&obj) {
        return Ok(obj);
    }
    let is_coro = matches!(&obj, Value::Gen(g) if g.kind == crate::object::GenKind::Coroutine)
        || crate::asyncgen::is_coroutine_like(&obj);
    if is_coro {
        return super::task::create_task_via_loop(vm, obj, None);
    }
    let awaitable = match &obj {
        Value::Instance(i) => i.class.borrow().lookup("__await__").is_some(),
        _ => false,
    };
    if awaitable {
        let w = super::wrap_awaitable(vm, &obj)?;
        return super::task::create_task_via_loop(vm, w, None);
    }
    Err(exc(
        "TypeError",
        "An asyncio.Future, a coroutine or an awaitable is required",
    ))
}

fn ensure_future(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    ensure_future_value(vm, obj)
}

fn get_running_loop(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(super::event_loop::running(vm)?.loop_obj.clone())
}

fn current_task(vm: &mut Vm, _: Args) -> PyResult<Value> {
    let l = super::event_loop::running(vm)?;
    Ok(l.current_task.clone().unwrap_or(Value::None))
}

fn all_tasks(vm: &mut Vm, _: Args) -> PyResult<Value> {
    let l = super::event_loop::running(vm)?;
    let tasks: Vec<Value> = l
        .live_tasks()
        .into_iter()
        .filter(|t| future::state(t) == future::FutState::Pending)
        .collect();
    let set = vm.builtins.get("set").unwrap_or(Value::None);
    vm.call_nested(set, Args::new(vec![Value::list(tasks)]))
}

fn iscoroutine(_: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::Bool(
        matches!(&v, Value::Gen(g) if g.kind == crate::object::GenKind::Coroutine)
            || crate::asyncgen::is_coroutine_like(&v),
    ))
}

/// `asyncio.iscoroutinefunction(f)`: an `async def` function (not an async generator
/// function), also through a bound method.
fn iscoroutinefunction(_: &mut Vm, a: Args) -> PyResult<Value> {
    let mut v = a.pos.first().cloned().unwrap_or(Value::None);
    if let Value::Method(m) = &v {
        v = m.func.clone();
    }
    Ok(Value::Bool(matches!(&v, Value::Function(f)
        if f.code.flags & crate::compiler::code::flags::COROUTINE != 0)))
}

fn isfuture(_: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::Bool(future::is_future(&v)))
}

fn sleep0(_: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(super::methods::new_sleep0())
}

fn sleep_timer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let delay = a.pos.first().cloned().unwrap_or(Value::None);
    let result = a.pos.get(1).cloned().unwrap_or(Value::None);
    let d = super::methods::seconds(&delay, "delay")?;
    if d.is_nan() {
        return Err(exc("ValueError", "Invalid delay: NaN (not a number)"));
    }
    super::event_loop::running(vm)?;
    let fut = future::new_future();
    if vm.recorder.enabled {
        let r = vm.repr_nested(&delay)?;
        if let Some(mut f) = future::fut_mut(&fut) {
            f.desc = Some(Rc::from(format!("sleep({r})")));
        }
    }
    let h = super::event_loop::call_later(
        vm,
        d,
        Callback::SetResultUnlessCancelled(fut.clone(), result),
    );
    Ok(Value::tuple(vec![fut, super::methods::handle_value(h)]))
}

fn gather_all(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = match a.pos.first() {
        Some(Value::List(l)) => l.borrow().to_vec(),
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let mut children = Vec::with_capacity(items.len());
    for it in items {
        children.push(ensure_future_value(vm, it)?);
    }
    super::gather::gather_all(vm, children)
}

fn take_asyncgens(vm: &mut Vm, _: Args) -> PyResult<Value> {
    let l = super::event_loop::running(vm)?;
    l.asyncgens_shutdown = true;
    let gens: Vec<Value> = std::mem::take(&mut l.asyncgens)
        .into_iter()
        .filter_map(|w| w.upgrade())
        .map(Value::Gen)
        .collect();
    Ok(Value::list(gens))
}

fn log_error(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let msg = a
        .pos
        .first()
        .and_then(|m| m.as_str().map(|s| s.to_string()))
        .unwrap_or_default();
    super::diagnostics::log_error(vm, &msg, a.pos.get(1));
    Ok(Value::None)
}

/// `_describe(future, text)`: what awaiting this future means, for the recorder's
/// `await_suspend` events (`Queue.get()`, `Event.wait()`...). Returns the future.
fn describe(_: &mut Vm, a: Args) -> PyResult<Value> {
    let fut = a.pos.first().cloned().unwrap_or(Value::None);
    if let (Some(mut f), Some(Value::Str(s))) = (future::fut_mut(&fut), a.pos.get(1)) {
        f.desc = Some(s.clone());
    }
    Ok(fut)
}

/// `_obj_state(obj)`: the library layer reports that a Queue or Event changed; while
/// recording, an `obj_state` event carries its new state (`[1, 2] (2/5, unfinished 2)`,
/// `set`, `unset, 3 waiting`). Does nothing when recording is off.
fn obj_state(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !vm.recorder.enabled {
        return Ok(Value::None);
    }
    let Some(obj @ Value::Instance(inst)) = a.pos.first() else {
        return Ok(Value::None);
    };
    let desc = {
        let d = &inst.dict;
        if d.get("_internal").is_some() {
            return Ok(Value::None);
        }
        let int = |name: &str| match d.get(name) {
            Some(Value::Int(n)) => n,
            _ => 0,
        };
        if let Some(items) = d.get("_queue") {
            let n = match &items {
                Value::List(l) => l.borrow().len(),
                _ => 0,
            };
            let mut desc = crate::recorder::short_repr::short_text(&items);
            let max = int("_maxsize");
            if max > 0 {
                desc.push_str(&format!(" ({n}/{max})"));
            } else {
                desc.push_str(&format!(" ({n} item{})", if n == 1 { "" } else { "s" }));
            }
            let unfinished = int("_unfinished_tasks");
            if unfinished > 0 {
                desc.push_str(&format!(", unfinished {unfinished}"));
            }
            desc
        } else {
            let set = matches!(d.get("_value"), Some(Value::Bool(true)));
            let waiting = match d.get("_waiters") {
                Some(Value::List(l)) => l.borrow().len(),
                _ => 0,
            };
            let mut desc = String::from(if set { "set" } else { "unset" });
            if waiting > 0 {
                desc.push_str(&format!(", {waiting} waiting"));
            }
            desc
        }
    };
    let line = vm.rec_line();
    let kind = crate::recorder::EventKind::ObjState {
        obj: obj.id() as u64,
        type_name: obj.type_name(),
        desc: Rc::from(desc),
    };
    vm.recorder.emit(vm.steps, line, kind);
    Ok(Value::None)
}
