//! The awaitables of async generators: `async_generator_asend` (`__anext__()`/`asend(v)`)
//! and `async_generator_athrow` (`athrow(exc)`/`aclose()`), with CPython 3.12's state machine
//! and messages, and `anext_awaitable` (`anext(it, default)`).
//!
//! They run stacklessly: awaiting one resumes the generator's frame with `Cont::Send` of the
//! awaiting frame, and the VM calls [`send_outcome`] / [`send_exception`] when the generator
//! yields, returns or raises, so a wrapped `yield` ends the await with the value while an
//! inner `await`'s bare yield passes through to the task.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::asyncio::types::new_class;
use crate::object::exception::{exc, exc_empty, is_exc_instance};
use crate::object::{
    builtin_types, GenState, Generator, Instance, NativeFunction, NativeImpl, Payload, TypeKind,
    TypeObject, Value,
};
use crate::vm::{Args, Cont, Outcome, PyResult, ResumeInput, Vm};

/// What an awaitable does to its generator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `__anext__()` / `asend(v)`.
    Send,
    /// `athrow(exc)`.
    Throw,
    /// `aclose()`.
    Close,
}

/// `AWAITABLE_STATE_*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AwState {
    /// Not awaited yet.
    Init,
    /// Being awaited.
    Iter,
    /// Finished (cannot be reused).
    Closed,
}

/// The native state of an asend/athrow object.
pub struct AgenAwaitable {
    /// The generator (`None` only while the object waits in [`SPARE_ASEND`] for reuse).
    gen: Option<Rc<Generator>>,
    /// What it does.
    pub mode: Mode,
    /// Its state.
    pub state: Cell<AwState>,
    /// `asend`'s value / `athrow`'s exception.
    pub arg: RefCell<Value>,
}

impl AgenAwaitable {
    /// The generator this awaitable drives.
    pub fn gen(&self) -> Rc<Generator> {
        self.gen
            .clone()
            .expect("an asend object in use always has its generator")
    }
}

/// The native state of an `anext_awaitable`.
pub struct AnextAwaitable {
    /// The async iterator.
    pub iterator: Value,
    /// The default.
    pub default: Value,
}

/// The native state of a `coroutine_wrapper` (what `coro.__await__()` returns): an iterator
/// that delegates to the coroutine, so `yield from coro.__await__()` works in a generator.
pub struct CoroWrapper {
    /// The wrapped coroutine.
    pub coro: Rc<Generator>,
}

/// The awaitable classes.
pub struct AgenTypes {
    /// `coroutine_wrapper`.
    pub coro_wrapper: Rc<TypeObject>,
    /// `async_generator_asend`.
    pub asend: Rc<TypeObject>,
    /// `async_generator_athrow`.
    pub athrow: Rc<TypeObject>,
    /// `anext_awaitable`.
    pub anext: Rc<TypeObject>,
}

