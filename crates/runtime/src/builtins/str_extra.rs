//! str methods that need CPython's finer rules: `istitle`, `expandtabs`, `splitlines` with
//! `keepends` and all its line boundaries, and the optional `start`/`end` bounds of
//! `find`/`rfind`/`index`/`rindex`/`count`/`startswith`/`endswith` (slice semantics on
//! characters).

use std::borrow::Cow;
use std::rc::Rc;

use crate::object::exception::exc;
use crate::object::Value;
use crate::vm::{Args, PyResult, Vm};

fn this_str(args: &Args) -> Rc<str> {
    match args.pos.first() {
        Some(Value::Str(s)) => s.clone(),
        _ => Rc::from(""),
    }
}

/// `str.istitle()`: uppercase characters only after uncased ones, lowercase only after cased
/// ones, and at least one cased character.
pub fn s_istitle(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    Ok(Value::Bool(is_titlecased(
        s.chars().map(|c| (c.is_uppercase(), c.is_lowercase())),
    )))
}

/// The `istitle()` rule over (is upper case, is lower case) flags, one per character or
/// byte: upper case only after uncased, lower case only after cased, and something cased.
pub(super) fn is_titlecased(flags: impl Iterator<Item = (bool, bool)>) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for (upper, lower) in flags {
        if upper || lower {
            if upper == previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// `str.expandtabs(tabsize=8)`: tabs to spaces up to the next multiple of `tabsize`; the column
/// restarts after `\n` and `\r`.
pub fn s_expandtabs(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    let size = match a
        .pos
        .get(1)
        .or_else(|| a.kw.iter().find(|(k, _)| &**k == "tabsize").map(|(_, v)| v))
    {
        None => 8,
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        Some(other) => return Err(crate::object::exception::not_an_integer(&other.type_name())),
    };
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

/// `str.splitlines(keepends=False)` with every line boundary CPython knows.
pub fn s_splitlines(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    let keep = match a.pos.get(1).or_else(|| {
        a.kw.iter()
            .find(|(k, _)| &**k == "keepends")
            .map(|(_, v)| v)
    }) {
        Some(Value::Bool(b)) => *b,
        Some(Value::Int(i)) => *i != 0,
        _ => false,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = i + 1;
            if c == '\r' && chars.get(i + 1) == Some(&'\n') {
                end += 1;
            }
            let line_end = if keep { end } else { i };
            out.push(Value::string(chars[start..line_end].iter().collect()));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        out.push(Value::string(chars[start..].iter().collect()));
    }
    Ok(Value::list(out))
}

/// The optional `start`/`end` arguments at positions `i`, `i+1`, clamped as slice bounds.
fn bounds(a: &Args, i: usize, len: usize) -> PyResult<(usize, usize, bool)> {
    let get = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(Value::Int(n)) => Ok(*n),
            Some(Value::Bool(b)) => Ok(*b as i64),
            Some(other) => Err(exc(
                "TypeError",
                format!(
                    "slice indices must be integers or None or have an __index__ method, not {}",
                    other.type_name()
                ),
            )),
        }
    };
    let n = len as i64;
    let adjust = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let raw_start = get(a.pos.get(i), 0)?;
    let start = adjust(raw_start);
    let end = adjust(get(a.pos.get(i + 1), n)?);
    // CPython: a start beyond the string finds nothing, not even "".
    let start_past_end = raw_start > n;
    Ok((start as usize, end as usize, start_past_end))
}

/// The characters of `s` between the optional bounds, and where they start (`s` itself,
/// not copied, when no bound is given).
fn window<'s>(a: &Args, s: &'s str, i: usize) -> PyResult<Option<(Cow<'s, str>, usize)>> {
    if a.pos.len() <= i {
        return Ok(Some((Cow::Borrowed(s), 0)));
    }
    let chars: Vec<char> = s.chars().collect();
    let (start, end, past) = bounds(a, i, chars.len())?;
    if past || start > end {
        return Ok(None);
    }
    Ok(Some((
        Cow::Owned(chars[start..end].iter().collect()),
        start,
    )))
}

fn need_sub(a: &Args, method: &str) -> PyResult<Rc<str>> {
    match a.pos.get(1) {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(exc(
            "TypeError",
            format!("must be str, not {}", other.type_name()),
        )),
        None => Err(exc(
            "TypeError",
            format!("{method}() takes at least 1 argument (0 given)"),
        )),
    }
}

fn find_in(a: &Args, method: &str, right: bool) -> PyResult<i64> {
    let s = this_str(a);
    let sub = need_sub(a, method)?;
    let Some((w, offset)) = window(a, &s, 2)? else {
        return Ok(-1);
    };
    let hit = if right { w.rfind(&*sub) } else { w.find(&*sub) };
    Ok(hit.map_or(-1, |b| (w[..b].chars().count() + offset) as i64))
}

/// `str.find(sub[, start[, end]])`.
pub fn s_find(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(find_in(&a, "find", false)?))
}
/// `str.rfind(sub[, start[, end]])`.
pub fn s_rfind(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(find_in(&a, "rfind", true)?))
}
/// `str.index(sub[, start[, end]])`.
pub fn s_index(_: &mut Vm, a: Args) -> PyResult<Value> {
    match find_in(&a, "index", false)? {
        -1 => Err(exc("ValueError", "substring not found")),
        i => Ok(Value::Int(i)),
    }
}
/// `str.rindex(sub[, start[, end]])`.
pub fn s_rindex(_: &mut Vm, a: Args) -> PyResult<Value> {
    match find_in(&a, "rindex", true)? {
        -1 => Err(exc("ValueError", "substring not found")),
        i => Ok(Value::Int(i)),
    }
}
/// `str.count(sub[, start[, end]])`.
pub fn s_count(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    let sub = need_sub(&a, "count")?;
    let Some((w, _)) = window(&a, &s, 2)? else {
        return Ok(Value::Int(0));
    };
    if sub.is_empty() {
        return Ok(Value::Int(w.chars().count() as i64 + 1));
    }
    Ok(Value::Int(w.matches(&*sub).count() as i64))
}

fn affix(a: &Args, start: bool) -> PyResult<Value> {
    let s = this_str(a);
    let name = if start { "startswith" } else { "endswith" };
    let Some(w) = window(a, &s, 2)?.map(|(w, _)| w) else {
        return Ok(Value::Bool(false));
    };
    let check = |p: &str| {
        if start {
            w.starts_with(p)
        } else {
            w.ends_with(p)
        }
    };
    match a.pos.get(1) {
        Some(Value::Str(p)) => Ok(Value::Bool(check(p))),
        Some(Value::Tuple(t)) => {
            for p in t.iter() {
                match p {
                    Value::Str(p) if check(p) => return Ok(Value::Bool(true)),
                    Value::Str(_) => {}
                    other => {
                        return Err(exc(
                            "TypeError",
                            format!(
                                "tuple for {name} must only contain str, not {}",
                                other.type_name()
                            ),
                        ))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        Some(other) => Err(exc(
            "TypeError",
            format!(
                "{name} first arg must be str or a tuple of str, not {}",
                other.type_name()
            ),
        )),
        None => Err(exc(
            "TypeError",
            format!("{name}() takes at least 1 argument (0 given)"),
        )),
    }
}
/// `str.startswith(prefix[, start[, end]])`.
pub fn s_startswith(_: &mut Vm, a: Args) -> PyResult<Value> {
    affix(&a, true)
}
/// `str.endswith(suffix[, start[, end]])`.
pub fn s_endswith(_: &mut Vm, a: Args) -> PyResult<Value> {
    affix(&a, false)
}
