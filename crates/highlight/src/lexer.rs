//! The tokenizer: Python 3.12 source to [`Token`]s, for any text (half-typed code included).
//!
//! It follows the token boundaries of the tokenizer the rest of aiterscope parses with (ruff's
//! lexer, itself modelled on CPython's): the same string prefixes and f-string fields, the
//! same number grammar, the same indentation levels, and the same recovery on bad input
//! (an unterminated string runs to the end of its line, an unknown character or a malformed
//! number is one unknown token, an inconsistent indentation makes its whitespace unknown).
//! The highlighter's differential test holds it to that.

use unicode_ident::{is_xid_continue, is_xid_start};

use crate::indentation::{Indentation, Indentations};
use crate::interpolation::Interpolation;
use crate::token::{Keyword, Kind, Token};

/// What `first()` returns at the end of the source (a NUL in the source looks the same,
/// which is how blank-line detection treats it).
const END: char = '\0';

/// Where the lexer is in its logical line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// At the start of the source or right after a `Newline` (indentation not read yet).
    AfterNewline,
    /// At the start of a logical line, after its indentation.
    NewLogicalLine,
    /// Inside a logical line.
    Other,
}

/// All tokens of `source`, in order, without the final end-of-file token.
pub(crate) fn tokenize(source: &str) -> Vec<Token> {
    let mut lexer = Lexer::new(source);
    let mut tokens = Vec::new();
    loop {
        let token = lexer.next_token();
        if token.kind == Kind::EndOfFile {
            return tokens;
        }
        tokens.push(token);
    }
}

/// The lexer's state over one source.
struct Lexer<'src> {
    source: &'src str,
    /// The byte offset of the next character.
    pos: usize,
    /// Where the token being lexed starts.
    token_start: usize,
    /// The range an error token covers (it need not be the text consumed).
    error_range: (usize, usize),
    state: State,
    /// Open brackets (never negative: a stray closer is ignored).
    nesting: u32,
    indentations: Indentations,
    /// The indentation still being dedented to, one `Dedent` per call.
    pending_dedent: Option<Indentation>,
    /// Open f-strings and t-strings, innermost last.
    interpolations: Vec<Interpolation>,
}

impl<'src> Lexer<'src> {
    fn new(source: &'src str) -> Self {
        let mut lexer = Lexer {
            source,
            pos: 0,
            token_start: 0,
            error_range: (0, 0),
            state: State::AfterNewline,
            nesting: 0,
            indentations: Indentations::default(),
            pending_dedent: None,
            interpolations: Vec::new(),
        };
        lexer.eat('\u{feff}');
        lexer
    }

    // --- the cursor ---

