//! The Python-visible methods of `Future`, `Task`, `Handle`/`TimerHandle`, the loop object
//! and the `sleep(0)` awaitable, plus their reprs (CPython's `_future_repr_info` /
//! `_task_repr_info` layout).

use std::cell::RefCell;
use std::rc::Rc;

use super::future::{self, fut_mut, DoneCallback, FutState, FutureObj};
use super::handle::{Callback, Handle};
use super::types::{asyncio_types, AsyncioTypes};
use crate::object::exception::exc;
use crate::object::{Instance, NativeFunction, NativeImpl, Payload, TypeObject, Value};
use crate::vm::{Args, PyResult, Vm};

type Plain = fn(&mut Vm, Args) -> PyResult<Value>;

/// The native state of a Handle object.
pub struct HandleObj(pub Handle);

/// The native state of the `sleep(0)` awaitable.
pub struct Sleep0 {
    /// The bare yield happened.
    pub yielded: bool,
}

fn def(t: &Rc<TypeObject>, owner: &'static str, name: &'static str, f: Plain) {
    t.set_attr(
        name,
        NativeFunction::method(owner, name, NativeImpl::Plain(f)),
    );
}

fn prop(t: &Rc<TypeObject>, owner: &'static str, name: &'static str, f: Plain) {
    let getter = NativeFunction::method(owner, name, NativeImpl::Plain(f));
    t.set_attr(
        name,
        Value::Instance(Instance::new(
            crate::object::builtin_types().property.clone(),
            Payload::Property {
                fget: getter,
                fset: Value::None,
                fdel: Value::None,
            },
        )),
    );
}

/// Installs the methods on the asyncio core classes.
pub fn install(t: &AsyncioTypes) {
    let f = &t.future;
    def(f, "Future", "__new__", future_new);
    def(f, "Future", "__init__", noop);
    def(f, "Future", "result", fut_result);
    def(f, "Future", "exception", fut_exception);
    def(f, "Future", "set_result", fut_set_result);
    def(f, "Future", "set_exception", fut_set_exception);
    def(f, "Future", "cancel", fut_cancel);
    def(f, "Future", "cancelled", fut_cancelled);
    def(f, "Future", "done", fut_done);
    def(f, "Future", "add_done_callback", fut_add_done_callback);
    def(
        f,
        "Future",
        "remove_done_callback",
        fut_remove_done_callback,
    );
    def(f, "Future", "get_loop", get_loop);
    def(f, "Future", "__await__", this);
    def(f, "Future", "__iter__", this);
    def(f, "Future", "__repr__", fut_repr);
    prop(f, "Future", "_asyncio_future_blocking", fut_blocking);
    prop(f, "Future", "_cancel_message", fut_cancel_message);
    let k = &t.task;
    k.set_attr(
        "__new__",
        NativeFunction::method("Task", "__new__", NativeImpl::Flow(task_new)),
    );
    def(k, "Task", "get_name", task_get_name);
    def(k, "Task", "set_name", task_set_name);
    def(k, "Task", "get_coro", task_get_coro);
    def(k, "Task", "cancel", task_cancel);
    def(k, "Task", "cancelling", task_cancelling);
    def(k, "Task", "uncancel", task_uncancel);
    let h = &t.handle;
    def(h, "Handle", "cancel", handle_cancel);
    def(h, "Handle", "__repr__", handle_repr);
    def(h, "Handle", "cancelled", handle_cancelled);
    def(&t.timer_handle, "TimerHandle", "when", handle_when);
    let l = &t.event_loop;
    def(l, "loop", "time", loop_time);
    def(l, "loop", "call_soon", loop_call_soon);
    def(l, "loop", "call_later", loop_call_later);
    def(l, "loop", "call_at", loop_call_at);
    def(l, "loop", "create_future", loop_create_future);
    def(l, "loop", "create_task", loop_create_task);
    def(l, "loop", "is_running", loop_is_running);
    def(l, "loop", "is_closed", loop_is_closed);
    def(l, "loop", "get_debug", loop_get_debug);
    def(&t.sleep0, "_Sleep0", "__await__", this);
}

fn noop(_: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn this(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos.first().cloned().unwrap_or(Value::None))
}

fn recv(a: &Args) -> Value {
    a.pos.first().cloned().unwrap_or(Value::None)
}

fn arg(a: &Args, i: usize, name: &str) -> Option<Value> {
    a.pos.get(i).cloned().or_else(|| a.kwarg(name))
}

fn future_new(_: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = match a.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => asyncio_types().future.clone(),
    };
    Ok(future::new_future_of(cls, FutureObj::new()))
}

