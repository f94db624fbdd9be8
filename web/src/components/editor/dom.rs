//! The only part of the editor that touches the textarea: reading the selection and applying
//! edits so that the browser's own undo history records them.

use wasm_bindgen::JsCast;
use web_sys::{HtmlDocument, HtmlTextAreaElement};

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
