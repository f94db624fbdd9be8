//! The page's link to the Python runtime in a Web Worker (`web/worker`): one worker per page,
//! shared by every playground on it (each with its own recording id), created on first use
//! (the first program a playground loads: on the full page, the default example right after
//! the UI mounts, so the worker compiles its module and warms the VM up while the page is
//! being read).
//!
//! Requests are answered in order, one reply each, except that a `record` reply comes in
//! parts, each in a message (and so a main-thread task) of its own (the protocol is described
//! in `web/worker/aiterscope-worker.js`). A reply's handler runs synchronously in the worker's
//! `message` event, so batches are appended to a trace in exactly the order the worker sent
//! them.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::rc::Rc;

use aiterscope_trace::SyntaxErrorInfo;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The worker script, found in the folder the playground's files are served from.
const WORKER_SCRIPT: &str = "aiterscope-worker.js";

/// A reply's handler: called with each part of the reply (`true` with the last one).
type OnReply = Box<dyn FnMut(JsValue, bool)>;

/// The worker and the handlers of the requests it has not answered yet.
struct Link {
    worker: web_sys::Worker,
    pending: Rc<RefCell<HashMap<u32, OnReply>>>,
    next_request: u32,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static LINK: RefCell<Option<Link>> = const { RefCell::new(None) };
    static BASE: RefCell<Option<String>> = const { RefCell::new(None) };
    static NEXT_RECORDING: Cell<u32> = const { Cell::new(1) };
}

/// Sets the folder the worker is loaded from (the first call wins: an embed passes the folder
/// of `embed.js`, the full page its own folder).
pub fn use_base(folder: &str) {
    BASE.with(|base| {
        base.borrow_mut().get_or_insert_with(|| folder.to_string());
    });
}

/// A recording id no other playground of this page uses.
pub fn new_recording_id() -> u32 {
    NEXT_RECORDING.with(|next| {
        let id = next.get();
        next.set(id + 1);
        id
    })
}

/// Compiles `source` as recording `recording`; `done` gets the compile error, if any.
pub fn load(
    recording: u32,
    source: &str,
    filename: &str,
    event_budget: usize,
    done: impl FnOnce(Result<(), SyntaxErrorInfo>) + 'static,
) {
    let message = message("load", recording);
    set(&message, "source", &JsValue::from_str(source));
    set(&message, "filename", &JsValue::from_str(filename));
    set(&message, "budget", &JsValue::from(event_budget as f64));
    send(message, move |reply| done(syntax_error_of(&reply)));
}

