//! The aiterscope playground: a Leptos (client-side rendered) app compiled to wasm.
//!
//! The wasm starts in [`start`], which mounts the full playground only on a page that has
//! `<main id="app">`. Other pages (embeds) load the same wasm and call [`mount_playground`]
//! for each element they want a playground in; the app only ever touches the element it is
//! given (and, for the full page, the window's URL hash and keyboard).

pub mod app;
pub mod bench;
pub mod components;
pub mod default_program;
pub mod describe;
pub mod embed;
pub mod format;
pub mod gallery_groups;
pub mod playback;
pub mod share;
pub mod shortcuts;
pub mod traceback;
pub mod url;

use wasm_bindgen::prelude::*;

use crate::app::{App, PlaygroundConfig};

/// The id of the element the full-page playground mounts into (it must be a `<main>`).
pub const APP_ROOT_ID: &str = "app";

/// Runs once when the wasm module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    let root = leptos::prelude::document()
        .get_element_by_id(APP_ROOT_ID)
        .filter(|element| element.tag_name().eq_ignore_ascii_case("main"));
    if let Some(root) = root {
        let config = PlaygroundConfig {
            example: None,
            use_url_hash: true,
            window_shortcuts: true,
            launch: Default::default(),
        };
        leptos::mount::mount_to(root.unchecked_into(), move || view(config)).forget();
    }
}

fn view(config: PlaygroundConfig) -> impl leptos::IntoView {
    leptos::view! { <App config=config/> }
}

/// A playground mounted by [`mount_playground`]; dropping it (`free()` from JavaScript)
/// unmounts it.
#[wasm_bindgen]
pub struct PlaygroundInstance {
    _mounted: Box<dyn std::any::Any>,
}

/// Mounts an independent playground into `element` (for example a div in a shadow root),
/// opening gallery example `example` (the first one when absent or unknown). It never reads
/// or writes the page's URL and listens for shortcuts only inside `element`.
#[wasm_bindgen]
pub fn mount_playground(
    element: web_sys::HtmlElement,
    example: Option<String>,
) -> PlaygroundInstance {
    let config = PlaygroundConfig {
        example,
        use_url_hash: false,
        window_shortcuts: false,
        launch: Default::default(),
    };
    let handle = leptos::mount::mount_to(element, move || view(config));
    PlaygroundInstance {
        _mounted: Box::new(handle),
    }
}
