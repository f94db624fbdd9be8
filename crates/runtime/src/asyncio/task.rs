//! `asyncio.Task` with CPython 3.12's `__step`/`__wakeup` semantics: a step sends `None` (or
//! throws) into the coroutine; a yielded blocking future gets `add_done_callback(wakeup)`; a
//! bare `yield` reschedules the step with `call_soon`; anything else is a RuntimeError thrown
//! back in at the next step. `cancel()` cancels the awaited future or sets `_must_cancel`.

use std::rc::Rc;

use super::future::{self, fut_mut, DoneCallback, FutState, FutureObj};
use super::handle::Callback;
use super::types::{asyncio_types, is_cancelled_error};
use crate::asyncgen::awaitables::{self, Begin, Finish};
use crate::object::exception::exc;
use crate::object::{GenKind, GenState, Value};
use crate::recorder::EventKind;
use crate::vm::{Args, Cont, Flow, Outcome, PyResult, ResumeInput, Then, Vm};

/// The task part of a Task's native state.
pub struct TaskData {
    /// The coroutine it drives.
    pub coro: Value,
    /// `get_name()`.
    pub name: Value,
    /// `_must_cancel`.
    pub must_cancel: bool,
    /// `_num_cancels_requested`.
    pub num_cancels_requested: u32,
    /// `_fut_waiter`: the future it awaits.
    pub fut_waiter: Option<Value>,
    /// `_log_destroy_pending`.
    pub log_destroy_pending: bool,
    /// It has started and is suspended (for `await_resume` events).
    pub suspended: bool,
}

fn task_name_text(name: &Value) -> Rc<str> {
    match name {
        Value::Str(s) => s.clone(),
        Value::Int(i) => Rc::from(i.to_string()),
        other => other.type_name(),
    }
}

/// The name of a task (`Task-N`).
pub fn name_of(task: &Value) -> Rc<str> {
    fut_mut(task)
        .and_then(|f| f.task.as_ref().map(|t| task_name_text(&t.name)))
        .unwrap_or_else(|| Rc::from("?"))
}

/// Creates a task for `coro` on the running loop and schedules its first step
/// (`Task(coro, name=name)`: the default task factory).
pub fn create_task(vm: &mut Vm, coro: Value, name: Option<Value>) -> Result<Value, Value> {
    let task = new_task(vm, asyncio_types().task.clone(), coro, name)?;
    super::event_loop::call_soon(vm, Callback::TaskStep(task.clone(), None));
    Ok(task)
}

/// `loop.create_task(coro, name=name)`: through the loop's task factory when one is set
/// (`factory(loop, coro)`, then `set_name(name)`, as CPython 3.12 calls it), else
/// [`create_task`].
pub fn create_task_via_loop(vm: &mut Vm, coro: Value, name: Option<Value>) -> PyResult<Value> {
    let l = super::event_loop::running(vm)?;
    let Some(factory) = l.task_factory.clone() else {
        return create_task(vm, coro, name);
    };
    let loop_obj = l.loop_obj.clone();
    let task = vm.call_nested(factory, Args::new(vec![loop_obj, coro]))?;
    if let Some(name) = name {
        let set_name = vm.getattr_nested(&task, "set_name")?;
        vm.call_nested(set_name, Args::new(vec![name]))?;
    }
    Ok(task)
}

/// `Task(coro, name=name, eager_start=eager)` of class `cls`: with `eager` (and the loop
/// running) the task's first step runs now, inside its creator; otherwise it is scheduled.
pub fn task_constructor(
    vm: &mut Vm,
    cls: Rc<crate::object::TypeObject>,
    coro: Value,
    name: Option<Value>,
    eager: bool,
) -> PyResult<Flow> {
    let task = new_task(vm, cls, coro, name)?;
    if eager {
        return Ok(eager_start(vm, task));
    }
    super::event_loop::call_soon(vm, Callback::TaskStep(task.clone(), None));
    Ok(Flow::Value(task))
}

