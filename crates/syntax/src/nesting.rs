//! The nesting-depth pre-scan: rejects sources too deeply nested to parse or compile, before
//! anything recurses over them.
//!
//! ruff's parser, our compile-time checks, the compiler and even dropping the syntax tree all
//! recurse once per nesting level, so a 100,000-term chain such as `-----…1` or `a.b.b.b…`
//! would overflow the Rust stack (killing the process, or the page in wasm). CPython 3.12
//! refuses such sources with one of four errors, and this module reproduces them from ruff's
//! token stream alone (the lexer is iterative):
//!
//! - `SyntaxError: too many nested parentheses`: more than 200 open brackets (tokenizer);
//! - `SyntaxError: too many nested f-strings`: 150 f-strings inside each other (tokenizer);
//! - `IndentationError: too many levels of indentation`: 100 nested blocks (tokenizer);
//! - `MemoryError: Parser stack overflowed - Python source too complex to parse`: the PEG
//!   parser's stack (6,000 levels) is exhausted by right-recursive chains (`-`, `~`, `not`,
//!   `x if c else …`, `**`, `lambda:`) and brackets;
//! - `RecursionError: maximum recursion depth exceeded during compilation`: the syntax tree
//!   is about 3,000 levels deep (any chain: `+`, `.attr`, calls, subscripts, unary operators…).
//!
//! The last two are estimates from tokens (a cost model calibrated against CPython 3.12.1:
//! exact for chains of one operator, optionally inside brackets and blocks; mixed-precedence
//! expressions are over-estimated, which only matters for expressions thousands of operators
//! long). Both estimates are upper bounds of the real depth, so anything that passes is shallow
//! enough for the Rust stack.

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{lexer, Mode};
use ruff_text_size::TextSize;

use crate::error::{SyntaxError, INDENTATION_ERROR, MEMORY_ERROR, RECURSION_ERROR};
use crate::position::{line_col, line_text};

/// Open brackets CPython's tokenizer allows (`MAXLEVEL`).
const MAX_BRACKETS: usize = 200;
/// Nested f-strings at which CPython's tokenizer gives up (`MAXFSTRINGLEVEL`).
const MAX_FSTRINGS: usize = 150;
/// Indentation levels (with the base level) CPython's tokenizer allows (`MAXINDENT`).
const MAX_INDENT: usize = 100;
/// Syntax-tree depth at which CPython's compiler raises RecursionError (measured: `x = a.b.b…`
/// fails with 2,999 dots).
const MAX_TREE_DEPTH: u64 = 2_999;
/// CPython's parser stack (`MAXSTACK`), in hundredths of a level (the costs below are
/// fractional averages).
const MAX_PARSER_COST: u64 = 6_000 * 100;

/// Parser cost of a simple statement at module level (`x = …`), hundredths of a level.
const PARSER_STATEMENT: u64 = 32 * 100;
/// Parser cost of one enclosing block (`if …:`, `def …:`).
const PARSER_BLOCK: u64 = 6 * 100;
/// Parser cost of a grouping parenthesis `(…)`.
const PARSER_GROUP: u64 = 2_764;
/// Parser cost of a call's or subscript's bracket `f(…)`, `a[…]`.
const PARSER_TRAILER: u64 = 2_364;
/// Parser cost of a display bracket `[…]`, `{…}` (and of an f-string's `{…}` field).
const PARSER_DISPLAY: u64 = 2_864;
/// Parser cost of an f-string itself (an estimate between CPython's bounds: 100 nested
/// f-strings around 100 parentheses overflow, 120 around 60 do not).
const PARSER_FSTRING: u64 = 500;

