//! What to draw for one frame: the cursor's position, the lanes shown, the marks inside the
//! visible range and the axis ticks. Every query is a few binary searches plus work
//! proportional to what is visible, whatever the length of the trace.

use std::ops::Range;

use super::geometry::{gap_is_compressed, next_time_x, Axis, SLOT};
use super::TimelineModel;
use crate::format::format_time;

/// Where the cursor is: its step and the virtual time of its event.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cursor {
    /// The current step.
    pub step: usize,
    /// The virtual time at that step.
    pub t: f64,
}

/// A label on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Position in units.
    pub x: f64,
    /// `t=1.5` or a step number.
    pub label: String,
    /// True when the time before it is drawn shorter than its true length.
    pub compressed: bool,
}

/// The first index in `0..len` where `holds` is true, for a `holds` that is false and then
/// true (a binary search over positions that only grow with the index).
fn first_index_where(len: usize, holds: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, len);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if holds(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

impl TimelineModel {
    /// The last anchor at or before `step`.
    fn anchor_at_or_before(&self, step: usize) -> Option<usize> {
        self.anchors
            .partition_point(|a| a.step as usize <= step)
            .checked_sub(1)
    }

    fn left(&self, index: usize, axis: Axis) -> f64 {
        self.anchors[index].left(index, axis)
    }

    /// The number of marks that start at or before `step`.
    pub fn marks_up_to(&self, step: usize) -> usize {
        match self.anchor_at_or_before(step) {
            Some(anchor) => self.marks.partition_point(|m| m.start as usize <= anchor),
            None => 0,
        }
    }

    /// The cursor's x (units): on its event's mark if it has one, else just after the last
    /// drawn event, or inside the time gap when the clock moved on since.
    pub fn cursor_x(&self, axis: Axis, cursor: Cursor) -> f64 {
        let Some(index) = self.anchor_at_or_before(cursor.step) else {
            return 0.0;
        };
        let anchor = &self.anchors[index];
        if anchor.step as usize == cursor.step {
            return anchor.centre(index, axis);
        }
        match axis {
            Axis::Time => next_time_x(Some(anchor), cursor.t),
            Axis::Steps => anchor.left(index, axis) + SLOT,
        }
    }

    /// The x (units) of mark `id`'s start (its slot's centre) and of its end: the end anchor
    /// for a span closed by the cursor's step, else the cursor (a span still open).
    /// An id the model does not know (a view outliving a reloaded program) gives `(0, 0)`.
    pub fn mark_extent(&self, id: u32, axis: Axis, cursor: Cursor) -> (f64, f64) {
        let Some(mark) = self.marks.get(id as usize) else {
            return (0.0, 0.0);
        };
        let Some(first) = self.anchors.get(mark.start as usize) else {
            return (0.0, 0.0);
        };
        let start = first.centre(mark.start as usize, axis);
        if !mark.shape.is_span() {
            return (start, start);
        }
        let end = match mark.end {
            Some(end)
                if self
                    .anchors
                    .get(end as usize)
                    .is_some_and(|a| a.step as usize <= cursor.step) =>
            {
                self.anchors[end as usize].centre(end as usize, axis)
            }
            _ => self.cursor_x(axis, cursor),
        };
        (start, end.max(start))
    }

    /// The lanes shown at `step` (those whose first mark is not in the future), tasks first,
    /// then iterators, each in order of appearance.
    pub fn rows(&self, step: usize) -> Vec<u32> {
        let shown = |task: bool| {
            self.lanes
                .iter()
                .enumerate()
                .filter(move |(_, lane)| lane.is_task() == task && lane.first_step as usize <= step)
                .map(|(i, _)| i as u32)
        };
        shown(true).chain(shown(false)).collect()
    }

    /// The anchors whose slots meet the units range `[u0, u1]`.
    fn anchors_in(&self, axis: Axis, u0: f64, u1: f64) -> Range<usize> {
        let len = self.anchors.len();
        let first = first_index_where(len, |i| self.left(i, axis) + SLOT >= u0);
        let end = first_index_where(len, |i| self.left(i, axis) > u1);
        first..end.max(first)
    }

    /// The marks to draw on the lanes `rows` (lane indices) inside the units range
    /// `[u0, u1]` at `cursor`: spans first (they are drawn under the points), then points.
    pub fn visible_marks(
        &self,
        axis: Axis,
        u0: f64,
        u1: f64,
        cursor: usize,
        rows: &[u32],
    ) -> Vec<u32> {
        let Some(at_cursor) = self.anchor_at_or_before(cursor) else {
            return Vec::new();
        };
        // Anchors `a0..=a1` have slots inside the range; a window inside a time gap has
        // none (`a1 < a0`) but still meets the spans that cross the gap.
        let range = self.anchors_in(axis, u0, u1);
        let Some(last_inside) = range.end.checked_sub(1) else {
            return Vec::new();
        };
        let (a0, a1) = (range.start as u32, last_inside.min(at_cursor) as u32);
        let mut shown_lane = vec![false; self.lanes.len()];
        for &lane in rows {
            shown_lane[lane as usize] = true;
        }
        let mut out = Vec::new();
        for &lane in rows {
            let lane = &self.lanes[lane as usize];
            let from = lane.reach.partition_point(|&reach| reach < a0);
            for &id in &lane.spans[from..] {
                let mark = &self.marks[id as usize];
                if mark.start > a1 {
                    break;
                }
                if mark.end.unwrap_or(u32::MAX) >= a0 {
                    out.push(id);
                }
            }
        }
        let from = self
            .points
            .partition_point(|&id| self.marks[id as usize].start < a0);
        for &id in &self.points[from..] {
            let mark = &self.marks[id as usize];
            if mark.start > a1 {
                break;
            }
            if shown_lane[mark.lane as usize] {
                out.push(id);
            }
        }
        out
    }

    /// Axis labels inside `[u0, u1]` up to the cursor, at least `spacing` units apart.
    pub fn ticks(&self, axis: Axis, u0: f64, u1: f64, cursor: usize, spacing: f64) -> Vec<Tick> {
        let Some(at_cursor) = self.anchor_at_or_before(cursor) else {
            return Vec::new();
        };
        let range = self.anchors_in(axis, u0 - spacing, u1);
        let end = range.end.min(at_cursor + 1);
        let mut ticks: Vec<Tick> = Vec::new();
        let every = (spacing / SLOT).ceil().max(1.0) as usize;
        for i in range.start..end {
            let anchor = &self.anchors[i];
            let tick = match axis {
                Axis::Time => {
                    let previous = i.checked_sub(1).map(|p| self.anchors[p].t);
                    if previous.is_some_and(|p| p >= anchor.t) {
                        continue;
                    }
                    Tick {
                        x: anchor.left(i, axis),
                        label: format!("t={}", format_time(anchor.t)),
                        compressed: previous.is_some_and(|p| gap_is_compressed(anchor.t - p)),
                    }
                }
                Axis::Steps if i % every == 0 => Tick {
                    x: anchor.centre(i, axis),
                    label: anchor.step.to_string(),
                    compressed: false,
                },
                Axis::Steps => continue,
            };
            if ticks.last().is_some_and(|last| tick.x - last.x < spacing) {
                continue;
            }
            ticks.push(tick);
        }
        ticks
    }
}
