//! The stackless VM: one explicit stack of frames; Python calls (including implicit dunder
//! calls) push frames with a continuation saying what to do with the result, so the
//! interpreter loop never recurses in Rust for Python code on those paths.
//!
//! Natives that need Python results return a [`Flow`]; the VM runs the requested call as a
//! frame and feeds the result to the flow's [`Then`]. The same flows can be run to completion
//! by a bounded *nested run* (`run_flow_nested`), used by natives that call back into Python
//! many times (sorted with a key, container reprs...). Nested runs cannot suspend and count
//! towards the recursion limit.

pub mod attr_sites;
pub mod c_stack;
mod call;
pub mod class_protocol;
mod dictviews;
mod direct_call;
mod exceptions;
mod fast_ops;
mod flow;
mod frame;
mod gen;
mod global_cache;
mod hot_agen;
mod hot_agen_recorded;
mod hot_builtins;
mod hot_call;
mod hot_coro;
mod hot_coro_recorded;
mod hot_instr;
mod hot_recorded;
mod hot_str_add;
mod interp;
pub mod metaclass;
mod method_call;
pub mod ops;
pub mod patterns;
pub mod recursion_guard;
pub(crate) mod run_caps;
mod setops;
pub mod stack_guard;
mod suggest;
pub(crate) mod suggest_data;
mod traceback;

use std::rc::Rc;

pub use call::make_class;
pub use exceptions::outcome_value;
pub use flow::{Flow, ResumeInput, Then};
pub use frame::{Block, BlockKind, Frame, FramePool};
pub use global_cache::GlobalSites;

use crate::object::generator::DropQueue;
use crate::object::{Module, Value};
use crate::recorder::{EventKind, Recorder};

/// The result of an operation that may raise: `Err` holds the exception instance.
pub type PyResult<T> = Result<T, Value>;

/// The positional arguments of a call: up to [`INLINE_ARGS`] of them (the receiver
/// included) are held inline, so calling a native with few arguments allocates no vector.
pub type ArgVec = smallvec::SmallVec<[Value; INLINE_ARGS]>;

/// How many positional arguments [`ArgVec`] holds without allocating.
pub const INLINE_ARGS: usize = 4;

/// Moves the values of `stack` from `at` on into an [`ArgVec`] after `first` (a bound
/// native's receiver), in order. Up to [`INLINE_ARGS`] values are popped into an inline
/// buffer (the generic `extend` of a draining iterator costs several times more).
#[inline]
pub(crate) fn take_args(stack: &mut Vec<Value>, at: usize, first: Option<Value>) -> ArgVec {
    let total = stack.len().saturating_sub(at) + first.is_some() as usize;
    if total > INLINE_ARGS {
        let mut pos = ArgVec::with_capacity(total);
        pos.extend(first);
        pos.extend(stack.drain(at..));
        return pos;
    }
    let mut buf = [Value::None, Value::None, Value::None, Value::None];
    let mut i = total;
    while stack.len() > at {
        let Some(v) = stack.pop() else { break };
        i -= 1;
        buf[i] = v;
    }
    if let Some(v) = first {
        buf[0] = v;
    }
    ArgVec::from_buf_and_len(buf, total)
}