/// A new pending task of class `cls` for `coro` (checked), named `name` (made a str) or
/// `Task-N`, registered with the running loop; its first step is not scheduled yet.
fn new_task(
    vm: &mut Vm,
    cls: Rc<crate::object::TypeObject>,
    coro: Value,
    name: Option<Value>,
) -> Result<Value, Value> {
    super::event_loop::running(vm)?;
    let coro = match &coro {
        Value::Gen(g) if g.kind == GenKind::Coroutine => coro,
        other if awaitables::with_aw(other, |_| ()).is_some() => coro,
        other if crate::asyncgen::is_coroutine_like(other) => super::wrap_awaitable(vm, other)?,
        other => {
            let r = vm.repr_nested(other)?;
            return Err(exc(
                "TypeError",
                format!("a coroutine was expected, got {r}"),
            ));
        }
    };
    vm.task_counter += 1;
    let name = match name {
        None => Value::string(format!("Task-{}", vm.task_counter)),
        Some(n @ Value::Str(_)) => n,
        Some(other) => Value::string(vm.str_nested(&other)?),
    };
    let mut state = FutureObj::new();
    state.task = Some(TaskData {
        coro,
        name,
        must_cancel: false,
        num_cancels_requested: 0,
        fut_waiter: None,
        log_destroy_pending: true,
        suspended: false,
    });
    let task = future::new_future_of(cls, state);
    if let (Some(l), Value::Instance(i)) = (vm.event_loop.as_deref_mut(), &task) {
        l.tasks.push(Rc::downgrade(i));
    }
    if vm.recorder.enabled {
        let line = vm.rec_line();
        let name = name_of(&task);
        vm.recorder
            .emit(vm.steps, line, EventKind::TaskCreated { name });
    }
    Ok(task)
}

/// `Task.__eager_start`: the task's first step runs now, as the current task, inside the
/// code that created it; the creator's task is current again afterwards. A task that does
/// not finish in that step goes on like any other (its wake-up is already arranged).
fn eager_start(vm: &mut Vm, task: Value) -> Flow {
    let prev = vm.event_loop.as_ref().and_then(|l| l.current_task.clone());
    let Some((g, input)) = begin_step(vm, &task, None) else {
        restore_creator(vm, prev);
        return Flow::Value(task);
    };
    let (task_err, prev_err) = (task.clone(), prev.clone());
    let then = Then::outcome(move |vm, o| {
        step_done(vm, task.clone(), o);
        end_eager_start(vm, &task, prev);
        Ok(Flow::Value(task))
    })
    .catch(move |vm, e| {
        step_raised(vm, task_err.clone(), e);
        end_eager_start(vm, &task_err, prev_err);
        Ok(Ok(Flow::Value(task_err)))
    });
    Flow::Resume {
        gen: g,
        input,
        then,
    }
}

/// After an eager first step: a task that finished drops its coroutine (`get_coro()` is
/// None and the repr has no `coro=`), and the creator is the current task again.
fn end_eager_start(vm: &mut Vm, task: &Value, prev: Option<Value>) {
    if let Some(mut f) = fut_mut(task) {
        if f.state != FutState::Pending {
            if let Some(t) = f.task.as_mut() {
                t.coro = Value::None;
            }
        }
    }
    restore_creator(vm, prev);
}

/// The creating task (if any) is the current task again, and the recorder says so.
fn restore_creator(vm: &mut Vm, prev: Option<Value>) {
    if let (Some(p), true) = (&prev, vm.recorder.enabled) {
        let name = name_of(p);
        if vm.recorder.task.as_ref() != name.as_ref() {
            vm.recorder.task = name.clone();
            vm.recorder
                .emit(vm.steps, 0, EventKind::TaskSwitch { name });
        }
    }
    if let Some(l) = vm.event_loop.as_deref_mut() {
        l.current_task = prev;
    }
}

/// `Task.cancel(msg)`.
pub fn cancel(vm: &mut Vm, task: &Value, msg: Option<Value>) -> bool {
    let waiter = {
        let Some(mut f) = fut_mut(task) else {
            return false;
        };
        f.log_traceback = false;
        if f.state != FutState::Pending {
            return false;
        }
        let Some(t) = f.task.as_mut() else {
            return false;
        };
        t.num_cancels_requested += 1;
        t.fut_waiter.clone()
    };
    if let Some(w) = waiter {
        if future::cancel_any(vm, &w, msg.clone()) {
            return true;
        }
    }
    if let Some(mut f) = fut_mut(task) {
        if let Some(t) = f.task.as_mut() {
            t.must_cancel = true;
        }
        f.cancel_message = msg;
    }
    true
}

