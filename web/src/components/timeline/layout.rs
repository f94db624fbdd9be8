//! Pixels: how the model's units, rows and the scroll position map onto the screen.

use super::model::SLOT;

/// Height of one lane, in pixels.
pub const LANE_HEIGHT: f64 = 36.0;
/// Height of the axis row above the lanes, in pixels (plus the scroller's 1px border).
pub const AXIS_HEIGHT: f64 = 31.0;
/// Empty space before the first slot of the track, in pixels.
pub const TRACK_PADDING: f64 = 14.0;
/// Width of the lane-label column on wide screens.
const LABEL_WIDTH_WIDE: f64 = 176.0;
/// Width of the lane-label column on phones.
const LABEL_WIDTH_NARROW: f64 = 104.0;
/// Below this width the timeline uses the narrow label column.
const NARROW_BELOW: f64 = 560.0;
/// Pixels drawn beyond each side of the visible range, so scrolling shows no gaps.
const OVERSCAN: f64 = 240.0;
/// Smallest and largest zoom.
pub const ZOOM_LEVELS: [f64; 7] = [0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0];

/// The scroll container's size and position.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// Horizontal scroll offset.
    pub left: f64,
    /// Vertical scroll offset.
    pub top: f64,
    /// Visible width (including the label column).
    pub width: f64,
    /// Visible height.
    pub height: f64,
}

impl Default for Viewport {
    fn default() -> Self {
        Viewport {
            left: 0.0,
            top: 0.0,
            width: 800.0,
            height: 320.0,
        }
    }
}

impl Viewport {
    /// The lane-label column's width for this viewport.
    pub fn label_width(&self) -> f64 {
        if self.width < NARROW_BELOW {
            LABEL_WIDTH_NARROW
        } else {
            LABEL_WIDTH_WIDE
        }
    }

    /// The visible width of the track (the viewport minus the sticky label column).
    pub fn track_width(&self) -> f64 {
        (self.width - self.label_width()).max(0.0)
    }

    /// The model units to draw, overscan included, at `zoom`.
    pub fn unit_window(&self, zoom: f64) -> (f64, f64) {
        let from = (self.left - TRACK_PADDING - OVERSCAN) / zoom;
        let to = (self.left + self.track_width() - TRACK_PADDING + OVERSCAN) / zoom;
        (from, to)
    }

    /// The rows (lane positions) to draw, overscan included.
    pub fn row_window(&self, rows: usize) -> std::ops::Range<usize> {
        let first = ((self.top - OVERSCAN) / LANE_HEIGHT).floor().max(0.0) as usize;
        let end = ((self.top + self.height + OVERSCAN) / LANE_HEIGHT).ceil() as usize;
        first.min(rows)..end.min(rows)
    }

    /// The scroll offset that brings track position `x` into view, if it is out of view.
    pub fn follow(&self, x: f64) -> Option<f64> {
        let visible = self.track_width();
        let margin_left = (visible * 0.1).min(40.0);
        let margin_right = (visible * 0.15).min(80.0);
        if x >= self.left + margin_left && x <= self.left + visible - margin_right {
            return None;
        }
        Some((x - visible * 0.7).max(0.0))
    }
}

/// Track pixels for a position in model units.
pub fn to_px(units: f64, zoom: f64) -> f64 {
    TRACK_PADDING + units * zoom
}

/// The track's full width for a cursor at `cursor_units`: room after the cursor for
/// [`Viewport::follow`] to scroll it to 70% of the view.
pub fn track_extent(cursor_units: f64, zoom: f64, viewport: &Viewport) -> f64 {
    let after_cursor = (viewport.track_width() * 0.3).max(2.0 * SLOT * zoom);
    (to_px(cursor_units, zoom) + after_cursor + TRACK_PADDING).max(viewport.track_width())
}

/// Estimated width of one character of the cursor's "step N" label (0.7rem, bold), in pixels.
const CURSOR_LABEL_CHAR_PX: f64 = 7.0;
/// The cursor label's horizontal padding, both sides, in pixels.
const CURSOR_LABEL_PADDING_PX: f64 = 14.0;

