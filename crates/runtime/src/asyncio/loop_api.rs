//! Event loops outside `asyncio.run`, with CPython 3.12's semantics: `new_event_loop()`,
//! `set_event_loop()`, `get_event_loop()` (with its `DeprecationWarning: There is no current
//! event loop` when it has to create one), and the loop methods `run_until_complete`,
//! `run_forever`, `stop`, `close`, `is_running`, `is_closed`, `shutdown_asyncgens`.
//!
//! A loop object owns a [`LoopSlot`]. While the loop runs, its [`EventLoop`] lives in
//! `vm.event_loop` (the only running loop); between runs it is *parked* in the slot, so its
//! clock, timers and pending tasks carry over to the next `run_until_complete`. Methods such as
//! `create_task`, `call_soon` or `time()` on a loop that is not running borrow the parked loop
//! for the call ([`lend`]).

use std::cell::RefCell;
use std::rc::Rc;

use super::event_loop::EventLoop;
use super::future::{self, FutState};
use super::handle::Callback;
use super::runner::{Runner, Stage};
use super::types::asyncio_types;
use crate::object::exception::exc;
use crate::object::{Instance, NativeFunction, NativeImpl, Payload, TypeObject, Value};
use crate::vm::{Args, Flow, PyResult, Vm};

/// The native state of a loop object.
#[derive(Default)]
pub struct LoopSlot {
    /// The loop's state while it is not running (None before its first use, or while it runs).
    pub parked: Option<Box<EventLoop>>,
    /// `close()` was called (or `asyncio.run` finished with it).
    pub closed: bool,
}

/// A new Python-visible loop object (not running, not closed).
pub fn new_loop_value() -> Value {
    new_loop_of(asyncio_types().event_loop.clone())
}

fn new_loop_of(class: Rc<TypeObject>) -> Value {
    Value::Instance(Instance::new(
        class,
        Payload::Native(RefCell::new(Box::new(LoopSlot::default()))),
    ))
}

/// `asyncio.SelectorEventLoop()` (the loop class called directly, as `new_event_loop()`).
fn loop_new(_: &mut Vm, a: Args) -> PyResult<Value> {
    let class = match a.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => asyncio_types().event_loop.clone(),
    };
    Ok(new_loop_of(class))
}

fn with_slot<R>(obj: &Value, f: impl FnOnce(&mut LoopSlot) -> R) -> Option<R> {
    let Value::Instance(i) = obj else { return None };
    let Payload::Native(cell) = &i.payload else {
        return None;
    };
    let mut b = cell.borrow_mut();
    b.downcast_mut::<LoopSlot>().map(f)
}

/// Marks a loop object closed (`asyncio.run` closes its loop when it ends).
pub fn mark_closed(obj: &Value) {
    with_slot(obj, |s| s.closed = true);
}