/// `Task.__step(exc)`: resumes the coroutine; the outcome arrives at `step_done` /
/// `step_raised` through `Cont::Task`.
pub fn step(vm: &mut Vm, task: Value, exc_in: Option<Value>) {
    if let Some((g, input)) = begin_step(vm, &task, exc_in) {
        if let Err(e) = vm.resume_gen(g, input, Cont::Task(task.clone())) {
            step_raised(vm, task, e);
        }
    }
}

/// The start of `Task.__step`: the cancellation check, the current task, the recorder's
/// switch. Returns what to resume, or `None` when the step already ended (the task is done,
/// or its awaitable finished at once).
fn begin_step(
    vm: &mut Vm,
    task: &Value,
    exc_in: Option<Value>,
) -> Option<(Rc<crate::object::Generator>, ResumeInput)> {
    let (coro, mut exc_in, resumed) = {
        let mut f = fut_mut(task)?;
        if f.state != FutState::Pending {
            drop(f);
            let e = super::types::new_exc(
                &asyncio_types().invalid_state_error,
                "__step(): already done",
            );
            super::diagnostics::exception_in_callback(vm, "Task.__step()", &e);
            return None;
        }
        let cancel_message = f.cancel_message.clone();
        let t = f.task.as_mut()?;
        let mut e = exc_in;
        if t.must_cancel {
            if !e.as_ref().is_some_and(is_cancelled_error) {
                e = Some(super::types::cancelled_error(cancel_message));
            }
            t.must_cancel = false;
        }
        t.fut_waiter = None;
        let resumed = std::mem::replace(&mut t.suspended, false);
        (t.coro.clone(), e, resumed)
    };
    if let Some(l) = vm.event_loop.as_deref_mut() {
        l.current_task = Some(task.clone());
    }
    if vm.recorder.enabled {
        let name = name_of(task);
        if vm.recorder.task.as_ref() != name.as_ref() {
            vm.recorder.task = name.clone();
            vm.recorder
                .emit(vm.steps, 0, EventKind::TaskSwitch { name });
        }
        if resumed {
            vm.recorder.emit(vm.steps, 0, EventKind::AwaitResume);
        }
    }
    Some(match coro {
        Value::Gen(g) => (
            g,
            match exc_in.take() {
                Some(e) => ResumeInput::Throw(e),
                None => ResumeInput::Send(Value::None),
            },
        ),
        // An asend/athrow object driven directly (`create_task(agen.aclose())`).
        other => {
            let input = match exc_in.take() {
                Some(e) => Err(e),
                None => Ok(Value::None),
            };
            match awaitables::begin(vm, &other, input) {
                Ok(Begin::Resume(g, input)) => (g, input),
                Ok(Begin::Return(v)) => {
                    step_done(vm, task.clone(), Outcome::Return(v));
                    return None;
                }
                Err(e) => {
                    step_raised(vm, task.clone(), e);
                    return None;
                }
            }
        }
    })
}

fn leave_task(vm: &mut Vm) {
    if let Some(l) = vm.event_loop.as_deref_mut() {
        l.current_task = None;
    }
}

fn record_done(vm: &mut Vm, task: &Value) {
    if !vm.recorder.enabled {
        return;
    }
    let name = name_of(task);
    let (state, res, e) = match fut_mut(task) {
        Some(f) => (f.state, f.result.clone(), f.exception.clone()),
        None => return,
    };
    let kind = match (state, e) {
        (FutState::Cancelled, _) => EventKind::TaskFailed {
            name,
            exception: Rc::from("CancelledError"),
        },
        (_, Some(e)) => {
            let msg = match e.exc_data().and_then(|d| d.borrow().args.first().cloned()) {
                Some(Value::Str(s)) => s.to_string(),
                Some(other) => safe_repr(vm, &other).to_string(),
                None => String::new(),
            };
            let text = if msg.is_empty() {
                e.type_name().to_string()
            } else {
                format!("{}: {msg}", e.type_name())
            };
            EventKind::TaskFailed {
                name,
                exception: Rc::from(text),
            }
        }
        _ => {
            let r = safe_repr(vm, &res);
            EventKind::TaskDone { name, result: r }
        }
    };
    vm.recorder.emit(vm.steps, 0, kind);
}

