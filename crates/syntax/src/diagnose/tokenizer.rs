//! The errors CPython's tokenizer finds, recomputed from ruff's token stream and the raw
//! source: unterminated strings, unmatched brackets, bad characters and numbers, and the
//! indentation stack with its tab/space consistency check.
//!
//! CPython distinguishes two sorts. Errors the tokenizer raises as exceptions win over any
//! parser error anywhere in the file (after a parse error CPython tokenizes the rest of the
//! file looking for them). Errors it only flags (bad dedent, inconsistent tabs, a stray
//! character after `\`) are reported only if the parser gets that far.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::StringFlags;
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType,
};
use ruff_text_size::{Ranged, TextSize};

use super::numbers::check_number;
use crate::error::{SyntaxError, INDENTATION_ERROR, TAB_ERROR};
use crate::position::{last_line, line_col, line_start, line_text};

/// Whether a tokenizer error overrides parser errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Severity {
    /// Raised as an exception: reported even when the parser failed earlier.
    Raised,
    /// Only flagged: reported if no parser error comes first.
    Flagged,
}

/// A tokenizer error with the byte offset where the tokenizer meets it.
#[derive(Debug)]
pub(crate) struct TokenizerError {
    pub(crate) error: SyntaxError,
    pub(crate) severity: Severity,
    pub(crate) offset: usize,
}

/// An opening bracket still open where the tokenizer stopped.
#[derive(Debug, Clone, Copy)]
pub(crate) struct OpenBracket {
    pub(crate) symbol: char,
    pub(crate) offset: usize,
}

impl OpenBracket {
    /// CPython's "'(' was never closed" at the bracket.
    pub(crate) fn never_closed(&self, source: &str) -> SyntaxError {
        let (line, col) = line_col(source, TextSize::new(self.offset as u32));
        SyntaxError::new(format!("'{}' was never closed", self.symbol), line, col)
    }

    pub(crate) fn line(&self, source: &str) -> usize {
        line_col(source, TextSize::new(self.offset as u32)).0
    }
}

/// The outcome of tokenizing the whole source.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The first error; the tokenizer stops there.
    pub(crate) error: Option<TokenizerError>,
    /// The innermost bracket open where the tokenizer stopped.
    pub(crate) open_bracket: Option<OpenBracket>,
}

/// Entries of the bracket stack: real brackets, and the start of an f-string (whose
/// replacement fields are closed when the f-string ends).
#[derive(Debug, Clone, Copy)]
enum Open {
    Bracket(OpenBracket),
    FString,
}

const MAX_INDENT: usize = 100;
const MAX_LEVEL: usize = 200;

/// Tokenizes `source` as CPython would, stopping at the first error.
pub(crate) fn scan(source: &str, tokens: &[Token], errors: &[ParseError]) -> Scan {
    let mut state = State {
        source,
        errors,
        stack: Vec::new(),
        indents: vec![(0, 0)],
    };
    let mut at_line_start = true;
    for token in tokens {
        let kind = token.kind();
        if at_line_start && !is_layout(kind) {
            at_line_start = false;
            if let Some(error) = state.indentation(token) {
                return state.stop(error);
            }
        }
        if kind == TokenKind::Newline {
            at_line_start = true;
        }
        if let Some(error) = state.token(token) {
            return state.stop(error);
        }
    }
    Scan {
        error: None,
        open_bracket: state.innermost(),
    }
}

/// Tokens that do not start a logical line.
fn is_layout(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Newline
            | TokenKind::NonLogicalNewline
            | TokenKind::Comment
            | TokenKind::Indent
            | TokenKind::Dedent
            | TokenKind::EndOfFile
    )
}

struct State<'a> {
    source: &'a str,
    errors: &'a [ParseError],
    stack: Vec<Open>,
    /// CPython's `indstack` and `altindstack`: columns with tabs to 8 and to 1.
    indents: Vec<(usize, usize)>,
}

