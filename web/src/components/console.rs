//! The output panel: what the last run printed, stdout and stderr interleaved as CPython
//! would show them in a terminal, with the exit status.

use aiterscope_runtime::RunResult;
use leptos::prelude::*;

/// Shows the output of the last run, or a hint before the first run.
#[component]
pub fn ConsolePanel(
    /// The result of the last run; `None` before the first run.
    #[prop(into)]
    result: Signal<Option<RunResult>>,
) -> impl IntoView {
    let status = move || {
        result.with(|result| match result {
            None => "not run yet".to_string(),
            Some(run) if run.exit_code == 0 => "finished".to_string(),
            Some(run) => format!("exited with code {}", run.exit_code),
        })
    };
    let failed =
        move || result.with(|result| result.as_ref().is_some_and(|run| run.exit_code != 0));
    view! {
        <div class="pane-toolbar">
            <h2 class="pane-title">"Output"</h2>
            <span class="run-status" class:failed=failed data-testid="run-status">
                {status}
            </span>
        </div>
        <Show when=move || result.with(Option::is_none)>
            <p class="console-hint">"Press " <strong>"Run"</strong> " to see what the program prints."</p>
        </Show>
        <pre class="console" data-testid="console" aria-live="polite">
            {move || {
                result
                    .get()
                    .map(|run| {
                        view! {
                            <span class="console-stdout">{run.stdout}</span>
                            <span class="console-stderr">{run.stderr}</span>
                        }
                    })
            }}
        </pre>
    }
}
