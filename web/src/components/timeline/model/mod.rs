//! The timeline's geometry, built incrementally from the event log and queried per frame.
//!
//! [`TimelineModel::sync`] reads only the events recorded since its last call and appends
//! anchors, lanes and marks (closing spans in place), so stepping through a long trace costs
//! the new events, never the whole log. [`window`] answers what to draw for a cursor and a
//! visible range with binary searches. Nothing here touches the DOM: it is tested natively.

mod geometry;
mod ingest;
mod marks;
pub mod window;

#[cfg(test)]
mod tests;

use std::collections::HashMap;

use aiterscope_trace::Sym;

pub use geometry::{gap_is_compressed, time_gap, Anchor, Axis, SLOT};
pub use marks::{Lane, LaneKey, Mark, Shape};

/// Everything the timeline draws, for every event ingested so far.
#[derive(Debug, Default)]
pub struct TimelineModel {
    /// One per drawn event, in step order.
    anchors: Vec<Anchor>,
    /// Every mark, in the order of their start anchors.
    marks: Vec<Mark>,
    /// Point marks (mark indices), in step order.
    points: Vec<u32>,
    /// Lanes in order of first appearance.
    lanes: Vec<Lane>,
    /// Events of the log read so far.
    ingested: usize,
    /// Bookkeeping of the reading (open spans, who runs), not drawn.
    tracks: ingest::Tracks,
    /// Lane index by what it follows.
    lane_index: HashMap<LaneKey, u32>,
    /// Task names as text, by interned name (marks keep the text for their tooltips).
    task_names: HashMap<Sym, String>,
}

impl TimelineModel {
    /// An empty model.
    pub fn new() -> TimelineModel {
        TimelineModel::default()
    }

    /// The number of log events read so far.
    pub fn ingested(&self) -> usize {
        self.ingested
    }

    /// The anchors, in step order.
    pub fn anchors(&self) -> &[Anchor] {
        &self.anchors
    }

    /// Every mark, in start order (a mark's id is its index).
    pub fn marks(&self) -> &[Mark] {
        &self.marks
    }

    /// The mark with id `id`.
    pub fn mark(&self, id: u32) -> Option<&Mark> {
        self.marks.get(id as usize)
    }

    /// The lanes in order of first appearance.
    pub fn lanes(&self) -> &[Lane] {
        &self.lanes
    }

    /// The step a mark stands for.
    pub fn mark_step(&self, mark: &Mark) -> u32 {
        self.anchors[mark.start as usize].step
    }

    /// The virtual time of a mark's event.
    pub fn mark_time(&self, mark: &Mark) -> f64 {
        self.anchors[mark.start as usize].t
    }
}
