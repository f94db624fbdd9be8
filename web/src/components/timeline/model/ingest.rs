//! Reading the event log into anchors, lanes and marks, one new event at a time.

use std::collections::HashMap;

use aiterscope_trace::short::format_short;
use aiterscope_trace::{Event, FrameRole, Kind, Log, Sym};

use super::geometry::{next_time_x, Anchor};
use super::marks::{Lane, LaneKey, Mark, Shape};
use super::TimelineModel;

/// Characters of a value's repr drawn on its marble (the tooltip has the rest).
const MARBLE_LABEL_CHARS: usize = 10;
/// Characters of output text kept for the tooltip.
const OUTPUT_DETAIL_CHARS: usize = 80;
/// Exceptions that are the iteration protocol's own signals, not errors (the
/// `stop_async_iteration` mark already shows the one that matters).
const PROTOCOL_EXCEPTIONS: [&str; 3] = ["StopAsyncIteration", "StopIteration", "GeneratorExit"];

/// The reading's bookkeeping: which spans are open and which task runs.
#[derive(Debug, Default)]
pub(super) struct Tracks {
    tasks: HashMap<Sym, TaskTrack>,
    iters: HashMap<u32, IterTrack>,
    running: Option<Sym>,
    /// Exceptions drawn and not caught yet, as (type, message): awaiting a failed task and
    /// leaving `asyncio.run` re-report them in other tasks and frames.
    uncaught: Vec<(Sym, Sym)>,
}

/// A task's open spans.
#[derive(Debug, Default)]
struct TaskTrack {
    ready: Option<u32>,
    running: Option<u32>,
    waiting: Option<u32>,
    /// The exception last drawn for it, until caught (later frames re-report it).
    raised: Option<(Sym, Sym)>,
    /// True once its lane label names its coroutine (or decided not to).
    named: bool,
    /// True once it finished (events still naming it ran outside any task).
    done: bool,
}

/// An iterator's open `__anext__` calls.
#[derive(Debug, Default)]
struct IterTrack {
    /// Open calls: (mark id, calling task).
    open: Vec<(u32, Sym)>,
    /// True once its label names the async generator function.
    named: bool,
    /// The last value's marble.
    last_marble: Option<u32>,
}

/// Cuts `text` to `max` characters, ending with `…` when it was longer.
pub(super) fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_string(),
        Some(_) => {
            let end = text
                .char_indices()
                .nth(max - 1)
                .map_or(text.len(), |(i, _)| i);
            format!("{}…", &text[..end])
        }
    }
}

impl TimelineModel {
    /// Reads the events of `log` recorded since the last call. A log shorter than what was
    /// read means a different run: call [`TimelineModel::new`] for a new session instead.
    pub fn sync(&mut self, log: &Log) {
        let events = &log.events;
        while self.ingested < events.len() {
            let step = self.ingested;
            let mut e = events[step];
            if self.tracks.tasks.get(&e.task).is_some_and(|t| t.done) {
                e.task = Sym::EMPTY;
            }
            let e = &e;
            self.task_names
                .entry(e.task)
                .or_insert_with(|| log.text(e.task).to_string());
            self.apply(log, step, e);
            self.ingested += 1;
        }
    }

