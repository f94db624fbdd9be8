//! [`TraceIndex`]: the output and `anext` outcomes of a log, collected once as the log grows,
//! so the console and the iterator panel never scan the whole log on a step.

use std::collections::HashMap;

use aiterscope_trace::{FrameRole, Kind, Log, ShortVal};

/// Where one `output` event's text starts in the log's output buffer, and when it was printed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OutputMark {
    /// Byte offset in `Log::output`.
    pub start: usize,
    /// Virtual time.
    pub t: f64,
}

/// One value (or `StopAsyncIteration`) an `__anext__` call delivered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AnextOutcome {
    /// The step of the `anext_value` / `stop_async_iteration` event.
    pub step: usize,
    /// The iterator.
    pub iter: u32,
    /// The value; `None` for `StopAsyncIteration`.
    pub value: Option<ShortVal>,
    /// Virtual time.
    pub t: f64,
}

/// Lookups over a log, extended incrementally by [`TraceIndex::catch_up`].
#[derive(Debug, Clone, Default)]
pub struct TraceIndex {
    scanned: usize,
    /// Every output event, in log order.
    pub outputs: Vec<OutputMark>,
    /// Every anext outcome, in log order.
    pub outcomes: Vec<AnextOutcome>,
    /// The function of each async generator seen running, by iterator id.
    pub generator_functions: HashMap<u32, String>,
}

impl TraceIndex {
    /// Indexes the events recorded since the last call.
    pub fn catch_up(&mut self, log: &Log) {
        for (step, event) in log.events.iter().enumerate().skip(self.scanned) {
            match event.kind {
                Kind::Output { start, .. } => self.outputs.push(OutputMark {
                    start: start as usize,
                    t: event.t,
                }),
                Kind::AnextValue { iter, value } => self.outcomes.push(AnextOutcome {
                    step,
                    iter,
                    value: Some(value),
                    t: event.t,
                }),
                Kind::StopAsyncIteration { iter } => self.outcomes.push(AnextOutcome {
                    step,
                    iter,
                    value: None,
                    t: event.t,
                }),
                Kind::FrameEnter {
                    role: FrameRole::AsyncGenerator,
                    owner,
                    func,
                    ..
                } if owner != 0 => {
                    self.generator_functions
                        .entry(owner)
                        .or_insert_with(|| log.text(func).to_string());
                }
                _ => {}
            }
        }
        self.scanned = log.events.len();
    }

    /// An iterator's name as the timeline labels its lane (one name everywhere): an async
    /// generator's function once it has run (`ticker() #2`), else its type (`Countdown #1`).
    pub fn iterator_name(&self, type_name: &str, iter: u32) -> String {
        match self.generator_functions.get(&iter) {
            Some(func) => generator_name(func, iter),
            None => format!("{type_name} #{iter}"),
        }
    }

    /// The anext outcome `n` places past the first one after `step` (`n` 0: the first one
    /// after it), if recorded.
    pub fn nth_outcome_after(&self, step: usize, n: usize) -> Option<&AnextOutcome> {
        let at = self.outcomes.partition_point(|o| o.step <= step);
        self.outcomes.get(at.checked_add(n)?)
    }

    /// The last anext outcome before `step`.
    pub fn last_outcome_before(&self, step: usize) -> Option<&AnextOutcome> {
        let at = self.outcomes.partition_point(|o| o.step < step);
        at.checked_sub(1).map(|i| &self.outcomes[i])
    }

    /// The outcomes of iterator `iter` up to and including `step`.
    pub fn outcomes_of(&self, iter: u32, step: usize) -> impl Iterator<Item = &AnextOutcome> {
        let end = self.outcomes.partition_point(|o| o.step <= step);
        self.outcomes[..end].iter().filter(move |o| o.iter == iter)
    }
}

/// The name of the async generator `iter` running function `func`: `ticker() #2`.
pub fn generator_name(func: &str, iter: u32) -> String {
    format!("{func}() #{iter}")
}

/// One console line: its text (without the newline) and when its first character was printed.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsoleLine {
    /// Byte offset of the line in the output; with `text.len()`, a key for keyed lists.
    pub start: usize,
    /// The text, with its newline if it has one.
    pub text: String,
    /// Virtual time of the output event that printed its first character.
    pub t: f64,
}

/// What the console shows: the last lines of the output, and how many earlier lines it hides.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConsoleView {
    /// Lines left out at the top (the console shows at most `max_lines`).
    pub hidden_lines: usize,
    /// The lines shown.
    pub lines: Vec<ConsoleLine>,
}

