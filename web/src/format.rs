//! Text the panels share: virtual times, decimals for styles, CPython-style syntax error
//! reports.

use aiterscope_trace::SyntaxErrorInfo;

/// A virtual time as the panels show it: at least one decimal, at most three
/// (`2.0`, `0.1`, `0.125`), so `0.30000000000000004` reads `0.3`.
pub fn format_time(t: f64) -> String {
    let mut text = fixed(t, 3);
    while text.ends_with('0') && !text.ends_with(".0") {
        text.pop();
    }
    text
}

/// `x` with `places` digits after the point, as `format!("{x:.places$}")` prints it except
/// that a tie in the last place rounds away from zero. Built from an integer: the UI then links
/// none of core's exact float formatting (its `{:.N}` paths, issue 8's bundle size); values
/// too large for that (and infinities, NaN) fall back to `Display`.
pub fn fixed(x: f64, places: u32) -> String {
    let scale = 10u64.pow(places);
    let scaled = (x.abs() * scale as f64).round();
    if scaled.is_nan() || scaled >= 1e18 {
        return x.to_string();
    }
    let scaled = scaled as u64;
    let mut text = String::with_capacity(24);
    if x.is_sign_negative() {
        text.push('-');
    }
    text.push_str(&(scaled / scale).to_string());
    if places > 0 {
        let fraction = (scaled % scale).to_string();
        text.push('.');
        text.extend(std::iter::repeat_n('0', places as usize - fraction.len()));
        text.push_str(&fraction);
    }
    text
}

/// A CSS length in pixels with one decimal (`12.5px`), without core's float formatting.
pub fn px(x: f64) -> String {
    let mut text = fixed(x, 1);
    text.push_str("px");
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
    fn fixed_prints_like_the_precision_format() {
        for x in [
            0.0, -0.0, 1.0, 0.05, 0.15, 2.345678, -3.25, -0.04, 12.5, 99.96, 1234.0, 1e12, 0.999,
        ] {
            for places in 0..4 {
                let expected = format!("{x:.*}", places as usize);
                let ours = fixed(x, places);
                let tie = {
                    let scaled = x.abs() * 10f64.powi(places as i32);
                    (scaled - scaled.trunc() - 0.5).abs() < 1e-9
                };
                assert!(
                    ours == expected || tie,
                    "{x} to {places} places: {ours} vs {expected}"
                );
            }
        }
        assert_eq!(fixed(0.25, 1), "0.3", "a tie rounds away from zero");
        assert_eq!(fixed(f64::INFINITY, 1), "inf");
        assert_eq!(fixed(f64::NAN, 2), "NaN");
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
