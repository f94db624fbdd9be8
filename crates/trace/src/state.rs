//! The state at a step, as the UI shows it: every string resolved, every value a short repr.

use crate::event::{EndReason, FrameRole, ShortVal};
use crate::intern::Sym;
use crate::log::Log;
use crate::short::format_short;

use super::fold::{Fold, IterFold, IterStatus, TaskFold};

/// What a task is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskStatus {
    /// It is the running task.
    Running,
    /// On the ready queue.
    Ready,
    /// Suspended on an await (see `TaskView::awaiting`).
    Waiting,
    /// Returned.
    Done,
    /// Ended with an exception (or was cancelled).
    Failed,
    /// Not running and not scheduled (the main program while the event loop runs).
    Idle,
}

impl TaskStatus {
    /// The word used by the UI and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            TaskStatus::Running => "running",
            TaskStatus::Ready => "ready",
            TaskStatus::Waiting => "waiting",
            TaskStatus::Done => "done",
            TaskStatus::Failed => "failed",
            TaskStatus::Idle => "idle",
        }
    }
}

/// One frame of a task's stack.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameView {
    /// The frame's per-run id.
    pub id: u32,
    /// The function's qualified name (`<module>` for the module body).
    pub function: String,
    /// What it runs.
    pub role: FrameRole,
    /// Its current line.
    pub line: u32,
    /// Its variables as short reprs, in binding order.
    pub locals: Vec<(String, String)>,
    /// True if it is suspended at an await (not on the VM stack right now).
    pub suspended: bool,
}

/// One task (the first is the main program, named `main`).
#[derive(Debug, Clone, PartialEq)]
pub struct TaskView {
    /// Its name (`main`, `Task-1`, ...).
    pub name: String,
    /// What it is doing.
    pub status: TaskStatus,
    /// What it awaits, while waiting.
    pub awaiting: Option<String>,
    /// Its result repr or exception, once done.
    pub result: Option<String>,
    /// Its stack, outermost first.
    pub frames: Vec<FrameView>,
}

/// One async iterator seen by `aiter` / `async for`.
#[derive(Debug, Clone, PartialEq)]
pub struct IterView {
    /// Its per-run id (the `iter` of the events).
    pub id: u32,
    /// Its type name.
    pub type_name: String,
    /// Its status.
    pub status: IterStatus,
    /// How many values its `__anext__` calls delivered.
    pub delivered: u32,
    /// The last value delivered.
    pub last_value: Option<String>,
    /// A class-based iterator's attributes, or an async generator's locals.
    pub fields: Vec<(String, String)>,
    /// An async generator's frame id and its current line (where it runs, or is suspended
    /// at `yield` or `await`); `None` for class-based iterators and before the first call.
    pub frame: Option<(u32, u32)>,
}

/// A queue, event or lock in use.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectView {
    /// Its per-run id.
    pub id: u32,
    /// Its type name.
    pub type_name: String,
    /// Its state.
    pub desc: String,
}

/// The last exception raised or caught.
#[derive(Debug, Clone, PartialEq)]
pub struct ExceptionView {
    /// Its type.
    pub type_name: String,
    /// Its message.
    pub message: String,
    /// Whether a handler caught it.
    pub caught: bool,
}

/// How and why the run ended (present at the log's last step only).
#[derive(Debug, Clone, PartialEq)]
pub struct EndView {
    /// Finished, failed or stopped by a budget.
    pub reason: EndReason,
    /// The traceback, warnings or budget message.
    pub message: String,
}

/// The event loop.
#[derive(Debug, Clone, PartialEq)]
pub struct LoopView {
    /// The virtual clock.
    pub clock: f64,
    /// Tasks on the ready queue, in order.
    pub ready: Vec<String>,
    /// Pending timers' deadlines, soonest first.
    pub timers: Vec<f64>,
}

/// Everything the UI shows at one step.
#[derive(Debug, Clone, PartialEq)]
pub struct StepState {
    /// The step (index of the current event); 0 with no events.
    pub step: usize,
    /// The running task's name.
    pub task: String,
    /// The current line (of the last event that had one).
    pub line: u32,
    /// The tasks in order of creation, the main program first: every unfinished one and
    /// the most recent [`MAX_FINISHED_SHOWN`] finished ones.
    pub tasks: Vec<TaskView>,
    /// Older finished tasks left out of `tasks`.
    pub tasks_not_shown: usize,
    /// The async iterators seen, in order of appearance: every live one and the most
    /// recent [`MAX_FINISHED_SHOWN`] exhausted or closed ones.
    pub iterators: Vec<IterView>,
    /// Older exhausted or closed iterators left out of `iterators`.
    pub iterators_not_shown: usize,
    /// The event loop.
    pub event_loop: LoopView,
    /// Queues, events and locks in use.
    pub objects: Vec<ObjectView>,
    /// The output so far.
    pub output: String,
    /// The last exception raised or caught.
    pub exception: Option<ExceptionView>,
    /// Set at the last step of a finished run.
    pub end: Option<EndView>,
}

/// Finished iterators (and tasks) listed in a state beyond the live ones; a long program's
/// thousands of exhausted iterators would make every step's state slow to build and useless
/// to show.
pub const MAX_FINISHED_SHOWN: usize = 100;

