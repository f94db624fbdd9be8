//! The recorder: an append-only log of events emitted at the VM's protocol sites.
//!
//! The VM calls the recorder (`vm.recorder`) where something the UI shows happens: a line
//! starts, a frame is entered or left, a variable is bound, `__anext__` is called or
//! delivers, a task suspends or switches, the clock moves, output is written. Each call
//! appends one compact [`Event`] (48 bytes: strings interned in [`Log::strings`], numbers
//! inline, output text in one shared buffer) to [`Recorder::log`].
//!
//! Two ways in:
//! - [`Recorder::emit`] with an [`EventKind`] (strings as `Rc<str>`, objects by their VM id),
//!   for protocol sites;
//! - the typed fast paths ([`Recorder::line`], [`Recorder::frame_enter`],
//!   [`Recorder::frame_leave`], [`Recorder::store`], ...) for the frequent events, which need
//!   frame ids and values.
//!
//! Objects (iterators, queues) and frames get small per-run ids starting at 1, so the same
//! program gives the same log in every run. The session folds the log into the state at any
//! step (`crate::session`); nothing here looks back at earlier events.

mod code_names;
mod instance_names;
pub mod json;
mod live;
mod open_calls;
pub mod short_repr;
mod vm_hooks;

use std::rc::{Rc, Weak};

use rustc_hash::FxHashMap;

/// The event types, the interner and the log live in the VM-free trace crate.
pub use aiterscope_trace::event::{self, EndReason, Event, FrameRole, Kind, LeaveHow, ShortVal};
pub use aiterscope_trace::intern::{self, Interner, Sym};
pub use aiterscope_trace::log::Log;
pub use vm_hooks::{exception_message, iter_vm_id};
pub(crate) use vm_hooks::{record_anext_call, record_anext_delivered};

use crate::object::{GenKind, Instance, Value};
use crate::vm::Frame;

/// An event as the VM reports it through [`Recorder::emit`]. Object ids are the VM's own
/// (`Generator::id`, `Value::id()`); the recorder maps them to small per-run ids.
#[derive(Debug, Clone, PartialEq)]
pub enum EventKind {
    /// A new line started in the top frame (prefer [`Recorder::line`], which names the frame).
    Line,
    /// A frame was pushed (prefer [`Recorder::frame_enter`]).
    FrameEnter {
        /// The code's qualified name.
        name: Rc<str>,
    },
    /// A frame was popped (prefer [`Recorder::frame_leave`]).
    FrameLeave {
        /// The code's qualified name.
        name: Rc<str>,
    },
    /// Program output.
    Output {
        /// The text written.
        text: Rc<str>,
    },
    /// An exception was raised (or re-raised) in the top frame, or caught.
    Exception {
        /// Its type name.
        type_name: Rc<str>,
        /// Its message (may be empty when not yet computed).
        message: Rc<str>,
        /// Whether it was caught (false at raise time).
        caught: bool,
    },
    /// An async iterator was obtained (`aiter`).
    AIter {
        /// The VM id of the iterator.
        iter: u64,
        /// Its type name.
        type_name: Rc<str>,
    },
    /// An `__anext__` call started.
    AnextCall {
        /// The VM id of the iterator.
        iter: u64,
    },
    /// An `__anext__` call delivered a value (prefer [`Recorder::anext_value`], which keeps
    /// numbers inline).
    AnextValue {
        /// The VM id of the iterator.
        iter: u64,
        /// The value's repr.
        value: Rc<str>,
    },
    /// The async iteration ended.
    StopAsyncIteration {
        /// The VM id of the iterator (0 if unknown: the iterator of the task's pending
        /// `anext_call` is meant).
        iter: u64,
    },
    /// An async iterator was closed (`aclose()` finished, or it was finalized).
    IterClosed {
        /// The VM id of the iterator.
        iter: u64,
    },
    /// The running task suspended on an awaitable.
    AwaitSuspend {
        /// What it awaits: `sleep(0.5)`, `Queue.get()`, `Task-3`...
        awaiting: Rc<str>,
    },
    /// The running task resumed.
    AwaitResume,
    /// A task was created (and scheduled).
    TaskCreated {
        /// Its name.
        name: Rc<str>,
    },
    /// A task was put on the ready queue.
    TaskReady {
        /// Its name.
        name: Rc<str>,
    },
    /// The running task changed; also sets [`Recorder::task`].
    TaskSwitch {
        /// The task now running.
        name: Rc<str>,
    },
    /// A task finished with a result.
    TaskDone {
        /// Its name.
        name: Rc<str>,
        /// The result's repr.
        result: Rc<str>,
    },
    /// A task finished with an exception (or was cancelled).
    TaskFailed {
        /// Its name.
        name: Rc<str>,
        /// The exception, as `Type: message`.
        exception: Rc<str>,
    },
    /// A timer was scheduled.
    Timer {
        /// When it fires.
        when: f64,
    },
    /// A timer fired or was cancelled.
    TimerDone {
        /// When it was due.
        when: f64,
    },
    /// The virtual clock advanced to [`Recorder::now`].
    Clock,
    /// A queue, event, lock... changed state.
    ObjState {
        /// The VM id of the object.
        obj: u64,
        /// Its type name.
        type_name: Rc<str>,
        /// Its new state, short.
        desc: Rc<str>,
    },
}

