//! The event loop panel: the clock, each task with its state, what it awaits and its call
//! stack (function, line, locals), the ready queue, pending timers and queue contents.

use aiterscope_trace::FrameRole;
use aiterscope_trace::{FrameView, TaskView};
use leptos::prelude::*;

use crate::app::Playground;
use crate::components::iterator_panel::VariableTable;
use crate::format::format_time;

/// One frame of a call stack.
fn frame_view(frame: FrameView) -> impl IntoView {
    let role = match frame.role {
        FrameRole::Module => "module",
        FrameRole::Function => "function",
        FrameRole::Class => "class body",
        FrameRole::Generator => "generator",
        FrameRole::Coroutine => "coroutine",
        FrameRole::AsyncGenerator => "async generator",
        FrameRole::Driver => "event loop",
    };
    let where_ = if frame.line > 0 {
        format!("line {}", frame.line)
    } else {
        String::new()
    };
    view! {
        <li class="frame" class:suspended=frame.suspended>
            <div class="frame-head">
                <code class="frame-function">{frame.function}</code>
                <span class="frame-meta">{role}" "{where_}</span>
            </div>
            <VariableTable rows=frame.locals caption="Locals"/>
        </li>
    }
}

/// One task: name, status, what it awaits, its result, its stack (innermost frame first).
fn task_view(task: TaskView) -> impl IntoView {
    let status = task.status.as_str();
    let detail = match (&task.awaiting, &task.result) {
        (_, Some(result)) => Some(format!("→ {result}")),
        (Some(awaiting), None) => Some(format!("awaits {awaiting}")),
        _ => None,
    };
    let frames = task.frames.into_iter().rev().map(frame_view).collect_view();
    let name = task.name;
    let data_task = name.clone();
    view! {
        <li class="task" data-task=data_task data-status=status>
            <div class="task-head">
                <span class="task-name">{name}</span>
                <span class=format!("badge task-{status}")>{status}</span>
                {detail.map(|detail| view! { <span class="task-detail">{detail}</span> })}
            </div>
            <ol class="stack" aria-label="Call stack, innermost first">{frames}</ol>
        </li>
    }
}

/// The panel.
#[component]
pub fn EventLoopPanel() -> impl IntoView {
    let playground = expect_context::<Playground>();
    let body = move || {
        playground.state.with(|state| {
            let Some(state) = state.as_ref() else {
                return view! { <p class="empty">"Nothing loaded."</p> }.into_any();
            };
            let event_loop = &state.event_loop;
            let ready = if event_loop.ready.is_empty() {
                "empty".to_string()
            } else {
                event_loop.ready.join(", ")
            };
            let timers = if event_loop.timers.is_empty() {
                "none".to_string()
            } else {
                event_loop
                    .timers
                    .iter()
                    .map(|when| format!("t={}", format_time(*when)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let objects = state
                .objects
                .iter()
                .map(|object| {
                    view! {
                        <li><code>{format!("{} #{}", object.type_name, object.id)}</code>
                            " "{object.desc.clone()}</li>
                    }
                })
                .collect_view();
            let has_objects = !state.objects.is_empty();
            let exception = state.exception.as_ref().map(|e| {
                let how = if e.caught { "caught" } else { "raised" };
                let separator = if e.message.is_empty() { "" } else { ": " };
                format!("{how} {}{separator}{}", e.type_name, e.message)
            });
            let tasks = state
                .tasks
                .clone()
                .into_iter()
                .map(task_view)
                .collect_view();
            view! {
                <dl class="loop-facts">
                    <dt>"Clock"</dt><dd>{format!("t = {} s", format_time(event_loop.clock))}</dd>
                    <dt>"Running"</dt><dd>{state.task.clone()}</dd>
                    <dt>"Ready queue"</dt><dd>{ready}</dd>
                    <dt>"Timers"</dt><dd>{timers}</dd>
                    {exception.map(|text| view! { <dt>"Last exception"</dt><dd>{text}</dd> })}
                </dl>
                {has_objects.then(|| view! {
                    <h3 class="sub-heading">"Queues, events, locks"</h3>
                    <ul class="objects">{objects}</ul>
                })}
                <h3 class="sub-heading">"Tasks"</h3>
                <ul class="tasks">{tasks}</ul>
            }
            .into_any()
        })
    };
    view! {
        <section class="pane state-pane" data-testid="event-loop" aria-label="Event loop">
            <div class="pane-toolbar">
                <h2 class="pane-title">"Event loop"</h2>
            </div>
            <div class="pane-body">{body}</div>
        </section>
    }
}
