//! The control bar: stepping buttons, play/pause with speed, the scrubber, the step counter
//! and the virtual clock.

use leptos::prelude::*;

use crate::app::Playground;
use crate::components::handlers::{handler, on_click};
use crate::components::icons::{icon, Icon};
use crate::format::format_time;
use crate::shortcuts::{keys_for, Command};

/// Playing speeds offered, in steps per second.
const SPEEDS: &[u32] = &[2, 5, 10, 30, 100];

/// One control button: an icon, a label (visible when `show_label`), a tooltip with the
/// shortcut, `aria-disabled` while the command would do nothing.
#[component]
fn ControlButton(
    /// Which command it runs.
    command: Command,
    /// Its `data-testid`.
    test_id: &'static str,
    /// What it does, in a few words (its accessible name).
    label: &'static str,
    /// Its icon.
    #[prop(into)]
    glyph: Signal<Icon>,
    /// When the command would do nothing.
    #[prop(into)]
    inactive: Signal<bool>,
    /// The main button (drawn prominent, label always visible).
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    let playground = expect_context::<Playground>();
    let tooltip = format!("{label} ({})", keys_for(command));
    view! {
        <button
            class="control"
            class:primary=primary
            data-testid=test_id
            title=tooltip
            aria-label=label
            aria-disabled=move || inactive.get().to_string()
            on:click=on_click(move |_| {
                if !inactive.get_untracked() {
                    playground.dispatch(command)
                }
            })
        >
            {move || icon(glyph.get())}
            <span class="control-label" class:always=primary>{label}</span>
        </button>
    }
}

/// The control bar.
#[component]
pub fn Controls() -> impl IntoView {
    let playground = expect_context::<Playground>();
    let session = playground.session;
    let cursor = session.cursor();
    let len = session.len();
    let finished = session.is_finished();
    let edited = Memo::new(move |_| playground.is_edited());
    let at_start = Signal::derive(move || cursor.get() == 0 && !edited.get());
    let at_end =
        Signal::derive(move || !edited.get() && finished.get() && cursor.get() + 1 >= len.get());
    let cannot_run =
        Signal::derive(move || playground.load_error.with(Option::is_some) && !edited.get());
    let forward_inactive = Signal::derive(move || at_end.get() || cannot_run.get());
    let back_inactive = Signal::derive(move || at_start.get() || cannot_run.get());
    let play_icon = Signal::derive(move || {
        if playground.playing.get() {
            Icon::Pause
        } else {
            Icon::Play
        }
    });
    let last_step = move || len.get().saturating_sub(1);
    let counter = move || {
        let more = if finished.get() { "" } else { "+" };
        format!("step {} / {}{more}", cursor.get(), last_step())
    };
    let clock = move || {
        let t = playground
            .state
            .with(|state| state.as_ref().map_or(0.0, |s| s.event_loop.clock));
        format!("t = {} s", format_time(t))
    };
    let busy = playground.driver.busy();
    let on_scrub = move |event| {
        if let Ok(step) = event_target_value(&event).parse::<usize>() {
            playground.jump(step);
        }
    };
    let on_speed = move |event| {
        if let Ok(speed) = event_target_value(&event).parse::<u32>() {
            playground.speed.set(speed);
        }
    };

    view! {
        <section class="controls" aria-label="Stepping controls">
            <div class="control-buttons" role="toolbar" aria-label="Step through the program">
                <ControlButton command=Command::Reset test_id="reset" label="Reset"
                    glyph=Icon::Reset inactive=cannot_run/>
                <ControlButton command=Command::StepBack test_id="step-back" label="Step back"
                    glyph=Icon::StepBack inactive=back_inactive/>
                <ControlButton command=Command::PrevAnext test_id="prev-anext" label="Previous anext"
                    glyph=Icon::PrevAnext inactive=back_inactive/>
                <ControlButton command=Command::NextAnext test_id="next-anext" label="Next anext"
                    glyph=Icon::NextAnext inactive=forward_inactive primary=true/>
                <ControlButton command=Command::StepForward test_id="step-forward" label="Step"
                    glyph=Icon::StepForward inactive=forward_inactive/>
                <ControlButton command=Command::TogglePlay test_id="play" label="Play / pause"
                    glyph=play_icon inactive=cannot_run/>
                <label class="speed">
                    <span class="visually-hidden">"Playing speed"</span>
                    <select aria-label="Playing speed" title="Playing speed (steps per second)"
                        on:change=handler(on_speed)>
                        {SPEEDS
                            .iter()
                            .map(|&speed| {
                                view! {
                                    <option value=speed.to_string()
                                        selected=move || playground.speed.get() == speed>
                                        {format!("{speed}/s")}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <ControlButton command=Command::RunToEnd test_id="run-to-end" label="Run to end"
                    glyph=Icon::RunToEnd inactive=forward_inactive/>
            </div>
            <div class="position">
                <input
                    type="range"
                    class="scrubber"
                    data-testid="scrubber"
                    aria-label="Step"
                    title="Drag to any recorded step"
                    min="0"
                    max=move || last_step().to_string()
                    prop:value=move || cursor.get().to_string()
                    aria-valuetext=counter
                    on:input=handler(on_scrub)
                />
                <span class="step-counter" data-testid="step-counter">{counter}</span>
                <span class="clock" data-testid="clock" title="The event loop's virtual clock">
                    {clock}
                </span>
                <span class="busy" class:visible=move || busy.get() role="status">
                    {move || {
                        if busy.get() {
                            format!("running… {} events", len.get())
                        } else {
                            String::new()
                        }
                    }}
                </span>
            </div>
        </section>
    }
}
