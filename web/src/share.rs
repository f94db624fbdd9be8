//! Share links: the page state in the URL hash, `#example=ID` or `#code=v1.<payload>`, plus
//! `&step=N`.
//!
//! The payload is the program's UTF-8 text compressed with raw deflate (the browser's
//! `CompressionStream('deflate-raw')`, see [`compression`]) and written in base64url without
//! padding. The `v1.` prefix names the format so that it can change later without breaking old
//! links. Links are untrusted input: every size is capped, and whatever is wrong with a link
//! becomes a [`LinkProblem`] whose message says what happened; the page then shows the default
//! example and keeps working.
//!
//! This module is the pure codec (parse and write hashes); [`compression`] wraps the browser's
//! deflate, [`launch`] applies a link to a playground and keeps the URL in step with it, and
//! [`tools`] is the Share/Embed buttons.

pub mod base64url;
pub mod compression;
pub mod launch;
pub mod snippets;
pub mod tools;

use std::fmt;

/// The format prefix of `code=` payloads written today.
pub const CODE_FORMAT: &str = "v1";
/// The largest program a link may carry, in bytes of UTF-8 (after decompression).
pub const MAX_SOURCE_BYTES: usize = 64 * 1024;
/// The longest `code=` payload read, in characters (deflate of [`MAX_SOURCE_BYTES`] of
/// incompressible text, in base64, fits).
pub const MAX_PAYLOAD_CHARS: usize = 90_000;

/// The program a link asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProgram {
    /// `example=ID`: a gallery example (not yet checked against the gallery).
    Example(String),
    /// `code=v1.…`: the program, still compressed (see [`compression::decompress`]).
    Code(Vec<u8>),
}

/// Everything a playground link's hash asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkRequest {
    /// The program, if the link names one that could be read.
    pub program: Option<LinkProgram>,
    /// `step=N`: the step to show.
    pub step: Option<usize>,
    /// What was wrong with the link (each part that was wrong is ignored).
    pub problems: Vec<LinkProblem>,
    /// Every other `key=value` pair, percent-decoded, in order (the embed page's options).
    pub params: Vec<(String, String)>,
}

/// Something wrong with a link; its `Display` is the message the page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    /// `code=` without a `vN.` prefix.
    MissingFormat,
    /// `code=vN.` with a format this version cannot read.
    UnknownFormat(String),
    /// `code=v1.` with nothing after it.
    EmptyCode,
    /// A character outside base64url, at this position of the payload.
    BadCharacter {
        /// The character.
        found: char,
        /// Its position in the payload (0-based).
        position: usize,
    },
    /// The payload ends in the middle of the compressed program (a link cut off when copied).
    Truncated,
    /// The payload is longer than [`MAX_PAYLOAD_CHARS`].
    PayloadTooLong(usize),
    /// The program is larger than [`MAX_SOURCE_BYTES`] once decompressed.
    SourceTooLarge,
    /// The decompressed program is not UTF-8 text.
    NotText,
    /// `step=` that is not a step number.
    BadStep(String),
    /// `example=` naming no gallery example.
    UnknownExample(String),
    /// The browser cannot decompress (no `DecompressionStream`): its error.
    Unsupported(String),
}

impl fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkProblem::MissingFormat => write!(
                f,
                "This link's program cannot be read: `code=` should start with `{CODE_FORMAT}.`, \
                 so the link is malformed."
            ),
            LinkProblem::UnknownFormat(format) => write!(
                f,
                "This link's program is in format `{format}`, which this version of aiterscope \
                 cannot read (it reads `{CODE_FORMAT}`)."
            ),
            LinkProblem::EmptyCode => {
                write!(
                    f,
                    "This link's program is empty: nothing follows `code={CODE_FORMAT}.`."
                )
            }
            LinkProblem::BadCharacter { found, position } => write!(
                f,
                "This link is malformed: the program's code contains {found:?} at position \
                 {position}, which base64url does not use."
            ),
            LinkProblem::Truncated => write!(
                f,
                "This link's program is incomplete: the link was probably cut off when it was \
                 copied."
            ),
            LinkProblem::PayloadTooLong(chars) => write!(
                f,
                "This link's program is too long to open ({chars} characters; at most \
                 {MAX_PAYLOAD_CHARS})."
            ),
            LinkProblem::SourceTooLarge => write!(
                f,
                "This link's program is larger than {} KiB, the most a link may carry.",
                MAX_SOURCE_BYTES / 1024
            ),
            LinkProblem::NotText => {
                write!(
                    f,
                    "This link's program is not text (it is not valid UTF-8)."
                )
            }
            LinkProblem::BadStep(value) => write!(
                f,
                "This link asks for step {value:?}, which is not a step number; showing step 0."
            ),
            LinkProblem::UnknownExample(id) => {
                write!(f, "There is no example called {id:?} in the gallery.")
            }
            LinkProblem::Unsupported(error) => write!(
                f,
                "This browser cannot open program links (no raw-deflate decompression): {error}"
            ),
        }
    }
}

