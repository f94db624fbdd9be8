//! The rest of `bytes`' methods, ASCII-only as CPython's are: searching with `start`/`end`
//! (`find`, `rfind`, `index`, `rindex`, `count`), `partition`/`rpartition`, `rsplit`,
//! `removeprefix`/`removesuffix`, padding (`center`, `ljust`, `rjust`, `zfill`), case
//! (`capitalize`, `title`, `swapcase` and the `is*` tests), `expandtabs`, and the table
//! methods `maketrans`/`translate` and `fromhex`.

use std::rc::Rc;

use super::bytes_methods::{bytes_arg, find_sub, this};
use super::method_arity;
use crate::object::bytes::bytes_from_vec;
use crate::object::exception::exc;
use crate::object::Value;
use crate::vm::{Args, PyResult, Vm};

/// The needle of a search: bytes or one byte value.
fn needle(v: Option<&Value>, name: &str) -> PyResult<Vec<u8>> {
    match v {
        Some(Value::Bytes(d)) => Ok(d.to_vec()),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => {
            crate::object::bytes::byte_in_range(v, "byte must be in range(0, 256)").map(|x| vec![x])
        }
        Some(other) => Err(exc(
            "TypeError",
            format!(
                "argument should be integer or bytes-like object, not '{}'",
                other.type_name()
            ),
        )),
        None => Err(exc(
            "TypeError",
            format!("{name}() takes at least 1 argument (0 given)"),
        )),
    }
}

/// `start`/`end` of a search, adjusted as a slice's bounds are (None is absent).
pub(super) fn search_bounds(vm: &mut Vm, a: &Args, len: usize) -> PyResult<(usize, usize, bool)> {
    let bound = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => super::to_int(vm, v, "slice index"),
        }
    };
    let n = len as i64;
    let mut start = bound(vm, a.pos.get(2), 0)?;
    let mut end = bound(vm, a.pos.get(3), n)?;
    if start < 0 {
        start = (start + n).max(0);
    }
    if end < 0 {
        end = (end + n).max(0);
    }
    let end = end.min(n);
    // A start past the end finds nothing, not even an empty needle.
    let empty_range = start > n || start > end;
    Ok((start.min(n) as usize, end.max(0) as usize, empty_range))
}

/// `find`/`rfind`/`index`/`rindex`: the index of `needle` in `self[start:end]`.
fn search(vm: &mut Vm, a: &Args, name: &str, from_right: bool) -> PyResult<Option<usize>> {
    method_arity(name, a, 1, 3)?;
    let needle = needle(a.pos.get(1), name)?;
    let hay = this(a);
    let (start, end, empty) = search_bounds(vm, a, hay.len())?;
    if empty {
        return Ok(None);
    }
    Ok(find_sub(&hay[start..end], &needle, from_right).map(|i| i + start))
}

/// `bytes.find(sub[, start[, end]])`.
pub fn find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, &a, "find", false)?.map_or(-1, |i| i as i64),
    ))
}

/// `bytes.rfind(sub[, start[, end]])`.
pub fn rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, &a, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}

/// `bytes.index(sub[, start[, end]])`.
pub fn index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match search(vm, &a, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(exc("ValueError", "subsection not found")),
    }
}

/// `bytes.rindex(sub[, start[, end]])`.
pub fn rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match search(vm, &a, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(exc("ValueError", "subsection not found")),
    }
}

/// `bytes.count(sub[, start[, end]])`: non-overlapping occurrences.
pub fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("count", &a, 1, 3)?;
    let needle = needle(a.pos.get(1), "count")?;
    let hay = this(&a);
    let (start, end, empty) = search_bounds(vm, &a, hay.len())?;
    if empty {
        return Ok(Value::Int(0));
    }
    let hay = &hay[start..end];
    if needle.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find_sub(&hay[i..], &needle, false) {
        n += 1;
        i += p + needle.len();
    }
    Ok(Value::Int(n))
}

/// `partition`/`rpartition`: `(before, sep, after)` around the first/last `sep`.
fn partition_impl(a: &Args, name: &str, from_right: bool) -> PyResult<Value> {
    method_arity(name, a, 1, 1)?;
    let sep = bytes_arg(&a.pos[1])?;
    if sep.is_empty() {
        return Err(exc("ValueError", "empty separator"));
    }
    let d = this(a);
    let parts = match find_sub(&d, &sep, from_right) {
        Some(p) => [d[..p].to_vec(), sep.to_vec(), d[p + sep.len()..].to_vec()],
        None if from_right => [Vec::new(), Vec::new(), d.to_vec()],
        None => [d.to_vec(), Vec::new(), Vec::new()],
    };
    Ok(Value::tuple(
        parts.into_iter().map(bytes_from_vec).collect(),
    ))
}

/// `bytes.partition(sep)`.
pub fn partition(_: &mut Vm, a: Args) -> PyResult<Value> {
    partition_impl(&a, "partition", false)
}

