//! The console: the program's output up to the current step, each line with the virtual time
//! it was printed at, then (at the end of a failed run) the traceback as CPython prints it.
//!
//! Times are drawn from a `data-t` attribute by CSS, so the console's text is exactly what the
//! program printed.

use aiterscope_trace::EndReason;
use leptos::prelude::*;

use crate::app::Playground;
use crate::format::format_time;
use crate::playback::{console_lines, ConsoleLine, ConsoleView, LineWindow};

/// The final lines the console draws (earlier ones are counted, not drawn): at least 400,
/// starting at a multiple of 100 lines so that a step adds or removes lines only at the end.
const WINDOW: LineWindow = LineWindow {
    min_lines: 400,
    align: 100,
};

/// The output panel.
#[component]
pub fn ConsolePanel() -> impl IntoView {
    let playground = expect_context::<Playground>();
    let view_model = Memo::new(move |_| {
        playground.state.with(|state| {
            let Some(state) = state.as_ref() else {
                return ConsoleView::default();
            };
            playground
                .session
                .with_loaded(|loaded| console_lines(&state.output, &loaded.index.outputs, WINDOW))
                .unwrap_or_default()
        })
    });
    let stderr = Memo::new(move |_| {
        if let Some(error) = playground.load_error.get() {
            return Some(error.report);
        }
        playground.state.with(|state| {
            let end = state.as_ref()?.end.as_ref()?;
            (end.reason != EndReason::Finished || !end.message.is_empty())
                .then(|| end.message.clone())
        })
    });
    let status = move || {
        if playground.load_error.with(Option::is_some) {
            return "syntax error".to_string();
        }
        playground
            .state
            .with(|state| match state.as_ref().and_then(|s| s.end.as_ref()) {
                None if state.is_none() => "not loaded".to_string(),
                None => "stepping".to_string(),
                Some(end) => match end.reason {
                    EndReason::Finished => "finished".to_string(),
                    EndReason::Failed => "exited with code 1".to_string(),
                    EndReason::Budget => "stopped by a budget".to_string(),
                },
            })
    };
    let failed = move || stderr.with(|text| text.is_some()) && !status().starts_with("finished");
    let console = NodeRef::<leptos::html::Pre>::new();
    // Keep the newest line in view, scrolling in the next animation frame: reading the height
    // right after the step's DOM writes would force an extra layout.
    Effect::new(move |_| {
        view_model.track();
        stderr.track();
        if let Some(console) = console.get() {
            request_animation_frame(move || console.set_scroll_top(console.scroll_height()));
        }
    });
    view! {
        <section class="pane console-pane" aria-label="Output">
            <div class="pane-toolbar">
                <h2 class="pane-title">"Output"</h2>
                <span class="run-status" class:failed=failed data-testid="run-status">
                    {status}
                </span>
            </div>
            <pre class="console" data-testid="console" node_ref=console tabindex="0"
                aria-label="Program output">
                {move || {
                    let hidden = view_model.with(|v| v.hidden_lines);
                    (hidden > 0)
                        .then(|| {
                            view! {
                                <span class="console-hidden" data-hidden=hidden.to_string()
                                    aria-label=format!("{hidden} earlier lines not shown")></span>
                            }
                        })
                }}
                <For
                    each=move || view_model.get().lines
                    key=|line| (line.start, line.text.len())
                    children=|line: ConsoleLine| {
                        view! {
                            <span class="console-line" data-t=format_time(line.t)>{line.text}</span>
                        }
                    }
                />
                {move || stderr.get().map(|text| view! { <span class="console-stderr">{text}</span> })}
            </pre>
        </section>
    }
}