fn fut_result(_: &mut Vm, a: Args) -> PyResult<Value> {
    future::result(&recv(&a))
}

fn fut_exception(_: &mut Vm, a: Args) -> PyResult<Value> {
    future::exception(&recv(&a))
}

fn fut_set_result(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = arg(&a, 1, "result").unwrap_or(Value::None);
    future::set_result(vm, &recv(&a), v)?;
    Ok(Value::None)
}

fn fut_set_exception(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let e = arg(&a, 1, "exception").unwrap_or(Value::None);
    // A done future refuses before the exception is looked at (a class is not instantiated).
    if future::state(&recv(&a)) != FutState::Pending {
        return Err(super::types::new_exc(
            &asyncio_types().invalid_state_error,
            "invalid state",
        ));
    }
    let e = match e {
        Value::Type(t) if t.kind == crate::object::TypeKind::BaseException => {
            let f = vm.instantiate(t, Args::default())?;
            vm.run_flow_nested(f)?
        }
        v if v.is_exception() => v,
        _ => return Err(exc("TypeError", "invalid exception object")),
    };
    future::set_exception(vm, &recv(&a), e)?;
    Ok(Value::None)
}

fn fut_cancel(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let msg = arg(&a, 1, "msg").filter(|m| !matches!(m, Value::None));
    Ok(Value::Bool(future::cancel_future(vm, &recv(&a), msg)))
}

fn fut_cancelled(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(future::state(&recv(&a)) == FutState::Cancelled))
}

fn fut_done(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(future::state(&recv(&a)) != FutState::Pending))
}

fn fut_add_done_callback(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(cb) = arg(&a, 1, "fn") else {
        return Err(exc(
            "TypeError",
            "add_done_callback() missing required argument 'fn' (pos 1)",
        ));
    };
    future::add_done_callback(vm, &recv(&a), DoneCallback::Py(cb))?;
    Ok(Value::None)
}

fn same_callable(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    match (a, b) {
        (Value::Method(x), Value::Method(y)) => x.self_.is(&y.self_) && x.func.is(&y.func),
        (Value::Native(x), Value::Native(y)) => {
            x.name == y.name
                && x.owner == y.owner
                && match (&x.self_, &y.self_) {
                    (Some(p), Some(q)) => p.is(q),
                    (None, None) => true,
                    _ => false,
                }
        }
        _ => false,
    }
}

fn fut_remove_done_callback(_: &mut Vm, a: Args) -> PyResult<Value> {
    let target = arg(&a, 1, "fn").unwrap_or(Value::None);
    let fut = recv(&a);
    let mut f = fut_mut(&fut).ok_or_else(|| exc("TypeError", "not a Future"))?;
    let before = f.callbacks.len();
    f.callbacks
        .retain(|c| !matches!(c, DoneCallback::Py(p) if same_callable(p, &target)));
    Ok(Value::Int((before - f.callbacks.len()) as i64))
}

fn get_loop(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(super::event_loop::running(vm)?.loop_obj.clone())
}

fn fut_blocking(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(fut_mut(&recv(&a)).is_some_and(|f| f.blocking)))
}

/// `future._cancel_message`: the message of the `cancel()` that cancelled it (None if none
/// was given, or if it ended because its coroutine raised CancelledError).
fn fut_cancel_message(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(fut_mut(&recv(&a))
        .and_then(|f| f.cancel_message.clone())
        .unwrap_or(Value::None))
}

fn fut_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::string(future_repr(vm, &recv(&a))?))
}

/// The text of a callable in reprs and log lines: `f() at FILE:LINE` for Python functions.
pub fn callback_text(f: &Value) -> String {
    let (name, source) = callback_name_and_source(f);
    match source {
        Some(at) => format!("{name}() {at}"),
        None => format!("{name}()"),
    }
}

/// `format_helpers._format_callback_source(f, args)`: the callable's qualified name, the
/// arguments as `reprlib` shows them, and `at FILE:LINE` for a plain Python function (not
/// for a bound method: CPython's `_get_function_source` finds none for one).
pub fn callback_source_text(vm: &mut Vm, f: &Value, args: &[Value]) -> String {
    let mut f = f.clone();
    let mut args = args.to_vec();
    let mut kwargs: Vec<(Value, Value)> = Vec::new();
    let mut suffix = String::new();
    // `functools.partial(g, *a, **k)(args)` shows as `g(a, k=v)(args)`, located at `g`.
    while let Some((inner, p_args, p_kwargs)) = partial_parts(&f) {
        suffix = format!("{}{suffix}", format_call_args(vm, &args, &kwargs));
        (f, args, kwargs) = (inner, p_args, p_kwargs);
    }
    let (name, source) = callback_name_and_source(&f);
    let name = match &f {
        // A callable instance has no `__qualname__`: CPython shows its repr.
        Value::Instance(_) => vm
            .repr_nested(&f)
            .unwrap_or_else(|_| format!("<{} object>", f.type_name())),
        _ => name,
    };
    let call = format!("{name}{}{suffix}", format_call_args(vm, &args, &kwargs));
    match source {
        Some(at) => format!("{call} {at}"),
        None => call,
    }
}