/// Where the cursor's label of `chars` characters is centred for a cursor at track position
/// `x`: on the cursor, moved just enough to stay inside the visible track while the cursor is
/// in view (a label centred on a cursor near the view's right edge would be cut in half).
pub fn cursor_label_centre(x: f64, chars: usize, viewport: &Viewport) -> f64 {
    let half = (chars as f64 * CURSOR_LABEL_CHAR_PX + CURSOR_LABEL_PADDING_PX) / 2.0;
    let (left, right) = (viewport.left, viewport.left + viewport.track_width());
    if x < left || x > right || right - left < 2.0 * half {
        return x;
    }
    x.clamp(left + half, right - half)
}

/// Estimated width of one character of a marble's label (0.72rem monospace), in pixels.
const MARBLE_CHAR_PX: f64 = 7.0;
/// A marble's horizontal padding and outline, both sides, in pixels.
const MARBLE_PADDING_PX: f64 = 16.0;
/// Narrowest marble (`min-width` plus outline), in pixels.
const MARBLE_MIN_PX: f64 = 26.0;

/// The drawn width of a marble labelled with `chars` characters, in pixels.
pub fn marble_width(chars: usize) -> f64 {
    (chars as f64 * MARBLE_CHAR_PX + MARBLE_PADDING_PX).max(MARBLE_MIN_PX)
}

/// True when a marble of `chars` characters centred at `x` would cover the previous marble on
/// its lane (`previous_chars` characters at `previous_x`): it is then drawn without its label.
pub fn marble_crowded(x: f64, chars: usize, previous_x: f64, previous_chars: usize) -> bool {
    x - previous_x < (marble_width(chars) + marble_width(previous_chars)) / 2.0
}

/// The zoom level after `current` one step in direction `by` (+1 in, -1 out).
pub fn next_zoom(current: f64, by: i32) -> f64 {
    let at = ZOOM_LEVELS
        .iter()
        .position(|&z| z >= current - 1e-9)
        .unwrap_or(ZOOM_LEVELS.len() - 1) as i32;
    let to = (at + by).clamp(0, ZOOM_LEVELS.len() as i32 - 1);
    ZOOM_LEVELS[to as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn following_scrolls_only_when_the_cursor_leaves_the_view() {
        let view = Viewport {
            left: 0.0,
            top: 0.0,
            width: 1000.0,
            height: 300.0,
        };
        assert_eq!(view.follow(300.0), None);
        let scrolled = view.follow(2000.0).expect("out of view");
        let after = Viewport {
            left: scrolled,
            ..view
        };
        assert_eq!(after.follow(2000.0), None);
        assert_eq!(after.follow(0.0), Some(0.0));
        let extent = track_extent(2000.0 - TRACK_PADDING, 1.0, &view);
        assert!(
            extent - view.track_width() >= scrolled,
            "the track is wide enough to scroll there"
        );
    }

    #[test]
    fn the_cursor_label_stays_inside_the_visible_track() {
        let view = Viewport {
            left: 100.0,
            top: 0.0,
            width: 1000.0,
            height: 300.0,
        };
        let right = view.left + view.track_width();
        // "step 869": 8 characters, 70 px wide.
        assert_eq!(cursor_label_centre(500.0, 8, &view), 500.0);
        assert_eq!(cursor_label_centre(right - 10.0, 8, &view), right - 35.0);
        assert_eq!(cursor_label_centre(right, 8, &view), right - 35.0);
        assert_eq!(cursor_label_centre(105.0, 8, &view), 135.0);
        // A cursor out of view keeps its label on it.
        assert_eq!(cursor_label_centre(right + 50.0, 8, &view), right + 50.0);
    }

    #[test]
    fn marbles_closer_than_their_labels_are_crowded() {
        // 'value1' (8 characters) is 72 px wide.
        assert!(marble_crowded(150.0, 8, 100.0, 8));
        assert!(!marble_crowded(180.0, 8, 100.0, 8));
        assert!(!marble_crowded(130.0, 1, 100.0, 1));
        assert!(marble_crowded(120.0, 1, 100.0, 1));
    }

    #[test]
    fn windows_cover_the_view_plus_overscan() {
        let view = Viewport {
            left: 500.0,
            top: 0.0,
            width: 1000.0,
            height: 100.0,
        };
        let (from, to) = view.unit_window(2.0);
        assert!(from < (500.0 - TRACK_PADDING) / 2.0);
        assert!(to > (500.0 + view.track_width()) / 2.0);
        assert_eq!(view.row_window(3), 0..3);
        assert_eq!(next_zoom(1.0, 1), 1.5);
        assert_eq!(next_zoom(0.25, -1), 0.25);
        assert_eq!(next_zoom(3.0, 1), 3.0);
    }
}
