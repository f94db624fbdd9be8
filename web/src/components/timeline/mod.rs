//! The timeline: swimlanes (one per task, one per async iterator) over virtual time or steps.
//!
//! - `__anext__` calls are bars, delivered values marbles labelled with their repr,
//!   `StopAsyncIteration` a terminal mark, awaits hatched spans labelled with what they
//!   await, raised exceptions red crosses; task lanes show when each task runs and waits.
//! - Only the past is drawn: marks appear as the cursor reaches them, and animate in
//!   (CSS transitions on `transform`/`opacity`, none under `prefers-reduced-motion`).
//! - Every mark is a button with `data-kind` (the recorder's event kind) and `data-step`;
//!   hovering or focusing it shows its details, clicking it (or Enter) jumps to its step.
//! - Long traces stay fast: [`model::TimelineModel`] reads only new events, and once more
//!   than a few hundred marks are due, a frame draws only the marks inside the visible range
//!   (binary searches, see `model/window.rs`); the view follows the cursor.
//!
//! # Mounting it
//! The app implements [`TimelineSource`] for its session handle and writes
//! `<Timeline source=handle on_jump=Callback::new(move |step| playground.jump(step))/>`
//! (plus `on_select_iterator` to let a click on an iterator lane's label select it).
//! `demo.rs` mounts it on its own for the browser tests and the benchmark.

mod demo;
mod describe;
mod layout;
mod mark_view;
pub mod model;
mod resize;
mod source;
mod toolbar;
mod tooltip;

use leptos::html::Div;
use leptos::prelude::*;

pub use source::TimelineSource;

use layout::{cursor_label_centre, to_px, track_extent, Viewport, LANE_HEIGHT};
use mark_view::mark_view;
use model::window::Cursor;
use model::{Axis, TimelineModel};
use toolbar::TimelineToolbar;

use crate::components::handlers::{handler, on_click};
use crate::format::px;
use tooltip::details_tooltip;

/// Runs with at most this many marks up to the cursor are drawn whole, not windowed.
const DRAW_WHOLE_UP_TO: usize = 500;
/// Pixels between two axis labels, at least.
const TICK_SPACING: f64 = 76.0;

/// The cursor as the timeline last saw it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Frame {
    /// The cursor now.
    cursor: Cursor,
    /// The step shown before (marks after it are new and animate in).
    previous_step: usize,
    /// The program's generation the model was read from.
    generation: u64,
    /// Events read so far.
    ingested: usize,
}

/// What the timeline's parts share (`Copy` handles).
#[derive(Clone, Copy)]
struct TimelineContext {
    model: StoredValue<TimelineModel>,
    frame: Memo<Frame>,
    axis: RwSignal<Axis>,
    zoom: RwSignal<f64>,
    viewport: RwSignal<Viewport>,
    /// Row of each lane (`u32::MAX` while the lane is not shown), by lane index.
    row_of_lane: Memo<Vec<u32>>,
    hovered: RwSignal<Option<u32>>,
    on_jump: Callback<usize>,
}

/// The timeline of the recorded run in `source` (`data-testid="timeline"`).
#[component]
pub fn Timeline<S: TimelineSource>(
    /// The recorded run to draw and the signals that say when it changed.
    source: S,
    /// Called with a mark's step when it is clicked (or activated with Enter or Space).
    #[prop(into)]
    on_jump: Callback<usize>,
    /// Called with an iterator's id when the label of its lane is clicked.
    #[prop(optional, into)]
    on_select_iterator: Option<Callback<u32>>,
) -> impl IntoView {
    let model = StoredValue::new(TimelineModel::new());
    timeline_view(model, frame_of(source, model), on_jump, on_select_iterator)
}

/// The cursor as the timeline sees it, reading what is new in `source`'s trace into `model`.
/// The only part of the timeline that is generic over its source: the rest
/// ([`timeline_view`]) is compiled once however many kinds of source there are.
fn frame_of<S: TimelineSource>(source: S, model: StoredValue<TimelineModel>) -> Memo<Frame> {
    Memo::new(move |previous: Option<&Frame>| {
        let generation = source.generation().get();
        source.log_len().track();
        let step = source.cursor().get();
        let fresh_run = previous.is_none_or(|p| p.generation != generation);
        let t = source
            .with_trace(|trace| {
                model.update_value(|m| {
                    if fresh_run || trace.len() < m.ingested() {
                        *m = TimelineModel::new();
                    }
                    m.sync(trace.log());
                });
                trace.events(step..step + 1).first().map(|e| e.t)
            })
            .flatten()
            .unwrap_or(0.0);
        if source.with_trace(|_| ()).is_none() {
            model.set_value(TimelineModel::new());
        }
        Frame {
            cursor: Cursor { step, t },
            previous_step: match previous {
                Some(p) if !fresh_run => p.cursor.step,
                _ => step,
            },
            generation,
            ingested: model.with_value(TimelineModel::ingested),
        }
    })
}