fn task_name(log: &Log, sym: Sym) -> String {
    if sym == Sym::EMPTY {
        "main".to_string()
    } else {
        log.text(sym).to_string()
    }
}

fn vars(log: &Log, list: &[(Sym, ShortVal)]) -> Vec<(String, String)> {
    list.iter()
        .map(|&(n, v)| (log.text(n).to_string(), format_short(v, &log.strings)))
        .collect()
}

/// Resolves a fold into the state the UI shows.
pub(crate) fn resolve(fold: &Fold, log: &Log) -> StepState {
    let mut task_folds: Vec<&TaskFold> = fold.tasks.iter().collect();
    let tasks_not_shown = fold.done_tasks.len().saturating_sub(MAX_FINISHED_SHOWN);
    task_folds.extend(fold.done_tasks.iter().take(MAX_FINISHED_SHOWN));
    task_folds.sort_by_key(|t| t.order);
    let tasks = task_folds
        .into_iter()
        .map(|t| {
            let status = match t.result {
                Some((_, false)) => TaskStatus::Done,
                Some((_, true)) => TaskStatus::Failed,
                None if t.name == fold.task => TaskStatus::Running,
                None if fold.ready.contains(&t.name) => TaskStatus::Ready,
                None if t.awaiting != Sym::EMPTY => TaskStatus::Waiting,
                None => TaskStatus::Idle,
            };
            let frames = t
                .stack
                .iter()
                .filter_map(|id| fold.frames.get(id).map(|f| (id, f)))
                .map(|(&id, f)| FrameView {
                    id,
                    function: log.text(f.func).to_string(),
                    role: f.role,
                    line: f.line,
                    locals: vars(log, &f.locals),
                    suspended: f.suspended,
                })
                .collect();
            TaskView {
                name: task_name(log, t.name),
                status,
                awaiting: (t.awaiting != Sym::EMPTY).then(|| log.text(t.awaiting).to_string()),
                result: t.result.map(|(r, _)| log.text(r).to_string()),
                frames,
            }
        })
        .collect();
    let mut iter_folds: Vec<&IterFold> = fold.iters.iter().collect();
    let iterators_not_shown = fold.done_iters.len().saturating_sub(MAX_FINISHED_SHOWN);
    iter_folds.extend(fold.done_iters.iter().take(MAX_FINISHED_SHOWN));
    iter_folds.sort_by_key(|it| it.id);
    let iterators = iter_folds
        .into_iter()
        .map(|it| {
            let frame = fold.frames.get(&it.frame).map(|f| (it.frame, f.line));
            let fields = match fold.frames.get(&it.frame) {
                Some(f) if it.fields.is_empty() => vars(log, &f.locals),
                _ => vars(log, &it.fields),
            };
            IterView {
                id: it.id,
                type_name: log.text(it.ty).to_string(),
                status: it.status,
                delivered: it.delivered,
                last_value: it.last_value.map(|v| format_short(v, &log.strings)),
                fields,
                frame,
            }
        })
        .collect();
    StepState {
        step: fold.applied.saturating_sub(1),
        task: task_name(log, fold.task),
        line: fold.line,
        tasks,
        tasks_not_shown,
        iterators,
        iterators_not_shown,
        event_loop: LoopView {
            clock: fold.t,
            ready: fold.ready.iter().map(|&n| task_name(log, n)).collect(),
            timers: fold.timers.clone(),
        },
        objects: fold
            .objects
            .iter()
            .map(|o| ObjectView {
                id: o.id,
                type_name: log.text(o.ty).to_string(),
                desc: log.text(o.desc).to_string(),
            })
            .collect(),
        output: capped_output(log, fold.output_len),
        exception: fold.exception.map(|(t, m, caught)| ExceptionView {
            type_name: log.text(t).to_string(),
            message: log.text(m).to_string(),
            caught,
        }),
        end: fold.end.map(|(reason, msg)| EndView {
            reason,
            message: log.text(msg).to_string(),
        }),
    }
}

/// The console text after `output_len` bytes of recorded output: its last
/// [`crate::output_cap::DEFAULT_MAX_OUTPUT`] characters, after a line counting the earlier
/// characters dropped (also those cut from single writes longer than the cap when recorded).
/// The cost is bounded by the cap, not by the output before it: characters are counted
/// through the log's character index.
fn capped_output(log: &Log, output_len: usize) -> String {
    let output_len = output_len.min(log.output.len());
    let cut_when_recorded: u64 = log
        .output_dropped
        .iter()
        .filter(|&&(at, _)| (at as usize) < output_len)
        .map(|&(_, cut)| cut)
        .sum();
    let max = crate::output_cap::DEFAULT_MAX_OUTPUT as u64;
    let chars = log.output_chars_before(output_len);
    let start = if chars > max {
        log.output_byte_of_char(chars - max)
    } else {
        0
    };
    let text = log.output.get(start..output_len).unwrap_or("");
    let dropped = cut_when_recorded + chars.saturating_sub(max);
    if dropped == 0 {
        return text.to_string();
    }
    let mut out = crate::output_cap::dropped_notice(dropped);
    out.push_str(text);
    out
}
