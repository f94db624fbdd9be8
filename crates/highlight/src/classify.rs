//! From tokens to highlighted spans: the class of each token, decorators, the names `def`
//! and `class` define, and the merging of touching spans of one class.

use crate::token::{Keyword, Kind, Token};
use crate::{HighlightSpan, TokenClass};

/// The built-in names the highlighter marks (the builtins tutorials on async iteration use).
pub const BUILTINS: &[&str] = &[
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
    "BaseException",
    "Exception",
    "ExceptionGroup",
    "BaseExceptionGroup",
    "StopIteration",
    "StopAsyncIteration",
    "GeneratorExit",
    "KeyboardInterrupt",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "EOFError",
    "ImportError",
    "ModuleNotFoundError",
    "IndexError",
    "KeyError",
    "LookupError",
    "MemoryError",
    "NameError",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "RecursionError",
    "RuntimeError",
    "SyntaxError",
    "SystemExit",
    "TimeoutError",
    "TypeError",
    "UnboundLocalError",
    "ValueError",
    "ZeroDivisionError",
    "NotImplemented",
    "Ellipsis",
    "__name__",
];

/// The spans of `tokens` (soft keywords already resolved) over `source`.
pub(crate) fn spans(source: &str, tokens: &[Token]) -> Vec<HighlightSpan> {
    let mut spans: Vec<HighlightSpan> = Vec::with_capacity(tokens.len());
    let mut previous = Kind::Newline;
    let mut in_decorator = false;
    for token in tokens {
        let kind = token.kind;
        if kind == Kind::At && matches!(previous, Kind::Newline | Kind::Indent | Kind::Dedent) {
            in_decorator = true;
        } else if in_decorator && !matches!(kind, Kind::Name | Kind::Dot) {
            in_decorator = false;
        }
        let class = if in_decorator {
            Some(TokenClass::Decorator)
        } else {
            let text = &source[token.start.min(source.len())..token.end.min(source.len())];
            classify(kind, previous, text)
        };
        if !kind.is_trivia() {
            previous = kind;
        }
        if let Some(class) = class {
            push(&mut spans, source, token.start, token.end, class);
        }
    }
    spans
}

/// The class of one token, given the significant token before it.
fn classify(kind: Kind, previous: Kind, text: &str) -> Option<TokenClass> {
    let class = match kind {
        Kind::Keyword(Keyword::Async | Keyword::Await) => TokenClass::AsyncKeyword,
        Kind::Keyword(Keyword::True | Keyword::False | Keyword::None) => TokenClass::Constant,
        Kind::Keyword(_) => TokenClass::Keyword,
        Kind::Name => match previous {
            Kind::Keyword(Keyword::Def) => TokenClass::FunctionName,
            Kind::Keyword(Keyword::Class) => TokenClass::ClassName,
            Kind::Dot => return None,
            _ if BUILTINS.contains(&text) => TokenClass::Builtin,
            _ => return None,
        },
        Kind::Int | Kind::Float | Kind::Complex => TokenClass::Number,
        Kind::String
        | Kind::InterpolatedStart
        | Kind::InterpolatedMiddle
        | Kind::InterpolatedEnd => TokenClass::String,
        Kind::Comment => TokenClass::Comment,
        Kind::Lpar
        | Kind::Rpar
        | Kind::Lsqb
        | Kind::Rsqb
        | Kind::Lbrace
        | Kind::Rbrace
        | Kind::Comma
        | Kind::Colon
        | Kind::Semi
        | Kind::Dot => TokenClass::Punctuation,
        Kind::Unknown => TokenClass::Invalid,
        Kind::Newline | Kind::NonLogicalNewline | Kind::Indent | Kind::Dedent | Kind::EndOfFile => {
            return None
        }
        Kind::Ellipsis
        | Kind::At
        | Kind::Equal
        | Kind::AssignmentOperator
        | Kind::Tilde
        | Kind::Star
        | Kind::Plus
        | Kind::Minus
        | Kind::Operator => TokenClass::Operator,
    };
    Some(class)
}

/// Appends a span, clamped to the source and its character boundaries, merged with the
/// previous span when they touch and share a class, and never overlapping it.
fn push(spans: &mut Vec<HighlightSpan>, source: &str, start: usize, end: usize, class: TokenClass) {
    let floor = |mut i: usize| {
        i = i.min(source.len());
        while !source.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let mut start = floor(start);
    let end = floor(end);
    if let Some(last) = spans.last_mut() {
        start = start.max(last.end);
        if last.class == class && last.end == start {
            last.end = end.max(last.end);
            return;
        }
    }
    if start < end {
        spans.push(HighlightSpan { start, end, class });
    }
}
