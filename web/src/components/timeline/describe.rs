//! Words for marks: the accessible name of each mark and the lines of its details tooltip.

use super::model::TimelineModel;
use crate::format::format_time;

/// What the details tooltip shows for one mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Details {
    /// What happened (`anext delivered a value`).
    pub title: &'static str,
    /// The recorder's event kind (`anext_value`).
    pub kind: &'static str,
    /// The lane's description (`Countdown #1 (async iterator)`).
    pub lane: String,
    /// The specifics (`value 3`, `awaiting sleep(1)`); may be empty.
    pub detail: String,
    /// The task that ran (empty outside tasks).
    pub task: String,
    /// The virtual time, formatted.
    pub time: String,
    /// The step.
    pub step: u32,
    /// The source line (0 when none).
    pub line: u32,
}

impl Details {
    /// The facts line: `Task-1 · t=2.0 · step 419 · line 19`.
    pub fn facts(&self) -> String {
        let mut parts = Vec::with_capacity(4);
        if !self.task.is_empty() {
            parts.push(self.task.clone());
        }
        parts.push(format!("t={}", self.time));
        parts.push(format!("step {}", self.step));
        if self.line > 0 {
            parts.push(format!("line {}", self.line));
        }
        parts.join(" · ")
    }
}

/// The details of mark `id` (`None` for an unknown id).
pub fn details(model: &TimelineModel, id: u32) -> Option<Details> {
    let mark = model.mark(id)?;
    Some(Details {
        title: mark.shape.title(),
        kind: mark.kind,
        lane: model.lanes()[mark.lane as usize].title.clone(),
        detail: mark.detail.to_string(),
        task: mark.task.to_string(),
        time: format_time(model.mark_time(mark)),
        step: model.mark_step(mark),
        line: mark.line,
    })
}

/// The accessible name of mark `id`, read by screen readers and used as its `aria-label`:
/// `anext delivered a value on Countdown #1: value 3, t=3.0, step 456 (press Enter to go there)`.
pub fn aria_label(model: &TimelineModel, id: u32) -> String {
    let Some(d) = details(model, id) else {
        return String::new();
    };
    let detail = if d.detail.is_empty() {
        String::new()
    } else {
        format!(": {}", d.detail)
    };
    format!(
        "{} on {}{detail}, t={}, step {} (press Enter to go there)",
        d.title, d.lane, d.time, d.step
    )
}