/// `format_helpers._format_args_and_kwargs`: `(a, b, k=v)` with reprlib's reprs.
fn format_call_args(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> String {
    let mut shown = Vec::with_capacity(args.len() + kwargs.len());
    for a in args {
        shown.push(reprlib_repr(vm, a, 6));
    }
    for (k, v) in kwargs {
        let key = k.as_str().map(str::to_string).unwrap_or_default();
        shown.push(format!("{key}={}", reprlib_repr(vm, v, 6)));
    }
    format!("({})", shown.join(", "))
}

/// A callable with the positional and keyword arguments it is called with.
type BoundCall = (Value, Vec<Value>, Vec<(Value, Value)>);

/// The function, positional arguments and keywords of a `functools.partial` object.
fn partial_parts(f: &Value) -> Option<BoundCall> {
    let Value::Instance(i) = f else { return None };
    {
        let class = i.class.borrow();
        if &*class.name != "partial" || &*class.module != "functools" {
            return None;
        }
    }
    let func = i.dict.get("func")?;
    let args = match i.dict.get("args")? {
        Value::Tuple(t) => t.to_vec(),
        _ => return None,
    };
    let kwargs = match i.dict.get("keywords")? {
        Value::Dict(d) => d.entries().into_iter().map(|e| (e.key, e.value)).collect(),
        _ => return None,
    };
    Some((func, args, kwargs))
}

fn callback_name_and_source(f: &Value) -> (String, Option<String>) {
    match f {
        Value::Function(func) => (
            func.qualname.borrow().to_string(),
            Some(format!(
                "at {}:{}",
                func.code.filename, func.code.first_line
            )),
        ),
        Value::Method(m) => match &m.func {
            Value::Function(func) => (func.qualname.borrow().to_string(), None),
            other => (callback_name_and_source(other).0, None),
        },
        Value::Native(n) if !n.owner.is_empty() => (format!("{}.{}", n.owner, n.name), None),
        Value::Native(n) => (n.name.to_string(), None),
        other => (other.type_name().to_string(), None),
    }
}

/// `reprlib.repr(v)` for what callback reprs show: strs over 30 characters and lists or
/// tuples over 6 items shortened as reprlib shortens them (nested levels too); anything
/// else as `repr`.
fn reprlib_repr(vm: &mut Vm, v: &Value, level: usize) -> String {
    let items = match v {
        Value::List(l) => Some((l.borrow().to_vec(), "[", "]")),
        Value::Tuple(t) => Some((t.to_vec(), "(", ")")),
        _ => None,
    };
    match items {
        Some((items, open, close)) => {
            if items.is_empty() {
                return format!("{open}{close}");
            }
            if level == 0 {
                return format!("{open}...{close}");
            }
            let mut parts: Vec<String> = items
                .iter()
                .take(6)
                .map(|x| reprlib_repr(vm, x, level - 1))
                .collect();
            if items.len() > 6 {
                parts.push("...".to_string());
            }
            let single_tuple = open == "(" && items.len() == 1;
            format!(
                "{open}{}{}{close}",
                parts.join(", "),
                if single_tuple { "," } else { "" }
            )
        }
        None => short_repr(vm, v).unwrap_or_else(|_| format!("<{} object>", v.type_name())),
    }
}

/// `repr(handle)`: `<Handle f(args) at FILE:LINE>`, `<TimerHandle when=T f(args)>`, and
/// `cancelled` (without the callback, which cancelling drops) as CPython shows them.
fn handle_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = handle_of(&recv(&a))?;
    let mut info = vec![if h.is_timer { "TimerHandle" } else { "Handle" }.to_string()];
    if h.cancelled.get() {
        info.push("cancelled".to_string());
    }
    if h.is_timer {
        info.push(format!("when={}", vm.repr_nested(&Value::Float(h.when))?));
    }
    let shown = match &*h.callback.borrow() {
        Some(Callback::Call(f, args)) => Some((f.clone(), args.clone())),
        _ => None,
    };
    if let Some((f, args)) = shown {
        info.push(callback_source_text(vm, &f, &args));
    }
    Ok(Value::string(format!("<{}>", info.join(" "))))
}

