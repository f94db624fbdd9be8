//! The hottest instructions in their commonest cases, executed without entering the
//! general interpreter ([`Vm::exec`]): local, constant and global loads, stores to locals (with
//! their recorder hook while recording), jumps on plain truth values, and int/float/str
//! arithmetic and comparisons, `for` steps over list and range iterators; [`Vm::run_hot`] runs
//! them back to back, with the calls and returns of `hot_call.rs`, the direct calls of natives
//! (`direct_call.rs`) and `str + str` (`hot_str_add.rs`). Each case does exactly what
//! `exec` does for it; anything else (an unbound local, an operand needing the full
//! protocol...) is left to `exec`.

use std::cell::Cell;
use std::rc::Rc;

use super::c_stack::CStack;
use super::direct_call::{call_direct_in_frame, frame_entry_below};
use super::fast_ops::{int_binop, int_compare, small_binop, small_compare};
use super::global_cache::{push_hinted, GlobalCache};
use super::hot_agen::{send_to_asend, yield_to_asend};
use super::hot_builtins::call_str_fast;
use super::hot_call::{
    call_python, call_python_recorded, return_to_python_caller, return_to_python_caller_recorded,
};
use super::hot_coro::{return_to_send, send_to_gen};
use super::method_call::load_builtin_method_hit;
use super::{Block, BlockKind, Frame, FramePool, Vm};
use crate::compiler::{BinOp, CodeObject, Instr};
use crate::object::iter::{range_next, IterState};
use crate::object::{clone_value, discard, Function, Instance, Module, Payload, Value};

impl Vm {
    /// Executes `instr` in the top frame if it is one of the fast cases; false (and nothing
    /// done) otherwise. `pc` has already been advanced past `instr`.
    #[inline(always)]
    pub(super) fn exec_hot(&mut self, instr: Instr) -> bool {
        let recording = self.recorder.enabled;
        if let Instr::ReturnValue = instr {
            return if recording {
                return_to_python_caller_recorded(
                    &mut self.frames,
                    &mut self.c_stack,
                    &mut self.frame_pool,
                    &mut self.recorder,
                )
            } else {
                return_to_python_caller(&mut self.frames, &mut self.c_stack, &mut self.frame_pool)
            };
        }
        if recording {
            match instr {
                Instr::StoreFast(i) => return self.store_fast_recorded(i),
                Instr::Call(n) => return self.call_recorded(n as usize),
                Instr::CallMethod(n) => return self.call_method_recorded(n as usize),
                _ => {}
            }
        }
        let Some(f) = self.frames.last_mut() else {
            return false;
        };
        exec_hot_in(f, instr, recording, &mut self.global_cache, &self.builtins)
    }

    /// `Call(n)` of a plain Python function while recording (`hot_call.rs`); false (nothing
    /// done) when `exec` should handle it.
    #[inline(never)]
    fn call_recorded(&mut self, n: usize) -> bool {
        call_python_recorded(
            &mut self.frames,
            &mut self.frame_pool,
            &self.c_stack,
            self.recursion_limit,
            n,
            &mut self.recorder,
        )
    }

    /// `CallMethod(n)` of a Python method `LoadMethod` found while recording: the receiver
    /// is its first argument, as in [`Vm::run_hot`]; false (nothing done) otherwise.
    #[inline(never)]
    fn call_method_recorded(&mut self, n: usize) -> bool {
        let below = self
            .frames
            .last()
            .and_then(|f| f.stack.len().checked_sub(n + 2).map(|at| &f.stack[at]));
        matches!(below, Some(Value::Function(_))) && self.call_recorded(n + 1)
    }

    /// `StoreFast(i)` while recording: `exec`'s store, then its recorder hook (false, nothing
    /// done, when `exec` should handle it).
    #[inline(never)]
    fn store_fast_recorded(&mut self, i: u32) -> bool {
        let Some(f) = self.frames.last_mut() else {
            return false;
        };
        if (i as usize) >= f.fast.len() {
            return false;
        }
        let Some(v) = f.stack.pop() else {
            return false;
        };
        if let Some(old) = f.fast[i as usize].replace(v) {
            discard(old);
        }
        self.rec_store_fast(i);
        true
    }

