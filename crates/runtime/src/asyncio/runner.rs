//! `asyncio.run(main)` following 3.12's `Runner`: the main task runs until the loop stops
//! (its done callback stops the loop); then the remaining tasks are cancelled and gathered,
//! `shutdown_asyncgens()` and `shutdown_default_executor()` run as tasks (so they take task
//! numbers, as in CPython), the loop closes and the main task's result is returned (or its
//! exception raised). The loop runs as a *driver frame* on the VM stack: each VM step while
//! it is on top performs one scheduler action (`driver_step`).

use std::rc::Rc;

use super::event_loop::EventLoop;
use super::future::{self, DoneCallback, FutState};
use super::handle::Callback;
use crate::compiler::CodeObject;
use crate::object::exception::exc;
use crate::object::{GenKind, Generator, Value};
use crate::recorder::EventKind;
use crate::vm::{Args, Cont, Flow, Frame, Outcome, PyResult, ResumeInput, Then, Vm};

/// Which `run_until_complete` the runner is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Running the main task.
    Main,
    /// Waiting for the cancelled leftover tasks.
    CancelAll,
    /// Running `shutdown_asyncgens()`.
    ShutdownAsyncgens,
    /// Running `shutdown_default_executor()`.
    ShutdownExecutor,
    /// `loop.run_until_complete(main)` on a loop from `new_event_loop()`: when it stops, the
    /// loop is parked back in its object and `main`'s outcome returned.
    Until,
    /// `loop.run_forever()`: runs until `loop.stop()`, then the loop is parked.
    Forever,
}

/// The runner's state.
pub struct Runner {
    /// The current stage.
    pub stage: Stage,
    /// The main task.
    pub main: Value,
    /// Tasks cancelled at shutdown.
    pub to_cancel: Vec<Value>,
    /// The main task's outcome, once known.
    pub outcome: Option<PyResult<Value>>,
}

/// `asyncio.run(..., debug=True)` and a `loop_factory` making some other kind of loop are
/// refused by name: the playground has no debug mode and one kind of loop.
fn refuse_run_options(vm: &mut Vm, args: &Args) -> PyResult<()> {
    if let Some(debug) = args.kwarg("debug") {
        if !matches!(debug, Value::None) && vm.truthy_nested(&debug)? {
            return Err(exc(
                "NotImplementedError",
                "asyncio.run(debug=True) is not supported in the playground: asyncio's debug \
                 mode is not implemented",
            ));
        }
    }
    if let Some(factory) = args.kwarg("loop_factory") {
        let own_loop = match &factory {
            Value::None => true,
            Value::Type(t) => Rc::ptr_eq(t, &super::types::asyncio_types().event_loop),
            Value::Native(n) => n.name == "new_event_loop",
            _ => false,
        };
        if !own_loop {
            return Err(exc(
                "NotImplementedError",
                "asyncio.run() with a loop_factory other than asyncio.new_event_loop is not \
                 supported in the playground: its event loop is always the runtime's own loop \
                 on the virtual clock",
            ));
        }
    }
    Ok(())
}

/// `asyncio.run(main)`.
pub fn run(vm: &mut Vm, args: Args) -> PyResult<Flow> {
    let Some(coro) = args.pos.first().cloned().or_else(|| args.kwarg("main")) else {
        return Err(exc(
            "TypeError",
            "run() missing 1 required positional argument: 'main'",
        ));
    };
    if vm.event_loop.is_some() {
        return Err(exc(
            "RuntimeError",
            "asyncio.run() cannot be called from a running event loop",
        ));
    }
    if !matches!(&coro, Value::Gen(g) if g.kind == GenKind::Coroutine) {
        let r = vm.repr_nested(&coro)?;
        return Err(exc(
            "ValueError",
            format!("a coroutine was expected, got {r}"),
        ));
    }
    refuse_run_options(vm, &args)?;
    super::loop_api::note_asyncio_run(vm);
    let loop_obj = super::loop_api::new_loop_value();
    let runner = Runner {
        stage: Stage::Main,
        main: Value::None,
        to_cancel: Vec::new(),
        outcome: None,
    };
    vm.event_loop = Some(Box::new(EventLoop::new(loop_obj, runner)));
    let main = match super::task::create_task(vm, coro, None) {
        Ok(t) => t,
        Err(e) => {
            vm.event_loop = None;
            return Err(e);
        }
    };
    run_until_complete(vm, &main)?;
    if let Some(l) = vm.event_loop.as_deref_mut() {
        l.runner.main = main;
    }
    Ok(driver_flow(vm))
}

