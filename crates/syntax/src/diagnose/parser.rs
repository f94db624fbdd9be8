//! Turns ruff's first parse error into the error CPython's PEG parser reports for the same
//! input. The error kind gives the message for most cases; for the rest (missing commas,
//! invalid assignment targets, Python 2 `print`, missing blocks) the tokens and the partial
//! tree around the error decide which of CPython's `invalid_*` rules would fire.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::visitor::source_order::{self, SourceOrderVisitor, TraversalSignal};
use ruff_python_ast::{self as ast, AnyNodeRef, Expr, Mod};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType,
    UnsupportedSyntaxError,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::error::{SyntaxError, INDENTATION_ERROR};
use crate::position::{line_col, line_text};

/// A parser error in CPython's words, with where the parser stopped.
#[derive(Debug)]
pub(crate) struct ParserError {
    pub(crate) error: SyntaxError,
    /// Byte offset of the token at which the parser failed (CPython's last token).
    pub(crate) offset: usize,
    /// Whether CPython's parser would have read up to the end of the file.
    pub(crate) reaches_eof: bool,
}

/// The context the mapping works in.
pub(crate) struct Context<'a> {
    pub(crate) source: &'a str,
    pub(crate) tokens: &'a [Token],
    pub(crate) tree: &'a Mod,
}

/// Maps ruff's first parse error (in the order ruff met them, which follows the order the
/// parser read the tokens) or its earliest unsupported-syntax error, whichever comes first,
/// skipping the errors the tokenizer emulation already decided.
pub(crate) fn first_parser_error(
    cx: &Context,
    errors: &[ParseError],
    unsupported: &[UnsupportedSyntaxError],
) -> Option<ParserError> {
    let parse = errors.iter().find(|e| !is_tokenizer_level(&e.error));
    let unsupported = unsupported.iter().min_by_key(|e| e.range.start());
    match (parse, unsupported) {
        (Some(p), Some(u)) if u.range.start() < p.location.start() => Some(map_unsupported(cx, u)),
        (Some(p), _) => Some(map_parse_error(cx, p)),
        (None, Some(u)) => Some(map_unsupported(cx, u)),
        (None, None) => None,
    }
}

/// Lexical errors whose CPython counterpart the tokenizer emulation reports (or that CPython
/// does not consider errors of the parser).
fn is_tokenizer_level(error: &ParseErrorType) -> bool {
    match error {
        ParseErrorType::Lexical(lexical) => match lexical {
            LexicalErrorType::UnrecognizedToken { tok } => !tok.is_ascii(),
            LexicalErrorType::FStringError(_) | LexicalErrorType::TStringError(_) => true,
            LexicalErrorType::UnicodeError
            | LexicalErrorType::MissingUnicodeLbrace
            | LexicalErrorType::MissingUnicodeRbrace => true,
            LexicalErrorType::UnclosedStringError
            | LexicalErrorType::IndentationError
            | LexicalErrorType::LineContinuationError => true,
            LexicalErrorType::OtherError(_) => true, // malformed numbers
            _ => false,
        },
        ParseErrorType::FStringError(InterpolatedStringErrorType::UnclosedLbrace) => true,
        _ => false,
    }
}

