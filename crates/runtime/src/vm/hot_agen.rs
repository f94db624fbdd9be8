//! `async for` over async generators in the hot loop ([`Vm::run_hot`]), while nothing is
//! recorded: `Send` of an `__anext__()` awaitable resumes the generator's frame (what
//! `send_awaitable` and `resume_gen` do when the send resumes it), and the generator's own
//! `yield v` hands `v` to that `Send` (what `exit_frame` and the `Cont::Send` delivery to an
//! asend object, `send_outcome`, do for a wrapped yield). Anything else (the first send that
//! finds the generator finished, errors, `athrow`/`aclose`, an inner await's bare yield) is
//! left to the general path.

use super::c_stack::CStack;
use super::hot_coro::push_resumed;
use super::{Cont, Frame};
use crate::asyncgen::awaitables::{begin_send_resuming, finish_asend_yield, recycle_asend};
use crate::compiler::Instr;
use crate::object::{GenKind, GenState, Payload, Value};

/// `Send` (its index `send_pc`) in the top frame of `frames` when the receiver below the sent
/// value is an `__anext__()`/`asend()` awaitable whose send resumes its generator without
/// error (`asyncgen::awaitables::begin_send_resuming`) and no C-stack path is announced: the
/// awaitable's state advanced, the generator's frame pushed with its input. False (nothing
/// done) otherwise.
#[allow(clippy::vec_box)] // the VM's frame stack, boxed so frames move without being copied
pub(super) fn send_to_asend(
    frames: &mut Vec<Box<Frame>>,
    c_stack: &CStack,
    send_pc: usize,
) -> bool {
    if c_stack.has_pending() {
        return false;
    }
    let Some(caller) = frames.last_mut() else {
        return false;
    };
    let [.., Value::Instance(i), _] = &caller.stack[..] else {
        return false;
    };
    if !matches!(i.payload, Payload::Native(_)) {
        return false;
    }
    let v = caller.stack.pop().expect("the sent value");
    let recv = caller.stack.last().expect("the receiver");
    let (g, input, _) = match begin_send_resuming(recv, v) {
        Ok(resumed) => resumed,
        Err(v) => {
            caller.stack.push(v);
            return false;
        }
    };
    let created = g.state.get() == GenState::Created;
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        unreachable!("a suspended or created generator has its frame");
    };
    g.state.set(GenState::Running);
    frame.gen = Some(g);
    frame.set_cont(Cont::Send(send_pc as u32));
    frame.delegating = false;
    push_resumed(frames, frame, (!created).then_some(input));
    true
}

// The recorded hot loop takes the same two steps through the helpers below, split where its
// recorder hooks go. The untraced `send_to_asend`/`yield_to_asend` above keep their own
// whole bodies: built on those helpers (inlined or not), the untraced frames loop ran more
// instructions (fat-LTO callgrind, reduced programs untraced: fib 18.93M and agen 97.35M
// with the helpers called out of line, 18.80M and 96.70M with the whole bodies).

/// What [`take_frame_from_asend`] took: the generator's frame to push and what to push on it.
pub(super) struct AsendResume {
    /// The generator's frame, ready to run (generator running, `Cont::Send` of the awaiting
    /// frame).
    pub frame: Box<Frame>,
    /// The value sent into the generator, pushed on its frame (`None`: just created).
    pub sent: Option<Value>,
    /// This send was the awaitable's first: its `__anext__()`/`asend()` call starts now.
    pub first: bool,
}

/// The first half of [`send_to_asend`]: the awaitable's state advanced and its generator's
/// frame taken out of the generator and made ready to run (what `begin_send` and
/// `resume_gen` do before the push), the sent value popped from the awaiting frame. `None`
/// (nothing done) when the send is not one [`send_to_asend`] takes.
#[inline(always)]
pub(super) fn take_frame_from_asend(
    frames: &mut [Box<Frame>],
    c_stack: &CStack,
    send_pc: usize,
) -> Option<AsendResume> {
    if c_stack.has_pending() {
        return None;
    }
    let caller = frames.last_mut()?;
    let [.., Value::Instance(i), _] = &caller.stack[..] else {
        return None;
    };
    if !matches!(i.payload, Payload::Native(_)) {
        return None;
    }
    let v = caller.stack.pop().expect("the sent value");
    let recv = caller.stack.last().expect("the receiver");
    let (g, input, first) = match begin_send_resuming(recv, v) {
        Ok(resumed) => resumed,
        Err(v) => {
            caller.stack.push(v);
            return None;
        }
    };
    let created = g.state.get() == GenState::Created;
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        unreachable!("a suspended or created generator has its frame");
    };
    g.state.set(GenState::Running);
    frame.gen = Some(g);
    frame.set_cont(Cont::Send(send_pc as u32));
    frame.delegating = false;
    Some(AsendResume {
        frame,
        sent: (!created).then_some(input),
        first,
    })
}