/// Parses a hash (`#key=value&…`; the `#` is optional). Later keys win over earlier ones; a
/// part that is wrong is reported in `problems` and otherwise ignored.
pub fn parse_link(hash: &str) -> LinkRequest {
    let mut request = LinkRequest::default();
    for pair in hash.trim_start_matches('#').split('&') {
        if pair.is_empty() {
            continue;
        }
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "example" => {
                let id = percent_decode(raw);
                request.program = (!id.is_empty()).then_some(LinkProgram::Example(id));
            }
            "code" => match decode_code_payload(&percent_decode(raw)) {
                Ok(bytes) => request.program = Some(LinkProgram::Code(bytes)),
                Err(problem) => request.problems.push(problem),
            },
            "step" => match raw.parse::<usize>() {
                Ok(step) => request.step = Some(step),
                Err(_) => request
                    .problems
                    .push(LinkProblem::BadStep(percent_decode(raw))),
            },
            _ => request
                .params
                .push((percent_decode(key), percent_decode(raw))),
        }
    }
    request
}

/// Reads a `code=` value: the format prefix, then base64url, to the still-compressed program.
pub fn decode_code_payload(value: &str) -> Result<Vec<u8>, LinkProblem> {
    let Some((format, payload)) = value.split_once('.') else {
        return Err(LinkProblem::MissingFormat);
    };
    if format != CODE_FORMAT {
        return Err(LinkProblem::UnknownFormat(format.to_string()));
    }
    if payload.is_empty() {
        return Err(LinkProblem::EmptyCode);
    }
    let chars = payload.chars().count();
    if chars > MAX_PAYLOAD_CHARS {
        return Err(LinkProblem::PayloadTooLong(chars));
    }
    if let Some((position, found)) = payload
        .chars()
        .enumerate()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '='))
    {
        return Err(LinkProblem::BadCharacter { found, position });
    }
    // Every character is base64url now, so the only failures left are a cut-off end.
    base64url::decode(payload).ok_or(LinkProblem::Truncated)
}

/// The `code=` value for an already compressed program.
pub fn encode_code_payload(compressed: &[u8]) -> String {
    format!("{CODE_FORMAT}.{}", base64url::encode(compressed))
}

/// Checks a decompressed program: at most [`MAX_SOURCE_BYTES`], UTF-8.
pub fn source_from_bytes(bytes: Vec<u8>) -> Result<String, LinkProblem> {
    if bytes.len() > MAX_SOURCE_BYTES {
        return Err(LinkProblem::SourceTooLarge);
    }
    String::from_utf8(bytes).map_err(|_| LinkProblem::NotText)
}

/// What a link should say: the program and the step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkTarget<'a> {
    /// A gallery example, unchanged.
    Example(&'a str),
    /// A program, compressed with [`compression::compress`].
    Code(&'a [u8]),
}

/// The hash for `target` at `step` (`&step=N` only after step 0), with `extra` pairs after it.
pub fn link_hash(target: LinkTarget<'_>, step: usize, extra: &[(&str, &str)]) -> String {
    let mut hash = match target {
        LinkTarget::Example(id) => format!("#example={}", percent_encode(id)),
        LinkTarget::Code(compressed) => format!("#code={}", encode_code_payload(compressed)),
    };
    if step > 0 {
        hash.push_str(&format!("&step={step}"));
    }
    for (key, value) in extra {
        hash.push_str(&format!(
            "&{}={}",
            percent_encode(key),
            percent_encode(value)
        ));
    }
    hash
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes (a `%` not followed by two hex digits stays as it is).
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = bytes
            .get(i + 1..i + 3)
            .filter(|_| bytes[i] == b'%')
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests;
