//! Reads the error line out of a CPython-formatted traceback, for the editor's error marker.

use crate::components::editor::ErrorMarker;

/// The innermost line of `filename` that a traceback (or a SyntaxError report) in `stderr`
/// points at, with the final `Type: message` line. `None` when stderr holds no such report.
pub fn error_marker(stderr: &str, filename: &str) -> Option<ErrorMarker> {
    let location_prefix = format!("File \"{filename}\", line ");
    let line = stderr
        .lines()
        .filter_map(|text| text.trim_start().strip_prefix(location_prefix.as_str()))
        .filter_map(|rest| {
            rest.split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .next_back()?;
    let message = stderr
        .lines()
        .rev()
        .find(|text| !text.trim().is_empty())?
        .trim()
        .to_string();
    Some(ErrorMarker { line, message })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_innermost_frame_of_the_program() {
        let stderr = "Traceback (most recent call last):\n  \
                      File \"<playground>\", line 7, in <module>\n    asyncio.run(main())\n  \
                      File \"/usr/lib/python3.12/asyncio/runners.py\", line 194, in run\n  \
                      File \"<playground>\", line 3, in main\n    print(x)\n          ^\n\
                      NameError: name 'x' is not defined\n";
        assert_eq!(
            error_marker(stderr, "<playground>"),
            Some(ErrorMarker {
                line: 3,
                message: "NameError: name 'x' is not defined".into()
            })
        );
    }

    #[test]
    fn reads_syntax_errors_and_ignores_other_output() {
        let stderr = "  File \"<playground>\", line 2\n    print(\n         ^\nSyntaxError: '(' was never closed\n";
        assert_eq!(
            error_marker(stderr, "<playground>").map(|m| m.line),
            Some(2)
        );
        assert_eq!(error_marker("warning only\n", "<playground>"), None);
        assert_eq!(error_marker("", "<playground>"), None);
    }
}