fn build() -> AgenTypes {
    let object = builtin_types().object.clone();
    let o = std::slice::from_ref(&object);
    let t = AgenTypes {
        asend: new_class("async_generator_asend", "builtins", o, TypeKind::Native),
        athrow: new_class("async_generator_athrow", "builtins", o, TypeKind::Native),
        anext: new_class("anext_awaitable", "builtins", o, TypeKind::Native),
        coro_wrapper: new_class("coroutine_wrapper", "builtins", o, TypeKind::Native),
    };
    t.coro_wrapper.set_attr(
        "__iter__",
        NativeFunction::method("coroutine_wrapper", "__iter__", NativeImpl::Plain(this)),
    );
    t.coro_wrapper.set_attr(
        "__next__",
        NativeFunction::method(
            "coroutine_wrapper",
            "__next__",
            NativeImpl::Plain(wrapper_next),
        ),
    );
    t.coro_wrapper.set_attr(
        "send",
        NativeFunction::method("coroutine_wrapper", "send", NativeImpl::Plain(wrapper_send)),
    );
    type F = fn(&mut Vm, Args) -> PyResult<Value>;
    let methods: &[(&'static str, F)] =
        &[("__await__", this), ("__iter__", this), ("close", aw_close)];
    let flows: &[(&'static str, F)] = &[
        ("send", aw_send),
        ("throw", aw_throw),
        ("__next__", aw_next),
    ];
    for ty in [&t.asend, &t.athrow, &t.anext] {
        for (name, f) in methods {
            ty.set_attr(
                name,
                NativeFunction::method("awaitable", name, NativeImpl::Plain(*f)),
            );
        }
    }
    for ty in [&t.asend, &t.athrow] {
        for (name, f) in flows {
            ty.set_attr(
                name,
                NativeFunction::method("awaitable", name, NativeImpl::Plain(*f)),
            );
        }
    }
    t
}

thread_local! {
    static TYPES: Rc<AgenTypes> = Rc::new(build());
    /// An `async_generator_asend` object whose await finished while only the awaiting
    /// frame's stack held it (see [`recycle_asend`]), kept for the next `__anext__()`: no
    /// other reference to it exists, so reusing it cannot be observed.
    static SPARE_ASEND: RefCell<Option<Rc<Instance>>> = const { RefCell::new(None) };
}

/// Keeps the asend object `recv`, whose await just finished, for reuse by the next
/// [`new_awaitable`] if this was its last reference (no other strong or weak reference, no
/// attributes): its generator and argument are released now, as dropping it would.
pub fn recycle_asend(recv: Value) {
    let Value::Instance(inst) = recv else { return };
    if Rc::strong_count(&inst) != 1 || Rc::weak_count(&inst) != 0 || !inst.dict.is_empty() {
        return;
    }
    {
        let Payload::Native(cell) = &inst.payload else {
            return;
        };
        let mut b = cell.borrow_mut();
        let Some(w) = b.downcast_mut::<AgenAwaitable>() else {
            return;
        };
        if w.mode != Mode::Send {
            return;
        }
        w.gen = None;
        // `__anext__()`'s argument is None already (only `asend(v)` gives another).
        let arg = w.arg.get_mut();
        if !matches!(arg, Value::None) {
            *arg = Value::None;
        }
    }
    SPARE_ASEND.with(|s| *s.borrow_mut() = Some(inst));
}

/// The awaitable classes of this thread.
pub fn agen_types() -> Rc<AgenTypes> {
    TYPES.with(|t| t.clone())
}

/// True for the awaitable classes, whose instances have no `__dict__` in CPython (setting an
/// attribute on one is an AttributeError).
pub fn is_dictless(t: &Rc<TypeObject>) -> bool {
    TYPES.with(|types| {
        [
            &types.asend,
            &types.athrow,
            &types.anext,
            &types.coro_wrapper,
        ]
        .into_iter()
        .any(|x| Rc::ptr_eq(x, t))
    })
}

fn this(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos.first().cloned().unwrap_or(Value::None))
}

fn aw_close(_: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(v) = a.pos.first() {
        with_aw(v, |w| w.state.set(AwState::Closed));
    }
    Ok(Value::None)
}

/// Runs `f` on the asend/athrow state of `v`, if it is one.
pub fn with_aw<R>(v: &Value, f: impl FnOnce(&AgenAwaitable) -> R) -> Option<R> {
    let Value::Instance(i) = v else { return None };
    let Payload::Native(cell) = &i.payload else {
        return None;
    };
    let b = cell.borrow();
    b.downcast_ref::<AgenAwaitable>().map(f)
}

/// The `anext_awaitable` state of `v`, if it is one.
pub fn anext_parts(v: &Value) -> Option<(Value, Value)> {
    let Value::Instance(i) = v else { return None };
    let Payload::Native(cell) = &i.payload else {
        return None;
    };
    let b = cell.borrow();
    b.downcast_ref::<AnextAwaitable>()
        .map(|a| (a.iterator.clone(), a.default.clone()))
}

/// Creates an asend/athrow object.
pub fn new_awaitable(gen: &Rc<Generator>, mode: Mode, arg: Value) -> Value {
    if mode == Mode::Send {
        if let Some(inst) = SPARE_ASEND.with(|s| s.borrow_mut().take()) {
            if let Payload::Native(cell) = &inst.payload {
                if let Some(w) = cell.borrow_mut().downcast_mut::<AgenAwaitable>() {
                    w.gen = Some(gen.clone());
                    w.state.set(AwState::Init);
                    // A kept awaitable's argument is None (see `recycle_asend`).
                    if !matches!(arg, Value::None) {
                        *w.arg.get_mut() = arg;
                    }
                }
            }
            return Value::Instance(inst);
        }
    }
    let t = agen_types();
    let class = if mode == Mode::Send {
        t.asend.clone()
    } else {
        t.athrow.clone()
    };
    Value::Instance(Instance::new(
        class,
        Payload::Native(RefCell::new(Box::new(AgenAwaitable {
            gen: Some(gen.clone()),
            mode,
            state: Cell::new(AwState::Init),
            arg: RefCell::new(arg),
        }))),
    ))
}

/// Creates an `anext_awaitable`.
pub fn new_anext_awaitable(iterator: Value, default: Value) -> Value {
    Value::Instance(Instance::new(
        agen_types().anext.clone(),
        Payload::Native(RefCell::new(Box::new(AnextAwaitable { iterator, default }))),
    ))
}

/// `ag_running_async`: the generator is running or suspended inside an `await`.
fn running_async(g: &Generator) -> bool {
    match g.state.get() {
        GenState::Running => true,
        GenState::Suspended => g.frame.borrow().as_ref().is_some_and(|f| f.delegating),
        _ => false,
    }
}

fn already_running(mode: Mode) -> Value {
    let who = match mode {
        Mode::Send => "anext",
        Mode::Throw => "athrow",
        Mode::Close => "aclose",
    };
    exc(
        "RuntimeError",
        format!("{who}(): asynchronous generator is already running"),
    )
}

fn reuse_error(mode: Mode) -> Value {
    let what = if mode == Mode::Send {
        "__anext__()/asend()"
    } else {
        "aclose()/athrow()"
    };
    exc(
        "RuntimeError",
        format!("cannot reuse already awaited {what}"),
    )
}

fn stop_iteration(v: Value) -> Value {
    crate::object::exception::new_exception(builtin_types().exc("StopIteration"), vec![v])
}

/// How an asend/athrow send or throw begins.
pub enum Begin {
    /// Resume the generator with this input.
    Resume(Rc<Generator>, ResumeInput),
    /// Finished at once with this value (athrow on a finished generator: None).
    Return(Value),
}

/// The state machine of `send(v)` on an asend/athrow object, up to resuming the generator
/// (`Err(v)`: `recv` is not one).
fn begin_send(vm: &mut Vm, recv: &Value, v: Value) -> Result<PyResult<Begin>, Value> {
    // One look at the native state: the transition only touches `state` (a Cell).
    let mut input = Some(v);
    let looked = with_aw(recv, |w| {
        let gen = w.gen();
        let state = w.state.get();
        let r = send_transition(w, &gen, state, input.take().unwrap_or(Value::None));
        (gen, w.mode, state, r)
    });
    let Some((gen, mode, state, r)) = looked else {
        return Err(input.take().unwrap_or(Value::None));
    };
    if vm.recorder.enabled && mode == Mode::Send {
        if state == AwState::Init {
            // recorder: the `__anext__()`/`asend()` call starts when it is first awaited
            vm.rec_anext_call(&Value::Gen(gen.clone()));
        }
        if let Err(e) = &r {
            if is_exc_instance(e, "StopAsyncIteration") {
                let line = vm.rec_line();
                vm.recorder.anext_stopped(gen.id, line);
            } else {
                vm.recorder.anext_failed(gen.id);
            }
        }
    }
    Ok(r)
}

/// `send(v)` on the asend object `recv` in the case that resumes its generator and cannot
/// fail there: an `__anext__()`/`asend()` awaitable not closed, its generator not running
/// (nor, if not yet awaited, inside an await) and suspended, or just created and sent None.
/// The state machine's transition is made (as [`begin_send`] makes it) and the generator is
/// returned with the value to resume it with and whether this was the awaitable's first send
/// (its `__anext__()`/`asend()` call starts now: [`begin_send`] announces it to the
/// recorder); in every other case `Err(v)`, nothing changed (the general path,
/// `send_awaitable`, handles those).
pub fn begin_send_resuming(recv: &Value, v: Value) -> Result<(Rc<Generator>, Value, bool), Value> {
    let Value::Instance(i) = recv else {
        return Err(v);
    };
    let Payload::Native(cell) = &i.payload else {
        return Err(v);
    };
    let b = cell.borrow();
    let Some(w) = b.downcast_ref::<AgenAwaitable>() else {
        return Err(v);
    };
    let (Some(gen), Mode::Send) = (&w.gen, w.mode) else {
        return Err(v);
    };
    let state = w.state.get();
    match state {
        AwState::Closed => return Err(v),
        AwState::Init if running_async(gen) => return Err(v),
        AwState::Init | AwState::Iter => {}
    }
    // Not yet awaited and sent None: the generator gets the awaitable's own argument.
    let from_arg = state == AwState::Init && matches!(v, Value::None);
    let input_is_none = if from_arg {
        matches!(*w.arg.borrow(), Value::None)
    } else {
        matches!(v, Value::None)
    };
    let resumable = match gen.state.get() {
        GenState::Suspended => true,
        GenState::Created => input_is_none,
        GenState::Running | GenState::Finished => false,
    };
    if !resumable {
        return Err(v);
    }
    let input = if from_arg { w.arg.borrow().clone() } else { v };
    w.state.set(AwState::Iter);
    Ok((gen.clone(), input, state == AwState::Init))
}

/// [`finish_outcome`] for a wrapped `yield v` (the generator's own yield) of the generator
/// behind the `__anext__()`/`asend()` object `recv`, up to its recorder hook: the await is
/// over (closed) and ends with `v`; the generator's id is returned (while recording, the
/// caller records `anext_value` under it, as `finish_outcome` does). `None` (nothing
/// changed) when `recv` is no such object.
pub fn finish_asend_yield(recv: &Value) -> Option<u64> {
    with_aw(recv, |w| {
        let gen = w.gen.as_ref().filter(|_| w.mode == Mode::Send)?;
        w.state.set(AwState::Closed);
        Some(gen.id)
    })
    .flatten()
}

/// `send(v)` on the asend/athrow state `w` (driving `gen`, in `state`): CPython 3.12's
/// state machine up to resuming the generator.
fn send_transition(
    w: &AgenAwaitable,
    gen: &Rc<Generator>,
    state: AwState,
    v: Value,
) -> PyResult<Begin> {
    let mode = w.mode;
    if state == AwState::Closed {
        return Err(reuse_error(mode));
    }
    match mode {
        Mode::Send => {
            let mut input = v;
            if state == AwState::Init {
                if running_async(gen) {
                    w.state.set(AwState::Closed);
                    return Err(already_running(mode));
                }
                if matches!(input, Value::None) {
                    input = w.arg.borrow().clone();
                }
                w.state.set(AwState::Iter);
            }
            if gen.state.get() == GenState::Finished {
                w.state.set(AwState::Closed);
                gen.closed.set(true);
                return Err(exc_empty("StopAsyncIteration"));
            }
            Ok(Begin::Resume(gen.clone(), ResumeInput::Send(input)))
        }
        Mode::Throw | Mode::Close => {
            if gen.state.get() == GenState::Finished {
                w.state.set(AwState::Closed);
                return Ok(Begin::Return(Value::None));
            }
            if state == AwState::Init {
                if running_async(gen) {
                    w.state.set(AwState::Closed);
                    return Err(already_running(mode));
                }
                if gen.closed.get() {
                    w.state.set(AwState::Closed);
                    return Err(exc_empty("StopAsyncIteration"));
                }
                if !matches!(v, Value::None) {
                    return Err(exc(
                        "RuntimeError",
                        "can't send non-None value to a just-started coroutine",
                    ));
                }
                w.state.set(AwState::Iter);
                let e = if mode == Mode::Close {
                    gen.closed.set(true);
                    exc_empty("GeneratorExit")
                } else {
                    w.arg.borrow().clone()
                };
                return Ok(Begin::Resume(gen.clone(), ResumeInput::Throw(e)));
            }
            Ok(Begin::Resume(gen.clone(), ResumeInput::Send(v)))
        }
    }
}

/// The Send instruction on an asend/athrow object or a `coroutine_wrapper` (`Err(v)`: not
/// one of them).
pub fn send_awaitable(
    vm: &mut Vm,
    recv: &Value,
    v: Value,
    send_pc: u32,
) -> Result<PyResult<()>, Value> {
    let v = match begin_send(vm, recv, v) {
        Ok(Err(e)) => return Ok(Err(e)),
        Ok(Ok(Begin::Return(r))) => return Ok(vm.deliver_send_plain(send_pc, Outcome::Return(r))),
        Ok(Ok(Begin::Resume(gen, input))) => {
            return Ok(vm.resume_gen(gen, input, Cont::Send(send_pc)))
        }
        Err(v) => v,
    };
    match wrapped_coro(recv) {
        Some(coro) => Ok(vm.resume_gen(coro, ResumeInput::Send(v), Cont::Send(send_pc))),
        None => Err(v),
    }
}

/// How an asend/athrow outcome ends (shared by awaiting, tasks and manual `send`/`throw`).
pub enum Finish {
    /// A bare yield of an inner await: pass it on.
    PassYield(Value),
    /// The await is over with this value.
    Return(Value),
    /// The await raises.
    Raise(Value),
}

/// Interprets what the generator behind the asend/athrow object `recv` yielded or returned.
pub fn finish_outcome(vm: &mut Vm, recv: &Value, o: Outcome) -> Option<Finish> {
    let (gen, mode) = with_aw(recv, |w| {
        // Any outcome but an inner await's bare yield ends this await.
        if !matches!(o, Outcome::Yield(_, false)) {
            w.state.set(AwState::Closed);
        }
        (w.gen(), w.mode)
    })?;
    Some(match o {
        Outcome::Yield(v, false) => Finish::PassYield(v),
        Outcome::Yield(v, true) => {
            if mode == Mode::Close {
                return Some(Finish::Raise(exc(
                    "RuntimeError",
                    "async generator ignored GeneratorExit",
                )));
            }
            if vm.recorder.enabled && mode == Mode::Send {
                vm.recorder.anext_value(gen.id, &v);
            }
            Finish::Return(v)
        }
        Outcome::Return(_) => {
            gen.closed.set(true);
            // `aclose()` finishes with StopIteration (a return); `asend()` and `athrow()`
            // raise StopAsyncIteration when the generator returns.
            if mode == Mode::Close {
                record_closed(vm, &gen, mode);
                Finish::Return(Value::None)
            } else {
                if vm.recorder.enabled && mode == Mode::Send {
                    let line = vm.rec_line();
                    vm.recorder.anext_stopped(gen.id, line);
                }
                Finish::Raise(exc_empty("StopAsyncIteration"))
            }
        }
    })
}

/// Interprets an exception raised by the generator behind the asend/athrow object `recv`.
pub fn finish_exception(vm: &mut Vm, recv: &Value, e: Value) -> Option<Finish> {
    let (gen, mode) = with_aw(recv, |w| (w.gen(), w.mode))?;
    set_state(recv, AwState::Closed);
    if vm.recorder.enabled && mode == Mode::Send {
        vm.recorder.anext_failed(gen.id);
    }
    let closing = is_exc_instance(&e, "StopAsyncIteration") || is_exc_instance(&e, "GeneratorExit");
    if closing {
        gen.closed.set(true);
    }
    if mode == Mode::Close && closing {
        record_closed(vm, &gen, mode);
        return Some(Finish::Return(Value::None));
    }
    Some(Finish::Raise(e))
}

/// An `aclose()` finished: the generator is closed (`iter_closed` event).
fn record_closed(vm: &mut Vm, gen: &Generator, mode: Mode) {
    if vm.recorder.enabled && mode == Mode::Close {
        let line = vm.rec_line();
        vm.recorder.emit(
            vm.steps,
            line,
            crate::recorder::EventKind::IterClosed { iter: gen.id },
        );
    }
}

/// The start of `send(None)` (`input` Ok) or `throw(e)` (`input` Err) on the asend/athrow
/// object `recv` when a Task drives it directly (`create_task(agen.aclose())`).
pub fn begin(vm: &mut Vm, recv: &Value, input: Result<Value, Value>) -> PyResult<Begin> {
    let b = match input {
        Ok(v) => begin_send(vm, recv, v).ok(),
        Err(e) => {
            let (gen, mode, state) = with_aw(recv, |w| (w.gen(), w.mode, w.state.get()))
                .ok_or_else(|| exc("TypeError", "not an async generator awaitable"))?;
            if state == AwState::Closed {
                return Err(reuse_error(mode));
            }
            Some(Ok(Begin::Resume(gen, ResumeInput::Throw(e))))
        }
    };
    b.ok_or_else(|| exc("TypeError", "not an async generator awaitable"))?
}

/// `send(v)` / `throw(e)` called by hand on an asend/athrow object (a nested run): a value
/// of the generator comes back as StopIteration(value), an inner await's yield as the result.
fn manual(vm: &mut Vm, recv: &Value, input: Result<Value, Value>) -> PyResult<Value> {
    let begin = begin(vm, recv, input)?;
    let fin = match begin {
        Begin::Return(v) => Finish::Return(v),
        Begin::Resume(gen, input) => match vm.resume_nested(gen, input) {
            Ok(o) => finish_outcome(vm, recv, o),
            Err(e) => finish_exception(vm, recv, e),
        }
        .ok_or_else(|| exc("TypeError", "not an async generator awaitable"))?,
    };
    match fin {
        Finish::PassYield(v) => Ok(v),
        Finish::Return(v) => Err(stop_iteration(v)),
        Finish::Raise(e) => Err(e),
    }
}

fn aw_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let recv = a.pos.first().cloned().unwrap_or(Value::None);
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    manual(vm, &recv, Ok(v))
}

fn aw_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let recv = a.pos.first().cloned().unwrap_or(Value::None);
    manual(vm, &recv, Ok(Value::None))
}