/// Why a frame finishing with `outcome` leaves the stack: a yield of an async generator's
/// own value (or of a generator) is a `yield`; any other yield of a coroutine or async
/// generator passes an await up to its task.
pub fn leave_how(frame: &Frame, outcome: &crate::vm::Outcome) -> LeaveHow {
    use crate::vm::Outcome;
    match outcome {
        Outcome::Return(_) => LeaveHow::Return,
        Outcome::Yield(_, wrapped) => match frame.gen.as_ref().map(|g| g.kind) {
            Some(GenKind::Coroutine) => LeaveHow::Await,
            Some(GenKind::AsyncGenerator) if !*wrapped => LeaveHow::Await,
            _ => LeaveHow::Yield,
        },
    }
}

/// The VM-side recorder: appends events to [`Recorder::log`].
pub struct Recorder {
    /// Whether events are recorded (off for untraced runs: every site checks this first).
    pub enabled: bool,
    /// Current virtual time (kept up to date by the event loop).
    pub now: f64,
    /// Current task name (kept up to date by the event loop; empty outside asyncio).
    pub task: Rc<str>,
    /// Stop recording beyond this many events (the run goes on; the session ends runs at
    /// its own, smaller budget).
    pub max_events: usize,
    /// The log.
    pub log: Log,
    /// The interned id of `task`, valid while `task` is the same allocation.
    task_cache: (Rc<str>, Sym),
    /// VM object id -> per-run id.
    ids: FxHashMap<u64, u32>,
    /// The last answer of [`Recorder::id_of`] (`ids` only grows, and every insertion
    /// refreshes this), so the iterator of an `async for` is looked up once, not per event.
    last_id: (u64, Option<u32>),
    /// The next per-run object id.
    next_obj: u32,
    /// Per-run ids of objects whose attribute stores are recorded (async iterators).
    /// Per-run ids of objects whose attribute stores are recorded (async iterators), with
    /// a weak reference to the instance once it is known: holding it keeps the address from
    /// being reused, so a later object at the same address is never mistaken for it.
    tracked: FxHashMap<u32, Option<Weak<Instance>>>,
    /// Size of `tracked` after its last purge of dead iterators.
    tracked_purged: usize,
    /// Per-run id of the next frame.
    next_frame: u32,
    /// The module frame's id (global stores land there).
    globals_frame: u32,
    /// Open `__anext__` calls: per-run iterator id -> the consumer's line at the call. A
    /// value or stop is recorded only for an open call, so a delivery seen at two sites (the
    /// `__anext__` coroutine returning, then the `async for` step) is recorded once.
    open_anext: open_calls::OpenCalls,
    /// Coroutines running an `__anext__` call: VM generator id -> VM iterator id.
    anext_coros: FxHashMap<u64, u64>,
    /// Non-coroutine awaitables returned by `__anext__` through `anext(it)` (a Future, an
    /// object with `__await__`): VM object id -> VM iterator id. The Future's completion, or
    /// the end of the `__await__` generator, delivers the value or ends the iteration.
    anext_awaitables: FxHashMap<u64, (Weak<Instance>, u64)>,
    /// Container-valued locals, globals and iterator fields re-checked at line events.
    watches: live::Watches,
    /// The interned names of recently entered code objects.
    code_names: code_names::CodeNames,
    /// The short reprs of plain instances by class name (see `instance_names.rs`).
    instance_names: instance_names::InstanceNames,
    /// Scratch buffer of watched locals found changed at a line event (name, new short repr).
    changed: Vec<(Sym, ShortVal)>,
    /// The last exceptions whose catch was recorded, so a handler reports it once (weak
    /// references: they pin the addresses without keeping the exceptions alive).
    caught_recently: [Weak<Instance>; 4],
    /// Next slot of `caught_recently`.
    caught_slot: usize,
}