/// The timeline drawn from `model` at `frame` (see [`Timeline`]).
fn timeline_view(
    model: StoredValue<TimelineModel>,
    frame: Memo<Frame>,
    on_jump: Callback<usize>,
    on_select_iterator: Option<Callback<u32>>,
) -> impl IntoView {
    let axis = RwSignal::new(Axis::Time);
    let zoom = RwSignal::new(1.0);
    let viewport = RwSignal::new(Viewport::default());
    let hovered = RwSignal::new(None::<u32>);
    let rows = Memo::new(move |_| {
        let step = frame.get().cursor.step;
        model.with_value(|m| m.rows(step))
    });
    let row_of_lane = Memo::new(move |_| {
        frame.track();
        let lanes = model.with_value(|m| m.lanes().len());
        let mut of_lane = vec![u32::MAX; lanes];
        rows.with(|rows| {
            for (row, &lane) in rows.iter().enumerate() {
                of_lane[lane as usize] = row as u32;
            }
        });
        of_lane
    });
    let cx = TimelineContext {
        model,
        frame,
        axis,
        zoom,
        viewport,
        row_of_lane,
        hovered,
        on_jump,
    };

    let cursor_units =
        Memo::new(move |_| model.with_value(|m| m.cursor_x(axis.get(), frame.get().cursor)));
    // Short runs are drawn whole (scrolling shows no gaps, every mark is in the page);
    // longer ones only inside the visible window.
    let visible = Memo::new(move |_| {
        let step = frame.get().cursor.step;
        let axis = axis.get();
        model.with_value(|m| {
            if m.marks_up_to(step) <= DRAW_WHOLE_UP_TO {
                return rows.with(|rows| m.visible_marks(axis, f64::MIN, f64::MAX, step, rows));
            }
            let view = viewport.get();
            let (from, to) = view.unit_window(zoom.get());
            let shown = rows.with(|rows| rows[view.row_window(rows.len())].to_vec());
            m.visible_marks(axis, from, to, step, &shown)
        })
    });
    let ticks = Memo::new(move |_| {
        let (from, to) = viewport.get().unit_window(zoom.get());
        let step = frame.get().cursor.step;
        let spacing = TICK_SPACING / zoom.get();
        model.with_value(|m| m.ticks(axis.get(), from, to, step, spacing))
    });
    let drawn_anything = move || frame.get().ingested > 0 && !rows.with(Vec::is_empty);

    let scroller = NodeRef::<Div>::new();
    let measure = move || {
        if let Some(el) = scroller.get_untracked() {
            let measured = Viewport {
                left: el.scroll_left() as f64,
                top: el.scroll_top() as f64,
                width: el.client_width() as f64,
                height: el.client_height() as f64,
            };
            if viewport.get_untracked() != measured {
                viewport.set(measured);
            }
        }
    };
    // The scroller's size follows the page layout (window size, panels around): observe it.
    let observer = StoredValue::new_local(None::<resize::SizeWatch>);
    Effect::new(move |_| {
        if let Some(el) = scroller.get() {
            measure();
            observer.set_value(resize::SizeWatch::new(&el, measure));
        }
    });
    on_cleanup(move || observer.set_value(None));
    // Auto-follow: keep the cursor in view as it moves (the user's own scrolling is left
    // alone until the next step).
    Effect::new(move |_| {
        let x = to_px(cursor_units.get(), zoom.get());
        let Some(el) = scroller.get_untracked() else {
            return;
        };
        if let Some(left) = viewport.get_untracked().follow(x) {
            // Draw for the new position now; scroll once the track has its new width.
            viewport.update(|v| v.left = left);
            request_animation_frame(move || el.set_scroll_left(left.round() as i32));
        }
    });

    let track_width = move || track_extent(cursor_units.get(), zoom.get(), &viewport.get()).round();
    let track_height = move || (rows.with(Vec::len).max(1) as f64 * LANE_HEIGHT).round();
    let cursor_px = move || to_px(cursor_units.get(), zoom.get());
    let cursor_label = move || format!("step {}", frame.get().cursor.step);

    view! {
        <div class="timeline" data-testid="timeline" data-axis=move || axis.get().id()>
            <TimelineToolbar axis=axis zoom=zoom/>
            <div class="tl-frame">
            <div
                class="tl-scroller"
                node_ref=scroller
                on:scroll=handler(move |_| measure())
                style:--tl-label-width=move || px(viewport.get().label_width())
            >
                <div class="tl-canvas" style:width=move || px(viewport.get().label_width() + track_width())>
                    <div class="tl-axis-row">
                        <div class="tl-corner">{move || axis.get().label()}</div>
                        <div class="tl-axis" aria-hidden="true" style:width=move || px(track_width())>
                            {move || ticks.get().into_iter().map(|tick| view! {
                                <span
                                    class="tl-tick"
                                    class:tl-tick-break=tick.compressed
                                    style:transform=format!("translateX({})", px(to_px(tick.x, zoom.get_untracked())))
                                >
                                    {tick.label}
                                </span>
                            }).collect_view()}
                            <span
                                class="tl-cursor-head"
                                data-testid="timeline-cursor-head"
                                style:transform=move || {
                                    let chars = cursor_label().len();
                                    let x = cursor_label_centre(cursor_px(), chars, &viewport.get());
                                    format!("translateX({})", px(x))
                                }
                            >
                                {cursor_label}
                            </span>
                        </div>
                    </div>
                    <div class="tl-body">
                        <div class="tl-labels" style:height=move || px(track_height())>
                            <For each=move || rows.get() key=|lane| *lane let:lane>
                                {lane_label(cx, lane, on_select_iterator)}
                            </For>
                        </div>
                        <div
                            class="tl-track"
                            style:width=move || px(track_width())
                            style:height=move || px(track_height())
                        >
                            <For each=move || visible.get() key=|id| *id let:id>
                                {mark_view(id, cx)}
                            </For>
                            <div
                                class="tl-cursor"
                                aria-hidden="true"
                                style:transform=move || format!("translateX({})", px(cursor_px()))
                            ></div>
                        </div>
                    </div>
                </div>
                <Show when=move || !drawn_anything()>
                    <p class="tl-empty">"Step through the program: its tasks and async iterators appear here as they start."</p>
                </Show>
            </div>
            {details_tooltip(cx)}
            </div>
        </div>
    }
}

