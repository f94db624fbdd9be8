//! Soft keywords: `match`, `case`, `type` (and 3.15's `lazy`) are keywords only where they
//! start the statement they name, and names everywhere else (`match = re.match(x)`).
//!
//! Without a parser the decision is made from the tokens around them, with the rules ruff's
//! parser applies (so the colours agree with the tree aiterscope compiles):
//!
//! - `match` at the start of a statement is a keyword when the next token can only start a
//!   subject (`match x:`, `match "s":`, `match not x:`, ...); when it could also continue an
//!   expression (`(`, `[`, `*`, `+`, `-`) only if the subject is followed by `:` and the end
//!   of the line (or by the end of the line and an indented `case`);
//! - `case` is a keyword at the start of each line of a `match` statement's body, for as
//!   long as those lines are `case` blocks;
//! - `type` starts a statement as a keyword when a name and `=` or `[` follow it;
//! - `lazy` starts a statement as a keyword when `import` or `from` follows it.

use crate::token::{Keyword, Kind, Token};

/// Rewrites the soft keywords of `tokens` that act as names into [`Kind::Name`].
pub(crate) fn resolve(tokens: &mut [Token]) {
    let significant: Vec<usize> = (0..tokens.len())
        .filter(|&i| !tokens[i].kind.is_trivia())
        .collect();
    let kind_at = |tokens: &[Token], n: usize| significant.get(n).map(|&i| tokens[i].kind);

    let mut line = LineState::default();
    let mut indent_depth = 0usize;
    let mut match_bodies: Vec<usize> = Vec::new();
    let mut match_header_open = false;
    let mut previous: Option<Kind> = None;

    for n in 0..significant.len() {
        let kind = tokens[significant[n]].kind;
        let line_start = matches!(
            previous,
            None | Some(Kind::Newline | Kind::Indent | Kind::Dedent)
        );
        if line_start {
            // The first token of a logical line (after its indentation tokens).
            if !matches!(kind, Kind::Indent | Kind::Dedent) {
                match_bodies.retain(|&depth| depth <= indent_depth);
                if match_bodies.last() == Some(&indent_depth)
                    && kind != Kind::Keyword(Keyword::Case)
                {
                    match_bodies.pop();
                }
                line = LineState::default();
            }
        }
        let statement_start = if line_start {
            Some(StatementContext::Block)
        } else if previous == Some(Kind::Semi) && line.depth == 0 {
            Some(if line.compound_body {
                StatementContext::SameLineBody
            } else {
                StatementContext::Block
            })
        } else if previous == Some(Kind::Colon) && line.header_colon_just_closed {
            Some(StatementContext::SameLineBody)
        } else {
            None
        };
        line.header_colon_just_closed = false;

        let resolved = match kind {
            Kind::Keyword(Keyword::Match) => {
                let keyword = statement_start == Some(StatementContext::Block)
                    && match_starts_statement(tokens, &significant, n);
                if keyword {
                    match_header_open = true;
                }
                keyword
            }
            Kind::Keyword(Keyword::Case) => {
                line_start && match_bodies.last() == Some(&indent_depth) && line.first.is_none()
            }
            Kind::Keyword(Keyword::Type) => {
                statement_start.is_some()
                    && kind_at(tokens, n + 1)
                        .is_some_and(|k| k == Kind::Name || k.is_soft_keyword())
                    && matches!(kind_at(tokens, n + 2), Some(Kind::Lsqb | Kind::Equal))
            }
            Kind::Keyword(Keyword::Lazy) => {
                statement_start.is_some()
                    && matches!(
                        kind_at(tokens, n + 1),
                        Some(Kind::Keyword(Keyword::Import | Keyword::From))
                    )
            }
            _ => true,
        };
        let kind = if resolved { kind } else { Kind::Name };
        tokens[significant[n]].kind = kind;

        match kind {
            Kind::Indent => indent_depth += 1,
            Kind::Dedent => indent_depth = indent_depth.saturating_sub(1),
            Kind::Newline => {
                if match_header_open {
                    match_header_open = false;
                    let body_indented = kind_at(tokens, n + 1) == Some(Kind::Indent);
                    match_bodies.push(indent_depth + usize::from(body_indented));
                }
            }
            _ => line.see(kind),
        }
        previous = Some(kind);
    }
}

/// Where a statement starts, which decides the statements it may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StatementContext {
    /// A statement of a block: at the start of a line, or after a `;` there.
    Block,
    /// A simple statement of a compound statement's body on its header's line (`if x: y`).
    SameLineBody,
}

/// What the soft-keyword pass knows about the logical line so far.
#[derive(Debug, Default)]
struct LineState {
    /// The line's first token.
    first: Option<Kind>,
    /// Open brackets.
    depth: u32,
    /// `lambda`s whose `:` has not come yet.
    open_lambdas: u32,
    /// Whether the line starts with a compound statement's keyword.
    compound: bool,
    /// Whether the header's `:` has been seen (the rest is the body).
    compound_body: bool,
    /// Whether the token just seen is that `:`.
    header_colon_just_closed: bool,
}

