//! The page state in the URL hash: `#example=ID` (read on start, written when an example is
//! chosen). Parsing and writing are pure functions; [`read_hash`] and [`replace_hash`] are
//! the only places that touch `window.location`. Embeds never call them.

/// What the hash of a playground URL asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HashState {
    /// `example=ID`: a gallery example to open.
    pub example: Option<String>,
}

/// Parses `#key=value&key=value` (the leading `#` is optional; unknown keys are ignored;
/// values are percent-decoded).
pub fn parse_hash(hash: &str) -> HashState {
    let mut state = HashState::default();
    for pair in hash.trim_start_matches('#').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        if key == "example" && !value.is_empty() {
            state.example = Some(percent_decode(value));
        }
    }
    state
}

/// The hash that opens gallery example `id`.
pub fn example_hash(id: &str) -> String {
    format!("#example={}", percent_encode(id))
}

fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The current page's hash (`""` when there is none or outside a browser window).
pub fn read_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the page's hash without adding a history entry or scrolling.
pub fn replace_hash(hash: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().hash().ok().as_deref() == Some(hash) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_example_id() {
        assert_eq!(
            parse_hash("#example=countdown").example.as_deref(),
            Some("countdown")
        );
        assert_eq!(
            parse_hash("example=db-cursor&step=3").example.as_deref(),
            Some("db-cursor")
        );
        assert_eq!(parse_hash("").example, None);
        assert_eq!(parse_hash("#example=").example, None);
        assert_eq!(parse_hash("#other=1").example, None);
    }

    #[test]
    fn round_trips_ids_with_odd_characters() {
        for id in ["countdown", "merge-streams-fixed", "a b&c=d", "é"] {
            assert_eq!(parse_hash(&example_hash(id)).example.as_deref(), Some(id));
        }
        assert_eq!(example_hash("async-range"), "#example=async-range");
    }
}
