//! Tracebacks in CPython's format (without the caret lines).

use super::Vm;
use crate::object::Value;

impl Vm {
    /// Formats an exception with its chain, as CPython prints an uncaught exception.
    pub fn format_exception(&mut self, e: &Value) -> String {
        let mut out = String::new();
        let mut seen: Vec<usize> = Vec::new();
        self.format_chain(e, &mut out, &mut seen, 0);
        out
    }

    fn format_chain(&mut self, e: &Value, out: &mut String, seen: &mut Vec<usize>, depth: usize) {
        seen.push(e.heap_addr().unwrap_or(0));
        if let Some(d) = e.exc_data() {
            let (cause, context, suppress) = {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            if depth < 50 {
                if let Some(c) = cause.filter(|c| !seen.contains(&c.heap_addr().unwrap_or(0))) {
                    self.format_chain(&c, out, seen, depth + 1);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                } else if let Some(c) =
                    context.filter(|c| !suppress && !seen.contains(&c.heap_addr().unwrap_or(0)))
                {
                    self.format_chain(&c, out, seen, depth + 1);
                    out.push_str(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
                }
            }
            let tb = d.borrow().traceback.clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                let mut last: Option<(String, u32, String)> = None;
                let mut repeat = 0;
                for entry in tb.iter().rev() {
                    let key = (
                        entry.filename.to_string(),
                        entry.line,
                        entry.name.to_string(),
                    );
                    if last.as_ref() == Some(&key) {
                        repeat += 1;
                        if repeat >= 3 {
                            continue;
                        }
                    } else {
                        if repeat >= 3 {
                            let n = repeat - 2;
                            out.push_str(&format!(
                                "  [Previous line repeated {} more time{}]\n",
                                n,
                                if n > 1 { "s" } else { "" }
                            ));
                        }
                        repeat = 0;
                    }
                    last = Some(key);
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        entry.filename, entry.line, entry.name
                    ));
                    if *entry.filename == *self.filename {
                        if let Some(src) =
                            self.source_lines.get(entry.line.saturating_sub(1) as usize)
                        {
                            let t = src.trim();
                            if !t.is_empty() {
                                out.push_str(&format!("    {t}\n"));
                            }
                        }
                    }
                }
                if repeat >= 3 {
                    let n = repeat - 2;
                    out.push_str(&format!(
                        "  [Previous line repeated {} more time{}]\n",
                        n,
                        if n > 1 { "s" } else { "" }
                    ));
                }
            }
        }
        let line = self.exception_only(e);
        out.push_str(&line);
        out.push('\n');
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