    /// Runs instructions back to back while each is a fast case of [`exec_hot_in`], a
    /// Python-to-Python call or return (`hot_call.rs`), a direct call of a native
    /// (`direct_call.rs`), `str + str` of two exact strs, a step of `async for` over a
    /// class-based iterator (`hot_coro.rs`) or an async generator (`hot_agen.rs`), nothing
    /// is recorded and fewer than `stop` steps
    /// have run: the steps [`Vm::step`] would take, without its per-step checks of the frame
    /// stack. Returns (before the instruction) where a step needs more than that: a drop
    /// queue to process, a memory check due, an instruction needing the general interpreter.
    pub(super) fn run_hot(&mut self, stop: u64) {
        if self.recorder.enabled || self.state != super::RunState::Running {
            return;
        }
        // `GetANext` needs the whole VM and the checks between steps: it ends a run of the
        // frames loop. So does `BuildList` (`[]`, `[a, b]`), kept out of the frames loop and
        // its fast cases, whose code keeps its state in registers only while it stays small.
        loop {
            let exit = self.run_hot_frames(stop);
            if !matches!(exit, Some(Instr::GetANext | Instr::BuildList(_))) {
                return;
            }
            let steps = self.steps;
            if steps >= stop
                || self.drop_queue.pending.get()
                || (steps + 1) & (crate::memory::LIVE_CHECK_INTERVAL - 1) == 0
            {
                return;
            }
            if let Some(Instr::BuildList(n)) = exit {
                let f = self.frame();
                if !build_list(f, n as usize) {
                    return;
                }
                f.pc += 1;
                self.steps += 1;
                continue;
            }
            self.frame().pc += 1;
            let raised = match self.hot_get_anext() {
                None => {
                    self.frame().pc -= 1;
                    return;
                }
                Some(raised) => raised,
            };
            self.steps += 1;
            if raised {
                return;
            }
        }
    }

    /// The frames loop of [`Vm::run_hot`]: the instruction it stopped before, if it stopped
    /// at one (its pc left there). An instruction that ends a run of fast cases was fetched
    /// with a step left before `stop` and the next memory check and no drop-queue pass
    /// pending, so the calls, returns and `str + str` it takes here need no checks of their
    /// own.
    #[inline(always)]
    fn run_hot_frames(&mut self, stop: u64) -> Option<Instr> {
        let mut done = self.steps;
        let mut stopped_at = None;
        loop {
            let Vm {
                frames,
                frame_pool,
                c_stack,
                global_cache,
                builtins,
                drop_queue,
                recursion_limit,
                spare_coroutine,
                ..
            } = &mut *self;
            let Some(f) = frames.last_mut() else {
                break;
            };
            if f.driver {
                break;
            }
            // The instruction that ended the run of fast cases (and of the Python calls and
            // returns `run_fast_cases` follows itself).
            let exit;
            (done, exit) = run_fast_cases(
                &mut FrameStack {
                    frames,
                    pool: frame_pool,
                    c_stack,
                    recursion_limit: *recursion_limit,
                },
                done,
                fast_step_limit(done, stop),
                &drop_queue.pending,
                global_cache,
                builtins,
            );
            // `run_fast_cases` has already tried (and declined) a Python callee for `Call`
            // and `CallMethod` and a Python caller for `ReturnValue`; the state it left is
            // the one it declined, so those are not tried again here.
            let switched = match exit {
                Some(Instr::Call(n)) => {
                    frames
                        .last_mut()
                        .is_some_and(|f| call_str_fast(f, n as usize))
                        || self.call_direct(n as usize)
                }
                // A native's direct entry takes the receiver `LoadMethod` pushed as its first
                // argument.
                Some(Instr::CallMethod(n)) => self.call_direct(n as usize + 1),
                Some(Instr::ReturnValue) => {
                    return_to_send(frames, c_stack, frame_pool, spare_coroutine)
                }
                Some(Instr::Send(_)) => {
                    let send_pc = frames.last().map_or(0, |f| f.pc - 1);
                    send_to_gen(frames, c_stack, send_pc) || send_to_asend(frames, c_stack, send_pc)
                }
                Some(Instr::YieldValue(true)) => yield_to_asend(frames, c_stack),
                Some(Instr::Binary(BinOp::Add) | Instr::Inplace(BinOp::Add)) => {
                    self.add_exact_strs()
                }

                _ => false,
            };
            if !switched {
                if exit.is_some() {
                    if let Some(f) = self.frames.last_mut() {
                        f.pc -= 1;
                    }
                }
                stopped_at = exit;
                break;
            }
            done += 1;
        }
        self.steps = done;
        stopped_at
    }
}

/// The step count at which a run of fast cases starting at `done` steps must stop: `stop`,
/// or earlier the last step before the next memory check (the step numbered a multiple of
/// [`crate::memory::LIVE_CHECK_INTERVAL`], which `Vm::step` takes). One comparison per
/// instruction then replaces the two checks.
#[inline(always)]
pub(super) fn fast_step_limit(done: u64, stop: u64) -> u64 {
    let interval = crate::memory::LIVE_CHECK_INTERVAL;
    let before_check = ((done + interval) & !(interval - 1)) - 1;
    stop.min(before_check)
}

