//! Renders the layers drawn under and beside the textarea as HTML strings: the highlighted
//! copy of the text, the line-number gutter and the line decorations (task and error lines).
//! Pure functions, so they are tested natively; the component sets them as `innerHTML`.

use super::markers::{ErrorMarker, TaskLineMarker};
use crate::format::fixed;

/// A byte range of the text drawn with a CSS class (a syntax token or a matched bracket).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StyledRange {
    /// Byte offset where the range starts.
    pub start: usize,
    /// Byte offset where the range ends (exclusive).
    pub end: usize,
    /// The CSS class the range gets.
    pub class: &'static str,
}

/// Escapes text for use inside HTML elements and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The number of lines a textarea shows for `text` (a trailing newline starts one more line).
pub fn line_count(text: &str) -> usize {
    text.split('\n').count()
}

/// The highlighted copy of `text`: each stretch covered by ranges becomes a `<span>` with the
/// classes of all ranges covering it. Ranges may overlap; ranges that are empty, out of bounds
/// or not on character boundaries are ignored.
pub fn highlighted_html(text: &str, ranges: &[StyledRange]) -> String {
    let valid = |r: &&StyledRange| {
        r.start < r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    let mut sorted: Vec<(usize, &StyledRange)> = ranges.iter().filter(valid).enumerate().collect();
    sorted.sort_by_key(|&(order, r)| (r.start, order));
    let mut bounds: Vec<usize> = sorted.iter().flat_map(|(_, r)| [r.start, r.end]).collect();
    bounds.extend([0, text.len()]);
    bounds.sort_unstable();
    bounds.dedup();

    let mut html = String::with_capacity(text.len() * 2);
    let mut active: Vec<(usize, &StyledRange)> = Vec::new();
    let mut next = sorted.into_iter().peekable();
    for window in bounds.windows(2) {
        let (from, to) = (window[0], window[1]);
        active.retain(|(_, r)| r.end > from);
        while let Some(started) = next.next_if(|(_, r)| r.start <= from) {
            active.push(started);
        }
        active.sort_by_key(|&(order, _)| order);
        let piece = escape_html(&text[from..to]);
        if active.is_empty() {
            html.push_str(&piece);
        } else {
            let classes: Vec<&str> = active.iter().map(|(_, r)| r.class).collect();
            html.push_str(&format!(
                "<span class=\"{}\">{piece}</span>",
                classes.join(" ")
            ));
        }
    }
    // A <pre> does not show a last empty line; the textarea does, so keep the heights equal.
    if text.is_empty() || text.ends_with('\n') {
        html.push(' ');
    }
    html
}

/// The strongest task marker on each line, indexed by 0-based line.
fn task_strength_by_line(lines: usize, tasks: &[TaskLineMarker]) -> Vec<Option<f32>> {
    let mut by_line = vec![None; lines];
    for task in tasks.iter().filter(|t| (1..=lines).contains(&t.line)) {
        let slot: &mut Option<f32> = &mut by_line[task.line - 1];
        let strength = task.strength.clamp(0.0, 1.0);
        *slot = Some(slot.map_or(strength, |s| s.max(strength)));
    }
    by_line
}

/// The line-number gutter: one `<div>` per line, marked where a task is or an error happened.
pub fn gutter_html(lines: usize, tasks: &[TaskLineMarker], error: Option<&ErrorMarker>) -> String {
    let strengths = task_strength_by_line(lines, tasks);
    let mut html = String::with_capacity(lines * 40);
    for (index, strength) in strengths.iter().enumerate() {
        let number = index + 1;
        let mut classes = String::from("gutter-line");
        let mut attributes = String::new();
        if let Some(strength) = strength {
            classes.push_str(" has-task");
            attributes.push_str(&format!(
                " style=\"--strength: {}\"",
                fixed(f64::from(*strength), 2)
            ));
        }
        if let Some(error) = error.filter(|e| e.line == number) {
            classes.push_str(" has-error");
            attributes.push_str(&format!(" title=\"{}\"", escape_html(&error.message)));
        }
        html.push_str(&format!(
            "<div class=\"{classes}\"{attributes}>{number}</div>"
        ));
    }
    html
}

/// The line decorations drawn behind the text: a tinted band on each task's line (as strong as
/// the marker) and a red band with the message on the error line.
pub fn decorations_html(
    lines: usize,
    tasks: &[TaskLineMarker],
    error: Option<&ErrorMarker>,
) -> String {
    let mut html = String::new();
    for (index, strength) in task_strength_by_line(lines, tasks).iter().enumerate() {
        if let Some(strength) = strength {
            html.push_str(&format!(
                "<div class=\"deco deco-task\" style=\"--line: {index}; --strength: {}\"></div>",
                fixed(f64::from(*strength), 2)
            ));
        }
    }
    if let Some(error) = error.filter(|e| (1..=lines).contains(&e.line)) {
        html.push_str(&format!(
            "<div class=\"deco deco-error\" style=\"--line: {}\"><span class=\"deco-error-message\">{}</span></div>",
            error.line - 1,
            escape_html(&error.message)
        ));
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: usize, end: usize, class: &'static str) -> StyledRange {
        StyledRange { start, end, class }
    }

    #[test]
    fn plain_text_is_escaped_and_keeps_a_trailing_empty_line_visible() {
        assert_eq!(highlighted_html("a<b>&\"", &[]), "a&lt;b&gt;&amp;&quot;");
        assert_eq!(highlighted_html("x\n", &[]), "x\n ");
        assert_eq!(highlighted_html("", &[]), " ");
    }

    #[test]
    fn overlapping_ranges_split_into_spans_with_all_classes() {
        let html = highlighted_html(
            "print(x)",
            &[range(0, 5, "kw"), range(5, 6, "match"), range(4, 6, "sel")],
        );
        assert_eq!(
            html,
            "<span class=\"kw\">prin</span><span class=\"kw sel\">t</span><span class=\"match sel\">(</span>x)"
        );
    }

    #[test]
    fn invalid_ranges_are_ignored() {
        assert_eq!(
            highlighted_html(
                "é",
                &[range(0, 1, "bad"), range(1, 9, "bad"), range(2, 2, "empty")]
            ),
            "é"
        );
    }

    #[test]
    fn gutter_numbers_lines_and_marks_tasks_and_errors() {
        let tasks = [
            TaskLineMarker {
                line: 2,
                strength: 0.4,
            },
            TaskLineMarker {
                line: 2,
                strength: 1.5,
            },
            TaskLineMarker {
                line: 9,
                strength: 1.0,
            },
        ];
        let error = ErrorMarker {
            line: 3,
            message: "NameError: name 'x' is not defined".into(),
        };
        assert_eq!(
            gutter_html(3, &tasks, Some(&error)),
            "<div class=\"gutter-line\">1</div>\
             <div class=\"gutter-line has-task\" style=\"--strength: 1.00\">2</div>\
             <div class=\"gutter-line has-error\" title=\"NameError: name &#39;x&#39; is not defined\">3</div>"
        );
    }

    #[test]
    fn decorations_place_bands_on_zero_based_lines() {
        let tasks = [TaskLineMarker {
            line: 1,
            strength: 0.5,
        }];
        let error = ErrorMarker {
            line: 2,
            message: "boom <here>".into(),
        };
        assert_eq!(
            decorations_html(2, &tasks, Some(&error)),
            "<div class=\"deco deco-task\" style=\"--line: 0; --strength: 0.50\"></div>\
             <div class=\"deco deco-error\" style=\"--line: 1\"><span class=\"deco-error-message\">boom &lt;here&gt;</span></div>"
        );
        assert_eq!(decorations_html(1, &[], Some(&error)), "");
    }

    #[test]
    fn line_count_matches_a_textarea() {
        assert_eq!(line_count(""), 1);
        assert_eq!(line_count("a\n"), 2);
        assert_eq!(line_count("a\nb"), 2);
    }
}