/// True for code of the runtime's own Python library (asyncio's layers): its frames are not
/// recorded, so task stacks, lines and locals show only the program's code.
pub fn is_internal_code(code: &crate::compiler::CodeObject) -> bool {
    code.filename.starts_with("<aiterscope")
}

/// The interned id of the task name `task`, from `cache` while it is the same allocation.
#[inline]
fn task_sym(task: &Rc<str>, cache: &mut (Rc<str>, Sym), strings: &mut Interner) -> Sym {
    if !Rc::ptr_eq(task, &cache.0) {
        let sym = strings.intern_rc(task);
        *cache = (task.clone(), sym);
    }
    cache.1
}

impl Recorder {
    /// A new recorder.
    pub fn new(enabled: bool) -> Recorder {
        let task: Rc<str> = Rc::from("");
        Recorder {
            enabled,
            now: 0.0,
            task: task.clone(),
            max_events: 5_000_000,
            log: Log::default(),
            task_cache: (task, Sym::EMPTY),
            ids: FxHashMap::default(),
            last_id: (0, None),
            next_obj: 1,
            tracked: FxHashMap::default(),
            tracked_purged: 0,
            next_frame: 1,
            globals_frame: 0,
            open_anext: open_calls::OpenCalls::default(),
            anext_coros: FxHashMap::default(),
            anext_awaitables: FxHashMap::default(),
            watches: live::Watches::default(),
            code_names: code_names::CodeNames::default(),
            instance_names: instance_names::InstanceNames::default(),
            changed: Vec::new(),
            caught_recently: Default::default(),
            caught_slot: 0,
        }
    }

    /// The number of events recorded (those dropped once sent included).
    pub fn len(&self) -> usize {
        self.log.event_count()
    }

    /// True if nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The event loop stopped: events from here on belong to the main program (module-level
    /// code after `asyncio.run` returns), not to the last task that ran.
    pub fn leave_event_loop(&mut self) {
        let main: Rc<str> = Rc::from("");
        self.task = main.clone();
        self.task_cache = (main, Sym::EMPTY);
    }

    fn task_sym(&mut self) -> Sym {
        task_sym(&self.task, &mut self.task_cache, &mut self.log.strings)
    }

    /// Appends a stored event at the current time and task.
    #[inline]
    pub fn push(&mut self, line: u32, kind: Kind) {
        if !self.enabled || self.log.event_count() >= self.max_events {
            return;
        }
        let task = self.task_sym();
        self.log.events.push(Event {
            t: self.now,
            task,
            line,
            kind,
        });
    }

    /// The per-run id of a VM object (assigned on first sight).
    pub fn object_id(&mut self, vm_id: u64) -> u32 {
        if vm_id == 0 {
            return 0;
        }
        if let (last, Some(id)) = self.last_id {
            if last == vm_id {
                return id;
            }
        }
        let next = &mut self.next_obj;
        let id = *self.ids.entry(vm_id).or_insert_with(|| {
            *next += 1;
            *next - 1
        });
        self.last_id = (vm_id, Some(id));
        id
    }

    /// The per-run id of the VM object `vm_id`, if it has one.
    #[inline]
    fn id_of(&mut self, vm_id: u64) -> Option<u32> {
        if self.last_id.0 != vm_id {
            self.last_id = (vm_id, self.ids.get(&vm_id).copied());
        }
        self.last_id.1
    }

    /// A new per-run id for the VM object `vm_id`, even if it had one: VM ids of instances
    /// are addresses, which a new object may reuse after the old one is freed.
    pub fn fresh_object_id(&mut self, vm_id: u64) -> u32 {
        let id = self.next_obj;
        self.next_obj += 1;
        self.ids.insert(vm_id, id);
        self.last_id = (vm_id, Some(id));
        id
    }

    /// Interns a string in the log.
    pub fn intern(&mut self, s: &str) -> Sym {
        self.log.strings.intern(s)
    }

