//! The page header: product name and what the playground is for.

use leptos::prelude::*;

/// The top bar of the playground page.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true">"⟳"</span>
                <h1 class="brand-name">"aiterscope"</h1>
            </div>
            <p class="tagline">"Step through Python's " <code>"async for"</code> ", one " <code>"anext"</code> " at a time."</p>
        </header>
    }
}