impl Context<'_> {
    fn error_at(&self, msg: impl Into<String>, offset: TextSize) -> ParserError {
        let (line, col) = line_col(self.source, offset);
        ParserError {
            error: SyntaxError::new(msg, line, col),
            offset: offset.into(),
            reaches_eof: self.reaches_eof(offset),
        }
    }

    fn invalid_syntax(&self, offset: TextSize) -> ParserError {
        self.error_at("invalid syntax", offset)
    }

    /// Index of the first token starting at or after `offset`.
    fn token_index(&self, offset: TextSize) -> usize {
        self.tokens.partition_point(|t| t.start() < offset)
    }

    /// Whether no significant token follows the one at `offset`: CPython's parser then reads
    /// the end of the file while looking ahead.
    fn reaches_eof(&self, offset: TextSize) -> bool {
        let index = self.token_index(offset);
        self.tokens[index..]
            .iter()
            .skip(1)
            .all(|t| is_trivia(t.kind()))
    }

    /// The significant token before index `index`.
    fn previous_significant(&self, index: usize) -> Option<&Token> {
        self.tokens[..index]
            .iter()
            .rev()
            .find(|t| !is_trivia(t.kind()))
    }

    /// The significant token at or after index `index`.
    fn next_significant(&self, index: usize) -> Option<&Token> {
        self.tokens[index..].iter().find(|t| !is_trivia(t.kind()))
    }

    /// The innermost bracket open at `offset`, as (kind, start).
    fn open_bracket_at(&self, offset: TextSize) -> Option<(TokenKind, TextSize)> {
        let mut stack: Vec<(TokenKind, TextSize)> = Vec::new();
        for token in self.tokens.iter().take_while(|t| t.start() < offset) {
            match token.kind() {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                    stack.push((token.kind(), token.start()))
                }
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                    stack.pop();
                }
                TokenKind::FStringStart => stack.push((TokenKind::FStringStart, token.start())),
                TokenKind::FStringEnd => {
                    while let Some((kind, _)) = stack.pop() {
                        if kind == TokenKind::FStringStart {
                            break;
                        }
                    }
                }
                _ => {}
            }
        }
        stack.last().copied()
    }

    /// The first token of the logical line containing `offset`.
    fn logical_line_start(&self, offset: TextSize) -> Option<&Token> {
        let index = self.token_index(offset);
        let newline = self.tokens[..index]
            .iter()
            .rposition(|t| t.kind() == TokenKind::Newline);
        let from = newline.map_or(0, |i| i + 1);
        self.tokens[from..].iter().find(|t| !is_layout(t.kind()))
    }
}

/// Tokens the parser never sees as part of an expression.
fn is_trivia(kind: TokenKind) -> bool {
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

fn is_layout(kind: TokenKind) -> bool {
    is_trivia(kind) && kind != TokenKind::EndOfFile
}

/// Tokens that can start an expression.
fn starts_expression(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::Lpar
            | TokenKind::Lsqb
            | TokenKind::Lbrace
            | TokenKind::Minus
            | TokenKind::Plus
            | TokenKind::Tilde
            | TokenKind::Not
            | TokenKind::Lambda
            | TokenKind::Await
            | TokenKind::True
            | TokenKind::False
            | TokenKind::None
            | TokenKind::Ellipsis
    ) || kind.is_soft_keyword()
}

/// Tokens that can end an expression.
fn ends_expression(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringEnd
            | TokenKind::Rpar
            | TokenKind::Rsqb
            | TokenKind::Rbrace
            | TokenKind::True
            | TokenKind::False
            | TokenKind::None
            | TokenKind::Ellipsis
    ) || kind.is_soft_keyword()
}

fn is_augmented_assignment(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::PlusEqual
            | TokenKind::MinusEqual
            | TokenKind::StarEqual
            | TokenKind::SlashEqual
            | TokenKind::PercentEqual
            | TokenKind::AmperEqual
            | TokenKind::VbarEqual
            | TokenKind::CircumflexEqual
            | TokenKind::LeftShiftEqual
            | TokenKind::RightShiftEqual
            | TokenKind::DoubleStarEqual
            | TokenKind::DoubleSlashEqual
            | TokenKind::AtEqual
    )
}

fn map_unsupported(cx: &Context, error: &UnsupportedSyntaxError) -> ParserError {
    use ruff_python_parser::UnsupportedSyntaxErrorKind as Kind;
    let at = error.range.start();
    match error.kind {
        Kind::UnpackingInComprehension(_) => {
            let msg = if cx.source[error.range].starts_with("**") {
                "dict unpacking cannot be used in dict comprehension"
            } else {
                "iterable unpacking cannot be used in comprehension"
            };
            cx.error_at(msg, at)
        }
        Kind::UnparenthesizedExceptionTypes => {
            cx.error_at("multiple exception types must be parenthesized", at)
        }
        _ => cx.invalid_syntax(at),
    }
}