    /// Appends an event reported as an [`EventKind`]. `step` (the VM's instruction count) is
    /// not stored: an event's step is its index in the log.
    pub fn emit(&mut self, step: u64, line: u32, kind: EventKind) {
        let _ = step;
        if !self.enabled {
            return;
        }
        let strings = &mut self.log.strings;
        let stored = match kind {
            EventKind::Line => Kind::Line { frame: 0 },
            EventKind::FrameEnter { name } => Kind::FrameEnter {
                frame: 0,
                func: strings.intern_rc(&name),
                role: FrameRole::Function,
                owner: 0,
            },
            EventKind::FrameLeave { .. } => Kind::FrameLeave {
                frame: 0,
                how: LeaveHow::Return,
            },
            EventKind::Output { text } => return self.output(line, &text),
            EventKind::Exception {
                type_name,
                message,
                caught,
            } => Kind::Exception {
                ty: strings.intern_rc(&type_name),
                msg: strings.intern_rc(&message),
                caught,
            },
            EventKind::AIter { iter, type_name } => {
                let ty = strings.intern_rc(&type_name);
                let iter = self.fresh_object_id(iter);
                self.tracked.insert(iter, None);
                Kind::AIter { iter, ty }
            }
            EventKind::AnextCall { iter } => {
                let iter = self.object_id(iter);
                self.open_anext.insert(iter, line);
                Kind::AnextCall { iter }
            }
            EventKind::AnextValue { iter, value } => {
                let iter = self.object_id(iter);
                let Some(line) = self.open_anext.remove(iter) else {
                    return;
                };
                let value = ShortVal::Text(self.log.strings.intern_rc(&value));
                return self.push(line, Kind::AnextValue { iter, value });
            }
            EventKind::StopAsyncIteration { iter } => return self.anext_stopped(iter, line),
            EventKind::IterClosed { iter } => Kind::IterClosed {
                iter: self.object_id(iter),
            },
            EventKind::AwaitSuspend { awaiting } => Kind::AwaitSuspend {
                awaiting: strings.intern_rc(&awaiting),
            },
            EventKind::AwaitResume => Kind::AwaitResume,
            EventKind::TaskCreated { name } => Kind::TaskCreated {
                name: strings.intern_rc(&name),
            },
            EventKind::TaskReady { name } => Kind::TaskReady {
                name: strings.intern_rc(&name),
            },
            EventKind::TaskSwitch { name } => {
                self.task = name;
                Kind::TaskSwitch {
                    name: self.task_sym(),
                }
            }
            EventKind::TaskDone { name, result } => Kind::TaskDone {
                name: strings.intern_rc(&name),
                result: strings.intern_rc(&result),
                failed: false,
            },
            EventKind::TaskFailed { name, exception } => Kind::TaskDone {
                name: strings.intern_rc(&name),
                result: strings.intern_rc(&exception),
                failed: true,
            },
            EventKind::Timer { when } => Kind::Timer { when },
            EventKind::TimerDone { when } => Kind::TimerDone { when },
            EventKind::Clock => Kind::Clock,
            EventKind::ObjState {
                obj,
                type_name,
                desc,
            } => {
                let (ty, desc) = (strings.intern_rc(&type_name), strings.intern_rc(&desc));
                Kind::ObjState {
                    obj: self.object_id(obj),
                    ty,
                    desc,
                }
            }
        };
        self.push(line, stored);
    }

    /// Program output.
    pub fn output(&mut self, line: u32, text: &str) {
        if !self.enabled || text.is_empty() || self.log.event_count() >= self.max_events {
            return;
        }
        let start = self.log.output.len() as u32;
        self.log.append_output(text);
        self.push(
            line,
            Kind::Output {
                start,
                len: text.len() as u32,
            },
        );
    }

    /// The top frame `frame` (a per-run frame id) reached `line`.
    #[inline]
    pub fn line(&mut self, frame: u32, line: u32) {
        self.push(line, Kind::Line { frame });
    }

    /// `frame` is being pushed. Gives it a per-run id on its first entry (and then records
    /// its bound parameters as stores); a resumed generator keeps its id.
    pub fn frame_enter(&mut self, frame: &mut Frame) {
        if !self.enabled {
            return;
        }
        if !self.enter_plain_frame(frame) {
            self.enter_any_frame(frame);
        }
    }