/// The flow that pushes the loop driver frame (the loop in `vm.event_loop` then runs one
/// scheduler action per VM step until it stops).
pub fn driver_flow(vm: &mut Vm) -> Flow {
    let code = CodeObject {
        name: Rc::from("<event loop>"),
        qualname: Rc::from("<event loop>"),
        // An internal frame: the recorder leaves it out of task stacks.
        filename: Rc::from("<aiterscope event loop>"),
        ..Default::default()
    };
    let mut frame = Box::new(Frame::new(Rc::new(code), vm.main.clone(), vec![], vec![]));
    frame.driver = true;
    let gen = Rc::new(Generator::new(GenKind::Generator, frame, None));
    Flow::Resume {
        gen,
        input: ResumeInput::Send(Value::None),
        then: Then::identity(),
    }
}

/// Makes the running loop stop once `fut` is done (`_run_until_complete_cb`).
pub fn run_until_complete(vm: &mut Vm, fut: &Value) -> PyResult<()> {
    if let Some(mut f) = future::fut_mut(fut) {
        if let Some(t) = f.task.as_mut() {
            t.log_destroy_pending = false;
        }
    }
    future::add_done_callback(vm, fut, DoneCallback::StopLoop)
}

/// One scheduler action of the driver frame.
pub fn driver_step(vm: &mut Vm) {
    super::diagnostics::flush(vm);
    let Some(l) = vm.event_loop.as_deref_mut() else {
        finish(vm, Err(exc("RuntimeError", "the event loop is gone")));
        return;
    };
    if l.batch_left == 0 {
        if l.in_iteration {
            l.in_iteration = false;
            if l.stopping {
                l.stopping = false;
                advance(vm);
                return;
            }
        }
        let started = l.start_iteration();
        let fired = std::mem::take(&mut l.fired);
        match started {
            Ok(moved) => {
                if vm.recorder.enabled {
                    if let Some(t) = moved {
                        vm.recorder.clock(t);
                    }
                    for when in fired {
                        vm.recorder.emit(vm.steps, 0, EventKind::TimerDone { when });
                    }
                }
            }
            Err(_) => finish(
                vm,
                Err(exc(
                    "RuntimeError",
                    "aiterscope: deadlock: every task is waiting and no timer is scheduled, so the event loop would wait forever",
                )),
            ),
        }
        return;
    }
    let Some(h) = l.next_ready() else { return };
    if h.cancelled.get() {
        return;
    }
    let cb = h.callback.borrow_mut().take();
    drop(h);
    if let Some(cb) = cb {
        run_callback(vm, cb);
    }
}

fn run_callback(vm: &mut Vm, cb: Callback) {
    match cb {
        Callback::Call(f, args) => {
            let what = super::methods::callback_text(&f);
            let then = Then::map(|_, _| Ok(Flow::Value(Value::None))).catch(move |vm, e| {
                super::diagnostics::exception_in_callback(vm, &what, &e);
                Ok(Ok(Flow::Value(Value::None)))
            });
            let what2 = super::methods::callback_text(&f);
            if let Err(e) = vm.call(
                f,
                Args::new(args),
                Cont::Then(then, Box::new(Cont::Discard)),
            ) {
                super::diagnostics::exception_in_callback(vm, &what2, &e);
            }
        }
        Callback::TaskStep(t, e) => super::task::step(vm, t, e),
        Callback::TaskWakeup(t, f) => super::task::wakeup(vm, t, f),
        Callback::SetResultUnlessCancelled(f, v) => {
            if future::state(&f) != FutState::Cancelled {
                let _ = future::set_result(vm, &f, v);
            }
        }
        Callback::GatherChild(g, c) => super::gather::child_done(vm, g, c),
        Callback::StopLoop => {
            if let Some(l) = vm.event_loop.as_deref_mut() {
                l.stopping = true;
            }
        }
    }
}

fn stage(vm: &Vm) -> Option<Stage> {
    vm.event_loop.as_ref().map(|l| l.runner.stage)
}

