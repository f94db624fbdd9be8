//! The details tooltip of the hovered or focused mark.

use leptos::prelude::*;

use super::describe::details;
use super::layout::{to_px, AXIS_HEIGHT, LANE_HEIGHT};
use super::TimelineContext;
use crate::format::px;

/// Keeps the tooltip this far from the visible track's edges, in pixels.
const EDGE_MARGIN: f64 = 110.0;

/// The tooltip: hidden until a mark is hovered or focused.
pub fn details_tooltip(cx: TimelineContext) -> impl IntoView {
    let shown = move || {
        let id = cx.hovered.get()?;
        let axis = cx.axis.get();
        let zoom = cx.zoom.get();
        let cursor = cx.frame.get().cursor;
        let viewport = cx.viewport.get();
        cx.model.with_value(|m| {
            let d = details(m, id)?;
            let lane = m.mark(id)?.lane as usize;
            let (start, end) = m.mark_extent(id, axis, cursor);
            let row = cx.row_of_lane.with(|rows| rows.get(lane).copied())?;
            // The tooltip lives outside the scroller (so it is never clipped): place it in
            // the frame's coordinates, over the mark's lane, kept inside the visible track.
            let label = viewport.label_width();
            let track_x = to_px((start + end) / 2.0, zoom).clamp(
                viewport.left + EDGE_MARGIN.min(viewport.track_width() / 2.0),
                viewport.left
                    + (viewport.track_width() - EDGE_MARGIN).max(viewport.track_width() / 2.0),
            );
            let x = label + track_x - viewport.left;
            let top = AXIS_HEIGHT + row as f64 * LANE_HEIGHT - viewport.top;
            let below = top < AXIS_HEIGHT + LANE_HEIGHT;
            let y = if below { top + LANE_HEIGHT } else { top };
            Some((d, x, y, below))
        })
    };
    move || {
        shown().map(|(d, x, y, below)| {
            let facts = d.facts();
            view! {
                <div
                    class="tl-tooltip"
                    class:tl-tooltip-below=below
                    role="tooltip"
                    data-testid="timeline-tooltip"
                    style:transform=format!("translate({}, {})", px(x), px(y))
                >
                    <div class="tl-tooltip-title">
                        {d.title}
                        <code class="tl-tooltip-kind">{d.kind}</code>
                    </div>
                    <div class="tl-tooltip-lane">{d.lane}</div>
                    {(!d.detail.is_empty()).then(|| view! { <div class="tl-tooltip-detail">{d.detail}</div> })}
                    <div class="tl-tooltip-facts">{facts}</div>
                </div>
            }
        })
    }
}
