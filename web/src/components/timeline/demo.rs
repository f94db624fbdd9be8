//! A stand-alone page part for the browser tests and the benchmark: the timeline of one
//! program with a few step buttons, mounted from JavaScript with
//! `wasmBindings.mount_timeline_demo(element, source)`. The playground itself mounts the
//! timeline through its app; this keeps the component testable on its own.

use std::cell::RefCell;
use std::rc::Rc;

use aiterscope_trace::Trace;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::{Timeline, TimelineSource};
use crate::components::handlers::on_click;
use crate::playback::worker_link;

/// The demo's trace and its signals.
#[derive(Clone, Copy)]
struct DemoSession {
    trace: StoredValue<Option<Trace>, LocalStorage>,
    generation: RwSignal<u64>,
    len: RwSignal<usize>,
    cursor: RwSignal<usize>,
}

impl TimelineSource for DemoSession {
    fn with_trace<R>(&self, read: impl FnOnce(&Trace) -> R) -> Option<R> {
        self.trace.with_value(|t| t.as_ref().map(read))
    }
    fn generation(&self) -> Signal<u64> {
        self.generation.into()
    }
    fn log_len(&self) -> Signal<usize> {
        self.len.into()
    }
    fn cursor(&self) -> Signal<usize> {
        self.cursor.into()
    }
}

impl DemoSession {
    /// Runs `change` on the trace, then publishes its length and cursor.
    fn update(&self, change: impl FnOnce(&mut Trace)) {
        self.trace.update_value(|t| {
            if let Some(t) = t.as_mut() {
                change(t);
            }
        });
        if let Some((len, cursor)) = self.with_trace(|t| (t.len(), t.cursor())) {
            self.len.set(len);
            self.cursor.set(cursor);
        }
    }
}

/// Mounts the timeline of `source` with step buttons into `element`, once the runtime's
/// worker recorded the whole run (the returned promise resolves then). Fails with the compile
/// error's message when the program does not compile.
#[wasm_bindgen]
pub async fn mount_timeline_demo(
    element: web_sys::HtmlElement,
    source: String,
) -> Result<(), JsValue> {
    let trace = record_whole_run(&source).await?;
    leptos::mount::mount_to(element, move || {
        let demo = DemoSession {
            trace: StoredValue::new_local(Some(trace)),
            generation: RwSignal::new(1),
            len: RwSignal::new(0),
            cursor: RwSignal::new(0),
        };
        demo.update(|_| {});
        let counter = move || format!("step {} / {}", demo.cursor.get(), demo.len.get().saturating_sub(1));
        view! {
            <div class="tl-demo">
                <div class="tl-demo-controls">
                    <button type="button" data-testid="demo-back" on:click=on_click(move |_| demo.update(|s| { s.step_back(); }))>"Back"</button>
                    <button type="button" data-testid="demo-step" on:click=on_click(move |_| demo.update(|s| { s.step_forward(); }))>"Step"</button>
                    <button type="button" data-testid="demo-next-anext" on:click=on_click(move |_| demo.update(|s| { s.next_anext(); }))>"Next anext"</button>
                    <button type="button" data-testid="demo-end" on:click=on_click(move |_| demo.update(|s| { s.goto(usize::MAX); }))>"Run to end"</button>
                    <span data-testid="demo-step-counter">{counter}</span>
                </div>
                <Timeline
                    source=demo
                    on_jump=Callback::new(move |step| demo.update(|s| { s.goto(step); }))
                />
            </div>
        }
    })
    .forget();
    Ok(())
}

/// The whole run of `source` as the worker records it, or the compile error's message.
async fn record_whole_run(source: &str) -> Result<Trace, JsValue> {
    let recording = worker_link::new_recording_id();
    worker_link::load_async(recording, source, "main.py", 1_000_000)
        .await
        .map_err(|e| JsValue::from_str(&format!("{}: {}", e.kind, e.msg)))?;
    let mut trace = Trace::default();
    while !trace.is_finished() {
        let received = Rc::new(RefCell::new(None));
        let into = received.clone();
        // One batch per request: the demo appends the whole reply at once.
        worker_link::record(recording, usize::MAX, 1_000.0, usize::MAX, move |batch| {
            *into.borrow_mut() = batch;
        })
        .await;
        let batch = received
            .take()
            .ok_or_else(|| JsValue::from_str("the runtime's worker failed"))?;
        trace
            .append(&batch)
            .map_err(|e| JsValue::from_str(&e.to_string()))?;
    }
    worker_link::forget(recording);
    trace.goto(0);
    Ok(trace)
}
