//! The state after a prefix of the log, kept compact (interned ids, short values) and
//! advanced one event at a time. Keyframes are clones of it; the state at step N is the
//! nearest keyframe with the events up to N applied.

use rustc_hash::FxHashMap;

use super::archive::Archive;
use crate::event::{EndReason, Event, FrameRole, Kind, LeaveHow, ShortVal};
use crate::intern::Sym;

/// Life-cycle of an async iterator as the state panels show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IterStatus {
    /// Obtained, no `__anext__` call yet.
    Created,
    /// An `__anext__` call (or the async generator's frame) is running.
    Running,
    /// Between calls: an async generator suspended at `yield`, or a class-based iterator
    /// that delivered its value.
    Suspended,
    /// An `__anext__` call is waiting on an await.
    Awaiting,
    /// `StopAsyncIteration` ended it (or its frame returned or raised).
    Exhausted,
    /// Closed by `aclose()` or finalization.
    Closed,
}

impl IterStatus {
    /// The word used by the UI and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            IterStatus::Created => "created",
            IterStatus::Running => "running",
            IterStatus::Suspended => "suspended",
            IterStatus::Awaiting => "awaiting",
            IterStatus::Exhausted => "exhausted",
            IterStatus::Closed => "closed",
        }
    }
}

/// A frame's folded state.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FrameFold {
    pub func: Sym,
    pub role: FrameRole,
    pub owner: u32,
    pub line: u32,
    pub locals: Vec<(Sym, ShortVal)>,
    /// Left the VM stack at an await or a yield, and may be resumed.
    pub suspended: bool,
}

/// A task's folded state; index 0 is the main program (name: the empty string).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TaskFold {
    pub name: Sym,
    /// Creation order (the main program is 0).
    pub order: u32,
    /// Frame ids, outermost first.
    pub stack: Vec<u32>,
    /// What it awaits (`Sym::EMPTY`: nothing).
    pub awaiting: Sym,
    /// Result or exception text, once done.
    pub result: Option<(Sym, bool)>,
}

/// An async iterator's folded state.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct IterFold {
    pub id: u32,
    pub ty: Sym,
    pub status: IterStatus,
    pub delivered: u32,
    pub last_value: Option<ShortVal>,
    /// Attributes of a class-based iterator.
    pub fields: Vec<(Sym, ShortVal)>,
    /// The async generator's frame (0: none seen yet).
    pub frame: u32,
}

/// A queue, event or lock.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ObjFold {
    pub id: u32,
    pub ty: Sym,
    pub desc: Sym,
}

/// The state after the first `applied` events.
#[derive(Debug, Clone)]
pub(crate) struct Fold {
    pub applied: usize,
    pub t: f64,
    pub task: Sym,
    pub line: u32,
    pub tasks: Vec<TaskFold>,
    /// Finished tasks moved out of `tasks` (see `retire_finished`).
    pub done_tasks: Archive<TaskFold>,
    /// Tasks created so far, the main program included.
    pub task_count: u32,
    pub frames: FxHashMap<u32, FrameFold>,
    pub iters: Vec<IterFold>,
    /// Exhausted or closed iterators moved out of `iters`.
    pub done_iters: Archive<IterFold>,
    pub timers: Vec<f64>,
    pub ready: Vec<Sym>,
    pub objects: Vec<ObjFold>,
    pub output_len: usize,
    pub exception: Option<(Sym, Sym, bool)>,
    pub end: Option<(EndReason, Sym)>,
    /// `__anext__` calls in progress: (task, iterator).
    pub pending_anext: Vec<(Sym, u32)>,
}

/// Finished iterators (and tasks) kept live before older ones move to the archive.
const KEEP_FINISHED: usize = 32;

fn upsert(list: &mut Vec<(Sym, ShortVal)>, name: Sym, value: ShortVal) {
    match list.iter_mut().find(|(n, _)| *n == name) {
        Some(slot) => slot.1 = value,
        None => list.push((name, value)),
    }
}

