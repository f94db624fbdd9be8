//! Handing the main thread back to the browser between slices of work.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Resolves on the browser's next task (a zero-delay timeout), after it had the chance to
/// paint and handle input.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        } else {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Milliseconds from a monotonic clock (`performance.now()`), 0 where there is none.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}
