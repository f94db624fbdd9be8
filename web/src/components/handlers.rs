//! Event handlers as one type per event. With `erase_components` Leptos compiles the code of
//! each attribute (building, rebuilding, cloning it) once per attribute type, and every
//! closure is a type of its own, so every handler written as a closure was another copy of the
//! same listener code; a boxed handler is one type for all handlers of an event type (issue 8,
//! bundle size).

use leptos::ev::MouseEvent;

/// An event handler, boxed: one type for every handler of events of type `E`.
pub type Handler<E> = Box<dyn FnMut(E)>;

/// A click handler, boxed.
pub type OnClick = Handler<MouseEvent>;

/// Boxes an event handler, as in `on:keydown=handler(move |event: KeyboardEvent| …)`.
pub fn handler<E: 'static>(handler: impl FnMut(E) + 'static) -> Handler<E> {
    Box::new(handler)
}

/// Boxes a click handler, as in `on:click=on_click(move |_| …)`.
pub fn on_click(handler: impl FnMut(MouseEvent) + 'static) -> OnClick {
    Box::new(handler)
}
