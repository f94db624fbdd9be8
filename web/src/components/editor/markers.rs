//! The line markers the editor draws for a stepping session.

/// A line where a task currently is.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskLineMarker {
    /// 1-based line number.
    pub line: usize,
    /// How strongly to draw the marker, from 0.0 to 1.0 (the running task 1.0, waiting tasks less).
    pub strength: f32,
}

/// The line where an error was raised, with the message to show there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorMarker {
    /// 1-based line number.
    pub line: usize,
    /// The message, for example `NameError: name 'x' is not defined`.
    pub message: String,
}