/// Puts a loop that stopped running back into its object.
pub fn park(l: Box<EventLoop>) {
    let obj = l.loop_obj.clone();
    let mut l = Some(l);
    with_slot(&obj, |s| s.parked = l.take());
}

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Instance(x), Value::Instance(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

fn is_running(vm: &Vm, obj: &Value) -> bool {
    vm.event_loop
        .as_ref()
        .is_some_and(|l| same(&l.loop_obj, obj))
}

fn is_closed(obj: &Value) -> bool {
    with_slot(obj, |s| s.closed).unwrap_or(false)
}

fn check_closed(obj: &Value) -> PyResult<()> {
    if is_closed(obj) {
        return Err(exc("RuntimeError", "Event loop is closed"));
    }
    Ok(())
}

/// Takes the parked loop out of its object (a fresh loop at 0.0 on first use).
fn unpark(obj: &Value) -> Box<EventLoop> {
    with_slot(obj, |s| s.parked.take())
        .flatten()
        .unwrap_or_else(|| {
            Box::new(EventLoop::new(
                obj.clone(),
                Runner {
                    stage: Stage::Until,
                    main: Value::None,
                    to_cancel: Vec::new(),
                    outcome: None,
                },
            ))
        })
}

const LAST_LOOP: &str = "_last_loop";

/// Remembers the loop that ran or was used last: callbacks scheduled while no loop runs (a
/// task cancelled between two `run_until_complete` calls) go to it.
fn note_last_loop(vm: &mut Vm, obj: &Value) {
    if let Ok(m) = crate::modules::import(vm, "asyncio") {
        m.set(LAST_LOOP, obj.clone());
    }
}

/// Runs `f` with the running loop, or else with the loop used last (lent, unless it is
/// closed); with neither, `f` runs with no loop.
pub fn on_current_or_last_loop(vm: &mut Vm, f: impl FnOnce(&mut Vm)) {
    if vm.event_loop.is_some() {
        return f(vm);
    }
    let last = crate::modules::import(vm, "asyncio")
        .ok()
        .and_then(|m| m.get(LAST_LOOP))
        .filter(|v| !matches!(v, Value::None) && !is_closed(v));
    match last {
        Some(obj) => {
            let _ = lend(vm, &obj, |vm| {
                f(vm);
                Ok(())
            });
        }
        None => f(vm),
    }
}

/// Runs `f` with `obj`'s loop as the current loop: directly if it is running, else by lending
/// it the parked loop for the duration of the call.
pub fn lend<R>(vm: &mut Vm, obj: &Value, f: impl FnOnce(&mut Vm) -> PyResult<R>) -> PyResult<R> {
    if is_running(vm, obj) {
        return f(vm);
    }
    if vm.event_loop.is_some() {
        return Err(exc(
            "RuntimeError",
            "aiterscope supports one event loop at a time: this loop is not the running one",
        ));
    }
    vm.event_loop = Some(unpark(obj));
    note_last_loop(vm, obj);
    let r = f(vm);
    if let Some(l) = vm.event_loop.take() {
        park(l);
    }
    r
}

fn recv(a: &Args) -> Value {
    a.pos.first().cloned().unwrap_or(Value::None)
}

/// `loop.run_until_complete(future)`: runs the loop (with the driver frame) until `future`
/// (a coroutine is wrapped in a task) is done, and returns its result.
fn run_until_complete(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    let obj = recv(&a);
    let Some(fut) = a.pos.get(1).cloned().or_else(|| a.kwarg("future")) else {
        return Err(exc(
            "TypeError",
            "BaseEventLoop.run_until_complete() missing 1 required positional argument: 'future'",
        ));
    };
    start_running(vm, &obj)?;
    let fut = match super::module::ensure_future_value(vm, fut) {
        Ok(f) => f,
        Err(e) => {
            if let Some(l) = vm.event_loop.take() {
                park(l);
            }
            return Err(e);
        }
    };
    if let Err(e) = super::runner::run_until_complete(vm, &fut) {
        if let Some(l) = vm.event_loop.take() {
            park(l);
        }
        return Err(e);
    }
    if let Some(l) = vm.event_loop.as_deref_mut() {
        l.runner.stage = Stage::Until;
        l.runner.main = fut;
    }
    Ok(super::runner::driver_flow(vm))
}

/// `loop.run_forever()`: runs until `loop.stop()`.
fn run_forever(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    let obj = recv(&a);
    start_running(vm, &obj)?;
    if let Some(l) = vm.event_loop.as_deref_mut() {
        l.runner.stage = Stage::Forever;
    }
    Ok(super::runner::driver_flow(vm))
}

/// `_check_closed` and `_check_running`, then makes the loop the running one.
fn start_running(vm: &mut Vm, obj: &Value) -> PyResult<()> {
    check_closed(obj)?;
    if is_running(vm, obj) {
        return Err(exc("RuntimeError", "This event loop is already running"));
    }
    if vm.event_loop.is_some() {
        return Err(exc(
            "RuntimeError",
            "Cannot run the event loop while another loop is running",
        ));
    }
    vm.event_loop = Some(unpark(obj));
    note_last_loop(vm, obj);
    Ok(())
}

fn stop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = recv(&a);
    lend(vm, &obj, |vm| {
        if let Some(l) = vm.event_loop.as_deref_mut() {
            l.stopping = true;
        }
        Ok(Value::None)
    })
}

fn close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = recv(&a);
    if is_running(vm, &obj) {
        return Err(exc("RuntimeError", "Cannot close a running event loop"));
    }
    let parked = with_slot(&obj, |s| {
        if s.closed {
            return None;
        }
        s.closed = true;
        s.parked.take()
    })
    .flatten();
    if let Some(mut l) = parked {
        // `close()` clears `_ready` and `_scheduled`; what they kept alive dies now.
        l.ready.clear();
        l.scheduled.clear();
        drop(l);
    }
    Ok(Value::None)
}

