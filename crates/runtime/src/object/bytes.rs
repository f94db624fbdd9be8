//! The `bytes` type's data helpers: CPython's repr, the codecs the playground knows (UTF-8,
//! ASCII, Latin-1) with CPython's error messages, and `bytes(...)` construction.

use std::rc::Rc;

use super::exception::exc;
use super::Value;
use crate::vm::PyResult;

/// Builds a bytes value.
pub fn bytes_value(data: &[u8]) -> Value {
    Value::Bytes(Rc::from(data))
}

/// Builds a bytes value from an owned buffer.
pub fn bytes_from_vec(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::from(data.into_boxed_slice()))
}

/// `repr(b)` as CPython writes it: `b'...'`, double quotes only when the data contains a
/// single quote and no double quote; `\t`, `\n`, `\r`, `\\` and non-printable bytes escaped.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\\' => out.push_str("\\\\"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// The codecs the playground implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    /// UTF-8.
    Utf8,
    /// ASCII.
    Ascii,
    /// Latin-1 (ISO-8859-1).
    Latin1,
}

impl Codec {
    /// The codec's name as CPython's error messages show it.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// Looks an encoding name up as CPython normalizes it (case, `_`/`-`/space insensitive);
/// anything unknown is CPython's `LookupError: unknown encoding: x`.
pub fn lookup_codec(name: &str) -> PyResult<Codec> {
    let norm: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect();
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" => {
            Ok(Codec::Latin1)
        }
        _ => Err(exc("LookupError", format!("unknown encoding: {name}"))),
    }
}

/// How codec errors are handled (`errors=`).
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ErrorMode {
    /// Raise (the default).
    Strict,
    /// Drop what cannot be converted.
    Ignore,
    /// Substitute `U+FFFD` (decoding) or `?` (encoding).
    Replace,
    /// A handler name CPython does not know: like CPython, only an error that needs the
    /// handler raises `LookupError`.
    Unknown(Rc<str>),
}

/// Parses an `errors=` argument.
pub fn error_mode(name: &str) -> ErrorMode {
    match name {
        "strict" => ErrorMode::Strict,
        "ignore" => ErrorMode::Ignore,
        "replace" => ErrorMode::Replace,
        other => ErrorMode::Unknown(Rc::from(other)),
    }
}

fn unknown_handler(name: &str) -> Value {
    exc(
        "LookupError",
        format!("unknown error handler name '{name}'"),
    )
}

/// A character as CPython's codec errors quote it (`'\xe9'`, `'\u20ac'`, `'\U0001f600'`).
fn escaped_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("'\\x{n:02x}'")
    } else if n < 0x10000 {
        format!("'\\u{n:04x}'")
    } else {
        format!("'\\U{n:08x}'")
    }
}

fn position_text(what: &str, start: usize, end: usize, data_byte: Option<u8>) -> String {
    match data_byte {
        Some(b) if end == start + 1 => format!("can't {what} byte 0x{b:02x} in position {start}"),
        _ if end == start + 1 => format!("can't {what} character in position {start}"),
        _ => format!("can't {what} bytes in position {start}-{}", end - 1),
    }
}

fn decode_error(codec: Codec, start: usize, end: usize, byte: u8, reason: &str) -> Value {
    exc(
        "UnicodeDecodeError",
        format!(
            "'{}' codec {}: {reason}",
            codec.name(),
            position_text("decode", start, end, Some(byte))
        ),
    )
}

/// True for bytes that can never start a UTF-8 sequence.
fn invalid_utf8_start(b: u8) -> bool {
    (0x80..=0xc1).contains(&b) || b >= 0xf5
}

