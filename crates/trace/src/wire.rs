//! The wire format: what a recorder appended to its log since the last batch, as bytes, so a
//! log can be copied piece by piece into another wasm module (the playground's UI receives
//! the runtime's events from a Web Worker this way).
//!
//! A batch holds the strings interned since the previous batch, the new events, the output
//! text they write and whether the run ended. It is encoded by hand (no serialization crate:
//! the format is small, the event kinds are fixed, and both ends are this file): unsigned
//! numbers as LEB128 varints, signed ones zigzag-encoded, floats as 8 little-endian bytes,
//! strings as a length and UTF-8 bytes. Each event starts with its kind's tag; the high bit of
//! the tag says its time equals the previous event's (most events do), so a typical event
//! takes 4-8 bytes instead of 48.
//!
//! Every batch names where it starts (first string, first event, output offset): applying a
//! batch out of order, twice, or to another log is refused with a [`WireError`], never
//! silently merged.

use std::fmt;

use crate::event::{EndReason, Event, FrameRole, Kind, LeaveHow, ShortVal};
use crate::intern::Sym;
use crate::log::Log;

/// The format's version byte (first byte of every batch).
const VERSION: u8 = 1;
/// Set on an event's tag when its time equals the previous event's.
const SAME_TIME: u8 = 0x80;

/// How much of a log earlier batches carried: the next batch starts here. The default is the
/// start of a log (which always holds the interned empty string).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Interned strings sent.
    pub strings: usize,
    /// Events sent.
    pub events: usize,
    /// Bytes of output text sent.
    pub output: usize,
    /// Entries of `Log::output_dropped` sent.
    pub dropped: usize,
}

/// A decoded batch.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    /// Where the batch starts in the sender's log.
    pub from: Mark,
    /// New interned strings, in id order.
    pub strings: Vec<String>,
    /// New events.
    pub events: Vec<Event>,
    /// New output text.
    pub output: String,
    /// New entries of `Log::output_dropped`.
    pub dropped: Vec<(u32, u64)>,
    /// True if the run ended with this batch (its last event is `end`).
    pub finished: bool,
}

impl Batch {
    /// True if the batch carries nothing new (no string, event, output or dropped count).
    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
            && self.events.is_empty()
            && self.output.is_empty()
            && self.dropped.is_empty()
    }
}

/// A batch that could not be decoded or does not continue the log it is applied to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireError(pub String);

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "event batch: {}", self.0)
    }
}

impl std::error::Error for WireError {}

impl Default for Mark {
    fn default() -> Self {
        Mark::end_of(&Log::default())
    }
}

impl Mark {
    /// The end of `log`: a batch from here carries only what is appended later.
    pub fn end_of(log: &Log) -> Mark {
        Mark {
            strings: log.strings.len(),
            events: log.event_count(),
            output: log.output.len(),
            dropped: log.output_dropped.len(),
        }
    }
}

/// Encodes what `log` holds beyond `from` (at most `max_events` events, so a long recording
/// can be sent in pieces) and returns the bytes with the mark the next batch starts at.
/// `finished` is sent only with the batch that carries the last event.
pub fn encode(log: &Log, from: Mark, max_events: usize, finished: bool) -> (Vec<u8>, Mark) {
    // Steps are absolute; `log.events` may start after some were dropped once sent.
    let held_from = log.events_dropped;
    assert!(
        from.events >= held_from,
        "event batch: step {} was dropped from the log",
        from.events
    );
    let count = log.event_count();
    let events_end = count.min(from.events.saturating_add(max_events));
    let events = &log.events[(from.events.min(events_end) - held_from)..(events_end - held_from)];
    let all_sent = events_end == count;
    // Output and strings go with the first batch that may need them: all of what is there
    // (events never refer to text interned or written after them).
    let to = Mark {
        strings: log.strings.len(),
        events: events_end,
        output: log.output.len(),
        dropped: log.output_dropped.len(),
    };
    let mut out = Writer::default();
    out.byte(VERSION);
    out.uint(from.strings as u64);
    out.uint(from.events as u64);
    out.uint(from.output as u64);
    out.uint(from.dropped as u64);
    out.uint((to.strings - from.strings) as u64);
    for i in from.strings..to.strings {
        out.str(log.strings.get(Sym(i as u32)));
    }
    out.str(&log.output[from.output..to.output]);
    out.uint((to.dropped - from.dropped) as u64);
    for &(at, cut) in &log.output_dropped[from.dropped..to.dropped] {
        out.uint(at as u64);
        out.uint(cut);
    }
    out.uint(events.len() as u64);
    let mut t = match from.events.checked_sub(1) {
        None => 0.0,
        Some(i) if i < held_from => log.last_dropped_t,
        Some(i) => log.events[i - held_from].t,
    };
    for e in events {
        write_event(&mut out, e, &mut t);
    }
    out.byte(u8::from(finished && all_sent));
    (out.bytes, to)
}

