//! Embedding: [`mount`] puts a compact playground into any element (a div in the shadow root of
//! an `<aiter-playground>`, or the body of `embed.html` in an iframe) and returns a handle whose
//! `free()` unmounts it. Every instance is its own reactive tree over the one wasm module, so
//! ten playgrounds on a page cost one download; none of them reads or writes the host page's
//! URL or listens outside its own element.

pub mod options;
pub mod style;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::app::{App, PlaygroundConfig};
use options::EmbedOptions;

/// Option names [`mount`] reads from its `options` object (all optional, all text except the
/// two flags, which may also be booleans).
pub const OPTION_NAMES: &[&str] = &[
    "hash", "example", "code", "step", "height", "autoplay", "readonly", "theme", "controls",
    "assets",
];

/// A mounted embed; `free()` (from JavaScript) unmounts it and releases its state.
#[wasm_bindgen]
pub struct EmbedHandle {
    _mounted: Box<dyn std::any::Any>,
}

/// Mounts a compact playground into `element`. `options` is a plain object with any of
/// [`OPTION_NAMES`]: `hash` (a link's `#example=…`/`#code=…&step=N`, read first), `example`,
/// `code` (inline program text), `step`, `height`, `autoplay`, `readonly`, `theme`
/// (auto/light/dark), `controls` (names separated by spaces or commas) and `assets` (the URL
/// of the folder holding `index.html`, `embed.html` and `embed.js`, for Share and Embed).
/// Options that cannot be used are reported above the playground, never thrown.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, options: JsValue) -> EmbedHandle {
    let pairs = read_options(&options);
    let options = EmbedOptions::read(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    let handle = leptos::mount::mount_to(element, move || view! { <Embed options=options/> });
    EmbedHandle {
        _mounted: Box::new(handle),
    }
}

/// The options object's known keys, as text (booleans become "true"/"false"; absent, null and
/// undefined values are left out).
fn read_options(options: &JsValue) -> Vec<(&'static str, String)> {
    OPTION_NAMES
        .iter()
        .filter_map(|&name| {
            let value = js_sys::Reflect::get(options, &JsValue::from_str(name)).ok()?;
            let text = if let Some(flag) = value.as_bool() {
                flag.to_string()
            } else if let Some(number) = value.as_f64() {
                number.to_string()
            } else {
                value.as_string()?
            };
            Some((name, text))
        })
        .collect()
}

/// The compact playground: the playground's own style sheets, then the app. The sheets are
/// fetched (once per page, see [`style::load_sheets`]); the playground stays hidden until they
/// are in, and shows unstyled with a message if they cannot be loaded.
#[component]
fn Embed(options: EmbedOptions) -> impl IntoView {
    let css = RwSignal::new(None::<String>);
    let sheets_problem = RwSignal::new(None::<String>);
    let (theme, hidden) = (options.theme, options.hidden_controls());
    let assets = options.launch.embedded_from.clone();
    leptos::task::spawn_local(async move {
        match style::load_sheets(assets.as_deref()).await {
            Ok(sheets) => css.set(Some(style::embed_css(&sheets, theme, &hidden))),
            Err(problem) => {
                sheets_problem.set(Some(problem));
                css.set(Some(String::new()));
            }
        }
    });
    let theme = match options.theme {
        options::Theme::Auto => "auto",
        options::Theme::Light => "light",
        options::Theme::Dark => "dark",
    };
    let config = PlaygroundConfig {
        example: options.example,
        use_url_hash: false,
        window_shortcuts: false,
        launch: options.launch,
    };
    view! {
        <style>{move || css.get().unwrap_or_default()}</style>
        {move || sheets_problem.get().map(|problem| view! { <p role="alert">{problem}</p> })}
        <div
            class="aiter-embed"
            data-theme=theme
            style:height=options.height
            style:visibility=move || css.with(Option::is_none).then_some("hidden")
        >
            <App config=config/>
        </div>
    }
}
