//! The log: recorded events plus the interned strings and the output text they refer to.

use crate::event::{Event, Kind};
use crate::intern::{Interner, Sym};

/// The recorded events and what they refer to.
#[derive(Default)]
pub struct Log {
    /// The events held; an event's step is its index plus [`Log::events_dropped`].
    pub events: Vec<Event>,
    /// Events dropped from the front once sent (a recording-only session ships its log in
    /// batches and keeps none of it): `events[0]` is step `events_dropped`. 0 otherwise.
    pub events_dropped: usize,
    /// The time of the last dropped event (what the next event's time is relative to).
    pub last_dropped_t: f64,
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

    /// The number of events recorded, the dropped ones included.
    pub fn event_count(&self) -> usize {
        self.events_dropped + self.events.len()
    }

    /// The time of the last event recorded (dropped or held), 0.0 before any.
    pub fn last_t(&self) -> f64 {
        self.events.last().map_or(self.last_dropped_t, |e| e.t)
    }

    /// Drops the events held (once sent), keeping their count and the last one's time, so
    /// steps and the events still to come are numbered and timed as if nothing was dropped.
    /// Strings and output stay (events to come may name them).
    pub fn drop_held_events(&mut self) {
        self.last_dropped_t = self.last_t();
        self.events_dropped += self.events.len();
        self.events.clear();
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
