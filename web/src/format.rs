//! Text the panels share: virtual times, CPython-style syntax error reports.

use aiterscope_trace::SyntaxErrorInfo;

/// A virtual time as the panels show it: at least one decimal, at most three
/// (`2.0`, `0.1`, `0.125`), so `0.30000000000000004` reads `0.3`.
pub fn format_time(t: f64) -> String {
    if !t.is_finite() {
        return t.to_string();
    }
    let mut text = format!("{t:.3}");
    while text.ends_with('0') && !text.ends_with(".0") {
        text.pop();
    }
    text
}

/// The report CPython 3.12 prints for a syntax error in `filename`: the location, the
/// offending line (without its indentation), a caret under the column, and `Kind: message`.
pub fn syntax_error_report(error: &SyntaxErrorInfo, source: &str, filename: &str) -> String {
    let mut report = format!("  File \"{filename}\", line {}\n", error.line);
    let line_text = source
        .lines()
        .nth(error.line.saturating_sub(1) as usize)
        .unwrap_or("");
    let trimmed = line_text.trim_start();
    if !trimmed.trim_end().is_empty() {
        let indent = line_text.chars().count() - trimmed.chars().count();
        let caret_at = (error.col.max(1) as usize - 1).saturating_sub(indent);
        let shown = trimmed.trim_end();
        report.push_str(&format!("    {shown}\n"));
        let caret_at = caret_at.min(shown.chars().count());
        report.push_str(&format!("    {}^\n", " ".repeat(caret_at)));
    }
    report.push_str(&format!("{}: {}\n", error.kind, error.msg));
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_keep_one_to_three_decimals() {
        assert_eq!(format_time(2.0), "2.0");
        assert_eq!(format_time(0.1), "0.1");
        assert_eq!(format_time(0.30000000000000004), "0.3");
        assert_eq!(format_time(0.125), "0.125");
        assert_eq!(format_time(12.5), "12.5");
    }

    #[test]
    fn syntax_errors_read_like_cpython() {
        let error = SyntaxErrorInfo {
            kind: "SyntaxError".into(),
            msg: "'(' was never closed".into(),
            line: 2,
            col: 10,
        };
        let source = "x = 1\n    print(1\n";
        assert_eq!(
            syntax_error_report(&error, source, "main.py"),
            "  File \"main.py\", line 2\n    print(1\n         ^\nSyntaxError: '(' was never closed\n"
        );
    }

    #[test]
    fn a_syntax_error_past_the_last_line_has_no_source_line() {
        let error = SyntaxErrorInfo {
            kind: "SyntaxError".into(),
            msg: "unexpected EOF".into(),
            line: 9,
            col: 1,
        };
        assert_eq!(
            syntax_error_report(&error, "x = (\n", "main.py"),
            "  File \"main.py\", line 9\nSyntaxError: unexpected EOF\n"
        );
    }
}