fn aw_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let recv = a.pos.first().cloned().unwrap_or(Value::None);
    let e = super::throw_arg(vm, &a)?;
    manual(vm, &recv, Err(e))
}

fn set_state(v: &Value, s: AwState) {
    with_aw(v, |w| w.state.set(s));
}

/// `throw()` into an asend/athrow object a frame awaits (None: not one).
pub fn throw_awaitable(vm: &mut Vm, recv: &Value, e: &Value) -> Option<PyResult<()>> {
    if let Some(coro) = wrapped_coro(recv) {
        if is_exc_instance(e, "GeneratorExit") {
            return None;
        }
        let send_pc = vm.frames.last().map_or(0, |f| f.pc.saturating_sub(2)) as u32;
        return Some(vm.resume_gen(coro, ResumeInput::Throw(e.clone()), Cont::Send(send_pc)));
    }
    let (gen, mode, state) = with_aw(recv, |w| (w.gen(), w.mode, w.state.get()))?;
    if is_exc_instance(e, "GeneratorExit") {
        // close() of the awaiting coroutine: the awaitable is just marked closed.
        set_state(recv, AwState::Closed);
        return None;
    }
    if state == AwState::Closed {
        return Some(Err(reuse_error(mode)));
    }
    let send_pc = vm.frames.last().map_or(0, |f| f.pc.saturating_sub(2)) as u32;
    Some(vm.resume_gen(gen, ResumeInput::Throw(e.clone()), Cont::Send(send_pc)))
}