/// What the untraced hot loop needs to follow Python calls and returns from frame to frame:
/// the VM's frame stack, its frame pool, its C-stack budget and its recursion limit.
struct FrameStack<'a> {
    // Boxed as the VM holds them (see `Vm::frames`).
    #[allow(clippy::vec_box)]
    frames: &'a mut Vec<Box<Frame>>,
    pool: &'a mut FramePool,
    c_stack: &'a mut CStack,
    recursion_limit: usize,
}

impl FrameStack<'_> {
    /// Runs `instr` (just fetched from the top frame, its pc past it) when it is a call of a
    /// plain Python function or method (`Call(n)`, or `CallMethod(n)` of the function and
    /// receiver `LoadMethod` pushed) or the return of a frame to a Python caller, exactly as
    /// `Vm::run_hot` did after leaving the loop for it (`hot_call.rs`); false (nothing done)
    /// otherwise.
    #[inline(always)]
    fn call_or_return(&mut self, instr: Instr) -> bool {
        match instr {
            Instr::Call(n) => call_python(
                self.frames,
                self.pool,
                self.c_stack,
                self.recursion_limit,
                n as usize,
            ),
            // The function and receiver `LoadMethod` pushed for a Python method: the
            // receiver is its first argument.
            Instr::CallMethod(n) => {
                let below = self.frames.last().and_then(|f| {
                    f.stack
                        .len()
                        .checked_sub(n as usize + 2)
                        .map(|at| &f.stack[at])
                });
                matches!(below, Some(Value::Function(_)))
                    && call_python(
                        self.frames,
                        self.pool,
                        self.c_stack,
                        self.recursion_limit,
                        n as usize + 1,
                    )
            }
            Instr::ReturnValue => return_to_python_caller(self.frames, self.c_stack, self.pool),
            _ => false,
        }
    }
}

/// The instructions of `f`'s code, held apart from `f`'s borrow.
///
/// SAFETY (the caller's): the slice lives in the code object's own allocation, which
/// `f.code` keeps alive; it may be used only while `f` is the frame being run (no fast case
/// assigns `f.code`, and a frame is given back to the pool, where `f.code` may be replaced,
/// only after the loop has switched away from it), and nothing mutates a code object's
/// instructions after compiling. Holding it through a raw pointer instead of a clone of
/// `f.code` saves the reference count's increment and decrement at every frame switch (each
/// call and return).
#[inline(always)]
unsafe fn instruction_slice<'a>(f: &Frame) -> &'a [Instr] {
    let instructions: *const [Instr] = &f.code.instructions[..];
    unsafe { &*instructions }
}

/// Runs the fast cases of [`exec_hot_in`] back to back in the top frame of `stack` while
/// fewer than `limit` steps have run (`done` so far) and no drop-queue pass is pending,
/// following Python calls and returns from frame to frame ([`FrameStack::call_or_return`],
/// one step each, as every other instruction) until a return reaches a driver frame. Returns
/// the step count and the instruction that needs more than that (the top frame's pc past
/// it), if one ended the run. The running frame's instruction slice is held between frame
/// switches.
#[inline(always)]
fn run_fast_cases(
    stack: &mut FrameStack<'_>,
    done: u64,
    limit: u64,
    pending: &Cell<bool>,
    global_cache: &mut GlobalCache,
    builtins: &Module,
) -> (u64, Option<Instr>) {
    // The frame itself, not its box: the box's slot in `frames` moves when it grows.
    let Some(mut f) = stack.frames.last_mut().map(|b| &mut **b) else {
        return (done, None);
    };
    // SAFETY: `f` is the frame run until the next switch, where the slice is taken again.
    let mut instructions = unsafe { instruction_slice(f) };
    // Steps left before `limit`: one register counting down instead of two compared.
    let mut left = limit.saturating_sub(done);
    while left != 0 && !pending.get() {
        let pc = f.pc;
        let Some(&instr) = instructions.get(pc) else {
            break;
        };
        f.pc = pc + 1;
        if !exec_hot_case(
            f,
            instr,
            false,
            global_cache,
            builtins,
            Some((instructions, &mut left)),
        ) {
            if !stack.call_or_return(instr) {
                return (limit - left, Some(instr));
            }
            left -= 1;
            // The callee, or the caller returned to: the frame run from here on.
            f = stack
                .frames
                .last_mut()
                .map(|b| &mut **b)
                .expect("a frame after a call or return");
            if f.driver {
                return (limit - left, None);
            }
            // SAFETY: as above, for the new frame.
            instructions = unsafe { instruction_slice(f) };
            continue;
        }
        left -= 1;
    }
    debug_assert!(std::ptr::eq(instructions, &f.code.instructions[..]));
    (limit - left, None)
}

/// Executes `instr` in frame `f` if it is one of the fast cases; false (and nothing done)
/// otherwise. `pc` has already been advanced past `instr`.
#[inline(always)]
pub(super) fn exec_hot_in(
    f: &mut Frame,
    instr: Instr,
    recording: bool,
    global_cache: &mut GlobalCache,
    builtins: &Module,
) -> bool {
    exec_hot_case(f, instr, recording, global_cache, builtins, None)
}

