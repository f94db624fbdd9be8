//! A stand-alone page part for the browser tests and the benchmark: the timeline of one
//! program with a few step buttons, mounted from JavaScript with
//! `wasmBindings.mount_timeline_demo(element, source)`. The playground itself mounts the
//! timeline through its app; this keeps the component testable on its own.

use aiterscope_runtime::session::Session;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::{Timeline, TimelineSource};

/// The demo's session and its signals.
#[derive(Clone, Copy)]
struct DemoSession {
    session: StoredValue<Option<Session>, LocalStorage>,
    generation: RwSignal<u64>,
    len: RwSignal<usize>,
    cursor: RwSignal<usize>,
}

impl TimelineSource for DemoSession {
    fn with_session<R>(&self, read: impl FnOnce(&Session) -> R) -> Option<R> {
        self.session.with_value(|s| s.as_ref().map(read))
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
    /// Runs `change` on the session, then publishes its length and cursor.
    fn update(&self, change: impl FnOnce(&mut Session)) {
        self.session.update_value(|s| {
            if let Some(s) = s.as_mut() {
                change(s);
            }
        });
        if let Some((len, cursor)) = self.with_session(|s| (s.len(), s.cursor())) {
            self.len.set(len);
            self.cursor.set(cursor);
        }
    }
}

/// Mounts the timeline of `source` with step buttons into `element`. Fails with the
/// compile error's message when the program does not compile.
#[wasm_bindgen]
pub fn mount_timeline_demo(element: web_sys::HtmlElement, source: &str) -> Result<(), JsValue> {
    let session =
        Session::load(source).map_err(|e| JsValue::from_str(&format!("{}: {}", e.kind, e.msg)))?;
    leptos::mount::mount_to(element, move || {
        let demo = DemoSession {
            session: StoredValue::new_local(Some(session)),
            generation: RwSignal::new(1),
            len: RwSignal::new(0),
            cursor: RwSignal::new(0),
        };
        demo.update(|_| {});
        let counter = move || format!("step {} / {}", demo.cursor.get(), demo.len.get().saturating_sub(1));
        view! {
            <div class="tl-demo">
                <div class="tl-demo-controls">
                    <button type="button" data-testid="demo-back" on:click=move |_| demo.update(|s| { s.step_back(); })>"Back"</button>
                    <button type="button" data-testid="demo-step" on:click=move |_| demo.update(|s| { s.step_forward(); })>"Step"</button>
                    <button type="button" data-testid="demo-next-anext" on:click=move |_| demo.update(|s| { s.next_anext(); })>"Next anext"</button>
                    <button type="button" data-testid="demo-end" on:click=move |_| demo.update(|s| { s.run_to_end(1_000_000); })>"Run to end"</button>
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