/// Decodes `data` with `codec`, raising `UnicodeDecodeError` worded as CPython's decoder.
pub fn decode(data: &[u8], codec: Codec, mode: ErrorMode) -> PyResult<String> {
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    match &mode {
                        ErrorMode::Unknown(name) => return Err(unknown_handler(name)),
                        ErrorMode::Strict => {
                            return Err(decode_error(
                                codec,
                                i,
                                i + 1,
                                b,
                                "ordinal not in range(128)",
                            ))
                        }
                        ErrorMode::Ignore => {}
                        ErrorMode::Replace => out.push('\u{fffd}'),
                    }
                }
            }
            Ok(out)
        }
        Codec::Utf8 => match mode {
            ErrorMode::Unknown(name) => match std::str::from_utf8(data) {
                Ok(s) => Ok(s.to_string()),
                Err(_) => Err(unknown_handler(&name)),
            },
            ErrorMode::Replace => Ok(String::from_utf8_lossy(data).into_owned()),
            ErrorMode::Ignore => Ok(String::from_utf8_lossy(data).replace('\u{fffd}', "")),
            ErrorMode::Strict => match std::str::from_utf8(data) {
                Ok(s) => Ok(s.to_string()),
                Err(e) => {
                    let start = e.valid_up_to();
                    let byte = data[start];
                    Err(match e.error_len() {
                        Some(1) if invalid_utf8_start(byte) => {
                            decode_error(codec, start, start + 1, byte, "invalid start byte")
                        }
                        Some(n) => {
                            decode_error(codec, start, start + n, byte, "invalid continuation byte")
                        }
                        None => {
                            decode_error(codec, start, data.len(), byte, "unexpected end of data")
                        }
                    })
                }
            },
        },
    }
}

/// Encodes `s` with `codec`, raising `UnicodeEncodeError` worded as CPython's encoder.
pub fn encode(s: &str, codec: Codec, mode: ErrorMode) -> PyResult<Vec<u8>> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match &mode {
            ErrorMode::Unknown(name) => return Err(unknown_handler(name)),
            ErrorMode::Ignore => {}
            ErrorMode::Replace => out.push(b'?'),
            ErrorMode::Strict => {
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                let what = if end == i + 1 {
                    format!("can't encode character {} in position {i}", escaped_char(c))
                } else {
                    format!("can't encode characters in position {i}-{}", end - 1)
                };
                return Err(exc(
                    "UnicodeEncodeError",
                    format!(
                        "'{}' codec {what}: ordinal not in range({limit})",
                        codec.name()
                    ),
                ));
            }
        }
        i += 1;
    }
    Ok(out)
}

/// A byte value from an int-like item of `bytes([...])` and friends.
pub fn byte_from_value(v: &Value) -> PyResult<u8> {
    byte_in_range(v, "bytes must be in range(0, 256)")
}

/// A byte value from an int-like operand, with `range_message` when it is out of range.
pub fn byte_in_range(v: &Value, range_message: &str) -> PyResult<u8> {
    let n = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => i64::MAX,
        other => return Err(crate::object::exception::not_an_integer(&other.type_name())),
    };
    u8::try_from(n).map_err(|_| exc("ValueError", range_message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_picks_quotes_and_escapes_as_cpython() {
        assert_eq!(bytes_repr(b"abc"), "b'abc'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(
            bytes_repr(b"\x00\x7f\xff\t\n\r\\"),
            "b'\\x00\\x7f\\xff\\t\\n\\r\\\\'"
        );
    }

    #[test]
    fn codec_names_normalize() {
        assert_eq!(lookup_codec("UTF_8").ok(), Some(Codec::Utf8));
        assert_eq!(lookup_codec("Latin-1").ok(), Some(Codec::Latin1));
        assert!(lookup_codec("koi8").is_err());
    }

    #[test]
    fn latin1_round_trips_every_byte() {
        let all: Vec<u8> = (0..=255).collect();
        let s = decode(&all, Codec::Latin1, ErrorMode::Strict)
            .ok()
            .unwrap_or_default();
        assert_eq!(encode(&s, Codec::Latin1, ErrorMode::Strict).ok(), Some(all));
    }
}
