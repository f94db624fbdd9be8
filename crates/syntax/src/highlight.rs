//! Syntax highlighting for the playground's editor.
//!
//! Classifies the tokens of ruff's lexer (as the parser leaves them, so soft keywords such
//! as `match` are keywords only where they act as keywords). It works on any text, including
//! the half-typed code of an editor: unknown characters and unterminated strings become
//! spans too, and nothing panics.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_parser::{Mode, ParseOptions};
use ruff_text_size::Ranged;

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

/// The built-in names the highlighter marks (the builtins tutorials on async iteration use).
const BUILTINS: &[&str] = &[
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

/// Highlights `source`: spans in source order, never overlapping, each on character
/// boundaries. Plain names and whitespace get no span. A source nested too deeply to parse
/// safely (which CPython refuses too) gets no spans.
pub fn highlight(source: &str) -> Vec<HighlightSpan> {
    if u32::try_from(source.len()).is_err() || crate::nesting::check_nesting(source).is_some() {
        return Vec::new();
    }
    let parsed = ruff_python_parser::parse_unchecked(source, ParseOptions::from(Mode::Module));
    let tokens: &[Token] = parsed.tokens();
    let mut spans: Vec<HighlightSpan> = Vec::with_capacity(tokens.len());
    let mut previous = TokenKind::Newline;
    let mut in_decorator = false;
    for token in tokens {
        let kind = token.kind();
        let (start, end) = (usize::from(token.start()), usize::from(token.end()));
        if kind == TokenKind::At
            && matches!(
                previous,
                TokenKind::Newline
                    | TokenKind::NonLogicalNewline
                    | TokenKind::Indent
                    | TokenKind::Dedent
            )
        {
            in_decorator = true;
        } else if in_decorator && !matches!(kind, TokenKind::Name | TokenKind::Dot) {
            in_decorator = false;
        }
        let class = if in_decorator {
            Some(TokenClass::Decorator)
        } else {
            classify(
                kind,
                previous,
                &source[start.min(source.len())..end.min(source.len())],
            )
        };
        if !matches!(kind, TokenKind::Comment | TokenKind::NonLogicalNewline) {
            previous = kind;
        }
        if let Some(class) = class {
            push(&mut spans, source, start, end, class);
        }
    }
    spans
}

/// The class of one token, given the significant token before it.
fn classify(kind: TokenKind, previous: TokenKind, text: &str) -> Option<TokenClass> {
    use TokenKind as K;
    let class = match kind {
        K::Async | K::Await => TokenClass::AsyncKeyword,
        K::True | K::False | K::None => TokenClass::Constant,
        _ if kind.is_keyword() => TokenClass::Keyword,
        K::Name => match previous {
            K::Def => TokenClass::FunctionName,
            K::Class => TokenClass::ClassName,
            K::Dot => return None,
            _ if BUILTINS.contains(&text) => TokenClass::Builtin,
            _ => return None,
        },
        K::Int | K::Float | K::Complex => TokenClass::Number,
        K::String
        | K::FStringStart
        | K::FStringMiddle
        | K::FStringEnd
        | K::TStringStart
        | K::TStringMiddle
        | K::TStringEnd => TokenClass::String,
        K::Comment => TokenClass::Comment,
        K::Lpar
        | K::Rpar
        | K::Lsqb
        | K::Rsqb
        | K::Lbrace
        | K::Rbrace
        | K::Comma
        | K::Colon
        | K::Semi
        | K::Dot => TokenClass::Punctuation,
        K::Unknown => TokenClass::Invalid,
        K::Newline
        | K::NonLogicalNewline
        | K::Indent
        | K::Dedent
        | K::EndOfFile
        | K::IpyEscapeCommand => return None,
        _ => TokenClass::Operator,
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The highlighted pieces of `source` as (text, class) pairs.
    fn pieces(source: &str) -> Vec<(&str, TokenClass)> {
        highlight(source)
            .iter()
            .map(|s| (&source[s.start..s.end], s.class))
            .collect()
    }

    fn class_of(all: &[(&str, TokenClass)], text: &str) -> Vec<TokenClass> {
        all.iter()
            .filter(|(t, _)| *t == text)
            .map(|(_, c)| *c)
            .collect()
    }

    #[test]
    fn classifies_an_async_program() {
        let src = "import asyncio\n\n@dataclass.wrap\nclass Ticker(Base):\n    async def __anext__(self):\n        # tick\n        await asyncio.sleep(0.5)\n        return None\n\nasync def main():\n    async for x in aiter(Ticker()):\n        print(f\"got {x!r:>4}\", 'done', 10, 1e3)\n";
        let all = pieces(src);
        assert_eq!(class_of(&all, "import"), [TokenClass::Keyword]);
        assert_eq!(class_of(&all, "async"), [TokenClass::AsyncKeyword; 3]);
        assert_eq!(class_of(&all, "await"), [TokenClass::AsyncKeyword]);
        assert_eq!(class_of(&all, "@dataclass.wrap"), [TokenClass::Decorator]);
        assert_eq!(class_of(&all, "Ticker"), [TokenClass::ClassName]);
        assert_eq!(class_of(&all, "__anext__"), [TokenClass::FunctionName]);
        assert_eq!(class_of(&all, "main"), [TokenClass::FunctionName]);
        assert_eq!(class_of(&all, "# tick"), [TokenClass::Comment]);
        assert_eq!(class_of(&all, "None"), [TokenClass::Constant]);
        assert_eq!(class_of(&all, "aiter"), [TokenClass::Builtin]);
        assert_eq!(class_of(&all, "print"), [TokenClass::Builtin]);
        assert_eq!(class_of(&all, "'done'"), [TokenClass::String]);
        assert_eq!(class_of(&all, "f\"got "), [TokenClass::String]);
        assert_eq!(class_of(&all, "10"), [TokenClass::Number]);
        assert_eq!(class_of(&all, "0.5"), [TokenClass::Number]);
        // `sleep` is an attribute, not the builtin-less name it could be; `x` is a plain name.
        assert!(class_of(&all, "sleep").is_empty());
        assert!(class_of(&all, "x").is_empty());
    }

    #[test]
    fn soft_keywords_only_where_they_are_keywords() {
        let src = "match = 1\nmatch command:\n    case 1:\n        pass\n";
        let spans = highlight(src);
        let first_match = spans.iter().find(|s| s.start == 0);
        assert!(
            first_match.is_none(),
            "`match` used as a name is not a keyword: {spans:?}"
        );
        let second = src.find("match command").unwrap();
        assert!(spans
            .iter()
            .any(|s| s.start == second && s.class == TokenClass::Keyword));
        let case = src.find("case").unwrap();
        assert!(spans
            .iter()
            .any(|s| s.start == case && s.class == TokenClass::Keyword));
    }

    #[test]
    fn operators_and_punctuation() {
        let all = pieces("x: int = (a + b) ** 2 -> y := z\n");
        assert_eq!(class_of(&all, "="), [TokenClass::Operator]);
        assert_eq!(class_of(&all, "**"), [TokenClass::Operator]);
        assert_eq!(class_of(&all, ":="), [TokenClass::Operator]);
        assert_eq!(class_of(&all, "("), [TokenClass::Punctuation]);
        assert_eq!(class_of(&all, ":"), [TokenClass::Punctuation]);
    }

    #[test]
    fn incomplete_code_is_highlighted_without_panicking() {
        for src in [
            "",
            "async def f(",
            "x = \"unterminated",
            "s = '''open\nstill open",
            "f\"{x",
            "f\"{x!",
            "print(1 $ 2 € 3",
            "\t\tif x:\n  else",
            "é = 1\nλ = é\n",
            "def",
            "@",
            "class",
            "\\",
            "0x",
            "1_",
            "\u{feff}print(1)",
            "\r\n\r\nx = 1\r",
        ] {
            let spans = highlight(src);
            let mut last_end = 0;
            for span in &spans {
                assert!(
                    span.start >= last_end && span.start < span.end && span.end <= src.len(),
                    "{src:?}: {spans:?}"
                );
                assert!(src.is_char_boundary(span.start) && src.is_char_boundary(span.end));
                last_end = span.end;
            }
        }
        assert!(highlight("x = $")
            .iter()
            .any(|s| s.class == TokenClass::Invalid));
        assert!(highlight("x = \"abc")
            .iter()
            .any(|s| s.class == TokenClass::String));
    }

    #[test]
    fn random_text_never_panics() {
        // A deterministic pseudo-random generator over a Python-ish alphabet.
        let alphabet: Vec<char> = "abcdefxyz_019 \t\n()[]{}:;,.'\"\\#@=+-*/<>!&|^~%fbru{}λé€\r"
            .chars()
            .collect();
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..(state % 60) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            let spans = highlight(&text);
            assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
            let _ = crate::parse_module(&text);
        }
    }
}
