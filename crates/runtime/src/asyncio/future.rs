//! `asyncio.Future` (and the future half of `Task`): state, result, done callbacks scheduled
//! with `call_soon` in registration order, cancellation with a message, and the awaiting
//! protocol (`yield self` while pending, with `_asyncio_future_blocking`).

use std::cell::RefMut;
use std::rc::Rc;

use super::handle::Callback;
use super::task::TaskData;
use super::types::{asyncio_types, cancelled_error};
use crate::object::exception::exc;
use crate::object::{Instance, Payload, Value};
use crate::vm::{PyResult, Vm};

/// The three states of a future.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FutState {
    /// Not done yet.
    Pending,
    /// Cancelled.
    Cancelled,
    /// Has a result or an exception.
    Finished,
}

impl FutState {
    /// The upper-case name CPython's messages use.
    pub fn name(self) -> &'static str {
        match self {
            FutState::Pending => "PENDING",
            FutState::Cancelled => "CANCELLED",
            FutState::Finished => "FINISHED",
        }
    }
}

/// A registered done callback.
#[derive(Clone)]
pub enum DoneCallback {
    /// A Python callable, called with the future.
    Py(Value),
    /// A task waiting on this future (`Task.__wakeup`).
    Wakeup(Value),
    /// The runner's internal gather.
    Gather(Rc<super::gather::Gathering>),
    /// `run_until_complete`'s stop callback.
    StopLoop,
}

/// The native state of a Future or Task instance.
pub struct FutureObj {
    /// Its state.
    pub state: FutState,
    /// The result once finished.
    pub result: Value,
    /// The exception once finished with one.
    pub exception: Option<Value>,
    /// Done callbacks in registration order.
    pub callbacks: Vec<DoneCallback>,
    /// `cancel(msg)`'s message.
    pub cancel_message: Option<Value>,
    /// The CancelledError that cancelled a task (re-raised by `result()`).
    pub cancelled_exc: Option<Value>,
    /// `_asyncio_future_blocking`.
    pub blocking: bool,
    /// The exception was never retrieved (logged when the object dies).
    pub log_traceback: bool,
    /// What awaiting it means, for the recorder (`sleep(0.5)`, `Queue.get()`...).
    pub desc: Option<Rc<str>>,
    /// Task state, for tasks.
    pub task: Option<TaskData>,
}

impl FutureObj {
    /// A pending future.
    pub fn new() -> FutureObj {
        FutureObj {
            state: FutState::Pending,
            result: Value::None,
            exception: None,
            callbacks: Vec::new(),
            cancel_message: None,
            cancelled_exc: None,
            blocking: false,
            log_traceback: false,
            desc: None,
            task: None,
        }
    }
}

impl Default for FutureObj {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for FutureObj {
    fn drop(&mut self) {
        super::diagnostics::future_dropped(self);
    }
}

/// The future state of `v`, if it is a Future or Task (or a subclass instance).
pub fn fut_mut(v: &Value) -> Option<RefMut<'_, FutureObj>> {
    let Value::Instance(i) = v else { return None };
    let Payload::Native(cell) = &i.payload else {
        return None;
    };
    RefMut::filter_map(cell.borrow_mut(), |b| b.downcast_mut::<FutureObj>()).ok()
}

/// True if `v` is a Future or Task.
pub fn is_future(v: &Value) -> bool {
    fut_mut(v).is_some()
}

/// True if `v` is a Task.
pub fn is_task(v: &Value) -> bool {
    fut_mut(v).is_some_and(|f| f.task.is_some())
}

/// Creates a new pending Future instance (of class `asyncio.Future`).
pub fn new_future() -> Value {
    new_future_of(asyncio_types().future.clone(), FutureObj::new())
}

/// Creates an instance of `class` carrying `state`.
pub fn new_future_of(class: Rc<crate::object::TypeObject>, state: FutureObj) -> Value {
    Value::Instance(Instance::new(
        class,
        Payload::Native(std::cell::RefCell::new(Box::new(state))),
    ))
}

fn not_a_future() -> Value {
    exc("TypeError", "descriptor requires an asyncio.Future object")
}

/// Schedules the done callbacks of a future that just completed.
pub fn schedule_callbacks(vm: &mut Vm, fut: &Value) {
    let cbs = match fut_mut(fut) {
        Some(mut f) => std::mem::take(&mut f.callbacks),
        None => return,
    };
    for cb in cbs {
        let call = match cb {
            DoneCallback::Py(f) => Callback::Call(f, vec![fut.clone()]),
            DoneCallback::Wakeup(t) => Callback::TaskWakeup(t, fut.clone()),
            DoneCallback::Gather(g) => Callback::GatherChild(g, fut.clone()),
            DoneCallback::StopLoop => Callback::StopLoop,
        };
        super::event_loop::call_soon(vm, call);
    }
}