/// The error CPython 3.12 raises for `source` because of its nesting, if any.
pub(crate) fn check_nesting(source: &str) -> Option<SyntaxError> {
    let limit = scan(source)?;
    Some(match limit {
        Limit::TreeDepth => {
            SyntaxError::new("maximum recursion depth exceeded during compilation", 0, 0)
                .with_kind(RECURSION_ERROR)
        }
        Limit::ParserStack => SyntaxError::new(
            "Parser stack overflowed - Python source too complex to parse",
            0,
            0,
        )
        .with_kind(MEMORY_ERROR),
        Limit::Brackets | Limit::FStrings | Limit::Indentation => {
            let offset = first_offset_reaching(source, limit);
            let (line, col) = line_col(source, TextSize::new(offset as u32));
            match limit {
                Limit::Brackets => SyntaxError::new("too many nested parentheses", line, col),
                Limit::FStrings => SyntaxError::new("too many nested f-strings", line, col),
                _ => {
                    let len = line_text(source, offset).chars().count();
                    SyntaxError::new("too many levels of indentation", line, len + 1)
                        .with_kind(INDENTATION_ERROR)
                }
            }
        }
    })
}

/// Which limit a source exceeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Limit {
    Brackets,
    FStrings,
    Indentation,
    ParserStack,
    TreeDepth,
}

/// The byte offset of the token that exceeds `limit`: the shortest prefix of the source that
/// exceeds it ends one byte past the token's start (the lexer is left to right, so whether a
/// prefix exceeds a tokenizer limit only grows with its length).
fn first_offset_reaching(source: &str, limit: Limit) -> usize {
    let (mut lo, mut hi) = (0usize, source.len());
    while lo < hi {
        let mut mid = lo + (hi - lo) / 2;
        while !source.is_char_boundary(mid) {
            mid += 1;
        }
        if mid >= hi {
            break;
        }
        if scan_tokenizer_limits(&source[..mid]) == Some(limit) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    let mut offset = hi.saturating_sub(1);
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Only the tokenizer's limits of [`scan`] (used to locate them).
fn scan_tokenizer_limits(source: &str) -> Option<Limit> {
    scan(source).filter(|l| matches!(l, Limit::Brackets | Limit::FStrings | Limit::Indentation))
}

/// One bracket level (or the statement level) of the scan.
#[derive(Debug, Clone, Copy, Default)]
struct Level {
    /// Tree depth and parser cost where this level starts.
    tree_base: u64,
    parser_base: u64,
    /// Chain operators met at this level since the last separator.
    tree_ops: u64,
    parser_ops: u64,
    /// Whether this level is an f-string (not a bracket).
    fstring: bool,
    /// Whether this level is a call's or subscript's bracket (which nests the chain it ends).
    trailer: bool,
}

impl Level {
    fn tree(&self) -> u64 {
        self.tree_base + self.tree_ops
    }
    fn parser(&self) -> u64 {
        self.parser_base + self.parser_ops
    }
}

/// Scans the tokens once and returns the first limit exceeded. Tokenizer limits stop the scan
/// where they are met (as CPython's tokenizer does); the parser-stack limit wins over the
/// tree-depth one anywhere in the file (CPython parses the whole file before compiling).
fn scan(source: &str) -> Option<Limit> {
    let mut lexer = lexer::lex(source, Mode::Module);
    let mut levels = vec![Level {
        parser_base: PARSER_STATEMENT,
        ..Level::default()
    }];
    let (mut brackets, mut fstrings, mut blocks) = (0usize, 0usize, 0u64);
    let mut tree_exceeded = false;
    let mut previous = TokenKind::Newline;
    loop {
        let kind = lexer.next_token();
        let depth = levels.len();
        let top = levels
            .last_mut()
            .expect("the statement level is never popped");
        let (tree_cost, parser_cost) = chain_cost(kind, ends_operand(previous));
        match kind {
            TokenKind::EndOfFile => break,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                brackets += 1;
                if brackets > MAX_BRACKETS {
                    return Some(Limit::Brackets);
                }
                let trailer = kind != TokenKind::Lbrace && ends_operand(previous);
                let (tree, parser) = match kind {
                    _ if trailer => (1, PARSER_TRAILER),
                    TokenKind::Lpar => (0, PARSER_GROUP),
                    _ => (1, PARSER_DISPLAY),
                };
                let next = Level {
                    tree_base: top.tree() + tree,
                    parser_base: top.parser() + parser,
                    trailer,
                    ..Level::default()
                };
                levels.push(next);
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                brackets = brackets.saturating_sub(1);
                if depth > 1 && !top.fstring {
                    let closed = levels.pop().expect("depth > 1");
                    if closed.trailer {
                        // `f()()…`, `a[0][0]…`: each trailer nests the chain once more.
                        let outer = levels.last_mut().expect("depth > 1");
                        outer.tree_ops += 1;
                        tree_exceeded |= outer.tree() >= MAX_TREE_DEPTH;
                    }
                }
            }
            TokenKind::FStringStart | TokenKind::TStringStart => {
                fstrings += 1;
                if fstrings >= MAX_FSTRINGS {
                    return Some(Limit::FStrings);
                }
                let next = Level {
                    tree_base: top.tree() + 1,
                    parser_base: top.parser() + PARSER_FSTRING,
                    fstring: true,
                    ..Level::default()
                };
                levels.push(next);
            }
            TokenKind::FStringEnd | TokenKind::TStringEnd => {
                fstrings = fstrings.saturating_sub(1);
                if depth > 1 && top.fstring {
                    levels.pop();
                }
            }
            TokenKind::Indent | TokenKind::Dedent => {
                if kind == TokenKind::Indent {
                    blocks += 1;
                    if blocks as usize >= MAX_INDENT {
                        return Some(Limit::Indentation);
                    }
                } else {
                    blocks = blocks.saturating_sub(1);
                }
                if depth == 1 {
                    top.tree_base = blocks;
                    top.parser_base = PARSER_STATEMENT + blocks * PARSER_BLOCK;
                }
            }
            _ if separates(kind) => {
                top.tree_ops = 0;
                top.parser_ops = 0;
            }
            _ => {
                top.tree_ops += tree_cost;
                top.parser_ops += parser_cost;
                if top.parser() >= MAX_PARSER_COST {
                    return Some(Limit::ParserStack);
                }
                if top.tree() >= MAX_TREE_DEPTH {
                    tree_exceeded = true;
                }
            }
        }
        if !matches!(kind, TokenKind::Comment | TokenKind::NonLogicalNewline) {
            previous = kind;
        }
    }
    tree_exceeded.then_some(Limit::TreeDepth)
}

/// Whether a `(` or `[` after this token opens a call or subscript (rather than a group or
/// a display).
fn ends_operand(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringEnd
            | TokenKind::TStringEnd
            | TokenKind::Rpar
            | TokenKind::Rsqb
            | TokenKind::Rbrace
            | TokenKind::None
            | TokenKind::True
            | TokenKind::False
            | TokenKind::Ellipsis
    )
}