/// Call arguments.
#[derive(Default, Clone)]
pub struct Args {
    /// Positional arguments (the receiver first for bound natives).
    pub pos: ArgVec,
    /// Keyword arguments in call order.
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Args {
    /// Positional-only arguments.
    pub fn new(pos: Vec<Value>) -> Args {
        Args::from_pos(ArgVec::from_vec(pos))
    }
    /// Positional-only arguments, already in an [`ArgVec`].
    pub fn from_pos(pos: ArgVec) -> Args {
        Args {
            pos,
            kw: Vec::new(),
        }
    }
    /// A keyword argument by name.
    pub fn kwarg(&self, name: &str) -> Option<Value> {
        self.kw
            .iter()
            .find(|(k, _)| &**k == name)
            .map(|(_, v)| v.clone())
    }
}

/// How a frame (or a native call standing in for one) finished.
#[derive(Clone)]
pub enum Outcome {
    /// Returned a value.
    Return(Value),
    /// Yielded a value (flag: an async generator's wrapped value).
    Yield(Value, bool),
}

/// What to do with the result of a frame, in the frame below it.
pub enum Cont {
    /// Push the result onto the caller's stack.
    Push,
    /// Ignore the result.
    Discard,
    /// The base of a nested run: hand the result back to Rust.
    Nested,
    /// The module frame: the program is finished.
    TopLevel,
    /// `__init__` finished: check it returned None, then deliver the instance.
    InitCheck(Value, Box<Cont>),
    /// A class body finished: build the class.
    MakeClass(Box<call::ClassBuild>),
    /// Feed the result to a native continuation, then continue with the outer cont.
    Then(Box<Then>, Box<Cont>),
    /// `for` over a generator: a yield is the next item; its return ends the loop (jump to
    /// the target, popping the iterator).
    ForIterGen(u32),
    /// `for` over an object with a Python `__next__`: the return value is the next item;
    /// StopIteration ends the loop.
    ForIterCall(u32),
    /// Delegation (`yield from`/`await`) into a generator-like object: its yield makes the
    /// caller yield (the Send instruction is at the index), its return ends the delegation.
    Send(u32),
    /// Delegation into a plain iterator's `__next__`/`send`: a return value is the next item.
    SendIter(u32),
    /// Exceptions are printed as "Exception ignored in: ..." (finalizers).
    Unraisable(String),
    /// An asyncio Task step: the task handles the outcome.
    Task(Value),
    /// Closing a generator: yield is an error, return or GeneratorExit means closed.
    Close(Box<Cont>),
}

/// Why a run stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunState {
    /// More to do.
    Running,
    /// The program finished normally.
    Finished,
    /// The program ended with an uncaught exception.
    Failed,
    /// The step budget ran out.
    BudgetExhausted,
}

/// The virtual machine.
pub struct Vm {
    /// The frame stack.
    pub frames: Vec<Box<Frame>>,
    /// Finished frames kept for reuse by the next calls.
    pub frame_pool: FramePool,
    /// Where global names were last found (see `global_cache.rs`).
    global_cache: global_cache::GlobalCache,
    /// The builtins namespace.
    pub builtins: Rc<Module>,
    /// `__main__`.
    pub main: Rc<Module>,
    /// Loaded modules by name.
    pub modules: Vec<(Rc<str>, Rc<Module>)>,
    /// Program output (its last part only, see [`Vm::stdout_cap`]).
    pub stdout: String,
    /// Keeps [`Vm::stdout`] to its last `max_output` characters and counts what was dropped.
    pub stdout_cap: crate::output_cap::OutputCap,
    /// Diagnostics (tracebacks, warnings).
    pub stderr: String,
    /// Instructions executed so far.
    pub steps: u64,
    /// Stop after this many steps.
    pub max_steps: Option<u64>,
    /// The event log.
    pub recorder: Recorder,
    /// Objects dropped while needing finalization.
    pub drop_queue: Rc<DropQueue>,
    /// The source lines of the main file (for tracebacks).
    pub source_lines: Vec<String>,
    /// The main file's name.
    pub filename: Rc<str>,
    /// Current nesting of nested runs.
    pub nested_depth: usize,
    /// Bytes of Rust stack the run may use below where it started before nested runs raise
    /// RecursionError (see `stack_guard.rs`).
    pub max_stack: usize,
    /// Nested runs allowed at once (see `stack_guard.rs`).
    pub max_nested_runs: usize,
    /// Result slot of the innermost nested run.
    pub(crate) nested_result: Option<PyResult<Outcome>>,
    /// The run state.
    pub state: RunState,
    /// The uncaught exception, once the run failed.
    pub uncaught: Option<Value>,
    /// Maximum Python frame depth.
    pub recursion_limit: usize,
    /// CPython 3.12's C recursion budget: units held by frames entered from native code.
    pub c_stack: c_stack::CStack,
    /// Largest container/string size (elements or bytes) before MemoryError.
    pub max_alloc: usize,
    /// Bytes the run may hold before MemoryError (see `memory.rs`).
    pub max_memory: usize,
    /// This thread's live bytes when the VM was created (the run's usage is counted from it).
    pub live_at_start: isize,
    /// The asyncio event loop state, when one is running.
    pub event_loop: Option<Box<crate::asyncio::EventLoop>>,
    /// Global counter behind `Task-N` names.
    pub task_counter: u64,
    /// Extension slot for library modules (asyncio library layer, recorder...).
    pub ext: Vec<Box<dyn std::any::Any>>,
    /// The `__anext__` of the class `async for` last stepped in the hot loop (`hot_coro.rs`).
    anext_cache: hot_coro::AnextCache,
    /// A finished coroutine object nothing refers to, reused as the next one (`hot_coro.rs`).
    spare_coroutine: hot_coro::SpareCoroutine,
}

