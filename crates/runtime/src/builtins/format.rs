//! The `format()` mini-language for int, float, str and bool, and printf-style `%`.

use std::rc::Rc;

use crate::object::bigint;
use crate::object::exception::exc;
use crate::object::float_repr::{
    float_repr, format_exp, format_fixed, format_general, format_repr_precision,
};
use crate::object::Value;
use crate::vm::{PyResult, Vm};

#[derive(Default, Debug)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    /// `z`: a negative zero (after rounding) is shown without its sign (floats only).
    no_negative_zero: bool,
    alternate: bool,
    zero: bool,
    width: Option<usize>,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(s: &str) -> PyResult<Spec> {
    let chars: smallvec::SmallVec<[char; 16]> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        sp.fill = Some(chars[0]);
        sp.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        sp.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        sp.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        sp.no_negative_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        sp.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        sp.width = Some(spec_number(&chars[start..i])?);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        sp.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let st = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return Err(exc("ValueError", "Format specifier missing precision"));
        }
        let precision = spec_number(&chars[st..i])?;
        if precision > i32::MAX as usize {
            return Err(exc("ValueError", "precision too big"));
        }
        sp.precision = Some(precision);
    }
    if i < chars.len() {
        sp.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(exc("ValueError", "Invalid format specifier"));
    }
    Ok(sp)
}

/// A width or precision of a format spec (CPython's error when it overflows `Py_ssize_t`).
fn spec_number(digits: &[char]) -> PyResult<usize> {
    // ASCII digits only (the parser checked); an i64 overflow is CPython's error.
    let mut n: i64 = 0;
    for d in digits {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d.to_digit(10).unwrap_or(0) as i64))
            .ok_or_else(|| exc("ValueError", "Too many decimal digits in format string"))?;
    }
    Ok(n as usize)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn pad(body: String, sign: &str, sp: &Spec, default_align: char) -> String {
    let width = sp.width.unwrap_or(0);
    let len = body.chars().count() + sign.chars().count();
    let zero_pad = sp.zero && sp.align.is_none();
    let fill = sp.fill.unwrap_or(if zero_pad { '0' } else { ' ' });
    let align = sp
        .align
        .unwrap_or(if zero_pad { '=' } else { default_align });
    if len >= width && sign.is_empty() {
        return body;
    }
    let n = width.saturating_sub(len);
    let (before, after) = match align {
        '<' => (0, n),
        '^' => (n / 2, n - n / 2),
        _ => (n, 0),
    };
    let mut out = String::with_capacity(sign.len() + body.len() + n * fill.len_utf8());
    if align == '=' {
        out.push_str(sign);
        out.extend(std::iter::repeat_n(fill, n));
    } else {
        out.extend(std::iter::repeat_n(fill, before));
        out.push_str(sign);
    }
    out.push_str(&body);
    out.extend(std::iter::repeat_n(fill, after));
    out
}

/// The decimal digits of `n` (what `n.to_string()` gives, without the formatting machinery).
fn decimal(n: u64) -> String {
    let mut buf = [0u8; 20];
    crate::object::decimal::decimal_digits(n, &mut buf)
        .iter()
        .map(|&d| d as char)
        .collect()
}

