//! The CSS of an embedded playground. A shadow root sees none of the page's styles, so the
//! playground's style sheets are compiled in and put inside each embed, adapted: `:root`
//! variables also apply to the shadow host (`:host`), and a fixed theme replaces the
//! `prefers-color-scheme` queries by queries that always or never match.

use super::options::{Control, Theme};

/// The playground's style sheets, in the order index.html links them (gathered by build.rs).
const PLAYGROUND_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/playground.css"));
/// The compact layout of an embed (after the playground's sheets, so it wins).
const EMBED_CSS: &str = include_str!("../../embed/embed.css");

/// The whole style sheet of an embed with this theme, hiding these controls.
pub fn embed_css(theme: Theme, hidden: &[&Control]) -> String {
    let mut css = String::new();
    for sheet in [PLAYGROUND_CSS, EMBED_CSS] {
        css.push_str(&adapt_sheet(sheet, theme));
        css.push('\n');
    }
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
    fn hidden_controls_are_hidden_and_the_real_sheets_are_in() {
        let css = embed_css(Theme::Auto, &[&CONTROLS[0]]);
        assert!(
            css.contains(".aiter-embed :is([data-testid=\"run\"]) { display: none !important; }")
        );
        assert!(css.contains(".editor"), "the editor's sheet is included");
        assert!(
            css.contains(".aiter-embed"),
            "the embed's own sheet is included"
        );
    }
}
