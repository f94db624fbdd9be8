//! base64url (RFC 4648 §5) for share links: written without padding, read with or without it.
//!
//! Own code instead of the `base64` crate for size alone (issue 8: its general-purpose engine
//! was about 6 KB of the UI wasm's code for these two calls); a test checks both against that
//! crate (a dev-dependency) over many inputs.

/// The 64 characters of base64url, by value.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in base64url, without padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            text.push(char::from(ALPHABET[(group >> (18 - 6 * i)) as usize & 63]));
        }
    }
    text
}

/// The bytes of base64url `text`; `None` for a character outside the alphabet, `=` alone or
/// anywhere but at the end (any number of them there is read as padding), a length no
/// encoding ends at, or unused bits that are not zero (as the `base64` crate reads it with
/// padding indifferent).
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let data = text.trim_end_matches('=');
    if data.len() % 4 == 1 || (data.is_empty() && !text.is_empty()) {
        return None;
    }
    let mut bytes = Vec::with_capacity(data.len() / 4 * 3 + 2);
    for chunk in data.as_bytes().chunks(4) {
        let mut group = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            group |= value_of(c)? << (18 - 6 * i);
        }
        let produced = chunk.len() - 1;
        // The bits past the last whole byte must be zero (canonical encoding).
        if group & ((1 << (24 - 8 * produced)) - 1) != 0 {
            return None;
        }
        bytes.extend((0..produced).map(|i| (group >> (16 - 8 * i)) as u8));
    }
    Some(bytes)
}

/// The value of one base64url character.
fn value_of(c: u8) -> Option<u32> {
    let value = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
    use base64::engine::DecodePaddingMode;
    use base64::Engine;

    /// The `base64` crate configured as share links used it before.
    const REFERENCE: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::URL_SAFE,
        GeneralPurposeConfig::new()
            .with_encode_padding(false)
            .with_decode_padding_mode(DecodePaddingMode::Indifferent),
    );

    /// A few thousand byte strings of every length up to 40 (a small xorshift generator).
    fn samples() -> Vec<Vec<u8>> {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..4000)
            .map(|n| (0..n % 41).map(|_| next() as u8).collect())
            .collect()
    }

    #[test]
    fn encodes_and_decodes_as_the_base64_crate() {
        for bytes in samples() {
            let text = encode(&bytes);
            assert_eq!(text, REFERENCE.encode(&bytes));
            assert_eq!(decode(&text), Some(bytes.clone()));
            let padded = format!("{text}{}", "=".repeat((4 - text.len() % 4) % 4));
            assert_eq!(decode(&padded), Some(bytes));
        }
    }

    #[test]
    fn rejects_what_the_base64_crate_rejects() {
        let mut texts: Vec<String> = [
            "", "=", "====", "A", "AB=", "AB===", "A=BC", "AB=C", "ABC=D", "AB==AB", "AB", "AC",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every cut and every one-character change of some encodings.
        for bytes in samples().iter().take(60) {
            let text = encode(bytes);
            for cut in 0..text.len() {
                texts.push(text[..cut].to_string());
                for c in ['A', 'B', 'Q', 'g', '-', '_', '='] {
                    let mut changed = text.clone().into_bytes();
                    changed[cut] = c as u8;
                    texts.push(String::from_utf8(changed).unwrap());
                }
            }
        }
        for text in texts {
            assert_eq!(decode(&text), REFERENCE.decode(&text).ok(), "{text:?}");
        }
    }
}
