//! The hot loop while recording ([`Vm::run_hot_recorded`]): the fast instruction cases of
//! [`exec_hot_in`], stores to locals and Python-to-Python calls and returns run back to back,
//! each with the events [`Vm::step`] records for it (the line event when the top frame
//! reaches a new line, the store, the frame enter and leave), in the same order, and the
//! steps of `async for` over class-based iterators and async generators
//! `hot_coro_recorded.rs` and `hot_agen_recorded.rs` take. Anything
//! else (other generators and coroutines, the event loop, an instruction needing the
//! general interpreter) is left to `step`.

use std::cell::Cell;
use std::rc::Rc;

use super::global_cache::GlobalCache;
use super::hot_agen_recorded::{
    anext_delivered_recorded, get_anext_agen_in, send_asend_recorded, yield_to_asend_recorded,
};
use super::hot_builtins::call_str_fast;
use super::hot_call::{call_python_recorded, return_to_python_caller_recorded};
use super::hot_instr::{exec_hot_case, exec_hot_in, fast_step_limit};
use super::{Frame, Vm};
use crate::compiler::Instr;
use crate::object::{Module, Value};
use crate::recorder::Recorder;

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
        // for` over a class-based iterator or an async generator (`hot_coro_recorded.rs`,
        // `hot_agen_recorded.rs`) need the whole VM: they
        // end a run of the frames loop (their line event, if any, already recorded; a native
        // call records nothing else) and the loop goes on after them.
        while let Some(instr) = self.run_hot_recorded_frames(stop) {
            // A first look at the operands, so that other iterators and awaitables go
            // straight to `step`.
            let Some(f) = self.frames.last() else { return };
            let applies = match instr {
                Instr::Call(_) | Instr::CallMethod(_) => true,
                Instr::GetANext => {
                    matches!(f.stack.last(), Some(Value::Instance(_) | Value::Gen(_)))
                }
                Instr::Send(_) => matches!(f.stack.iter().rev().nth(1), Some(Value::Gen(_))),
                Instr::ReturnValue => matches!(f.cont, super::Cont::Send(_)),
                Instr::StoreAttr(_) => true,
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
    /// stopped at one (its pc left there, its line event recorded). Each frame's fast cases
    /// run in [`run_recorded_fast_cases`]; the calls and returns that end such a run switch
    /// frames here (with a step left before the stop and the next memory check, and no
    /// drop-queue pass pending, as the run ended only with one).
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
        while let Some(f) = frames.last_mut() {
            if f.driver {
                break;
            }
            let limit = fast_step_limit(done, stop);
            let pending = &drop_queue.pending;
            // Frames of the runtime's own library have no per-run id and record no lines.
            let exit;
            (done, exit) = if f.rec_id != 0 {
                run_recorded_fast_cases::<true>(
                    f,
                    done,
                    limit,
                    pending,
                    global_cache,
                    builtins,
                    recorder,
                )
            } else {
                run_recorded_fast_cases::<false>(
                    f,
                    done,
                    limit,
                    pending,
                    global_cache,
                    builtins,
                    recorder,
                )
            };
            let Some(instr) = exit else { break };
            let switched = match instr {
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
                    let below = frames.last().and_then(|f| {
                        f.stack
                            .len()
                            .checked_sub(n as usize + 2)
                            .map(|at| &f.stack[at])
                    });
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
                // `async for` over an async generator (`hot_agen_recorded.rs`).
                Instr::GetANext => get_anext_agen_in(frames),
                Instr::Send(_) => {
                    let send_pc = frames.last().map_or(0, |f| f.pc - 1);
                    send_asend_recorded(frames, c_stack, recorder, send_pc)
                }
                Instr::YieldValue(true) => yield_to_asend_recorded(frames, c_stack, recorder),
                Instr::AnextDelivered => anext_delivered_recorded(frames, recorder),
                _ => false,
            };
            if !switched {
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

/// Runs instructions of frame `f` back to back while recording, while fewer than `limit`
/// steps have run (`done` so far) and no drop-queue pass is pending: before each, the line
/// event when `f` reaches a new line (also before an instruction then left to the caller;
/// `RECORDED`: `f` has a per-run id, else it records no lines); then the fast cases of
/// [`exec_hot_in`] and stores to locals with their store events. Returns the step count and
/// the instruction that needs more (`f.pc` past it), if one ended the run. The instruction
/// and line slices are held for the whole run (an instruction without a line, which the
/// compiler never emits, is left to the caller).
#[inline(always)]
fn run_recorded_fast_cases<const RECORDED: bool>(
    f: &mut Frame,
    done: u64,
    limit: u64,
    pending: &Cell<bool>,
    global_cache: &mut GlobalCache,
    builtins: &Module,
    recorder: &mut Recorder,
) -> (u64, Option<Instr>) {
    let code = Rc::clone(&f.code);
    let with_lines = code.instructions.len().min(code.lines.len());
    let instructions = &code.instructions[..with_lines];
    let lines = &code.lines[..with_lines];
    let mut left = limit.saturating_sub(done);
    while left != 0 && !pending.get() {
        let pc = f.pc;
        let Some(&instr) = instructions.get(pc) else {
            break;
        };
        // `step`'s line event comes before the instruction runs, also when it is then left
        // to `step` (which then finds the line already recorded).
        if RECORDED {
            let line = lines[pc];
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
            // An int compare and the conditional jump after it run in one pass (two steps,
            // as in the untraced loop) when no line event falls between them: the jump is on
            // the compare's line, or the frame records no lines.
            Instr::Compare(_) => {
                let next_on_line = !RECORDED || lines.get(pc + 1) == Some(&f.last_line);
                let pair_from: &[Instr] = if next_on_line { instructions } else { &[] };
                exec_hot_case(
                    f,
                    instr,
                    true,
                    global_cache,
                    builtins,
                    Some((pair_from, &mut left)),
                )
            }
            // An int local and the operand load and operator after it (and the jump after
            // a compare) run in one pass as in the untraced loop (`int_local_op`), when they
            // are on one line; never with a store after them, whose event it would skip
            // (in the runtime's own frames, which record nothing, with one too).
            Instr::LoadFast(i) if matches!(f.fast.get(i as usize), Some(Some(Value::Int(_)))) => {
                let end = if RECORDED {
                    fusable_end(instructions, lines, pc, f.last_line)
                } else {
                    instructions.len()
                };
                exec_hot_case(
                    f,
                    instr,
                    true,
                    global_cache,
                    builtins,
                    Some((&instructions[..end], &mut left)),
                )
            }
            _ => exec_hot_in(f, instr, true, global_cache, builtins),
        };
        if !done_here {
            return (limit - left, Some(instr));
        }
        left -= 1;
    }
    (limit - left, None)
}

/// The end of the instructions after the int `LoadFast` at `pc` that the untraced loop's
/// fusion (`int_local_op`: the operand load and operator after it, then a jump or a
/// `StoreFast`) may run with it while recording: only instructions on its line `line` (no
/// line event falls between them), and never a `StoreFast`, whose store event it would skip.
#[inline(always)]
fn fusable_end(instructions: &[Instr], lines: &[u32], pc: usize, line: u32) -> usize {
    let on_line = |k: usize| lines.get(k) == Some(&line);
    if !(on_line(pc + 1) && on_line(pc + 2)) {
        return pc + 1;
    }
    match instructions.get(pc + 3) {
        Some(Instr::StoreFast(_)) => pc + 3,
        Some(_) if on_line(pc + 3) => pc + 4,
        _ => pc + 3,
    }
}

#[cfg(test)]
mod tests {
    use crate::vm::{RunState, Vm};

    /// The events of `source` recorded by running it (the hot loop batching what it can)
    /// or by stepping one instruction at a time (`Vm::step`, never batched).
    fn events(source: &str, one_step_at_a_time: bool) -> Vec<String> {
        let code = crate::compile_source(source, "<test>").expect("compiles");
        let mut vm = Vm::new(source, "<test>");
        vm.recorder.enabled = true;
        vm.start(code);
        if one_step_at_a_time {
            while vm.state == RunState::Running {
                vm.step();
            }
        } else {
            vm.run(u64::MAX);
        }
        assert_eq!(vm.state, RunState::Finished, "{}", vm.stderr);
        let log = &vm.recorder.log;
        log.events
            .iter()
            .map(|e| {
                let text = match e.kind {
                    crate::recorder::Kind::Store { name, value, .. } => format!(
                        "store {} = {}",
                        log.text(name),
                        crate::recorder::short_repr::format_short(value, &log.strings)
                    ),
                    ref other => format!("{other:?}"),
                };
                format!("{} {text}", e.line)
            })
            .collect()
    }

    #[test]
    fn the_hot_loop_records_what_stepping_records() {
        // Compares and their jumps on one line and on two (a line event between them),
        // calls with defaults, returns, watched lists changed in place.
        let source = "\
def f(n, xs):
    total = 0
    i = 0
    while (i
           < n):
        if i % 3 == 0 and (
            i > 1
        ):
            xs.append(i)
        total += i
        i += 1
    return total


def g(a, b=2):
    return a * b if a < b else f(a, [])


items = []
print(f(10, items), g(1), g(5), items)
for k in range(4):
    if k >= 2:
        items.append(k)
    small = k < 3
    late = (k
            > 1)
";
        let batched = events(source, false);
        assert!(batched.len() > 100, "{}", batched.len());
        assert_eq!(batched, events(source, true));
    }
}