    fn apply(&mut self, log: &Log, step: usize, e: &Event) {
        match e.kind {
            Kind::AIter { iter, ty } => {
                let lane = self.iter_lane(log, iter, Some(ty), step);
                let detail = format!("aiter() gave a {}", log.text(ty));
                self.point(lane, Shape::Obtained, step, e, String::new(), detail);
            }
            Kind::AnextCall { iter } => {
                let lane = self.iter_lane(log, iter, None, step);
                let id = self.open_span(lane, Shape::AnextBar, step, e, "", String::new());
                self.tracks
                    .iters
                    .entry(iter)
                    .or_default()
                    .open
                    .push((id, e.task));
            }
            Kind::FrameEnter {
                role: FrameRole::AsyncGenerator,
                owner,
                func,
                ..
            } if owner != 0 => self.async_generator_resumed(log, owner, func, step, e),
            Kind::FrameEnter {
                role: FrameRole::Coroutine,
                func,
                ..
            } => self.name_task(log, e.task, func),
            Kind::AnextValue { iter, value } => {
                let lane = self.iter_lane(log, iter, None, step);
                let anchor = self.anchor(step, e);
                self.close_anext(iter, e.task, anchor);
                let repr = format_short(value, &log.strings);
                let label = truncate(&repr, MARBLE_LABEL_CHARS);
                let id = self.point(lane, Shape::Marble, step, e, label, format!("value {repr}"));
                let track = self.tracks.iters.entry(iter).or_default();
                self.marks[id as usize].previous_marble = track.last_marble.replace(id);
            }
            Kind::StopAsyncIteration { iter } => {
                let lane = self.iter_lane(log, iter, None, step);
                let anchor = self.anchor(step, e);
                self.close_anext(iter, e.task, anchor);
                let detail = "raised StopAsyncIteration: the iteration is over".to_string();
                self.point(lane, Shape::Terminal, step, e, String::new(), detail);
            }
            Kind::IterClosed { iter } => {
                let lane = self.iter_lane(log, iter, None, step);
                let anchor = self.anchor(step, e);
                let open = std::mem::take(&mut self.tracks.iters.entry(iter).or_default().open);
                for (id, _) in open {
                    self.close_span(id, anchor);
                }
                let detail = "closed (aclose() or finalized)".to_string();
                self.point(lane, Shape::Closed, step, e, String::new(), detail);
            }
            Kind::Exception { ty, msg, caught } => self.exception(log, ty, msg, caught, step, e),
            Kind::AwaitSuspend { awaiting } => {
                let lane = self.task_lane(log, e.task, step);
                let anchor = self.anchor(step, e);
                let track = self.tracks.tasks.entry(e.task).or_default();
                let ended = [track.running.take(), track.waiting.take()];
                for id in ended.into_iter().flatten() {
                    self.close_span(id, anchor);
                }
                let what = log.text(awaiting);
                let id = self.open_span(
                    lane,
                    Shape::Await,
                    step,
                    e,
                    what,
                    format!("awaiting {what}"),
                );
                self.tracks.tasks.entry(e.task).or_default().waiting = Some(id);
            }
            Kind::AwaitResume => {
                let lane = self.task_lane(log, e.task, step);
                let anchor = self.anchor(step, e);
                let track = self.tracks.tasks.entry(e.task).or_default();
                if let Some(id) = track.waiting.take() {
                    self.close_span(id, anchor);
                }
                self.start_running(lane, e.task, step, e);
            }
            Kind::TaskCreated { name } => {
                let lane = self.task_lane(log, name, step);
                let detail = "created: waits in the ready queue for its first turn".to_string();
                let id = self.open_span(lane, Shape::Ready, step, e, "", detail);
                let track = self.tracks.tasks.entry(name).or_default();
                track.ready = Some(id);
                track.done = false;
            }
            Kind::TaskSwitch { name } => {
                let lane = self.task_lane(log, name, step);
                let anchor = self.anchor(step, e);
                if let Some(previous) = self.tracks.running.filter(|&p| p != name) {
                    if let Some(id) = self
                        .tracks
                        .tasks
                        .entry(previous)
                        .or_default()
                        .running
                        .take()
                    {
                        self.close_span(id, anchor);
                    }
                }
                self.tracks.running = Some(name);
                let track = self.tracks.tasks.entry(name).or_default();
                if let Some(id) = track.ready.take() {
                    self.close_span(id, anchor);
                }
                if self.tracks.tasks[&name].waiting.is_none() {
                    self.start_running(lane, name, step, e);
                }
            }
            Kind::TaskDone {
                name,
                result,
                failed,
            } => {
                let lane = self.task_lane(log, name, step);
                let anchor = self.anchor(step, e);
                let track = self.tracks.tasks.entry(name).or_default();
                track.done = true;
                let ended = [
                    track.ready.take(),
                    track.running.take(),
                    track.waiting.take(),
                ];
                for id in ended.into_iter().flatten() {
                    self.close_span(id, anchor);
                }
                let result = log.text(result);
                let detail = if failed {
                    format!("failed: {result}")
                } else {
                    format!("returned {result}")
                };
                let id = self.point(lane, Shape::Done, step, e, String::new(), detail);
                self.marks[id as usize].failed = failed;
            }
            Kind::Output { .. } => {
                let lane = self.task_lane(log, e.task, step);
                let text = log.output_of(&e.kind).trim_end_matches('\n');
                let detail = format!("printed {}", truncate(text, OUTPUT_DETAIL_CHARS));
                self.point(lane, Shape::Output, step, e, String::new(), detail);
            }
            _ => {}
        }
    }

