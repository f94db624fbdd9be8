//! Python-to-Python calls and returns inside the hot loop ([`Vm::run_hot`]): `Call(n)` of a
//! plain Python function pushes its frame and `ReturnValue` of such a frame hands its result
//! back, without leaving the loop. Each does exactly what the general path
//! ([`Vm::call_from_stack`], `exit_frame`/`deliver`) does in that case while nothing is
//! recorded; anything else is left to it. The `_recorded` variants do the same while
//! recording, with the recorder's frame events (`hot_recorded.rs` and [`Vm::step`] use them).

use super::c_stack::CStack;
use super::call::bind_from_stack;
use super::{Cont, Frame, FramePool};
use crate::compiler::code::flags;
use crate::recorder::{LeaveHow, Recorder};

/// `Call(n)` in the top frame of `frames` when the callee is a Python function (or a method
/// bound to one) whose plain positional parameters the arguments give, the rest having
/// defaults (see [`super::call::plain_positional_function`]), is no generator or
/// coroutine function, the recursion limit is not near and no C-stack path is announced:
/// the callee's frame is pushed (what [`super::Vm::call_from_stack`] does then, a frame
/// called from Python holding no C units). False (nothing done) otherwise.
// `frames` is the VM's frame stack, whose frames are boxed to move without being copied.
#[allow(clippy::vec_box)]
#[inline(always)]
pub(super) fn call_python(
    frames: &mut Vec<Box<Frame>>,
    pool: &mut FramePool,
    c_stack: &CStack,
    recursion_limit: usize,
    n: usize,
) -> bool {
    // At the limit the general path counts the frames exactly (inlined comprehensions).
    if frames.len() >= recursion_limit || c_stack.has_pending() {
        return false;
    }
    let Some(caller) = frames.last_mut() else {
        return false;
    };
    let Some(frame) = bind_from_stack(pool, caller, n, |code| {
        !code.has(flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR)
    }) else {
        return false;
    };
    frames.push(frame);
    true
}

/// `ReturnValue` of a frame that is no generator and whose result goes onto its caller's
/// stack (a Python-to-Python call), while nothing is recorded: what `exit_frame` and
/// `deliver` do in that case. False (nothing done) for any other frame.
#[allow(clippy::vec_box)]
#[inline(always)]
pub(super) fn return_to_python_caller(
    frames: &mut Vec<Box<Frame>>,
    c_stack: &mut CStack,
    pool: &mut FramePool,
) -> bool {
    let Some(frame) = pop_frame_returning_to_python(frames, c_stack) else {
        return false;
    };
    hand_result_to_caller(frames, frame, pool);
    true
}

/// `ReturnValue` while recording, in the case [`return_to_python_caller`] handles: the same
/// return, with the frame-leave event `exit_frame` records for it (the frame popped, the
/// event before the result reaches the caller). False (nothing done) for any other frame.
#[allow(clippy::vec_box)]
#[inline(always)]
pub(super) fn return_to_python_caller_recorded(
    frames: &mut Vec<Box<Frame>>,
    c_stack: &mut CStack,
    pool: &mut FramePool,
    recorder: &mut Recorder,
) -> bool {
    let Some(frame) = pop_frame_returning_to_python(frames, c_stack) else {
        return false;
    };
    recorder.frame_leave(&frame, LeaveHow::Return);
    hand_result_to_caller(frames, frame, pool);
    true
}

/// Pops the top frame, releasing its C-stack units, when it is no generator and its result
/// goes onto a Python caller's stack; `None` (nothing done) otherwise.
#[allow(clippy::vec_box)]
#[inline(always)]
fn pop_frame_returning_to_python(
    frames: &mut Vec<Box<Frame>>,
    c_stack: &mut CStack,
) -> Option<Box<Frame>> {
    let depth = frames.len();
    if depth < 2 {
        return None;
    }
    let top = &frames[depth - 1];
    if top.gen.is_some() || !matches!(top.cont, Cont::Push) {
        return None;
    }
    let frame = frames.pop()?;
    c_stack.release(depth - 1);
    Some(frame)
}

/// Moves the popped `frame`'s result onto its caller's stack (the new top frame) and the
/// frame back to the pool.
#[allow(clippy::vec_box)]
#[inline(always)]
fn hand_result_to_caller(frames: &mut [Box<Frame>], mut frame: Box<Frame>, pool: &mut FramePool) {
    if let Some(caller) = frames.last_mut() {
        caller.push_result_of(&mut frame);
    }
    pool.give(frame);
}

/// `Call(n)` while recording, in the case [`call_python`] handles: the same call, with the
/// frame-enter events `push_frame` records for the callee (a plain function's frame, so
/// none of the generator hooks apply). False (nothing done) otherwise.
#[allow(clippy::vec_box)]
#[inline(always)]
pub(super) fn call_python_recorded(
    frames: &mut Vec<Box<Frame>>,
    pool: &mut FramePool,
    c_stack: &CStack,
    recursion_limit: usize,
    n: usize,
    recorder: &mut Recorder,
) -> bool {
    if !call_python(frames, pool, c_stack, recursion_limit, n) {
        return false;
    }
    if let Some(callee) = frames.last_mut() {
        recorder.frame_enter(callee);
    }
    true
}