/// [`exec_hot_in`], which in the untraced hot loop (`pair`: the frame's instructions and the
/// steps left before the loop must stop) also runs the conditional jump after an int
/// `Compare` in the same step of the loop when at least two steps are left: the bool is never
/// pushed, the jump's step is taken off `left` here, and nothing the loop checks between
/// steps can change in between (two ints drop nothing, so no drop-queue pass becomes due),
/// and an int `LoadFast` together with the operand load and operator after it
/// ([`int_local_op`]). The recorded hot loop (`hot_recorded.rs`) passes `pair` with a
/// `Compare` whose jump is on the compare's line: whatever runs there fused with it must
/// record nothing.
#[inline(always)]
pub(super) fn exec_hot_case(
    f: &mut Frame,
    instr: Instr,
    recording: bool,
    global_cache: &mut GlobalCache,
    builtins: &Module,
    pair: Option<(&[Instr], &mut u64)>,
) -> bool {
    match instr {
        Instr::LoadFast(i) => match f.fast.get(i as usize) {
            Some(Some(Value::Int(x))) => {
                let x = *x;
                // Followed by an int operand and an operator: the steps run together.
                if let Some((instructions, left)) = pair {
                    if int_local_op(f, x, instructions, left) {
                        return true;
                    }
                }
                f.stack.push(Value::Int(x));
                true
            }
            Some(Some(v)) => {
                let v = clone_value(v);
                f.stack.push(v);
                true
            }
            _ => false,
        },
        Instr::LoadConst(i) => match f.code.consts.get(i as usize) {
            Some(v) => {
                let v = clone_value(v);
                f.stack.push(v);
                true
            }
            None => false,
        },
        // A global (or, at module level, a name), found in the module or the builtins.
        Instr::LoadGlobal(i) | Instr::LoadName(i)
            if matches!(instr, Instr::LoadGlobal(_)) || f.locals.is_none() =>
        {
            load_global(f, i, global_cache, builtins)
        }
        // A global (or, at module level, a name) while nothing is recorded.
        Instr::StoreGlobal(i) | Instr::StoreName(i)
            if !recording && (matches!(instr, Instr::StoreGlobal(_)) || f.locals.is_none()) =>
        {
            store_global(f, i, global_cache)
        }
        Instr::StoreFast(i) if !recording && (i as usize) < f.fast.len() => match f.stack.pop() {
            Some(v) => {
                if let Some(old) = f.fast[i as usize].replace(v) {
                    discard(old);
                }
                true
            }
            None => false,
        },
        // A comprehension's append to its list, `i` below the top once the value is popped
        // (anything but a list there is the general path's).
        Instr::ListAppend(i) if i >= 1 && (i as usize) < f.stack.len() => {
            let Some(v) = f.stack.pop() else {
                return false;
            };
            let at = f.stack.len() - i as usize;
            if let Value::List(l) = &f.stack[at] {
                l.borrow_mut().push(v);
                return true;
            }
            f.stack.push(v);
            false
        }
        // An f-string field without conversion or spec of an exact str (itself) or int (its
        // decimal text): the first cases of `Vm::format_simple`.
        Instr::FormatValue(conv, false) if !matches!(conv, b's' | b'r' | b'a') => {
            match f.stack.last_mut() {
                Some(Value::Str(_)) => true,
                Some(top @ Value::Int(_)) => {
                    let Value::Int(i) = *top else {
                        return false;
                    };
                    *top = Value::Str(crate::builtins::int_to_str(i));
                    true
                }
                _ => false,
            }
        }
        Instr::PopTop if !f.stack.is_empty() => {
            if let Some(v) = f.stack.pop() {
                discard(v);
            }
            true
        }
        // `Copy`/`Swap` (as in `obj.x += v`) within the stack; out of range is the general path's.
        Instr::Copy(n) if n >= 1 && (n as usize) <= f.stack.len() => {
            let v = clone_value(&f.stack[f.stack.len() - n as usize]);
            f.stack.push(v);
            true
        }
        Instr::Swap(n) if n >= 1 && (n as usize) <= f.stack.len() => {
            let len = f.stack.len();
            f.stack.swap(len - 1, len - n as usize);
            true
        }
        Instr::Nop => true,
        // The block stack of `try` (and `async for`): what `exec` does.
        Instr::SetupExcept(handler) => {
            let level = f.stack.len() as u32;
            f.blocks.push(Block {
                kind: BlockKind::Except,
                handler,
                level,
            });
            true
        }
        Instr::PopBlock => {
            f.blocks.pop();
            true
        }
        // Only the recorder has anything to do here.
        Instr::AnextDelivered if !recording => true,
        Instr::Jump(t) => {
            f.pc = t as usize;
            true
        }
        Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
            let truth = match f.stack.last() {
                Some(Value::Bool(b)) => *b,
                Some(Value::Int(i)) => *i != 0,
                Some(Value::None) => false,
                _ => return false,
            };
            if let Some(v) = f.stack.pop() {
                discard(v);
            }
            if truth == matches!(instr, Instr::PopJumpIfTrue(_)) {
                f.pc = t as usize;
            }
            true
        }
        Instr::Binary(op) | Instr::Inplace(op) => {
            // Two ints whose result is an int: written over the left operand in place.
            if let [.., Value::Int(x), Value::Int(y)] = &mut f.stack[..] {
                if let Some(r) = int_binop(op, *x, *y) {
                    *x = r;
                    if let Some(v) = f.stack.pop() {
                        discard(v);
                    }
                    return true;
                }
            }
            if let [.., a, b] = &f.stack[..] {
                if let Some(r) = small_binop(op, a, b) {
                    if let Some(v) = f.stack.pop() {
                        discard(v);
                    }
                    discard(std::mem::replace(
                        f.stack.last_mut().expect("two operands"),
                        r,
                    ));
                    return true;
                }
            }
            false
        }
        Instr::Compare(op) => {
            if let [.., Value::Int(x), Value::Int(y)] = &f.stack[..] {
                let truth = int_compare(op, *x, *y);
                if let Some((instructions, left)) = pair {
                    if let Some(&(Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t))) =
                        instructions.get(f.pc)
                    {
                        if *left >= 2 {
                            let jump_if =
                                matches!(instructions.get(f.pc), Some(Instr::PopJumpIfTrue(_)));
                            for _ in 0..2 {
                                if let Some(v) = f.stack.pop() {
                                    discard(v);
                                }
                            }
                            f.pc = if truth == jump_if {
                                t as usize
                            } else {
                                f.pc + 1
                            };
                            *left -= 1;
                            return true;
                        }
                    }
                }
                let r = Value::Bool(truth);
                if let Some(v) = f.stack.pop() {
                    discard(v);
                }
                if let Some(top) = f.stack.last_mut() {
                    discard(std::mem::replace(top, r));
                }
                return true;
            }
            if let [.., a, b] = &f.stack[..] {
                if let Some(r) = small_compare(op, a, b) {
                    if let Some(v) = f.stack.pop() {
                        discard(v);
                    }
                    let r = Value::Bool(r);
                    discard(std::mem::replace(
                        f.stack.last_mut().expect("two operands"),
                        r,
                    ));
                    return true;
                }
            }
            false
        }
        // `obj.name` where the attribute cache says the class does not define the name:
        // the instance attribute, if it has one (else the general path).
        Instr::LoadAttr(i) => load_attr(f, i),
        // `obj.name(...)`: a built-in value's native method or an instance's Python method
        // with the receiver above it (see `method_call.rs`), or the instance attribute
        // `LoadAttr` would push, with `None` below it.
        Instr::LoadMethod(i) => load_method(f, i),
        // `obj.name = v` while nothing is recorded, where the attribute cache says the
        // store is a plain instance attribute store.
        Instr::StoreAttr(i) if !recording => store_attr(f, i),
        // `for` over a list or range iterator: what `native_next` gives for them.
        Instr::ForIter(target) => for_iter_step(f, target),
        // `obj[key]` and `obj[key] = v` on a list or tuple with an int index in range, or on
        // a dict holding a key that compares without Python code.
        Instr::Subscr => subscr(f),
        Instr::StoreSubscr => store_subscr(f),
        // While recording: `obj.m(args)` of a native with a direct entry (`direct_call.rs`;
        // any other callable ends the run of fast cases) and `[...]`. (The untraced loop
        // leaves them to `run_hot_frames` and `run_hot`, after trying a Python call: in its
        // fast cases they cost the other programs more than they save.)
        Instr::CallMethod(_) | Instr::BuildList(_) if recording => call_or_build(f, instr),
        _ => false,
    }
}

