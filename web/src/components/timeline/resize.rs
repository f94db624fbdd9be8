//! Watching an element's size with the browser's `ResizeObserver` (declared here, so the
//! crate needs no extra `web-sys` features).

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The browser's `ResizeObserver`.
    type ResizeObserver;

    #[wasm_bindgen(constructor, catch)]
    fn new(callback: &js_sys::Function) -> Result<ResizeObserver, JsValue>;

    #[wasm_bindgen(method)]
    fn observe(this: &ResizeObserver, target: &web_sys::Element);

    #[wasm_bindgen(method)]
    fn disconnect(this: &ResizeObserver);
}

/// Calls a function whenever an element changes size, until dropped.
pub struct SizeWatch {
    observer: ResizeObserver,
    /// Kept alive for as long as the observer may call it.
    _callback: Closure<dyn FnMut()>,
}

impl SizeWatch {
    /// Starts watching `element`; `None` where the browser has no `ResizeObserver`.
    pub fn new(element: &web_sys::Element, on_resize: impl Fn() + 'static) -> Option<SizeWatch> {
        let callback = Closure::<dyn FnMut()>::new(on_resize);
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(SizeWatch {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
