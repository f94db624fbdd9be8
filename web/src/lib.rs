//! The aiterscope playground: a Leptos (client-side rendered) app compiled to wasm.
//!
//! The wasm starts in [`start`], which mounts the full playground only on a page that has
//! `<main id="app">`; other pages (embeds) load the same wasm and mount their own pieces.

pub mod app;
pub mod bench;
pub mod components;
pub mod default_program;
pub mod traceback;

use wasm_bindgen::prelude::*;

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
        leptos::mount::mount_to(root.unchecked_into(), app::App).forget();
    }
}