/// `CallMethod(n)` of a built-in value's native method through its direct entry
/// ([`call_direct_in_frame`]), or `BuildList(n)`; false (nothing done) otherwise. Out of
/// line: the other fast cases' loop stays as small.
#[inline(never)]
fn call_or_build(f: &mut Frame, instr: Instr) -> bool {
    match instr {
        Instr::CallMethod(n) if frame_entry_below(f, n as usize + 1) => {
            call_direct_in_frame(f, n as usize + 1)
        }
        Instr::BuildList(n) => build_list(f, n as usize),
        _ => false,
    }
}

/// In the untraced hot loop, after `LoadFast` of a local holding the int `x` (`f.pc` past
/// it): when the next instructions are the load of another int (`LoadConst` or `LoadFast`)
/// and an int `Binary`/`Inplace` operator with a 64-bit result or a `Compare` (with the
/// `PopJumpIfFalse`/`PopJumpIfTrue` after it when four steps are left), those steps run here
/// as one: the result is pushed (or the jump taken, or an operator's result stored by the
/// `StoreFast` after it when four steps are left) without pushing the operands, `f.pc` moves
/// past them and the steps beyond the first are taken off `left` (at least three must be
/// left). Loads and int operations drop nothing, so no drop-queue pass can fall due in
/// between (a store drops the local's old value last, as its own step would, and the loop
/// checks the queue before the next instruction), and an operation that could raise
/// (overflow into a big int, a zero divisor) is not fused: the steps then run one by one.
/// False (nothing done) otherwise.
#[inline(always)]
fn int_local_op(f: &mut Frame, x: i64, instructions: &[Instr], left: &mut u64) -> bool {
    if *left < 3 {
        return false;
    }
    let pc = f.pc;
    let (Some(&operand), Some(&operator)) = (instructions.get(pc), instructions.get(pc + 1)) else {
        return false;
    };
    let y = match operand {
        Instr::LoadConst(j) => match f.code.consts.get(j as usize) {
            Some(Value::Int(y)) => *y,
            _ => return false,
        },
        Instr::LoadFast(j) => match f.fast.get(j as usize) {
            Some(Some(Value::Int(y))) => *y,
            _ => return false,
        },
        _ => return false,
    };
    match operator {
        Instr::Binary(op) | Instr::Inplace(op) => {
            let Some(r) = int_binop(op, x, y) else {
                return false;
            };
            // `total += x`: the result stored into a local by the next instruction.
            if let Some(&Instr::StoreFast(k)) = instructions.get(pc + 2) {
                if *left >= 4 {
                    if let Some(slot) = f.fast.get_mut(k as usize) {
                        if let Some(old) = slot.replace(Value::Int(r)) {
                            discard(old);
                        }
                        f.pc = pc + 3;
                        *left -= 3;
                        return true;
                    }
                }
            }
            f.push(Value::Int(r));
            f.pc = pc + 2;
            *left -= 2;
            true
        }
        Instr::Compare(op) => {
            let truth = int_compare(op, x, y);
            match instructions.get(pc + 2) {
                Some(&(Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t))) if *left >= 4 => {
                    let jump_if = matches!(instructions[pc + 2], Instr::PopJumpIfTrue(_));
                    f.pc = if truth == jump_if { t as usize } else { pc + 3 };
                    *left -= 3;
                }
                _ => {
                    f.push(Value::Bool(truth));
                    f.pc = pc + 2;
                    *left -= 2;
                }
            }
            true
        }
        _ => false,
    }
}

