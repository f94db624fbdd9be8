//! Raising, unwinding and delivering results to continuations.

use super::flow::{handle_err, take_err};
use super::{BlockKind, Cont, Flow, Outcome, PyResult, RunState, Vm};
use crate::compiler::code::flags;
use crate::object::exception::{exc, is_exc_instance, TbEntry};
use crate::object::{GenKind, GenState, Value};

/// What `cont_on_exception` decided.
enum Unwind {
    /// The continuation consumed the exception.
    Done,
    /// Continue unwinding into the new top frame.
    Propagate(Value),
    /// A new exception is raised in the new top frame.
    Fresh(Value),
}

impl Vm {
    /// The exception currently being handled (innermost), if any.
    pub fn current_handled(&self) -> Option<Value> {
        for f in self.frames.iter().rev() {
            if let Some(e) = f.exc_stack.last() {
                return Some(e.clone());
            }
        }
        None
    }

    fn set_context(&self, e: &Value) {
        let Some(handled) = self.current_handled() else {
            return;
        };
        if handled.is(e) {
            return;
        }
        // Avoid cycles: cut e out of handled's context chain.
        let mut o = handled.clone();
        loop {
            let next = match o.exc_data() {
                Some(d) => d.borrow().context.clone(),
                None => None,
            };
            match next {
                Some(n) if n.is(e) => {
                    if let Some(d) = o.exc_data() {
                        d.borrow_mut().context = None;
                    }
                    break;
                }
                Some(n) => o = n,
                None => break,
            }
        }
        if let Some(d) = e.exc_data() {
            d.borrow_mut().context = Some(handled);
        }
    }

    fn add_tb(&mut self, e: &Value) {
        let Some(f) = self.frames.last() else { return };
        if f.driver || f.code.has(flags::INLINED_COMPREHENSION) {
            return;
        }
        // `anext(it, default)` is a C object in CPython: its Python stand-in in our asyncio
        // core leaves no traceback entry.
        if &*f.code.name == "_anext_default" && crate::recorder::is_internal_code(&f.code) {
            return;
        }
        let entry = TbEntry {
            filename: f.code.filename.clone(),
            line: f.line(),
            name: f.code.name.clone(),
        };
        if let Some(d) = e.exc_data() {
            d.borrow_mut().traceback.push(entry);
        }
    }

    /// Raises `e` in the top frame and unwinds until a handler or a consuming continuation.
    /// `fresh` is false for re-raises (no traceback entry for the current frame, no context).
    #[inline(never)]
    pub(crate) fn handle_exception(&mut self, e: Value, fresh: bool) {
        let mut e = e;
        let mut fresh = fresh;
        let mut add_tb = fresh;
        let mut raised_here = fresh;
        loop {
            if fresh {
                self.set_context(&e);
                fresh = false;
            }
            if self.frames.is_empty() {
                self.uncaught = Some(e);
                self.state = RunState::Failed;
                return;
            }
            if self.frames.last().is_some_and(|f| f.driver) {
                crate::asyncio::driver_exception(self, e);
                return;
            }
            if add_tb {
                self.add_tb(&e);
            }
            // recorder: the raise, once, in the first frame of the program's own code it
            // reaches (frames of the runtime's library code are not recorded)
            if raised_here && self.frames.last().is_some_and(|f| f.rec_id != 0) {
                self.rec_exception(&e, false);
                raised_here = false;
            }
            add_tb = true;
            let frame = self.frame();
            while let Some(b) = frame.blocks.pop() {
                match b.kind {
                    BlockKind::HandlerScope => {
                        frame.exc_stack.pop();
                    }
                    BlockKind::Except => {
                        frame.stack.truncate(b.level as usize);
                        frame.stack.push(e.clone());
                        frame.pc = b.handler as usize;
                        return;
                    }
                }
            }
            let Some(mut frame) = self.frames.pop() else {
                return;
            };
            self.c_stack.release(self.frames.len());
            if self.recorder.enabled {
                self.recorder
                    .frame_leave(&frame, crate::recorder::LeaveHow::Raise);
            }
            let cont = std::mem::replace(&mut frame.cont, Cont::Discard);
            if let Some(gen) = frame.gen.take() {
                gen.state.set(GenState::Finished);
                if self.recorder.enabled {
                    self.rec_coroutine_finished(&gen, Err(&e)); // recorder
                }
                e = convert_stop_iteration(gen.kind, e);
            }
            self.frame_pool.give(frame);
            match self.cont_on_exception(cont, e) {
                Unwind::Done => return,
                Unwind::Propagate(x) => e = x,
                Unwind::Fresh(x) => {
                    e = x;
                    fresh = true;
                    add_tb = true;
                    raised_here = true;
                }
            }
        }
    }

