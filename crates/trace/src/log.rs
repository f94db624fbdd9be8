//! The log: recorded events plus the interned strings and the output text they refer to.

use crate::event::{Event, Kind};
use crate::intern::{Interner, Sym};

/// The recorded events and what they refer to.
#[derive(Default)]
pub struct Log {
    /// The events; an event's step is its index.
    pub events: Vec<Event>,
    /// Interned strings named by the events.
    pub strings: Interner,
    /// All program output, in order; `Kind::Output` events point into it.
    pub output: String,
    /// Writes longer than the output cap are stored as their tail only: for each, the offset
    /// in [`Log::output`] where its kept text starts and how many characters were cut.
    pub output_dropped: Vec<(u32, u64)>,
    /// `output_char_marks[k]`: the characters in `output[..k * OUTPUT_CHUNK]`, so counting
    /// the characters before any byte offset reads at most one chunk (the console of a step
    /// deep into a long run costs no more than one near its start).
    output_char_marks: Vec<u64>,
}

/// Bytes of output per entry of [`Log::output_char_marks`].
const OUTPUT_CHUNK: usize = 4096;

/// Characters in `bytes` (valid UTF-8 cut anywhere): the bytes that do not continue a
/// character.
fn chars_in(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count() as u64
}

impl Log {
    /// The text of an interned string.
    pub fn text(&self, sym: Sym) -> &str {
        self.strings.get(sym)
    }

    /// The text an `Output` event wrote (empty for other kinds).
    pub fn output_of(&self, kind: &Kind) -> &str {
        match *kind {
            Kind::Output { start, len } => self
                .output
                .get(start as usize..(start + len) as usize)
                .unwrap_or(""),
            _ => "",
        }
    }

    /// Appends program output (use this rather than pushing to [`Log::output`], so the
    /// character index stays right).
    pub fn append_output(&mut self, text: &str) {
        self.output.push_str(text);
        let bytes = self.output.as_bytes();
        if self.output_char_marks.is_empty() {
            self.output_char_marks.push(0);
        }
        while (self.output_char_marks.len()) * OUTPUT_CHUNK <= bytes.len() {
            let k = self.output_char_marks.len();
            let chunk = &bytes[(k - 1) * OUTPUT_CHUNK..k * OUTPUT_CHUNK];
            let before = self.output_char_marks[k - 1];
            self.output_char_marks.push(before + chars_in(chunk));
        }
    }

    /// Drops the events and the output (the recorded strings stay interned).
    pub fn clear_events(&mut self) {
        self.events.clear();
        self.output.clear();
        self.output_dropped.clear();
        self.output_char_marks.clear();
    }

    /// The number of characters in `output[..byte]` (`byte` clamped to the output), reading
    /// at most one chunk.
    pub fn output_chars_before(&self, byte: usize) -> u64 {
        let bytes = self.output.as_bytes();
        let byte = byte.min(bytes.len());
        let k = (byte / OUTPUT_CHUNK).min(self.output_char_marks.len().saturating_sub(1));
        let base = self.output_char_marks.get(k).copied().unwrap_or(0);
        base + chars_in(&bytes[k * OUTPUT_CHUNK..byte])
    }

    /// The byte offset in [`Log::output`] where its character number `chars` starts (the
    /// output's length if it has fewer), reading at most one chunk.
    pub fn output_byte_of_char(&self, chars: u64) -> usize {
        let bytes = self.output.as_bytes();
        // The last chunk starting at or before that character.
        let k = self
            .output_char_marks
            .partition_point(|&m| m <= chars)
            .saturating_sub(1);
        let mut seen = self.output_char_marks.get(k).copied().unwrap_or(0);
        for (i, &b) in bytes.iter().enumerate().skip(k * OUTPUT_CHUNK) {
            if (b as i8) >= -0x40 {
                if seen == chars {
                    return i;
                }
                seen += 1;
            }
        }
        bytes.len()
    }

    /// Heap bytes used by the events, the strings and the output buffer.
    pub fn heap_bytes(&self) -> usize {
        self.events.capacity() * std::mem::size_of::<Event>()
            + self.strings.heap_bytes()
            + self.output.capacity()
            + self.output_char_marks.capacity() * std::mem::size_of::<u64>()
    }
}
