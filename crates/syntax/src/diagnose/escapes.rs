//! Escape sequences CPython's `unicode_escape` decoder rejects while the parser builds a
//! string literal: unknown `\N{...}` names, malformed `\N`, truncated `\x`, `\u`, `\U` and
//! code points beyond U+10FFFF. CPython words these
//! `(unicode error) 'unicodeescape' codec can't decode bytes in position A-B: reason`,
//! where positions count bytes of the literal's body after each non-ASCII character has
//! been rewritten as a 10-byte `\UXXXXXXXX` escape.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::StringFlags;
use ruff_text_size::Ranged;

use crate::error::SyntaxError;
use crate::position::line_col;

/// A bad escape: the error and the byte offset of the token that holds it.
pub(crate) struct EscapeError {
    pub(crate) error: SyntaxError,
    pub(crate) offset: usize,
}

/// The first bad escape in a string literal or f-string part, in source order.
pub(crate) fn first_bad_escape(source: &str, tokens: &[Token]) -> Option<EscapeError> {
    tokens.iter().find_map(|token| {
        let flags = token.string_flags()?;
        if flags.is_raw_string() || flags.is_byte_string() || flags.is_unclosed() {
            return None;
        }
        let (body, reported_at) = match token.kind() {
            TokenKind::String => {
                let text = &source[token.range()];
                let prefix = flags.prefix().text_len();
                let quotes = flags.quote_len();
                let start = usize::from(prefix + quotes);
                let end = text.len().saturating_sub(usize::from(quotes)).max(start);
                (&text[start..end], token.start())
            }
            // CPython reports a bad escape in an f-string at the end of the literal part.
            TokenKind::FStringMiddle => (&source[token.range()], token.end()),
            _ => return None,
        };
        let (reason, first, last) = bad_escape(body)?;
        let (line, col) = line_col(source, reported_at);
        let msg = format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {first}-{last}: {reason}"
        );
        Some(EscapeError { error: SyntaxError::new(msg, line, col), offset: usize::from(token.start()) })
    })
}

/// Decodes the escapes of `body`; on failure returns the reason and the first and last
/// positions CPython names.
fn bad_escape(body: &str) -> Option<(&'static str, usize, usize)> {
    let chars: Vec<char> = body.chars().collect();
    // Position of each character in CPython's rewritten buffer.
    let mut positions = Vec::with_capacity(chars.len() + 1);
    let mut position = 0;
    for c in &chars {
        positions.push(position);
        position += if c.is_ascii() { 1 } else { 10 };
    }
    positions.push(position);
    let end = chars.len();
    let mut i = 0;
    while i < end {
        if chars[i] != '\\' {
            i += 1;
            continue;
        }
        let start = i;
        let Some(&kind) = chars.get(i + 1) else { break };
        i += 2;
        let error_until = |stop: usize| positions[stop] - 1;
        match kind {
            'N' => {
                let malformed = "malformed \\N character escape";
                if chars.get(i) != Some(&'{') {
                    return Some((malformed, positions[start], error_until(i.min(end))));
                }
                let name_start = i + 1;
                let Some(close) = chars[name_start..]
                    .iter()
                    .position(|&c| c == '}')
                    .map(|p| name_start + p)
                else {
                    return Some((malformed, positions[start], error_until(end)));
                };
                if close == name_start {
                    return Some((malformed, positions[start], error_until(close)));
                }
                let name: String = chars[name_start..close].iter().collect();
                if unicode_names2::character(&name).is_none() {
                    return Some((
                        "unknown Unicode character name",
                        positions[start],
                        error_until(close + 1),
                    ));
                }
                i = close + 1;
            }
            'x' | 'u' | 'U' => {
                let (count, reason) = match kind {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value: u32 = 0;
                for _ in 0..count {
                    match chars.get(i).and_then(|c| c.to_digit(16)) {
                        Some(digit) => value = value.wrapping_mul(16).wrapping_add(digit),
                        None => return Some((reason, positions[start], error_until(i.min(end)))),
                    }
                    i += 1;
                }
                if value > 0x10FFFF {
                    return Some((
                        "illegal Unicode character",
                        positions[start],
                        error_until(i),
                    ));
                }
            }
            _ => {}
        }
    }
    None
}

/// `bad_escape` as CPython's message tail, for the tests.
#[cfg(test)]
fn describe(body: &str) -> Option<String> {
    bad_escape(body).map(|(reason, a, b)| format!("{a}-{b}: {reason}"))
}

#[cfg(test)]
mod tests {
    use super::describe;

    #[test]
    fn positions_match_cpython() {
        assert_eq!(
            describe("\\N{BOGUS}").unwrap(),
            "0-8: unknown Unicode character name"
        );
        assert_eq!(
            describe("\\N{bullet}\\N{BOGUS}").unwrap(),
            "10-18: unknown Unicode character name"
        );
        assert_eq!(
            describe("é\\N{BOGUS}").unwrap(),
            "10-18: unknown Unicode character name"
        );
        assert_eq!(
            describe("\\N{BOGUS").unwrap(),
            "0-7: malformed \\N character escape"
        );
        assert_eq!(
            describe("\\N").unwrap(),
            "0-1: malformed \\N character escape"
        );
        assert_eq!(
            describe("\\N{}").unwrap(),
            "0-2: malformed \\N character escape"
        );
        assert_eq!(describe("\\x4").unwrap(), "0-2: truncated \\xXX escape");
        assert_eq!(describe("\\u12").unwrap(), "0-3: truncated \\uXXXX escape");
        assert_eq!(describe("ok \\n \\x41 \\u00e9 \\N{EM DASH}"), None);
    }
}