    fn cont_on_exception(&mut self, cont: Cont, e: Value) -> Unwind {
        match cont {
            Cont::Nested => {
                self.nested_result = Some(Err(e));
                Unwind::Done
            }
            Cont::TopLevel => {
                self.uncaught = Some(e);
                self.state = RunState::Failed;
                Unwind::Done
            }
            Cont::ForIterCall(target) if is_exc_instance(&e, "StopIteration") => {
                let f = self.frame();
                f.pop();
                f.pc = target as usize;
                Unwind::Done
            }
            Cont::SendIter(send_pc) if is_exc_instance(&e, "StopIteration") => {
                let v = stop_iteration_value(&e);
                match self.send_finished(send_pc, v) {
                    Ok(()) => Unwind::Done,
                    Err(x) => Unwind::Fresh(x),
                }
            }
            Cont::Close(outer) => {
                if is_exc_instance(&e, "GeneratorExit") || is_exc_instance(&e, "StopIteration") {
                    match self.deliver(*outer, Outcome::Return(Value::None)) {
                        Ok(()) => Unwind::Done,
                        Err(x) => Unwind::Fresh(x),
                    }
                } else {
                    self.cont_on_exception(*outer, e)
                }
            }
            Cont::Unraisable(what) => {
                let text = self.format_exception(&e);
                self.stderr
                    .push_str(&format!("Exception ignored in: {what}\n{text}"));
                Unwind::Done
            }
            Cont::InitCheck(_, outer) => self.cont_on_exception(*outer, e),
            Cont::MakeClass(b) => self.cont_on_exception(b.outer, e),
            Cont::Then(then, outer) => {
                let (_, err) = take_err(then);
                match handle_err(self, err, e) {
                    Ok(Ok(flow)) => match self.run_flow(flow, *outer) {
                        Ok(()) => Unwind::Done,
                        Err(x) => Unwind::Fresh(x),
                    },
                    Ok(Err(x)) => Unwind::Fresh(x),
                    Err(x) => self.cont_on_exception(*outer, x),
                }
            }
            Cont::Task(task) => {
                crate::asyncio::task_step_raised(self, task, e);
                Unwind::Done
            }
            Cont::Send(send_pc) if delegates_to_native(self) => {
                match crate::asyncgen::send_exception(self, send_pc, &e) {
                    Some(crate::asyncgen::SendExc::Consumed) => Unwind::Done,
                    Some(crate::asyncgen::SendExc::Replace(x)) => Unwind::Fresh(x),
                    None => Unwind::Propagate(e),
                }
            }
            Cont::Push
            | Cont::Discard
            | Cont::ForIterCall(_)
            | Cont::ForIterGen(_)
            | Cont::Send(_)
            | Cont::SendIter(_) => Unwind::Propagate(e),
        }
    }

    /// Delivers a result to a continuation, in the context of the (new) top frame.
    #[inline(always)]
    pub fn deliver(&mut self, cont: Cont, o: Outcome) -> PyResult<()> {
        // The commonest continuation, inlined at every call site: push onto the caller's stack.
        if let Cont::Push = cont {
            // Owns nothing: skips the general drop.
            std::mem::forget(cont);
            let v = match o {
                Outcome::Return(v) | Outcome::Yield(v, _) => v,
            };
            self.frame().push(v);
            return Ok(());
        }
        self.deliver_other(cont, o)
    }

