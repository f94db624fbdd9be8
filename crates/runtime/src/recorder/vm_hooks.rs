//! The recorder's hooks into the VM's instruction handlers: each is one call placed right
//! after the instruction did its work, reading back what changed. Every hook returns at once
//! when recording is off.

use std::rc::Rc;

use crate::object::{GenKind, Generator, Value};
use crate::vm::{Frame, Vm};

use super::EventKind;

/// The message of an exception instance as `str(e)` shows it for the usual cases (one str
/// argument, or none); other arguments are shown as short reprs.
pub fn exception_message(e: &Value) -> String {
    let Some(data) = e.exc_data() else {
        return String::new();
    };
    let Ok(d) = data.try_borrow() else {
        return String::new();
    };
    match d.args.as_slice() {
        [] => String::new(),
        [Value::Str(s)] => s.to_string(),
        [one] => super::short_repr::short_text(one),
        many => super::short_repr::short_text(&Value::Tuple(Rc::new(many.to_vec().into()))),
    }
}

impl Vm {
    /// After `StoreFast(i)`: records the new value of the local.
    pub(crate) fn rec_store_fast(&mut self, i: u32) {
        if !self.recorder.enabled {
            return;
        }
        let Some(f) = self.frames.last() else { return };
        let Some(Some(v)) = f.fast.get(i as usize) else {
            return;
        };
        self.recorder.store_fast(f.rec_id, f.line(), &f.code, i, v);
    }

    /// After `DeleteFast(i)`: records that the local is gone (`del x`).
    pub(crate) fn rec_delete_fast(&mut self, i: u32) {
        let Some(f) = self.frames.last() else { return };
        if let Some(name) = f.code.varnames.get(i as usize) {
            let (id, line, name) = (f.rec_id, f.line(), name.clone());
            self.recorder.delete(id, line, &name);
        }
    }

    /// After `StoreDeref(i)`: records the new value of the cell or free variable.
    pub(crate) fn rec_store_deref(&mut self, i: u32) {
        if !self.recorder.enabled {
            return;
        }
        let Some(f) = self.frames.last() else { return };
        let i = i as usize;
        let code = &f.code;
        let name = if i < code.cellvars.len() {
            code.cellvars.get(i)
        } else {
            code.freevars.get(i - code.cellvars.len())
        };
        let (Some(name), Some(cell)) = (name, f.cells.get(i)) else {
            return;
        };
        let Some(v) = cell.borrow().clone() else {
            return;
        };
        self.recorder.store(f.rec_id, f.line(), name, &v);
    }

    /// After `StoreName(name)` stored `v`: records the binding in the class namespace or, at
    /// module level, the global.
    pub(crate) fn rec_store_name(&mut self, name: &Rc<str>, v: &Value) {
        if !self.recorder.enabled {
            return;
        }
        let Some(f) = self.frames.last() else { return };
        if f.rec_id == 0 {
            return;
        }
        if f.locals.is_none() && Rc::ptr_eq(&f.globals, &self.main) {
            // A module-level binding: a global, watched if it is a container.
            let line = f.line();
            self.recorder.store_global(line, name, v);
        } else {
            self.recorder.store(f.rec_id, f.line(), name, v);
        }
    }

    /// After `StoreGlobal(name)` stored `v`: records the global in the module frame.
    pub(crate) fn rec_store_global(&mut self, name: &Rc<str>, v: &Value) {
        if !self.recorder.enabled {
            return;
        }
        let Some(f) = self.frames.last() else { return };
        if f.rec_id == 0 || !Rc::ptr_eq(&f.globals, &self.main) {
            return;
        }
        let line = f.line();
        self.recorder.store_global(line, name, v);
    }

    /// Before `StoreAttr`: records `obj.name = v` when `obj` is a tracked async iterator.
    pub(crate) fn rec_attr_store(&mut self, obj: &Value, name: &Rc<str>, v: &Value) {
        if self.recorder.enabled && matches!(obj, Value::Instance(_)) {
            let line = self.current_line();
            self.recorder.attr_store(obj, line, name, v);
        }
    }