fn done_callback_text(vm: &mut Vm, cb: &DoneCallback) -> String {
    match cb {
        DoneCallback::Py(f) => callback_source_text(vm, f, &[]),
        DoneCallback::Wakeup(_) => "Task.task_wakeup()".to_string(),
        DoneCallback::Gather(_) => "gather.<locals>._done_callback()".to_string(),
        DoneCallback::StopLoop => "_run_until_complete_cb()".to_string(),
    }
}

/// `repr(future)` / `repr(task)`.
pub fn future_repr(vm: &mut Vm, fut: &Value) -> PyResult<String> {
    let (state, result, exception, cbs, task) = {
        let f = fut_mut(fut).ok_or_else(|| exc("TypeError", "not a Future"))?;
        let task = f.task.as_ref().map(|t| {
            (
                t.name.clone(),
                t.coro.clone(),
                t.fut_waiter.clone(),
                t.num_cancels_requested,
            )
        });
        (
            f.state,
            f.result.clone(),
            f.exception.clone(),
            f.callbacks.clone(),
            task,
        )
    };
    let mut info: Vec<String> = vec![match state {
        FutState::Pending => "pending".to_string(),
        FutState::Cancelled => "cancelled".to_string(),
        FutState::Finished => "finished".to_string(),
    }];
    if state == FutState::Finished {
        match &exception {
            Some(e) => info.push(format!("exception={}", vm.repr_nested(e)?)),
            None => info.push(format!("result={}", short_repr(vm, &result)?)),
        }
    }
    if !cbs.is_empty() {
        let texts: Vec<String> = cbs.iter().map(|c| done_callback_text(vm, c)).collect();
        let shown = if texts.len() > 2 {
            format!(
                "{}, <{} more>, {}",
                texts[0],
                texts.len() - 2,
                texts[texts.len() - 1]
            )
        } else {
            texts.join(", ")
        };
        info.push(format!("cb=[{shown}]"));
    }
    let class = fut.type_name();
    if let Some((name, coro, waiter, cancels)) = task {
        if cancels > 0 && state == FutState::Pending {
            info[0] = "cancelling".to_string();
        }
        info.insert(1, format!("name={}", vm.repr_nested(&name)?));
        if let Some(w) = waiter {
            info.insert(2, format!("wait_for={}", future_repr(vm, &w)?));
        }
        if !matches!(coro, Value::None) {
            info.insert(2, format!("coro=<{}>", super::task::format_coro(&coro)));
        }
    }
    Ok(format!("<{class} {}>", info.join(" ")))
}

/// `reprlib.repr` (approximately: long reprs are shortened like reprlib does for strings).
fn short_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = vm.repr_nested(v)?;
    if let Value::Str(_) = v {
        let chars: Vec<char> = r.chars().collect();
        if chars.len() > 30 {
            let head: String = chars[..13].iter().collect();
            let tail: String = chars[chars.len() - 14..].iter().collect();
            return Ok(format!("{head}...{tail}"));
        }
    }
    Ok(r)
}

/// `Task(coro, *, loop=None, name=None, context=None, eager_start=False)` (the loop is the
/// running one; contexts do not exist here).
fn task_new(vm: &mut Vm, a: Args) -> PyResult<crate::vm::Flow> {
    let cls = match a.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => asyncio_types().task.clone(),
    };
    let coro = arg(&a, 1, "coro").unwrap_or(Value::None);
    let name = a.kwarg("name").filter(|n| !matches!(n, Value::None));
    let eager = match a.kwarg("eager_start") {
        Some(v) => vm.truthy_nested(&v)?,
        None => false,
    };
    super::task::task_constructor(vm, cls, coro, name, eager)
}

fn with_task<R>(v: &Value, f: impl FnOnce(&mut super::task::TaskData) -> R) -> PyResult<R> {
    let mut fo = fut_mut(v).ok_or_else(|| exc("TypeError", "not a Task"))?;
    let t = fo
        .task
        .as_mut()
        .ok_or_else(|| exc("TypeError", "not a Task"))?;
    Ok(f(t))
}

fn task_get_name(_: &mut Vm, a: Args) -> PyResult<Value> {
    with_task(&recv(&a), |t| t.name.clone())
}

fn task_set_name(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = arg(&a, 1, "value").unwrap_or(Value::None);
    let s = match v {
        Value::Str(_) => v,
        other => Value::string(vm.str_nested(&other)?),
    };
    with_task(&recv(&a), |t| t.name = s)?;
    Ok(Value::None)
}

