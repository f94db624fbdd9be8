//! Resuming and suspending generator-like objects; frame exit.

use std::rc::Rc;

use super::{Cont, Outcome, PyResult, ResumeInput, Vm};
use crate::compiler::Instr;
use crate::object::exception::{exc, exc_empty};
use crate::object::{GenKind, GenState, Generator, Value};

fn kind_word(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

impl Vm {
    /// Resumes `gen` with `input`; its next yield or return goes to `cont`.
    pub fn resume_gen(
        &mut self,
        gen: Rc<Generator>,
        input: ResumeInput,
        cont: Cont,
    ) -> PyResult<()> {
        let state = gen.state.get();
        match state {
            GenState::Running => {
                return Err(exc(
                    "ValueError",
                    format!("{} already executing", kind_word(gen.kind)),
                ));
            }
            GenState::Finished => {
                return match input {
                    ResumeInput::Send(_) => match gen.kind {
                        GenKind::Coroutine => Err(exc(
                            "RuntimeError",
                            "cannot reuse already awaited coroutine",
                        )),
                        GenKind::AsyncGenerator => Err(exc_empty("StopAsyncIteration")),
                        // An exhausted generator returns None again (StopIteration, or the
                        // default of `next(it, default)`, at the receiver).
                        GenKind::Generator => self.deliver(cont, Outcome::Return(Value::None)),
                    },
                    ResumeInput::Throw(e) => Err(e),
                    ResumeInput::Close => self.deliver(cont, Outcome::Return(Value::None)),
                };
            }
            GenState::Created => match &input {
                ResumeInput::Send(v) if !matches!(v, Value::None) => {
                    return Err(exc(
                        "TypeError",
                        format!(
                            "can't send non-None value to a just-started {}",
                            kind_word(gen.kind)
                        ),
                    ));
                }
                ResumeInput::Close => {
                    gen.state.set(GenState::Finished);
                    gen.frame.borrow_mut().take();
                    return self.deliver(cont, Outcome::Return(Value::None));
                }
                _ => {}
            },
            GenState::Suspended => {}
        }
        let c_units = self.charge_c_entry(&cont)?;
        let Some(mut frame) = gen.frame.borrow_mut().take() else {
            return Err(exc("RuntimeError", "generator has no frame"));
        };
        frame.gen = Some(gen.clone());
        gen.state.set(GenState::Running);
        let is_close = matches!(input, ResumeInput::Close);
        frame.cont = if is_close {
            Cont::Close(Box::new(cont))
        } else {
            cont
        };
        let delegating = std::mem::replace(&mut frame.delegating, false);
        self.push_frame(frame);
        self.c_stack.hold(self.frames.len() - 1, c_units);
        match input {
            ResumeInput::Send(v) => {
                if state != GenState::Created {
                    self.frame().push(v);
                }
                Ok(())
            }
            ResumeInput::Throw(_) | ResumeInput::Close => {
                let e = match input {
                    ResumeInput::Throw(e) => e,
                    _ => exc_empty("GeneratorExit"),
                };
                if delegating {
                    let recv = self.frame().peek(1);
                    if let Value::Gen(sub) = recv {
                        let send_pc = self.frame().pc.saturating_sub(2) as u32;
                        let sub_input = if is_close {
                            ResumeInput::Close
                        } else {
                            ResumeInput::Throw(e.clone())
                        };
                        if is_close {
                            // Close the delegate, then raise GeneratorExit here.
                            let r = self.resume_gen(
                                sub,
                                sub_input,
                                Cont::Then(
                                    super::Then::map(move |_, _| Err(e)),
                                    Box::new(Cont::Send(send_pc)),
                                ),
                            );
                            return r;
                        }
                        return self.resume_gen(sub, sub_input, Cont::Send(send_pc));
                    }
                    if let Some(r) = crate::asyncio::throw_into_native_awaitable(self, &recv, &e) {
                        return r;
                    }
                }
                self.handle_exception(e, true);
                Ok(())
            }
        }
    }

    /// Resumes `gen` in a nested run.
    pub fn resume_nested(&mut self, gen: Rc<Generator>, input: ResumeInput) -> PyResult<Outcome> {
        self.run_nested(|vm| vm.resume_gen(gen, input, Cont::Nested))
    }

    /// Pops the top frame with `o` and delivers it to the frame's continuation.
    pub fn exit_frame(&mut self, o: Outcome) -> PyResult<()> {
        let Some(mut frame) = self.frames.pop() else {
            return Ok(());
        };
        self.c_stack.release(self.frames.len());
        if self.recorder.enabled {
            let how = crate::recorder::leave_how(&frame, &o);
            self.recorder.frame_leave(&frame, how);
        }
        let cont = std::mem::replace(&mut frame.cont, Cont::Discard);
        let finished = match frame.gen.take() {
            None => Some(frame),
            Some(gen) => match &o {
                Outcome::Yield(..) => {
                    let pc = frame.pc;
                    frame.delegating = pc >= 2
                        && matches!(frame.code.instructions.get(pc - 2), Some(Instr::Send(_)));
                    gen.state.set(GenState::Suspended);
                    *gen.frame.borrow_mut() = Some(frame);
                    None
                }
                Outcome::Return(v) => {
                    gen.state.set(GenState::Finished);
                    if self.recorder.enabled {
                        self.rec_coroutine_finished(&gen, Ok(v)); // recorder
                    }
                    Some(frame)
                }
            },
        };
        let r = self.deliver(cont, o);
        if let Some(frame) = finished {
            self.frame_pool.give(frame);
        }
        r
    }
}

/// True if finalizing the dropped `g` pushes a frame that closes it (a suspended generator or
/// coroutine: see [`finalize_dropped`]) rather than acting at once.
pub fn closes_by_frame(g: &Generator) -> bool {
    g.kind != GenKind::AsyncGenerator && g.state.get() == GenState::Suspended
}

/// Finalizes a generator-like object whose last reference was dropped.
pub fn finalize_dropped(vm: &mut Vm, g: Rc<Generator>) {
    match (g.kind, g.state.get()) {
        (GenKind::Coroutine, GenState::Created) => {
            let line = vm.current_line();
            let src = vm
                .source_lines
                .get(line.saturating_sub(1) as usize)
                .map(|s| s.trim().to_string())
                .unwrap_or_default();
            let fname = vm
                .frames
                .last()
                .map(|f| f.code.filename.clone())
                .unwrap_or_else(|| vm.filename.clone());
            let text = if vm.frames.is_empty() {
                // At interpreter shutdown there is no Python frame: CPython says `sys:1`.
                format!(
                    "sys:1: RuntimeWarning: coroutine '{}' was never awaited\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                    g.qualname
                )
            } else {
                format!(
                    "{fname}:{line}: RuntimeWarning: coroutine '{}' was never awaited\n  {src}\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                    g.qualname
                )
            };
            vm.stderr.push_str(&text);
        }
        (GenKind::AsyncGenerator, GenState::Suspended) => {
            crate::asyncio::finalize_async_gen(vm, g);
        }
        (_, GenState::Suspended) => {
            let what = format!(
                "<{} object {} at 0x{:x}>",
                kind_word(g.kind),
                g.qualname,
                g.id
            );
            if let Err(e) = vm.resume_gen(g, ResumeInput::Close, Cont::Unraisable(what)) {
                let text = vm.format_exception(&e);
                vm.stderr.push_str(&text);
            }
        }
        _ => {}
    }
}