fn map_parse_error(cx: &Context, error: &ParseError) -> ParserError {
    let at = error.location.start();
    match &error.error {
        ParseErrorType::ExpectedToken { expected, found } => {
            expected_token(cx, *expected, *found, error.location)
        }
        ParseErrorType::SimpleStatementsOnSameLine => statements_on_same_line(cx, at),
        ParseErrorType::ExpectedExpression => expected_expression(cx, at),
        ParseErrorType::OtherError(msg) => other_error(cx, msg, error.location),
        ParseErrorType::UnexpectedIndentation => {
            let (line, _) = line_col(cx.source, at);
            let indent = &cx.source[error.location];
            let indent = indent.rsplit('\n').next().unwrap_or(indent);
            ParserError {
                error: SyntaxError::new("unexpected indent", line, indent.chars().count())
                    .with_kind(INDENTATION_ERROR),
                offset: at.into(),
                reaches_eof: false,
            }
        }
        ParseErrorType::InvalidAssignmentTarget => invalid_assignment(cx, error.location),
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let name = describe_at(cx, error.location);
            cx.error_at(
                format!("'{name}' is an illegal expression for augmented assignment"),
                at,
            )
        }
        ParseErrorType::InvalidDeleteTarget => cx.error_at(
            format!("cannot delete {}", describe_at(cx, error.location)),
            at,
        ),
        ParseErrorType::InvalidNamedAssignmentTarget => cx.error_at(
            format!(
                "cannot use assignment expressions with {}",
                describe_at(cx, error.location)
            ),
            at,
        ),
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let colon = cx.token_index(error.location.end());
            let annotation = cx.tokens[colon..]
                .iter()
                .skip(1)
                .find(|t| !matches!(t.kind(), TokenKind::Comment));
            // Without an annotation no `invalid_assignment` rule matches: CPython's parser
            // stopped at the colon.
            if annotation.is_some_and(|t| !starts_expression(t.kind())) {
                let colon_at = cx.tokens.get(colon).map_or(at, Ranged::start);
                return cx.invalid_syntax(colon_at);
            }
            let msg = match describe_at(cx, error.location) {
                kind @ ("tuple" | "list") => {
                    format!("only single target (not {kind}) can be annotated")
                }
                _ => "illegal target for annotation".to_string(),
            };
            cx.error_at(msg, at)
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            after_arguments(cx, "positional argument follows keyword argument", at)
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => after_arguments(
            cx,
            "positional argument follows keyword argument unpacking",
            at,
        ),
        ParseErrorType::InvalidArgumentUnpackingOrder => cx.error_at(
            "iterable argument unpacking follows keyword argument unpacking",
            at,
        ),
        ParseErrorType::IterableUnpackingInComprehension => {
            cx.error_at("iterable unpacking cannot be used in comprehension", at)
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            cx.error_at("Generator expression must be parenthesized", at)
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => cx.error_at(
            "parameter without a default follows parameter with a default",
            at,
        ),
        ParseErrorType::ParamAfterVarKeywordParam => {
            cx.error_at("arguments cannot follow var-keyword argument", at)
        }
        ParseErrorType::ExpectedKeywordParam => {
            cx.error_at("named arguments must follow bare *", at)
        }
        ParseErrorType::FStringError(InterpolatedStringErrorType::InvalidConversionFlag) => {
            match cx.source[at.to_usize()..].chars().next() {
                Some(c) if c != '}' && c != ':' && !c.is_whitespace() => cx.error_at(
                    format!(
                        "f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'"
                    ),
                    at,
                ),
                _ => cx.error_at("f-string: missing conversion character", at),
            }
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            cx.error_at("unexpected EOF while parsing", at)
        }
        _ => cx.invalid_syntax(at),
    }
}

/// `ExpectedToken`: a missing colon, a missing comma, or plain invalid syntax.
fn expected_token(
    cx: &Context,
    expected: TokenKind,
    found: TokenKind,
    location: TextRange,
) -> ParserError {
    let at = location.start();
    if expected == TokenKind::Colon && found == TokenKind::Newline {
        return cx.error_at("expected ':'", at);
    }
    // CPython's forced tokens (`&&':'`, `&&'('`): `else`, `try`, `finally` and `def` headers.
    let header = cx.logical_line_start(at).map(Token::kind);
    if let Some(header) = header {
        let forced_colon = matches!(
            header,
            TokenKind::Else | TokenKind::Try | TokenKind::Finally | TokenKind::Def
        ) || (header == TokenKind::Async
            && expected == TokenKind::Colon
            && cx.source[..at.to_usize()].contains("def"));
        if expected == TokenKind::Colon && forced_colon {
            return cx.error_at("expected ':'", at);
        }
        if expected == TokenKind::Lpar && matches!(header, TokenKind::Def | TokenKind::Async) {
            return cx.error_at("expected '('", at);
        }
    }
    if found == TokenKind::Equal {
        if let Some(error) = assignment_in_expression(cx, at) {
            return error;
        }
    }
    if is_augmented_assignment(found) {
        if let Some(start) = cx.logical_line_start(at) {
            return cx.error_at(
                "'tuple' is an illegal expression for augmented assignment",
                start.start(),
            );
        }
    }
    if let Some(error) = missing_comma(cx, at, found) {
        return error;
    }
    cx.invalid_syntax(at)
}