/// Decodes a batch. `previous_t` is the time of the event before the batch's first (the last
/// event of the receiving log; 0.0 for an empty one).
pub fn decode(bytes: &[u8], previous_t: f64) -> Result<Batch, WireError> {
    let mut r = Reader { bytes, at: 0 };
    let version = r.byte()?;
    if version != VERSION {
        return Err(WireError(format!(
            "format version {version}, expected {VERSION}"
        )));
    }
    let from = Mark {
        strings: r.len()?,
        events: r.len()?,
        output: r.len()?,
        dropped: r.len()?,
    };
    let n = r.len()?;
    let mut strings = Vec::with_capacity(n.min(bytes.len()));
    for _ in 0..n {
        strings.push(r.str()?.to_string());
    }
    let output = r.str()?.to_string();
    let n = r.len()?;
    let mut dropped = Vec::with_capacity(n.min(bytes.len()));
    for _ in 0..n {
        dropped.push((r.u32()?, r.uint()?));
    }
    let n = r.len()?;
    let mut events = Vec::with_capacity(n.min(bytes.len()));
    let mut t = previous_t;
    for _ in 0..n {
        events.push(read_event(&mut r, &mut t)?);
    }
    let finished = match r.byte()? {
        0 => false,
        1 => true,
        b => return Err(WireError(format!("bad end flag {b}"))),
    };
    if r.at != bytes.len() {
        return Err(WireError(format!(
            "{} bytes left after the batch",
            bytes.len() - r.at
        )));
    }
    Ok(Batch {
        from,
        strings,
        events,
        output,
        dropped,
        finished,
    })
}

/// Appends a decoded batch to `log`, which must hold exactly what the earlier batches
/// carried. Returns whether the run ended.
pub fn apply(batch: Batch, log: &mut Log) -> Result<bool, WireError> {
    let here = Mark::end_of(log);
    if batch.from != here {
        return Err(WireError(format!(
            "starts at {:?} but the log ends at {here:?}",
            batch.from
        )));
    }
    let strings_end = here.strings + batch.strings.len();
    let output_end = here.output + batch.output.len();
    for e in &batch.events {
        check_refs(e, strings_end, output_end)?;
    }
    for s in &batch.strings {
        let expected = log.strings.len();
        let sym = log.strings.intern(s);
        if sym.0 as usize != expected {
            return Err(WireError(format!("string {expected} was already interned")));
        }
    }
    log.append_output(&batch.output);
    log.output_dropped.extend(batch.dropped);
    // A trace grows by many batches: grow its events by a quarter (not Vec's doubling, which
    // leaves a 1,000,000-event trace up to twice its size in a wasm memory that never shrinks).
    let needed = log.events.len() + batch.events.len();
    if needed > log.events.capacity() {
        let grown = needed.max(log.events.capacity() + log.events.capacity() / 4);
        log.events.reserve_exact(grown - log.events.len());
    }
    log.events.extend(batch.events);
    Ok(batch.finished)
}

