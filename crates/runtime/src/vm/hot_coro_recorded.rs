//! `async for` over class-based iterators while recording, without the general interpreter:
//! the steps `hot_coro.rs` takes untraced (`GetANext` making an `async def __anext__(self)`
//! coroutine, `Send` resuming a generator-like object, its `ReturnValue` handing the value
//! to the `Send`), plus the plain instance attribute store (`self.current += 1`), each with
//! exactly the recorder hooks `Vm::exec` runs for it and in the same order (`AnextDelivered`
//! runs in the recorded frames loop: `hot_agen_recorded.rs`). Called from the recorded hot
//! loop ([`Vm::run_hot_recorded`]); anything else is left to `step` and `exec` (as are these
//! instructions when `step` meets them first).

use super::call::is_receiver_only_coroutine;
use super::hot_coro::{
    hand_result_to_send, pop_frame_returning_to_send, push_resumed, take_frame_to_send,
};
use super::hot_instr::plain_attr_store;
use super::Vm;
use crate::compiler::Instr;
use crate::object::{GenState, Value};
use crate::recorder::LeaveHow;

impl Vm {
    /// Executes `instr` (`GetANext`, `Send` or `StoreAttr`; its pc already advanced) in the
    /// top frame while recording, if it is one of this module's cases or an async
    /// generator's first `GetANext` (`hot_agen_recorded.rs`); false (nothing done, nothing
    /// recorded) otherwise.
    #[inline(never)]
    pub(super) fn exec_coro_recorded(&mut self, instr: Instr) -> bool {
        match instr {
            Instr::GetANext => self.get_anext_recorded() || self.get_anext_agen_recorded(),
            Instr::Send(_) => self.send_recorded(),
            Instr::StoreAttr(i) => self.store_attr_recorded(i),
            _ => false,
        }
    }

    /// `GetANext` on an instance whose class's `__anext__` is `async def __anext__(self)`:
    /// what `exec` and `anext_flow` do for it (the call announced, the
    /// coroutine made and registered, then pushed; an exception making it raised).
    fn get_anext_recorded(&mut self) -> bool {
        let Some(it @ Value::Instance(inst)) = self.frames.last().and_then(|f| f.stack.last())
        else {
            return false;
        };
        let class = inst.class.borrow().clone();
        let it = it.clone();
        let Some(Value::Function(func)) = self.class_anext(&class) else {
            return false;
        };
        if !is_receiver_only_coroutine(&func.code) {
            return false;
        }
        // `exec` first ties the iterator's id to the instance (`rec_track_iterator`);
        // `anext_call` does the same before anything reads that tie (it only fills a tie
        // still empty, which `anext_call`'s check accepts either way), so once is enough.
        self.rec_anext_call(&it);
        match self.call_coroutine_with_receiver(&func, it.clone()) {
            Some(Ok(coro)) => {
                self.rec_anext_result(&it, &coro);
                self.frame().push(coro);
            }
            Some(Err(e)) => self.handle_exception(e, true),
            // The shape was checked above.
            None => unreachable!("an `async def __anext__(self)` coroutine function"),
        }
        true
    }

    /// `Send` resuming a generator-like object (see `hot_coro::send_to_gen`), with the
    /// frame-enter hooks `push_frame` runs for the resumed frame before it is pushed.
    fn send_recorded(&mut self) -> bool {
        let send_pc = self.frame().pc - 1;
        let Some((mut frame, sent)) = take_frame_to_send(&mut self.frames, &self.c_stack, send_pc)
        else {
            return false;
        };
        self.rec_frame_pushed(&frame);
        self.recorder.frame_enter(&mut frame);
        push_resumed(&mut self.frames, frame, sent);
        true
    }

    /// `ReturnValue` of a generator-like frame to the `Send` delegating to it (see
    /// `hot_coro::return_to_send`), with `exit_frame`'s events: the frame-leave event, then
    /// the end of the `__anext__` call the coroutine ran (its value delivered), then the
    /// value handed to the `Send`.
    pub(super) fn return_to_send_recorded(&mut self) -> bool {
        let Some((mut frame, send_pc)) =
            pop_frame_returning_to_send(&mut self.frames, &mut self.c_stack)
        else {
            return false;
        };
        let v = frame.pop();
        self.recorder.frame_leave(&frame, LeaveHow::Return);
        if let Some(g) = frame.gen.take() {
            g.state.set(GenState::Finished);
            self.rec_coroutine_finished(&g, Ok(&v));
        }
        hand_result_to_send(
            &mut self.frames,
            frame,
            send_pc,
            v,
            &mut self.frame_pool,
            &mut self.spare_coroutine,
        );
        true
    }

    /// `obj.name = v` where the attribute cache says the store is a plain instance attribute
    /// store (as `hot_instr`'s untraced case), after the `attr_store` hook `exec` runs first.
    fn store_attr_recorded(&mut self, i: u32) -> bool {
        let Some(f) = self.frames.last_mut() else {
            return false;
        };
        // The code is held apart from the frame: the recorder hook below needs the VM.
        let code = f.code.clone();
        let Some((name, hint)) = plain_attr_store(&code, &f.stack, i) else {
            return false;
        };
        let (Some(obj), Some(v)) = (f.stack.pop(), f.stack.pop()) else {
            return false;
        };
        self.rec_attr_store(&obj, name, &v);
        if let Value::Instance(inst) = &obj {
            inst.dict.set_hinted(name, v, hint);
        }
        true
    }
}