fn awaitable_coro(task: &Value) -> Option<Value> {
    let f = fut_mut(task)?;
    let coro = &f.task.as_ref()?.coro;
    awaitables::with_aw(coro, |_| ())?;
    Some(coro.clone())
}

/// The coroutine of a task step returned or yielded.
pub fn step_done(vm: &mut Vm, task: Value, o: Outcome) {
    let o = match awaitable_coro(&task) {
        Some(coro) => match awaitables::finish_outcome(vm, &coro, o) {
            Some(Finish::PassYield(v)) => Outcome::Yield(v, false),
            Some(Finish::Return(v)) => Outcome::Return(v),
            Some(Finish::Raise(e)) => return step_raised(vm, task, e),
            None => return,
        },
        None => o,
    };
    step_done_plain(vm, task, o);
}

fn step_done_plain(vm: &mut Vm, task: Value, o: Outcome) {
    leave_task(vm);
    match o {
        Outcome::Return(v) => {
            let must_cancel = fut_mut(&task)
                .and_then(|mut f| {
                    let msg = f.cancel_message.clone();
                    let t = f.task.as_mut()?;
                    Some(std::mem::replace(&mut t.must_cancel, false).then_some(msg))
                })
                .flatten();
            match must_cancel {
                Some(msg) => {
                    future::cancel_future(vm, &task, msg);
                }
                None => {
                    let _ = future::set_result(vm, &task, v);
                }
            }
            record_done(vm, &task);
        }
        Outcome::Yield(v, _) => yielded(vm, task, v),
    }
}

fn yielded(vm: &mut Vm, task: Value, v: Value) {
    if let Some(mut f) = fut_mut(&task) {
        if let Some(t) = f.task.as_mut() {
            t.suspended = true;
        }
    }
    let blocking = fut_mut(&v).map(|f| f.blocking);
    match blocking {
        Some(true) => {
            if v.is(&task) {
                let r = repr_task_text(vm, &task);
                let e = exc("RuntimeError", format!("Task cannot await on itself: {r}"));
                super::event_loop::call_soon(vm, Callback::TaskStep(task, Some(e)));
                return;
            }
            if let Some(mut f) = fut_mut(&v) {
                f.blocking = false;
            }
            record_suspend(vm, &v);
            let _ = future::add_done_callback(vm, &v, DoneCallback::Wakeup(task.clone()));
            let (must_cancel, msg) = match fut_mut(&task) {
                Some(mut f) => {
                    let msg = f.cancel_message.clone();
                    match f.task.as_mut() {
                        Some(t) => {
                            t.fut_waiter = Some(v.clone());
                            (t.must_cancel, msg)
                        }
                        None => (false, None),
                    }
                }
                None => (false, None),
            };
            if must_cancel && future::cancel_any(vm, &v, msg) {
                if let Some(mut f) = fut_mut(&task) {
                    if let Some(t) = f.task.as_mut() {
                        t.must_cancel = false;
                    }
                }
            }
        }
        Some(false) => {
            let (rt, rv) = (
                repr_task_text(vm, &task),
                vm.repr_nested(&v).unwrap_or_default(),
            );
            let e = exc(
                "RuntimeError",
                format!("yield was used instead of yield from in task {rt} with {rv}"),
            );
            super::event_loop::call_soon(vm, Callback::TaskStep(task, Some(e)));
        }
        None => {
            if matches!(v, Value::None) {
                if vm.recorder.enabled {
                    vm.recorder.emit(
                        vm.steps,
                        0,
                        EventKind::AwaitSuspend {
                            awaiting: Rc::from("sleep(0)"),
                        },
                    );
                }
                super::event_loop::call_soon(vm, Callback::TaskStep(task, None));
                return;
            }
            let is_gen = matches!(&v, Value::Gen(g) if g.kind == GenKind::Generator);
            let rv = vm.repr_nested(&v).unwrap_or_default();
            let msg = if is_gen {
                let rt = repr_task_text(vm, &task);
                format!("yield was used instead of yield from for generator in task {rt} with {rv}")
            } else {
                format!("Task got bad yield: {rv}")
            };
            super::event_loop::call_soon(
                vm,
                Callback::TaskStep(task, Some(exc("RuntimeError", msg))),
            );
        }
    }
}

