//! Small inline SVG icons for the control bar (drawn with `currentColor`).

use leptos::prelude::*;

/// The icons the control bar uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    /// A circular arrow.
    Reset,
    /// A bar and a triangle pointing left.
    StepBack,
    /// Two triangles pointing left.
    PrevAnext,
    /// Two triangles pointing right.
    NextAnext,
    /// A triangle pointing right and a bar.
    StepForward,
    /// A triangle.
    Play,
    /// Two bars.
    Pause,
    /// A triangle and a bar at the end.
    RunToEnd,
}

impl Icon {
    /// The SVG path data, on a 20×20 grid.
    fn path(self) -> &'static str {
        match self {
            Icon::Reset => "M4 10a6 6 0 1 0 2-4.5M4 3v4h4",
            Icon::StepBack => "M5 4v12M15 4l-7 6 7 6z",
            Icon::PrevAnext => "M10 4l-7 6 7 6zM18 4l-7 6 7 6z",
            Icon::NextAnext => "M2 4l7 6-7 6zM10 4l7 6-7 6z",
            Icon::StepForward => "M15 4v12M5 4l7 6-7 6z",
            Icon::Play => "M6 4l10 6-10 6z",
            Icon::Pause => "M6 4v12M14 4v12",
            Icon::RunToEnd => "M4 4l9 6-9 6zM16 4v12",
        }
    }
}

/// Draws `icon` (hidden from assistive technology: the button carries the label).
pub fn icon(icon: Icon) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d=icon.path()></path>
        </svg>
    }
}
