//! The iterator state panel: for the selected async iterator, its status (created, running,
//! suspended at `yield` line N, awaiting X, exhausted, closed), its fields or generator
//! locals, and the values it delivered so far (each a link to its step).

use aiterscope_trace::short::format_short;
use aiterscope_trace::{IterStatus, IterView, StepState, TaskStatus};
use leptos::prelude::*;

use crate::app::Playground;
use crate::components::handlers::on_click;
use crate::format::format_time;

/// Delivered values the panel lists at most (the latest ones).
const MAX_VALUES: usize = 40;

/// One delivered value (or the final `StopAsyncIteration`) as the panel lists it.
#[derive(Debug, Clone, PartialEq)]
struct Delivery {
    step: usize,
    text: Option<String>,
    t: f64,
}

/// The iterator to show: the chosen one if it exists, else one that is busy, else the newest.
fn pick(state: &StepState, chosen: Option<u32>) -> Option<&IterView> {
    let iterators = &state.iterators;
    chosen
        .and_then(|id| iterators.iter().find(|it| it.id == id))
        .or_else(|| {
            iterators
                .iter()
                .rev()
                .find(|it| matches!(it.status, IterStatus::Running | IterStatus::Awaiting))
        })
        .or(iterators.last())
}

/// What an iterator waits for: the await of the task running its `__anext__` (an async
/// generator's frame, or a class-based iterator's `__anext__` method).
fn awaited_by(state: &StepState, iterator: &IterView) -> Option<String> {
    state
        .tasks
        .iter()
        .filter(|task| task.status == TaskStatus::Waiting)
        .find(|task| {
            task.frames.iter().any(|frame| match iterator.frame {
                Some((id, _)) => frame.id == id,
                None => frame.function.ends_with("__anext__"),
            })
        })
        .and_then(|task| task.awaiting.clone())
}

/// The status in words.
fn status_text(state: &StepState, iterator: &IterView) -> String {
    let line = iterator.frame.map(|(_, line)| line);
    match (iterator.status, line) {
        (IterStatus::Created, _) => "created: no anext yet".to_string(),
        (IterStatus::Running, Some(line)) => format!("running, line {line}"),
        (IterStatus::Running, None) => "running its __anext__".to_string(),
        (IterStatus::Suspended, Some(line)) => format!("suspended at yield, line {line}"),
        (IterStatus::Suspended, None) => "suspended between anext calls".to_string(),
        (IterStatus::Awaiting, _) => match awaited_by(state, iterator) {
            Some(what) => format!("awaiting {what}"),
            None => "awaiting".to_string(),
        },
        (IterStatus::Exhausted, _) => "exhausted: StopAsyncIteration".to_string(),
        (IterStatus::Closed, _) => "closed".to_string(),
    }
}

