//! CPython's checks on numeric literals (the number branch of `tok_get` in
//! `Parser/tokenizer.c`): bad digits, misplaced underscores, leading zeros and letters stuck
//! to the end of a number.

/// A malformed number: CPython's message and the byte offset, within the line, that CPython's
/// 1-based column designates (the column is the number of characters before it, plus one).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct NumberError {
    pub(crate) msg: String,
    /// Byte offset in the line of the character the column points at.
    pub(crate) points_at: usize,
}

/// Checks the number that starts at byte `start` of `line` the way CPython's tokenizer
/// reads it. Returns `None` for a well-formed number.
pub(crate) fn check_number(line: &str, start: usize) -> Option<NumberError> {
    Scanner {
        bytes: line.as_bytes(),
        pos: start,
        start,
    }
    .number()
    .err()
}

/// A byte cursor. `pos` is CPython's `tok->cur`: the next byte to read.
struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    start: usize,
}

type Scan = Result<(), NumberError>;

fn is_identifier_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

impl Scanner<'_> {
    /// Reads the next byte (0 at the end, like CPython's EOF handling for our purposes).
    fn next(&mut self) -> u8 {
        let c = self.bytes.get(self.pos).copied().unwrap_or(b'\n');
        self.pos += 1;
        c
    }

    fn backup(&mut self) {
        self.pos -= 1;
    }

    /// `syntaxerror(tok, ...)`: the column is the number of characters before `tok->cur`,
    /// so it designates the character just before the cursor.
    fn error_before_cursor(&self, msg: impl Into<String>) -> NumberError {
        NumberError {
            msg: msg.into(),
            points_at: self.pos.saturating_sub(1),
        }
    }

    fn lookahead(&self, rest: &str) -> bool {
        self.bytes[self.pos.min(self.bytes.len())..].starts_with(rest.as_bytes())
    }

    /// `verify_end_of_number`: a letter right after a number is an error, except the first
    /// letters of the keywords that may follow a number (`1if x else 2` is only a warning).
    fn verify_end(&mut self, c: u8, kind: &str) -> Scan {
        let keyword_follows = match c {
            b'a' => self.lookahead("nd"),
            b'e' => self.lookahead("lse"),
            b'f' => self.lookahead("or"),
            b'i' => matches!(self.bytes.get(self.pos), Some(b'f' | b'n' | b's')),
            b'o' => self.lookahead("r"),
            b'n' => self.lookahead("ot"),
            _ => false,
        };
        if !keyword_follows && c < 128 && is_identifier_char(c) {
            self.backup();
            return Err(self.error_before_cursor(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    /// `tok_decimal_tail`: digits with single underscores between them.
    fn decimal_tail(&mut self) -> Result<u8, NumberError> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            if !self.next().is_ascii_digit() {
                self.backup();
                return Err(self.error_before_cursor("invalid decimal literal"));
            }
        }
    }

    fn number(&mut self) -> Scan {
        let first = self.next();
        if first == b'.' {
            let c = self.next();
            return self.fraction(c);
        }
        if first == b'0' {
            let c = self.next();
            return match c {
                b'x' | b'X' => self.radix(16, "hexadecimal"),
                b'o' | b'O' => self.radix(8, "octal"),
                b'b' | b'B' => self.radix(2, "binary"),
                _ => self.after_leading_zero(c),
            };
        }
        let c = self.decimal_tail()?;
        self.after_integer_part(c)
    }

    fn after_integer_part(&mut self, c: u8) -> Scan {
        match c {
            b'.' => {
                let c = self.next();
                self.fraction(c)
            }
            b'e' | b'E' => self.exponent(c),
            b'j' | b'J' => self.imaginary(),
            _ => self.verify_end(c, "decimal"),
        }
    }

    fn after_leading_zero(&mut self, mut c: u8) -> Scan {
        loop {
            if c == b'_' {
                c = self.next();
                if !c.is_ascii_digit() {
                    self.backup();
                    return Err(self.error_before_cursor("invalid decimal literal"));
                }
            }
            if c != b'0' {
                break;
            }
            c = self.next();
        }
        let mut nonzero = false;
        if c.is_ascii_digit() {
            nonzero = true;
            c = self.decimal_tail()?;
        }
        match c {
            b'.' => {
                let c = self.next();
                self.fraction(c)
            }
            b'e' | b'E' => self.exponent(c),
            b'j' | b'J' => self.imaginary(),
            _ if nonzero => Err(NumberError {
                msg: "leading zeros in decimal integer literals are not permitted; \
                      use an 0o prefix for octal integers"
                    .to_string(),
                points_at: self.start,
            }),
            _ => self.verify_end(c, "decimal"),
        }
    }

    fn radix(&mut self, radix: u32, kind: &str) -> Scan {
        let is_digit = |c: u8| (c as char).is_digit(radix);
        let mut c = self.next();
        loop {
            if c == b'_' {
                c = self.next();
            }
            if !is_digit(c) {
                if radix != 16 && c.is_ascii_digit() {
                    return Err(self.error_before_cursor(format!(
                        "invalid digit '{}' in {kind} literal",
                        c as char
                    )));
                }
                self.backup();
                return Err(self.error_before_cursor(format!("invalid {kind} literal")));
            }
            c = self.next();
            while is_digit(c) {
                c = self.next();
            }
            if c != b'_' {
                break;
            }
        }
        if radix != 16 && c.is_ascii_digit() {
            return Err(self
                .error_before_cursor(format!("invalid digit '{}' in {kind} literal", c as char)));
        }
        self.verify_end(c, kind)
    }

    fn fraction(&mut self, mut c: u8) -> Scan {
        if c.is_ascii_digit() {
            c = self.decimal_tail()?;
        }
        match c {
            b'e' | b'E' => self.exponent(c),
            b'j' | b'J' => self.imaginary(),
            _ => self.verify_end(c, "decimal"),
        }
    }

    fn exponent(&mut self, e: u8) -> Scan {
        let mut c = self.next();
        if c == b'+' || c == b'-' {
            c = self.next();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.error_before_cursor("invalid decimal literal"));
            }
        } else if !c.is_ascii_digit() {
            // `1else`: the `e` starts the next token; anything else is an error.
            self.backup();
            return self.verify_end(e, "decimal");
        }
        let c = self.decimal_tail()?;
        match c {
            b'j' | b'J' => self.imaginary(),
            _ => self.verify_end(c, "decimal"),
        }
    }

    fn imaginary(&mut self) -> Scan {
        let c = self.next();
        self.verify_end(c, "imaginary")
    }
}