/// How many final lines of the output the console shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineWindow {
    /// Lines always shown (when the output has that many).
    pub min_lines: usize,
    /// The first shown line is a multiple of this, so it moves only every `align` lines and
    /// a step that prints (or un-prints) a line adds or removes one line at the end instead
    /// of shifting every line on screen. At most `min_lines + align - 1` lines are shown.
    pub align: usize,
}

/// Splits `output` (the output up to the current step) into its final lines as `window`
/// says, each with the time it was printed (looked up in `marks`, the index of output events).
pub fn console_lines(output: &str, marks: &[OutputMark], window: LineWindow) -> ConsoleView {
    if output.is_empty() {
        return ConsoleView::default();
    }
    let body = output.strip_suffix('\n').unwrap_or(output);
    let total = body.matches('\n').count() + 1;
    let hidden = total.saturating_sub(window.min_lines) / window.align.max(1) * window.align.max(1);
    // Line starts from the first shown line on.
    let first = if hidden == 0 {
        0
    } else {
        body.match_indices('\n')
            .nth(hidden - 1)
            .map_or(0, |(at, _)| at + 1)
    };
    let mut starts = vec![first];
    starts.extend(
        body[first..]
            .match_indices('\n')
            .map(|(at, _)| first + at + 1),
    );
    let lines: Vec<ConsoleLine> = starts
        .iter()
        .enumerate()
        .map(|(i, &start)| {
            let end = starts.get(i + 1).copied().unwrap_or(output.len());
            let mark = marks.partition_point(|m| m.start <= start);
            ConsoleLine {
                start,
                text: output[start..end].to_string(),
                t: mark.checked_sub(1).map_or(0.0, |i| marks[i].t),
            }
        })
        .collect();
    ConsoleView {
        hidden_lines: hidden,
        lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(min_lines: usize, align: usize) -> LineWindow {
        LineWindow { min_lines, align }
    }

    fn marks(list: &[(usize, f64)]) -> Vec<OutputMark> {
        list.iter()
            .map(|&(start, t)| OutputMark { start, t })
            .collect()
    }

    #[test]
    fn lines_carry_the_time_of_their_first_character() {
        // print("a"); sleep(1); print("b", end=""); sleep(1); print("c")
        let output = "a\nbc\n";
        let view = console_lines(
            output,
            &marks(&[(0, 0.0), (2, 1.0), (3, 2.0)]),
            window(100, 10),
        );
        assert_eq!(view.hidden_lines, 0);
        let shown: Vec<(&str, f64)> = view.lines.iter().map(|l| (l.text.as_str(), l.t)).collect();
        assert_eq!(shown, vec![("a\n", 0.0), ("bc\n", 1.0)]);
    }

    #[test]
    fn a_partial_last_line_is_shown_and_old_lines_are_counted() {
        let output = "1\n2\n3\n4";
        let view = console_lines(output, &marks(&[(0, 0.0), (6, 4.0)]), window(2, 1));
        assert_eq!(view.hidden_lines, 2);
        let texts: Vec<&str> = view.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, vec!["3\n", "4"]);
        assert_eq!(view.lines[1].t, 4.0);
        assert_eq!(
            console_lines("", &[], window(10, 1)),
            ConsoleView::default()
        );
    }

    #[test]
    fn the_first_shown_line_moves_in_steps_of_align() {
        let output: String = (1..=13).map(|i| format!("{i}\n")).collect();
        let shown = |text: &str| {
            let view = console_lines(text, &[], window(4, 5));
            let first = view.lines.first().map(|l| l.text.trim_end().to_string());
            (view.hidden_lines, view.lines.len(), first)
        };
        // 13 lines, at least 4 shown, the first shown one a multiple of 5 lines in: 10 hidden.
        assert_eq!(shown(&output), (5, 8, Some("6".to_string())));
        let twelve: String = (1..=12).map(|i| format!("{i}\n")).collect();
        assert_eq!(shown(&twelve), (5, 7, Some("6".to_string())));
        let eight: String = (1..=8).map(|i| format!("{i}\n")).collect();
        assert_eq!(shown(&eight), (0, 8, Some("1".to_string())));
    }

    #[test]
    fn blank_lines_are_lines() {
        let view = console_lines("\n\nx\n", &marks(&[(0, 0.5)]), window(10, 1));
        let texts: Vec<&str> = view.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, vec!["\n", "\n", "x\n"]);
        assert!(view.lines.iter().all(|l| l.t == 0.5));
    }
}