    /// [`Recorder::frame_enter`] of a frame entered for the first time that is a plain
    /// function's or the module's (no generator, driver or class body) and binds no list,
    /// dict or set, with room under the event cap for all its events: the same events,
    /// written with one look at the code's names. False (nothing done) for any other frame.
    #[inline]
    fn enter_plain_frame(&mut self, frame: &mut Frame) -> bool {
        if frame.rec_id != 0
            || frame.driver
            || frame.gen.is_some()
            || frame.locals.is_some()
            || self.log.event_count() + 1 + frame.fast.len() > self.max_events
            || frame.fast.iter().flatten().any(live::is_watched_kind)
        {
            return false;
        }
        let Recorder {
            code_names,
            log,
            instance_names,
            now,
            task,
            task_cache,
            next_frame,
            globals_frame,
            ..
        } = self;
        let names = code_names.slot(&frame.code);
        if names.internal {
            return true;
        }
        // Interned in `frame_enter`'s order: the function's name, then the task's.
        let func = names.qualname(&frame.code, &mut log.strings);
        let task = task_sym(task, task_cache, &mut log.strings);
        let id = *next_frame;
        frame.rec_id = id;
        *next_frame += 1;
        let role = if &*frame.code.name == "<module>" {
            if *globals_frame == 0 {
                *globals_frame = id;
            }
            FrameRole::Module
        } else {
            FrameRole::Function
        };
        let line = frame.line();
        let t = *now;
        log.events.push(Event {
            t,
            task,
            line,
            kind: Kind::FrameEnter {
                frame: id,
                func,
                role,
                owner: 0,
            },
        });
        for (i, slot) in frame.fast.iter().enumerate() {
            let Some(v) = slot else { continue };
            let Some(name) = names.varname(&frame.code, i, &mut log.strings) else {
                break;
            };
            let value = match short_repr::immediate(v) {
                Some(short) => short,
                None => instance_names.short_val(v, &mut log.strings),
            };
            log.events.push(Event {
                t,
                task,
                line,
                kind: Kind::Store {
                    frame: id,
                    name,
                    value,
                },
            });
        }
        true
    }

    /// [`Recorder::frame_enter`] of any frame.
    fn enter_any_frame(&mut self, frame: &mut Frame) {
        if self.code_names.slot(&frame.code).internal {
            return;
        }
        let first = frame.rec_id == 0;
        if first {
            frame.rec_id = self.next_frame;
            self.next_frame += 1;
        }
        let role = if frame.driver {
            FrameRole::Driver
        } else if let Some(g) = &frame.gen {
            match g.kind {
                GenKind::Generator => FrameRole::Generator,
                GenKind::Coroutine => FrameRole::Coroutine,
                GenKind::AsyncGenerator => FrameRole::AsyncGenerator,
            }
        } else if frame.locals.is_some() {
            FrameRole::Class
        } else if &*frame.code.name == "<module>" {
            FrameRole::Module
        } else {
            FrameRole::Function
        };
        if role == FrameRole::Module && self.globals_frame == 0 {
            self.globals_frame = frame.rec_id;
        }
        let owner = match &frame.gen {
            Some(g) if g.kind == GenKind::AsyncGenerator => self.object_id(g.id),
            _ => 0,
        };
        let func = self
            .code_names
            .slot(&frame.code)
            .qualname(&frame.code, &mut self.log.strings);
        let id = frame.rec_id;
        self.push(
            frame.line(),
            Kind::FrameEnter {
                frame: id,
                func,
                role,
                owner,
            },
        );
        if first {
            self.record_parameters(frame);
        }
    }

    /// The stores of a newly entered frame's bound parameters (its locals bound at entry);
    /// a list, dict or set among them becomes watched.
    fn record_parameters(&mut self, frame: &Frame) {
        let line = frame.line();
        let id = frame.rec_id;
        for (watch_slot, slot) in (0u32..).zip(frame.fast.iter()) {
            if let Some(v) = slot {
                let Some(name) = self.code_names.varname(
                    &frame.code,
                    watch_slot as usize,
                    &mut self.log.strings,
                ) else {
                    break;
                };
                let value = self.instance_names.short_val(v, &mut self.log.strings);
                if live::is_watched_kind(v) {
                    self.watch_fast(id, watch_slot, name, v, value);
                }
                self.push(
                    line,
                    Kind::Store {
                        frame: id,
                        name,
                        value,
                    },
                );
            }
        }
    }

    /// `frame` was popped, for the reason `how`.
    #[inline]
    pub fn frame_leave(&mut self, frame: &Frame, how: LeaveHow) {
        if self.enabled && frame.rec_id != 0 {
            if how.is_final() {
                self.unwatch_frame(frame.rec_id);
            }
            self.push(
                frame.line(),
                Kind::FrameLeave {
                    frame: frame.rec_id,
                    how,
                },
            );
        }
    }

