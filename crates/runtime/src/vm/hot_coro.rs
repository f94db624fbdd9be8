//! `async for` over class-based iterators in the hot loop ([`Vm::run_hot`]), while nothing
//! is recorded: `GetANext` on an instance whose class's `__anext__` is `async def
//! __anext__(self)` makes the coroutine (what `asyncgen::anext_flow` does for it, with the
//! class's `__anext__` remembered per class version; on an async generator it makes the
//! `__anext__()` awaitable `hot_agen.rs` then steps), `Send` resumes a generator-like object
//! on top of the stack (what `resume_gen` does for a plain send), and `ReturnValue` of a
//! generator-like frame delegated to by `Send` hands its value to the delegating frame (what
//! `exit_frame` and the `Cont::Send` delivery do when the delegate is no native awaitable).
//! Anything else is left to the general path.

use std::rc::{Rc, Weak};

use super::c_stack::CStack;
use super::{Cont, Frame, FramePool, Vm};
use crate::compiler::Instr;
use crate::object::{Function, GenKind, GenState, Generator, TypeObject, Value};

/// The `__anext__` that instances of the class at one version have, when it is a Python
/// function (held weakly: the class namespace holds it while the version is unchanged).
#[derive(Default)]
pub struct AnextCache {
    version: u64,
    func: Weak<Function>,
}

/// At most one finished coroutine object that nothing else refers to (no other strong or
/// weak reference), kept when `async for` is done with it ([`return_to_send`]) so that the
/// next coroutine made (`Vm::wrap_generator`) reuses its allocation instead of freeing one
/// and allocating another. Nothing can reach a kept object, and dropping a finished
/// coroutine does nothing else, so keeping and reusing it is unobservable.
#[derive(Default)]
pub struct SpareCoroutine(Option<Rc<Generator>>);

impl SpareCoroutine {
    /// Keeps `g` if it is a finished coroutine no one else refers to and none is kept yet;
    /// drops it otherwise.
    #[inline]
    pub(super) fn keep(&mut self, g: Rc<Generator>) {
        if self.0.is_none()
            && g.kind == GenKind::Coroutine
            && g.state.get() == GenState::Finished
            && Rc::strong_count(&g) == 1
            && Rc::weak_count(&g) == 0
        {
            self.0 = Some(g);
        }
    }

    /// The kept object, if any (for [`Generator::renew`]).
    #[inline]
    pub(super) fn take(&mut self) -> Option<Rc<Generator>> {
        self.0.take()
    }
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

    /// `GetANext` in the top frame (its pc past it) on an async generator: its `__anext__()`
    /// awaitable pushed (what `anext_flow` gives). False (nothing done) for any other
    /// iterator.
    pub(super) fn push_agen_anext(&mut self) -> bool {
        let Some(Value::Gen(g)) = self.frames.last().and_then(|f| f.stack.last()) else {
            return false;
        };
        if g.kind != GenKind::AsyncGenerator {
            return false;
        }
        let g = g.clone();
        let awaitable = crate::asyncgen::agen_anext(self, &g);
        self.frame().push(awaitable);
        true
    }