impl Vm {
    /// Creates a VM for a program with the given source (for traceback lines).
    pub fn new(source: &str, filename: &str) -> Vm {
        // A str an earlier run on this thread hashed last is not this run's to hold.
        crate::object::str_hash_cache::forget();
        crate::object::restart_instance_serials();
        let live_at_start = crate::memory::live_bytes();
        let builtins = crate::builtins::make_builtins_module();
        let main = Module::new("__main__");
        main.set("__builtins__", Value::Module(builtins.clone()));
        Vm {
            frames: Vec::new(),
            frame_pool: FramePool::default(),
            global_cache: Default::default(),
            builtins,
            main,
            modules: Vec::new(),
            stdout: String::new(),
            stdout_cap: crate::output_cap::OutputCap::new(crate::output_cap::DEFAULT_MAX_OUTPUT),
            stderr: String::new(),
            steps: 0,
            max_steps: None,
            recorder: Recorder::new(true),
            drop_queue: Rc::new(DropQueue::default()),
            source_lines: source.lines().map(|s| s.to_string()).collect(),
            filename: Rc::from(filename),
            nested_depth: 0,
            max_stack: stack_guard::DEFAULT_MAX_STACK,
            max_nested_runs: stack_guard::DEFAULT_MAX_NESTED_RUNS,
            nested_result: None,
            state: RunState::Running,
            uncaught: None,
            recursion_limit: 1000,
            c_stack: c_stack::CStack::default(),
            max_alloc: 50_000_000,
            max_memory: crate::memory::DEFAULT_MAX_MEMORY,
            live_at_start,
            event_loop: None,
            task_counter: 0,
            ext: Vec::new(),
            anext_cache: Default::default(),
            spare_coroutine: Default::default(),
        }
    }

    /// The top frame.
    #[inline]
    pub fn frame(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("the VM has no frame")
    }

    /// Writes program output.
    pub fn write_stdout(&mut self, s: &str) {
        self.stdout_cap.append(&mut self.stdout, s);
        if self.recorder.enabled {
            let line = self.current_line();
            // Only the last `max_output` characters of one write can ever be shown.
            let (start, cut) = crate::output_cap::tail_start(s, self.stdout_cap.max_chars);
            if cut > 0 {
                let at = self.recorder.log.output.len() as u32;
                self.recorder.log.output_dropped.push((at, cut));
            }
            self.recorder.emit(
                self.steps,
                line,
                EventKind::Output {
                    text: Rc::from(&s[start..]),
                },
            );
        }
    }

    /// The current line of the top frame (0 if none).
    pub fn current_line(&self) -> u32 {
        self.frames.last().map_or(0, |f| f.line())
    }

    /// Starts running a module code object as the program.
    pub fn start(&mut self, code: Rc<crate::compiler::CodeObject>) {
        if let Some(doc) = &code.doc {
            self.main.set("__doc__", Value::Str(doc.clone()));
        }
        let frame = Frame::new_module(code, self.main.clone());
        let mut frame = Box::new(frame);
        frame.cont = Cont::TopLevel;
        self.push_frame(frame);
    }

    /// Runs a module body to completion in a nested run (built-in Python modules).
    pub fn run_module_nested(
        &mut self,
        code: Rc<crate::compiler::CodeObject>,
        module: Rc<Module>,
    ) -> PyResult<()> {
        let mut frame = Box::new(Frame::new_module(code, module));
        frame.cont = Cont::Nested;
        self.run_nested(move |vm| {
            vm.push_frame(frame);
            Ok(())
        })?;
        Ok(())
    }