/// The generator delegated to by an asend/athrow object yielded or returned (called by the
/// VM for `Cont::Send` when the receiver is native). None: ordinary delegation.
pub fn send_outcome(vm: &mut Vm, send_pc: u32, o: &Outcome) -> Option<PyResult<()>> {
    let recv = vm.frames.last()?.stack.last()?.clone();
    if let Outcome::Yield(_, false) = o {
        return None;
    }
    Some(match finish_outcome(vm, &recv, o.clone())? {
        Finish::PassYield(v) => vm.deliver_send_plain(send_pc, Outcome::Yield(v, false)),
        Finish::Return(v) => {
            // The awaiting frame drops its reference to `recv` here.
            let r = vm.deliver_send_plain(send_pc, Outcome::Return(v));
            recycle_asend(recv);
            r
        }
        Finish::Raise(e) => Err(e),
    })
}

/// What [`send_exception`] decided.
pub enum SendExc {
    /// The exception was consumed (`aclose()` finished normally).
    Consumed,
    /// Raise this exception instead (a fresh raise in the awaiting frame).
    Replace(Value),
}

/// The generator delegated to by an asend/athrow object raised `e`. None: propagate `e`.
pub fn send_exception(vm: &mut Vm, send_pc: u32, e: &Value) -> Option<SendExc> {
    let recv = vm.frames.last()?.stack.last()?.clone();
    match finish_exception(vm, &recv, e.clone())? {
        Finish::Return(v) => Some(match vm.deliver_send_plain(send_pc, Outcome::Return(v)) {
            Ok(()) => SendExc::Consumed,
            Err(x) => SendExc::Replace(x),
        }),
        _ => None,
    }
}

