//! Conversions between the UTF-16 offsets of the DOM (`selectionStart`, `setSelectionRange`)
//! and Rust's byte offsets.

/// The byte offset of the UTF-16 offset `offset` in `text`, clamped to the text and rounded
/// down to a character boundary.
pub fn byte_offset(text: &str, offset: u32) -> usize {
    let mut units = 0u32;
    for (i, c) in text.char_indices() {
        units += c.len_utf16() as u32;
        if units > offset {
            return i;
        }
    }
    text.len()
}

/// The UTF-16 offset of the byte offset `offset` (a character boundary) in `text`.
pub fn utf16_offset(text: &str, offset: usize) -> u32 {
    text[..offset].chars().map(|c| c.len_utf16() as u32).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_multibyte_and_astral_characters() {
        let text = "aé😀b";
        for (bytes, units) in [(0, 0), (1, 1), (3, 2), (7, 4), (8, 5)] {
            assert_eq!(byte_offset(text, units), bytes);
            assert_eq!(utf16_offset(text, bytes), units);
        }
        assert_eq!(byte_offset(text, 99), text.len());
        // the middle of a surrogate pair rounds down to the character's start
        assert_eq!(byte_offset(text, 3), 3);
    }
}