/// `bytes.rpartition(sep)`.
pub fn rpartition(_: &mut Vm, a: Args) -> PyResult<Value> {
    partition_impl(&a, "rpartition", true)
}

/// `bytes.rsplit(sep=None, maxsplit=-1)`: splits from the right.
pub fn rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sep = match a.pos.get(1).cloned().or_else(|| a.kwarg("sep")) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(&v)?),
    };
    let maxsplit = match a.pos.get(2).cloned().or_else(|| a.kwarg("maxsplit")) {
        Some(v) => super::to_int(vm, &v, "maxsplit")?,
        None => -1,
    };
    let d = this(&a);
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(exc("ValueError", "empty separator"));
            }
            let mut rest: &[u8] = &d;
            while parts.len() < limit {
                match find_sub(rest, &sep, true) {
                    Some(p) => {
                        parts.push(rest[p + sep.len()..].to_vec());
                        rest = &rest[..p];
                    }
                    None => break,
                }
            }
            parts.push(rest.to_vec());
        }
        None => {
            let is_space = |c: &u8| b" \t\n\r\x0b\x0c".contains(c);
            let mut end = d.len();
            loop {
                while end > 0 && is_space(&d[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if parts.len() == limit {
                    parts.push(d[..end].to_vec());
                    break;
                }
                let mut start = end;
                while start > 0 && !is_space(&d[start - 1]) {
                    start -= 1;
                }
                parts.push(d[start..end].to_vec());
                end = start;
            }
        }
    }
    parts.reverse();
    Ok(Value::list(parts.into_iter().map(bytes_from_vec).collect()))
}

/// `removeprefix`/`removesuffix`.
fn remove_affix(a: &Args, name: &str, prefix: bool) -> PyResult<Value> {
    method_arity(name, a, 1, 1)?;
    let affix = bytes_arg(&a.pos[1])?;
    let d = this(a);
    let kept = if prefix && d.starts_with(&affix) {
        &d[affix.len()..]
    } else if !prefix && d.ends_with(&affix) {
        &d[..d.len() - affix.len()]
    } else {
        return Ok(a.pos[0].clone());
    };
    Ok(bytes_from_vec(kept.to_vec()))
}

/// `bytes.removeprefix(prefix)`.
pub fn removeprefix(_: &mut Vm, a: Args) -> PyResult<Value> {
    remove_affix(&a, "removeprefix", true)
}

/// `bytes.removesuffix(suffix)`.
pub fn removesuffix(_: &mut Vm, a: Args) -> PyResult<Value> {
    remove_affix(&a, "removesuffix", false)
}

/// Where `center`/`ljust`/`rjust` put the padding.
#[derive(Clone, Copy)]
enum Align {
    Center,
    Left,
    Right,
}

/// `center`/`ljust`/`rjust(width, fillbyte=b' ')`.
fn pad(vm: &mut Vm, a: &Args, name: &str, align: Align) -> PyResult<Value> {
    method_arity(name, a, 1, 2)?;
    let width = super::to_int(vm, &a.pos[1], "width")?;
    let fill = match a.pos.get(2) {
        None => b' ',
        Some(Value::Bytes(f)) if f.len() == 1 => f[0],
        Some(other) => {
            return Err(exc(
                "TypeError",
                format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    other.type_name()
                ),
            ))
        }
    };
    let d = this(a);
    let len = d.len() as i64;
    if width <= len {
        return Ok(a.pos[0].clone());
    }
    let margin = width - len;
    let left = match align {
        Align::Left => 0,
        Align::Right => margin,
        // CPython's rounding: an odd margin puts the extra byte left when the width is odd.
        Align::Center => margin / 2 + (margin & width & 1),
    };
    let mut out = vec![fill; left as usize];
    out.extend_from_slice(&d);
    out.resize(width as usize, fill);
    Ok(bytes_from_vec(out))
}

/// `bytes.center(width, fillbyte=b' ')`.
pub fn center(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad(vm, &a, "center", Align::Center)
}

/// `bytes.ljust(width, fillbyte=b' ')`.
pub fn ljust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad(vm, &a, "ljust", Align::Left)
}

/// `bytes.rjust(width, fillbyte=b' ')`.
pub fn rjust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad(vm, &a, "rjust", Align::Right)
}

/// `bytes.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("zfill", &a, 1, 1)?;
    let width = super::to_int(vm, &a.pos[1], "width")?;
    let d = this(&a);
    if width <= d.len() as i64 {
        return Ok(a.pos[0].clone());
    }
    let zeros = width as usize - d.len();
    let (sign, digits) = match d.first() {
        Some(c @ (b'+' | b'-')) => (vec![*c], &d[1..]),
        _ => (Vec::new(), &d[..]),
    };
    let mut out = sign;
    out.extend(std::iter::repeat_n(b'0', zeros));
    out.extend_from_slice(digits);
    Ok(bytes_from_vec(out))
}

/// `bytes.capitalize()`: the first byte upper case, the rest lower case.
pub fn capitalize(_: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("capitalize", &a, 0, 0)?;
    let d = this(&a);
    let out = d
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(bytes_from_vec(out))
}