impl State<'_> {
    fn innermost(&self) -> Option<OpenBracket> {
        self.stack.iter().rev().find_map(|open| match open {
            Open::Bracket(bracket) => Some(*bracket),
            Open::FString => None,
        })
    }

    fn stop(&self, error: TokenizerError) -> Scan {
        Scan {
            error: Some(error),
            open_bracket: self.innermost(),
        }
    }

    fn error_at(
        &self,
        msg: impl Into<String>,
        offset: usize,
        severity: Severity,
    ) -> TokenizerError {
        let (line, col) = line_col(self.source, TextSize::new(offset as u32));
        TokenizerError {
            error: SyntaxError::new(msg, line, col),
            severity,
            offset,
        }
    }

    /// The ruff lexical error reported for `token`, if any.
    fn lexical_error(&self, token: &Token) -> Option<&LexicalErrorType> {
        self.errors.iter().find_map(|e| match &e.error {
            ParseErrorType::Lexical(lexical) if e.location.start() == token.start() => {
                Some(lexical)
            }
            _ => None,
        })
    }

    fn in_fstring(&self) -> bool {
        matches!(self.stack.last(), Some(Open::FString))
            || self.stack.iter().any(|open| matches!(open, Open::FString))
    }

    /// The indentation check CPython makes at the start of every logical line.
    fn indentation(&mut self, token: &Token) -> Option<TokenizerError> {
        if self.innermost().is_some() {
            return None;
        }
        let start = usize::from(token.start());
        let line_begin = line_start(self.source, start);
        let (mut col, mut altcol) = (0usize, 0usize);
        let line = line_text(self.source, start);
        let indentation = &line[..line.len() - line.trim_start_matches([' ', '\t', '\x0c']).len()];
        if line_begin + indentation.len() < start {
            // The line starts inside a token ruff could not lex; CPython sees it the same way.
            return None;
        }
        for c in indentation.chars() {
            match c {
                ' ' => {
                    col += 1;
                    altcol += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                '\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => {}
            }
        }
        let line_len = line.chars().count();
        let (top, alttop) = *self.indents.last().expect("indent stack has a base");
        let tab_error =
            || SyntaxError::new("inconsistent use of tabs and spaces in indentation", 0, 1);
        let flagged = |error: SyntaxError| TokenizerError {
            error,
            severity: Severity::Flagged,
            offset: line_begin,
        };
        // Only an error needs the line number (counting lines on every line is quadratic).
        let line = || line_col(self.source, token.start()).0;
        if col == top {
            if altcol != alttop {
                return Some(flagged(
                    SyntaxError {
                        line: line(),
                        ..tab_error()
                    }
                    .with_kind(TAB_ERROR),
                ));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                let error =
                    SyntaxError::new("too many levels of indentation", line(), line_len + 1);
                return Some(flagged(error.with_kind(INDENTATION_ERROR)));
            }
            if altcol <= alttop {
                return Some(flagged(
                    SyntaxError {
                        line: line(),
                        ..tab_error()
                    }
                    .with_kind(TAB_ERROR),
                ));
            }
            self.indents.push((col, altcol));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().expect("non-empty").0 {
                self.indents.pop();
            }
            let (top, alttop) = *self.indents.last().expect("indent stack has a base");
            if col != top {
                let error = SyntaxError::new(
                    "unindent does not match any outer indentation level",
                    line(),
                    line_len + 1,
                );
                return Some(flagged(error.with_kind(INDENTATION_ERROR)));
            }
            if altcol != alttop {
                return Some(flagged(
                    SyntaxError {
                        line: line(),
                        ..tab_error()
                    }
                    .with_kind(TAB_ERROR),
                ));
            }
        }
        None
    }

    fn token(&mut self, token: &Token) -> Option<TokenizerError> {
        if let Some(error) = self.fstring_error(token) {
            return Some(error);
        }
        let start = usize::from(token.start());
        match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                // CPython's level counts brackets (an f-string's `{` too), not f-strings.
                let brackets = self
                    .stack
                    .iter()
                    .filter(|open| matches!(open, Open::Bracket(_)));
                if brackets.count() >= MAX_LEVEL {
                    return Some(self.error_at(
                        "too many nested parentheses",
                        start,
                        Severity::Raised,
                    ));
                }
                let symbol = self.source[start..].chars().next().unwrap_or('(');
                self.stack.push(Open::Bracket(OpenBracket {
                    symbol,
                    offset: start,
                }));
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => return self.closing(token),
            TokenKind::FStringStart | TokenKind::TStringStart => self.stack.push(Open::FString),
            TokenKind::FStringEnd | TokenKind::TStringEnd => {
                while let Some(open) = self.stack.pop() {
                    if matches!(open, Open::FString) {
                        break;
                    }
                }
            }
            TokenKind::String => {
                let flags = token.unwrap_string_flags();
                if flags.is_unclosed() {
                    return Some(self.unterminated(start, flags.is_triple_quoted(), ""));
                }
            }
            TokenKind::Int | TokenKind::Float | TokenKind::Complex => return self.number(start),
            TokenKind::Unknown => return self.unknown(token),
            _ => {}
        }
        None
    }

    /// An unterminated string: CPython names the line where it gave up.
    fn unterminated(&self, start: usize, triple: bool, what: &str) -> TokenizerError {
        let detected = if triple {
            last_line(self.source)
        } else {
            line_col(self.source, TextSize::new(start as u32)).0
        };
        let quotes = if triple { "triple-quoted " } else { "" };
        let msg =
            format!("unterminated {quotes}{what}string literal (detected at line {detected})");
        self.error_at(msg, start, Severity::Raised)
    }

    fn closing(&mut self, token: &Token) -> Option<TokenizerError> {
        let start = usize::from(token.start());
        let symbol = self.source[start..].chars().next().unwrap_or(')');
        if self.in_fstring() && !matches!(self.stack.last(), Some(Open::Bracket(_))) {
            // A replacement field's `}` (or an error ruff reports inside the f-string).
            if symbol == '}' {
                return None;
            }
        }
        match self.stack.last().copied() {
            Some(Open::Bracket(open)) => {
                let expected = match open.symbol {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if expected == symbol {
                    self.stack.pop();
                    return None;
                }
                let open_line = open.line(self.source);
                let line = line_col(self.source, token.start()).0;
                let mut msg = format!(
                    "closing parenthesis '{symbol}' does not match opening parenthesis '{}'",
                    open.symbol
                );
                if open_line != line {
                    msg.push_str(&format!(" on line {open_line}"));
                }
                Some(self.error_at(msg, start, Severity::Raised))
            }
            Some(Open::FString) => None,
            None => Some(self.error_at(format!("unmatched '{symbol}'"), start, Severity::Raised)),
        }
    }

    fn number(&self, start: usize) -> Option<TokenizerError> {
        let begin = line_start(self.source, start);
        let line = line_text(self.source, start);
        let error = check_number(line, start - begin)?;
        Some(self.error_at(error.msg, begin + error.points_at, Severity::Raised))
    }

    /// A token ruff could not lex: a stray character, a broken number, or a character after `\`.
    fn unknown(&self, token: &Token) -> Option<TokenizerError> {
        let start = usize::from(token.start());
        let text = &self.source[start..];
        let first = text.chars().next()?;
        if first.is_ascii_digit()
            || (first == '.' && text[1..].starts_with(|c: char| c.is_ascii_digit()))
        {
            return self.number(start);
        }
        match self.lexical_error(token) {
            Some(LexicalErrorType::UnrecognizedToken { tok }) if !tok.is_ascii() => {
                let msg = if is_printable(*tok) {
                    format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", *tok as u32)
                };
                Some(self.error_at(msg, start, Severity::Raised))
            }
            Some(LexicalErrorType::LineContinuationError) => Some(self.after_backslash(start)),
            Some(LexicalErrorType::Eof) if self.source[..start].trim_end().ends_with('\\') => {
                let backslash = self.source[..start].trim_end().len() - 1;
                Some(self.after_backslash(backslash))
            }
            _ => None,
        }
    }

    /// "unexpected character after line continuation character", pointing just after the `\`.
    fn after_backslash(&self, backslash: usize) -> TokenizerError {
        let (line, col) = line_col(self.source, TextSize::new(backslash as u32));
        TokenizerError {
            error: SyntaxError::new(
                "unexpected character after line continuation character",
                line,
                col + 1,
            ),
            severity: Severity::Flagged,
            offset: backslash,
        }
    }

    /// The f-string errors CPython's tokenizer raises.
    fn fstring_error(&self, token: &Token) -> Option<TokenizerError> {
        let (error, location) = self.errors.iter().find_map(|e| {
            let fstring_error = match &e.error {
                ParseErrorType::Lexical(LexicalErrorType::FStringError(error))
                | ParseErrorType::FStringError(error) => error,
                _ => return None,
            };
            (e.location.start() >= token.start()
                && e.location.start() < token.end().max(token.start() + TextSize::new(1)))
            .then_some((fstring_error, e.location))
        })?;
        let offset = usize::from(location.start());
        match error {
            InterpolatedStringErrorType::SingleRbrace => Some(self.error_at(
                "f-string: single '}' is not allowed",
                offset,
                Severity::Raised,
            )),
            InterpolatedStringErrorType::UnclosedLbrace => {
                Some(self.error_at("f-string: expecting '}'", offset, Severity::Raised))
            }
            InterpolatedStringErrorType::UnterminatedString
            | InterpolatedStringErrorType::UnterminatedTripleQuotedString => {
                let triple = matches!(
                    error,
                    InterpolatedStringErrorType::UnterminatedTripleQuotedString
                );
                let start = self.fstring_start(offset).unwrap_or(offset);
                Some(self.unterminated(start, triple, "f-"))
            }
            _ => None,
        }
    }

    /// The start of the f-string enclosing `offset`: the last `f"` before it.
    fn fstring_start(&self, offset: usize) -> Option<usize> {
        let before = &self.source[..offset];
        before.rfind(['"', '\'']).and_then(|quote| {
            let prefix_start = before[..quote]
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .len();
            before[prefix_start..quote]
                .to_ascii_lowercase()
                .contains('f')
                .then_some(prefix_start)
        })
    }
}

/// Python's `str.isprintable` for one character, approximated without the Unicode database:
/// control and format characters and every kind of space except ' ' are not printable.
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    let format = matches!(c as u32, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E
        | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
        | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF);
    !(c.is_control() || c.is_whitespace() || format)
}
