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

/// The line to keep in view: the strongest task's line (the first of equals), else the error's.
pub fn line_to_show(tasks: &[TaskLineMarker], error: Option<&ErrorMarker>) -> Option<usize> {
    let strongest = tasks.iter().reduce(|best, task| {
        if task.strength > best.strength {
            task
        } else {
            best
        }
    });
    strongest
        .map(|task| task.line)
        .or(error.map(|error| error.line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_strongest_task_wins_then_the_error() {
        let task = |line, strength| TaskLineMarker { line, strength };
        let error = ErrorMarker {
            line: 9,
            message: "boom".into(),
        };
        assert_eq!(
            line_to_show(&[task(3, 0.5), task(5, 1.0), task(7, 1.0)], Some(&error)),
            Some(5)
        );
        assert_eq!(line_to_show(&[], Some(&error)), Some(9));
        assert_eq!(line_to_show(&[], None), None);
    }
}