fn loop_is_running(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(is_running(vm, &recv(&a))))
}

fn loop_is_closed(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(is_closed(&recv(&a))))
}

/// `repr(loop)` as CPython 3.12 prints it on Linux (`BaseEventLoop.__repr__`).
fn loop_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = recv(&a);
    Ok(Value::str(&format!(
        "<{} running={} closed={} debug=False>",
        obj.class().name,
        py_bool(is_running(vm, &obj)),
        py_bool(is_closed(&obj)),
    )))
}

/// `True`/`False` as Python prints them.
fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

fn loop_time(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = recv(&a);
    if let Some(l) = vm.event_loop.as_ref().filter(|l| same(&l.loop_obj, &obj)) {
        return Ok(Value::Float(l.time));
    }
    let parked = with_slot(&obj, |s| s.parked.as_ref().map(|l| l.time)).flatten();
    Ok(Value::Float(parked.unwrap_or(0.0)))
}

fn loop_create_task(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = recv(&a);
    let coro = a.pos.get(1).cloned().or_else(|| a.kwarg("coro"));
    let name = a.kwarg("name").filter(|n| !matches!(n, Value::None));
    check_closed(&obj)?;
    let Some(coro) = coro else {
        return Err(exc(
            "TypeError",
            "BaseEventLoop.create_task() missing 1 required positional argument: 'coro'",
        ));
    };
    lend(vm, &obj, |vm| {
        super::task::create_task_via_loop(vm, coro, name)
    })
}

/// `loop.set_task_factory(factory)`: a callable `factory(loop, coro)` returning a task, or
/// None for the default (`Task`).
fn set_task_factory(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = recv(&a);
    let factory = a.pos.get(1).cloned().or_else(|| a.kwarg("factory"));
    let Some(factory) = factory else {
        return Err(exc(
            "TypeError",
            "BaseEventLoop.set_task_factory() missing 1 required positional argument: 'factory'",
        ));
    };
    let factory = match factory {
        Value::None => None,
        f if crate::builtins::is_callable(&f) => Some(f),
        _ => return Err(exc("TypeError", "task factory must be a callable or None")),
    };
    lend(vm, &obj, |vm| {
        if let Some(l) = vm.event_loop.as_deref_mut() {
            l.task_factory = factory;
        }
        Ok(Value::None)
    })
}

/// `loop.get_task_factory()`: the factory set, or None.
fn get_task_factory(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = recv(&a);
    lend(vm, &obj, |vm| {
        Ok(vm
            .event_loop
            .as_ref()
            .and_then(|l| l.task_factory.clone())
            .unwrap_or(Value::None))
    })
}

fn schedule(vm: &mut Vm, a: Args, what: &str, timed: bool) -> PyResult<Value> {
    let obj = recv(&a);
    check_closed(&obj)?;
    let mut pos = a.pos.into_iter().skip(1);
    let when = if timed {
        let Some(w) = pos.next() else {
            let first = if what == "call_at" { "when" } else { "delay" };
            return Err(exc(
                "TypeError",
                format!(
                    "BaseEventLoop.{what}() missing 2 required positional arguments: \
                     '{first}' and 'callback'"
                ),
            ));
        };
        Some(match what {
            "call_at" => super::methods::seconds(&w, "when")?,
            // CPython computes `self.time() + delay` first.
            _ => super::methods::seconds(&w, "delay").map_err(|_| {
                exc(
                    "TypeError",
                    format!(
                        "unsupported operand type(s) for +: 'float' and '{}'",
                        w.type_name()
                    ),
                )
            })?,
        })
    } else {
        None
    };
    let Some(f) = pos.next() else {
        return Err(exc(
            "TypeError",
            format!("BaseEventLoop.{what}() missing 1 required positional argument: 'callback'"),
        ));
    };
    let cb = Callback::Call(f, pos.collect());
    let at = what == "call_at";
    let h = lend(vm, &obj, |vm| {
        Ok(match when {
            None => super::event_loop::call_soon(vm, cb),
            Some(w) if at => super::event_loop::call_at(vm, w, cb),
            Some(d) => super::event_loop::call_later(vm, d, cb),
        })
    })?;
    Ok(super::methods::handle_value(h))
}