/// Refuses an event naming a string or output bytes the log will not have.
fn check_refs(e: &Event, strings: usize, output: usize) -> Result<(), WireError> {
    let mut syms = vec![e.task];
    match e.kind {
        Kind::FrameEnter { func, .. } => syms.push(func),
        Kind::Store { name, value, .. } | Kind::AttrStore { name, value, .. } => {
            syms.push(name);
            if let ShortVal::Text(s) = value {
                syms.push(s);
            }
        }
        Kind::Delete { name, .. } => syms.push(name),
        Kind::Output { start, len } if start as usize + len as usize > output => {
            return Err(WireError("an output event beyond the output text".into()));
        }
        Kind::Exception { ty, msg, .. } => syms.extend([ty, msg]),
        Kind::AIter { ty, .. } => syms.push(ty),
        Kind::AnextValue {
            value: ShortVal::Text(s),
            ..
        } => syms.push(s),
        Kind::AwaitSuspend { awaiting: name }
        | Kind::TaskCreated { name }
        | Kind::TaskReady { name }
        | Kind::TaskSwitch { name } => syms.push(name),
        Kind::TaskDone { name, result, .. } => syms.extend([name, result]),
        Kind::ObjState { ty, desc, .. } => syms.extend([ty, desc]),
        Kind::End { msg, .. } => syms.push(msg),
        _ => {}
    }
    match syms.iter().find(|s| s.0 as usize >= strings) {
        Some(s) => Err(WireError(format!("an event names unknown string {}", s.0))),
        None => Ok(()),
    }
}

/// Bytes being written.
#[derive(Default)]
struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    fn byte(&mut self, b: u8) {
        self.bytes.push(b);
    }

    fn uint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.bytes.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.bytes.push(v as u8);
    }

    fn int(&mut self, v: i64) {
        self.uint(((v << 1) ^ (v >> 63)) as u64);
    }

    fn f64(&mut self, v: f64) {
        self.bytes.extend_from_slice(&v.to_bits().to_le_bytes());
    }

    fn sym(&mut self, s: Sym) {
        self.uint(s.0 as u64);
    }

    fn str(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.bytes.extend_from_slice(s.as_bytes());
    }

    fn short(&mut self, v: ShortVal) {
        match v {
            ShortVal::None => self.byte(0),
            ShortVal::Bool(false) => self.byte(1),
            ShortVal::Bool(true) => self.byte(2),
            ShortVal::Int(i) => {
                self.byte(3);
                self.int(i);
            }
            ShortVal::Float(f) => {
                self.byte(4);
                self.f64(f);
            }
            ShortVal::Text(s) => {
                self.byte(5);
                self.sym(s);
            }
        }
    }
}

/// Bytes being read.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, WireError> {
        let b = *self
            .bytes
            .get(self.at)
            .ok_or_else(|| WireError("cut short".into()))?;
        self.at += 1;
        Ok(b)
    }

    fn uint(&mut self) -> Result<u64, WireError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(WireError("a number longer than 64 bits".into()))
    }

    fn u32(&mut self) -> Result<u32, WireError> {
        u32::try_from(self.uint()?).map_err(|_| WireError("a number beyond 32 bits".into()))
    }

    fn len(&mut self) -> Result<usize, WireError> {
        usize::try_from(self.uint()?).map_err(|_| WireError("a length beyond usize".into()))
    }

    fn int(&mut self) -> Result<i64, WireError> {
        let v = self.uint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    fn f64(&mut self) -> Result<f64, WireError> {
        let end = self.at + 8;
        let raw = self
            .bytes
            .get(self.at..end)
            .ok_or_else(|| WireError("cut short".into()))?;
        self.at = end;
        let mut le = [0u8; 8];
        le.copy_from_slice(raw);
        Ok(f64::from_bits(u64::from_le_bytes(le)))
    }

    fn sym(&mut self) -> Result<Sym, WireError> {
        Ok(Sym(self.u32()?))
    }

    fn str(&mut self) -> Result<&str, WireError> {
        let n = self.len()?;
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| WireError("cut short".into()))?;
        let s = std::str::from_utf8(&self.bytes[self.at..end])
            .map_err(|_| WireError("a string that is not UTF-8".into()))?;
        self.at = end;
        Ok(s)
    }

    fn bool(&mut self) -> Result<bool, WireError> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            b => Err(WireError(format!("bad boolean {b}"))),
        }
    }

    fn short(&mut self) -> Result<ShortVal, WireError> {
        Ok(match self.byte()? {
            0 => ShortVal::None,
            1 => ShortVal::Bool(false),
            2 => ShortVal::Bool(true),
            3 => ShortVal::Int(self.int()?),
            4 => ShortVal::Float(self.f64()?),
            5 => ShortVal::Text(self.sym()?),
            b => return Err(WireError(format!("bad value tag {b}"))),
        })
    }
}

