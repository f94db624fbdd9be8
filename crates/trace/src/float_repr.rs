//! Python's float `repr`: the shortest string that round-trips, in fixed notation when the
//! decimal exponent is in [-4, 16) and in scientific notation (`1e+16`, `1e-05`) otherwise.

/// Splits a finite, non-zero float into its shortest round-trip digits and decimal exponent
/// (value = 0.d1d2d3... * 10**decpt, as CPython's `_Py_dg_dtoa` reports it).
pub fn shortest_digits(x: f64) -> (String, i32) {
    // Rust's `{:e}` prints the shortest round-trip digits: "1.2345e-5".
    let s = format!("{:e}", x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0').to_string();
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    (digits, exp + 1)
}

/// `repr(x)` for a float.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, decpt) = shortest_digits(x);
    let sign = if x < 0.0 { "-" } else { "" };
    if decpt <= -4 || decpt > 16 {
        // Scientific: d.ddde±XX
        let exp = decpt - 1;
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{m}e{esign}{:02}", exp.abs())
    } else if decpt <= 0 {
        format!("{sign}0.{}{}", "0".repeat((-decpt) as usize), digits)
    } else {
        let d = decpt as usize;
        if digits.len() <= d {
            format!("{sign}{}{}.0", digits, "0".repeat(d - digits.len()))
        } else {
            format!("{sign}{}.{}", &digits[..d], &digits[d..])
        }
    }
}

/// Formats with `precision` digits after the point (`%.Nf`), correctly rounded.
pub fn format_fixed(x: f64, precision: usize) -> String {
    if !x.is_finite() {
        return nonfinite(x);
    }
    format!("{:.*}", precision, x)
}

/// Formats in scientific notation with `precision` digits after the point (`%.Ne`).
pub fn format_exp(x: f64, precision: usize, upper: bool) -> String {
    if !x.is_finite() {
        let s = nonfinite(x);
        return if upper { s.to_uppercase() } else { s };
    }
    let s = format!("{:.*e}", precision, x);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let esign = if e < 0 { '-' } else { '+' };
    let out = format!("{m}e{esign}{:02}", e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// Formats with the `g` rules: `precision` significant digits, trailing zeros removed unless
/// `alternate`.
pub fn format_general(x: f64, precision: usize, upper: bool, alternate: bool) -> String {
    if !x.is_finite() {
        let s = nonfinite(x);
        return if upper { s.to_uppercase() } else { s };
    }
    let p = if precision == 0 { 1 } else { precision };
    if x == 0.0 {
        let base = if x.is_sign_negative() { "-0" } else { "0" };
        return if alternate {
            format!("{base}.{}", "0".repeat(p - 1))
        } else {
            base.to_string()
        };
    }
    // Exponent after rounding to p significant digits.
    let e_str = format!("{:.*e}", p - 1, x);
    let exp: i32 = e_str
        .split_once('e')
        .map(|(_, e)| e.parse().unwrap_or(0))
        .unwrap_or(0);
    if exp < -4 || exp >= p as i32 {
        let s = format_exp(x, p - 1, upper);
        if alternate {
            return s;
        }
        let (m, e) = s
            .split_once(if upper { 'E' } else { 'e' })
            .unwrap_or((&s, ""));
        let m = strip_zeros(m);
        format!("{m}{}{e}", if upper { 'E' } else { 'e' })
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let s = format!("{:.*}", decimals, x);
        if alternate {
            if s.contains('.') {
                s
            } else {
                format!("{s}.")
            }
        } else {
            strip_zeros(&s)
        }
    }
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

fn nonfinite(x: f64) -> String {
    if x.is_nan() {
        "nan".into()
    } else if x > 0.0 {
        "inf".into()
    } else {
        "-inf".into()
    }
}

/// `format(x, '.N')` (no type, a precision): like `g`, but an integral result keeps a `.0`,
/// and so (as CPython's `Py_DTSF_ADD_DOT_0`) exponent notation starts one digit earlier:
/// `format(100.0, '.3')` is `1e+02`.
pub fn format_repr_precision(x: f64, precision: usize) -> String {
    if !x.is_finite() || x == 0.0 {
        let s = format_general(x, precision, false, false);
        return if x.is_finite() { format!("{s}.0") } else { s };
    }
    let p = precision.max(1);
    let e_str = format!("{:.*e}", p - 1, x);
    let exp: i32 = e_str
        .split_once('e')
        .map(|(_, e)| e.parse().unwrap_or(0))
        .unwrap_or(0);
    if exp < -4 || exp >= p as i32 - 1 {
        let s = format_exp(x, p - 1, false);
        let (m, e) = s.split_once('e').unwrap_or((&s, ""));
        format!("{}e{e}", strip_zeros(m))
    } else {
        let s = format_general(x, precision, false, false);
        if s.contains('.') {
            s
        } else {
            format!("{s}.0")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0, "1.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1e15, "1000000000000000.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (2.5, "2.5"),
            (-1.5e-10, "-1.5e-10"),
            (100.0, "100.0"),
            (0.1 + 0.1 + 0.1, "0.30000000000000004"),
            (1.23456, "1.23456"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(*x), *want, "repr of {x:?}");
        }
    }

    #[test]
    fn formats_match_python() {
        assert_eq!(format_fixed(2.675, 2), "2.67");
        assert_eq!(format_fixed(0.5, 0), "0");
        assert_eq!(format_fixed(1.5, 0), "2");
        assert_eq!(format_exp(12345.678, 2, false), "1.23e+04");
        assert_eq!(format_general(0.0001234, 6, false, false), "0.0001234");
        assert_eq!(format_general(1234567.0, 6, false, false), "1.23457e+06");
        assert_eq!(format_general(100.0, 6, false, false), "100");
        assert_eq!(format_general(1e-5, 6, false, false), "1e-05");
        assert_eq!(format_repr_precision(3.0, 3), "3.0");
        assert_eq!(format_repr_precision(100.0, 3), "1e+02");
        assert_eq!(format_repr_precision(100.0, 4), "100.0");
        assert_eq!(format_repr_precision(5.0, 1), "5e+00");
        assert_eq!(format_repr_precision(0.5, 3), "0.5");
    }
}