/// CPython's `invalid_named_expression`: `=` inside an expression (`if x = 1:`).
fn assignment_in_expression(cx: &Context, at: TextSize) -> Option<ParserError> {
    let index = cx.token_index(at);
    let previous = cx.previous_significant(index)?;
    if !ends_expression(previous.kind()) {
        return None;
    }
    let after = cx.open_bracket_at(at).map_or_else(
        || {
            cx.logical_line_start(at)
                .map_or(TextSize::new(0), Ranged::start)
        },
        |(_, start)| start,
    );
    let start = expression_start_before(
        cx,
        previous.end(),
        after.checked_sub(TextSize::new(1)).unwrap_or_default(),
    )?;
    let expr = find_expr(cx, TextRange::new(start, previous.end()))?;
    let value = cx.next_significant(index + 1)?;
    if !starts_expression(value.kind())
        || matches!(value.kind(), TokenKind::Not | TokenKind::Lambda)
    {
        return None;
    }
    if another_equal_follows(cx, index + 1) {
        return None;
    }
    if matches!(expr, Expr::Name(_)) {
        return Some(cx.error_at(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            start,
        ));
    }
    is_bitwise_or_target(expr).then(|| {
        cx.error_at(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                describe(expr)
            ),
            start,
        )
    })
}

/// CPython's `invalid_expression`: two expressions side by side inside brackets.
fn missing_comma(cx: &Context, at: TextSize, found: TokenKind) -> Option<ParserError> {
    if !starts_expression(found) {
        return None;
    }
    let (bracket, bracket_start) = cx.open_bracket_at(at)?;
    if bracket == TokenKind::FStringStart {
        return None;
    }
    let index = cx.token_index(at);
    let previous = cx.previous_significant(index)?;
    if !ends_expression(previous.kind()) || previous.start() <= bracket_start {
        return None;
    }
    let start = expression_start_before(cx, previous.end(), bracket_start)?;
    let first = &cx.tokens[cx.token_index(start)];
    if first.kind().is_soft_keyword()
        || (first.kind() == TokenKind::Name
            && first.end() == previous.end()
            && found == TokenKind::String)
    {
        return None;
    }
    let mut error = cx.error_at("invalid syntax. Perhaps you forgot a comma?", start);
    error.offset = at.into();
    error.reaches_eof = cx.reaches_eof(at);
    Some(error)
}

/// The start of the largest operand-level expression (CPython's `disjunction`) ending at
/// `end` and starting after `after`.
fn expression_start_before(cx: &Context, end: TextSize, after: TextSize) -> Option<TextSize> {
    struct Finder {
        end: TextSize,
        after: TextSize,
        best: Option<TextSize>,
    }
    impl<'a> SourceOrderVisitor<'a> for Finder {
        fn enter_node(&mut self, node: AnyNodeRef<'a>) -> TraversalSignal {
            if node.end() < self.end || node.start() > self.end {
                return TraversalSignal::Skip;
            }
            if let Some(expr) = node.as_expr_ref() {
                if node.end() == self.end && node.start() > self.after && is_disjunction(expr) {
                    self.best = Some(self.best.map_or(node.start(), |b| b.min(node.start())));
                }
            }
            TraversalSignal::Traverse
        }
    }
    let mut finder = Finder {
        end,
        after,
        best: None,
    };
    match cx.tree {
        Mod::Module(module) => source_order::walk_body(&mut finder, &module.body),
        Mod::Expression(expression) => finder.visit_expr(&expression.body),
    }
    finder.best.or_else(|| {
        let index = cx.token_index(end);
        cx.previous_significant(index).map(Ranged::start)
    })
}

/// Whether an expression is at or below CPython's `disjunction` level.
fn is_disjunction(expr: ast::ExprRef) -> bool {
    use ast::ExprRef as E;
    match expr {
        E::If(_)
        | E::Lambda(_)
        | E::Named(_)
        | E::Starred(_)
        | E::Yield(_)
        | E::YieldFrom(_)
        | E::Slice(_) => false,
        E::Tuple(tuple) => tuple.parenthesized,
        _ => true,
    }
}

