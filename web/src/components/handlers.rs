//! Event handlers as one type per event. With `erase_components` Leptos compiles the code of
//! each attribute (building, rebuilding, cloning it) once per attribute type, and every
//! closure is a type of its own, so every click handler written as a closure was another copy
//! of the same listener code; a boxed handler is one type for all of them (issue 8, bundle
//! size).

use leptos::ev::MouseEvent;

/// A click handler, boxed.
pub type OnClick = Box<dyn FnMut(MouseEvent)>;

/// Boxes a click handler: `on:click=on_click(move |_| …)`.
pub fn on_click(handler: impl FnMut(MouseEvent) + 'static) -> OnClick {
    Box::new(handler)
}