    /// `GetANext` in the top frame (its pc past it) when the iterator on top of the stack is
    /// an instance whose class's `__anext__` is a Python function taking just `self` as a
    /// coroutine function: the coroutine pushed (`Some(false)`), or the exception making it
    /// raised as the general path raises it (`Some(true)`). `None` (nothing done) otherwise.
    pub(super) fn hot_get_anext(&mut self) -> Option<bool> {
        let f = self.frames.last()?;
        if let Some(Value::Gen(_)) = f.stack.last() {
            return self.push_agen_anext().then_some(false);
        }
        let Some(it @ Value::Instance(inst)) = f.stack.last() else {
            return None;
        };
        let class = inst.class.borrow().clone();
        let it = it.clone();
        let Some(Value::Function(func)) = self.class_anext(&class) else {
            return None;
        };
        match self.call_coroutine_with_receiver(&func, it)? {
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
    let Some((frame, sent)) = take_frame_to_send(frames, c_stack, send_pc) else {
        return false;
    };
    push_resumed(frames, frame, sent);
    true
}

/// The first half of [`send_to_gen`]: the receiver's frame, taken out of it and made ready
/// to run (`resume_gen`'s state change and continuation), and the sent value popped from the
/// caller, to be pushed onto that frame unless it was just created (then `None`).
#[allow(clippy::vec_box)]
#[inline(always)]
pub(super) fn take_frame_to_send(
    frames: &mut [Box<Frame>],
    c_stack: &CStack,
    send_pc: usize,
) -> Option<(Box<Frame>, Option<Value>)> {
    if c_stack.has_pending() {
        return None;
    }
    let caller = frames.last_mut()?;
    let [.., Value::Gen(g), v] = &caller.stack[..] else {
        return None;
    };
    let state = g.state.get();
    let resumable = match state {
        GenState::Suspended => true,
        GenState::Created => matches!(v, Value::None),
        GenState::Running | GenState::Finished => false,
    };
    if !resumable {
        return None;
    }
    let g = g.clone();
    let mut frame = g.frame.borrow_mut().take()?;
    let v = caller.stack.pop().expect("the sent value");
    g.state.set(GenState::Running);
    frame.gen = Some(g);
    frame.set_cont(Cont::Send(send_pc as u32));
    frame.delegating = false;
    let sent = (state != GenState::Created).then_some(v);
    Some((frame, sent))
}

/// The second half of [`send_to_gen`]: `frame` pushed, with the sent value on its stack.
#[allow(clippy::vec_box)]
#[inline(always)]
pub(super) fn push_resumed(
    frames: &mut Vec<Box<Frame>>,
    mut frame: Box<Frame>,
    sent: Option<Value>,
) {
    if let Some(v) = sent {
        frame.stack.push(v);
    }
    frames.push(frame);
}

/// `ReturnValue` of a generator-like frame whose result goes to a `Send` in the frame below,
/// whose receiver (on top of its stack) is that generator-like object: the object is
/// finished, the value replaces it and the delegating frame continues after its loop (what
/// `exit_frame` and `send_finished` do; the finished object goes to `spare`). False
/// (nothing done) for any other frame.
#[allow(clippy::vec_box)] // the VM's frame stack, boxed so frames move without being copied
pub(super) fn return_to_send(
    frames: &mut Vec<Box<Frame>>,
    c_stack: &mut CStack,
    pool: &mut FramePool,
    spare: &mut SpareCoroutine,
) -> bool {
    let Some((mut frame, send_pc)) = pop_frame_returning_to_send(frames, c_stack) else {
        return false;
    };
    if let Some(g) = frame.gen.take() {
        g.state.set(GenState::Finished);
    }
    let v = frame.pop();
    hand_result_to_send(frames, frame, send_pc, v, pool, spare);
    true
}

/// The first step of [`return_to_send`]: the top frame popped (its C-stack units released)
/// when it is a generator-like frame whose result goes to a `Send` (at the returned index)
/// in the frame below, whose receiver is a generator-like object; `None` (nothing done)
/// otherwise.
#[allow(clippy::vec_box)]
#[inline(always)]
pub(super) fn pop_frame_returning_to_send(
    frames: &mut Vec<Box<Frame>>,
    c_stack: &mut CStack,
) -> Option<(Box<Frame>, u32)> {
    let depth = frames.len();
    if depth < 2 {
        return None;
    }
    let Cont::Send(send_pc) = frames[depth - 1].cont else {
        return None;
    };
    if frames[depth - 1].gen.is_none()
        || !matches!(frames[depth - 2].stack.last(), Some(Value::Gen(_)))
    {
        return None;
    }
    let mut frame = frames.pop()?;
    c_stack.release(depth - 1);
    frame.set_cont(Cont::Push);
    Some((frame, send_pc))
}

/// The last step of [`return_to_send`] (what `send_finished` does): the returned value `v`
/// replaces the receiver in the delegating frame (now on top), which jumps past its loop;
/// the popped `frame` goes back to the pool and the finished receiver to `spare`.
#[inline(always)]
pub(super) fn hand_result_to_send(
    frames: &mut [Box<Frame>],
    frame: Box<Frame>,
    send_pc: u32,
    v: Value,
    pool: &mut FramePool,
    spare: &mut SpareCoroutine,
) {
    let Some(caller) = frames.last_mut() else {
        return;
    };
    let target = match caller.code.instructions.get(send_pc as usize) {
        Some(Instr::Send(t)) => *t as usize,
        _ => caller.pc,
    };
    let receiver = caller.stack.pop();
    caller.stack.push(v);
    caller.pc = target;
    pool.give(frame);
    if let Some(Value::Gen(g)) = receiver {
        spare.keep(g);
    }
}
