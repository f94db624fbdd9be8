//! Where things go along the horizontal axis: anchors (one per event the timeline draws),
//! the two axes, and the gap that virtual time opens between two bursts of events.
//!
//! Every event that starts, ends or is a mark becomes an [`Anchor`] with a slot of
//! [`SLOT`] units. On the **step axis** anchor `i` sits at `i * SLOT` (events in the order
//! they happened, nothing else). On the **time axis** events at the same virtual time form a
//! burst of adjacent slots, and a gap proportional to the time that passed separates two
//! bursts (compressed beyond [`LINEAR_SECONDS`], so an hour-long sleep stays on screen).
//! Both positions only grow with the step, which is what makes windowing a binary search.

/// Width of one event's slot, in units (pixels at zoom 1).
pub const SLOT: f64 = 28.0;
/// Units per virtual second on the time axis, for gaps up to [`LINEAR_SECONDS`].
pub const UNITS_PER_SECOND: f64 = 90.0;
/// The smallest gap drawn between two different virtual times.
pub const MIN_GAP: f64 = 14.0;
/// Gaps are proportional to elapsed time up to this many seconds, logarithmic beyond.
pub const LINEAR_SECONDS: f64 = 5.0;
/// Units per doubling of the elapsed time beyond [`LINEAR_SECONDS`].
const UNITS_PER_DOUBLING: f64 = 60.0;

/// Which quantity the horizontal axis shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Axis {
    /// Virtual time, with the events of one instant spread over adjacent slots.
    #[default]
    Time,
    /// Event order: one slot per drawn event.
    Steps,
}

impl Axis {
    /// The word shown on the toggle.
    pub fn label(self) -> &'static str {
        match self {
            Axis::Time => "Time",
            Axis::Steps => "Steps",
        }
    }

    /// The lowercase name used in `data-axis` and test ids (`time`, `steps`).
    pub fn id(self) -> &'static str {
        match self {
            Axis::Time => "time",
            Axis::Steps => "steps",
        }
    }
}

/// A drawn event's position on both axes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Anchor {
    /// The event's step (its index in the log).
    pub step: u32,
    /// Its virtual time.
    pub t: f64,
    /// Left edge of its slot on the time axis.
    pub x_time: f64,
}

impl Anchor {
    /// Left edge of the slot of anchor number `index` on `axis`.
    pub fn left(&self, index: usize, axis: Axis) -> f64 {
        match axis {
            Axis::Time => self.x_time,
            Axis::Steps => index as f64 * SLOT,
        }
    }

    /// Centre of the slot of anchor number `index` on `axis` (where point marks sit).
    pub fn centre(&self, index: usize, axis: Axis) -> f64 {
        self.left(index, axis) + SLOT / 2.0
    }
}

/// The gap drawn for `elapsed` virtual seconds between two bursts.
pub fn time_gap(elapsed: f64) -> f64 {
    if elapsed <= 0.0 {
        return 0.0;
    }
    let linear = if elapsed <= LINEAR_SECONDS {
        elapsed * UNITS_PER_SECOND
    } else {
        LINEAR_SECONDS * UNITS_PER_SECOND + UNITS_PER_DOUBLING * (elapsed / LINEAR_SECONDS).log2()
    };
    linear.max(MIN_GAP)
}

/// True when [`time_gap`] draws `elapsed` shorter than its true proportion (shown as a break).
pub fn gap_is_compressed(elapsed: f64) -> bool {
    elapsed > LINEAR_SECONDS
}

/// The time-axis position of the next anchor, given the previous one (if any).
pub fn next_time_x(previous: Option<&Anchor>, t: f64) -> f64 {
    match previous {
        None => 0.0,
        Some(p) if t > p.t => p.x_time + SLOT + time_gap(t - p.t),
        Some(p) => p.x_time + SLOT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_grow_with_time_and_never_vanish() {
        assert_eq!(time_gap(0.0), 0.0);
        assert_eq!(time_gap(0.001), MIN_GAP);
        assert_eq!(time_gap(1.0), UNITS_PER_SECOND);
        assert!(time_gap(2.0) > time_gap(1.0));
        assert!(time_gap(3600.0) > time_gap(10.0));
        assert!(time_gap(3600.0) < 2000.0, "an hour stays on screen");
        assert!(gap_is_compressed(10.0) && !gap_is_compressed(1.0));
    }

    #[test]
    fn same_instant_events_take_adjacent_slots() {
        let a = Anchor {
            step: 3,
            t: 1.0,
            x_time: 100.0,
        };
        assert_eq!(next_time_x(Some(&a), 1.0), 100.0 + SLOT);
        assert_eq!(next_time_x(Some(&a), 2.0), 100.0 + SLOT + UNITS_PER_SECOND);
        assert_eq!(next_time_x(None, 5.0), 0.0);
        assert_eq!(a.left(7, Axis::Steps), 7.0 * SLOT);
        assert_eq!(a.centre(7, Axis::Time), 100.0 + SLOT / 2.0);
    }
}