/// `fut.add_done_callback(cb)`: scheduled at once if the future is done.
pub fn add_done_callback(vm: &mut Vm, fut: &Value, cb: DoneCallback) -> PyResult<()> {
    let done = {
        let mut f = fut_mut(fut).ok_or_else(not_a_future)?;
        if f.state == FutState::Pending {
            f.callbacks.push(cb.clone());
            false
        } else {
            true
        }
    };
    if done {
        let call = match cb {
            DoneCallback::Py(f) => Callback::Call(f, vec![fut.clone()]),
            DoneCallback::Wakeup(t) => Callback::TaskWakeup(t, fut.clone()),
            DoneCallback::Gather(g) => Callback::GatherChild(g, fut.clone()),
            DoneCallback::StopLoop => Callback::StopLoop,
        };
        super::event_loop::call_soon(vm, call);
    }
    Ok(())
}

/// `fut.set_result(v)`.
pub fn set_result(vm: &mut Vm, fut: &Value, v: Value) -> PyResult<()> {
    {
        let mut f = fut_mut(fut).ok_or_else(not_a_future)?;
        if f.state != FutState::Pending {
            return Err(invalid_state());
        }
        f.result = v.clone();
        f.state = FutState::Finished;
    }
    if vm.recorder.enabled {
        vm.rec_future_done(fut, Ok(&v));
    }
    schedule_callbacks(vm, fut);
    Ok(())
}

fn invalid_state() -> Value {
    super::types::new_exc(&asyncio_types().invalid_state_error, "invalid state")
}

/// `fut.set_exception(e)` (`e` already an instance).
pub fn set_exception(vm: &mut Vm, fut: &Value, e: Value) -> PyResult<()> {
    if e.type_name().as_ref() == "StopIteration" {
        return Err(exc(
            "TypeError",
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    {
        let mut f = fut_mut(fut).ok_or_else(not_a_future)?;
        if f.state != FutState::Pending {
            return Err(invalid_state());
        }
        f.exception = Some(e.clone());
        f.state = FutState::Finished;
        f.log_traceback = true;
    }
    if vm.recorder.enabled {
        vm.rec_future_done(fut, Err(&e));
    }
    schedule_callbacks(vm, fut);
    Ok(())
}

/// `Future.cancel(msg)` (the plain future part; tasks use `task::cancel`).
pub fn cancel_future(vm: &mut Vm, fut: &Value, msg: Option<Value>) -> bool {
    {
        let Some(mut f) = fut_mut(fut) else {
            return false;
        };
        f.log_traceback = false;
        if f.state != FutState::Pending {
            return false;
        }
        f.state = FutState::Cancelled;
        f.cancel_message = msg;
    }
    schedule_callbacks(vm, fut);
    true
}

/// `fut.cancel(msg)` dispatching to `Task.cancel` for tasks.
pub fn cancel_any(vm: &mut Vm, fut: &Value, msg: Option<Value>) -> bool {
    if is_task(fut) {
        super::task::cancel(vm, fut, msg)
    } else {
        cancel_future(vm, fut, msg)
    }
}

/// `_make_cancelled_error()`.
pub fn make_cancelled_error(fut: &Value) -> Value {
    let (saved, msg) = match fut_mut(fut) {
        Some(mut f) => (f.cancelled_exc.take(), f.cancel_message.clone()),
        None => (None, None),
    };
    if let Some(e) = saved {
        return e;
    }
    cancelled_error(msg)
}

/// `fut.result()`.
pub fn result(fut: &Value) -> PyResult<Value> {
    let state = fut_mut(fut).ok_or_else(not_a_future)?.state;
    match state {
        FutState::Cancelled => Err(make_cancelled_error(fut)),
        FutState::Pending => Err(super::types::new_exc(
            &asyncio_types().invalid_state_error,
            "Result is not set.",
        )),
        FutState::Finished => {
            let mut f = fut_mut(fut).ok_or_else(not_a_future)?;
            f.log_traceback = false;
            match &f.exception {
                Some(e) => Err(e.clone()),
                None => Ok(f.result.clone()),
            }
        }
    }
}

/// `fut.exception()`.
pub fn exception(fut: &Value) -> PyResult<Value> {
    let state = fut_mut(fut).ok_or_else(not_a_future)?.state;
    match state {
        FutState::Cancelled => Err(make_cancelled_error(fut)),
        FutState::Pending => Err(super::types::new_exc(
            &asyncio_types().invalid_state_error,
            "Exception is not set.",
        )),
        FutState::Finished => {
            let mut f = fut_mut(fut).ok_or_else(not_a_future)?;
            f.log_traceback = false;
            Ok(f.exception.clone().unwrap_or(Value::None))
        }
    }
}

/// The state of a future.
pub fn state(fut: &Value) -> FutState {
    fut_mut(fut).map_or(FutState::Pending, |f| f.state)
}

/// What the `await` of a future does when sent a value: yield the future itself while it is
/// pending (once), or finish with its result.
pub enum AwaitStep {
    /// Yield this value to the task.
    Yield(Value),
    /// The await is over with this value.
    Return(Value),
}

/// One step of `await fut` (CPython's `FutureIter` send).
pub fn await_step(fut: &Value) -> PyResult<AwaitStep> {
    {
        let mut f = fut_mut(fut).ok_or_else(not_a_future)?;
        if f.state == FutState::Pending {
            if !f.blocking {
                f.blocking = true;
                return Ok(AwaitStep::Yield(fut.clone()));
            }
            return Err(exc("RuntimeError", "await wasn't used with future"));
        }
    }
    result(fut).map(AwaitStep::Return)
}
