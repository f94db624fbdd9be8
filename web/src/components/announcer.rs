//! The current step in words: a visible caption that is also an ARIA live region, so screen
//! readers announce each step ("anext on Countdown #1 returned 2 at t=2.0").

use leptos::prelude::*;

use crate::app::Playground;
use crate::describe::describe_current_step;

/// The step caption / live region.
#[component]
pub fn StepAnnouncer() -> impl IntoView {
    let playground = expect_context::<Playground>();
    let sentence = Memo::new(move |_| {
        playground.state.with(|state| {
            let state = state.as_ref()?;
            playground.session.with_loaded(|loaded| {
                describe_current_step(&loaded.trace, &state.iterators, &loaded.index)
            })
        })
    });
    // What `anext` delivered is what a learner steps for: those captions stand out.
    let outcome = Memo::new(move |_| {
        playground.session.cursor().track();
        playground.session.generation().track();
        playground
            .session
            .with_trace(|trace| {
                trace
                    .current_event()
                    .filter(|event| event.kind.is_anext_outcome())
                    .map(|event| event.kind.name())
            })
            .flatten()
    });
    view! {
        <p class="step-caption" data-testid="step-caption" role="status" aria-live="polite"
            aria-atomic="true" data-kind=move || outcome.get()>
            {move || sentence.get().unwrap_or_default()}
        </p>
    }
}
