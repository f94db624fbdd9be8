//! `async for` over async generators while recording, without the general interpreter: the
//! steps `hot_agen.rs` takes untraced (`GetANext` making the `__anext__()` awaitable, `Send`
//! of that awaitable resuming the generator's frame, the generator's own `yield v` handing
//! `v` to the `Send`) and `AnextDelivered`, each with exactly the recorder hooks `Vm::exec`
//! runs for it, in the same order. The recorded frames loop ([`Vm::run_hot_recorded`]) runs
//! them on the VM's frames and recorder without leaving the loop (out of line, so the loop
//! keeps its own state in registers), except a generator's first
//! `GetANext` (its first-iteration hook needs the event loop: `exec_coro_recorded` takes it);
//! anything else is left to `step` and `exec`.

use super::c_stack::CStack;
use super::hot_agen::{
    hand_yield_to_send, pop_frame_yielding_to_asend, suspend_yielded, take_frame_from_asend,
};
use super::hot_coro::push_resumed;
use super::{Frame, Vm};
use crate::asyncgen::awaitables::{new_awaitable, Mode};
use crate::object::{GenKind, Value};
use crate::recorder::{record_anext_call, record_anext_delivered, LeaveHow, Recorder};

impl Vm {
    /// `GetANext` on an async generator (also its first): its `__anext__()` awaitable
    /// pushed, as `exec` and `anext_flow` push it. False (nothing done) when the iterator is
    /// no async generator. (See [`get_anext_agen_in`] for the hooks.)
    pub(super) fn get_anext_agen_recorded(&mut self) -> bool {
        self.push_agen_anext()
    }
}

/// `GetANext` (its pc past it) in the top frame of `frames` on an async generator whose
/// first-iteration hook already ran (`asyncio::asyncgen_first_iter` does nothing more for
/// it): its `__anext__()` awaitable pushed, as `exec` and `anext_flow` push it. (`exec` first
/// calls `rec_track_iterator`, which ties only instances to their ids and does nothing for a
/// generator; `anext_flow` announces no call for one: its awaitable does, when first
/// awaited.) False (nothing done) otherwise.
#[allow(clippy::vec_box)] // the VM's frame stack, boxed so frames move without being copied
#[inline(never)]
pub(super) fn get_anext_agen_in(frames: &mut [Box<Frame>]) -> bool {
    let Some(f) = frames.last_mut() else {
        return false;
    };
    let Some(Value::Gen(g)) = f.stack.last() else {
        return false;
    };
    if g.kind != GenKind::AsyncGenerator || !g.hooks_inited.get() {
        return false;
    }
    let awaitable = new_awaitable(g, Mode::Send, Value::None);
    f.stack.push(awaitable);
    true
}

/// `Send` (its index `send_pc`) of an `__anext__()`/`asend()` awaitable resuming its
/// generator (see `hot_agen::send_to_asend`), with the hooks of the general path in its
/// order: the call announced at the awaitable's first send (`begin_send`), then the
/// frame-enter hooks `push_frame` runs for the resumed frame before it is pushed
/// (`rec_frame_pushed` does nothing for an async generator's frame). False (nothing done,
/// nothing recorded) otherwise.
#[allow(clippy::vec_box)]
#[inline(never)]
pub(super) fn send_asend_recorded(
    frames: &mut Vec<Box<Frame>>,
    c_stack: &CStack,
    recorder: &mut Recorder,
    send_pc: usize,
) -> bool {
    let Some(mut resumed) = take_frame_from_asend(frames, c_stack, send_pc) else {
        return false;
    };
    if resumed.first {
        if let Some(g) = &resumed.frame.gen {
            record_anext_call(frames, recorder, &Value::Gen(g.clone()));
        }
    }
    recorder.frame_enter(&mut resumed.frame);
    push_resumed(frames, resumed.frame, resumed.sent);
    true
}

/// An async generator's own `yield v` to the awaitable driving it (see
/// `hot_agen::yield_to_asend`), with `exit_frame`'s and `send_outcome`'s hooks in their
/// order: the frame-leave event (a yield), then the value the `__anext__()` call delivered,
/// then `v` handed to the `Send`. False (nothing done, nothing recorded) otherwise.
#[allow(clippy::vec_box)]
#[inline(never)]
pub(super) fn yield_to_asend_recorded(
    frames: &mut Vec<Box<Frame>>,
    c_stack: &mut CStack,
    recorder: &mut Recorder,
) -> bool {
    let Some(yielded) = pop_frame_yielding_to_asend(frames, c_stack) else {
        return false;
    };
    recorder.frame_leave(&yielded.frame, LeaveHow::Yield);
    suspend_yielded(yielded.frame);
    recorder.anext_value(yielded.gen_id, &yielded.value);
    hand_yield_to_send(frames, yielded.send_pc, yielded.value);
    true
}

/// `AnextDelivered` (the value of an `async for` step on top, the iterator below it): what
/// `exec` records for it (`rec_anext_delivered`); it changes nothing else.
#[allow(clippy::vec_box)]
#[inline(never)]
pub(super) fn anext_delivered_recorded(frames: &[Box<Frame>], recorder: &mut Recorder) -> bool {
    record_anext_delivered(frames, recorder);
    true
}