    /// An async generator's frame was entered: names its lane, and starts an `__anext__` bar
    /// when no call was recorded (`anext(it, default)` runs it from a wrapper).
    fn async_generator_resumed(&mut self, log: &Log, iter: u32, func: Sym, step: usize, e: &Event) {
        let lane = self.iter_lane(log, iter, None, step);
        let track = self.tracks.iters.entry(iter).or_default();
        if !track.named {
            track.named = true;
            let func = log.text(func);
            let lane = &mut self.lanes[lane as usize];
            lane.label = crate::playback::generator_name(func, iter);
            lane.title = format!("async_generator {func} #{iter}");
        }
        if self.tracks.iters[&iter].open.is_empty() {
            let detail = "resumed without a recorded __anext__ call (anext() with a default, asend or athrow)".to_string();
            let id = self.open_span(lane, Shape::AnextBar, step, e, "", detail);
            self.tracks
                .iters
                .entry(iter)
                .or_default()
                .open
                .push((id, e.task));
        }
    }

    /// Names a task's lane after the first coroutine it runs, unless that is asyncio's own.
    fn name_task(&mut self, log: &Log, task: Sym, func: Sym) {
        if task == Sym::EMPTY {
            return;
        }
        let track = self.tracks.tasks.entry(task).or_default();
        if track.named {
            return;
        }
        track.named = true;
        let func = log.text(func);
        if !func.starts_with('_') {
            if let Some(&lane) = self.lane_index.get(&LaneKey::Task(task.0)) {
                let lane = &mut self.lanes[lane as usize];
                lane.label = format!("{} · {func}", log.text(task));
                lane.title = format!("task {} running {func}()", log.text(task));
            }
        }
    }

    /// Draws a raised exception once (not again for each frame it passes through).
    fn exception(&mut self, log: &Log, ty: Sym, msg: Sym, caught: bool, step: usize, e: &Event) {
        let track = self.tracks.tasks.entry(e.task).or_default();
        if caught {
            track.raised = None;
            self.tracks.uncaught.retain(|&pair| pair != (ty, msg));
            return;
        }
        let type_name = log.text(ty);
        let again = track.raised == Some((ty, msg)) || self.tracks.uncaught.contains(&(ty, msg));
        if PROTOCOL_EXCEPTIONS.contains(&type_name) || again {
            return;
        }
        track.raised = Some((ty, msg));
        self.tracks.uncaught.push((ty, msg));
        let message = log.text(msg);
        let detail = if message.is_empty() {
            type_name.to_string()
        } else {
            format!("{type_name}: {message}")
        };
        let lane = self.task_lane(log, e.task, step);
        self.point(lane, Shape::Cross, step, e, String::new(), detail);
    }

    /// Opens a running span for `task` unless one is open.
    fn start_running(&mut self, lane: u32, task: Sym, step: usize, e: &Event) {
        if self.tracks.tasks.entry(task).or_default().running.is_none() {
            let id = self.open_span(lane, Shape::Running, step, e, "", "running".to_string());
            self.tracks.tasks.entry(task).or_default().running = Some(id);
        }
    }

    /// Ends the `__anext__` call an outcome belongs to: the open call made by the same task,
    /// else the oldest open one.
    fn close_anext(&mut self, iter: u32, task: Sym, anchor: u32) {
        let open = &mut self.tracks.iters.entry(iter).or_default().open;
        let at = open
            .iter()
            .position(|&(_, caller)| caller == task)
            .or((!open.is_empty()).then_some(0));
        if let Some(at) = at {
            let (id, _) = open.remove(at);
            self.close_span(id, anchor);
        }
    }