    /// `name` was bound to `value` in `frame` (a per-run frame id).
    pub fn store(&mut self, frame: u32, line: u32, name: &Rc<str>, value: &Value) {
        if !self.enabled || frame == 0 {
            return;
        }
        let name = self.log.strings.intern_name(name);
        let value = self.store_repr(value);
        self.push(line, Kind::Store { frame, name, value });
    }

    /// Fast local `slot` of `frame` (a per-run frame id) running `code` was bound to `value`
    /// (watched if it is a container, see `live`).
    pub fn store_fast(
        &mut self,
        frame: u32,
        line: u32,
        code: &Rc<crate::compiler::CodeObject>,
        slot: u32,
        value: &Value,
    ) {
        if !self.enabled || frame == 0 {
            return;
        }
        let Some(name) = self
            .code_names
            .varname(code, slot as usize, &mut self.log.strings)
        else {
            return;
        };
        let value_short = match short_repr::immediate(value) {
            Some(short) => short,
            None => self.store_repr(value),
        };
        // A watch to add, update or drop (an immediate rebinding a watched local).
        if live::is_watched_kind(value) || self.watches.any_frame_watched() {
            self.watch_fast(frame, slot, name, value, value_short);
        }
        self.push(
            line,
            Kind::Store {
                frame,
                name,
                value: value_short,
            },
        );
    }

    /// A module-level global was bound from any frame.
    pub fn store_global(&mut self, line: u32, name: &Rc<str>, value: &Value) {
        let frame = self.globals_frame;
        if !self.enabled || frame == 0 {
            return;
        }
        let sym = self.log.strings.intern_name(name);
        let short = self.store_repr(value);
        self.watch_global(name, sym, value, short);
        self.push(
            line,
            Kind::Store {
                frame,
                name: sym,
                value: short,
            },
        );
    }

    /// `name` was deleted in `frame`.
    pub fn delete(&mut self, frame: u32, line: u32, name: &Rc<str>) {
        if self.enabled && frame != 0 {
            let name = self.log.strings.intern_name(name);
            self.push(line, Kind::Delete { frame, name });
        }
    }

    /// The async iterator `it` is about to be asked for a value: ties its per-run id to
    /// the instance (see `tracked`).
    pub fn track_iterator(&mut self, it: &Value) {
        let Value::Instance(inst) = it else { return };
        let Some(id) = self.id_of(it.id() as u64) else {
            return;
        };
        if let Some(slot @ None) = self.tracked.get_mut(&id) {
            *slot = Some(Rc::downgrade(inst));
        }
    }

    /// An attribute of `obj` was set; recorded only for tracked async iterators.
    pub fn attr_store(&mut self, obj: &Value, line: u32, name: &Rc<str>, value: &Value) {
        if !self.enabled {
            return;
        }
        let Value::Instance(inst) = obj else { return };
        let Some(id) = self.id_of(obj.id() as u64) else {
            return;
        };
        match self.tracked.get_mut(&id) {
            None => return,
            Some(slot @ None) => *slot = Some(Rc::downgrade(inst)),
            Some(Some(weak)) if !std::ptr::eq(weak.as_ptr(), Rc::as_ptr(inst)) => return,
            Some(Some(_)) => {}
        }
        if self.tracked.len() > 2 * self.tracked_purged + 64 {
            self.tracked
                .retain(|_, w| w.as_ref().is_none_or(|w| w.strong_count() > 0));
            self.tracked_purged = self.tracked.len();
        }
        let key = name;
        let name = self.log.strings.intern_name(key);
        let short = short_repr::short_val(value, &mut self.log.strings);
        self.watch_field(id, key, name, value, short);
        let value = short;
        self.push(
            line,
            Kind::AttrStore {
                obj: id,
                name,
                value,
            },
        );
    }