    /// Before `GetANext`: the iterator at the top of the stack is about to be asked for a
    /// value.
    pub(crate) fn rec_track_iterator(&mut self) {
        if let Some(it) = self.frames.last().and_then(|f| f.stack.last()) {
            let it = it.clone();
            self.recorder.track_iterator(&it);
        }
    }

    /// The line of the innermost frame of the program's own code (frames of the runtime's
    /// Python library are not recorded): where the UI should point.
    pub(crate) fn rec_line(&self) -> u32 {
        program_line(&self.frames)
    }

    /// An exception was raised in (`caught == false`) or caught by (`true`) the top frame.
    pub(crate) fn rec_exception(&mut self, e: &Value, caught: bool) {
        if !self.recorder.enabled {
            return;
        }
        let line = self.rec_line();
        let type_name = e.type_name();
        let message: Rc<str> = Rc::from(exception_message(e));
        self.recorder.emit(
            self.steps,
            line,
            EventKind::Exception {
                type_name,
                message,
                caught,
            },
        );
    }

    /// After the await of an `async for` step completed: the value is on top of the stack,
    /// the iterator below it.
    pub(crate) fn rec_anext_delivered(&mut self) {
        record_anext_delivered(&self.frames, &mut self.recorder);
    }

    /// A handler of the top frame took the exception `e` (an `except` clause matched, or a
    /// bare `except` / `with` suppression finished it): one `exception` event with
    /// `caught: true`, at most once per exception. Handlers in the runtime's own library
    /// code are not reported.
    pub(crate) fn rec_caught(&mut self, e: &Value) {
        let Some(f) = self.frames.last() else { return };
        if f.rec_id == 0 {
            return;
        }
        let line = f.line();
        let Value::Instance(inst) = e else { return };
        let ty = e.type_name();
        let msg = exception_message(e);
        self.recorder.caught(inst, line, &ty, &msg);
    }

    /// An `__anext__` call on the async iterator `it` starts (before the call).
    pub(crate) fn rec_anext_call(&mut self, it: &Value) {
        record_anext_call(&self.frames, &mut self.recorder, it);
    }

    /// The `__anext__` call on `it` produced `r`: a coroutine is watched until it finishes.
    pub(crate) fn rec_anext_result(&mut self, it: &Value, r: &Value) {
        match r {
            Value::Gen(g) if g.kind == GenKind::Coroutine => {
                self.recorder.register_anext_coroutine(g.id, iter_vm_id(it));
            }
            Value::Instance(obj) => {
                // A Future or an object with `__await__`: see `rec_future_done` and the
                // `__await__` generator case of `rec_frame_pushed`. A Future already done
                // delivers now.
                let iter = iter_vm_id(it);
                let done = crate::asyncio::future::fut_mut(r).and_then(|f| {
                    (f.state == crate::asyncio::future::FutState::Finished)
                        .then(|| (f.result.clone(), f.exception.clone()))
                });
                match done {
                    Some((_, Some(e))) => self.rec_anext_outcome(iter, Err(&e)),
                    Some((v, None)) => self.rec_anext_outcome(iter, Ok(&v)),
                    None => self.recorder.register_anext_awaitable(obj, iter),
                }
            }
            _ => {}
        }
    }

    /// A Future completed: if an `anext(it)` call returned it, that call delivered its result
    /// (or ended the iteration with its StopAsyncIteration).
    pub(crate) fn rec_future_done(&mut self, fut: &Value, outcome: Result<&Value, &Value>) {
        let Value::Instance(obj) = fut else { return };
        let Some(iter) = self.recorder.take_anext_awaitable(obj) else {
            return;
        };
        self.rec_anext_outcome(iter, outcome);
    }