    /// The anchor of the event at `step`, created on first use.
    fn anchor(&mut self, step: usize, e: &Event) -> u32 {
        let step = step as u32;
        if let Some(last) = self.anchors.last() {
            if last.step == step {
                return self.anchors.len() as u32 - 1;
            }
        }
        let x_time = next_time_x(self.anchors.last(), e.t);
        self.anchors.push(Anchor {
            step,
            t: e.t,
            x_time,
        });
        self.anchors.len() as u32 - 1
    }

    /// The lane of a task (created on first use).
    fn task_lane(&mut self, log: &Log, task: Sym, step: usize) -> u32 {
        let key = LaneKey::Task(task.0);
        if let Some(&lane) = self.lane_index.get(&key) {
            return lane;
        }
        let name = log.text(task).to_string();
        let (label, title) = if task == Sym::EMPTY {
            (
                "outside tasks".to_string(),
                "code outside any asyncio task".to_string(),
            )
        } else {
            (name.clone(), format!("task {name}"))
        };
        self.add_lane(key, label, title, step)
    }

    /// The lane of an async iterator (created on first use, named after `ty` when known).
    fn iter_lane(&mut self, log: &Log, iter: u32, ty: Option<Sym>, step: usize) -> u32 {
        let key = LaneKey::Iter(iter);
        if let Some(&lane) = self.lane_index.get(&key) {
            return lane;
        }
        let label = match (iter, ty) {
            (0, _) => "async iterator (unnamed)".to_string(),
            (_, Some(ty)) => format!("{} #{iter}", log.text(ty)),
            (_, None) => format!("async iterator #{iter}"),
        };
        let title = format!("{label} (async iterator)");
        self.add_lane(key, label, title, step)
    }

    fn add_lane(&mut self, key: LaneKey, label: String, title: String, step: usize) -> u32 {
        let lane = self.lanes.len() as u32;
        self.lanes.push(Lane {
            key,
            label,
            title,
            first_step: step as u32,
            spans: Vec::new(),
            reach: Vec::new(),
        });
        self.lane_index.insert(key, lane);
        lane
    }

    fn new_mark(
        &mut self,
        lane: u32,
        shape: Shape,
        step: usize,
        e: &Event,
        label: String,
        detail: String,
    ) -> u32 {
        let start = self.anchor(step, e);
        let task = self.task_names.get(&e.task).cloned().unwrap_or_default();
        self.marks.push(Mark {
            lane,
            shape,
            kind: e.kind.name(),
            start,
            end: None,
            label: label.into(),
            detail: detail.into(),
            task: task.into(),
            line: e.line,
            failed: shape == Shape::Cross,
            previous_marble: None,
        });
        self.marks.len() as u32 - 1
    }

    /// Adds a point mark and returns its id.
    fn point(
        &mut self,
        lane: u32,
        shape: Shape,
        step: usize,
        e: &Event,
        label: String,
        detail: String,
    ) -> u32 {
        let id = self.new_mark(lane, shape, step, e, label, detail);
        self.points.push(id);
        id
    }

    fn open_span(
        &mut self,
        lane: u32,
        shape: Shape,
        step: usize,
        e: &Event,
        label: &str,
        detail: String,
    ) -> u32 {
        let id = self.new_mark(lane, shape, step, e, label.to_string(), detail);
        let lane = &mut self.lanes[lane as usize];
        lane.spans.push(id);
        lane.reach.push(u32::MAX);
        id
    }

    /// Ends span `id` at `anchor` and recomputes its lane's reach from there on.
    fn close_span(&mut self, id: u32, anchor: u32) {
        let mark = &mut self.marks[id as usize];
        mark.end = Some(anchor);
        let lane = &mut self.lanes[mark.lane as usize];
        let Ok(at) = lane.spans.binary_search(&id) else {
            return;
        };
        let mut reach = if at == 0 { 0 } else { lane.reach[at - 1] };
        for i in at..lane.spans.len() {
            let end = self.marks[lane.spans[i] as usize].end.unwrap_or(u32::MAX);
            reach = reach.max(end);
            lane.reach[i] = reach;
        }
    }
}
