//! `async for` over class-based iterators in the hot loop ([`Vm::run_hot`]), while nothing
//! is recorded: `GetANext` on an instance whose class's `__anext__` is `async def
//! __anext__(self)` makes the coroutine (what `asyncgen::anext_flow` does for it, with the
//! class's `__anext__` remembered per class version), `Send` resumes a generator-like object
//! on top of the stack (what `resume_gen` does for a plain send), and `ReturnValue` of a
//! generator-like frame delegated to by `Send` hands its value to the delegating frame (what
//! `exit_frame` and the `Cont::Send` delivery do when the delegate is no native awaitable).
//! Anything else is left to the general path.

use std::rc::{Rc, Weak};

use super::c_stack::CStack;
use super::{Cont, Frame, FramePool, Vm};
use crate::compiler::Instr;
use crate::object::{Function, GenState, TypeObject, Value};

/// The `__anext__` that instances of the class at one version have, when it is a Python
/// function (held weakly: the class namespace holds it while the version is unchanged).
#[derive(Default)]
pub struct AnextCache {
    version: u64,
    func: Weak<Function>,
}

impl Vm {
    /// The `__anext__` `async for` and `anext()` call on instances of `class` (a user
    /// method first, as `asyncgen::anext_flow` looks it up): remembered for the class's
    /// current version when it is a Python function.
    pub(crate) fn class_anext(&mut self, class: &Rc<TypeObject>) -> Option<Value> {
        let version = class.version();
        if self.anext_cache.version == version {
            if let Some(func) = self.anext_cache.func.upgrade() {
                return Some(Value::Function(func));
            }
        }
        let found =
            super::ops::user_method(class, "__anext__").or_else(|| class.lookup("__anext__"));
        if let Some(Value::Function(func)) = &found {
            self.anext_cache = AnextCache {
                version,
                func: Rc::downgrade(func),
            };
        }
        found
    }

    /// `GetANext` in the top frame (its pc past it) when the iterator on top of the stack is
    /// an instance whose class's `__anext__` is a Python function taking just `self` as a
    /// coroutine function: the coroutine pushed (`Some(false)`), or the exception making it
    /// raised as the general path raises it (`Some(true)`). `None` (nothing done) otherwise.
    pub(super) fn hot_get_anext(&mut self) -> Option<bool> {
        let f = self.frames.last()?;
        let Some(it @ Value::Instance(inst)) = f.stack.last() else {
            return None;
        };
        let class = inst.class.borrow().clone();
        let it = it.clone();
        let Some(Value::Function(func)) = self.class_anext(&class) else {
            return None;
        };
        match self.call_coroutine_with_receiver(&func, &it)? {
            Ok(coro) => {
                self.frame().push(coro);
                Some(false)
            }
            Err(e) => {
                self.handle_exception(e, true);
                Some(true)
            }
        }
    }
}

/// `Send(target)` (its index `send_pc`) in the top frame of `frames` when the receiver below
/// the sent value is a generator-like object that can be resumed with it (suspended, or just
/// created and sent None) and no C-stack path is announced: its frame is pushed with the value
/// (what `resume_gen` does with `Cont::Send`). False (nothing done) otherwise.
#[allow(clippy::vec_box)] // the VM's frame stack, boxed so frames move without being copied
pub(super) fn send_to_gen(frames: &mut Vec<Box<Frame>>, c_stack: &CStack, send_pc: usize) -> bool {
    if c_stack.has_pending() {
        return false;
    }
    let Some(caller) = frames.last_mut() else {
        return false;
    };
    let [.., Value::Gen(g), v] = &caller.stack[..] else {
        return false;
    };
    let state = g.state.get();
    let resumable = match state {
        GenState::Suspended => true,
        GenState::Created => matches!(v, Value::None),
        GenState::Running | GenState::Finished => false,
    };
    if !resumable {
        return false;
    }
    let g = g.clone();
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        return false;
    };
    let v = caller.stack.pop().expect("the sent value");
    g.state.set(GenState::Running);
    frame.gen = Some(g);
    frame.cont = Cont::Send(send_pc as u32);
    frame.delegating = false;
    if state != GenState::Created {
        frame.stack.push(v);
    }
    frames.push(frame);
    true
}

/// `ReturnValue` of a generator-like frame whose result goes to a `Send` in the frame below,
/// whose receiver (on top of its stack) is that generator-like object: the object is
/// finished, the value replaces it and the delegating frame continues after its loop (what
/// `exit_frame` and `send_finished` do). False (nothing done) for any other frame.
#[allow(clippy::vec_box)] // the VM's frame stack, boxed so frames move without being copied
pub(super) fn return_to_send(
    frames: &mut Vec<Box<Frame>>,
    c_stack: &mut CStack,
    pool: &mut FramePool,
) -> bool {
    let depth = frames.len();
    if depth < 2 {
        return false;
    }
    let Cont::Send(send_pc) = frames[depth - 1].cont else {
        return false;
    };
    if frames[depth - 1].gen.is_none()
        || !matches!(frames[depth - 2].stack.last(), Some(Value::Gen(_)))
    {
        return false;
    }
    let Some(mut frame) = frames.pop() else {
        return false;
    };
    c_stack.release(depth - 1);
    frame.cont = Cont::Push;
    if let Some(g) = frame.gen.take() {
        g.state.set(GenState::Finished);
    }
    let v = frame.pop();
    let caller = &mut frames[depth - 2];
    let target = match caller.code.instructions.get(send_pc as usize) {
        Some(Instr::Send(t)) => *t as usize,
        _ => caller.pc,
    };
    caller.stack.pop();
    caller.stack.push(v);
    caller.pc = target;
    pool.give(frame);
    true
}