/// `YieldValue(true)` (an async generator's own `yield v`, its pc past it) in the top frame
/// of `frames` when that frame is an async generator's resumed by a `Send` in the frame below
/// whose receiver is the `__anext__()`/`asend()` awaitable driving it: the generator is
/// suspended with its frame, the awaitable's await is over and `v` replaces it in the
/// delegating frame, which continues after its loop; the awaitable is offered for reuse as
/// `send_outcome` offers it. False (nothing done) otherwise.
#[allow(clippy::vec_box)]
pub(super) fn yield_to_asend(frames: &mut Vec<Box<Frame>>, c_stack: &mut CStack) -> bool {
    let depth = frames.len();
    if depth < 2 {
        return false;
    }
    let top = &frames[depth - 1];
    let Cont::Send(send_pc) = top.cont else {
        return false;
    };
    if !matches!(&top.gen, Some(g) if g.kind == GenKind::AsyncGenerator) {
        return false;
    }
    let Some(recv @ Value::Instance(i)) = frames[depth - 2].stack.last() else {
        return false;
    };
    if !matches!(i.payload, Payload::Native(_)) || finish_asend_yield(recv).is_none() {
        return false;
    }
    let mut frame = frames.pop().expect("the generator's frame");
    c_stack.release(depth - 1);
    let v = frame.pop();
    frame.set_cont(Cont::Discard);
    let pc = frame.pc;
    frame.delegating =
        pc >= 2 && matches!(frame.code.instructions.get(pc - 2), Some(Instr::Send(_)));
    if let Some(g) = frame.gen.take() {
        g.state.set(GenState::Suspended);
        *g.frame.borrow_mut() = Some(frame);
    }
    let caller = &mut frames[depth - 2];
    let target = match caller.code.instructions.get(send_pc as usize) {
        Some(Instr::Send(t)) => *t as usize,
        _ => caller.pc,
    };
    let recv = caller.stack.pop().expect("the receiver");
    caller.stack.push(v);
    caller.pc = target;
    recycle_asend(recv);
    true
}

/// What [`pop_frame_yielding_to_asend`] popped.
pub(super) struct AsendYield {
    /// The async generator's frame (its yielded value popped).
    pub frame: Box<Frame>,
    /// The yielded value.
    pub value: Value,
    /// The index of the awaiting frame's `Send`.
    pub send_pc: u32,
    /// The id of the generator the awaitable drives (the recorder's iterator id).
    pub gen_id: u64,
}

/// The first step of [`yield_to_asend`]: the awaitable's await closed, the generator's frame
/// popped (its C-stack units released) and its yielded value popped from it. `None` (nothing
/// done) when the yield is not one [`yield_to_asend`] takes.
#[allow(clippy::vec_box)]
#[inline(always)]
pub(super) fn pop_frame_yielding_to_asend(
    frames: &mut Vec<Box<Frame>>,
    c_stack: &mut CStack,
) -> Option<AsendYield> {
    let depth = frames.len();
    if depth < 2 {
        return None;
    }
    let top = &frames[depth - 1];
    let Cont::Send(send_pc) = top.cont else {
        return None;
    };
    if !matches!(&top.gen, Some(g) if g.kind == GenKind::AsyncGenerator) {
        return None;
    }
    let Some(recv @ Value::Instance(i)) = frames[depth - 2].stack.last() else {
        return None;
    };
    if !matches!(i.payload, Payload::Native(_)) {
        return None;
    }
    let gen_id = finish_asend_yield(recv)?;
    let mut frame = frames.pop().expect("the generator's frame");
    c_stack.release(depth - 1);
    let value = frame.pop();
    Some(AsendYield {
        frame,
        value,
        send_pc,
        gen_id,
    })
}

/// The second step of [`yield_to_asend`] (what `exit_frame` does with a yielding frame): the
/// generator suspended, holding its frame again.
#[inline(always)]
pub(super) fn suspend_yielded(mut frame: Box<Frame>) {
    frame.set_cont(Cont::Discard);
    let pc = frame.pc;
    frame.delegating =
        pc >= 2 && matches!(frame.code.instructions.get(pc - 2), Some(Instr::Send(_)));
    if let Some(g) = frame.gen.take() {
        g.state.set(GenState::Suspended);
        *g.frame.borrow_mut() = Some(frame);
    }
}

/// The last step of [`yield_to_asend`] (what `send_outcome` does with the await's value):
/// `v` replaces the awaitable in the awaiting frame (on top), which continues after its
/// `Send` loop; the awaitable is offered for reuse.
#[inline(always)]
pub(super) fn hand_yield_to_send(frames: &mut [Box<Frame>], send_pc: u32, v: Value) {
    let Some(caller) = frames.last_mut() else {
        return;
    };
    let target = match caller.code.instructions.get(send_pc as usize) {
        Some(Instr::Send(t)) => *t as usize,
        _ => caller.pc,
    };
    let recv = caller.stack.pop().expect("the receiver");
    caller.stack.push(v);
    caller.pc = target;
    recycle_asend(recv);
}
