//! A tiny Python lexer that tells code from strings and comments, for the editor's bracket
//! matching and auto-indent. It never fails: unterminated strings simply run to their end.

/// The characters of `text` that are code: outside string literals and comments. A comment's
/// `#` is included (so callers can find where a comment starts), the rest of the comment is not.
/// Each character comes with its byte offset.
pub fn code_chars(text: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '#' => {
                out.push((i, c));
                while chars.next_if(|&(_, c)| c != '\n').is_some() {}
            }
            '\'' | '"' => {
                let triple = text[i..].starts_with(if c == '"' { "\"\"\"" } else { "'''" });
                if triple {
                    chars.next();
                    chars.next();
                }
                skip_string_body(&mut chars, text, c, triple);
            }
            _ => out.push((i, c)),
        }
    }
    out
}

/// Advances past the body and closing quote(s) of a string whose opening quote was consumed.
/// A one-line string left open stops before its line's end.
fn skip_string_body(
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    text: &str,
    quote: char,
    triple: bool,
) {
    while let Some(&(i, c)) = chars.peek() {
        if c == '\n' && !triple {
            return;
        }
        chars.next();
        match c {
            '\\' => {
                chars.next();
            }
            c if c == quote => {
                if !triple {
                    return;
                }
                let closing = if quote == '"' { "\"\"\"" } else { "'''" };
                if text[i..].starts_with(closing) {
                    chars.next();
                    chars.next();
                    return;
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> String {
        code_chars(text).into_iter().map(|(_, c)| c).collect()
    }

    #[test]
    fn strings_and_comments_are_not_code() {
        assert_eq!(code("f('(', x)  # (\ny"), "f(, x)  #\ny");
        assert_eq!(code(r#"a = "x\"(" + b"#), "a =  + b");
        assert_eq!(code("s = '''(\n'''[0]"), "s = [0]");
        assert_eq!(code("s = \"\"\"a\"b\"\"\"(1)"), "s = (1)");
    }

    #[test]
    fn unterminated_strings_stop_at_the_line_end_or_the_text_end() {
        assert_eq!(code("x = 'abc\ny(1)"), "x = \ny(1)");
        assert_eq!(code("x = '''abc\ny(1)"), "x = ");
    }

    #[test]
    fn offsets_are_byte_offsets() {
        assert_eq!(code_chars("'é'(")[0], (4, '('));
    }
}