    /// Runs until the program finishes or `budget` more steps have executed.
    pub fn run(&mut self, budget: u64) -> RunState {
        let _stack = stack_guard::StackScope::enter(self.max_stack);
        let _caps = run_caps::RunCapsScope::enter(self.run_caps());
        let limit = self.steps.saturating_add(budget);
        while self.state == RunState::Running {
            if self.steps >= limit {
                return RunState::Running;
            }
            let stop = self.max_steps.map_or(limit, |max| max.min(limit));
            if self.steps < stop {
                self.run_steps_until(stop);
            } else {
                self.step();
            }
        }
        self.state.clone()
    }

    /// Steps back to back while fewer than `stop` steps (at most the step limit) have run:
    /// the steps of [`Vm::step`] in one tight loop, the limit checked once by the caller.
    /// While recording the hot loop is [`Vm::run_hot_recorded`].
    fn run_steps_until(&mut self, stop: u64) {
        if self.recorder.enabled {
            while self.steps < stop && self.state == RunState::Running {
                self.step_within_limit();
                self.run_hot_recorded(stop);
            }
            return;
        }
        while self.steps < stop && self.state == RunState::Running {
            self.step_within_limit();
            self.run_hot(stop);
        }
    }

    /// Executes one instruction (or one scheduler action).
    pub fn step(&mut self) {
        let _caps = run_caps::RunCapsScope::enter(self.run_caps());
        if let Some(max) = self.max_steps {
            if self.steps >= max && !self.drop_queue.pending.get() {
                self.state = RunState::BudgetExhausted;
                return;
            }
        }
        self.step_within_limit();
    }

    /// This run's memory caps, for the direct entries that hold no VM (`run_caps.rs`).
    fn run_caps(&self) -> run_caps::RunCaps {
        let max_memory = isize::try_from(self.max_memory).unwrap_or(isize::MAX);
        run_caps::RunCaps {
            max_items: self.max_alloc,
            live_limit: self.live_at_start.saturating_add(max_memory),
        }
    }

    /// [`Vm::step`] once the step limit is known not to be reached.
    #[inline(always)]
    fn step_within_limit(&mut self) {
        if self.drop_queue.pending.get() {
            self.process_drop_queue();
            return;
        }
        self.steps += 1;
        if self.frames.is_empty() {
            self.state = RunState::Finished;
            return;
        }
        if self.steps & (crate::memory::LIVE_CHECK_INTERVAL - 1) == 0 {
            if let Err(e) = self.check_bytes(0) {
                self.handle_exception(e, true);
                return;
            }
        }
        let top = self.frames.len() - 1;
        let frame = &mut self.frames[top];
        if frame.driver {
            crate::asyncio::driver_step(self);
            return;
        }
        let pc = frame.pc;
        let Some(&instr) = frame.code.instructions.get(pc) else {
            let e =
                crate::object::exception::exc("SystemError", "instruction pointer out of range");
            self.handle_exception(e, true);
            return;
        };
        frame.pc = pc + 1;
        if self.recorder.enabled && frame.rec_id != 0 {
            let line = frame.code.lines.get(pc).copied().unwrap_or(0);
            if line != frame.last_line {
                frame.last_line = line;
                self.recorder.line_in(frame, line);
            }
        }
        if self.exec_hot(instr) {
            return;
        }
        if let Err(e) = self.exec(instr) {
            self.handle_exception(e, true);
        }
    }

    /// Pushes a frame (checking the recursion limit).
    pub fn push_frame(&mut self, mut frame: Box<Frame>) {
        if self.recorder.enabled {
            self.rec_frame_pushed(&frame);
            self.recorder.frame_enter(&mut frame);
        }
        self.frames.push(frame);
    }

    /// Runs `flow` to completion in a nested run (bounded; cannot suspend).
    pub fn run_flow_nested(&mut self, mut flow: Flow) -> PyResult<Value> {
        loop {
            match flow {
                Flow::Value(v) => return Ok(v),
                Flow::Call { func, args, then } => {
                    let r = self.call_nested(func, args);
                    let (then, err) = flow::take_err(then);
                    flow = match r {
                        Ok(v) => self.apply_then(then, Outcome::Return(v))?,
                        Err(e) => flow::handle_err(self, err, e)??,
                    };
                }
                Flow::Resume { gen, input, then } => {
                    let r = self.resume_nested(gen, input);
                    let (then, err) = flow::take_err(then);
                    flow = match r {
                        Ok(o) => self.apply_then(then, o)?,
                        Err(e) => flow::handle_err(self, err, e)??,
                    };
                }
            }
        }
    }