/// An `anext_awaitable`'s await iterator: a coroutine that awaits `iterator.__anext__()` and
/// turns StopAsyncIteration into the default.
pub fn anext_await_iter(vm: &mut Vm, obj: &Value) -> Option<Value> {
    let (it, default) = anext_parts(obj)?;
    let r = (|| -> PyResult<Value> {
        let m = crate::modules::import(vm, "asyncio")?;
        let f = m.get("_anext_default").unwrap_or(Value::None);
        vm.call_nested(f, Args::new(vec![it, default]))
    })();
    r.ok()
}

/// `coro.__await__()`: a `coroutine_wrapper` around the coroutine.
pub fn coro_await(_: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Gen(g)) => Ok(Value::Instance(Instance::new(
            agen_types().coro_wrapper.clone(),
            Payload::Native(RefCell::new(Box::new(CoroWrapper { coro: g.clone() }))),
        ))),
        _ => Err(exc(
            "TypeError",
            "descriptor '__await__' requires a 'coroutine' object",
        )),
    }
}

/// The coroutine inside a `coroutine_wrapper`, if `v` is one.
pub fn wrapped_coro(v: &Value) -> Option<Rc<Generator>> {
    let Value::Instance(i) = v else { return None };
    let Payload::Native(cell) = &i.payload else {
        return None;
    };
    let b = cell.borrow();
    b.downcast_ref::<CoroWrapper>().map(|w| w.coro.clone())
}

fn wrapper_resume(vm: &mut Vm, a: &Args, v: Value) -> PyResult<Value> {
    let coro = a
        .pos
        .first()
        .and_then(wrapped_coro)
        .ok_or_else(|| exc("TypeError", "not a coroutine_wrapper"))?;
    match vm.resume_nested(coro, ResumeInput::Send(v))? {
        Outcome::Yield(y, _) => Ok(y),
        Outcome::Return(r) => Err(stop_iteration(r)),
    }
}

fn wrapper_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrapper_resume(vm, &a, Value::None)
}

fn wrapper_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    wrapper_resume(vm, &a, v)
}
