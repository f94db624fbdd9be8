//! The tokens the highlighter's lexer produces: only the distinctions highlighting and the
//! soft-keyword rules need (every other operator is [`Kind::Operator`]).

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An identifier that is not a keyword (or a soft keyword used as a name).
    Name,
    /// A keyword, soft keywords included until the soft-keyword pass decides.
    Keyword(Keyword),
    /// An integer literal.
    Int,
    /// A float literal.
    Float,
    /// An imaginary literal (`1j`).
    Complex,
    /// A whole string or bytes literal (possibly unterminated).
    String,
    /// The prefix and opening quotes of an f-string or t-string.
    InterpolatedStart,
    /// Literal text (or format-spec text) inside an f-string or t-string.
    InterpolatedMiddle,
    /// The closing quotes of an f-string or t-string.
    InterpolatedEnd,
    /// A `#` comment.
    Comment,
    /// The end of a logical line.
    Newline,
    /// A line break that does not end a logical line (inside brackets, or a blank line).
    NonLogicalNewline,
    /// One more indentation level.
    Indent,
    /// One indentation level less.
    Dedent,
    /// `(`
    Lpar,
    /// `)`
    Rpar,
    /// `[`
    Lsqb,
    /// `]`
    Rsqb,
    /// `{`
    Lbrace,
    /// `}`
    Rbrace,
    /// `,`
    Comma,
    /// `:`
    Colon,
    /// `;`
    Semi,
    /// `.`
    Dot,
    /// `...`
    Ellipsis,
    /// `@`
    At,
    /// `=`
    Equal,
    /// `+=`, `-=`, ... and `->`: tokens that cannot appear inside an expression.
    AssignmentOperator,
    /// `~`
    Tilde,
    /// `*`
    Star,
    /// `+`
    Plus,
    /// `-`
    Minus,
    /// Any other operator (`==`, `**`, `:=`, `!`, ...).
    Operator,
    /// Text the lexer could not make sense of.
    Unknown,
    /// The end of the source (never stored).
    EndOfFile,
}

impl Kind {
    /// Comments and non-logical newlines: tokens the grammar never sees.
    pub(crate) fn is_trivia(self) -> bool {
        matches!(self, Kind::Comment | Kind::NonLogicalNewline)
    }

    /// `match`, `case`, `type` and `lazy`.
    pub(crate) fn is_soft_keyword(self) -> bool {
        matches!(
            self,
            Kind::Keyword(Keyword::Match | Keyword::Case | Keyword::Type | Keyword::Lazy)
        )
    }
}

/// Python's keywords (3.12's, plus `lazy`, a soft keyword of 3.15 that ruff's lexer knows).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub(crate) enum Keyword {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Case,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lazy,
    Lambda,
    Match,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    Type,
    While,
    With,
    Yield,
}

impl Keyword {
    /// The keyword spelled `text`, if any.
    pub(crate) fn from_text(text: &str) -> Option<Keyword> {
        use Keyword as K;
        Some(match text {
            "False" => K::False,
            "None" => K::None,
            "True" => K::True,
            "and" => K::And,
            "as" => K::As,
            "assert" => K::Assert,
            "async" => K::Async,
            "await" => K::Await,
            "break" => K::Break,
            "case" => K::Case,
            "class" => K::Class,
            "continue" => K::Continue,
            "def" => K::Def,
            "del" => K::Del,
            "elif" => K::Elif,
            "else" => K::Else,
            "except" => K::Except,
            "finally" => K::Finally,
            "for" => K::For,
            "from" => K::From,
            "global" => K::Global,
            "if" => K::If,
            "import" => K::Import,
            "in" => K::In,
            "is" => K::Is,
            "lazy" => K::Lazy,
            "lambda" => K::Lambda,
            "match" => K::Match,
            "nonlocal" => K::Nonlocal,
            "not" => K::Not,
            "or" => K::Or,
            "pass" => K::Pass,
            "raise" => K::Raise,
            "return" => K::Return,
            "try" => K::Try,
            "type" => K::Type,
            "while" => K::While,
            "with" => K::With,
            "yield" => K::Yield,
            _ => return None,
        })
    }
}

/// A token: its kind and the bytes `start..end` of the source it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// What the token is.
    pub(crate) kind: Kind,
    /// Byte offset of the first byte.
    pub(crate) start: usize,
    /// Byte offset one past the last byte.
    pub(crate) end: usize,
}
