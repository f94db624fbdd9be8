//! The cap on program output (issue 8, "huge output"): a program printing forever keeps only
//! the last [`DEFAULT_MAX_OUTPUT`] characters (or `RunConfig::max_output`), and the kept text
//! starts with a line saying how many earlier characters were dropped.

/// Characters of output kept by default.
pub const DEFAULT_MAX_OUTPUT: usize = 1_000_000;

/// The line put before the kept output when `dropped` earlier characters were dropped.
pub fn dropped_notice(dropped: u64) -> String {
    format!(
        "[aiterscope: {} earlier characters of output were dropped]\n",
        group_thousands(dropped)
    )
}

/// `12345678` as `12,345,678`.
fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The byte index where the last `max_chars` characters of `text` start, and how many
/// characters come before it (0 and 0 when the whole text fits).
pub fn tail_start(text: &str, max_chars: usize) -> (usize, u64) {
    if text.len() <= max_chars {
        return (0, 0);
    }
    if max_chars == 0 {
        return (text.len(), text.chars().count() as u64);
    }
    match text.char_indices().rev().nth(max_chars - 1) {
        Some((start, _)) => (start, text[..start].chars().count() as u64),
        None => (0, 0),
    }
}

/// `text` as shown under the cap: its last `max_chars` characters, preceded by the dropped
/// notice when characters were dropped (`dropped_before` of them earlier, outside `text`).
pub fn capped_view(text: &str, max_chars: usize, dropped_before: u64) -> String {
    let (start, cut) = tail_start(text, max_chars);
    let dropped = dropped_before + cut;
    if dropped == 0 {
        return text.to_string();
    }
    let mut out = dropped_notice(dropped);
    out.push_str(&text[start..]);
    out
}

/// A growing output buffer kept to its last `max_chars` characters in amortized linear time:
/// the text may grow to about twice the cap before its front is cut.
#[derive(Debug, Clone)]
pub struct OutputCap {
    /// Characters kept.
    pub max_chars: usize,
    /// Characters cut from the front so far.
    pub dropped: u64,
    /// Byte length of the buffer above which the next write trims it.
    trim_above: usize,
}

impl OutputCap {
    /// A cap keeping `max_chars` characters.
    pub fn new(max_chars: usize) -> OutputCap {
        OutputCap {
            max_chars,
            dropped: 0,
            trim_above: max_chars.saturating_mul(2).max(4096),
        }
    }

    /// Appends `s` to `buf`, cutting the front of `buf` when it grew well past the cap.
    pub fn append(&mut self, buf: &mut String, s: &str) {
        buf.push_str(s);
        if buf.len() > self.trim_above {
            self.trim(buf);
            self.trim_above = buf.len().saturating_add(self.max_chars.max(4096));
        }
    }

    /// Cuts `buf` to its last `max_chars` characters, counting what was dropped.
    fn trim(&mut self, buf: &mut String) {
        let (start, cut) = tail_start(buf, self.max_chars);
        if start > 0 {
            buf.drain(..start);
            self.dropped += cut;
        }
    }

    /// The final text: `buf` cut to the cap, with the dropped notice first when needed.
    pub fn finish(&mut self, buf: &str) -> String {
        capped_view(buf, self.max_chars, self.dropped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(12_345_678), "12,345,678");
    }

    #[test]
    fn a_buffer_keeps_its_tail_and_counts_the_rest() {
        let mut cap = OutputCap::new(10);
        let mut buf = String::new();
        for i in 0..10_000 {
            cap.append(&mut buf, &format!("{}", i % 10));
        }
        assert!(buf.len() < 10_000);
        let out = cap.finish(&buf);
        assert_eq!(
            out,
            "[aiterscope: 9,990 earlier characters of output were dropped]\n0123456789"
        );
    }

    #[test]
    fn multibyte_text_is_cut_on_character_boundaries() {
        assert_eq!(
            capped_view("ééééé", 2, 0),
            "[aiterscope: 3 earlier characters of output were dropped]\néé"
        );
        assert_eq!(capped_view("abc", 3, 0), "abc");
    }
}
