//! A tiny stand-in for the `unicode_names2` crate, used by ruff's parser only for `\N{...}` escapes.
//!
//! The playground knows the handful of names tutorials use; any other name makes the parser
//! report an unknown-name error, which the syntax crate turns into CPython's message.

/// Character names this table knows, upper-case as Unicode spells them.
const NAMES: &[(&str, char)] = &[
    ("SPACE", ' '),
    ("NO-BREAK SPACE", '\u{a0}'),
    ("BULLET", '\u{2022}'),
    ("EM DASH", '\u{2014}'),
    ("EN DASH", '\u{2013}'),
    ("HORIZONTAL ELLIPSIS", '\u{2026}'),
    ("RIGHTWARDS ARROW", '\u{2192}'),
    ("LEFTWARDS ARROW", '\u{2190}'),
    ("CHECK MARK", '\u{2713}'),
    ("HEAVY CHECK MARK", '\u{2714}'),
    ("BALLOT X", '\u{2717}'),
    ("GREEK SMALL LETTER ALPHA", '\u{3b1}'),
    ("GREEK SMALL LETTER BETA", '\u{3b2}'),
    ("GREEK SMALL LETTER PI", '\u{3c0}'),
    ("GREEK CAPITAL LETTER DELTA", '\u{394}'),
    ("DEGREE SIGN", '\u{b0}'),
    ("EURO SIGN", '\u{20ac}'),
    ("POUND SIGN", '\u{a3}'),
    ("COPYRIGHT SIGN", '\u{a9}'),
    ("SNOWMAN", '\u{2603}'),
    ("BLACK STAR", '\u{2605}'),
    ("WHITE STAR", '\u{2606}'),
    ("HOURGLASS", '\u{231b}'),
    ("LATIN SMALL LETTER E WITH ACUTE", '\u{e9}'),
    ("LINE FEED", '\n'),
    ("CHARACTER TABULATION", '\t'),
    ("NULL", '\0'),
];

/// Looks up a character by its Unicode name, case-insensitively, like the real crate.
pub fn character(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    NAMES.iter().find(|(n, _)| *n == upper).map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::character;

    #[test]
    fn known_and_unknown_names() {
        assert_eq!(character("bullet"), Some('\u{2022}'));
        assert_eq!(character("EM DASH"), Some('\u{2014}'));
        assert_eq!(character("NOT A REAL NAME"), None);
    }
}