fn sign_str(neg: bool, sp: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

fn format_int(i: i64, sp: &Spec) -> PyResult<String> {
    let mag = i.unsigned_abs();
    let digits = |radix: u32| match radix {
        16 => format!("{mag:x}"),
        8 => format!("{mag:o}"),
        2 => format!("{mag:b}"),
        _ => decimal(mag),
    };
    format_int_digits(i < 0, &digits, || Ok(i as f64), u32::try_from(i).ok(), sp)
}

fn format_big_int(b: &bigint::BigInt, sp: &Spec) -> PyResult<String> {
    let digits = |radix: u32| bigint::to_radix_abs(b, radix);
    if matches!(sp.ty, None | Some('d' | 'n')) {
        bigint::to_decimal(b)?;
    }
    format_int_digits(
        num_traits::Signed::is_negative(b),
        &digits,
        || bigint::to_f64(b),
        None,
        sp,
    )
}

/// `format(i, spec)` of an int with a non-empty `spec` as a str made in one allocation, when
/// the spec asks for plain decimal digits (type `d` or none; no grouping, `#` or precision)
/// within a width of at most 64: what [`format_builtin`] gives, having parsed the spec and
/// checked the width against the memory cap as it does first. `None` for any other spec,
/// which `format_builtin` formats.
pub fn format_int_decimal(vm: &Vm, i: i64, spec: &str) -> PyResult<Option<Rc<str>>> {
    let sp = parse_spec(spec)?;
    vm.check_size(sp.width.unwrap_or(0).max(sp.precision.unwrap_or(0)))?;
    let width = sp.width.unwrap_or(0);
    if !matches!(sp.ty, None | Some('d'))
        || sp.grouping.is_some()
        || sp.precision.is_some()
        || sp.alternate
        || sp.no_negative_zero
        || width > 64
    {
        return Ok(None);
    }
    let mut digit_buf = [0u8; 20];
    let digits = crate::object::decimal::decimal_digits(i.unsigned_abs(), &mut digit_buf);
    // `pad(digits, sign, sp, '>')`, written into one buffer.
    let sign = sign_str(i < 0, &sp).as_bytes();
    let zero_pad = sp.zero && sp.align.is_none();
    let fill = sp.fill.unwrap_or(if zero_pad { '0' } else { ' ' });
    let align = sp.align.unwrap_or(if zero_pad { '=' } else { '>' });
    let n = width.saturating_sub(digits.len() + sign.len());
    let (before, after) = match align {
        '<' => (0, n),
        '^' => (n / 2, n - n / 2),
        _ => (n, 0),
    };
    let mut fill_buf = [0u8; 4];
    let fill = fill.encode_utf8(&mut fill_buf).as_bytes();
    // At most 64 fill characters of 4 bytes, a sign and 20 digits.
    let mut out = [0u8; 288];
    let mut len = 0;
    let mut put = |bytes: &[u8]| {
        out[len..len + bytes.len()].copy_from_slice(bytes);
        len += bytes.len();
    };
    if align == '=' {
        put(sign);
        (0..n).for_each(|_| put(fill));
    } else {
        (0..before).for_each(|_| put(fill));
        put(sign);
    }
    put(digits);
    (0..after).for_each(|_| put(fill));
    let text = std::str::from_utf8(&out[..len]).expect("digits, a sign and a fill char");
    Ok(Some(Rc::from(text)))
}

/// Formats an int given its sign and a way to spell its magnitude in a radix.
fn format_int_digits(
    neg: bool,
    digits_in: &dyn Fn(u32) -> String,
    as_float: impl Fn() -> PyResult<f64>,
    char_code: Option<u32>,
    sp: &Spec,
) -> PyResult<String> {
    let ty = sp.ty.unwrap_or('d');
    let (mut digits, prefix) = match ty {
        'd' | 'n' => (digits_in(10), ""),
        'x' => (digits_in(16), "0x"),
        'X' => (digits_in(16).to_uppercase(), "0X"),
        'o' => (digits_in(8), "0o"),
        'b' => (digits_in(2), "0b"),
        'c' => {
            let c = char_code
                .and_then(char::from_u32)
                .ok_or_else(|| exc("OverflowError", "%c arg not in range(0x110000)"))?;
            return Ok(pad(c.to_string(), "", sp, '<'));
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = as_float()?;
            return format_float(if neg { -f.abs() } else { f }, sp);
        }
        other => {
            return Err(exc(
                "ValueError",
                format!("Unknown format code '{other}' for object of type 'int'"),
            ))
        }
    };
    if sp.no_negative_zero {
        return Err(exc(
            "ValueError",
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if sp.precision.is_some() {
        return Err(exc(
            "ValueError",
            "Precision not allowed in integer format specifier",
        ));
    }
    if let Some(g) = sp.grouping {
        let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
        digits = group(&digits, g, every);
    }
    let sign = sign_str(neg, sp);
    let prefixed;
    let full_sign = if sp.alternate {
        prefixed = format!("{sign}{prefix}");
        &prefixed
    } else {
        sign
    };
    Ok(pad(digits, full_sign, sp, '>'))
}

fn format_float(x: f64, sp: &Spec) -> PyResult<String> {
    let neg = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let ty = sp.ty;
    let mut body = match ty {
        Some('f') | Some('F') => {
            let s = format_fixed(a, sp.precision.unwrap_or(6));
            if ty == Some('F') {
                s.to_uppercase()
            } else {
                s
            }
        }
        Some('e') | Some('E') => format_exp(a, sp.precision.unwrap_or(6), ty == Some('E')),
        Some('g') | Some('G') => {
            format_general(a, sp.precision.unwrap_or(6), ty == Some('G'), sp.alternate)
        }
        Some('%') => format!("{}%", format_fixed(a * 100.0, sp.precision.unwrap_or(6))),
        None => match sp.precision {
            Some(p) => format_repr_precision(a, p),
            None => float_repr(a),
        },
        Some('n') => format_general(a, sp.precision.unwrap_or(6), false, false),
        Some(other) => {
            return Err(exc(
                "ValueError",
                format!("Unknown format code '{other}' for object of type 'float'"),
            ))
        }
    };
    if let Some(g) = sp.grouping {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(p) => (body[..p].to_string(), body[p..].to_string()),
            None => (body.clone(), String::new()),
        };
        body = format!("{}{}", group(&int_part, g, 3), rest);
    }
    let neg = neg && !(sp.no_negative_zero && shows_zero(&body));
    Ok(pad(body, sign_str(neg, sp), sp, '>'))
}

/// True if a formatted float magnitude (`0.00`, `0.0e+00`, `0%`, `0,000.0`) reads as zero.
fn shows_zero(body: &str) -> bool {
    let mantissa = body.split(['e', 'E']).next().unwrap_or(body);
    mantissa.chars().any(|c| c == '0')
        && mantissa
            .chars()
            .all(|c| matches!(c, '0' | '.' | ',' | '_' | '%'))
}

/// `format(v, spec)` for built-in values.
pub fn format_builtin(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return vm.str_nested(v);
    }
    let sp = parse_spec(spec)?;
    vm.check_size(sp.width.unwrap_or(0).max(sp.precision.unwrap_or(0)))?;
    match v {
        // bool inherits int.__format__: a non-empty spec formats the number.
        Value::Int(i) => format_int(*i, &sp),
        Value::BigInt(b) => format_big_int(b, &sp),
        Value::Bool(b) => format_int(*b as i64, &sp),
        Value::Float(f) => {
            if matches!(sp.ty, Some('d' | 'x' | 'X' | 'o' | 'b' | 'c')) {
                return Err(exc(
                    "ValueError",
                    format!(
                        "Unknown format code '{}' for object of type 'float'",
                        sp.ty.unwrap_or('d')
                    ),
                ));
            }
            format_float(*f, &sp)
        }
        Value::Str(s) => {
            if let Some(t) = sp.ty {
                if t != 's' {
                    return Err(exc(
                        "ValueError",
                        format!("Unknown format code '{t}' for object of type 'str'"),
                    ));
                }
            }
            if sp.sign.is_some() {
                return Err(exc(
                    "ValueError",
                    "Sign not allowed in string format specifier",
                ));
            }
            if sp.no_negative_zero {
                return Err(exc(
                    "ValueError",
                    "Negative zero coercion (z) not allowed in string format specifier",
                ));
            }
            let body: String = match sp.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s.to_string(),
            };
            Ok(pad(body, "", &sp, '<'))
        }
        other => {
            let s = vm.str_nested(other)?;
            if spec.is_empty() {
                Ok(s)
            } else {
                Err(exc(
                    "TypeError",
                    format!(
                        "unsupported format string passed to {}.__format__",
                        other.type_name()
                    ),
                ))
            }
        }
    }
}

pub use super::percent::percent_format;

#[cfg(test)]
mod tests {
    use super::{decimal, format_int, parse_spec};

    #[test]
    fn decimal_is_the_decimal_text() {
        for n in [0, 7, 10, 9973, u64::MAX, i64::MIN.unsigned_abs()] {
            assert_eq!(decimal(n), n.to_string());
        }
    }

    #[test]
    fn int_padding_follows_the_alignment() {
        let cases = [
            (42, ">5", "   42"),
            (42, "<5", "42   "),
            (42, "^5", " 42  "),
            (-42, "=6", "-   42"),
            (-42, "06", "-00042"),
            (-42, "*^7", "**-42**"),
            (42, "+", "+42"),
            (12345, "3", "12345"),
            (-12345, "3", "-12345"),
            (255, "#x", "0xff"),
            (255, "#08b", "0b11111111"),
            (i64::MIN, "", "-9223372036854775808"),
        ];
        for (i, spec, want) in cases {
            let sp = parse_spec(spec).unwrap_or_else(|_| panic!("spec {spec}"));
            assert_eq!(format_int(i, &sp).ok().as_deref(), Some(want), "{i} {spec}");
        }
    }
}
