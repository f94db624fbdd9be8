//! The `?` popover: every keyboard shortcut and what it does.

use leptos::html::Div;
use leptos::prelude::*;

use crate::app::Playground;
use crate::components::handlers::{handler, on_click};
use crate::shortcuts::SHORTCUTS;

/// The shortcut help, shown while `Playground::help_open` is set; Escape or the close button
/// hides it.
#[component]
pub fn HelpDialog() -> impl IntoView {
    let playground = expect_context::<Playground>();
    let panel = NodeRef::<Div>::new();
    // Move the focus into the dialog when it opens, so Escape and Tab work at once.
    Effect::new(move |_| {
        if playground.help_open.get() {
            if let Some(panel) = panel.get() {
                let _ = panel.focus();
            }
        }
    });
    let close = move || playground.help_open.set(false);
    let rows = SHORTCUTS
        .iter()
        .map(|(_, keys, what)| {
            view! {
                <tr>
                    <th scope="row"><kbd>{*keys}</kbd></th>
                    <td>{*what}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div
            class="help-dialog"
            class:open=move || playground.help_open.get()
            role="dialog"
            aria-modal="false"
            aria-labelledby="help-title"
            tabindex="-1"
            node_ref=panel
            hidden=move || !playground.help_open.get()
            on:keydown=handler(move |event: web_sys::KeyboardEvent| {
                if event.key() == "Escape" {
                    event.stop_propagation();
                    close();
                }
            })
        >
            <div class="help-header">
                <h2 id="help-title">"Keyboard shortcuts"</h2>
                <button class="icon-button" aria-label="Close" title="Close (Escape)"
                    on:click=on_click(move |_| close())>"×"</button>
            </div>
            <p class="help-note">
                "Function keys work everywhere, also in the editor. Single keys work when the "
                "focus is outside the editor."
            </p>
            <table class="help-table">
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
