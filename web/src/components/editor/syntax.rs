//! Python syntax colouring for the painted layer, from `aiterscope-highlight` (a tokenizer
//! without a parser, so the UI's wasm module links no Python parser).

use aiterscope_highlight::{highlight, TokenClass};

use super::overlay::StyledRange;

/// The CSS class of a token class (styled in `web/style/editor.css`).
fn css_class(class: TokenClass) -> &'static str {
    match class {
        TokenClass::Keyword => "tok-keyword",
        TokenClass::AsyncKeyword => "tok-async",
        TokenClass::Constant => "tok-constant",
        TokenClass::Builtin => "tok-builtin",
        TokenClass::FunctionName => "tok-function",
        TokenClass::ClassName => "tok-class",
        TokenClass::Decorator => "tok-decorator",
        TokenClass::String => "tok-string",
        TokenClass::Number => "tok-number",
        TokenClass::Comment => "tok-comment",
        TokenClass::Operator => "tok-operator",
        TokenClass::Punctuation => "tok-punctuation",
        TokenClass::Invalid => "tok-invalid",
    }
}

/// The coloured ranges of `source`, in source order.
pub fn syntax_ranges(source: &str) -> Vec<StyledRange> {
    highlight(source)
        .into_iter()
        .map(|span| StyledRange {
            start: span.start,
            end: span.end,
            class: css_class(span.class),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn async_keywords_strings_and_comments_get_their_classes() {
        let source = "async def f():  # c\n    await g('s')\n";
        let classes: Vec<(&str, &str)> = syntax_ranges(source)
            .iter()
            .map(|range| (&source[range.start..range.end], range.class))
            .filter(|(_, class)| *class != "tok-punctuation" && *class != "tok-operator")
            .collect();
        assert_eq!(
            classes,
            vec![
                ("async", "tok-async"),
                ("def", "tok-keyword"),
                ("f", "tok-function"),
                ("# c", "tok-comment"),
                ("await", "tok-async"),
                ("'s'", "tok-string"),
            ]
        );
    }
}