impl Fold {
    /// The state before any event.
    pub fn new() -> Fold {
        Fold {
            applied: 0,
            t: 0.0,
            task: Sym::EMPTY,
            line: 0,
            tasks: vec![TaskFold {
                name: Sym::EMPTY,
                order: 0,
                stack: Vec::new(),
                awaiting: Sym::EMPTY,
                result: None,
            }],
            done_tasks: Archive::default(),
            task_count: 1,
            frames: FxHashMap::default(),
            iters: Vec::new(),
            done_iters: Archive::default(),
            timers: Vec::new(),
            ready: Vec::new(),
            objects: Vec::new(),
            output_len: 0,
            exception: None,
            end: None,
            pending_anext: Vec::new(),
        }
    }

    fn task_index(&mut self, name: Sym) -> usize {
        match self.tasks.iter().rposition(|t| t.name == name) {
            Some(i) => i,
            None => {
                let order = self.task_count;
                self.task_count += 1;
                self.tasks.push(TaskFold {
                    name,
                    order,
                    stack: Vec::new(),
                    awaiting: Sym::EMPTY,
                    result: None,
                });
                self.tasks.len() - 1
            }
        }
    }

    /// Moves finished iterators and tasks to the archives once more than `KEEP_FINISHED`
    /// of them pile up, keeping the most recent ones live (late events about them, like an
    /// `aclose()` after exhaustion, still find them).
    fn retire_finished(&mut self) {
        let finished = self
            .iters
            .iter()
            .filter(|i| matches!(i.status, IterStatus::Exhausted | IterStatus::Closed))
            .count();
        if finished > KEEP_FINISHED {
            let mut to_move = finished - KEEP_FINISHED / 2;
            let mut live = Vec::with_capacity(self.iters.len());
            for it in self.iters.drain(..) {
                if to_move > 0 && matches!(it.status, IterStatus::Exhausted | IterStatus::Closed) {
                    to_move -= 1;
                    self.done_iters.push(it);
                } else {
                    live.push(it);
                }
            }
            self.iters = live;
        }
        let done = self
            .tasks
            .iter()
            .skip(1)
            .filter(|t| t.result.is_some())
            .count();
        if done > KEEP_FINISHED {
            let mut to_move = done - KEEP_FINISHED / 2;
            let mut live = Vec::with_capacity(self.tasks.len());
            for (i, t) in self.tasks.drain(..).enumerate() {
                if i > 0 && to_move > 0 && t.result.is_some() {
                    to_move -= 1;
                    self.done_tasks.push(t);
                } else {
                    live.push(t);
                }
            }
            self.tasks = live;
        }
    }

    fn iter_mut(&mut self, id: u32) -> Option<&mut IterFold> {
        self.iters.iter_mut().find(|i| i.id == id)
    }

    /// The iterator an event names, or the one whose `__anext__` the task is running.
    fn resolve_iter(&self, iter: u32, task: Sym) -> u32 {
        if iter != 0 {
            return iter;
        }
        self.pending_anext
            .iter()
            .rev()
            .find(|(t, _)| *t == task)
            .map_or(0, |p| p.1)
    }

    fn finish_anext(&mut self, task: Sym, iter: u32) {
        if let Some(i) = self
            .pending_anext
            .iter()
            .rposition(|p| p.0 == task && p.1 == iter)
        {
            self.pending_anext.remove(i);
        }
    }

    fn set_pending_status(&mut self, task: Sym, from: IterStatus, to: IterStatus) {
        let Some(&(_, iter)) = self.pending_anext.iter().rev().find(|p| p.0 == task) else {
            return;
        };
        if let Some(it) = self.iter_mut(iter) {
            if it.status == from {
                it.status = to;
            }
        }
    }