    /// True when the Python frames on the stack reach the recursion limit. Frames of inlined
    /// comprehensions do not count: CPython 3.12 runs a list/set/dict comprehension in its
    /// caller's frame.
    pub fn at_recursion_limit(&self) -> bool {
        if self.frames.len() < self.recursion_limit {
            return false;
        }
        let inlined = self
            .frames
            .iter()
            .filter(|f| {
                f.code
                    .has(crate::compiler::code::flags::INLINED_COMPREHENSION)
            })
            .count();
        self.frames.len() - inlined >= self.recursion_limit
    }

    /// Announces that the next frame entered, if `func` is Python code, comes through the C
    /// path `entry` (see `c_stack.rs`).
    pub fn announce_c_entry(&mut self, func: &Value, entry: c_stack::CEntry) {
        let python = match func {
            Value::Function(_) => true,
            Value::Method(m) => matches!(m.func, Value::Function(_)),
            _ => false,
        };
        if python {
            self.c_stack.announce(entry);
        }
    }

    /// The C units the next frame (continuing with `cont`) holds, or RecursionError.
    pub(crate) fn charge_c_entry(&mut self, cont: &Cont) -> PyResult<u32> {
        let native = !matches!(
            cont,
            Cont::Push
                | Cont::Discard
                | Cont::TopLevel
                | Cont::MakeClass(_)
                | Cont::ForIterGen(_)
                | Cont::Send(_)
        );
        self.c_stack.charge(native).ok_or_else(|| {
            crate::object::exception::exc("RecursionError", "maximum recursion depth exceeded")
        })
    }

    /// Calls `func` and runs the VM until it returns (a bounded nested run).
    pub fn call_nested(&mut self, func: Value, args: Args) -> PyResult<Value> {
        match self.run_nested(|vm| vm.call(func, args, Cont::Nested))? {
            Outcome::Return(v) | Outcome::Yield(v, _) => Ok(v),
        }
    }

    /// Runs `start` (which pushes a frame with `Cont::Nested` or delivers to it) to completion.
    pub(crate) fn run_nested(
        &mut self,
        start: impl FnOnce(&mut Vm) -> PyResult<()>,
    ) -> PyResult<Outcome> {
        let _stack = stack_guard::StackScope::enter(self.max_stack);
        if self.nested_depth >= self.max_nested_runs
            || self.at_recursion_limit()
            || stack_guard::exhausted()
        {
            return Err(crate::object::exception::exc(
                "RecursionError",
                "maximum recursion depth exceeded",
            ));
        }
        self.nested_depth += 1;
        let saved = self.nested_result.take();
        let r = start(self);
        let result = match r {
            Err(e) => Err(e),
            Ok(()) => loop {
                if let Some(res) = self.nested_result.take() {
                    break res;
                }
                if self.state != RunState::Running {
                    break Err(crate::object::exception::exc(
                        "RuntimeError",
                        "the program was stopped",
                    ));
                }
                if let Some(max) = self.max_steps {
                    if self.steps >= max {
                        self.state = RunState::BudgetExhausted;
                        continue;
                    }
                }
                self.step();
            },
        };
        self.nested_result = saved;
        self.nested_depth -= 1;
        result
    }

    /// Finalizes objects whose last reference was dropped (generators with pending `finally`
    /// blocks, never-awaited coroutines, abandoned async generators).
    #[cold]
    fn process_drop_queue(&mut self) {
        let items: Vec<Value> = std::mem::take(&mut *self.drop_queue.items.borrow_mut());
        self.drop_queue.pending.set(false);
        // Closing a suspended generator pushes its frame, so the last one pushed runs first:
        // those are pushed last to first, to close in the order they were dropped (CPython
        // clears a frame's locals first to last). The rest act at once, in order.
        let mut closes = Vec::new();
        for item in items {
            if let Value::Gen(g) = item {
                if gen::closes_by_frame(&g) {
                    closes.push(g);
                } else {
                    gen::finalize_dropped(self, g);
                }
            }
        }
        for g in closes.into_iter().rev() {
            gen::finalize_dropped(self, g);
        }
    }
}
