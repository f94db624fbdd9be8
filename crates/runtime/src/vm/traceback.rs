//! Tracebacks in CPython's format (without the caret lines), including exception groups with
//! the `+-+----` boxes of CPython 3.12 (`traceback.TracebackException.format`).

use super::Vm;
use crate::exception_group::{group_exceptions, is_group};
use crate::object::exception::TbEntry;
use crate::object::Value;

/// Groups wider than this show `and N more exceptions`.
const MAX_GROUP_WIDTH: usize = 15;
/// Groups nested deeper than this show `... (max_group_depth is 10)`.
const MAX_GROUP_DEPTH: usize = 10;
/// Chains longer than this are cut (cycles are cut by the seen set anyway).
const MAX_CHAIN: usize = 50;

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/// The state of one print: the group nesting (indentation) and the exceptions already shown.
#[derive(Default)]
struct PrintContext {
    seen: Vec<usize>,
    group_depth: usize,
    need_close: bool,
}

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// Appends `text` with every line prefixed by the indentation and the margin (`|` or `+`).
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.group_depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

impl Vm {
    /// Formats an exception with its chain, as CPython prints an uncaught exception.
    pub fn format_exception(&mut self, e: &Value) -> String {
        let mut out = String::new();
        let mut ctx = PrintContext::default();
        self.format_one(e, &mut ctx, &mut out);
        out
    }

    /// One exception with its cause/context chain (oldest first).
    fn format_one(&mut self, e: &Value, ctx: &mut PrintContext, out: &mut String) {
        let mut chain: Vec<(Option<&'static str>, Value)> = Vec::new();
        let mut cur = Some(e.clone());
        while let Some(x) = cur.take() {
            ctx.seen.push(x.heap_addr().unwrap_or(0));
            let (cause, context, suppress) = match x.exc_data() {
                Some(d) => {
                    let d = d.borrow();
                    (d.cause.clone(), d.context.clone(), d.suppress_context)
                }
                None => (None, None, false),
            };
            let unseen = |c: &Value, seen: &[usize]| !seen.contains(&c.heap_addr().unwrap_or(0));
            let next = if let Some(c) = cause.filter(|c| unseen(c, &ctx.seen)) {
                Some((CAUSE_MESSAGE, c))
            } else {
                context
                    .filter(|c| !suppress && unseen(c, &ctx.seen))
                    .map(|c| (CONTEXT_MESSAGE, c))
            };
            match next {
                Some((msg, c)) if chain.len() < MAX_CHAIN => {
                    chain.push((Some(msg), x));
                    cur = Some(c);
                }
                _ => chain.push((None, x)),
            }
        }
        // As CPython's C printer: printing a chained (older) exception does not change
        // whether the enclosing group box still needs its closing line.
        let saved_need_close = ctx.need_close;
        for (i, (msg, x)) in chain.into_iter().rev().enumerate() {
            if i > 0 {
                ctx.need_close = saved_need_close;
            }
            if let Some(m) = msg {
                ctx.emit(out, m, '|');
            }
            if is_group(&x) {
                self.format_group(&x, ctx, out);
            } else {
                let tb = x
                    .exc_data()
                    .map(|d| d.borrow().traceback.clone())
                    .unwrap_or_default();
                if !tb.is_empty() {
                    ctx.emit(out, "Traceback (most recent call last):\n", '|');
                    let text = self.format_tb(&tb);
                    ctx.emit(out, &text, '|');
                }
                let only = self.exception_only_with_notes(&x);
                ctx.emit(out, &only, '|');
            }
        }
    }

    /// An exception group: its own traceback and line, then each member in a numbered box.
    fn format_group(&mut self, e: &Value, ctx: &mut PrintContext, out: &mut String) {
        if ctx.group_depth > MAX_GROUP_DEPTH {
            ctx.emit(
                out,
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
            return;
        }
        let toplevel = ctx.group_depth == 0;
        if toplevel {
            ctx.group_depth += 1;
        }
        let tb = e
            .exc_data()
            .map(|d| d.borrow().traceback.clone())
            .unwrap_or_default();
        if !tb.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            ctx.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            let text = self.format_tb(&tb);
            ctx.emit(out, &text, '|');
        }
        let only = self.exception_only_with_notes(e);
        ctx.emit(out, &only, '|');
        let members = group_exceptions(e);
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, member) in members.iter().take(shown).enumerate() {
            let last = i + 1 == shown;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&ctx.indent());
            out.push_str(if i == 0 { "+-" } else { "  " });
            out.push_str(&format!("+---------------- {title} ----------------\n"));
            ctx.group_depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                ctx.emit(
                    out,
                    &format!("and {remaining} more exception{plural}\n"),
                    '|',
                );
            } else {
                self.format_one(member, ctx, out);
            }
            if last && ctx.need_close {
                out.push_str(&ctx.indent());
                out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.group_depth -= 1;
        }
        if toplevel {
            ctx.group_depth = 0;
        }
    }

    /// The `File ..., line N, in f` lines (with source lines of the program's own file and
    /// CPython's `[Previous line repeated N more times]` folding), oldest call first.
    fn format_tb(&self, tb: &[TbEntry]) -> String {
        let mut out = String::new();
        let mut last: Option<(&str, u32, &str)> = None;
        let mut repeat = 0;
        let fold = |out: &mut String, repeat: usize| {
            if repeat >= 3 {
                let n = repeat - 2;
                out.push_str(&format!(
                    "  [Previous line repeated {} more time{}]\n",
                    n,
                    if n > 1 { "s" } else { "" }
                ));
            }
        };
        for entry in tb.iter().rev() {
            let key = (&*entry.filename, entry.line, &*entry.name);
            if last == Some(key) {
                repeat += 1;
                if repeat >= 3 {
                    continue;
                }
            } else {
                fold(&mut out, repeat);
                repeat = 0;
            }
            last = Some(key);
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                entry.filename, entry.line, entry.name
            ));
            if *entry.filename == *self.filename {
                if let Some(src) = self.source_lines.get(entry.line.saturating_sub(1) as usize) {
                    let t = src.trim();
                    if !t.is_empty() {
                        out.push_str(&format!("    {t}\n"));
                    }
                }
            }
        }
        fold(&mut out, repeat);
        out
    }

    /// `Type: message` plus one line per `__notes__` entry, each ending in a newline.
    fn exception_only_with_notes(&mut self, e: &Value) -> String {
        let mut s = self.exception_only(e);
        s.push('\n');
        let notes = e
            .exc_data()
            .map(|d| d.borrow().notes.clone())
            .unwrap_or_default();
        for n in notes {
            s.push_str(&n);
            s.push('\n');
        }
        s
    }

    /// The last line of a traceback: `Type: message` (or just `Type`).
    pub fn exception_only(&mut self, e: &Value) -> String {
        let cls = e.class();
        let name = cls.display_name();
        // Printing happens after the program stopped: let `__str__` run nested anyway.
        let saved_state = std::mem::replace(&mut self.state, super::RunState::Running);
        let msg = match self.str_nested(e) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        self.state = saved_state;
        let msg = msg + &self.suggestion_suffix(e);
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
}