    /// [`Vm::deliver`] for every continuation but `Push`.
    fn deliver_other(&mut self, cont: Cont, o: Outcome) -> PyResult<()> {
        match cont {
            Cont::Push => {
                let v = match o {
                    Outcome::Return(v) | Outcome::Yield(v, _) => v,
                };
                self.frame().push(v);
            }
            Cont::Discard | Cont::Unraisable(_) => {}
            Cont::Nested => self.nested_result = Some(Ok(o)),
            Cont::TopLevel => self.state = RunState::Finished,
            Cont::InitCheck(inst, outer) => {
                let v = outcome_value(o);
                if !matches!(v, Value::None) {
                    return Err(exc(
                        "TypeError",
                        format!("__init__() should return None, not '{}'", v.type_name()),
                    ));
                }
                return self.deliver(*outer, Outcome::Return(inst));
            }
            Cont::MakeClass(b) => {
                let v = outcome_value(o);
                return super::call::finish_class(self, *b, v);
            }
            Cont::Then(then, outer) => {
                let (then, _) = take_err(then);
                let flow = self.apply_then(then, o)?;
                return self.run_flow(flow, *outer);
            }
            Cont::ForIterGen(target) => match o {
                Outcome::Yield(v, _) => self.frame().push(v),
                Outcome::Return(_) => {
                    let f = self.frame();
                    f.pop();
                    f.pc = target as usize;
                }
            },
            Cont::ForIterCall(_) => {
                let v = outcome_value(o);
                self.frame().push(v);
            }
            Cont::Send(send_pc) => match o {
                // An async generator awaitable (asend/athrow) decides what its outcome means.
                _ if delegates_to_native(self) => {
                    match crate::asyncgen::send_outcome(self, send_pc, &o) {
                        Some(r) => return r,
                        None => return self.deliver_send_plain(send_pc, o),
                    }
                }
                Outcome::Yield(v, _) => {
                    let f = self.frame();
                    f.push(v);
                    f.pc = send_pc as usize + 1;
                }
                Outcome::Return(v) => return self.send_finished(send_pc, v),
            },
            Cont::SendIter(send_pc) => {
                let v = outcome_value(o);
                let f = self.frame();
                f.push(v);
                f.pc = send_pc as usize + 1;
            }
            Cont::Close(outer) => match o {
                Outcome::Yield(..) => {
                    return Err(exc("RuntimeError", "generator ignored GeneratorExit"));
                }
                Outcome::Return(_) => return self.deliver(*outer, Outcome::Return(Value::None)),
            },
            Cont::Task(task) => crate::asyncio::task_step_done(self, task, o),
        }
        Ok(())
    }

    /// `Cont::Send` without the async generator hook.
    pub(crate) fn deliver_send_plain(&mut self, send_pc: u32, o: Outcome) -> PyResult<()> {
        match o {
            Outcome::Yield(v, _) => {
                let f = self.frame();
                f.push(v);
                f.pc = send_pc as usize + 1;
                Ok(())
            }
            Outcome::Return(v) => self.send_finished(send_pc, v),
        }
    }

    /// A delegation finished with `v`: replace the receiver with it and jump past the loop.
    fn send_finished(&mut self, send_pc: u32, v: Value) -> PyResult<()> {
        let f = self.frame();
        let target = match f.code.instructions.get(send_pc as usize) {
            Some(crate::compiler::Instr::Send(t)) => *t as usize,
            _ => f.pc,
        };
        f.pop();
        f.push(v);
        f.pc = target;
        Ok(())
    }

    /// Runs a flow: a value is delivered now; a call pushes a frame continuing with `then`.
    pub fn run_flow(&mut self, flow: Flow, cont: Cont) -> PyResult<()> {
        match flow {
            Flow::Value(v) => self.deliver(cont, Outcome::Return(v)),
            Flow::Call { func, args, then } => {
                self.call(func, args, Cont::Then(then, Box::new(cont)))
            }
            Flow::Resume { gen, input, then } => {
                self.resume_gen(gen, input, Cont::Then(then, Box::new(cont)))
            }
        }
    }
}

/// True if the top frame delegates to a native object (an async generator awaitable may
/// need to interpret the outcome).
fn delegates_to_native(vm: &Vm) -> bool {
    matches!(
        vm.frames.last().and_then(|f| f.stack.last()),
        Some(Value::Instance(i)) if matches!(i.payload, crate::object::Payload::Native(_))
    )
}

/// The value carried by an outcome.
pub fn outcome_value(o: Outcome) -> Value {
    match o {
        Outcome::Return(v) | Outcome::Yield(v, _) => v,
    }
}

/// `StopIteration.value`.
pub fn stop_iteration_value(e: &Value) -> Value {
    e.exc_data()
        .and_then(|d| d.borrow().args.first().cloned())
        .unwrap_or(Value::None)
}

/// PEP 479/525: StopIteration (and StopAsyncIteration in async generators) leaving a
/// generator-like frame becomes a RuntimeError.
fn convert_stop_iteration(kind: GenKind, e: Value) -> Value {
    let what = match kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    };
    let name = if is_exc_instance(&e, "StopIteration") {
        "StopIteration"
    } else if kind == GenKind::AsyncGenerator && is_exc_instance(&e, "StopAsyncIteration") {
        "StopAsyncIteration"
    } else {
        return e;
    };
    let new = exc("RuntimeError", format!("{what} raised {name}"));
    if let Some(d) = new.exc_data() {
        let mut d = d.borrow_mut();
        d.cause = Some(e.clone());
        d.context = Some(e);
        d.suppress_context = true;
    }
    new
}