fn call_soon(vm: &mut Vm, a: Args) -> PyResult<Value> {
    schedule(vm, a, "call_soon", false)
}

fn call_later(vm: &mut Vm, a: Args) -> PyResult<Value> {
    schedule(vm, a, "call_later", true)
}

fn call_at(vm: &mut Vm, a: Args) -> PyResult<Value> {
    schedule(vm, a, "call_at", true)
}

fn library_coroutine(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let m = crate::modules::import(vm, "asyncio")?;
    let f = m
        .get(name)
        .ok_or_else(|| exc("SystemError", format!("asyncio.{name} is missing")))?;
    vm.call_nested(f, Args::default())
}

fn shutdown_asyncgens(vm: &mut Vm, _: Args) -> PyResult<Value> {
    library_coroutine(vm, "_shutdown_asyncgens")
}

fn shutdown_default_executor(vm: &mut Vm, _: Args) -> PyResult<Value> {
    library_coroutine(vm, "_shutdown_default_executor")
}

/// `loop._pending_tasks()` (for `asyncio.Runner.close`): the loop's tasks not yet done.
fn pending_tasks(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = recv(&a);
    let tasks = lend(vm, &obj, |vm| {
        Ok(match vm.event_loop.as_deref_mut() {
            Some(l) => l
                .live_tasks()
                .into_iter()
                .filter(|t| future::state(t) == FutState::Pending)
                .collect(),
            None => Vec::new(),
        })
    })?;
    Ok(Value::list(tasks))
}

type Plain = fn(&mut Vm, Args) -> PyResult<Value>;
type FlowFn = fn(&mut Vm, Args) -> PyResult<Flow>;

