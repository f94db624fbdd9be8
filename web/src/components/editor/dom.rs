//! The only part of the editor that touches the textarea: reading the selection and applying
//! edits so that the browser's own undo history records them.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDocument, HtmlTextAreaElement};

use super::text_edit::TextEdit;
use super::utf16::{byte_offset, utf16_offset};

/// The textarea's selection as byte offsets into `text` (its current value).
pub fn selection(textarea: &HtmlTextAreaElement, text: &str) -> (usize, usize) {
    let start = textarea.selection_start().ok().flatten().unwrap_or(0);
    let end = textarea.selection_end().ok().flatten().unwrap_or(start);
    (byte_offset(text, start), byte_offset(text, end))
}

/// Applies `edit` to the textarea whose current value is `text`, then sets the edit's selection.
///
/// The replacement goes through `execCommand("insertText")`, which the browser records in the
/// native undo history (so Ctrl+Z undoes it as one step) and which fires an `input` event. Where
/// that command is unavailable, `setRangeText` is used and an `input` event is dispatched by hand.
pub fn apply_edit(textarea: &HtmlTextAreaElement, text: &str, edit: &TextEdit) {
    if edit.start == edit.end && edit.insert.is_empty() {
        return;
    }
    let start = utf16_offset(text, edit.start);
    let end = utf16_offset(text, edit.end);
    let new_text = format!(
        "{}{}{}",
        &text[..edit.start],
        edit.insert,
        &text[edit.end..]
    );
    let _ = textarea.set_selection_range(start, end);
    if !insert_with_exec_command(textarea, &edit.insert) {
        let _ =
            textarea.set_range_text_with_start_and_end_and_mode(&edit.insert, start, end, "end");
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = textarea.dispatch_event(&event);
        }
    }
    let (sel_start, sel_end) = edit.selection;
    let _ = textarea.set_selection_range(
        utf16_offset(&new_text, sel_start),
        utf16_offset(&new_text, sel_end),
    );
}

/// Replaces the textarea's selection by `insert` with the undoable editing command; false when
/// the browser refused it.
fn insert_with_exec_command(textarea: &HtmlTextAreaElement, insert: &str) -> bool {
    let Some(document) = textarea.owner_document() else {
        return false;
    };
    let document: HtmlDocument = document.unchecked_into();
    let command = if insert.is_empty() {
        "delete"
    } else {
        "insertText"
    };
    document
        .exec_command_with_show_ui_and_value(command, false, insert)
        .unwrap_or(false)
}

/// Scrolls the editor (`scroller`, the element that scrolls) so that 1-based `line` is in view
/// with a line of margin, without scrolling the page around it. Lines are found by their gutter
/// number, which has the same height as the text line.
pub fn scroll_line_into_view(scroller: &Element, line: usize) {
    let Ok(Some(number)) = scroller.query_selector(&format!(".gutter-line:nth-child({line})"))
    else {
        return;
    };
    let (view, target) = (
        scroller.get_bounding_client_rect(),
        number.get_bounding_client_rect(),
    );
    let top = target.top() - view.top() + f64::from(scroller.scroll_top());
    let height = target.height();
    let (view_top, view_height) = (
        f64::from(scroller.scroll_top()),
        f64::from(scroller.client_height()),
    );
    if top - height < view_top {
        scroller.set_scroll_top((top - height).max(0.0) as i32);
    } else if top + 2.0 * height > view_top + view_height {
        scroller.set_scroll_top((top + 2.0 * height - view_height) as i32);
    }
}

/// The number of characters in the editor's measuring probe (see `scroll_caret_into_view`).
pub const PROBE_TEXT: &str = "0000000000";

/// Scrolls the editor (`scroller`) so that the caret at byte offset `caret` of `text` is in view.
///
/// The textarea is as large as its text and never scrolls itself, so the browser does not
/// follow the caret; this does. `probe` is an invisible block holding [`PROBE_TEXT`] at the
/// text's origin, which gives the origin, the character width and the line height at once.
pub fn scroll_caret_into_view(scroller: &Element, probe: &Element, text: &str, caret: usize) {
    let view = scroller.get_bounding_client_rect();
    let origin = probe.get_bounding_client_rect();
    let char_width = origin.width() / PROBE_TEXT.len() as f64;
    let line_height = origin.height();
    let (scroll_left, scroll_top) = (
        f64::from(scroller.scroll_left()),
        f64::from(scroller.scroll_top()),
    );
    let (line, column) = caret_line_and_column(text, caret);
    let x = origin.left() - view.left() + scroll_left + column as f64 * char_width;
    let y = origin.top() - view.top() + scroll_top + line as f64 * line_height;
    let gutter_width = scroller
        .first_element_child()
        .map_or(0.0, |gutter| gutter.get_bounding_client_rect().width());
    let (width, height) = (
        f64::from(scroller.client_width()),
        f64::from(scroller.client_height()),
    );

    if y < scroll_top {
        scroller.set_scroll_top(y.max(0.0) as i32);
    } else if y + line_height > scroll_top + height {
        scroller.set_scroll_top((y + line_height - height).ceil() as i32);
    }
    let margin = 2.0 * char_width;
    if x - margin < scroll_left + gutter_width {
        scroller.set_scroll_left((x - margin - gutter_width).max(0.0) as i32);
    } else if x + margin > scroll_left + width {
        scroller.set_scroll_left((x + margin - width).ceil() as i32);
    }
}

/// The 0-based line and display column of byte offset `caret` (tabs advance to the next stop
/// of 4, as `tab-size: 4` draws them).
fn caret_line_and_column(text: &str, caret: usize) -> (usize, usize) {
    let before = &text[..caret];
    let line = before.matches('\n').count();
    let line_text = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let column = line_text.chars().fold(0, |column, c| {
        if c == '\t' {
            column / 4 * 4 + 4
        } else {
            column + 1
        }
    });
    (line, column)
}
