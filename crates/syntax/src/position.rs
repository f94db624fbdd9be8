//! Conversions from byte offsets to CPython's line and column numbers.

use ruff_text_size::TextSize;

/// Converts a byte offset into a 1-based (line, column) pair, counting columns in characters
/// (as CPython's parser reports them).
pub fn line_col(source: &str, offset: TextSize) -> (usize, usize) {
    let offset = clamp(source, usize::from(offset));
    let before = &source[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        line_number(before),
        before[line_start..].chars().count() + 1,
    )
}

/// Converts a byte offset into a 1-based (line, column) pair, counting columns in UTF-8 bytes
/// (as CPython's compiler reports the errors of its symbol table and code generator).
pub(crate) fn line_byte_col(source: &str, offset: TextSize) -> (usize, usize) {
    let offset = clamp(source, usize::from(offset));
    let before = &source[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line_number(before), offset - line_start + 1)
}

/// The number of the last line of the source: the line CPython names in
/// "(detected at line N)" when it reaches the end of the file. A final newline does not
/// start a new line.
pub(crate) fn last_line(source: &str) -> usize {
    let trimmed = source.strip_suffix('\n').unwrap_or(source);
    line_number(trimmed)
}

/// The text of the line containing `offset`, without its line break.
pub(crate) fn line_text(source: &str, offset: usize) -> &str {
    let offset = clamp(source, offset);
    let start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = source[offset..]
        .find('\n')
        .map_or(source.len(), |i| offset + i);
    source[start..end]
        .strip_suffix('\r')
        .unwrap_or(&source[start..end])
}

/// The byte offset where the line containing `offset` starts.
pub(crate) fn line_start(source: &str, offset: usize) -> usize {
    let offset = clamp(source, offset);
    source[..offset].rfind('\n').map_or(0, |i| i + 1)
}

fn line_number(before: &str) -> usize {
    before.bytes().filter(|&b| b == b'\n').count() + 1
}

/// Clamps `offset` into the source and moves it back onto a character boundary.
fn clamp(source: &str, offset: usize) -> usize {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_or_bytes() {
        let src = "é = 1\nab = é é\n";
        assert_eq!(line_col(src, TextSize::new(0)), (1, 1));
        let second_e = src.rfind('é').unwrap() as u32;
        assert_eq!(line_col(src, TextSize::new(second_e)), (2, 8));
        assert_eq!(line_byte_col(src, TextSize::new(second_e)), (2, 9));
    }

    #[test]
    fn last_line_ignores_final_newline() {
        assert_eq!(last_line("a\nb\n"), 2);
        assert_eq!(last_line("a\nb"), 2);
        assert_eq!(last_line(""), 1);
        assert_eq!(last_line("a\n\n"), 2);
    }

    #[test]
    fn line_text_and_start() {
        let src = "ab\ncd\r\nef";
        assert_eq!(line_text(src, 4), "cd");
        assert_eq!(line_start(src, 4), 3);
        assert_eq!(line_text(src, 100), "ef");
    }
}
