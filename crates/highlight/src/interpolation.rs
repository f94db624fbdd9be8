//! The state of one open f-string or t-string: where its replacement fields and format
//! specs begin and end is decided by the bracket nesting the lexer counts.

/// One f-string or t-string the lexer is inside.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Interpolation {
    /// `'` or `"`.
    pub(crate) quote: char,
    /// Whether it is closed by three quotes.
    pub(crate) triple: bool,
    /// Whether backslashes are literal (`rf"..."`).
    pub(crate) raw: bool,
    /// The lexer's bracket nesting when the string started.
    pub(crate) nesting: u32,
    /// How many format specs (after `:` in a field) are open, nested ones included.
    format_spec_depth: u32,
}

impl Interpolation {
    /// A string that starts at bracket nesting `nesting`.
    pub(crate) fn new(quote: char, triple: bool, raw: bool, nesting: u32) -> Self {
        Self {
            quote,
            triple,
            raw,
            nesting,
            format_spec_depth: 0,
        }
    }

    /// Brackets opened since the string started (the field braces included).
    fn open_brackets(&self, nesting: u32) -> u32 {
        nesting.saturating_sub(self.nesting)
    }

    /// Whether the lexer is inside a replacement field's expression.
    pub(crate) fn in_field(&self, nesting: u32) -> bool {
        self.open_brackets(nesting) > self.format_spec_depth
    }

    /// Whether the lexer is in a format spec's literal text.
    pub(crate) fn in_format_spec(&self, nesting: u32) -> bool {
        self.format_spec_depth > 0 && !self.in_field(nesting)
    }

    /// At a `:`: starts a format spec if the colon is at the field's own bracket level.
    pub(crate) fn try_start_format_spec(&mut self, nesting: u32) -> bool {
        if self
            .open_brackets(nesting)
            .saturating_sub(self.format_spec_depth)
            == 1
        {
            self.format_spec_depth += 1;
            true
        } else {
            false
        }
    }

    /// At a `}` or a line break: ends the innermost format spec if the lexer is in one.
    pub(crate) fn try_end_format_spec(&mut self, nesting: u32) {
        if self.in_format_spec(nesting) {
            self.format_spec_depth -= 1;
        }
    }
}