fn record_suspend(vm: &mut Vm, awaited: &Value) {
    if !vm.recorder.enabled {
        return;
    }
    let awaiting: Rc<str> = if super::future::is_task(awaited) {
        name_of(awaited)
    } else {
        fut_mut(awaited)
            .and_then(|f| f.desc.clone())
            .unwrap_or_else(|| Rc::from("Future"))
    };
    vm.recorder
        .emit(vm.steps, 0, EventKind::AwaitSuspend { awaiting });
}

/// The coroutine of a task step raised `e`.
pub fn step_raised(vm: &mut Vm, task: Value, e: Value) {
    let e = match awaitable_coro(&task) {
        Some(coro) => match awaitables::finish_exception(vm, &coro, e) {
            Some(Finish::Raise(e)) => e,
            Some(Finish::Return(v)) => return step_done_plain(vm, task, Outcome::Return(v)),
            Some(Finish::PassYield(v)) => {
                return step_done_plain(vm, task, Outcome::Yield(v, false))
            }
            None => return,
        },
        None => e,
    };
    leave_task(vm);
    if is_cancelled_error(&e) {
        if let Some(mut f) = fut_mut(&task) {
            f.cancelled_exc = Some(e);
        }
        future::cancel_future(vm, &task, None);
    } else {
        let _ = future::set_exception(vm, &task, e);
    }
    record_done(vm, &task);
}

/// `Task.__wakeup(future)`.
pub fn wakeup(vm: &mut Vm, task: Value, fut: Value) {
    match future::result(&fut) {
        Ok(_) => step(vm, task, None),
        Err(e) => step(vm, task, Some(e)),
    }
}

/// `task.uncancel()`. As in CPython 3.12 it only counts down: a cancellation requested while
/// the task was running (`_must_cancel`) is still delivered at its next step (3.13 drops it
/// when the count reaches 0).
pub fn uncancel(task: &Value) -> i64 {
    let Some(mut f) = fut_mut(task) else { return 0 };
    let Some(t) = f.task.as_mut() else { return 0 };
    if t.num_cancels_requested > 0 {
        t.num_cancels_requested -= 1;
    }
    t.num_cancels_requested as i64
}

/// `coroutines._format_coroutine`: `f() running at FILE:LINE` / `f() done, defined at ...`.
pub fn format_coro(coro: &Value) -> String {
    match coro {
        Value::Gen(g) => {
            let frame = g.frame.borrow();
            match (g.state.get(), frame.as_ref()) {
                (GenState::Finished, _) | (_, None) => format!(
                    "{}() done, defined at {}:{}",
                    g.qualname, g.code.filename, g.code.first_line
                ),
                (GenState::Created, Some(_)) => format!(
                    "{}() running at {}:{}",
                    g.qualname, g.code.filename, g.code.first_line
                ),
                (_, Some(f)) => format!(
                    "{}() running at {}:{}",
                    g.qualname,
                    g.code.filename,
                    f.line()
                ),
            }
        }
        other => format!("{}()", other.type_name()),
    }
}

/// `repr(task)` built without running Python code (used by messages and finalizers).
pub fn repr_task_text(vm: &mut Vm, task: &Value) -> String {
    super::methods::future_repr(vm, task).unwrap_or_else(|_| "<Task>".to_string())
}

/// A repr for the recorder that never runs Python code (`<Point object>` for instances of
/// classes with their own `__repr__`).
pub fn safe_repr(vm: &mut Vm, v: &Value) -> Rc<str> {
    let runs_python = match v {
        Value::Instance(i) => {
            let t = i.class.borrow().clone();
            crate::vm::ops::user_method(&t, "__repr__").is_some() && !super::future::is_future(v)
        }
        _ => false,
    };
    if runs_python {
        return Rc::from(format!("<{} object>", v.type_name()));
    }
    Rc::from(vm.repr_nested(v).unwrap_or_default())
}
