//! Pure text transformations behind the editor's keys: indent, dedent and Enter with
//! auto-indent. Offsets are byte offsets into the text; the DOM layer converts them from and
//! to the UTF-16 offsets a textarea uses.

use super::python_scan::code_chars;

/// The indentation unit, as PEP 8 and CPython's own code use it.
pub const INDENT: &str = "    ";

/// One replacement of `text[start..end]` by `insert`, with the selection to set afterwards
/// (offsets into the text after the replacement).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEdit {
    /// Byte offset where the replaced range starts.
    pub start: usize,
    /// Byte offset where the replaced range ends.
    pub end: usize,
    /// The text that replaces the range.
    pub insert: String,
    /// The selection (start, end) to set after the edit, as byte offsets into the new text.
    pub selection: (usize, usize),
}

/// Byte offset of the start of the line holding `offset`.
pub fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

/// Byte offset of the end of the line holding `offset` (the position of its `\n`, or the text's end).
pub fn line_end(text: &str, offset: usize) -> usize {
    text[offset..].find('\n').map_or(text.len(), |i| offset + i)
}

/// The byte range of the whole lines a selection touches. A selection that ends at the very
/// start of a line does not touch that line (as in every code editor).
fn touched_lines(text: &str, start: usize, end: usize) -> (usize, usize) {
    let last = if end > start && line_start(text, end) == end {
        end - 1
    } else {
        end
    };
    (line_start(text, start), line_end(text, last))
}

/// The byte offsets at which each line of `text[first..last]` starts.
fn line_starts_in(text: &str, first: usize, last: usize) -> Vec<usize> {
    std::iter::once(first)
        .chain(
            text[first..last]
                .match_indices('\n')
                .map(|(i, _)| first + i + 1),
        )
        .collect()
}

/// Tab: with no selection, inserts spaces up to the next indentation stop; with a selection,
/// indents every non-empty line it touches by one level and keeps the same text selected.
pub fn indent_selection(text: &str, start: usize, end: usize) -> TextEdit {
    if start == end {
        let column = text[line_start(text, start)..start].chars().count();
        let width = INDENT.len() - column % INDENT.len();
        let spaces = " ".repeat(width);
        return TextEdit {
            start,
            end,
            selection: (start + width, start + width),
            insert: spaces,
        };
    }
    let (first, last) = touched_lines(text, start, end);
    let indented: Vec<usize> = line_starts_in(text, first, last)
        .into_iter()
        .filter(|&s| s < text.len() && !text[s..].starts_with('\n'))
        .collect();
    let mut insert = String::with_capacity(last - first + INDENT.len() * indented.len());
    let mut cursor = first;
    for &s in &indented {
        insert.push_str(&text[cursor..s]);
        insert.push_str(INDENT);
        cursor = s;
    }
    insert.push_str(&text[cursor..last]);
    let shift =
        |offset: usize| offset + INDENT.len() * indented.iter().filter(|&&s| s < offset).count();
    TextEdit {
        start: first,
        end: last,
        insert,
        selection: (shift(start), shift(end)),
    }
}

/// How many leading bytes one dedent removes from a line: up to one level of spaces, or one tab.
fn dedent_width(line: &str) -> usize {
    if line.starts_with('\t') {
        return 1;
    }
    line.bytes()
        .take(INDENT.len())
        .take_while(|&b| b == b' ')
        .count()
}

/// Shift-Tab: removes one level of indentation from every line the selection (or the caret)
/// touches. Returns `None` when no line is indented.
pub fn dedent_selection(text: &str, start: usize, end: usize) -> Option<TextEdit> {
    let (first, last) = touched_lines(text, start, end);
    let removals: Vec<(usize, usize)> = line_starts_in(text, first, last)
        .into_iter()
        .map(|s| (s, dedent_width(&text[s..line_end(text, s)])))
        .filter(|&(_, width)| width > 0)
        .collect();
    if removals.is_empty() {
        return None;
    }
    let mut insert = String::with_capacity(last - first);
    let mut cursor = first;
    for &(s, width) in &removals {
        insert.push_str(&text[cursor..s]);
        cursor = s + width;
    }
    insert.push_str(&text[cursor..last]);
    let shift = |offset: usize| {
        offset
            - removals
                .iter()
                .filter(|&&(s, _)| s <= offset)
                .map(|&(s, w)| w.min(offset - s))
                .sum::<usize>()
    };
    Some(TextEdit {
        start: first,
        end: last,
        insert,
        selection: (shift(start), shift(end)),
    })
}