impl LineState {
    /// Takes in the next token of the line.
    fn see(&mut self, kind: Kind) {
        if self.first.is_none() {
            self.first = Some(kind);
            self.compound = matches!(
                kind,
                Kind::Keyword(
                    Keyword::If
                        | Keyword::Elif
                        | Keyword::Else
                        | Keyword::While
                        | Keyword::For
                        | Keyword::Try
                        | Keyword::Except
                        | Keyword::Finally
                        | Keyword::With
                        | Keyword::Def
                        | Keyword::Class
                        | Keyword::Async
                        | Keyword::Match
                        | Keyword::Case
                )
            );
        }
        match kind {
            Kind::Lpar | Kind::Lsqb | Kind::Lbrace => self.depth += 1,
            Kind::Rpar | Kind::Rsqb | Kind::Rbrace => self.depth = self.depth.saturating_sub(1),
            Kind::Keyword(Keyword::Lambda) if self.depth == 0 => self.open_lambdas += 1,
            Kind::Colon if self.depth == 0 => {
                if self.open_lambdas > 0 {
                    self.open_lambdas -= 1;
                } else if self.compound && !self.compound_body {
                    self.compound_body = true;
                    self.header_colon_just_closed = true;
                }
            }
            _ => {}
        }
    }
}

/// Whether the `match` at significant token `n` starts a match statement.
fn match_starts_statement(tokens: &[Token], significant: &[usize], n: usize) -> bool {
    let kind_at = |n: usize| significant.get(n).map(|&i| tokens[i].kind);
    let Some(first) = kind_at(n + 1) else {
        return false;
    };
    match first {
        Kind::Keyword(Keyword::Not) if kind_at(n + 2) == Some(Kind::Keyword(Keyword::In)) => false,
        Kind::Name
        | Kind::Int
        | Kind::Float
        | Kind::Complex
        | Kind::String
        | Kind::InterpolatedStart
        | Kind::Lbrace
        | Kind::Tilde
        | Kind::Ellipsis
        | Kind::Keyword(
            Keyword::Not
            | Keyword::Await
            | Keyword::Yield
            | Keyword::Lambda
            | Keyword::None
            | Keyword::True
            | Keyword::False,
        ) => true,
        Kind::Lpar | Kind::Lsqb | Kind::Star | Kind::Plus | Kind::Minus => {
            subject_ends_header(tokens, significant, n + 1)
        }
        other => other.is_soft_keyword(),
    }
}

/// Whether the expression starting at significant token `n` is followed by `:` and the end
/// of the line, or by the end of the line and an indented `case`.
fn subject_ends_header(tokens: &[Token], significant: &[usize], n: usize) -> bool {
    let kind_at = |n: usize| significant.get(n).map(|&i| tokens[i].kind);
    let mut depth = 0u32;
    let mut open_lambdas = 0u32;
    let mut n = n;
    while let Some(kind) = kind_at(n) {
        if depth > 0 {
            match kind {
                Kind::Lpar | Kind::Lsqb | Kind::Lbrace => depth += 1,
                Kind::Rpar | Kind::Rsqb | Kind::Rbrace => depth -= 1,
                _ => {}
            }
            n += 1;
            continue;
        }
        match kind {
            Kind::Lpar | Kind::Lsqb | Kind::Lbrace => depth += 1,
            Kind::Keyword(Keyword::Lambda) => open_lambdas += 1,
            Kind::Colon if open_lambdas > 0 => open_lambdas -= 1,
            Kind::Colon => return kind_at(n + 1) == Some(Kind::Newline),
            Kind::Newline => {
                return kind_at(n + 1) == Some(Kind::Indent)
                    && kind_at(n + 2) == Some(Kind::Keyword(Keyword::Case));
            }
            Kind::Equal
            | Kind::AssignmentOperator
            | Kind::Semi
            | Kind::Rpar
            | Kind::Rsqb
            | Kind::Rbrace
            | Kind::Unknown
            | Kind::Indent
            | Kind::Dedent
            | Kind::At => return false,
            Kind::Keyword(keyword) if !continues_expression(keyword) => return false,
            _ => {}
        }
        n += 1;
    }
    false
}

/// Keywords that can appear inside a `match` subject expression.
fn continues_expression(keyword: Keyword) -> bool {
    matches!(
        keyword,
        Keyword::If
            | Keyword::Else
            | Keyword::Not
            | Keyword::And
            | Keyword::Or
            | Keyword::In
            | Keyword::Is
            | Keyword::Lambda
            | Keyword::Await
            | Keyword::None
            | Keyword::True
            | Keyword::False
            | Keyword::Match
            | Keyword::Case
            | Keyword::Type
            | Keyword::Lazy
    )
}