#[cfg(test)]
mod tests {
    use super::check_number;

    fn error(line: &str) -> Option<(String, usize)> {
        let start = line.find(|c: char| c.is_ascii_digit() || c == '.').unwrap();
        check_number(line, start).map(|e| (e.msg, e.points_at))
    }

    #[test]
    fn valid_numbers() {
        for line in [
            "1",
            "1_000",
            "0",
            "00",
            "0.5",
            ".5",
            "1e5",
            "1.e5",
            "5.j",
            "0x_ff",
            "0o17",
            "0b1_0",
            "1if x else 2",
            "1 ",
        ] {
            assert_eq!(error(line), None, "{line}");
        }
    }

    #[test]
    fn invalid_numbers_point_where_cpython_does() {
        assert_eq!(error("1abc"), Some(("invalid decimal literal".into(), 0)));
        assert_eq!(error("1_"), Some(("invalid decimal literal".into(), 1)));
        assert_eq!(
            error("0x1g"),
            Some(("invalid hexadecimal literal".into(), 2))
        );
        assert_eq!(
            error("0b102"),
            Some(("invalid digit '2' in binary literal".into(), 4))
        );
        assert_eq!(
            error("0o8"),
            Some(("invalid digit '8' in octal literal".into(), 2))
        );
        assert_eq!(error("1jk"), Some(("invalid imaginary literal".into(), 1)));
        assert_eq!(error("1e"), Some(("invalid decimal literal".into(), 0)));
        assert!(error("0777").unwrap().0.starts_with("leading zeros"));
    }
}