/// `BuildList(n)`: the top `n` values replaced by a new list of them, as `exec` does (no
/// event, no check: the periodic memory check counts the allocation); an empty one may be
/// the spare of `object/list_pool.rs`. False (nothing done) when the stack holds fewer.
#[inline(never)]
fn build_list(f: &mut Frame, n: usize) -> bool {
    if n > f.stack.len() {
        return false;
    }
    let list = if n == 0 {
        crate::object::list_pool::new_empty_list()
    } else {
        Value::list(f.pop_n(n))
    };
    f.stack.push(list);
    true
}

/// `LoadAttr(i)`: see [`load_instance_attr`]. Kept out of line so the loop of the other
/// fast cases keeps its state in registers.
#[inline(never)]
fn load_attr(f: &mut Frame, i: u32) -> bool {
    load_instance_attr(f, i)
}

/// `StoreAttr(i)` (stack: v, obj) while nothing is recorded, where the attribute cache says
/// the store is a plain instance attribute store: the value written into the instance's
/// map; false (nothing done) otherwise. Kept out of line so the loop of the other fast cases
/// keeps its state in registers.
#[inline(never)]
fn store_attr(f: &mut Frame, i: u32) -> bool {
    let Some((name, hint)) = plain_attr_store(&f.code, &f.stack, i) else {
        return false;
    };
    let obj = f.stack.pop().expect("the instance");
    let v = f.stack.pop().expect("the stored value");
    if let Value::Instance(inst) = &obj {
        inst.dict.set_hinted(name, v, hint);
    }
    drop_instance(obj);
    true
}

/// Drops `v`, known to be an instance, as a reference-count decrement (the instance's own
/// drop only if it was the last reference) instead of the general drop of a `Value`.
#[inline(always)]
fn drop_instance(v: Value) {
    match v {
        Value::Instance(inst) => drop(inst),
        other => drop(other),
    }
}