/// Two statements on one line: `print "x"` (Python 2), or plain invalid syntax.
fn statements_on_same_line(cx: &Context, at: TextSize) -> ParserError {
    let index = cx.token_index(at);
    if let Some(previous) = cx.previous_significant(index) {
        let name = &cx.source[previous.range()];
        let line_start = cx.logical_line_start(previous.start()).map(Ranged::start);
        let found = cx.next_significant(index).map(Token::kind);
        if previous.kind() == TokenKind::Name
            && matches!(name, "print" | "exec")
            && line_start == Some(previous.start())
            && found.is_some_and(|k| starts_expression(k) && k != TokenKind::Lpar)
        {
            return cx.error_at(
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                previous.start(),
            );
        }
    }
    cx.invalid_syntax(at)
}

/// `ExpectedExpression`: a missing dict value, an empty f-string field, or invalid syntax.
fn expected_expression(cx: &Context, at: TextSize) -> ParserError {
    let index = cx.token_index(at);
    let found = cx.tokens.get(index).map(Token::kind);
    let previous = cx.previous_significant(index).map(Token::kind);
    let bracket = cx.open_bracket_at(at).map(|(kind, _)| kind);
    if previous == Some(TokenKind::Colon)
        && bracket == Some(TokenKind::Lbrace)
        && matches!(found, Some(TokenKind::Rbrace | TokenKind::Comma))
    {
        let colon = cx.previous_significant(index).map_or(at, Ranged::start);
        return cx.error_at("expression expected after dictionary key and ':'", colon);
    }
    if previous == Some(TokenKind::Lbrace) && in_fstring_field(cx, at) {
        match found {
            Some(TokenKind::Rbrace) => {
                return cx.error_at("f-string: valid expression required before '}'", at);
            }
            Some(TokenKind::FStringEnd) => return cx.error_at("f-string: expecting '}'", at),
            _ => {}
        }
    }
    cx.invalid_syntax(at)
}