const ROLES: [FrameRole; 7] = [
    FrameRole::Module,
    FrameRole::Function,
    FrameRole::Class,
    FrameRole::Generator,
    FrameRole::Coroutine,
    FrameRole::AsyncGenerator,
    FrameRole::Driver,
];
const LEAVES: [LeaveHow; 4] = [
    LeaveHow::Return,
    LeaveHow::Raise,
    LeaveHow::Yield,
    LeaveHow::Await,
];
const ENDS: [EndReason; 3] = [EndReason::Finished, EndReason::Failed, EndReason::Budget];

fn index_of<T: PartialEq>(all: &[T], v: T) -> u8 {
    all.iter().position(|x| *x == v).unwrap_or(0) as u8
}

fn pick<T: Copy>(all: &[T], i: u8, what: &str) -> Result<T, WireError> {
    all.get(i as usize)
        .copied()
        .ok_or_else(|| WireError(format!("bad {what} {i}")))
}

/// The tag of each kind (its position in this list; the order is part of the format).
fn tag_of(kind: &Kind) -> u8 {
    match kind {
        Kind::Line { .. } => 0,
        Kind::FrameEnter { .. } => 1,
        Kind::FrameLeave { .. } => 2,
        Kind::Store { .. } => 3,
        Kind::Delete { .. } => 4,
        Kind::AttrStore { .. } => 5,
        Kind::Output { .. } => 6,
        Kind::Exception { .. } => 7,
        Kind::AIter { .. } => 8,
        Kind::AnextCall { .. } => 9,
        Kind::AnextValue { .. } => 10,
        Kind::StopAsyncIteration { .. } => 11,
        Kind::IterClosed { .. } => 12,
        Kind::AwaitSuspend { .. } => 13,
        Kind::AwaitResume => 14,
        Kind::TaskCreated { .. } => 15,
        Kind::TaskReady { .. } => 16,
        Kind::TaskSwitch { .. } => 17,
        Kind::TaskDone { .. } => 18,
        Kind::Timer { .. } => 19,
        Kind::TimerDone { .. } => 20,
        Kind::Clock => 21,
        Kind::ObjState { .. } => 22,
        Kind::End { .. } => 23,
    }
}