/// [`load`] as a future.
pub async fn load_async(
    recording: u32,
    source: &str,
    filename: &str,
    event_budget: usize,
) -> Result<(), SyntaxErrorInfo> {
    let outcome = Rc::new(RefCell::new(None));
    let into = outcome.clone();
    let mut resolve_later = None;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| resolve_later = Some(resolve));
    load(recording, source, filename, event_budget, move |result| {
        *into.borrow_mut() = Some(result);
        if let Some(resolve) = resolve_later {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    outcome.take().unwrap_or(Ok(()))
}

/// Asks the worker to record `recording` until it has more than `until` events, it ends, or
/// about `budget_ms` passed, and to send what it recorded in batches of at most
/// `events_per_batch` events. `on_batch` gets each batch (None when the worker failed) as soon
/// as it arrives, each in a main-thread task of its own; the returned future resolves after
/// the last one.
pub fn record(
    recording: u32,
    until: usize,
    budget_ms: f64,
    events_per_batch: usize,
    mut on_batch: impl FnMut(Option<Vec<u8>>) + 'static,
) -> impl Future<Output = ()> {
    let message = message("record", recording);
    set(
        &message,
        "until",
        &JsValue::from(until.min(u32::MAX as usize) as f64),
    );
    set(&message, "budgetMs", &JsValue::from(budget_ms));
    set(
        &message,
        "eventsPerBatch",
        &JsValue::from(events_per_batch.min(u32::MAX as usize) as f64),
    );
    let mut resolve_later = None;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| resolve_later = Some(resolve));
    send_in_parts(message, move |reply, last| {
        let batch = js_sys::Reflect::get(&reply, &JsValue::from_str("batch"))
            .ok()
            .and_then(|b| b.dyn_into::<js_sys::Uint8Array>().ok())
            .map(|b| b.to_vec());
        on_batch(batch);
        if last {
            if let Some(resolve) = resolve_later.take() {
                let _ = resolve.call0(&JsValue::NULL);
            }
        }
    });
    async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// Tells the worker to drop recording `recording` (its program was replaced or unmounted).
pub fn forget(recording: u32) {
    let started = LINK.with(|link| link.borrow().is_some());
    if started {
        send(message("forget", recording), |_| ());
    }
}

/// A request object with its operation and recording.
fn message(op: &str, recording: u32) -> js_sys::Object {
    let message = js_sys::Object::new();
    set(&message, "op", &JsValue::from_str(op));
    set(&message, "recording", &JsValue::from(recording));
    message
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}

/// Sends `message` with a fresh request id; `on_reply` runs with the reply (`undefined` if
/// the worker failed).
fn send(message: js_sys::Object, on_reply: impl FnOnce(JsValue) + 'static) {
    let mut on_reply = Some(on_reply);
    send_in_parts(message, move |reply, _last| {
        if let Some(on_reply) = on_reply.take() {
            on_reply(reply);
        }
    });
}

/// Sends `message` with a fresh request id; `on_part` runs with each part of the reply, the
/// last one flagged (`undefined`, flagged last, if the worker failed).
fn send_in_parts(message: js_sys::Object, on_part: impl FnMut(JsValue, bool) + 'static) {
    with_link(|link| {
        let id = link.next_request;
        link.next_request = link.next_request.wrapping_add(1);
        set(&message, "id", &JsValue::from(id));
        link.pending.borrow_mut().insert(id, Box::new(on_part));
        if let Err(error) = link.worker.post_message(&message) {
            web_sys::console::error_2(&"aiterscope: cannot reach the worker".into(), &error);
            if let Some(mut on_part) = link.pending.borrow_mut().remove(&id) {
                on_part(JsValue::UNDEFINED, true);
            }
        }
    });
}

/// Runs `f` on the page's link, starting the worker first if needed.
fn with_link<R>(f: impl FnOnce(&mut Link) -> R) -> R {
    LINK.with(|cell| {
        let mut link = cell.borrow_mut();
        let link = link.get_or_insert_with(start_worker);
        f(link)
    })
}

/// Creates the worker and its message handlers.
fn start_worker() -> Link {
    let base = BASE
        .with(|base| base.borrow().clone())
        .unwrap_or_else(page_folder);
    let url = format!("{base}{WORKER_SCRIPT}");
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options(&same_origin_url(&url), &options)
        .expect_throw("aiterscope: the browser refused to start the runtime's worker");
    let pending: Rc<RefCell<HashMap<u32, OnReply>>> = Rc::default();
    let replies = pending.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let reply = event.data();
            let id = js_sys::Reflect::get(&reply, &JsValue::from_str("id"))
                .ok()
                .and_then(|id| id.as_f64())
                .map(|id| id as u32);
            // Every reply but a `record` reply's non-final parts (`last: false`) is final.
            let last = js_sys::Reflect::get(&reply, &JsValue::from_str("last"))
                .ok()
                .and_then(|last| last.as_bool())
                .unwrap_or(true);
            let Some(id) = id else {
                return;
            };
            // Taken out while it runs (it may send requests itself), put back unless final.
            let handler = replies.borrow_mut().remove(&id);
            if let Some(mut handler) = handler {
                handler(reply, last);
                if !last {
                    replies.borrow_mut().insert(id, handler);
                }
            }
        });
    let failed = pending.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        web_sys::console::error_2(&"aiterscope: the runtime's worker failed".into(), &event);
        let handlers: Vec<OnReply> = failed.borrow_mut().drain().map(|(_, h)| h).collect();
        for mut handler in handlers {
            handler(JsValue::UNDEFINED, true);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Link {
        worker,
        pending,
        next_request: 1,
        _on_message: on_message,
        _on_error: on_error,
    }
}

/// The folder of the page (where the full playground's files are).
fn page_folder() -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    crate::share::launch::folder_of(&href)
}

/// `url` itself when it is on the page's origin; otherwise a `blob:` module that imports it
/// (browsers start workers only from the page's origin; the script's own imports then
/// resolve against its real URL, and its host must allow CORS, as for `embed.js`).
fn same_origin_url(url: &str) -> String {
    let origin = web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default();
    if url.starts_with(&format!("{origin}/")) || !url.contains("://") {
        return url.to_string();
    }
    let source = format!("import {};", js_string(url));
    let parts = js_sys::Array::of1(&JsValue::from_str(&source));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob))
        .unwrap_or_else(|_| url.to_string())
}

/// `text` as a JavaScript string literal.
fn js_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The compile error in a `load` reply (`error: [kind, message, line, column]`), if any. A
/// reply without a usable answer (the worker failed) is reported as an error too.
fn syntax_error_of(reply: &JsValue) -> Result<(), SyntaxErrorInfo> {
    if reply.is_undefined() {
        return Err(SyntaxErrorInfo {
            kind: "RuntimeError".into(),
            msg: "the Python runtime (a Web Worker) could not be started".into(),
            line: 0,
            col: 0,
        });
    }
    let error = js_sys::Reflect::get(reply, &JsValue::from_str("error")).unwrap_or_default();
    let Some(parts) = error.dyn_ref::<js_sys::Array>() else {
        return Ok(());
    };
    let text = |i: u32| parts.get(i).as_string().unwrap_or_default();
    let number = |i: u32| parts.get(i).as_f64().unwrap_or(0.0) as u32;
    Err(SyntaxErrorInfo {
        kind: text(0),
        msg: text(1),
        line: number(2),
        col: number(3),
    })
}