fn task_get_coro(_: &mut Vm, a: Args) -> PyResult<Value> {
    with_task(&recv(&a), |t| t.coro.clone())
}

fn task_cancel(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let msg = arg(&a, 1, "msg").filter(|m| !matches!(m, Value::None));
    Ok(Value::Bool(super::task::cancel(vm, &recv(&a), msg)))
}

fn task_cancelling(_: &mut Vm, a: Args) -> PyResult<Value> {
    with_task(&recv(&a), |t| Value::Int(t.num_cancels_requested as i64))
}

fn task_uncancel(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(super::task::uncancel(&recv(&a))))
}

fn handle_of(v: &Value) -> PyResult<Handle> {
    if let Value::Instance(i) = v {
        if let Payload::Native(cell) = &i.payload {
            if let Some(h) = cell.borrow().downcast_ref::<HandleObj>() {
                return Ok(h.0.clone());
            }
        }
    }
    Err(exc("TypeError", "not a Handle"))
}

/// Wraps a handle as a Python `Handle`/`TimerHandle` object.
pub fn handle_value(h: Handle) -> Value {
    let t = asyncio_types();
    let class = if h.is_timer {
        t.timer_handle.clone()
    } else {
        t.handle.clone()
    };
    Value::Instance(Instance::new(
        class,
        Payload::Native(RefCell::new(Box::new(HandleObj(h)))),
    ))
}

fn handle_cancel(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = handle_of(&recv(&a))?;
    super::event_loop::cancel_handle(vm, &h);
    Ok(Value::None)
}

fn handle_cancelled(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(handle_of(&recv(&a))?.cancelled.get()))
}

fn handle_when(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(handle_of(&recv(&a))?.when))
}

/// A new Python-visible loop object.
pub fn new_loop_object() -> Value {
    Value::Instance(Instance::new(
        asyncio_types().event_loop.clone(),
        Payload::None,
    ))
}

fn loop_time(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Float(super::event_loop::running(vm)?.time))
}

fn float_arg(v: &Value, what: &str) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(f) => Ok(*f),
        Value::Bool(b) => Ok(*b as i64 as f64),
        other => Err(exc(
            "TypeError",
            format!("{what} must be a number, not '{}'", other.type_name()),
        )),
    }
}

/// Numeric argument as seconds (int, float or bool).
pub fn seconds(v: &Value, what: &str) -> PyResult<f64> {
    float_arg(v, what)
}

fn loop_call_soon(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::event_loop::running(vm)?;
    let mut pos = a.pos.into_iter().skip(1);
    let Some(f) = pos.next() else {
        return Err(exc(
            "TypeError",
            "call_soon() missing 1 required positional argument: 'callback'",
        ));
    };
    let h = super::event_loop::call_soon(vm, Callback::Call(f, pos.collect()));
    Ok(handle_value(h))
}

fn loop_call_later(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::event_loop::running(vm)?;
    let mut pos = a.pos.into_iter().skip(1);
    let (Some(d), Some(f)) = (pos.next(), pos.next()) else {
        return Err(exc(
            "TypeError",
            "call_later() missing required positional arguments",
        ));
    };
    let d = float_arg(&d, "delay")?;
    let h = super::event_loop::call_later(vm, d, Callback::Call(f, pos.collect()));
    Ok(handle_value(h))
}

fn loop_call_at(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::event_loop::running(vm)?;
    let mut pos = a.pos.into_iter().skip(1);
    let (Some(w), Some(f)) = (pos.next(), pos.next()) else {
        return Err(exc(
            "TypeError",
            "call_at() missing required positional arguments",
        ));
    };
    let w = float_arg(&w, "when")?;
    let h = super::event_loop::call_at(vm, w, Callback::Call(f, pos.collect()));
    Ok(handle_value(h))
}

fn loop_create_future(_: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(future::new_future())
}

fn loop_create_task(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let coro = arg(&a, 1, "coro").unwrap_or(Value::None);
    let name = a.kwarg("name").filter(|n| !matches!(n, Value::None));
    super::task::create_task_via_loop(vm, coro, name)
}

fn loop_is_running(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.event_loop.is_some()))
}

fn loop_is_closed(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.event_loop.is_none()))
}

fn loop_get_debug(_: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

/// A new `sleep(0)` awaitable.
pub fn new_sleep0() -> Value {
    Value::Instance(Instance::new(
        asyncio_types().sleep0.clone(),
        Payload::Native(RefCell::new(Box::new(Sleep0 { yielded: false }))),
    ))
}