/// The name and slot hint of `StoreAttr(i)` of `code` when `stack` ends with a value and a
/// plain instance whose store the attribute cache says writes into its map directly (what
/// the untraced and the recorded fast paths both check); `None` otherwise.
#[inline(always)]
pub(super) fn plain_attr_store<'c>(
    code: &'c CodeObject,
    stack: &[Value],
    i: u32,
) -> Option<(&'c Rc<str>, &'c Cell<u32>)> {
    let [.., _, Value::Instance(inst)] = stack else {
        return None;
    };
    if !matches!(inst.payload, Payload::None)
        || !code.attr_sites.store_hit(i, inst.class.borrow().version())
    {
        return None;
    }
    Some((code.names.get(i as usize)?, code.attr_sites.slot_hint(i)?))
}

/// `LoadAttr(i)` in frame `f` when the receiver is an instance and the attribute cache says
/// `obj.name` reads its dict or binds a cached Python function (see `attr_sites.rs`): the
/// attribute replaces the receiver. False (nothing done) otherwise.
#[inline(always)]
fn load_instance_attr(f: &mut Frame, i: u32) -> bool {
    let Some(Value::Instance(inst)) = f.stack.last() else {
        return false;
    };
    if matches!(inst.payload, Payload::Super { .. }) {
        return false;
    }
    let version = inst.class.borrow().version();
    let Some(name) = f.code.names.get(i as usize) else {
        return false;
    };
    if f.code.attr_sites.load_hit(i, version) {
        let Some(hint) = f.code.attr_sites.slot_hint(i) else {
            return false;
        };
        let Some(v) = inst.dict.get_hinted(name, hint) else {
            return false;
        };
        let receiver = std::mem::replace(f.stack.last_mut().expect("the receiver"), v);
        drop_instance(receiver);
        return true;
    }
    // A method: the class's Python function bound to the instance.
    let Some(func) = cached_method(f, inst, i, version) else {
        return false;
    };
    let receiver = f.stack.pop().expect("the receiver");
    f.stack
        .push(Value::Method(Rc::new(crate::object::BoundMethod {
            self_: receiver,
            func: Value::Function(func),
        })));
    true
}

/// `LoadMethod(i)` in frame `f` when the receiver is an instance and the attribute cache says
/// `obj.name` binds a Python function: the function replaces the receiver, which is pushed
/// above it as its first argument (see `method_call.rs`), so no bound method is made. False
/// (nothing done) otherwise.
#[inline(always)]
fn load_python_method_hit(f: &mut Frame, i: u32) -> bool {
    let Some(Value::Instance(inst)) = f.stack.last() else {
        return false;
    };
    if matches!(inst.payload, Payload::Super { .. }) {
        return false;
    }
    let version = inst.class.borrow().version();
    let Some(func) = cached_method(f, inst, i, version) else {
        return false;
    };
    let receiver = std::mem::replace(
        f.stack.last_mut().expect("the receiver"),
        Value::Function(func),
    );
    f.stack.push(receiver);
    true
}

/// The Python function `inst.name` (name `i` of `f`'s code) binds when the method cache says
/// the class at `version` has it as a class attribute and the instance has no attribute of
/// that name (which would shadow it).
#[inline(always)]
fn cached_method(f: &Frame, inst: &Instance, i: u32, version: u64) -> Option<Rc<Function>> {
    if !matches!(inst.payload, Payload::None | Payload::Native(_)) {
        return None;
    }
    let func = f.code.attr_sites.method_hit(i, version)?;
    let name = f.code.names.get(i as usize)?;
    if inst.dict.contains(name) {
        return None;
    }
    Some(func)
}

/// `LoadGlobal(i)` (or a module-level `LoadName(i)`): name `i` found in the frame's module
/// or the builtins, pushed: first at the entry of the module's namespace where this code
/// last found it (`GlobalSites`, checked by the key's identity), else through the global
/// cache (which then says where, for the next load). Inlined into the loop: out of line,
/// its push became a call of `Vec::push` (about 20 instructions per load; a global is
/// loaded at least once per call of a module-level function), more than the registers it
/// costs the other cases (callgrind on the reduced bench programs).
#[inline(always)]
fn load_global(f: &mut Frame, i: u32, global_cache: &mut GlobalCache, builtins: &Module) -> bool {
    let Some(name) = f.code.names.get(i as usize) else {
        return false;
    };
    let no_site = Cell::new(u32::MAX);
    let site = f.code.global_sites.hint(i).unwrap_or(&no_site);
    if push_hinted(&f.globals, name, site.get(), &mut f.stack) {
        return true;
    }
    global_cache.push_global_or_builtin(&f.globals, builtins, name, &mut f.stack, site)
}

/// `LoadMethod(i)`: a built-in value's native method or an instance's Python method with
/// the receiver above it (see `method_call.rs`), or the instance attribute `LoadAttr` would
/// push with `None` below it; false (nothing done) otherwise. Kept out of line (as the
/// other attribute cases) so the loop of the other fast cases keeps its state in registers.
#[inline(never)]
fn load_method(f: &mut Frame, i: u32) -> bool {
    if load_builtin_method_hit(f, i) || load_python_method_hit(f, i) {
        return true;
    }
    if !load_instance_attr(f, i) {
        return false;
    }
    let attr = f.stack.pop().expect("the attribute");
    f.stack.push(Value::None);
    f.stack.push(attr);
    true
}