    /// Applies one event.
    pub fn apply(&mut self, e: &Event) {
        self.applied += 1;
        self.t = e.t;
        self.task = e.task;
        if e.line != 0 {
            self.line = e.line;
        }
        let ti = self.task_index(e.task);
        match e.kind {
            Kind::Line { frame } => {
                let frame = if frame == 0 {
                    self.tasks[ti].stack.last().copied().unwrap_or(0)
                } else {
                    frame
                };
                if let Some(f) = self.frames.get_mut(&frame) {
                    f.line = e.line;
                }
            }
            Kind::FrameEnter {
                frame,
                func,
                role,
                owner,
            } => {
                if frame == 0 {
                    return;
                }
                let f = self.frames.entry(frame).or_insert(FrameFold {
                    func,
                    role,
                    owner,
                    line: e.line,
                    locals: Vec::new(),
                    suspended: false,
                });
                f.line = e.line;
                f.suspended = false;
                let stack = &mut self.tasks[ti].stack;
                if !stack.contains(&frame) {
                    stack.push(frame);
                }
                if owner != 0 {
                    if let Some(it) = self.iter_mut(owner) {
                        it.frame = frame;
                        if it.status != IterStatus::Closed {
                            it.status = IterStatus::Running;
                        }
                    }
                }
            }
            Kind::FrameLeave { frame, how } => {
                if frame == 0 {
                    return;
                }
                let owner = self.frames.get(&frame).map_or(0, |f| f.owner);
                if how != LeaveHow::Await {
                    let stack = &mut self.tasks[ti].stack;
                    if let Some(i) = stack.iter().rposition(|&f| f == frame) {
                        stack.remove(i);
                    }
                }
                if how.is_final() {
                    self.frames.remove(&frame);
                } else if let Some(f) = self.frames.get_mut(&frame) {
                    f.suspended = true;
                }
                // Inside an `__anext__` call the await_suspend event marks the iterator
                // awaiting (with what); an async generator frame that ends outside one is
                // being closed (aclose/athrow, finalization).
                let in_call = self.pending_anext.iter().any(|&(_, i)| i == owner);
                if let Some(it) = self.iter_mut(owner) {
                    it.status = match (how, it.status) {
                        (_, IterStatus::Closed) => IterStatus::Closed,
                        (LeaveHow::Yield, _) => IterStatus::Suspended,
                        (LeaveHow::Await, s) if in_call => s,
                        (LeaveHow::Await, _) => IterStatus::Awaiting,
                        _ if in_call => IterStatus::Exhausted,
                        _ => IterStatus::Closed,
                    };
                }
            }
            Kind::Store { frame, name, value } => {
                if let Some(f) = self.frames.get_mut(&frame) {
                    upsert(&mut f.locals, name, value);
                }
            }
            Kind::Delete { frame, name } => {
                if let Some(f) = self.frames.get_mut(&frame) {
                    f.locals.retain(|(n, _)| *n != name);
                }
            }
            Kind::AttrStore { obj, name, value } => {
                if let Some(it) = self.iter_mut(obj) {
                    upsert(&mut it.fields, name, value);
                }
            }
            Kind::Output { len, .. } => self.output_len += len as usize,
            Kind::Exception { ty, msg, caught } => self.exception = Some((ty, msg, caught)),
            Kind::AIter { iter, ty } => {
                if self.iter_mut(iter).is_none() {
                    self.iters.push(IterFold {
                        id: iter,
                        ty,
                        status: IterStatus::Created,
                        delivered: 0,
                        last_value: None,
                        fields: Vec::new(),
                        frame: 0,
                    });
                }
            }
            Kind::AnextCall { iter } => {
                if let Some(it) = self.iter_mut(iter) {
                    if !matches!(it.status, IterStatus::Exhausted | IterStatus::Closed) {
                        it.status = IterStatus::Running;
                    }
                }
                self.pending_anext.push((e.task, iter));
            }
            Kind::AnextValue { iter, value } => {
                let iter = self.resolve_iter(iter, e.task);
                self.finish_anext(e.task, iter);
                if let Some(it) = self.iter_mut(iter) {
                    it.status = IterStatus::Suspended;
                    it.delivered += 1;
                    it.last_value = Some(value);
                }
            }
            Kind::StopAsyncIteration { iter } => {
                let iter = self.resolve_iter(iter, e.task);
                self.finish_anext(e.task, iter);
                if let Some(it) = self.iter_mut(iter) {
                    if it.status != IterStatus::Closed {
                        it.status = IterStatus::Exhausted;
                    }
                }
            }
            Kind::IterClosed { iter } => {
                if let Some(it) = self.iter_mut(iter) {
                    it.status = IterStatus::Closed;
                }
            }
            Kind::AwaitSuspend { awaiting } => {
                self.tasks[ti].awaiting = awaiting;
                self.set_pending_status(e.task, IterStatus::Running, IterStatus::Awaiting);
            }
            Kind::AwaitResume => {
                self.tasks[ti].awaiting = Sym::EMPTY;
                self.set_pending_status(e.task, IterStatus::Awaiting, IterStatus::Running);
            }
            Kind::TaskCreated { name } | Kind::TaskReady { name } => {
                self.task_index(name);
                if !self.ready.contains(&name) {
                    self.ready.push(name);
                }
            }
            Kind::TaskSwitch { name } => {
                self.task_index(name);
                self.ready.retain(|&n| n != name);
            }
            Kind::TaskDone {
                name,
                result,
                failed,
            } => {
                let i = self.task_index(name);
                let t = &mut self.tasks[i];
                t.result = Some((result, failed));
                t.awaiting = Sym::EMPTY;
                self.ready.retain(|&n| n != name);
            }
            Kind::Timer { when } => {
                let at = self.timers.partition_point(|&w| w <= when);
                self.timers.insert(at, when);
            }
            Kind::TimerDone { when } => {
                if let Some(i) = self.timers.iter().position(|&w| w == when) {
                    self.timers.remove(i);
                }
            }
            Kind::Clock => {}
            Kind::ObjState { obj, ty, desc } => match self.objects.iter_mut().find(|o| o.id == obj)
            {
                Some(o) => o.desc = desc,
                None => self.objects.push(ObjFold { id: obj, ty, desc }),
            },
            Kind::End { reason, msg } => self.end = Some((reason, msg)),
        }
        if matches!(
            e.kind,
            Kind::StopAsyncIteration { .. }
                | Kind::IterClosed { .. }
                | Kind::TaskDone { .. }
                | Kind::FrameLeave {
                    how: LeaveHow::Return | LeaveHow::Raise,
                    ..
                }
        ) {
            self.retire_finished();
        }
    }
}

impl Fold {
    /// An estimate of the heap bytes of the archives (finished iterators and tasks).
    pub(crate) fn archive_bytes(&self) -> usize {
        let iters: usize = self
            .done_iters
            .iter()
            .map(|i| 16 + std::mem::size_of_val(i) + i.fields.capacity() * 24)
            .sum();
        let tasks: usize = self
            .done_tasks
            .iter()
            .map(|t| 16 + std::mem::size_of_val(t) + t.stack.capacity() * 4)
            .sum();
        iters + tasks
    }

    /// An estimate of the heap bytes (without the shared archives).
    pub(crate) fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let frames: usize = self
            .frames
            .values()
            .map(|fr| 64 + fr.locals.capacity() * 24)
            .sum();
        let tasks: usize = self.tasks.iter().map(|t| 48 + t.stack.capacity() * 4).sum();
        let iters: usize = self
            .iters
            .iter()
            .map(|i| 64 + i.fields.capacity() * 24)
            .sum();
        size_of::<Fold>()
            + frames
            + tasks
            + iters
            + self.timers.capacity() * 8
            + self.ready.capacity() * 4
            + self.objects.capacity() * 12
    }
}
