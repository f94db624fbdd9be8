//! What the timeline draws: lanes (one per task, one per async iterator) and marks on them.

/// The shape a mark is drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// An async iterator was obtained (a small diamond at the lane's start).
    Obtained,
    /// A delivered value: a marble labelled with its repr.
    Marble,
    /// `StopAsyncIteration`: the iteration's terminal mark.
    Terminal,
    /// The iterator was closed (`aclose()` or finalization).
    Closed,
    /// An exception was raised: a red cross.
    Cross,
    /// A task finished (a red cross if it failed).
    Done,
    /// A line of output: a small tick.
    Output,
    /// Span: one `__anext__` call, from the call to its value or `StopAsyncIteration`.
    AnextBar,
    /// Span: a task suspended on an await (hatched, labelled with what it awaits).
    Await,
    /// Span: a task running.
    Running,
    /// Span: a task created and waiting for its first turn.
    Ready,
}

impl Shape {
    /// True for shapes drawn from a start to an end (the rest are points).
    pub fn is_span(self) -> bool {
        matches!(
            self,
            Shape::AnextBar | Shape::Await | Shape::Running | Shape::Ready
        )
    }

    /// The CSS class that draws it.
    pub fn class(self) -> &'static str {
        match self {
            Shape::Obtained => "tl-obtained",
            Shape::Marble => "tl-marble",
            Shape::Terminal => "tl-terminal",
            Shape::Closed => "tl-closed",
            Shape::Cross => "tl-cross",
            Shape::Done => "tl-done",
            Shape::Output => "tl-output",
            Shape::AnextBar => "tl-anext",
            Shape::Await => "tl-await",
            Shape::Running => "tl-running",
            Shape::Ready => "tl-ready",
        }
    }

    /// How the details tooltip names it.
    pub fn title(self) -> &'static str {
        match self {
            Shape::Obtained => "async iterator obtained",
            Shape::Marble => "anext delivered a value",
            Shape::Terminal => "StopAsyncIteration",
            Shape::Closed => "iterator closed",
            Shape::Cross => "exception raised",
            Shape::Done => "task finished",
            Shape::Output => "output",
            Shape::AnextBar => "__anext__ call",
            Shape::Await => "await (suspended)",
            Shape::Running => "task running",
            Shape::Ready => "task scheduled",
        }
    }
}

/// One mark. Its step, time and position come from its start anchor.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// The lane it is drawn on.
    pub lane: u32,
    /// How it is drawn.
    pub shape: Shape,
    /// The recorder's kind of the event at its start (`anext_value`, `await_suspend`, ...).
    pub kind: &'static str,
    /// Its start anchor (the anchor of the event it stands for).
    pub start: u32,
    /// For spans: the anchor that ended it (`None` while it is still open).
    pub end: Option<u32>,
    /// Short text drawn with it (a value's repr, what an await awaits).
    pub label: Box<str>,
    /// The tooltip's main line beyond the kind (`value 3`, `awaiting sleep(1)`, `failed: ...`).
    pub detail: Box<str>,
    /// The task running when it happened (empty before the event loop starts).
    pub task: Box<str>,
    /// The source line (0 when none applies).
    pub line: u32,
    /// True for a failure (a task that ended with an exception).
    pub failed: bool,
    /// For marbles: the marble drawn before it on its lane (its label may crowd this one's).
    pub previous_marble: Option<u32>,
}

/// What a lane follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LaneKey {
    /// An asyncio task, by name (`Sym::EMPTY`'s lane is the code outside any task).
    Task(u32),
    /// An async iterator, by its per-run id (0: an iterator the recorder could not name).
    Iter(u32),
}

/// One swimlane.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// What it follows.
    pub key: LaneKey,
    /// Its short label, drawn in the label column: `Task-1 · main`, `Countdown #1`,
    /// `ticker() #2` (the distinctive part first, for narrow screens).
    pub label: String,
    /// Its full description, shown on hover and in mark details: `task Task-1 (main)`,
    /// `Countdown #1 (async iterator)`, `async_generator ticker #2`.
    pub title: String,
    /// The step of its first mark (it is hidden before).
    pub first_step: u32,
    /// Its spans (mark indices) in start order.
    pub spans: Vec<u32>,
    /// `reach[i]`: the furthest end anchor among `spans[..=i]` (`u32::MAX` while one is
    /// open). It never decreases, so the first span that can reach a window is a binary
    /// search away.
    pub reach: Vec<u32>,
}

impl Lane {
    /// True for task lanes.
    pub fn is_task(&self) -> bool {
        matches!(self.key, LaneKey::Task(_))
    }

    /// The iterator id for iterator lanes.
    pub fn iterator_id(&self) -> Option<u32> {
        match self.key {
            LaneKey::Iter(id) => Some(id),
            LaneKey::Task(_) => None,
        }
    }
}
