//! The page header: product name, the example picker and the shortcut help button.

use leptos::prelude::*;

use crate::app::Playground;
use crate::components::example_picker::ExamplePicker;
use crate::components::handlers::on_click;
use crate::shortcuts::Command;

/// The top bar of the playground.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let playground = expect_context::<Playground>();
    view! {
        <header class="site-header">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true">"⟳"</span>
                <h1 class="brand-name">"aiterscope"</h1>
            </div>
            <p class="tagline">
                "Step through Python's " <code>"async for"</code> ", one " <code>"anext"</code>
                " at a time."
            </p>
            <div class="header-tools">
                <ExamplePicker/>
                <crate::share::tools::ShareTools/>
                <button
                    class="icon-button help-button"
                    title="Keyboard shortcuts (?)"
                    aria-label="Keyboard shortcuts"
                    aria-haspopup="dialog"
                    aria-expanded=move || playground.help_open.get().to_string()
                    on:click=on_click(move |_| playground.dispatch(Command::ToggleHelp))
                >
                    "?"
                </button>
            </div>
        </header>
    }
}