fn write_event(out: &mut Writer, e: &Event, t: &mut f64) {
    let same_time = e.t.to_bits() == t.to_bits();
    out.byte(tag_of(&e.kind) | if same_time { SAME_TIME } else { 0 });
    if !same_time {
        out.f64(e.t);
        *t = e.t;
    }
    out.sym(e.task);
    out.uint(e.line as u64);
    match e.kind {
        Kind::Line { frame } => out.uint(frame as u64),
        Kind::FrameEnter {
            frame,
            func,
            role,
            owner,
        } => {
            out.uint(frame as u64);
            out.sym(func);
            out.byte(index_of(&ROLES, role));
            out.uint(owner as u64);
        }
        Kind::FrameLeave { frame, how } => {
            out.uint(frame as u64);
            out.byte(index_of(&LEAVES, how));
        }
        Kind::Store { frame, name, value } => {
            out.uint(frame as u64);
            out.sym(name);
            out.short(value);
        }
        Kind::Delete { frame, name } => {
            out.uint(frame as u64);
            out.sym(name);
        }
        Kind::AttrStore { obj, name, value } => {
            out.uint(obj as u64);
            out.sym(name);
            out.short(value);
        }
        Kind::Output { start, len } => {
            out.uint(start as u64);
            out.uint(len as u64);
        }
        Kind::Exception { ty, msg, caught } => {
            out.sym(ty);
            out.sym(msg);
            out.byte(u8::from(caught));
        }
        Kind::AIter { iter, ty } => {
            out.uint(iter as u64);
            out.sym(ty);
        }
        Kind::AnextCall { iter }
        | Kind::StopAsyncIteration { iter }
        | Kind::IterClosed { iter } => out.uint(iter as u64),
        Kind::AnextValue { iter, value } => {
            out.uint(iter as u64);
            out.short(value);
        }
        Kind::AwaitSuspend { awaiting: name }
        | Kind::TaskCreated { name }
        | Kind::TaskReady { name }
        | Kind::TaskSwitch { name } => out.sym(name),
        Kind::TaskDone {
            name,
            result,
            failed,
        } => {
            out.sym(name);
            out.sym(result);
            out.byte(u8::from(failed));
        }
        Kind::Timer { when } | Kind::TimerDone { when } => out.f64(when),
        Kind::AwaitResume | Kind::Clock => {}
        Kind::ObjState { obj, ty, desc } => {
            out.uint(obj as u64);
            out.sym(ty);
            out.sym(desc);
        }
        Kind::End { reason, msg } => {
            out.byte(index_of(&ENDS, reason));
            out.sym(msg);
        }
    }
}

fn read_event(r: &mut Reader<'_>, t: &mut f64) -> Result<Event, WireError> {
    let tag = r.byte()?;
    if tag & SAME_TIME == 0 {
        *t = r.f64()?;
    }
    let task = r.sym()?;
    let line = r.u32()?;
    let kind = match tag & !SAME_TIME {
        0 => Kind::Line { frame: r.u32()? },
        1 => Kind::FrameEnter {
            frame: r.u32()?,
            func: r.sym()?,
            role: pick(&ROLES, r.byte()?, "frame role")?,
            owner: r.u32()?,
        },
        2 => Kind::FrameLeave {
            frame: r.u32()?,
            how: pick(&LEAVES, r.byte()?, "leave reason")?,
        },
        3 => Kind::Store {
            frame: r.u32()?,
            name: r.sym()?,
            value: r.short()?,
        },
        4 => Kind::Delete {
            frame: r.u32()?,
            name: r.sym()?,
        },
        5 => Kind::AttrStore {
            obj: r.u32()?,
            name: r.sym()?,
            value: r.short()?,
        },
        6 => Kind::Output {
            start: r.u32()?,
            len: r.u32()?,
        },
        7 => Kind::Exception {
            ty: r.sym()?,
            msg: r.sym()?,
            caught: r.bool()?,
        },
        8 => Kind::AIter {
            iter: r.u32()?,
            ty: r.sym()?,
        },
        9 => Kind::AnextCall { iter: r.u32()? },
        10 => Kind::AnextValue {
            iter: r.u32()?,
            value: r.short()?,
        },
        11 => Kind::StopAsyncIteration { iter: r.u32()? },
        12 => Kind::IterClosed { iter: r.u32()? },
        13 => Kind::AwaitSuspend { awaiting: r.sym()? },
        14 => Kind::AwaitResume,
        15 => Kind::TaskCreated { name: r.sym()? },
        16 => Kind::TaskReady { name: r.sym()? },
        17 => Kind::TaskSwitch { name: r.sym()? },
        18 => Kind::TaskDone {
            name: r.sym()?,
            result: r.sym()?,
            failed: r.bool()?,
        },
        19 => Kind::Timer { when: r.f64()? },
        20 => Kind::TimerDone { when: r.f64()? },
        21 => Kind::Clock,
        22 => Kind::ObjState {
            obj: r.u32()?,
            ty: r.sym()?,
            desc: r.sym()?,
        },
        23 => Kind::End {
            reason: pick(&ENDS, r.byte()?, "end reason")?,
            msg: r.sym()?,
        },
        other => return Err(WireError(format!("bad event tag {other}"))),
    };
    Ok(Event {
        t: *t,
        task,
        line,
        kind,
    })
}
