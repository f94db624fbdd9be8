//! Raw deflate in the browser: `CompressionStream('deflate-raw')` and its decompressing twin,
//! through a few lines of JavaScript (web-sys binds them only under unstable APIs). They cost
//! no wasm, and their bytes are those of any raw-deflate library (the tests use miniz_oxide).
//!
//! Decompression reads the stream chunk by chunk and stops past a size limit, since links are
//! untrusted input (a few bytes of deflate can expand to gigabytes).

use js_sys::{RangeError, Uint8Array};
use wasm_bindgen::prelude::*;

use super::{source_from_bytes, LinkProblem, MAX_SOURCE_BYTES};

#[wasm_bindgen(inline_js = r#"
async function readAll(stream, limit) {
  const reader = stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new RangeError(`more than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export function deflate_raw(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return readAll(stream, Infinity);
}

export function inflate_raw(bytes, limit) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return readAll(stream, limit);
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn deflate_raw(bytes: &[u8]) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(catch)]
    async fn inflate_raw(bytes: &[u8], limit: u32) -> Result<JsValue, JsValue>;
}

/// Compresses a program for a link (raw deflate).
pub async fn compress(source: &str) -> Result<Vec<u8>, String> {
    match deflate_raw(source.as_bytes()).await {
        Ok(bytes) => Ok(Uint8Array::new(&bytes).to_vec()),
        Err(error) => Err(js_error_text(&error)),
    }
}

/// Decompresses a link's program: at most [`MAX_SOURCE_BYTES`] of UTF-8.
pub async fn decompress(compressed: &[u8]) -> Result<String, LinkProblem> {
    // One byte over the limit is enough to know the program is too large.
    let limit = u32::try_from(MAX_SOURCE_BYTES + 1).unwrap_or(u32::MAX);
    match inflate_raw(compressed, limit).await {
        Ok(bytes) => source_from_bytes(Uint8Array::new(&bytes).to_vec()),
        Err(error) if error.is_instance_of::<RangeError>() => Err(LinkProblem::SourceTooLarge),
        // A missing DecompressionStream is a ReferenceError; corrupt or cut-off data a TypeError.
        Err(error) if error.is_instance_of::<js_sys::ReferenceError>() => {
            Err(LinkProblem::Unsupported(js_error_text(&error)))
        }
        Err(_) => Err(LinkProblem::Truncated),
    }
}

fn js_error_text(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .unwrap_or_else(|| format!("{error:?}"))
}