/// The panel.
#[component]
pub fn IteratorPanel() -> impl IntoView {
    let playground = expect_context::<Playground>();
    let chosen = playground.selected_iterator;
    let shown = Memo::new(move |_| {
        let chosen = chosen.get();
        playground.state.with(|state| {
            let state = state.as_ref()?;
            let iterator = pick(state, chosen)?;
            Some((iterator.clone(), status_text(state, iterator)))
        })
    });
    // Iterators are named as their timeline lanes are (`ticker() #2`).
    let name_of = move |iterator: &IterView| {
        playground
            .session
            .with_loaded(|loaded| loaded.index.iterator_name(&iterator.type_name, iterator.id))
            .unwrap_or_else(|| format!("{} #{}", iterator.type_name, iterator.id))
    };
    let choices = Memo::new(move |_| {
        playground.state.with(|state| {
            state.as_ref().map_or_else(Vec::new, |state| {
                state
                    .iterators
                    .iter()
                    .map(|it| (it.id, name_of(it)))
                    .collect::<Vec<_>>()
            })
        })
    });
    let deliveries = Memo::new(move |_| {
        let id = shown.with(|shown| shown.as_ref().map(|(it, _)| it.id))?;
        let cursor = playground.session.cursor().get();
        playground.session.generation().track();
        playground.session.with_loaded(|loaded| {
            let strings = &loaded.trace.log().strings;
            let all: Vec<_> = loaded.index.outcomes_of(id, cursor).collect();
            all[all.len().saturating_sub(MAX_VALUES)..]
                .iter()
                .map(|outcome| Delivery {
                    step: outcome.step,
                    text: outcome.value.map(|v| format_short(v, strings)),
                    t: outcome.t,
                })
                .collect::<Vec<_>>()
        })
    });
    let selected_id = move || shown.with(|s| s.as_ref().map(|(it, _)| it.id));

    view! {
        <section class="pane state-pane" data-testid="iterator-state" aria-label="Iterator state">
            <div class="pane-toolbar">
                <h2 class="pane-title">"Async iterator"</h2>
                <Show when=move || choices.with(|c| c.len() > 1)>
                    <div class="chooser" role="group" aria-label="Choose an iterator">
                        <For
                            each=move || choices.get()
                            key=|choice| choice.clone()
                            children=move |(id, name)| {
                                view! {
                                    <button
                                        class="chip-button"
                                        aria-pressed=move || (selected_id() == Some(id)).to_string()
                                        on:click=on_click(move |_| chosen.set(Some(id)))
                                    >
                                        {name}
                                    </button>
                                }
                            }
                        />
                    </div>
                </Show>
            </div>
            <div class="pane-body">
                {move || match shown.get() {
                    None => view! {
                        <p class="empty">"No async iterator yet: step until "
                            <code>"aiter()"</code>" or "<code>"async for"</code>" obtains one."</p>
                    }.into_any(),
                    Some((iterator, status)) => view! {
                        <p class="iter-heading">
                            <span class="iter-name">{name_of(&iterator)}</span>
                            <span class=format!("badge status-{}", iterator.status.as_str())
                                data-status=iterator.status.as_str()>
                                {status}
                            </span>
                        </p>
                        <p class="iter-count">{format!(
                            "{} value{} delivered",
                            iterator.delivered,
                            if iterator.delivered == 1 { "" } else { "s" }
                        )}</p>
                        <VariableTable rows=iterator.fields caption="Fields and locals"/>
                    }.into_any(),
                }}
                <Show when=move || deliveries.with(|d| d.as_ref().is_some_and(|d| !d.is_empty()))>
                    <h3 class="sub-heading">"Delivered so far"</h3>
                    <ol class="deliveries">
                        <For
                            each=move || deliveries.get().unwrap_or_default()
                            key=|delivery| delivery.step
                            children=move |delivery: Delivery| {
                                let label = delivery.text.clone()
                                    .unwrap_or_else(|| "StopAsyncIteration".to_string());
                                let stop = delivery.text.is_none();
                                view! {
                                    <li>
                                        <button
                                            class="marble"
                                            class:stop=stop
                                            data-step=delivery.step.to_string()
                                            title=format!("step {} at t={}: jump there", delivery.step, format_time(delivery.t))
                                            on:click=on_click(move |_| playground.jump(delivery.step))
                                        >
                                            {label}
                                        </button>
                                    </li>
                                }
                            }
                        />
                    </ol>
                </Show>
            </div>
        </section>
    }
}

/// A two-column table of names and short reprs (nothing when empty).
#[component]
pub fn VariableTable(
    /// `(name, repr)` pairs.
    rows: Vec<(String, String)>,
    /// The table's caption (for assistive technology).
    caption: &'static str,
) -> impl IntoView {
    (!rows.is_empty()).then(|| {
        let body = rows
            .into_iter()
            .map(|(name, value)| {
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td>{value}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="vars">
                <caption class="visually-hidden">{caption}</caption>
                <tbody>{body}</tbody>
            </table>
        }
    })
}
