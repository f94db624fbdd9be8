//! The timeline's header: its title, the axis toggle, the zoom buttons and a legend.

use leptos::prelude::*;

use super::layout::next_zoom;
use super::model::Axis;
use crate::components::handlers::on_click;
use crate::format::fixed;

/// The header row above the lanes.
#[component]
pub fn TimelineToolbar(
    /// The axis shown; the toggle switches it.
    axis: RwSignal<Axis>,
    /// The zoom factor; the buttons step through the zoom levels.
    zoom: RwSignal<f64>,
) -> impl IntoView {
    let axis_button = move |choice: Axis, hint: &'static str| {
        view! {
            <button
                type="button"
                class="tl-toggle"
                data-testid=format!("timeline-axis-{}", choice.id())
                aria-pressed=move || (axis.get() == choice).to_string()
                title=hint
                on:click=on_click(move |_| axis.set(choice))
            >
                {choice.label()}
            </button>
        }
    };
    view! {
        <div class="tl-toolbar">
            <h2 class="tl-title">"Timeline"</h2>
            <div class="tl-axis-toggle" role="group" aria-label="Horizontal axis">
                {axis_button(Axis::Time, "Virtual time: events of one instant side by side, gaps for the time that passes")}
                {axis_button(Axis::Steps, "Steps: one slot per event, in the order they happened")}
            </div>
            <div class="tl-zoom" role="group" aria-label="Zoom">
                <button
                    type="button"
                    class="tl-zoom-button"
                    title="Zoom out"
                    aria-label="Zoom out"
                    data-testid="timeline-zoom-out"
                    on:click=on_click(move |_| zoom.update(|z| *z = next_zoom(*z, -1)))
                >
                    "−"
                </button>
                <span class="tl-zoom-level" aria-live="polite">
                    {move || format!("{}%", fixed(zoom.get() * 100.0, 0))}
                </span>
                <button
                    type="button"
                    class="tl-zoom-button"
                    title="Zoom in"
                    aria-label="Zoom in"
                    data-testid="timeline-zoom-in"
                    on:click=on_click(move |_| zoom.update(|z| *z = next_zoom(*z, 1)))
                >
                    "+"
                </button>
            </div>
            <ul class="tl-legend" aria-label="Legend">
                <li><span class="tl-key tl-key-anext"></span>"anext call"</li>
                <li><span class="tl-key tl-key-marble"></span>"value"</li>
                <li><span class="tl-key tl-key-terminal"></span>"StopAsyncIteration"</li>
                <li><span class="tl-key tl-key-await"></span>"await"</li>
                <li><span class="tl-key tl-key-running"></span>"running"</li>
                <li><span class="tl-key tl-key-cross"></span>"error"</li>
            </ul>
        </div>
    }
}