/// Whether the token ends an element (of a statement, a bracket's list, an assignment…), so
/// that the chain before it does not nest what follows.
fn separates(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Comma
            | TokenKind::Semi
            | TokenKind::Newline
            | TokenKind::Equal
            | TokenKind::PlusEqual
            | TokenKind::MinusEqual
            | TokenKind::StarEqual
            | TokenKind::SlashEqual
            | TokenKind::DoubleSlashEqual
            | TokenKind::PercentEqual
            | TokenKind::AtEqual
            | TokenKind::AmperEqual
            | TokenKind::VbarEqual
            | TokenKind::CircumflexEqual
            | TokenKind::LeftShiftEqual
            | TokenKind::RightShiftEqual
            | TokenKind::DoubleStarEqual
    )
}

/// What one token adds to a chain: (syntax-tree depth, parser cost in hundredths of a level).
/// Left-associative chains (binary operators, attributes, calls) nest the tree but the parser
/// loops over them; right-recursive ones (unary operators, `not`, conditional expressions,
/// `**`, `lambda`) also recurse in the parser. Comparisons and `and`/`or` chains stay flat.
/// `after_operand`: whether the token follows an operand (then `+`/`-` are binary).
fn chain_cost(kind: TokenKind, after_operand: bool) -> (u64, u64) {
    match kind {
        TokenKind::Tilde | TokenKind::Not | TokenKind::If => (1, 100),
        TokenKind::Plus | TokenKind::Minus if !after_operand => (1, 100),
        TokenKind::Plus | TokenKind::Minus => (1, 0),
        TokenKind::DoubleStar | TokenKind::Lambda => (1, 200),
        TokenKind::Star
        | TokenKind::Slash
        | TokenKind::DoubleSlash
        | TokenKind::Percent
        | TokenKind::At
        | TokenKind::LeftShift
        | TokenKind::RightShift
        | TokenKind::Amper
        | TokenKind::Vbar
        | TokenKind::CircumFlex
        | TokenKind::Dot
        | TokenKind::Await
        | TokenKind::Yield
        | TokenKind::ColonEqual => (1, 0),
        _ => (0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(source: &str) -> Option<String> {
        check_nesting(source).map(|e| format!("{}: {} ({}:{})", e.kind, e.msg, e.line, e.col))
    }

    #[test]
    fn ordinary_code_passes() {
        assert_eq!(
            check("x = [1, 2, 3]\nprint(-x[0] ** 2 if x else not x)\n"),
            None
        );
        let long_list = format!("x = [{}]\n", vec!["-1"; 100_000].join(", "));
        assert_eq!(check(&long_list), None);
        let long_bool = format!("x = {}\n", vec!["a"; 100_000].join(" and "));
        assert_eq!(check(&long_bool), None);
        let long_compare = format!("x = {}\n", vec!["a"; 100_000].join(" < "));
        assert_eq!(check(&long_compare), None);
    }

    #[test]
    fn chains_match_cpython_thresholds() {
        let call = |n: usize| format!("x = f{}\n", "()".repeat(n));
        assert_eq!(check(&call(2998)), None);
        assert!(check(&call(2999)).unwrap().starts_with("RecursionError"));
        let attr = |n: usize| format!("x = a{}\n", ".b".repeat(n));
        assert_eq!(check(&attr(2998)), None);
        assert_eq!(
            check(&attr(2999)).as_deref(),
            Some("RecursionError: maximum recursion depth exceeded during compilation (0:0)")
        );
        let neg = |n: usize| format!("x = {}a\n", "-".repeat(n));
        assert!(check(&neg(2999)).unwrap().starts_with("RecursionError"));
        assert!(check(&neg(5968))
            .unwrap()
            .starts_with("MemoryError: Parser stack"));
        let pow = |n: usize| format!("x = {}\n", vec!["a"; n + 1].join("**"));
        assert_eq!(check(&pow(2983)), None);
        assert!(check(&pow(2984)).unwrap().starts_with("MemoryError"));
        let in_blocks = format!("def f():\n    x = {}\n", vec!["a"; 2999].join("+"));
        assert!(check(&in_blocks).unwrap().starts_with("RecursionError"));
    }

    #[test]
    fn tokenizer_limits_are_located() {
        let parens = format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201));
        assert_eq!(
            check(&parens).as_deref(),
            Some("SyntaxError: too many nested parentheses (1:205)")
        );
        assert_eq!(
            check(&format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200))),
            None
        );
        let fstrings = format!("x = f({}1{})\n", "f\"{".repeat(160), "}\"".repeat(160));
        assert_eq!(
            check(&fstrings).as_deref(),
            Some("SyntaxError: too many nested f-strings (1:455)")
        );
        let blocks: String = (0..101)
            .map(|i| format!("{}if 1:\n", " ".repeat(i)))
            .collect();
        assert!(check(&format!("{blocks}{}pass\n", " ".repeat(101)))
            .unwrap()
            .starts_with("IndentationError: too many levels of indentation (101:"));
    }
}
