//! Decides which error CPython 3.12 would report for a source that ruff failed to parse
//! (or that CPython rejects while ruff accepts it, such as malformed numbers).
//!
//! CPython's order of precedence is reproduced: errors its tokenizer raises win wherever they
//! are; otherwise the parser's first error, except that an unclosed bracket on an earlier line
//! (or one the parser ran into at the end of the file) is reported as "'(' was never closed".

mod escapes;
mod numbers;
mod parser;
mod tokenizer;

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::Mod;
use ruff_python_parser::Parsed;
use ruff_text_size::{Ranged, TextSize};

use crate::error::SyntaxError;
use crate::position::line_col;
use tokenizer::Severity;

/// The first error CPython would report for `source`, or `None` if it parses.
pub(crate) fn first_error(source: &str, parsed: &Parsed<Mod>) -> Option<SyntaxError> {
    let tokens: &[_] = parsed.tokens();
    let scan = tokenizer::scan(source, tokens, parsed.errors());
    let flagged = match scan.error {
        Some(error) if error.severity == Severity::Raised => return Some(error.error),
        Some(error) => Some(error),
        None => None,
    };
    let cx = parser::Context {
        source,
        tokens,
        tree: parsed.syntax(),
    };
    let mut parser_error =
        parser::first_parser_error(&cx, parsed.errors(), parsed.unsupported_syntax_errors());
    if let Some(escape) = escapes::first_bad_escape(source, tokens) {
        if parser_error
            .as_ref()
            .is_none_or(|p| escape.offset < p.offset)
        {
            parser_error = Some(parser::ParserError {
                error: escape.error,
                offset: escape.offset,
                reaches_eof: false,
            });
        }
    }
    // A flagged tokenizer error is reported if the parser reaches it.
    if let Some(flagged) = flagged {
        if parser_error
            .as_ref()
            .is_none_or(|p| flagged.offset <= p.offset)
        {
            return Some(flagged.error);
        }
    }
    let parser_error = parser_error?;
    if let Some(open) = scan.open_bracket {
        // The line of the token the parser failed on (ruff may point at the layout before it).
        let failed_at = tokens
            .iter()
            .find(|t| usize::from(t.start()) >= parser_error.offset && !is_layout(t.kind()))
            .map_or(parser_error.offset, |t| usize::from(t.start()));
        let failed_line = line_col(source, TextSize::new(failed_at as u32)).0;
        if parser_error.reaches_eof || open.line(source) < failed_line {
            return Some(open.never_closed(source));
        }
    }
    Some(parser_error.error)
}

/// Tokens that only carry layout.
fn is_layout(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Newline
            | TokenKind::NonLogicalNewline
            | TokenKind::Comment
            | TokenKind::Indent
            | TokenKind::Dedent
    )
}
