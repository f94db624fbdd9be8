//! The code editor: a `<textarea>` drawn over a syntax-coloured copy of its text, with a
//! line-number gutter, Python-aware indentation keys, bracket matching and markers for a
//! stepping session.
//!
//! The textarea keeps everything native (caret, selection, IME, undo, accessibility); the layers
//! under it only paint. Every edit the editor makes itself goes through the browser's editing
//! commands, so Ctrl+Z and Ctrl+Shift+Z undo and redo it like typing.

mod brackets;
mod dom;
mod markers;
mod overlay;
mod python_scan;
mod syntax;
mod text_edit;
mod utf16;

use leptos::html::{Div, Span, Textarea};
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::components::handlers::{handler, on_click};
pub use markers::{ErrorMarker, TaskLineMarker};
use overlay::StyledRange;

/// The CSS class of the two brackets matched around the caret.
const BRACKET_MATCH_CLASS: &str = "bracket-match";

/// A Python code editor bound to `value`.
///
/// Keys: Tab indents (the selected lines, or to the next stop), Shift+Tab dedents, Enter keeps
/// the indentation (one level more after `:` or inside an open bracket), Backspace in leading
/// spaces goes back one indentation stop, Escape then Tab moves the focus out.
#[component]
pub fn Editor(
    /// The program text. Typing updates it; setting it from outside replaces the editor's text.
    value: RwSignal<String>,
    /// The lines where tasks currently are (drawn as tinted bands, as strong as each marker).
    #[prop(into, optional)]
    task_lines: MaybeProp<Vec<TaskLineMarker>>,
    /// The line where an error happened, drawn in red with its message.
    #[prop(into, optional)]
    error: MaybeProp<ErrorMarker>,
    /// The text cannot be changed (an embed's `readonly`); stepping still marks lines.
    #[prop(optional)]
    readonly: bool,
) -> impl IntoView {
    let textarea = NodeRef::<Textarea>::new();
    let scroller = NodeRef::<Div>::new();
    let probe = NodeRef::<Span>::new();
    // The caret as a byte offset into `value` while the editor has focus and nothing is selected.
    let caret = RwSignal::new(None::<usize>);
    // Set by Escape: the next Tab leaves the editor instead of indenting (keyboard users' way out).
    let tab_moves_focus = StoredValue::new(false);

    // Tracks the caret for bracket matching and keeps it in view (the textarea never scrolls).
    let sync_caret = move || {
        let Some(area) = textarea.get_untracked() else {
            return;
        };
        let text = area.value();
        let (start, end) = dom::selection(&area, &text);
        caret.set((start == end).then_some(start));
        if let (Some(editor), Some(probe)) = (scroller.get_untracked(), probe.get_untracked()) {
            dom::scroll_caret_into_view(&editor, &probe, &text, end);
        }
    };

    // Outside changes of `value` (an example picked, a shared link opened) replace the text.
    // Writing only when it differs keeps the caret and the undo history while typing.
    Effect::new(move |_| {
        let text = value.get();
        if let Some(area) = textarea.get() {
            if area.value() != text {
                area.set_value(&text);
                caret.set(None);
            }
        }
    });

    // While stepping, keep the line that matters (the running task's, else the error's) in view.
    // Only when that line changes, and measured in the next animation frame: reading layout
    // right after a step's DOM writes would force an extra layout of the whole page.
    let line_to_show = Memo::new(move |_| {
        task_lines.with(|tasks| {
            let tasks = tasks.as_deref().unwrap_or_default();
            error.with(|error| markers::line_to_show(tasks, error.as_ref()))
        })
    });
    Effect::new(move |_| {
        if let (Some(line), Some(editor)) = (line_to_show.get(), scroller.get()) {
            request_animation_frame(move || dom::scroll_line_into_view(&editor, line));
        }
    });

    let on_input = move |_| {
        if let Some(area) = textarea.get_untracked() {
            value.set(area.value());
            sync_caret();
        }
    };

    let on_keydown = move |event: KeyboardEvent| {
        let Some(area) = textarea.get_untracked() else {
            return;
        };
        if readonly {
            return;
        }
        let key = event.key();
        let escaped = tab_moves_focus.get_value();
        if !matches!(key.as_str(), "Shift" | "Control" | "Alt" | "Meta") {
            tab_moves_focus.set_value(key == "Escape");
        }
        if event.is_composing() || event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        let text = area.value();
        let (start, end) = dom::selection(&area, &text);
        let edit = match key.as_str() {
            "Tab" if escaped => return,
            "Tab" if event.shift_key() => text_edit::dedent_selection(&text, start, end),
            "Tab" => Some(text_edit::indent_selection(&text, start, end)),
            "Enter" if !event.shift_key() => {
                Some(text_edit::newline_with_indent(&text, start, end))
            }
            "Backspace" if !event.shift_key() => {
                match text_edit::backspace_in_indentation(&text, start, end) {
                    Some(edit) => Some(edit),
                    None => return,
                }
            }
            _ => return,
        };
        event.prevent_default();
        if let Some(edit) = edit {
            dom::apply_edit(&area, &text, &edit);
            sync_caret();
        }
    };

    // Re-tokenised only when the text changes, not when the caret moves.
    let syntax_colours = Memo::new(move |_| value.with(|text| syntax::syntax_ranges(text)));
    let highlighted = Memo::new(move |_| {
        value.with(|text| {
            let brackets = caret
                .get()
                .filter(|&at| at <= text.len() && text.is_char_boundary(at))
                .and_then(|at| brackets::matching_bracket(text, at));
            let mut ranges = syntax_colours.get();
            ranges.extend(
                brackets
                    .into_iter()
                    .flat_map(|(open, close)| [open, close])
                    .map(|at| StyledRange {
                        start: at,
                        end: at + 1,
                        class: BRACKET_MATCH_CLASS,
                    }),
            );
            overlay::highlighted_html(text, &ranges)
        })
    });
    let line_count = Memo::new(move |_| value.with(|text| overlay::line_count(text)));
    let gutter = Memo::new(move |_| {
        let tasks = task_lines.get().unwrap_or_default();
        overlay::gutter_html(line_count.get(), &tasks, error.get().as_ref())
    });
    let decorations = Memo::new(move |_| {
        let tasks = task_lines.get().unwrap_or_default();
        overlay::decorations_html(line_count.get(), &tasks, error.get().as_ref())
    });

    view! {
        <div class="editor" data-testid="editor" node_ref=scroller>
            <div class="editor-gutter" aria-hidden="true" inner_html=move || gutter.get()></div>
            <div class="editor-body">
                <div class="editor-decorations" aria-hidden="true" inner_html=move || decorations.get()></div>
                <span class="editor-probe" aria-hidden="true" node_ref=probe>
                    {dom::PROBE_TEXT}
                </span>
                <pre class="editor-highlight" aria-hidden="true" inner_html=move || highlighted.get()></pre>
                <textarea
                    class="editor-input"
                    node_ref=textarea
                    prop:value=value.get_untracked()
                    aria-label="Python program"
                    readonly=readonly
                    spellcheck="false"
                    autocomplete="off"
                    autocapitalize="off"
                    wrap="off"
                    rows="1"
                    on:input=handler(on_input)
                    on:keydown=handler(on_keydown)
                    on:keyup=handler(move |_| sync_caret())
                    on:click=on_click(move |_| sync_caret())
                    on:focus=handler(move |_| sync_caret())
                    on:select=handler(move |_| sync_caret())
                    on:blur=handler(move |_| caret.set(None))
                ></textarea>
            </div>
        </div>
    }
}
