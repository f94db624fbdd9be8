//! Syntax highlighting for the playground's editor, without a parser.
//!
//! [`highlight`] classifies the tokens of Python source (keywords, `async`/`await`, builtins,
//! strings and f-strings, numbers, comments, decorators, `def`/`class` names, operators,
//! punctuation, invalid text). It works on any text, including the half-typed code of an
//! editor: unknown characters and unterminated strings become spans too, and nothing panics.
//!
//! ## Why an own tokenizer
//!
//! The rest of aiterscope parses with ruff's parser (`aiterscope-syntax`, in the worker that
//! runs programs), and this highlighter used to classify the tokens that parser leaves. But
//! the editor lives in the UI's wasm module, which has to be small (issue 8: 400 KB gzip for
//! what the page needs to be interactive), and the parser was the largest single crate left
//! in it (about 133 KB of code before wasm-opt, plus its tables and the generic code it
//! instantiates) only to tell tokens apart. This crate depends on no parser (its only
//! dependency is `unicode-ident` for identifiers), so the UI module links none; the worker
//! keeps ruff. Size is the only reason: parsing and error reporting stay with ruff.
//!
//! The price is keeping two tokenizers in step. The lexer follows ruff's token boundaries
//! and recovery on bad input, and [`soft_keywords`] mirrors the rules ruff's parser uses to
//! tell `match`/`case`/`type` keywords from names. `aiterscope-syntax`'s test
//! `highlight_differential` runs this highlighter and one over ruff's tokens on every corpus
//! program, gallery example and syntax-error case and requires identical spans; the few
//! deliberate differences (error recovery that only ruff's parser does) are listed there.

mod classify;

pub use classify::BUILTINS;
mod indentation;
mod interpolation;
mod lexer;
mod soft_keywords;
mod token;

/// What a highlighted span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenClass {
    /// A keyword such as `def`, `for`, `if` or `return` (soft keywords included where they act as keywords).
    Keyword,
    /// `async` and `await`, which the playground is about.
    AsyncKeyword,
    /// `True`, `False` and `None`.
    Constant,
    /// A built-in function or class such as `print`, `range`, `aiter` or `anext`.
    Builtin,
    /// The name defined by `def`.
    FunctionName,
    /// The name defined by `class`.
    ClassName,
    /// A decorator: the `@` and the dotted name after it.
    Decorator,
    /// A string or bytes literal, or the literal parts and quotes of an f-string.
    String,
    /// A number.
    Number,
    /// A comment.
    Comment,
    /// An operator such as `+`, `==`, `=`, `->` or `:=`.
    Operator,
    /// Brackets, commas, colons, semicolons and dots.
    Punctuation,
    /// Text the lexer could not make sense of.
    Invalid,
}

impl TokenClass {
    /// A short stable name, usable as a CSS class suffix.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Keyword => "keyword",
            Self::AsyncKeyword => "async",
            Self::Constant => "constant",
            Self::Builtin => "builtin",
            Self::FunctionName => "function",
            Self::ClassName => "class",
            Self::Decorator => "decorator",
            Self::String => "string",
            Self::Number => "number",
            Self::Comment => "comment",
            Self::Operator => "operator",
            Self::Punctuation => "punctuation",
            Self::Invalid => "invalid",
        }
    }
}

/// A highlighted span of the source: bytes `start..end` are of class `class`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HighlightSpan {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the span is.
    pub class: TokenClass,
}

/// Highlights `source`: spans in source order, never overlapping, each on character
/// boundaries. Plain names and whitespace get no span.
pub fn highlight(source: &str) -> Vec<HighlightSpan> {
    let mut tokens = lexer::tokenize(source);
    soft_keywords::resolve(&mut tokens);
    classify::spans(source, &tokens)
}

#[cfg(test)]
mod tests;