/// The label of lane `lane` (a button selecting the iterator, for iterator lanes when the
/// app listens).
fn lane_label(cx: TimelineContext, lane: u32, on_select: Option<Callback<u32>>) -> impl IntoView {
    let (iterator, is_task) = cx.model.with_value(|m| {
        let l = &m.lanes()[lane as usize];
        (l.iterator_id(), l.is_task())
    });
    // A lane's label can improve as more is read (the generator's or coroutine's name).
    let words = move || {
        cx.frame.track();
        cx.model.with_value(|m| {
            let lane = &m.lanes()[lane as usize];
            (lane.label.clone(), lane.title.clone())
        })
    };
    let label = move || words().0;
    let title = move || words().1;
    // `ticker() #2`: the name may be cut short on a narrow screen, never the `#2`.
    let name = move || split_tag(&words().0).0.to_string();
    let tag = move || split_tag(&words().0).1.to_string();
    let text = move || {
        view! {
            <span class="tl-lane-text">{name}</span>
            <span class="tl-lane-tag">{tag}</span>
        }
    };
    let transform = move || {
        let row = cx
            .row_of_lane
            .with(|rows| rows.get(lane as usize).copied().unwrap_or(0));
        format!("translateY({})", px(row as f64 * LANE_HEIGHT))
    };
    let class = if is_task {
        "tl-lane-label tl-lane-task"
    } else {
        "tl-lane-label tl-lane-iter"
    };
    let select = iterator.zip(on_select);
    view! {
        <div class=class style:transform=transform title=title data-lane=label>
            {match select {
                Some((id, on_select)) => view! {
                    <button
                        type="button"
                        class="tl-lane-select"
                        title=move || format!("Show {} in the iterator panel", words().1)
                        on:click=on_click(move |_| on_select.run(id))
                    >
                        {text()}
                    </button>
                }.into_any(),
                None => view! { <span class="tl-lane-name">{text()}</span> }.into_any(),
            }}
        </div>
    }
}

/// Splits a lane label into its name and a trailing `#N` id (empty when there is none).
fn split_tag(label: &str) -> (&str, &str) {
    match label.rsplit_once(" #") {
        Some((name, id)) if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) => {
            (name, &label[name.len() + 1..])
        }
        _ => (label, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::split_tag;

    #[test]
    fn lane_ids_are_split_off_so_narrow_labels_keep_them() {
        assert_eq!(split_tag("ticker() #2"), ("ticker()", "#2"));
        assert_eq!(split_tag("Countdown #12"), ("Countdown", "#12"));
        assert_eq!(split_tag("Task-1 · main"), ("Task-1 · main", ""));
        assert_eq!(split_tag("odd #name"), ("odd #name", ""));
    }
}