    fn rest(&self) -> &'src str {
        &self.source[self.pos..]
    }

    fn first(&self) -> char {
        self.rest().chars().next().unwrap_or(END)
    }

    fn second(&self) -> char {
        self.rest().chars().nth(1).unwrap_or(END)
    }

    fn is_at_end(&self) -> bool {
        self.pos >= self.source.len()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.rest().chars().next()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.first() == c && !self.is_at_end() {
            self.bump();
            true
        } else {
            false
        }
    }

    fn eat_if(&mut self, predicate: impl Fn(char) -> bool) -> Option<char> {
        let c = self.rest().chars().next()?;
        if predicate(c) {
            self.pos += c.len_utf8();
            Some(c)
        } else {
            None
        }
    }

    fn eat_both(&mut self, c1: char, c2: char) -> bool {
        let mut chars = self.rest().chars();
        if chars.next() == Some(c1) && chars.next() == Some(c2) {
            self.pos += c1.len_utf8() + c2.len_utf8();
            true
        } else {
            false
        }
    }

    fn eat_while(&mut self, mut predicate: impl FnMut(char) -> bool) {
        while let Some(c) = self.rest().chars().next() {
            if !predicate(c) {
                break;
            }
            self.pos += c.len_utf8();
        }
    }

    /// An unknown token covering `start..end`.
    fn error(&mut self, start: usize, end: usize) -> Kind {
        self.error_range = (start, end);
        Kind::Unknown
    }

    /// An unknown token covering the text consumed for the current token.
    fn error_here(&mut self) -> Kind {
        self.error(self.token_start, self.pos)
    }

    // --- tokens ---

    fn next_token(&mut self) -> Token {
        let kind = self.lex_token();
        let (start, end) = if kind == Kind::Unknown {
            self.error_range
        } else {
            (self.token_start, self.pos)
        };
        Token { kind, start, end }
    }

    fn lex_token(&mut self) -> Kind {
        if let Some(string) = self.interpolations.last() {
            if !string.in_field(self.nesting) {
                self.token_start = self.pos;
                if let Some(kind) = self.lex_interpolated_text() {
                    if kind == Kind::InterpolatedEnd {
                        self.interpolations.pop();
                    }
                    return kind;
                }
            }
        } else if let Some(target) = self.pending_dedent.take() {
            self.token_start = self.pos;
            match self.indentations.current().compare(target) {
                Ok(std::cmp::Ordering::Greater) => {
                    self.pending_dedent = Some(target);
                    if self.indentations.dedent_towards(target).is_err() {
                        return self.error_here();
                    }
                    return Kind::Dedent;
                }
                Ok(_) => {}
                Err(_) => return self.error_here(),
            }
        }

        if self.state == State::AfterNewline {
            self.token_start = self.pos;
            if let Some(kind) = self.lex_indentation() {
                return kind;
            }
        } else if let Err((start, end)) = self.skip_whitespace() {
            return self.error(start, end);
        }

        self.token_start = self.pos;
        match self.bump() {
            Some(c) if c.is_ascii() => self.lex_ascii(c),
            Some(c) if is_xid_start(c) => {
                let kind = self.lex_name_or_prefixed_string(c);
                self.state = State::Other;
                kind
            }
            Some(_) => self.error_here(),
            None => self.lex_end(),
        }
    }

    /// Reads a line's indentation; returns the indentation token (or error) it causes.
    fn lex_indentation(&mut self) -> Option<Kind> {
        let mut indentation = Indentation::default();
        loop {
            match self.first() {
                ' ' => {
                    self.bump();
                    indentation = indentation.add_space();
                }
                '\t' => {
                    self.bump();
                    indentation = indentation.add_tab();
                }
                '\\' => {
                    self.bump();
                    if self.eat('\r') {
                        self.eat('\n');
                    } else if !self.eat('\n') {
                        return Some(self.error(self.pos - 1, self.pos));
                    }
                    if self.is_at_end() {
                        return Some(self.error_here());
                    }
                    // Indentation is not continued over a backslash-newline.
                    if indentation != Indentation::default() {
                        self.eat_while(is_whitespace);
                    }
                }
                '\x0C' => {
                    self.bump();
                    indentation = Indentation::default();
                }
                _ => break,
            }
        }
        if matches!(self.first(), '\n' | '\r' | '#' | END) {
            // A blank or comment-only line: no indentation change.
            return None;
        }
        self.state = State::NewLogicalLine;
        match self.indentations.current().compare(indentation) {
            Ok(std::cmp::Ordering::Greater) => {
                self.pending_dedent = Some(indentation);
                if self.indentations.dedent_towards(indentation).is_err() {
                    return Some(self.error_here());
                }
                self.token_start = self.pos;
                Some(Kind::Dedent)
            }
            Ok(std::cmp::Ordering::Equal) => None,
            Ok(std::cmp::Ordering::Less) => {
                self.indentations.indent(indentation);
                Some(Kind::Indent)
            }
            Err(_) => Some(self.error_here()),
        }
    }

    /// Skips spaces, tabs, form feeds and backslash-newlines inside a line.
    fn skip_whitespace(&mut self) -> Result<(), (usize, usize)> {
        let start = self.pos;
        loop {
            match self.first() {
                ' ' | '\t' | '\x0C' if !self.is_at_end() => {
                    self.bump();
                }
                '\\' => {
                    self.bump();
                    if self.eat('\r') {
                        self.eat('\n');
                    } else if !self.eat('\n') {
                        return Err((self.pos - 1, self.pos));
                    }
                    if self.is_at_end() {
                        return Err((start, self.pos));
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    fn lex_ascii(&mut self, c: char) -> Kind {
        let kind = match c {
            'a'..='z' | 'A'..='Z' | '_' => self.lex_name_or_prefixed_string(c),
            '0'..='9' => self.lex_number(c),
            '#' => {
                let line_end = self.rest().find(['\n', '\r']).unwrap_or(self.rest().len());
                self.pos += line_end;
                return Kind::Comment;
            }
            '\'' | '"' => self.lex_string(c),
            '=' => {
                if self.eat('=') {
                    Kind::Operator
                } else {
                    self.state = State::Other;
                    return Kind::Equal;
                }
            }
            '+' => self.with_equal(Kind::Plus),
            '-' => {
                if self.eat('>') {
                    Kind::AssignmentOperator
                } else {
                    self.with_equal(Kind::Minus)
                }
            }
            '*' => {
                if self.eat('*') {
                    self.with_equal(Kind::Operator)
                } else {
                    self.with_equal(Kind::Star)
                }
            }
            '/' => {
                self.eat('/');
                self.with_equal(Kind::Operator)
            }
            '<' | '>' => {
                if self.eat(c) {
                    self.with_equal(Kind::Operator)
                } else {
                    self.eat('=');
                    Kind::Operator
                }
            }
            '%' | '|' | '^' | '&' => self.with_equal(Kind::Operator),
            '@' => self.with_equal(Kind::At),
            '!' => {
                self.eat('=');
                Kind::Operator
            }
            '~' => Kind::Tilde,
            '(' | '[' | '{' => {
                self.nesting += 1;
                match c {
                    '(' => Kind::Lpar,
                    '[' => Kind::Lsqb,
                    _ => Kind::Lbrace,
                }
            }
            ')' | ']' => {
                self.nesting = self.nesting.saturating_sub(1);
                if c == ')' {
                    Kind::Rpar
                } else {
                    Kind::Rsqb
                }
            }
            '}' => {
                let nesting = self.nesting;
                if let Some(string) = self.interpolations.last_mut() {
                    if string.nesting == nesting {
                        // A single `}` in an f-string's literal text.
                        return self.error_here();
                    }
                    string.try_end_format_spec(nesting);
                }
                self.nesting = self.nesting.saturating_sub(1);
                Kind::Rbrace
            }
            ':' => {
                let nesting = self.nesting;
                let starts_format_spec = self
                    .interpolations
                    .last_mut()
                    .is_some_and(|string| string.try_start_format_spec(nesting));
                if !starts_format_spec && self.eat('=') {
                    Kind::Operator
                } else {
                    Kind::Colon
                }
            }
            ';' => Kind::Semi,
            ',' => Kind::Comma,
            '.' => {
                if self.first().is_ascii_digit() {
                    self.lex_decimal('.')
                } else if self.eat_both('.', '.') {
                    Kind::Ellipsis
                } else {
                    Kind::Dot
                }
            }
            '\n' | '\r' => {
                if c == '\r' {
                    self.eat('\n');
                }
                return if self.nesting == 0 && self.state == State::Other {
                    self.state = State::AfterNewline;
                    Kind::Newline
                } else {
                    let nesting = self.nesting;
                    if let Some(string) = self.interpolations.last_mut() {
                        string.try_end_format_spec(nesting);
                    }
                    Kind::NonLogicalNewline
                };
            }
            _ => {
                self.state = State::Other;
                return self.error_here();
            }
        };
        self.state = State::Other;
        kind
    }

    /// `kind`, or an augmented assignment if an `=` follows.
    fn with_equal(&mut self, kind: Kind) -> Kind {
        if self.eat('=') {
            Kind::AssignmentOperator
        } else {
            kind
        }
    }

    /// A name, a keyword, or a string with a prefix (`first` is consumed).
    fn lex_name_or_prefixed_string(&mut self, first: char) -> Kind {
        if let Some(prefix) = Prefix::of(first) {
            let next = self.first();
            let quote = if is_quote(next) {
                self.bump();
                Some((next, prefix))
            } else if is_quote(self.second()) {
                Prefix::of_pair(first, next).map(|prefix| {
                    let quote = self.second();
                    self.bump();
                    self.bump();
                    (quote, prefix)
                })
            } else {
                None
            };
            if let Some((quote, prefix)) = quote {
                return if prefix.interpolated {
                    let triple = self.eat_both(quote, quote);
                    self.interpolations.push(Interpolation::new(
                        quote,
                        triple,
                        prefix.raw,
                        self.nesting,
                    ));
                    Kind::InterpolatedStart
                } else {
                    self.lex_string(quote)
                };
            }
        }
        let mut ascii = first.is_ascii();
        self.eat_while(|c| {
            if c.is_ascii() {
                c.is_ascii_alphanumeric() || c == '_'
            } else {
                let continues = is_xid_continue(c);
                ascii &= !continues;
                continues
            }
        });
        if !ascii {
            return Kind::Name;
        }
        match Keyword::from_text(&self.source[self.token_start..self.pos]) {
            Some(keyword) => Kind::Keyword(keyword),
            None => Kind::Name,
        }
    }

    /// A string or bytes literal after its opening quote (and prefix): up to the closing
    /// quotes, or unterminated up to the end of the line (the end of the source when triple-quoted).
    fn lex_string(&mut self, quote: char) -> Kind {
        let quote_byte = quote as u8;
        if self.eat_both(quote, quote) {
            loop {
                let Some(index) = self.rest().bytes().position(|b| b == quote_byte) else {
                    self.pos = self.source.len();
                    break;
                };
                let escaped = backslashes_before(&self.rest().as_bytes()[..index]) % 2 == 1;
                self.pos += index + 1;
                if !escaped && self.eat_both(quote, quote) {
                    break;
                }
            }
        } else {
            loop {
                let Some(index) = self
                    .rest()
                    .bytes()
                    .position(|b| b == quote_byte || b == b'\n' || b == b'\r')
                else {
                    self.pos = self.source.len();
                    break;
                };
                let escaped = backslashes_before(&self.rest().as_bytes()[..index]) % 2 == 1;
                self.pos += index;
                let found = self.first();
                if escaped {
                    self.bump();
                    if found == '\r' {
                        self.eat('\n');
                    }
                    continue;
                }
                if found == quote {
                    self.bump();
                }
                break;
            }
        }
        Kind::String
    }

    /// Literal text of the innermost f-string or t-string, or its closing quotes; `None` when
    /// a field, a stray `}` or the end of the line comes first (lexed as ordinary tokens).
    fn lex_interpolated_text(&mut self) -> Option<Kind> {
        let string = *self.interpolations.last()?;
        let quote = string.quote;
        if string.triple {
            let mut chars = self.rest().chars();
            if chars.next() == Some(quote)
                && chars.next() == Some(quote)
                && chars.next() == Some(quote)
            {
                self.pos += 3;
                return Some(Kind::InterpolatedEnd);
            }
        } else if self.eat(quote) {
            return Some(Kind::InterpolatedEnd);
        }

        let in_format_spec = string.in_format_spec(self.nesting);
        let mut in_named_escape = false;
        loop {
            match self.first() {
                END if self.is_at_end() => {
                    self.close_unterminated_interpolation(string);
                    break;
                }
                '\n' | '\r' if !string.triple => {
                    self.close_unterminated_interpolation(string);
                    break;
                }
                '\\' => {
                    self.bump();
                    if matches!(self.first(), '{' | '}') {
                        continue;
                    }
                    if !string.raw && self.eat_both('N', '{') {
                        in_named_escape = true;
                        continue;
                    }
                    if self.eat('\r') {
                        self.eat('\n');
                    } else {
                        self.bump();
                    }
                }
                c if c == quote => {
                    if !string.triple {
                        break;
                    }
                    let triple_quote: [u8; 3] = [quote as u8; 3];
                    if self.rest().as_bytes().starts_with(&triple_quote) {
                        break;
                    }
                    self.bump();
                }
                '{' => {
                    if self.second() == '{' && !in_format_spec {
                        self.pos += 2;
                    } else {
                        break;
                    }
                }
                '}' => {
                    if in_named_escape {
                        in_named_escape = false;
                        self.bump();
                    } else if self.second() == '}' && !in_format_spec {
                        self.pos += 2;
                    } else {
                        break;
                    }
                }
                _ => {
                    self.bump();
                }
            }
        }
        (self.pos > self.token_start).then_some(Kind::InterpolatedMiddle)
    }

    /// Gives up on an f-string or t-string that its line (or the source) ends inside.
    fn close_unterminated_interpolation(&mut self, string: Interpolation) {
        self.nesting = string.nesting;
        self.interpolations.pop();
    }

    /// A number starting with `first` (consumed).
    fn lex_number(&mut self, first: char) -> Kind {
        if first == '0' {
            let radix = match self.first() {
                'x' | 'X' => Some(16),
                'o' | 'O' => Some(8),
                'b' | 'B' => Some(2),
                _ => None,
            };
            if let Some(radix) = radix {
                self.bump();
                return if self.digit_run(radix).has_digit {
                    Kind::Int
                } else {
                    self.error_here()
                };
            }
        }
        self.lex_decimal(first)
    }

    /// A decimal integer, float or imaginary number starting with `first` (a digit or `.`).
    fn lex_decimal(&mut self, first: char) -> Kind {
        let starts_with_zero = first == '0';
        let mut nonzero_digit = first != '.' && first != '0';
        if first != '.' {
            nonzero_digit |= self.digit_run(10).has_nonzero_digit;
        }
        let mut is_float = false;
        if first == '.' || self.eat('.') {
            if self.eat('_') {
                return self.error(self.pos - 1, self.pos);
            }
            self.digit_run(10);
            is_float = true;
        }
        let bytes = self.rest().as_bytes();
        let has_exponent = matches!(
            bytes,
            [b'e' | b'E', b'0'..=b'9', ..] | [b'e' | b'E', b'-' | b'+', b'0'..=b'9', ..]
        );
        if has_exponent {
            self.bump();
            self.eat_if(|c| matches!(c, '+' | '-'));
            self.digit_run(10);
            is_float = true;
        }
        if self.eat_if(|c| matches!(c, 'j' | 'J')).is_some() {
            Kind::Complex
        } else if is_float {
            Kind::Float
        } else if starts_with_zero && nonzero_digit {
            // `012`: leading zeros are not allowed.
            self.error_here()
        } else {
            Kind::Int
        }
    }

    /// Digits of `radix`, with single underscores between them.
    fn digit_run(&mut self, radix: u32) -> DigitRun {
        let mut run = DigitRun::default();
        loop {
            if let Some(c) = self.eat_if(|c| c.is_digit(radix)) {
                run.has_digit = true;
                run.has_nonzero_digit |= c != '0';
            } else if self.first() == '_' && self.second().is_digit(radix) {
                self.bump();
            } else {
                return run;
            }
        }
    }

    /// At the end of the source: closes what is open, one token per call.
    fn lex_end(&mut self) -> Kind {
        while let Some(string) = self.interpolations.pop() {
            self.nesting = string.nesting;
        }
        if self.nesting > 0 {
            self.nesting = 0;
            return self.error_here();
        }
        if self.state == State::Other {
            self.state = State::AfterNewline;
            Kind::Newline
        } else if self.indentations.dedent() {
            Kind::Dedent
        } else {
            Kind::EndOfFile
        }
    }
}

/// What a run of digits held.
#[derive(Default)]
struct DigitRun {
    has_digit: bool,
    has_nonzero_digit: bool,
}

/// What a string prefix makes of the literal.
#[derive(Clone, Copy)]
struct Prefix {
    /// An f-string or t-string.
    interpolated: bool,
    /// Backslashes are literal.
    raw: bool,
}

impl Prefix {
    /// The one-letter prefix `c`, if it is one (`f`, `t`, `u`, `b`, `r`, either case).
    fn of(c: char) -> Option<Prefix> {
        match c {
            'f' | 'F' | 't' | 'T' => Some(Prefix {
                interpolated: true,
                raw: false,
            }),
            'u' | 'U' | 'b' | 'B' => Some(Prefix {
                interpolated: false,
                raw: false,
            }),
            'r' | 'R' => Some(Prefix {
                interpolated: false,
                raw: true,
            }),
            _ => None,
        }
    }

    /// The two-letter prefix `a` `b` (a raw prefix with `f`, `t` or `b`, in either order).
    fn of_pair(a: char, b: char) -> Option<Prefix> {
        let is_raw = |c: char| matches!(c, 'r' | 'R');
        let other = if is_raw(a) {
            b
        } else if is_raw(b) {
            a
        } else {
            return None;
        };
        match other {
            'f' | 'F' | 't' | 'T' => Some(Prefix {
                interpolated: true,
                raw: true,
            }),
            'b' | 'B' => Some(Prefix {
                interpolated: false,
                raw: true,
            }),
            _ => None,
        }
    }
}

fn is_quote(c: char) -> bool {
    matches!(c, '\'' | '"')
}

/// Python's whitespace inside a line: space, tab and form feed.
fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0C')
}

/// How many backslashes end `bytes`.
fn backslashes_before(bytes: &[u8]) -> usize {
    bytes.iter().rev().take_while(|&&b| b == b'\\').count()
}
