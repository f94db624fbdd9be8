//! JSON Lines: one event per line, `{"step":..,"t":..,"task":..,"line":..,"kind":..,...}`
//! followed by the kind's own fields. Hand-written (no serde in the runtime).

use std::fmt::Write;

use crate::object::float_repr::float_repr;

use super::event::{Event, Kind};
use super::short_repr::format_short;
use super::Log;

/// Appends `s` as a JSON string literal.
pub fn push_json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A JSON number for a virtual time or deadline (always with a fraction: `1.0`).
fn push_time(out: &mut String, t: f64) {
    if t.is_finite() {
        out.push_str(&float_repr(t));
    } else {
        out.push_str("null");
    }
}

fn field_str(out: &mut String, name: &str, value: &str) {
    let _ = write!(out, ",\"{name}\":");
    push_json_str(out, value);
}

fn field_num(out: &mut String, name: &str, value: u32) {
    let _ = write!(out, ",\"{name}\":{value}");
}

/// One event as a JSON object (no trailing newline).
pub fn event_json(log: &Log, step: usize, e: &Event) -> String {
    let mut out = String::with_capacity(96);
    let _ = write!(out, "{{\"step\":{step},\"t\":");
    push_time(&mut out, e.t);
    field_str(&mut out, "task", log.text(e.task));
    field_num(&mut out, "line", e.line);
    field_str(&mut out, "kind", e.kind.name());
    let s = |sym| log.text(sym);
    match e.kind {
        Kind::Line { frame } => field_num(&mut out, "frame", frame),
        Kind::FrameEnter {
            frame,
            func,
            role,
            owner,
        } => {
            field_num(&mut out, "frame", frame);
            field_str(&mut out, "function", s(func));
            field_str(&mut out, "role", role.as_str());
            if owner != 0 {
                field_num(&mut out, "owner", owner);
            }
        }
        Kind::FrameLeave { frame, how } => {
            field_num(&mut out, "frame", frame);
            field_str(&mut out, "how", how.as_str());
        }
        Kind::Store { frame, name, value } => {
            field_num(&mut out, "frame", frame);
            field_str(&mut out, "name", s(name));
            field_str(&mut out, "value", &format_short(value, &log.strings));
        }
        Kind::Delete { frame, name } => {
            field_num(&mut out, "frame", frame);
            field_str(&mut out, "name", s(name));
        }
        Kind::AttrStore { obj, name, value } => {
            field_num(&mut out, "obj", obj);
            field_str(&mut out, "name", s(name));
            field_str(&mut out, "value", &format_short(value, &log.strings));
        }
        Kind::Output { .. } => field_str(&mut out, "text", log.output_of(&e.kind)),
        Kind::Exception { ty, msg, caught } => {
            field_str(&mut out, "type", s(ty));
            field_str(&mut out, "message", s(msg));
            let _ = write!(out, ",\"caught\":{caught}");
        }
        Kind::AIter { iter, ty } => {
            field_num(&mut out, "iter", iter);
            field_str(&mut out, "type", s(ty));
        }
        Kind::AnextCall { iter }
        | Kind::StopAsyncIteration { iter }
        | Kind::IterClosed { iter } => field_num(&mut out, "iter", iter),
        Kind::AnextValue { iter, value } => {
            field_num(&mut out, "iter", iter);
            field_str(&mut out, "value", &format_short(value, &log.strings));
        }
        Kind::AwaitSuspend { awaiting } => field_str(&mut out, "awaiting", s(awaiting)),
        Kind::AwaitResume | Kind::Clock => {}
        Kind::TaskCreated { name } | Kind::TaskReady { name } | Kind::TaskSwitch { name } => {
            field_str(&mut out, "name", s(name))
        }
        Kind::TaskDone {
            name,
            result,
            failed,
        } => {
            field_str(&mut out, "name", s(name));
            field_str(
                &mut out,
                if failed { "exception" } else { "result" },
                s(result),
            );
        }
        Kind::Timer { when } | Kind::TimerDone { when } => {
            out.push_str(",\"when\":");
            push_time(&mut out, when);
        }
        Kind::ObjState { obj, ty, desc } => {
            field_num(&mut out, "obj", obj);
            field_str(&mut out, "type", s(ty));
            field_str(&mut out, "desc", s(desc));
        }
        Kind::End { reason, msg } => {
            field_str(&mut out, "reason", reason.as_str());
            field_str(&mut out, "message", s(msg));
        }
    }
    out.push('}');
    out
}

/// Writes events `[from, to)` of the log as JSON Lines.
pub fn write_json_lines(
    log: &Log,
    from: usize,
    to: usize,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    let to = to.min(log.events.len());
    for step in from..to {
        let line = event_json(log, step, &log.events[step]);
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recorder::event::ShortVal;

    #[test]
    fn events_serialize_with_the_issue_fields() {
        let mut log = Log::default();
        let task = log.strings.intern("Task-1");
        log.events.push(Event {
            t: 1.0,
            task,
            line: 7,
            kind: Kind::AnextValue {
                iter: 1,
                value: ShortVal::Int(3),
            },
        });
        log.output.push_str("a \"b\"\n");
        log.events.push(Event {
            t: 0.0,
            task,
            line: 8,
            kind: Kind::Output { start: 0, len: 6 },
        });
        let mut buf = Vec::new();
        write_json_lines(&log, 0, 10, &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert_eq!(
            text,
            "{\"step\":0,\"t\":1.0,\"task\":\"Task-1\",\"line\":7,\"kind\":\"anext_value\",\"iter\":1,\"value\":\"3\"}\n\
             {\"step\":1,\"t\":0.0,\"task\":\"Task-1\",\"line\":8,\"kind\":\"output\",\"text\":\"a \\\"b\\\"\\n\"}\n"
        );
    }
}