    fn rec_anext_outcome(&mut self, iter: u64, outcome: Result<&Value, &Value>) {
        match outcome {
            Ok(v) => self.recorder.anext_value(iter, v),
            Err(e) if crate::object::exception::is_exc_instance(e, "StopAsyncIteration") => {
                let line = self.rec_line();
                self.recorder.anext_stopped(iter, line)
            }
            Err(_) => self.recorder.anext_failed(iter),
        }
    }

    /// A frame is about to be pushed: the first run of an `async def __anext__(self)`
    /// coroutine that no protocol site announced (`await it.__anext__()` called directly, or
    /// through `anext(it, default)`) opens a call on `self`.
    pub(crate) fn rec_frame_pushed(&mut self, frame: &Frame) {
        let Some(g) = &frame.gen else { return };
        if g.kind == GenKind::Generator && &*frame.code.name == "__await__" {
            // The `__await__` generator of an awaitable an `anext(it)` call returned: its
            // return delivers the value.
            if let Some(Some(Value::Instance(obj))) = frame.fast.first() {
                if let Some(iter) = self.recorder.take_anext_awaitable(obj) {
                    self.recorder.register_anext_coroutine(g.id, iter);
                }
            }
            return;
        }
        if g.kind != GenKind::Coroutine
            || frame.rec_id != 0
            || &*frame.code.name != "__anext__"
            || self.recorder.is_anext_coroutine(g.id)
        {
            return;
        }
        let Some(Some(it @ Value::Instance(_))) = frame.fast.first() else {
            return;
        };
        let it = it.clone();
        let id = iter_vm_id(&it);
        self.recorder.register_anext_coroutine(g.id, id);
        if !self.recorder.anext_open(id) {
            let line = self.rec_line();
            self.recorder.anext_call(id, &it, line);
        }
    }

    /// A coroutine (or an `__await__` generator) finished (returned `Ok(value)` or raised
    /// `Err(exc)`): if it ran an `__anext__` call, that call delivered the value or ended the iteration.
    pub(crate) fn rec_coroutine_finished(
        &mut self,
        g: &Generator,
        outcome: Result<&Value, &Value>,
    ) {
        if g.kind == GenKind::AsyncGenerator {
            return;
        }
        let Some(iter) = self.recorder.finish_anext_coroutine(g.id) else {
            return;
        };
        self.rec_anext_outcome(iter, outcome);
    }
}

/// The VM id the recorder knows an async iterator by.
/// The line of the innermost frame of the program's own code in `frames` (see
/// [`Vm::rec_line`]).
pub(crate) fn program_line(frames: &[Box<Frame>]) -> u32 {
    frames
        .iter()
        .rev()
        .find(|f| !f.driver && !super::is_internal_code(&f.code))
        .map_or(0, |f| f.line())
}

/// What [`Vm::rec_anext_delivered`] records, on the VM's frames and recorder: the value on
/// top of the top frame's stack, the iterator below it, delivered for an open call.
pub(crate) fn record_anext_delivered(frames: &[Box<Frame>], recorder: &mut super::Recorder) {
    if !recorder.enabled {
        return;
    }
    let Some(f) = frames.last() else { return };
    let n = f.stack.len();
    if n < 2 {
        return;
    }
    let (it, v) = (&f.stack[n - 2], &f.stack[n - 1]);
    recorder.anext_value(iter_vm_id(it), v);
}

/// What [`Vm::rec_anext_call`] records, on the VM's frames and recorder: an `__anext__` call
/// on `it` starts, at the program's innermost line.
pub(crate) fn record_anext_call(frames: &[Box<Frame>], recorder: &mut super::Recorder, it: &Value) {
    let line = program_line(frames);
    recorder.anext_call(iter_vm_id(it), it, line);
}

pub fn iter_vm_id(v: &Value) -> u64 {
    match v {
        Value::Gen(g) => g.id,
        other => other.id() as u64,
    }
}