/// Installs the loop methods on the loop class.
pub fn install(t: &Rc<TypeObject>) {
    let plain: &[(&'static str, Plain)] = &[
        ("__new__", loop_new),
        ("__repr__", loop_repr),
        ("time", loop_time),
        ("is_running", loop_is_running),
        ("is_closed", loop_is_closed),
        ("stop", stop),
        ("close", close),
        ("create_task", loop_create_task),
        ("set_task_factory", set_task_factory),
        ("get_task_factory", get_task_factory),
        ("call_soon", call_soon),
        ("call_later", call_later),
        ("call_at", call_at),
        ("shutdown_asyncgens", shutdown_asyncgens),
        ("shutdown_default_executor", shutdown_default_executor),
        ("_pending_tasks", pending_tasks),
    ];
    for (name, f) in plain {
        t.set_attr(
            name,
            NativeFunction::method("BaseEventLoop", name, NativeImpl::Plain(*f)),
        );
    }
    let flows: &[(&'static str, FlowFn)] = &[
        ("run_until_complete", run_until_complete),
        ("run_forever", run_forever),
    ];
    for (name, f) in flows {
        t.set_attr(
            name,
            NativeFunction::method("BaseEventLoop", name, NativeImpl::Flow(*f)),
        );
    }
}

// ---- the policy functions (module level) ----

const LOCAL_LOOP: &str = "_local_loop";
const SET_CALLED: &str = "_set_called";
const WARNED: &str = "_no_loop_warned_at";

fn asyncio_module(vm: &mut Vm) -> PyResult<Rc<crate::object::Module>> {
    crate::modules::import(vm, "asyncio")
}

/// `asyncio.run` sets (and at its end unsets) the current loop, like 3.12's `Runner`: later
/// `get_event_loop()` calls outside a loop then raise instead of creating one.
pub fn note_asyncio_run(vm: &mut Vm) {
    if let Ok(m) = asyncio_module(vm) {
        m.set(SET_CALLED, Value::Bool(true));
        m.set(LOCAL_LOOP, Value::None);
    }
}

fn new_event_loop(_: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(new_loop_value())
}

fn set_event_loop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let lp = a.pos.first().cloned().or_else(|| a.kwarg("loop"));
    let Some(lp) = lp else {
        return Err(exc(
            "TypeError",
            "set_event_loop() missing 1 required positional argument: 'loop'",
        ));
    };
    let is_loop = matches!(&lp, Value::Instance(i) if Rc::ptr_eq(&i.class.borrow(), &asyncio_types().event_loop));
    if !matches!(lp, Value::None) && !is_loop {
        return Err(exc(
            "TypeError",
            format!(
                "loop must be an instance of AbstractEventLoop or None, not '{}'",
                lp.type_name()
            ),
        ));
    }
    let m = asyncio_module(vm)?;
    m.set(SET_CALLED, Value::Bool(true));
    m.set(LOCAL_LOOP, lp);
    Ok(Value::None)
}

/// `asyncio.ensure_future(obj)`: outside a running loop, a coroutine or awaitable becomes a
/// task of the current loop (`get_event_loop()`, which may warn or create one), lent for the
/// call (so `loop.run_until_complete(asyncio.gather(...))` works as in CPython).
fn ensure_future(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    if vm.event_loop.is_some() || future::is_future(&obj) {
        return super::module::ensure_future_value(vm, obj);
    }
    let awaitable = matches!(&obj, Value::Gen(g) if g.kind == crate::object::GenKind::Coroutine)
        || crate::asyncgen::is_coroutine_like(&obj)
        || matches!(&obj, Value::Instance(i) if i.class.borrow().lookup("__await__").is_some());
    if !awaitable {
        return super::module::ensure_future_value(vm, obj);
    }
    let lp = get_event_loop(vm, Args::default())?;
    lend(vm, &lp, |vm| super::module::ensure_future_value(vm, obj))
}

/// `asyncio.get_event_loop()`: the running loop, else the current one, else (the first time,
/// with a DeprecationWarning on stderr) a new current loop.
fn get_event_loop(vm: &mut Vm, _: Args) -> PyResult<Value> {
    if let Some(l) = vm.event_loop.as_ref() {
        return Ok(l.loop_obj.clone());
    }
    let m = asyncio_module(vm)?;
    if let Some(lp) = m.get(LOCAL_LOOP).filter(|v| !matches!(v, Value::None)) {
        return Ok(lp);
    }
    if !matches!(m.get(SET_CALLED), Some(Value::Bool(true))) {
        warn_no_current_loop(vm, &m);
        let lp = new_loop_value();
        m.set(SET_CALLED, Value::Bool(true));
        m.set(LOCAL_LOOP, lp.clone());
        return Ok(lp);
    }
    Err(exc(
        "RuntimeError",
        "There is no current event loop in thread 'MainThread'.",
    ))
}

/// The DeprecationWarning, shown once per source location (the `default` action 3.12 uses
/// for DeprecationWarning in `__main__`).
fn warn_no_current_loop(vm: &mut Vm, m: &Rc<crate::object::Module>) {
    // Like the policy's stacklevel walk: the innermost frame outside asyncio's own code.
    let (fname, line) = vm
        .frames
        .iter()
        .rev()
        .find(|f| !crate::recorder::is_internal_code(&f.code))
        .map(|f| (f.code.filename.clone(), f.line()))
        .unwrap_or_else(|| (vm.filename.clone(), vm.current_line()));
    let key = format!("{fname}:{line}");
    let seen = match m.get(WARNED) {
        Some(Value::Str(s)) => s.split('\n').any(|k| k == key),
        _ => false,
    };
    if seen {
        return;
    }
    let all = match m.get(WARNED) {
        Some(Value::Str(s)) => format!("{s}\n{key}"),
        _ => key,
    };
    m.set(WARNED, Value::string(all));
    let src = vm
        .source_lines
        .get(line.saturating_sub(1) as usize)
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    vm.stderr.push_str(&format!(
        "{fname}:{line}: DeprecationWarning: There is no current event loop\n  {src}\n"
    ));
}

/// Installs `new_event_loop`, `set_event_loop`, `get_event_loop` and the loop-aware
/// `ensure_future` in the module.
pub fn install_module_functions(m: &Rc<crate::object::Module>) {
    m.set(
        "new_event_loop",
        NativeFunction::value("new_event_loop", new_event_loop),
    );
    m.set(
        "set_event_loop",
        NativeFunction::value("set_event_loop", set_event_loop),
    );
    m.set(
        "get_event_loop",
        NativeFunction::value("get_event_loop", get_event_loop),
    );
    m.set(
        "ensure_future",
        NativeFunction::value("ensure_future", ensure_future),
    );
    m.set(SET_CALLED, Value::Bool(false));
    m.set(LOCAL_LOOP, Value::None);
}
