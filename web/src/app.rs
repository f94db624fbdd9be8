//! The full-page playground: editor, Run button and output panel.

use aiterscope_runtime::{run_program, RunConfig, RunResult};
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::components::console::ConsolePanel;
use crate::components::editor::Editor;
use crate::components::header::SiteHeader;
use crate::default_program::DEFAULT_PROGRAM;
use crate::traceback::error_marker;

/// The file name tracebacks show for the program in the editor.
pub const PLAYGROUND_FILENAME: &str = "<playground>";

/// The playground page.
#[component]
pub fn App() -> impl IntoView {
    let source = RwSignal::new(DEFAULT_PROGRAM.to_string());
    let result = RwSignal::new(None::<RunResult>);

    let run = move || {
        let output = source
            .with_untracked(|code| run_program(code, PLAYGROUND_FILENAME, &RunConfig::default()));
        result.set(Some(output));
    };
    let run_on_ctrl_enter = move |event: KeyboardEvent| {
        if event.key() == "Enter" && (event.ctrl_key() || event.meta_key()) {
            event.prevent_default();
            run();
        }
    };
    let error = Signal::derive(move || {
        result.with(|result| {
            result
                .as_ref()
                .and_then(|run| error_marker(&run.stderr, PLAYGROUND_FILENAME))
        })
    });

    view! {
        <SiteHeader/>
        <div class="workspace">
            <section class="pane editor-pane" aria-label="Program" on:keydown=run_on_ctrl_enter>
                <div class="pane-toolbar">
                    <h2 class="pane-title">"program.py"</h2>
                    <button
                        class="run-button"
                        data-testid="run"
                        title="Run the program (Ctrl+Enter)"
                        on:click=move |_| run()
                    >
                        <span aria-hidden="true">"▶"</span>
                        " Run"
                    </button>
                </div>
                <Editor value=source error=error/>
            </section>
            <section class="pane console-pane" aria-label="Output">
                <ConsolePanel result=result/>
            </section>
        </div>
    }
}
