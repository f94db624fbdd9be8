//! The error panel: the compile error of the program, or the traceback of the exception that
//! ended the run (once the cursor reaches the end), in CPython's format.

use aiterscope_trace::EndReason;
use leptos::prelude::*;

use crate::app::Playground;

/// What the error panel shows: a heading and CPython's report.
#[derive(Debug, Clone, PartialEq)]
struct ErrorReport {
    heading: &'static str,
    text: String,
}

/// Shown only while there is an error to show.
#[component]
pub fn ErrorPanel() -> impl IntoView {
    let playground = expect_context::<Playground>();
    let report = Memo::new(move |_| {
        if let Some(error) = playground.load_error.get() {
            return Some(ErrorReport {
                heading: "The program does not compile",
                text: error.report,
            });
        }
        playground.state.with(|state| {
            let end = state.as_ref()?.end.as_ref()?;
            let heading = match end.reason {
                EndReason::Finished => return None,
                EndReason::Failed => "Uncaught exception",
                EndReason::Budget => "Stopped",
            };
            Some(ErrorReport {
                heading,
                text: end.message.clone(),
            })
        })
    });
    move || {
        report.get().map(|report| {
            view! {
                <section class="pane error-pane" data-testid="error" aria-label="Error"
                    role="alert">
                    <div class="pane-toolbar">
                        <h2 class="pane-title">{report.heading}</h2>
                    </div>
                    <pre class="error-text">{report.text}</pre>
                </section>
            }
        })
    }
}
