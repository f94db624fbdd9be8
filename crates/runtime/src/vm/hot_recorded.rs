//! The hot loop while recording ([`Vm::run_hot_recorded`]): the fast instruction cases of
//! [`exec_hot_in`], stores to locals and Python-to-Python calls and returns run back to back,
//! each with the events [`Vm::step`] records for it (the line event when the top frame
//! reaches a new line, the store, the frame enter and leave), in the same order, and the
//! steps of `async for` over class-based iterators `hot_coro_recorded.rs` takes. Anything
//! else (other generators and coroutines, the event loop, an instruction needing the
//! general interpreter) is left to `step`.

use super::hot_builtins::call_str_fast;
use super::hot_call::{call_python_recorded, return_to_python_caller_recorded};
use super::hot_instr::exec_hot_in;
use super::Vm;
use crate::compiler::Instr;
use crate::object::Value;

impl Vm {
    /// Runs instructions back to back while recording, as [`Vm::step`] would (see the
    /// module doc), while fewer than `stop` steps have run; returns before the first
    /// instruction that needs `step` (a drop queue to process, a memory check due, a driver
    /// frame, an instruction it does not handle), that instruction's pc left in place.
    pub(super) fn run_hot_recorded(&mut self, stop: u64) {
        if !self.recorder.enabled || self.state != super::RunState::Running {
            return;
        }
        // A call of a native with a direct entry (`direct_call.rs`) and the steps of `async
        // for` over a class-based iterator (`hot_coro_recorded.rs`) need the whole VM: they
        // end a run of the frames loop (their line event, if any, already recorded; a native
        // call records nothing else) and the loop goes on after them.
        while let Some(instr) = self.run_hot_recorded_frames(stop) {
            // A first look at the operands, so that other iterators (async generators,
            // awaitables) go straight to `step`.
            let Some(f) = self.frames.last() else { return };
            let applies = match instr {
                Instr::Call(_) | Instr::CallMethod(_) => true,
                Instr::GetANext => matches!(f.stack.last(), Some(Value::Instance(_))),
                Instr::Send(_) => matches!(f.stack.iter().rev().nth(1), Some(Value::Gen(_))),
                Instr::ReturnValue => matches!(f.cont, super::Cont::Send(_)),
                Instr::StoreAttr(_) | Instr::AnextDelivered => true,
                _ => false,
            };
            if !applies {
                return;
            }
            let steps = self.steps;
            if steps >= stop
                || self.drop_queue.pending.get()
                || (steps + 1) & (crate::memory::LIVE_CHECK_INTERVAL - 1) == 0
            {
                return;
            }
            if let Instr::Call(_) | Instr::CallMethod(_) = instr {
                let count = match instr {
                    Instr::CallMethod(n) => n as usize + 1,
                    Instr::Call(n) => n as usize,
                    _ => return,
                };
                if !self.call_direct(count) {
                    return;
                }
                self.frame().pc += 1;
                self.steps += 1;
                continue;
            }
            // Counted before it runs, as `step` counts it.
            self.steps += 1;
            self.frame().pc += 1;
            let done = match instr {
                Instr::ReturnValue => self.return_to_send_recorded(),
                _ => self.exec_coro_recorded(instr),
            };
            if !done {
                self.steps -= 1;
                self.frame().pc -= 1;
                return;
            }
        }
    }

    /// The frames loop of [`Vm::run_hot_recorded`]: the instruction it stopped before, if it
    /// stopped at one (its pc left there, its line event recorded).
    #[inline(always)]
    fn run_hot_recorded_frames(&mut self, stop: u64) -> Option<Instr> {
        let Vm {
            frames,
            frame_pool,
            c_stack,
            global_cache,
            builtins,
            steps,
            drop_queue,
            recursion_limit,
            recorder,
            ..
        } = self;
        let mut done = *steps;
        let mut stopped_at = None;
        while done < stop
            && !drop_queue.pending.get()
            && (done + 1) & (crate::memory::LIVE_CHECK_INTERVAL - 1) != 0
        {
            let Some(f) = frames.last_mut() else { break };
            if f.driver {
                break;
            }
            let pc = f.pc;
            let Some(&instr) = f.code.instructions.get(pc) else {
                break;
            };
            // `step`'s line event comes before the instruction runs, also when it is then
            // left to `step` (which then finds the line already recorded).
            if f.rec_id != 0 {
                let line = f.code.lines.get(pc).copied().unwrap_or(0);
                if line != f.last_line {
                    f.last_line = line;
                    recorder.line_in(f, line);
                }
            }
            f.pc = pc + 1;
            let done_here = match instr {
                Instr::StoreFast(i) if (i as usize) < f.fast.len() => match f.stack.pop() {
                    Some(v) => {
                        f.fast[i as usize] = Some(v);
                        if let Some(Some(v)) = f.fast.get(i as usize) {
                            recorder.store_fast(f.rec_id, f.line(), &f.code, i, v);
                        }
                        true
                    }
                    None => false,
                },
                Instr::Call(n) => {
                    call_python_recorded(
                        frames,
                        frame_pool,
                        c_stack,
                        *recursion_limit,
                        n as usize,
                        recorder,
                    ) || frames
                        .last_mut()
                        .is_some_and(|f| call_str_fast(f, n as usize))
                }
                // The function and receiver `LoadMethod` pushed for a Python method: the
                // receiver is its first argument.
                Instr::CallMethod(n) => {
                    let below = f
                        .stack
                        .len()
                        .checked_sub(n as usize + 2)
                        .map(|at| &f.stack[at]);
                    matches!(below, Some(Value::Function(_)))
                        && call_python_recorded(
                            frames,
                            frame_pool,
                            c_stack,
                            *recursion_limit,
                            n as usize + 1,
                            recorder,
                        )
                }
                Instr::ReturnValue => {
                    return_to_python_caller_recorded(frames, c_stack, frame_pool, recorder)
                }
                _ => exec_hot_in(f, instr, true, global_cache, builtins),
            };
            if !done_here {
                if let Some(f) = frames.last_mut() {
                    f.pc -= 1;
                }
                stopped_at = Some(instr);
                break;
            }
            done += 1;
        }
        *steps = done;
        stopped_at
    }
}