    /// The async iterator `it` (VM id `iter`) was obtained (`aiter()`, `async for`): an
    /// `aiter` event, under the id it already has if it is the same object (an async
    /// generator passed to `aiter()` and then to `async for`), else under a fresh id.
    pub fn aiter(&mut self, iter: u64, it: &Value, line: u32) {
        if !self.enabled {
            return;
        }
        let known = self.id_of(iter).filter(|id| match it {
            Value::Gen(_) => true,
            Value::Instance(inst) => self
                .tracked
                .get(id)
                .and_then(|w| w.as_ref())
                .is_some_and(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(inst))),
            _ => false,
        });
        let id = match known {
            Some(id) => id,
            None => {
                let id = self.fresh_object_id(iter);
                self.tracked.insert(id, None);
                id
            }
        };
        self.track_iterator(it);
        let ty = self.log.strings.intern_rc(&it.type_name());
        self.push(line, Kind::AIter { iter: id, ty });
        self.snapshot_fields(id, it, line);
    }

    /// The attributes a class-based iterator already has when it is first seen (set in
    /// `__init__`): attribute stores, so its fields panel starts complete.
    fn snapshot_fields(&mut self, id: u32, it: &Value, line: u32) {
        let Value::Instance(inst) = it else { return };
        let attrs: Vec<(Rc<str>, Value)> = inst.dict.items();
        for (key, v) in attrs {
            let name = self.log.strings.intern_rc(&key);
            let value = short_repr::short_val(&v, &mut self.log.strings);
            self.watch_field(id, &key, name, &v, value);
            self.push(
                line,
                Kind::AttrStore {
                    obj: id,
                    name,
                    value,
                },
            );
        }
    }

    /// An `__anext__` call on the async iterator `it` (VM id `iter`) starts at `line`: an
    /// `aiter` event first if the iterator was never seen (`anext(agen())` without `aiter`),
    /// then `anext_call`, and the call is open until a value, a stop or an error ends it.
    pub fn anext_call(&mut self, iter: u64, it: &Value, line: u32) {
        if !self.enabled {
            return;
        }
        // A known instance must still be the same object: an exhausted iterator is no longer
        // tracked, and a new object may live at its address. A tie not yet made is made
        // here (what `track_iterator` does).
        let known = match (self.id_of(iter), it) {
            (Some(id), Value::Instance(inst)) => match self.tracked.get_mut(&id) {
                Some(slot @ None) => {
                    *slot = Some(Rc::downgrade(inst));
                    Some(id)
                }
                Some(Some(w)) if std::ptr::eq(w.as_ptr(), Rc::as_ptr(inst)) => Some(id),
                _ => None,
            },
            (known, _) => known,
        };
        let id = match known {
            Some(id) => id,
            None => {
                let ty = self.log.strings.intern_rc(&it.type_name());
                let id = self.fresh_object_id(iter);
                self.tracked.insert(id, None);
                self.push(line, Kind::AIter { iter: id, ty });
                self.snapshot_fields(id, it, line);
                self.track_iterator(it);
                id
            }
        };
        self.open_anext.insert(id, line);
        self.push(line, Kind::AnextCall { iter: id });
    }

    /// True if an `__anext__` call of the iterator with VM id `iter` is open.
    pub fn anext_open(&self, iter: u64) -> bool {
        self.ids
            .get(&iter)
            .is_some_and(|id| self.open_anext.contains(*id))
    }

    /// The open `__anext__` call on the iterator with VM id `iter` delivered `value`
    /// (recorded at the line of the call; nothing if no call is open).
    pub fn anext_value(&mut self, iter: u64, value: &Value) {
        // No call open (the commonest case at `AnextDelivered`, after the `__anext__`
        // coroutine's return delivered the value): nothing to look up.
        if !self.enabled || self.open_anext.is_empty() {
            return;
        }
        let Some(id) = self.id_of(iter) else {
            return;
        };
        let Some(line) = self.open_anext.remove(id) else {
            return;
        };
        let value = short_repr::short_val(value, &mut self.log.strings);
        self.push(line, Kind::AnextValue { iter: id, value });
    }

    /// The open `__anext__` call on the iterator with VM id `iter` ended the iteration
    /// (StopAsyncIteration; nothing if no call is open).
    pub fn anext_stopped(&mut self, iter: u64, line: u32) {
        if !self.enabled {
            return;
        }
        let Some(id) = self.id_of(iter) else {
            return;
        };
        let Some(call_line) = self.open_anext.remove(id) else {
            return;
        };
        // Exhausted: its attributes no longer matter, and its address may be reused.
        self.tracked.remove(&id);
        self.unwatch_fields(id);
        let line = if call_line != 0 { call_line } else { line };
        self.push(line, Kind::StopAsyncIteration { iter: id });
    }

    /// The open `__anext__` call on the iterator with VM id `iter` raised another exception
    /// (the `exception` event tells which): the call is over.
    pub fn anext_failed(&mut self, iter: u64) {
        if let Some(id) = self.id_of(iter) {
            self.open_anext.remove(id);
        }
    }

    /// The coroutine with VM id `coro` runs an `__anext__` call of the iterator `iter`: its
    /// return delivers the value, its StopAsyncIteration ends the iteration.
    pub fn register_anext_coroutine(&mut self, coro: u64, iter: u64) {
        if self.enabled {
            self.anext_coros.insert(coro, iter);
        }
    }

    /// The non-coroutine awaitable `obj` was returned by an `__anext__` call of the iterator
    /// with VM id `iter` (kept weakly: a dead object's address may be reused).
    pub fn register_anext_awaitable(&mut self, obj: &Rc<Instance>, iter: u64) {
        if self.enabled {
            self.anext_awaitables
                .retain(|_, (w, _)| w.strong_count() > 0);
            self.anext_awaitables
                .insert(Rc::as_ptr(obj) as usize as u64, (Rc::downgrade(obj), iter));
        }
    }

    /// The iterator whose `__anext__` call returned the awaitable `obj` (unregisters it).
    pub fn take_anext_awaitable(&mut self, obj: &Rc<Instance>) -> Option<u64> {
        if self.anext_awaitables.is_empty() {
            return None;
        }
        let key = Rc::as_ptr(obj) as usize as u64;
        let (w, iter) = self.anext_awaitables.remove(&key)?;
        w.upgrade().filter(|o| Rc::ptr_eq(o, obj)).map(|_| iter)
    }

    /// True if the coroutine with VM id `coro` is a registered `__anext__` call.
    pub fn is_anext_coroutine(&self, coro: u64) -> bool {
        self.anext_coros.contains_key(&coro)
    }

    /// The iterator whose `__anext__` call the finished coroutine `coro` was (unregisters it).
    pub fn finish_anext_coroutine(&mut self, coro: u64) -> Option<u64> {
        if self.anext_coros.is_empty() {
            return None;
        }
        self.anext_coros.remove(&coro)
    }

    /// Records that the exception `exc` was caught at `line` (once per exception, however
    /// many handler sites report it).
    pub fn caught(&mut self, exc: &Rc<Instance>, line: u32, ty: &Rc<str>, msg: &str) {
        if !self.enabled
            || self
                .caught_recently
                .iter()
                .any(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(exc)))
        {
            return;
        }
        self.caught_recently[self.caught_slot] = Rc::downgrade(exc);
        self.caught_slot = (self.caught_slot + 1) % self.caught_recently.len();
        let ty = self.log.strings.intern_rc(ty);
        let msg = self.log.strings.intern(msg);
        self.push(
            line,
            Kind::Exception {
                ty,
                msg,
                caught: true,
            },
        );
    }

    /// The virtual clock moved to `t`: sets [`Recorder::now`] and records a `clock` event.
    pub fn clock(&mut self, t: f64) {
        self.now = t;
        self.push(0, Kind::Clock);
    }

    /// The run ended (appended by the session; bypasses `max_events` so a log always ends
    /// with its reason).
    pub fn end(&mut self, reason: EndReason, message: &str) {
        if !self.enabled {
            return;
        }
        let msg = self.log.strings.intern(message);
        let task = self.task_sym();
        self.log.events.push(Event {
            t: self.now,
            task,
            line: 0,
            kind: Kind::End { reason, msg },
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_output_character_index_matches_counting() {
        let mut log = Log::default();
        // Multi-byte characters straddle the chunk boundaries.
        for i in 0..5000 {
            log.append_output(if i % 3 == 0 { "é→x\n" } else { "tick\n" });
        }
        let text = log.output.clone();
        for byte in [0, 1, 4095, 4096, 4097, 12_345, text.len() - 1, text.len()] {
            let byte = (0..=byte)
                .rev()
                .find(|&b| text.is_char_boundary(b))
                .unwrap();
            let chars = text[..byte].chars().count() as u64;
            assert_eq!(log.output_chars_before(byte), chars, "at byte {byte}");
            assert_eq!(log.output_byte_of_char(chars), byte, "char {chars}");
        }
        let total = text.chars().count() as u64;
        assert_eq!(log.output_byte_of_char(total + 10), text.len());
        log.clear_events();
        assert_eq!(log.output_chars_before(100), 0);
    }
}
