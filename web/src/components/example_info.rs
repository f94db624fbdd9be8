//! What the chosen example shows and what to watch while stepping through it.

use leptos::prelude::*;

use crate::app::Playground;
use crate::gallery_groups::code_spans;

/// Renders text with Markdown code spans as text and `<code>` elements.
fn rich_text(markdown: &'static str) -> impl IntoView {
    code_spans(markdown)
        .into_iter()
        .map(|(is_code, text)| {
            if is_code {
                view! { <code>{text}</code> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect_view()
}

/// The example's title, summary and "what to watch" note (nothing for the user's own program).
/// Once the editor no longer holds the example's program (the picker then says "Your own
/// program"), the title carries an "edited" badge: the notes describe the original.
#[component]
pub fn ExampleInfo() -> impl IntoView {
    let playground = expect_context::<Playground>();
    move || {
        playground.example.get().map(|example| {
            let edited = move || !playground.holds_program_of(example);
            view! {
                <section class="example-info" aria-label="About this example">
                    <div class="example-text">
                        <h2 class="example-title">
                            {rich_text(example.title)}
                            <Show when=edited>
                                " "
                                <span
                                    class="badge example-edited"
                                    data-testid="example-edited"
                                    title="You changed the program: these notes describe the \
                                           original example (pick it again to restore it)."
                                >
                                    "edited: notes describe the original"
                                </span>
                            </Show>
                        </h2>
                        <p class="example-summary">{rich_text(example.summary)}</p>
                    </div>
                    <details class="example-watch" open=true>
                        <summary>"What to watch"</summary>
                        <p>{rich_text(example.watch)}</p>
                    </details>
                </section>
            }
        })
    }
}