/// `bytes.title()`: each run of letters starts upper case, the rest lower case.
pub fn title(_: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("title", &a, 0, 0)?;
    let mut previous_cased = false;
    let out = this(&a)
        .iter()
        .map(|c| {
            let r = if previous_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            previous_cased = c.is_ascii_alphabetic();
            r
        })
        .collect();
    Ok(bytes_from_vec(out))
}

/// `bytes.swapcase()`.
pub fn swapcase(_: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("swapcase", &a, 0, 0)?;
    let out = this(&a)
        .iter()
        .map(|c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect();
    Ok(bytes_from_vec(out))
}

/// `bytes.isalnum()`.
pub fn isalnum(_: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("isalnum", &a, 0, 0)?;
    let d = this(&a);
    Ok(Value::Bool(
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric),
    ))
}

/// `bytes.isascii()` (true when empty).
pub fn isascii(_: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("isascii", &a, 0, 0)?;
    Ok(Value::Bool(this(&a).is_ascii()))
}

/// `bytes.islower()`: some lower-case letter and no upper-case one.
pub fn islower(_: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("islower", &a, 0, 0)?;
    let d = this(&a);
    Ok(Value::Bool(
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase),
    ))
}

/// `bytes.isupper()`: some upper-case letter and no lower-case one.
pub fn isupper(_: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("isupper", &a, 0, 0)?;
    let d = this(&a);
    Ok(Value::Bool(
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase),
    ))
}

/// `bytes.istitle()`: upper case only after uncased bytes, lower case only after cased ones,
/// and some cased byte.
pub fn istitle(_: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("istitle", &a, 0, 0)?;
    let d = this(&a);
    Ok(Value::Bool(super::str_extra::is_titlecased(d.iter().map(
        |c| (c.is_ascii_uppercase(), c.is_ascii_lowercase()),
    ))))
}

/// `bytes.expandtabs(tabsize=8)`: tabs become spaces up to the next multiple of `tabsize`
/// (columns restart after `\n` and `\r`).
pub fn expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("expandtabs", &a, 0, 1)?;
    let tabsize = match a.pos.get(1).cloned().or_else(|| a.kwarg("tabsize")) {
        Some(v) => super::to_int(vm, &v, "tabsize")?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut column = 0i64;
    for &c in this(&a).iter() {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    out.extend(std::iter::repeat_n(b' ', spaces as usize));
                    column += spaces;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(bytes_from_vec(out))
}

/// `bytes.fromhex(string)` (called on the class): pairs of hex digits, whitespace between
/// pairs allowed.
pub fn fromhex(_: &mut Vm, a: Args) -> PyResult<Value> {
    // Called on the class the string comes first; on an instance, after the receiver.
    let text = match a.pos.iter().rev().find(|v| matches!(v, Value::Str(_))) {
        Some(Value::Str(s)) => s.clone(),
        _ => {
            let got = a.pos.last().map(|v| v.type_name().to_string());
            return Err(exc(
                "TypeError",
                format!(
                    "fromhex() argument must be str, not {}",
                    got.as_deref().unwrap_or("nothing")
                ),
            ));
        }
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let high = chars[i].to_digit(16).filter(|_| chars[i].is_ascii());
        let low = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        match (high, low) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => return Err(not_hex(i)),
            (Some(_), None) => return Err(not_hex(i + 1)),
        }
        i += 2;
    }
    Ok(bytes_from_vec(out))
}

fn not_hex(position: usize) -> Value {
    exc(
        "ValueError",
        format!("non-hexadecimal number found in fromhex() arg at position {position}"),
    )
}

/// `bytes.maketrans(frm, to)` (called on the class): a 256-byte table mapping each byte of
/// `frm` to the byte of `to` at the same place.
pub fn maketrans(_: &mut Vm, a: Args) -> PyResult<Value> {
    let args: Vec<&Value> = a.pos.iter().rev().take(2).collect();
    let (Some(to), Some(from)) = (args.first(), args.get(1)) else {
        return Err(exc(
            "TypeError",
            format!("maketrans expected 2 arguments, got {}", a.pos.len()),
        ));
    };
    let (from, to) = (bytes_arg(from)?, bytes_arg(to)?);
    if from.len() != to.len() {
        return Err(exc(
            "ValueError",
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(bytes_from_vec(table))
}

/// `bytes.translate(table, /, delete=b'')`: drops the bytes in `delete`, then maps the rest
/// through `table` (None keeps them).
pub fn translate(_: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("translate", &a, 1, 2)?;
    let table = match &a.pos[1] {
        Value::None => None,
        v => {
            let t = bytes_arg(v)?;
            if t.len() != 256 {
                return Err(exc(
                    "ValueError",
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match a.pos.get(2).cloned().or_else(|| a.kwarg("delete")) {
        Some(v) => bytes_arg(&v)?,
        None => Rc::from(&b""[..]),
    };
    let out = this(&a)
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(bytes_from_vec(out))
}