/// Keywords after which the next line is indented one level less.
const DEDENTING_KEYWORDS: [&str; 5] = ["return", "pass", "break", "continue", "raise"];

/// Enter: replaces the selection by a newline and the indentation the next line should have:
/// the current line's, one level more inside a bracket left open on the line or after a line
/// ending in `:`, one level less after `return`, `pass`, `break`, `continue` or `raise`.
pub fn newline_with_indent(text: &str, start: usize, end: usize) -> TextEdit {
    let line_begin = line_start(text, start);
    let before = &text[line_begin..start];
    let current_indent: String = before
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let code = code_before_comment(before);
    let code = code.trim();
    let first_word = code
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .unwrap_or("");
    let indent = if leaves_a_bracket_open(before) || code.ends_with(':') {
        format!("{current_indent}{INDENT}")
    } else if DEDENTING_KEYWORDS.contains(&first_word) {
        let keep = current_indent.len() - dedent_width(&current_indent);
        current_indent[..keep].to_string()
    } else {
        current_indent
    };
    let insert = format!("\n{indent}");
    let caret = start + insert.len();
    TextEdit {
        start,
        end,
        insert,
        selection: (caret, caret),
    }
}

/// Whether the code of `line` opens more brackets than it closes.
fn leaves_a_bracket_open(line: &str) -> bool {
    let mut depth = 0usize;
    for (_, c) in code_chars(line) {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth > 0
}

/// Backspace in leading indentation: deletes back to the previous indentation stop instead of
/// one space. `None` (let the browser delete one character) anywhere else, or with a selection.
pub fn backspace_in_indentation(text: &str, start: usize, end: usize) -> Option<TextEdit> {
    let before = &text[line_start(text, start)..start];
    if start != end || before.len() < 2 || !before.bytes().all(|b| b == b' ') {
        return None;
    }
    let width = (before.len() - 1) % INDENT.len() + 1;
    let caret = start - width;
    Some(TextEdit {
        start: caret,
        end: start,
        insert: String::new(),
        selection: (caret, caret),
    })
}

/// The part of one line before its `#` comment, if any (a `#` inside a string does not count).
fn code_before_comment(line: &str) -> &str {
    let code_end = code_chars(line)
        .into_iter()
        .find(|&(_, c)| c == '#')
        .map_or(line.len(), |(i, _)| i);
    &line[..code_end]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applies an edit and renders the result with `|` marking the selection ends.
    fn apply(text: &str, edit: &TextEdit) -> String {
        let new = format!(
            "{}{}{}",
            &text[..edit.start],
            edit.insert,
            &text[edit.end..]
        );
        let (s, e) = edit.selection;
        if s == e {
            format!("{}|{}", &new[..s], &new[s..])
        } else {
            format!("{}|{}|{}", &new[..s], &new[s..e], &new[e..])
        }
    }

    #[test]
    fn tab_without_selection_goes_to_the_next_stop() {
        assert_eq!(apply("ab", &indent_selection("ab", 0, 0)), "    |ab");
        assert_eq!(apply("ab", &indent_selection("ab", 1, 1)), "a   |b");
        assert_eq!(apply("é", &indent_selection("é", 2, 2)), "é   |");
    }

    #[test]
    fn tab_with_selection_indents_touched_lines_but_not_empty_ones() {
        let text = "a:\n\nb\nc";
        // select from inside line 1 to the start of line 4: lines 1-3 are touched
        let edit = indent_selection(text, 1, 6);
        assert_eq!(apply(text, &edit), "    a|:\n\n    b\n|c");
    }

    #[test]
    fn shift_tab_dedents_each_line_by_at_most_one_level() {
        let text = "      x\n  y\nz";
        let edit = dedent_selection(text, 0, text.len()).unwrap();
        assert_eq!(apply(text, &edit), "|  x\ny\nz|");
        assert_eq!(dedent_selection("z", 0, 1), None);
    }

    #[test]
    fn shift_tab_keeps_the_caret_on_its_character() {
        let text = "        pass";
        let edit = dedent_selection(text, 10, 10).unwrap();
        assert_eq!(apply(text, &edit), "    pa|ss");
        // a caret inside the removed indentation moves to the line's new indentation start
        let edit = dedent_selection(text, 2, 2).unwrap();
        assert_eq!(apply(text, &edit), "|    pass");
    }

    #[test]
    fn enter_keeps_indentation_and_indents_after_a_colon() {
        let text = "async def main():";
        assert_eq!(
            apply(text, &newline_with_indent(text, 17, 17)),
            "async def main():\n    |"
        );
        let text = "    x = 1";
        assert_eq!(
            apply(text, &newline_with_indent(text, 9, 9)),
            "    x = 1\n    |"
        );
        let text = "    async for x in it:  # loop";
        let end = text.len();
        assert_eq!(
            apply(text, &newline_with_indent(text, end, end)),
            format!("{text}\n        |")
        );
    }

    #[test]
    fn enter_ignores_colons_in_strings_and_comments() {
        let text = "x = 'a:'";
        assert_eq!(apply(text, &newline_with_indent(text, 8, 8)), "x = 'a:'\n|");
        let text = "x = 1  # note:";
        assert_eq!(
            apply(text, &newline_with_indent(text, 14, 14)),
            "x = 1  # note:\n|"
        );
    }

    #[test]
    fn enter_dedents_after_return_and_friends() {
        let text = "        return x";
        assert_eq!(
            apply(text, &newline_with_indent(text, 16, 16)),
            "        return x\n    |"
        );
        let text = "    pass";
        assert_eq!(apply(text, &newline_with_indent(text, 8, 8)), "    pass\n|");
        let text = "    passed = 1";
        assert_eq!(
            apply(text, &newline_with_indent(text, 14, 14)),
            "    passed = 1\n    |"
        );
    }

    #[test]
    fn enter_indents_inside_an_open_bracket() {
        let text = "    print(a,";
        assert_eq!(
            apply(text, &newline_with_indent(text, 12, 12)),
            "    print(a,\n        |"
        );
        let text = "    x = [1, (2)]";
        assert_eq!(
            apply(text, &newline_with_indent(text, 16, 16)),
            "    x = [1, (2)]\n    |"
        );
        let text = "f(')'";
        assert_eq!(
            apply(text, &newline_with_indent(text, 5, 5)),
            "f(')'\n    |"
        );
    }

    #[test]
    fn backspace_in_indentation_goes_back_to_the_previous_stop() {
        let text = "if x:\n        ";
        let end = text.len();
        assert_eq!(
            apply(text, &backspace_in_indentation(text, end, end).unwrap()),
            "if x:\n    |"
        );
        let text = "      y";
        assert_eq!(
            apply(text, &backspace_in_indentation(text, 6, 6).unwrap()),
            "    |y"
        );
        // one space, text before the caret, or a selection: the browser's own Backspace
        assert_eq!(backspace_in_indentation(" ", 1, 1), None);
        assert_eq!(backspace_in_indentation("    x ", 6, 6), None);
        assert_eq!(backspace_in_indentation("        ", 4, 8), None);
    }

    #[test]
    fn enter_replaces_the_selection() {
        let text = "    abcd";
        assert_eq!(
            apply(text, &newline_with_indent(text, 5, 7)),
            "    a\n    |d"
        );
    }
}
