//! The CSS of an embedded playground. A shadow root sees none of the page's styles, so each
//! embed carries the playground's style sheets, adapted: `:root` variables also apply to the
//! shadow host (`:host`), and a fixed theme replaces the `prefers-color-scheme` queries by
//! queries that always or never match.
//!
//! The sheets are not compiled into the wasm (they were 41 KB of its data, issue 8's bundle
//! size): [`load_sheets`] fetches them once per page from the playground's folder, where
//! Trunk puts them next to `embed.js` (`index.html` links them, and copies `embed.css`).

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::options::{Control, Theme};

include!(concat!(env!("OUT_DIR"), "/sheets.rs"));

/// The compact layout of an embed (after the playground's sheets, so it wins).
pub const EMBED_SHEET: &str = "embed.css";

/// The whole style sheet of an embed with this theme, hiding these controls, from the text of
/// the playground's sheets followed by the embed's own (what [`load_sheets`] gives).
pub fn embed_css(sheets: &str, theme: Theme, hidden: &[&Control]) -> String {
    let mut css = adapt_sheet(sheets, theme);
    css.push('\n');
    for control in hidden {
        css.push_str(&format!(
            ".aiter-embed :is({}) {{ display: none !important; }}\n",
            control.selector
        ));
    }
    css
}

/// Lets `:root` rules reach a shadow host, and pins the colour scheme for a fixed theme.
pub fn adapt_sheet(sheet: &str, theme: Theme) -> String {
    let sheet = sheet.replace(":root", ":root, :host");
    let (dark, light) = match theme {
        Theme::Auto => return sheet,
        Theme::Dark => ("all", "not all"),
        Theme::Light => ("not all", "all"),
    };
    sheet
        .replace("(prefers-color-scheme: dark)", dark)
        .replace("(prefers-color-scheme: light)", light)
}

thread_local! {
    /// The one download of the sheets for the page, shared by every embed (a promise of
    /// their text).
    static SHEETS: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

/// The text of the playground's sheets and then the embed's, fetched from `assets` (the
/// playground's folder; the page's own folder when `None`) the first time and shared after (a failed download is not kept).
pub async fn load_sheets(assets: Option<&str>) -> Result<String, String> {
    let promise = SHEETS.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| {
                let assets = assets.map(str::to_string);
                wasm_bindgen_futures::future_to_promise(async move {
                    fetch_all(assets.as_deref())
                        .await
                        .map(|text| JsValue::from_str(&text))
                        .map_err(|message| JsValue::from_str(&message))
                })
            })
            .clone()
    });
    let text = JsFuture::from(promise.clone()).await;
    let text = text.map_err(|e| {
        forget_failed_download(&promise);
        e.as_string().unwrap_or_default()
    })?;
    Ok(text.as_string().unwrap_or_default())
}

/// Drops the shared download if it is still `failed`, so that the next embed on the page (or
/// the next attempt) fetches the sheets again instead of reporting the same failure.
fn forget_failed_download(failed: &js_sys::Promise) {
    SHEETS.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell
            .as_ref()
            .is_some_and(|p| JsValue::from(p) == JsValue::from(failed))
        {
            *cell = None;
        }
    });
}

/// Fetches every sheet in order and joins their text.
async fn fetch_all(assets: Option<&str>) -> Result<String, String> {
    let window = leptos::prelude::window();
    let base = match assets {
        Some(assets) => assets.to_string(),
        None => window
            .document()
            .and_then(|d| d.base_uri().ok().flatten())
            .unwrap_or_default(),
    };
    let mut css = String::new();
    for name in PLAYGROUND_SHEETS.iter().chain([&EMBED_SHEET]) {
        let url = web_sys::Url::new_with_base(name, &base)
            .map(|url| url.href())
            .map_err(|_| format!("no URL for the style sheet {name} from {base}"))?;
        let problem = || format!("the playground's style sheet {url} could not be loaded");
        let response = JsFuture::from(window.fetch_with_str(&url))
            .await
            .map_err(|_| problem())?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| problem())?;
        if !response.ok() {
            return Err(problem());
        }
        let text = JsFuture::from(response.text().map_err(|_| problem())?)
            .await
            .map_err(|_| problem())?;
        css.push_str(&text.as_string().unwrap_or_default());
        css.push('\n');
    }
    Ok(css)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::options::CONTROLS;

    const SHEET: &str =
        ":root { --bg: white; }\n@media (prefers-color-scheme: dark) { :root { --bg: black; } }";

    #[test]
    fn root_variables_reach_the_shadow_host() {
        assert!(adapt_sheet(SHEET, Theme::Auto).starts_with(":root, :host { --bg: white; }"));
        assert!(adapt_sheet(SHEET, Theme::Auto).contains("@media (prefers-color-scheme: dark)"));
    }

    #[test]
    fn a_fixed_theme_pins_the_media_queries() {
        assert!(adapt_sheet(SHEET, Theme::Dark).contains("@media all {"));
        assert!(adapt_sheet(SHEET, Theme::Light).contains("@media not all {"));
    }

    #[test]
    fn hidden_controls_are_hidden() {
        let css = embed_css(SHEET, Theme::Auto, &[&CONTROLS[0]]);
        assert!(css.starts_with(":root, :host { --bg: white; }"));
        assert!(
            css.contains(".aiter-embed :is([data-testid=\"run\"]) { display: none !important; }")
        );
    }

    #[test]
    fn the_sheets_are_index_html_s_and_the_embed_s_own() {
        assert_eq!(PLAYGROUND_SHEETS.first(), Some(&"main.css"));
        assert!(PLAYGROUND_SHEETS.contains(&"editor.css"));
        let index = include_str!("../../../index.html");
        for name in PLAYGROUND_SHEETS {
            assert!(index.contains(&format!("web/style/{name}\"")), "{name}");
        }
        assert!(
            index.contains(&format!(
                "rel=\"copy-file\" href=\"web/embed/{EMBED_SHEET}\""
            )),
            "Trunk copies {EMBED_SHEET} next to embed.js"
        );
    }
}
