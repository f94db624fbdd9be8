//! One mark on the track: a focusable button placed with a CSS transform (so moving it
//! animates), carrying the recorder's `data-kind` and its `data-step`.

use leptos::prelude::*;

use super::describe::aria_label;
use super::layout::{marble_crowded, to_px, LANE_HEIGHT};
use super::model::Shape;
use super::TimelineContext;
use crate::components::handlers::{handler, on_click};
use crate::format::px;

/// Height of span bars, in pixels.
const SPAN_HEIGHT: f64 = 16.0;
/// Narrowest span drawn, in pixels (a zero-length await stays visible).
const MIN_SPAN_WIDTH: f64 = 4.0;

/// The view of mark `id`. Its words and kind are fixed; its position follows the axis, the
/// zoom, its lane's row and (for spans still open at the cursor) the cursor.
pub fn mark_view(id: u32, cx: TimelineContext) -> impl IntoView {
    let (shape, kind, step, lane, label, failed, aria, previous) = cx.model.with_value(|m| {
        let mark = m.mark(id).expect("visible marks exist");
        let previous = mark.previous_marble.and_then(|p| {
            let chars = m.mark(p)?.label.chars().count();
            Some((p, chars))
        });
        (
            mark.shape,
            mark.kind,
            m.mark_step(mark),
            mark.lane as usize,
            mark.label.to_string(),
            mark.failed,
            aria_label(m, id),
            previous,
        )
    });
    // Marks revealed by this step animate in; marks scrolled into view appear at once.
    let fresh = step as usize > cx.frame.with_untracked(|f| f.previous_step);
    let class = format!(
        "tl-mark {} {}{}{}",
        if shape.is_span() {
            "tl-span"
        } else {
            "tl-point"
        },
        shape.class(),
        if failed { " tl-failed" } else { "" },
        if fresh { " tl-fresh" } else { "" },
    );
    let row_top = move || {
        cx.row_of_lane
            .with(|rows| rows.get(lane).copied().unwrap_or(0)) as f64
            * LANE_HEIGHT
    };
    // A memo: stepping re-checks every span, but only the ones that moved touch the DOM.
    let extent = Memo::new(move |_| {
        let axis = cx.axis.get();
        let cursor = if shape.is_span() {
            cx.frame.get().cursor
        } else {
            cx.frame.with_untracked(|f| f.cursor)
        };
        let (start, end) = cx.model.with_value(|m| m.mark_extent(id, axis, cursor));
        let zoom = cx.zoom.get();
        (to_px(start, zoom), to_px(end, zoom))
    });
    // A marble closer to the previous one than their labels' widths is drawn without its
    // label (hovering or focusing it shows the label again, in front of its neighbours).
    let chars = label.chars().count();
    let crowded = Memo::new(move |_| {
        let Some((previous, previous_chars)) = previous else {
            return false;
        };
        let axis = cx.axis.get();
        let zoom = cx.zoom.get();
        let cursor = cx.frame.with_untracked(|f| f.cursor);
        let (previous_start, _) = cx
            .model
            .with_value(|m| m.mark_extent(previous, axis, cursor));
        let (start, _) = extent.get();
        marble_crowded(start, chars, to_px(previous_start, zoom), previous_chars)
    });
    let transform = move || {
        let (start, _) = extent.get();
        let y = if shape.is_span() {
            row_top() + (LANE_HEIGHT - SPAN_HEIGHT) / 2.0
        } else {
            row_top() + LANE_HEIGHT / 2.0
        };
        format!("translate({}, {})", px(start), px(y))
    };
    let width = move || {
        shape.is_span().then(|| {
            let (start, end) = extent.get();
            px((end - start).max(MIN_SPAN_WIDTH))
        })
    };
    let show_details = move || cx.hovered.set(Some(id));
    let hide_details = move || {
        cx.hovered.update(|h| {
            if *h == Some(id) {
                *h = None;
            }
        })
    };
    let text = (shape == Shape::Marble || shape == Shape::Await).then_some(label);

    view! {
        <button
            type="button"
            class=class
            class:tl-crowded=move || crowded.get()
            data-kind=kind
            data-step=step
            aria-label=aria
            style:transform=transform
            style:width=width
            on:click=on_click(move |_| cx.on_jump.run(step as usize))
            on:mouseenter=handler(move |_| show_details())
            on:mouseleave=handler(move |_| hide_details())
            on:focus=handler(move |_| show_details())
            on:blur=handler(move |_| hide_details())
        >
            {text.map(|text| view! { <span class="tl-mark-label">{text}</span> })}
        </button>
    }
}