/// Whether `offset` is inside a replacement field of an f-string.
fn in_fstring_field(cx: &Context, offset: TextSize) -> bool {
    let mut depth = 0usize;
    for token in cx.tokens.iter().take_while(|t| t.start() < offset) {
        match token.kind() {
            TokenKind::FStringStart => depth += 1,
            TokenKind::FStringEnd => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth > 0
}

/// Ruff's free-form errors: missing blocks, misplaced statements and the like.
fn other_error(cx: &Context, msg: &str, location: TextRange) -> ParserError {
    let at = location.start();
    if let Some(construct) = msg.strip_prefix("Expected an indented block after ") {
        return missing_block(cx, construct, at);
    }
    if msg == "Expected `except` or `finally` after `try` block" {
        return cx.error_at("expected 'except' or 'finally' block", at);
    }
    if msg == "Cannot have both 'except' and 'except*' on the same 'try'" {
        return cx.error_at(
            "cannot have both 'except' and 'except*' on the same 'try'",
            at,
        );
    }
    if msg == "Expected a parameter name"
        && !cx.source[location]
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_')
    {
        return cx.error_at(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            at,
        );
    }
    cx.invalid_syntax(at)
}

/// "expected an indented block after ... on line N" (an IndentationError).
fn missing_block(cx: &Context, construct: &str, at: TextSize) -> ParserError {
    let described = match construct {
        "function definition" => "function definition".to_string(),
        "`class` definition" => "class definition".to_string(),
        other => {
            let keyword = other.split('`').nth(1).unwrap_or(other);
            format!("'{keyword}' statement")
        }
    };
    // The header is the logical line before the error, or the one the error is at: at the end
    // of the source, ruff reports the missing block at the header's own NEWLINE.
    let index = cx.token_index(at);
    let at_header_end = cx
        .tokens
        .get(index)
        .is_some_and(|t| t.kind() == TokenKind::Newline);
    let header_newline = cx.tokens[..index + usize::from(at_header_end)]
        .iter()
        .rposition(|t| t.kind() == TokenKind::Newline);
    let header_line = header_newline
        .and_then(|i| cx.logical_line_start(cx.tokens[i].start()))
        .map_or(1, |t| line_col(cx.source, t.start()).0);
    let msg = format!("expected an indented block after {described} on line {header_line}");
    let next = cx.next_significant(index);
    let (line, col) = match next {
        Some(token) if token.kind() != TokenKind::EndOfFile => line_col(cx.source, token.start()),
        // At the end of the source CPython points past the end of its last line (a final
        // newline ends that line rather than starting another).
        _ => {
            let last = cx.source.strip_suffix('\n').unwrap_or(cx.source).len();
            let (line, _) = line_col(cx.source, TextSize::try_from(last).unwrap_or(at));
            (line, line_text(cx.source, last).chars().count() + 1)
        }
    };
    ParserError {
        error: SyntaxError::new(msg, line, col).with_kind(INDENTATION_ERROR),
        offset: at.into(),
        reaches_eof: false,
    }
}

/// "positional argument follows keyword argument": CPython points at the token after the
/// arguments (usually the closing parenthesis).
fn after_arguments(cx: &Context, msg: &str, at: TextSize) -> ParserError {
    let index = cx.token_index(at);
    let mut depth = 0i32;
    for token in &cx.tokens[index..] {
        match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                if depth == 0 {
                    return cx.error_at(msg, token.start());
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    cx.error_at(msg, at)
}

/// An invalid assignment target: CPython's `invalid_named_expression` ("... here. Maybe you
/// meant '==' instead of '='?") or `invalid_assignment` ("cannot assign to ...").
fn invalid_assignment(cx: &Context, location: TextRange) -> ParserError {
    let at = location.start();
    let kind = describe_at(cx, location);
    let index = cx.token_index(location.end());
    let next = cx.next_significant(index);
    if next.is_some_and(|t| t.kind() == TokenKind::Equal) && is_first_target(cx, location) {
        let expr = find_expr(cx, location);
        let value_index = cx.token_index(next.map_or(at, Ranged::end));
        let value_ok = cx.next_significant(value_index).is_some_and(|t| {
            starts_expression(t.kind()) && !matches!(t.kind(), TokenKind::Not | TokenKind::Lambda)
        }) && !another_equal_follows(cx, value_index);
        if value_ok && expr.is_some_and(is_bitwise_or_target) {
            return cx.error_at(
                format!("cannot assign to {kind} here. Maybe you meant '==' instead of '='?"),
                at,
            );
        }
    }
    cx.error_at(format!("cannot assign to {kind}"), at)
}

/// Whether the target at `location` is before the first `=` of its statement.
fn is_first_target(cx: &Context, location: TextRange) -> bool {
    let Some(line) = cx.logical_line_start(location.start()) else {
        return false;
    };
    let from = cx.token_index(line.start());
    let until = cx.token_index(location.start());
    !cx.tokens[from..until]
        .iter()
        .any(|t| t.kind() == TokenKind::Equal)
}

/// Whether another top-level `=` follows on the same logical line.
fn another_equal_follows(cx: &Context, from: usize) -> bool {
    let mut depth = 0i32;
    for token in &cx.tokens[from..] {
        match token.kind() {
            TokenKind::Newline | TokenKind::EndOfFile => return false,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
            TokenKind::Equal | TokenKind::ColonEqual if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

/// Expressions CPython's `invalid_named_expression` accepts as the bad target.
fn is_bitwise_or_target(expr: &Expr) -> bool {
    match expr {
        Expr::List(_)
        | Expr::Tuple(_)
        | Expr::Generator(_)
        | Expr::NoneLiteral(_)
        | Expr::BooleanLiteral(_) => false,
        Expr::Compare(_)
        | Expr::BoolOp(_)
        | Expr::If(_)
        | Expr::Lambda(_)
        | Expr::Named(_)
        | Expr::Starred(_) => false,
        Expr::UnaryOp(unary) => unary.op != ast::UnaryOp::Not,
        _ => true,
    }
}

/// The expression of the partial tree whose range is `range`.
fn find_expr<'a>(cx: &'a Context, range: TextRange) -> Option<&'a Expr> {
    struct Finder<'a> {
        range: TextRange,
        found: Option<&'a Expr>,
    }
    impl<'a> SourceOrderVisitor<'a> for Finder<'a> {
        fn enter_node(&mut self, node: AnyNodeRef<'a>) -> TraversalSignal {
            if self.found.is_some() || !node.range().contains_range(self.range) {
                return TraversalSignal::Skip;
            }
            TraversalSignal::Traverse
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.found.is_none() && expr.range() == self.range {
                self.found = Some(expr);
                return;
            }
            source_order::walk_expr(self, expr);
        }
    }
    let mut finder = Finder { range, found: None };
    match cx.tree {
        Mod::Module(module) => source_order::walk_body(&mut finder, &module.body),
        Mod::Expression(expression) => finder.visit_expr(&expression.body),
    }
    finder.found
}

/// CPython's name for the kind of expression at `range` (`_PyPegen_get_expr_name`).
fn describe_at(cx: &Context, range: TextRange) -> &'static str {
    find_expr(cx, range).map_or("expression", describe)
}

/// CPython's `_PyPegen_get_expr_name`.
fn describe(expr: &Expr) -> &'static str {
    match expr {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}
