//! printf-style formatting, `fmt % args`, as CPython 3.12's `PyUnicode_Format`: mapping keys
//! (`%(name)s`), flags `-+ 0#`, `*` widths and precisions, and CPython's error messages.

use super::format::format_builtin;
use crate::object::bigint;
use crate::object::exception::exc;
use crate::object::Value;
use crate::vm::{PyResult, Vm};

/// One conversion specifier's flags, width and precision.
#[derive(Default)]
struct Conversion {
    left: bool,
    plus: bool,
    space: bool,
    zero: bool,
    alternate: bool,
    width: usize,
    precision: Option<usize>,
}

/// The arguments of a `%` formatting: positional items and, for a mapping, the mapping.
struct Arguments<'a> {
    items: Vec<Value>,
    next: usize,
    mapping: Option<&'a Value>,
}

impl Arguments<'_> {
    fn next(&mut self) -> PyResult<Value> {
        let v = self
            .items
            .get(self.next)
            .cloned()
            .ok_or_else(|| exc("TypeError", "not enough arguments for format string"))?;
        self.next += 1;
        Ok(v)
    }
}

/// True if `v` is a mapping for `%` (CPython's `PyMapping_Check`, minus tuples and strs).
fn is_mapping(v: &Value) -> bool {
    match v {
        Value::Dict(_) | Value::List(_) | Value::Range(_) | Value::Bytes(_) => true,
        Value::Instance(i) => i.class.borrow().lookup("__getitem__").is_some(),
        _ => false,
    }
}

/// printf-style `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let mut a = match args {
        Value::Tuple(t) => Arguments {
            items: t.to_vec(),
            next: 0,
            mapping: None,
        },
        other => Arguments {
            items: vec![other.clone()],
            next: 0,
            mapping: is_mapping(other).then_some(other),
        },
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut used_key = false;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut keyed: Option<Value> = None;
        if chars.get(i) == Some(&'(') {
            let Some(mapping) = a.mapping else {
                return Err(exc("TypeError", "format requires a mapping"));
            };
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(exc("ValueError", "incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            let f = vm.getitem_flow(mapping, &Value::string(key))?;
            keyed = Some(vm.run_flow_nested(f)?);
            used_key = true;
        }
        let mut c = Conversion::default();
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => c.left = true,
                '+' => c.plus = true,
                ' ' => c.space = true,
                '0' => c.zero = true,
                '#' => c.alternate = true,
                _ => break,
            }
            i += 1;
        }
        if chars.get(i) == Some(&'*') {
            i += 1;
            let w = star_argument(&mut a)?;
            if w < 0 {
                c.left = true;
            }
            c.width = w.unsigned_abs() as usize;
        } else {
            c.width = digits(&chars, &mut i)?.unwrap_or(0);
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                i += 1;
                c.precision = Some(star_argument(&mut a)?.max(0) as usize);
            } else {
                c.precision = Some(digits(&chars, &mut i)?.unwrap_or(0));
            }
        }
        vm.check_size(c.width.max(c.precision.unwrap_or(0)))?;
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(exc("ValueError", "incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match keyed {
            Some(v) => v,
            None => a.next()?,
        };
        let (body, numeric) = convert(vm, conv, &arg, &c, i - 1)?;
        pad_into(&mut out, &body, &c, numeric);
    }
    if a.next < a.items.len() && a.mapping.is_none() && !used_key {
        return Err(exc(
            "TypeError",
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// A run of decimal digits at `i` (None if there is none).
fn digits(chars: &[char], i: &mut usize) -> PyResult<Option<usize>> {
    let start = *i;
    while chars.get(*i).is_some_and(char::is_ascii_digit) {
        *i += 1;
    }
    if *i == start {
        return Ok(None);
    }
    let text: String = chars[start..*i].iter().collect();
    text.parse()
        .map(Some)
        .map_err(|_| exc("ValueError", "width too big"))
}

/// The next argument as a `*` width or precision.
fn star_argument(a: &mut Arguments) -> PyResult<i64> {
    match a.next()? {
        Value::Int(n) => Ok(n),
        Value::Bool(b) => Ok(b as i64),
        _ => Err(exc("TypeError", "* wants int")),
    }
}

/// The text of one conversion and whether it is numeric (zero padding applies).
fn convert(
    vm: &mut Vm,
    conv: char,
    arg: &Value,
    c: &Conversion,
    index: usize,
) -> PyResult<(String, bool)> {
    let sign = if c.plus {
        "+"
    } else if c.space {
        " "
    } else {
        ""
    };
    let alt = if c.alternate { "#" } else { "" };
    Ok(match conv {
        's' | 'r' | 'a' => {
            let s = match conv {
                's' => vm.str_nested(arg)?,
                'r' => vm.repr_nested(arg)?,
                _ => super::ascii_escape(&vm.repr_nested(arg)?),
            };
            let s = match c.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            };
            (s, false)
        }
        'd' | 'i' | 'u' => {
            let v = match arg {
                Value::Float(f) => bigint::from_f64(*f)?,
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => arg.clone(),
                other => {
                    return Err(exc(
                        "TypeError",
                        format!(
                            "%{conv} format: a real number is required, not {}",
                            other.type_name()
                        ),
                    ))
                }
            };
            (format_builtin(vm, &v, &format!("{sign}d"))?, true)
        }
        'x' | 'X' | 'o' => {
            if !bigint::is_int(arg) {
                return Err(exc(
                    "TypeError",
                    format!(
                        "%{conv} format: an integer is required, not {}",
                        arg.type_name()
                    ),
                ));
            }
            (
                format_builtin(vm, arg, &format!("{sign}{alt}{conv}"))?,
                true,
            )
        }
        'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
            let v = match arg {
                Value::Int(i) => Value::Float(*i as f64),
                Value::BigInt(b) => Value::Float(bigint::to_f64(b)?),
                Value::Float(_) => arg.clone(),
                Value::Bool(b) => Value::Float(*b as i64 as f64),
                other => {
                    return Err(exc(
                        "TypeError",
                        format!("must be real number, not {}", other.type_name()),
                    ))
                }
            };
            let spec = format!("{sign}{alt}.{}{conv}", c.precision.unwrap_or(6));
            (format_builtin(vm, &v, &spec)?, true)
        }
        'c' => {
            let ch = match arg {
                Value::Int(i) => u32::try_from(*i)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| exc("OverflowError", "%c arg not in range(0x110000)"))?,
                Value::Str(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
                _ => return Err(exc("TypeError", "%c requires int or char")),
            };
            (ch.to_string(), false)
        }
        other => {
            return Err(exc(
                "ValueError",
                format!(
                    "unsupported format character '{other}' (0x{:x}) at index {index}",
                    other as u32
                ),
            ))
        }
    })
}

/// Appends `body` padded to the conversion's width.
fn pad_into(out: &mut String, body: &str, c: &Conversion, numeric: bool) {
    let len = body.chars().count();
    if len >= c.width {
        out.push_str(body);
        return;
    }
    let fill = c.width - len;
    if c.left {
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if c.zero && numeric {
        // Zeros go after the sign and any 0x/0o prefix.
        let mut prefix_len = body
            .chars()
            .take_while(|ch| matches!(ch, '+' | '-' | ' '))
            .count();
        let rest = &body[prefix_len..];
        if rest.len() >= 2 && rest.starts_with('0') && matches!(&rest[1..2], "x" | "X" | "o") {
            prefix_len += 2;
        }
        out.push_str(&body[..prefix_len]);
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(&body[prefix_len..]);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(body);
    }
}