/// `StoreGlobal(i)` (or a module-level `StoreName(i)`): the top of the stack bound to name
/// `i` in the frame's module through the global cache. Kept out of line so the other fast
/// cases' loop stays small.
#[inline(never)]
fn store_global(f: &mut Frame, i: u32, global_cache: &mut GlobalCache) -> bool {
    let Some(name) = f.code.names.get(i as usize) else {
        return false;
    };
    let Some(v) = f.stack.pop() else {
        return false;
    };
    global_cache.set(&f.globals, name, v);
    true
}

/// The position an int index `i` names in a sequence of `len` items, if in range (what
/// `Vm::seq_index` gives then).
#[inline(always)]
fn seq_slot(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i.checked_add(len as i64)? } else { i };
    usize::try_from(i).ok().filter(|&i| i < len)
}

/// `Subscr` when the item exists and is found without Python code: a list or tuple item
/// at an int index, a dict value under an int or str key (what `getitem_flow` gives for
/// them). False (nothing done) otherwise: errors, slices and everything else take the
/// general path.
#[inline(never)]
fn subscr(f: &mut Frame) -> bool {
    let [.., obj, key] = &f.stack[..] else {
        return false;
    };
    let item = match (obj, key) {
        (Value::List(l), Value::Int(i)) => {
            let l = l.borrow();
            match seq_slot(*i, l.len()).and_then(|at| l.get(at)) {
                Some(v) => v.clone(),
                None => return false,
            }
        }
        (Value::Tuple(t), Value::Int(i)) => match seq_slot(*i, t.len()).and_then(|at| t.get(at)) {
            Some(v) => v.clone(),
            None => return false,
        },
        (Value::Dict(d), _) => match d.get_int_or_str(key) {
            Some(Some(v)) => v,
            _ => return false,
        },
        _ => return false,
    };
    // The key, then the container: dropped in stack order, as truncating the stack would.
    let key = f.stack.pop().expect("the key");
    let obj = std::mem::replace(f.stack.last_mut().expect("the container"), item);
    discard(obj);
    discard(key);
    true
}

/// `StoreSubscr` (stack: v, obj, key) replacing an existing item found without Python
/// code: a list item at an int index, a dict value under an int or str key already there
/// (what `setitem_flow` does for them: the old item dropped, then the container and the
/// key). False (nothing done) otherwise.
#[inline(never)]
fn store_subscr(f: &mut Frame) -> bool {
    let [.., v, obj, key] = &mut f.stack[..] else {
        return false;
    };
    match (&*obj, &*key) {
        (Value::List(l), Value::Int(i)) => {
            let Some(at) = seq_slot(*i, l.borrow().len()) else {
                return false;
            };
            let v = std::mem::replace(v, Value::None);
            let old = std::mem::replace(&mut l.borrow_mut()[at], v);
            drop(old);
        }
        (Value::Dict(d), _) => match d.replace_int_or_str(key, std::mem::replace(v, Value::None)) {
            Ok(old) => discard(old),
            Err(back) => {
                *v = back;
                return false;
            }
        },
        _ => return false,
    }
    // The emptied value slot, the container and the key, dropped in stack order as
    // truncating the stack would (the slot holds None, the key an int or str).
    let key = f.stack.pop().expect("the key");
    let obj = f.stack.pop().expect("the container");
    let v = f.stack.pop().expect("the value slot");
    discard(v);
    discard(obj);
    discard(key);
    true
}

/// `ForIter(target)` when the iterator on top of the stack is a list or range iterator: the
/// next item pushed, or the iterator popped and a jump to `target` at the end, as `exec`
/// does. False (nothing done) for any other iterator. Kept out of line so the other fast
/// cases' loop stays small.
#[inline(never)]
fn for_iter_step(f: &mut Frame, target: u32) -> bool {
    let Some(Value::Iter(it)) = f.stack.last() else {
        return false;
    };
    let Ok(mut state) = it.state.try_borrow_mut() else {
        return false;
    };
    let next = match &mut *state {
        IterState::Range {
            cur,
            step,
            remaining,
        } => range_next(cur, *step, remaining),
        IterState::List { list, idx } => {
            let Ok(l) = list.try_borrow() else {
                return false;
            };
            if *idx < l.len() {
                let v = clone_value(&l[*idx]);
                *idx += 1;
                Some(v)
            } else {
                None
            }
        }
        _ => return false,
    };
    drop(state);
    match next {
        Some(v) => f.stack.push(v),
        None => {
            f.stack.pop();
            f.pc = target as usize;
        }
    }
    true
}
