//! The example picker: every gallery example, grouped under headings.

use leptos::prelude::*;

use crate::app::Playground;
use crate::components::handlers::handler;
use crate::gallery_groups::{grouped_examples, plain_text};

/// The value of the picker's entry for a program that is not (or no longer) a gallery example.
const OWN_PROGRAM: &str = "";

/// A `<select>` of the gallery; choosing an entry opens that example.
#[component]
pub fn ExamplePicker() -> impl IntoView {
    let playground = expect_context::<Playground>();
    // The picker shows the example only while the editor still holds its program.
    let selected = move || {
        let example = playground.example.get()?;
        playground.holds_program_of(example).then_some(example.id)
    };
    let on_change = move |event| {
        let id = event_target_value(&event);
        if let Some(example) = aiterscope_gallery::find(&id) {
            playground.open_example(example);
        }
    };
    let groups = grouped_examples()
        .into_iter()
        .map(|(label, examples)| {
            let options = examples
                .into_iter()
                .map(|example| {
                    view! {
                        <option
                            value=example.id
                            selected=move || selected() == Some(example.id)
                        >
                            {plain_text(example.title)}
                        </option>
                    }
                })
                .collect_view();
            view! { <optgroup label=label>{options}</optgroup> }
        })
        .collect_view();
    view! {
        <label class="picker">
            <span class="picker-label">"Example"</span>
            <select
                data-testid="example-picker"
                aria-label="Example program"
                prop:value=move || selected().unwrap_or(OWN_PROGRAM)
                on:change=handler(on_change)
            >
                <option value=OWN_PROGRAM disabled=true selected=move || selected().is_none()>
                    "Your own program"
                </option>
                {groups}
            </select>
        </label>
    }
}