/// The loop stopped: the current `run_until_complete` is over; start the next one.
fn advance(vm: &mut Vm) {
    match stage(vm) {
        Some(Stage::Until) => {
            let main = vm
                .event_loop
                .as_ref()
                .map(|l| l.runner.main.clone())
                .unwrap_or(Value::None);
            let outcome = if future::state(&main) == FutState::Pending {
                Err(exc(
                    "RuntimeError",
                    "Event loop stopped before Future completed.",
                ))
            } else {
                future::result(&main)
            };
            park_and_return(vm, outcome);
        }
        Some(Stage::Forever) => park_and_return(vm, Ok(Value::None)),
        Some(Stage::Main) => {
            let main = vm
                .event_loop
                .as_ref()
                .map(|l| l.runner.main.clone())
                .unwrap_or(Value::None);
            let outcome = if future::state(&main) == FutState::Pending {
                Err(exc(
                    "RuntimeError",
                    "Event loop stopped before Future completed.",
                ))
            } else {
                future::result(&main)
            };
            if let Some(l) = vm.event_loop.as_deref_mut() {
                l.runner.outcome = Some(outcome);
            }
            cancel_all(vm);
        }
        Some(Stage::CancelAll) => {
            let tasks = vm
                .event_loop
                .as_deref_mut()
                .map(|l| std::mem::take(&mut l.runner.to_cancel))
                .unwrap_or_default();
            for t in tasks {
                if future::state(&t) == FutState::Cancelled {
                    continue;
                }
                if let Ok(e) = future::exception(&t) {
                    if !matches!(e, Value::None) {
                        let r = super::task::repr_task_text(vm, &t);
                        super::diagnostics::log_error(
                            vm,
                            &format!(
                                "unhandled exception during asyncio.run() shutdown\ntask: {r}"
                            ),
                            Some(&e),
                        );
                    }
                }
            }
            start_shutdown_task(vm, "_shutdown_asyncgens", Stage::ShutdownAsyncgens);
        }
        Some(Stage::ShutdownAsyncgens) => {
            start_shutdown_task(vm, "_shutdown_default_executor", Stage::ShutdownExecutor);
        }
        Some(Stage::ShutdownExecutor) => {
            let outcome = vm
                .event_loop
                .as_deref_mut()
                .and_then(|l| l.runner.outcome.take())
                .unwrap_or(Ok(Value::None));
            finish(vm, outcome);
        }
        None => finish(vm, Err(exc("RuntimeError", "the event loop is gone"))),
    }
}

/// `_cancel_all_tasks(loop)`.
fn cancel_all(vm: &mut Vm) {
    let tasks: Vec<Value> = match vm.event_loop.as_deref_mut() {
        Some(l) => l
            .live_tasks()
            .into_iter()
            .filter(|t| future::state(t) == FutState::Pending)
            .collect(),
        None => Vec::new(),
    };
    if tasks.is_empty() {
        start_shutdown_task(vm, "_shutdown_asyncgens", Stage::ShutdownAsyncgens);
        return;
    }
    for t in &tasks {
        super::task::cancel(vm, t, None);
    }
    let outer = match super::gather::gather_all(vm, tasks.clone()) {
        Ok(o) => o,
        Err(e) => return finish(vm, Err(e)),
    };
    if let Err(e) = run_until_complete(vm, &outer) {
        return finish(vm, Err(e));
    }
    if let Some(l) = vm.event_loop.as_deref_mut() {
        l.runner.to_cancel = tasks;
        l.runner.stage = Stage::CancelAll;
    }
}

fn start_shutdown_task(vm: &mut Vm, func: &str, next: Stage) {
    let r = (|| -> PyResult<()> {
        let m = crate::modules::import(vm, "asyncio")?;
        let f = m
            .get(func)
            .ok_or_else(|| exc("SystemError", format!("asyncio.{func} is missing")))?;
        let coro = vm.call_nested(f, Args::default())?;
        let task = super::task::create_task(vm, coro, None)?;
        run_until_complete(vm, &task)
    })();
    match r {
        Ok(()) => {
            if let Some(l) = vm.event_loop.as_deref_mut() {
                l.runner.stage = next;
            }
        }
        Err(e) => finish(vm, Err(e)),
    }
}

/// Closes the loop and ends `asyncio.run` with the main task's outcome.
fn finish(vm: &mut Vm, outcome: PyResult<Value>) {
    let lp = vm.event_loop.take();
    if let Some(l) = &lp {
        super::loop_api::mark_closed(&l.loop_obj);
    }
    drop(lp);
    return_from_driver(vm, outcome);
}

/// Ends `run_until_complete`/`run_forever` of a `new_event_loop()` loop: the loop (clock,
/// timers, pending tasks) goes back into its object for the next run.
fn park_and_return(vm: &mut Vm, outcome: PyResult<Value>) {
    if let Some(mut l) = vm.event_loop.take() {
        l.runner.main = Value::None;
        l.stopping = false;
        super::loop_api::park(l);
    }
    return_from_driver(vm, outcome);
}

fn return_from_driver(vm: &mut Vm, outcome: PyResult<Value>) {
    super::diagnostics::flush(vm);
    vm.recorder.leave_event_loop();
    if !vm.frames.last().is_some_and(|f| f.driver) {
        return;
    }
    match outcome {
        Ok(v) => {
            if let Err(e) = vm.exit_frame(Outcome::Return(v)) {
                vm.handle_exception(e, true);
            }
        }
        Err(e) => raise_from_driver(vm, e),
    }
}

/// Raises `e` out of the driver frame into whoever called `asyncio.run`.
pub fn raise_from_driver(vm: &mut Vm, e: Value) {
    if let Some(f) = vm.frames.last_mut() {
        f.driver = false;
    }
    vm.handle_exception(e, false);
}
