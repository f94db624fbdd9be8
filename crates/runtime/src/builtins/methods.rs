//! Methods of built-in types (str, list, dict, set, tuple, int, float, exceptions, property).

use std::rc::Rc;

use super::str_extra;
use super::str_translate;
use super::{arity, method_arity};
use crate::object::exception::{exc, new_exception};
use crate::object::iter::{DictPart, IterState};
use crate::object::types::BuiltinTypes;
use crate::object::unicode_props;
use crate::object::{
    builtin_types, Dict, Instance, IterObj, NativeFunction, NativeImpl, Payload, SetObj, Value,
};
use crate::vm::{Args, PyResult, Vm};

type M = fn(&mut Vm, Args) -> PyResult<Value>;

fn reg(t: &Rc<crate::object::TypeObject>, owner: &'static str, methods: &[(&'static str, M)]) {
    for (name, f) in methods {
        t.set_attr(
            name,
            NativeFunction::method(owner, name, NativeImpl::Plain(*f)),
        );
    }
}

fn this_str(args: &Args) -> Rc<str> {
    match args.pos.first() {
        Some(Value::Str(s)) => s.clone(),
        _ => Rc::from(""),
    }
}

fn arg_str(args: &Args, i: usize, method: &str) -> PyResult<Option<Rc<str>>> {
    match args.pos.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.clone())),
        Some(_) => Err(exc(
            "TypeError",
            format!("{method} arg must be None or str"),
        )),
    }
}

fn need_str(args: &Args, i: usize, what: &str) -> PyResult<Rc<str>> {
    match args.pos.get(i) {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(exc(
            "TypeError",
            format!("{what}, not {}", other.type_name()),
        )),
        None => Err(exc("TypeError", format!("{what}, not nothing"))),
    }
}

// ----- str -----

/// `s` with its case mapped: an ASCII text by `ascii` in place in the new str's one
/// allocation, any other by `full` (Unicode's mapping).
fn case_mapped(s: &str, ascii: fn(&mut str), full: fn(&str) -> String) -> Value {
    if s.is_ascii() {
        let mut r: Rc<str> = Rc::from(s);
        ascii(Rc::get_mut(&mut r).expect("a new str"));
        return Value::Str(r);
    }
    Value::string(full(s))
}
/// `s.upper()`.
pub(super) fn upper_str(s: &str) -> Value {
    case_mapped(s, str::make_ascii_uppercase, str::to_uppercase)
}
/// `s.lower()`.
pub(super) fn lower_str(s: &str) -> Value {
    case_mapped(s, str::make_ascii_lowercase, str::to_lowercase)
}
fn s_upper(_: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("str.upper", &a, 0, 0)?;
    Ok(upper_str(&this_str(&a)))
}
/// `str.casefold()`: lower case with the full case folding of `ß` (to `ss`).
fn s_casefold(vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("str.casefold", &a, 0, 0)?;
    match s_lower(vm, a)? {
        Value::Str(s) if s.contains('ß') => Ok(Value::string(s.replace('ß', "ss"))),
        other => Ok(other),
    }
}
fn s_lower(_: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("str.lower", &a, 0, 0)?;
    Ok(lower_str(&this_str(&a)))
}
/// `s.strip()` / `lstrip()` / `rstrip()` without characters: CPython's whitespace
/// (`str.isspace`, which has \x1c-\x1f where Rust's has not) removed from the chosen ends;
/// `s` itself when there is none to remove (as CPython returns an exact str unchanged).
pub(super) fn strip_whitespace(s: &Rc<str>, left: bool, right: bool) -> Value {
    let r = match (left, right) {
        (true, true) => s.trim_matches(unicode_props::is_space),
        (true, false) => s.trim_start_matches(unicode_props::is_space),
        _ => s.trim_end_matches(unicode_props::is_space),
    };
    if r.len() == s.len() {
        return Value::Str(s.clone());
    }
    Value::str(r)
}
fn strip_impl(a: &Args, left: bool, right: bool, name: &str) -> PyResult<Value> {
    let s = this_str(a);
    let chars = arg_str(a, 1, name)?;
    let r: &str = match &chars {
        None => return Ok(strip_whitespace(&s, left, right)),
        Some(cs) => {
            let set: Vec<char> = cs.chars().collect();
            let mut r: &str = &s;
            if left {
                r = r.trim_start_matches(|c| set.contains(&c));
            }
            if right {
                r = r.trim_end_matches(|c| set.contains(&c));
            }
            r
        }
    };
    if r.len() == s.len() {
        return Ok(Value::Str(s.clone()));
    }
    Ok(Value::str(r))
}
fn s_strip(_: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(&a, true, true, "strip")
}
fn s_lstrip(_: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(&a, true, false, "lstrip")
}
fn s_rstrip(_: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(&a, false, true, "rstrip")
}
/// The words of an ASCII text between runs of CPython's whitespace (`str.isspace` of an
/// ASCII character: space, \t \n \v \f \r and \x1c-\x1f), each a new str.
fn ascii_words(s: &str) -> Vec<Value> {
    let is_space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f);
    let bytes = s.as_bytes();
    let mut words = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && !is_space(bytes[i]) {
            i += 1;
        }
        if i > start {
            words.push(Value::str(&s[start..i]));
        }
    }
    words
}
fn split_impl(a: &Args, right: bool) -> PyResult<Value> {
    let s = this_str(a);
    let sep = match a.pos.get(1).cloned().or_else(|| a.kwarg("sep")) {
        None | Some(Value::None) => None,
        Some(Value::Str(x)) => Some(x),
        Some(other) => {
            return Err(exc(
                "TypeError",
                format!("must be str or None, not {}", other.type_name()),
            ))
        }
    };
    let maxsplit = match a.pos.get(2).cloned().or_else(|| a.kwarg("maxsplit")) {
        Some(Value::Int(i)) => i,
        Some(Value::Bool(b)) => b as i64,
        None => -1,
        Some(other) => return Err(crate::object::exception::not_an_integer(&other.type_name())),
    };
    // Each piece becomes a str value directly (one allocation each).
    let parts: Vec<Value> = match &sep {
        // Runs of CPython's whitespace (`str.isspace`, which has \x1c-\x1f where Rust's has
        // not) separate the words.
        // An ASCII text splits on its bytes (the same whitespace set, as bytes).
        None if maxsplit < 0 && s.is_ascii() => ascii_words(&s),
        None => {
            let space = unicode_props::is_space;
            let words: Vec<&str> = s.split(space).filter(|w| !w.is_empty()).collect();
            if maxsplit < 0 || (maxsplit as usize) >= words.len() {
                words.into_iter().map(Value::str).collect()
            } else if !right {
                let mut out: Vec<Value> = Vec::new();
                let mut rest: &str = s.trim_start_matches(space);
                for _ in 0..maxsplit {
                    match rest.find(space) {
                        Some(p) => {
                            out.push(Value::str(&rest[..p]));
                            rest = rest[p..].trim_start_matches(space);
                        }
                        None => break,
                    }
                }
                if !rest.is_empty() {
                    out.push(Value::str(rest));
                }
                out
            } else {
                let mut out: Vec<Value> = Vec::new();
                let mut rest: &str = s.trim_end_matches(space);
                for _ in 0..maxsplit {
                    match rest.rfind(space) {
                        Some(p) => {
                            // Past the whitespace character found, whatever its width.
                            let after = p + rest[p..].chars().next().map_or(1, char::len_utf8);
                            out.push(Value::str(&rest[after..]));
                            rest = rest[..p].trim_end_matches(space);
                        }
                        None => break,
                    }
                }
                if !rest.is_empty() {
                    out.push(Value::str(rest));
                }
                out.reverse();
                out
            }
        }
        Some(sep) => {
            if sep.is_empty() {
                return Err(exc("ValueError", "empty separator"));
            }
            if maxsplit < 0 {
                s.split(&**sep).map(Value::str).collect()
            } else if right {
                let mut v: Vec<Value> = s
                    .rsplitn(maxsplit as usize + 1, &**sep)
                    .map(Value::str)
                    .collect();
                v.reverse();
                v
            } else {
                s.splitn(maxsplit as usize + 1, &**sep)
                    .map(Value::str)
                    .collect()
            }
        }
    };
    Ok(Value::list(parts))
}
fn s_split(_: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(&a, false)
}
fn s_rsplit(_: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(&a, true)
}
fn s_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("str.join", &a, 1, 1)?;
    let sep = this_str(&a);
    let items = vm.iterate_nested(&a.pos[1])?;
    // The result's size first (its str items and separators), so it is allocated once.
    let text_len = |v: &Value| match v {
        Value::Str(s) => s.len(),
        Value::Instance(inst) => match inst.builtin_value() {
            Some(Value::Str(s)) => s.len(),
            _ => 0,
        },
        _ => 0,
    };
    let size =
        items.iter().map(text_len).sum::<usize>() + sep.len() * items.len().saturating_sub(1);
    let mut out = String::with_capacity(size);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it {
            Value::Str(s) => out.push_str(s),
            Value::Instance(inst) if matches!(inst.builtin_value(), Some(Value::Str(_))) => {
                if let Some(Value::Str(s)) = inst.builtin_value() {
                    out.push_str(s);
                }
            }
            other => {
                return Err(exc(
                    "TypeError",
                    format!(
                        "sequence item {i}: expected str instance, {} found",
                        other.type_name()
                    ),
                ))
            }
        }
    }
    Ok(Value::string(out))
}
fn s_replace(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    let old = need_str(&a, 1, "replace() argument 1 must be str")?;
    let new = need_str(&a, 2, "replace() argument 2 must be str")?;
    let count = match a.pos.get(3) {
        Some(Value::Int(i)) => *i,
        _ => -1,
    };
    Ok(Value::string(if count < 0 {
        s.replace(&*old, &new)
    } else {
        s.replacen(&*old, &new, count as usize)
    }))
}
fn pad_impl(vm: &mut Vm, a: &Args, how: char) -> PyResult<Value> {
    let s = this_str(a);
    let name = match how {
        '^' => "center",
        '<' => "ljust",
        _ => "rjust",
    };
    let given = a.pos.len().saturating_sub(1);
    if given == 0 {
        return Err(exc(
            "TypeError",
            format!("{name} expected at least 1 argument, got 0"),
        ));
    }
    if given > 2 {
        return Err(exc(
            "TypeError",
            format!("{name} expected at most 2 arguments, got {given}"),
        ));
    }
    let width = match a.pos.get(1) {
        Some(Value::Int(w)) => *w,
        Some(Value::Bool(b)) => *b as i64,
        Some(other) => return Err(crate::object::exception::not_an_integer(&other.type_name())),
        None => 0,
    };
    let fill = match a.pos.get(2) {
        Some(Value::Str(f)) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
        Some(_) => {
            return Err(exc(
                "TypeError",
                "The fill character must be exactly one character long",
            ))
        }
        None => ' ',
    };
    let len = s.chars().count() as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let n = (width - len) as usize;
    vm.check_size(s.len().saturating_add(n.saturating_mul(fill.len_utf8())))?;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    Ok(Value::string(match how {
        '<' => format!("{s}{}", f(n)),
        '>' => format!("{}{s}", f(n)),
        _ => {
            let left = n / 2 + (n & width as usize & 1);
            format!("{}{s}{}", f(left), f(n - left))
        }
    }))
}
fn s_center(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad_impl(vm, &a, '^')
}
fn s_ljust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad_impl(vm, &a, '<')
}
fn s_rjust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad_impl(vm, &a, '>')
}
fn s_zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    let width = match a.pos.get(1) {
        Some(Value::Int(w)) => (*w).max(0) as usize,
        _ => 0,
    };
    let len = s.chars().count();
    if width <= len {
        return Ok(Value::Str(s));
    }
    vm.check_size(s.len().saturating_add(width - len))?;
    let zeros = "0".repeat(width - len);
    Ok(Value::string(if s.starts_with('-') || s.starts_with('+') {
        format!("{}{zeros}{}", &s[..1], &s[1..])
    } else {
        format!("{zeros}{s}")
    }))
}
fn s_title(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    let mut out = String::new();
    let mut prev_alpha = false;
    for c in s.chars() {
        if c.is_alphabetic() {
            if prev_alpha {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_alpha = true;
        } else {
            out.push(c);
            prev_alpha = false;
        }
    }
    Ok(Value::string(out))
}
fn s_capitalize(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    let mut c = s.chars();
    Ok(Value::string(match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
        None => String::new(),
    }))
}
fn s_swapcase(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    Ok(Value::string(
        s.chars()
            .map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<String>()
                } else {
                    c.to_uppercase().collect()
                }
            })
            .collect(),
    ))
}
fn pred(a: &Args, f: fn(char) -> bool) -> Value {
    let s = this_str(a);
    Value::Bool(!s.is_empty() && s.chars().all(f))
}
fn s_isdigit(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(pred(&a, unicode_props::is_digit))
}
fn s_isdecimal(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(pred(&a, unicode_props::is_decimal))
}
fn s_isnumeric(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(pred(&a, unicode_props::is_numeric))
}
fn s_isalpha(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(pred(&a, char::is_alphabetic))
}
fn s_isalnum(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(pred(&a, char::is_alphanumeric))
}
fn s_isspace(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(pred(&a, unicode_props::is_space))
}
fn s_isupper(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    Ok(Value::Bool(
        s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase),
    ))
}
fn s_islower(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    Ok(Value::Bool(
        s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_uppercase),
    ))
}
fn s_isidentifier(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    let mut c = s.chars();
    Ok(Value::Bool(
        c.next().is_some_and(|f| f.is_alphabetic() || f == '_')
            && c.all(|x| x.is_alphanumeric() || x == '_'),
    ))
}
fn s_partition(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    let sep = need_str(&a, 1, "must be str")?;
    Ok(match s.find(&*sep) {
        Some(p) => Value::tuple(vec![
            Value::str(&s[..p]),
            Value::Str(sep.clone()),
            Value::str(&s[p + sep.len()..]),
        ]),
        None => Value::tuple(vec![Value::Str(s.clone()), Value::str(""), Value::str("")]),
    })
}
fn s_rpartition(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    let sep = need_str(&a, 1, "must be str")?;
    Ok(match s.rfind(&*sep) {
        Some(p) => Value::tuple(vec![
            Value::str(&s[..p]),
            Value::Str(sep.clone()),
            Value::str(&s[p + sep.len()..]),
        ]),
        None => Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(s.clone())]),
    })
}
fn s_removeprefix(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    let p = need_str(&a, 1, "removeprefix() argument must be str")?;
    Ok(Value::str(s.strip_prefix(&*p).unwrap_or(&s)))
}
fn s_removesuffix(_: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    let p = need_str(&a, 1, "removesuffix() argument must be str")?;
    Ok(Value::str(s.strip_suffix(&*p).unwrap_or(&s)))
}
fn s_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this_str(&a);
    let text = format_fields(vm, &s, &a.pos[1..], &FieldNames::Keywords(&a.kw))?;
    Ok(Value::string(text))
}

/// `str.format_map(mapping)`: named fields looked up with `mapping[name]` (so a dict
/// subclass's `__missing__` applies); positional fields are refused.
fn s_format_map(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_arity("str.format_map", &a, 1, 1)?;
    let s = this_str(&a);
    let text = format_fields(vm, &s, &[], &FieldNames::Mapping(&a.pos[1]))?;
    Ok(Value::string(text))
}

/// Where `str.format`'s named fields come from.
enum FieldNames<'a> {
    /// The call's keyword arguments (`format`).
    Keywords(&'a [(Rc<str>, Value)]),
    /// A mapping's items (`format_map`).
    Mapping(&'a Value),
}

impl FieldNames<'_> {
    fn lookup(&self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        match self {
            FieldNames::Keywords(kw) => kw
                .iter()
                .find(|(k, _)| &**k == name)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| {
                    new_exception(builtin_types().exc("KeyError"), vec![Value::str(name)])
                }),
            FieldNames::Mapping(m) => {
                let f = vm.getitem_flow(m, &Value::str(name))?;
                vm.run_flow_nested(f)
            }
        }
    }
}

/// The replacement fields of `s` filled from `pos` and `names` (`str.format`'s engine).
fn format_fields(vm: &mut Vm, s: &str, pos: &[Value], names: &FieldNames) -> PyResult<String> {
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut auto = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let mut j = i + 1;
            let mut depth = 1;
            while j < chars.len() {
                if chars[j] == '{' {
                    depth += 1;
                } else if chars[j] == '}' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(exc("ValueError", "Single '{' encountered in format string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            let (name_conv, spec) = match field.find(':') {
                Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(p) => (
                    name_conv[..p].to_string(),
                    name_conv[p + 1..].chars().next(),
                ),
                None => (name_conv, None),
            };
            let (base, attrs) = match name.find(['.', '[']) {
                Some(p) => (name[..p].to_string(), name[p..].to_string()),
                None => (name.clone(), String::new()),
            };
            let positional = base.is_empty() || base.parse::<usize>().is_ok();
            if positional && matches!(names, FieldNames::Mapping(_)) {
                return Err(exc(
                    "ValueError",
                    "Format string contains positional fields",
                ));
            }
            let mut v = if base.is_empty() {
                let v = pos.get(auto).cloned().ok_or_else(|| {
                    exc(
                        "IndexError",
                        format!("Replacement index {auto} out of range for positional args tuple"),
                    )
                })?;
                auto += 1;
                v
            } else if let Ok(n) = base.parse::<usize>() {
                pos.get(n).cloned().ok_or_else(|| {
                    exc(
                        "IndexError",
                        format!("Replacement index {n} out of range for positional args tuple"),
                    )
                })?
            } else {
                names.lookup(vm, &base)?
            };
            let mut rest = attrs.as_str();
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    v = vm.getattr_nested(&v, &r[..end])?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r.find(']').unwrap_or(r.len());
                    let key = &r[..end];
                    let k = key
                        .parse::<i64>()
                        .map(Value::Int)
                        .unwrap_or_else(|_| Value::str(key));
                    let f = vm.getitem_flow(&v, &k)?;
                    v = vm.run_flow_nested(f)?;
                    rest = r.get(end + 1..).unwrap_or("");
                } else {
                    break;
                }
            }
            let v = match conv {
                Some('r') => Value::string(vm.repr_nested(&v)?),
                Some('s') => Value::string(vm.str_nested(&v)?),
                Some('a') => Value::string(super::ascii_escape(&vm.repr_nested(&v)?)),
                _ => v,
            };
            let spec = if spec.contains('{') {
                format_fields(vm, &spec, pos, names)?
            } else {
                spec
            };
            let f = vm.format_flow(&v, &Value::string(spec))?;
            let r = vm.run_flow_nested(f)?;
            out.push_str(r.as_str().unwrap_or(""));
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(exc("ValueError", "Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

// ----- list -----

fn this_list(a: &Args) -> Rc<std::cell::RefCell<crate::object::Items>> {
    match a.pos.first() {
        Some(Value::List(l)) => l.clone(),
        _ => Rc::new(std::cell::RefCell::new(crate::object::Items::default())),
    }
}
fn l_append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity("list.append", &a, 2, 2).map_err(|_| {
        exc(
            "TypeError",
            format!(
                "list.append() takes exactly one argument ({} given)",
                a.pos.len() - 1
            ),
        )
    })?;
    let l = this_list(&a);
    if l.borrow().len() >= vm.max_alloc {
        return Err(exc(
            "MemoryError",
            "aiterscope: list exceeds the memory cap",
        ));
    }
    vm.check_bytes(0)?;
    l.borrow_mut().push(a.pos[1].clone());
    Ok(Value::None)
}
fn l_extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this_list(&a);
    let items = vm.iterate_nested(a.pos.get(1).unwrap_or(&Value::None))?;
    vm.check_items(l.borrow().len() + items.len())?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}
fn l_insert(_: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this_list(&a);
    let len = l.borrow().len() as i64;
    let i = match a.pos.get(1) {
        Some(Value::Int(i)) => *i,
        _ => return Err(exc("TypeError", "insert expected 2 arguments")),
    };
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.borrow_mut()
        .insert(i as usize, a.pos.get(2).cloned().unwrap_or(Value::None));
    Ok(Value::None)
}
fn l_pop(_: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("pop", &a, 0, 1)?;
    let i = match a.pos.get(1) {
        None => -1,
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        Some(Value::BigInt(_)) => {
            return Err(exc(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            ))
        }
        Some(other) => return Err(crate::object::exception::not_an_integer(&other.type_name())),
    };
    let l = this_list(&a);
    let len = l.borrow().len() as i64;
    if len == 0 {
        return Err(exc("IndexError", "pop from empty list"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(exc("IndexError", "pop index out of range"));
    }
    let v = l.borrow_mut().remove(j as usize);
    Ok(v)
}
fn l_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this_list(&a);
    let x = a.pos.get(1).cloned().unwrap_or(Value::None);
    let items = l.borrow().clone();
    for (i, v) in items.iter().enumerate() {
        if vm.eq_nested(v, &x)? {
            l.borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    Err(exc("ValueError", "list.remove(x): x not in list"))
}
fn seq_index_of(vm: &mut Vm, items: &[Value], x: &Value, what: &str) -> PyResult<Value> {
    for (i, v) in items.iter().enumerate() {
        if vm.eq_nested(v, x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    let r = vm.repr_nested(x)?;
    Err(exc(
        "ValueError",
        if what == "list" {
            format!("{r} is not in list")
        } else {
            "tuple.index(x): x not in tuple".to_string()
        },
    ))
}
fn l_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = this_list(&a).borrow().clone();
    seq_index_of(vm, &items, a.pos.get(1).unwrap_or(&Value::None), "list")
}
fn count_of(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Value> {
    let mut n = 0;
    for v in items {
        if vm.eq_nested(v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
fn l_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = this_list(&a).borrow().clone();
    count_of(vm, &items, a.pos.get(1).unwrap_or(&Value::None))
}
fn l_sort(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this_list(&a);
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let reverse = match a.kwarg("reverse") {
        Some(v) => vm.truthy_nested(&v)?,
        None => false,
    };
    let key = a.kwarg("key").filter(|k| !matches!(k, Value::None));
    let r = super::sort::sort_values(vm, &mut items, key, reverse);
    l.borrow_mut().replace_all(items.take_vec());
    r?;
    Ok(Value::None)
}
fn l_reverse(_: &mut Vm, a: Args) -> PyResult<Value> {
    this_list(&a).borrow_mut().reverse();
    Ok(Value::None)
}
fn l_copy(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::list(this_list(&a).borrow().to_vec()))
}
fn l_clear(_: &mut Vm, a: Args) -> PyResult<Value> {
    this_list(&a).borrow_mut().clear();
    Ok(Value::None)
}

fn t_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = match a.pos.first() {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => vec![],
    };
    seq_index_of(vm, &items, a.pos.get(1).unwrap_or(&Value::None), "tuple")
}
fn t_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("tuple.count", &a, 1, 1)?;
    let items = match a.pos.first() {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => vec![],
    };
    count_of(vm, &items, a.pos.get(1).unwrap_or(&Value::None))
}

// ----- dict -----

fn this_dict(a: &Args) -> Rc<Dict> {
    match a.pos.first() {
        Some(Value::Dict(d)) => d.clone(),
        _ => Rc::new(Dict::new()),
    }
}
fn d_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("get", &a, 1, 2)?;
    let d = this_dict(&a);
    let k = a.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(vm
        .dict_get(&d, &k)?
        .unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or(Value::None)))
}
fn view(a: &Args, part: DictPart) -> Value {
    IterObj::value(IterState::DictView {
        dict: this_dict(a),
        part,
    })
}
fn d_keys(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(view(&a, DictPart::Keys))
}
fn d_values(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(view(&a, DictPart::Values))
}
fn d_items(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(view(&a, DictPart::Items))
}
fn d_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this_dict(&a);
    let k = a.pos.get(1).cloned().unwrap_or(Value::None);
    match vm.dict_del(&d, &k)? {
        Some(v) => Ok(v),
        None => match a.pos.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(new_exception(builtin_types().exc("KeyError"), vec![k])),
        },
    }
}
fn d_popitem(_: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this_dict(&a);
    match d.last_slot().and_then(|i| d.remove_at(i)) {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(exc("KeyError", "popitem(): dictionary is empty")),
    }
}
fn d_setdefault(vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("setdefault", &a, 1, 2)?;
    let d = this_dict(&a);
    let k = a.pos.get(1).cloned().unwrap_or(Value::None);
    if let Some(v) = vm.dict_get(&d, &k)? {
        return Ok(v);
    }
    let v = a.pos.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, k, v.clone())?;
    Ok(v)
}
/// `dict.update(src)` from a mapping or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: &Rc<Dict>, src: &Value) -> PyResult<()> {
    match src {
        Value::Dict(s) => {
            for e in s.entries() {
                vm.dict_set(d, e.key, e.value)?;
            }
        }
        Value::Instance(i) if i.class.borrow().lookup("keys").is_some() => {
            let keys_fn = vm.getattr_nested(src, "keys")?;
            let keys = vm.call_nested(keys_fn, Args::default())?;
            for k in vm.iterate_nested(&keys)? {
                let f = vm.getitem_flow(src, &k)?;
                let v = vm.run_flow_nested(f)?;
                vm.dict_set(d, k, v)?;
            }
        }
        other => {
            let items = vm.iterate_nested(other)?;
            for (i, it) in items.into_iter().enumerate() {
                let pair = match vm.iterate_nested(&it) {
                    Ok(p) => p,
                    Err(_) => {
                        return Err(exc(
                            "TypeError",
                            format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        ),
                        ))
                    }
                };
                if pair.len() != 2 {
                    return Err(exc(
                        "ValueError",
                        format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            pair.len()
                        ),
                    ));
                }
                let mut p = pair.into_iter();
                let (k, v) = (
                    p.next().unwrap_or(Value::None),
                    p.next().unwrap_or(Value::None),
                );
                vm.dict_set(d, k, v)?;
            }
        }
    }
    Ok(())
}
fn d_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this_dict(&a);
    if let Some(src) = a.pos.get(1) {
        dict_update_from(vm, &d, src)?;
    }
    for (k, v) in a.kw {
        vm.dict_set(&d, Value::Str(k), v)?;
    }
    Ok(Value::None)
}
fn d_copy(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Dict(Rc::new((*this_dict(&a)).clone())))
}
fn d_clear(_: &mut Vm, a: Args) -> PyResult<Value> {
    this_dict(&a).clear();
    Ok(Value::None)
}
/// `dict.fromkeys(iterable, value=None)`, a classmethod: the receiver is the class (also when
/// called on an instance). A subclass is instantiated with no arguments and filled through
/// its own `__setitem__`, as CPython does.
fn d_fromkeys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(exc(
            "TypeError",
            "dict.fromkeys() takes no keyword arguments",
        ));
    }
    method_arity("fromkeys", &a, 1, 2)?;
    let cls = match &a.pos[0] {
        Value::Type(t) => t.clone(),
        other => other.class(),
    };
    let keys = vm.iterate_nested(&a.pos[1])?;
    let v = a.pos.get(2).cloned().unwrap_or(Value::None);
    if Rc::ptr_eq(&cls, &builtin_types().dict) {
        let d = Rc::new(Dict::new());
        for k in keys {
            vm.dict_set(&d, k, v.clone())?;
        }
        return Ok(Value::Dict(d));
    }
    let d = vm.call_nested(Value::Type(cls), Args::default())?;
    for k in keys {
        let flow = vm.setitem_flow(&d, k, v.clone())?;
        vm.run_flow_nested(flow)?;
    }
    Ok(d)
}

// ----- set -----

fn this_set(a: &Args) -> Option<Rc<SetObj>> {
    match a.pos.first() {
        Some(Value::Set(s)) => Some(s.clone()),
        _ => None,
    }
}
fn st_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("set.add", &a, 1, 1)?;
    if let Some(s) = this_set(&a) {
        vm.set_add(&s.items, a.pos.get(1).cloned().unwrap_or(Value::None))?;
    }
    Ok(Value::None)
}
/// Discards `k` from `s`; a set key is retried as a frozenset (as CPython does).
fn set_discard_key(vm: &mut Vm, s: &SetObj, k: &Value) -> PyResult<bool> {
    match (k, vm.set_discard(&s.items, k)) {
        (Value::Set(ks), Err(_)) if !ks.frozen => {
            let key = Value::Set(vm.new_set_from(Some(k), true)?);
            vm.set_discard(&s.items, &key)
        }
        (_, r) => r,
    }
}
fn st_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = a.pos.get(1).cloned().unwrap_or(Value::None);
    if let Some(s) = this_set(&a) {
        if !set_discard_key(vm, &s, &k)? {
            return Err(new_exception(builtin_types().exc("KeyError"), vec![k]));
        }
    }
    Ok(Value::None)
}
fn st_discard(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = a.pos.get(1).cloned().unwrap_or(Value::None);
    if let Some(s) = this_set(&a) {
        set_discard_key(vm, &s, &k)?;
    }
    Ok(Value::None)
}
fn st_pop(_: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(s) = this_set(&a) {
        if let Some(k) = s.items.pop() {
            return Ok(k);
        }
    }
    Err(exc("KeyError", "pop from an empty set"))
}
fn st_clear(_: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(s) = this_set(&a) {
        s.items.clear();
    }
    Ok(Value::None)
}
fn st_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(s) = this_set(&a) else {
        return Ok(Value::None);
    };
    if s.frozen {
        return Ok(Value::Set(s));
    }
    let out = vm.new_set_from(Some(&Value::Set(s.clone())), false)?;
    Ok(Value::Set(out))
}
fn st_union(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(s) = this_set(&a) else {
        return Ok(Value::None);
    };
    let out = vm.new_set_from(Some(&Value::Set(s.clone())), s.frozen)?;
    for other in &a.pos[1..] {
        if matches!(other, Value::Set(o) if Rc::ptr_eq(o, &s)) {
            continue;
        }
        vm.set_update_from(&out.items, other)?;
    }
    Ok(Value::Set(out))
}
fn st_intersection(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(s) = this_set(&a) else {
        return Ok(Value::None);
    };
    if a.pos.len() == 1 {
        return Ok(Value::Set(
            vm.new_set_from(Some(&Value::Set(s.clone())), s.frozen)?,
        ));
    }
    let mut acc = s.clone();
    for other in &a.pos[1..] {
        acc = vm.set_intersection(&acc, other, s.frozen)?;
    }
    Ok(Value::Set(acc))
}
fn st_difference(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(s) = this_set(&a) else {
        return Ok(Value::None);
    };
    let Some(first) = a.pos.get(1) else {
        return Ok(Value::Set(
            vm.new_set_from(Some(&Value::Set(s.clone())), s.frozen)?,
        ));
    };
    let out = vm.set_difference(&s, first, s.frozen)?;
    for other in &a.pos[2..] {
        vm.set_difference_update(&out, other)?;
    }
    Ok(Value::Set(out))
}
fn st_symdiff(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(s) = this_set(&a) else {
        return Ok(Value::None);
    };
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Set(
        vm.set_symmetric_difference(&s, &other, s.frozen)?,
    ))
}
fn st_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(s) = this_set(&a) {
        for other in &a.pos[1..] {
            vm.set_update_from(&s.items, other)?;
        }
    }
    Ok(Value::None)
}
fn st_intersection_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(s) = this_set(&a) {
        let mut acc = s.clone();
        for other in &a.pos[1..] {
            acc = vm.set_intersection(&acc, other, false)?;
        }
        if !Rc::ptr_eq(&acc, &s) {
            s.items.swap_bodies(&acc.items);
        }
    }
    Ok(Value::None)
}
fn st_difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(s) = this_set(&a) {
        for other in &a.pos[1..] {
            vm.set_difference_update(&s, other)?;
        }
    }
    Ok(Value::None)
}
fn st_symdiff_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(s) = this_set(&a) {
        let other = a.pos.get(1).cloned().unwrap_or(Value::None);
        vm.set_symmetric_difference_update(&s, &other)?;
    }
    Ok(Value::None)
}
fn st_issubset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(s) = this_set(&a) else {
        return Ok(Value::Bool(false));
    };
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(match &other {
        Value::Set(o) => vm.set_is_subset(&s.items, &o.items)?,
        _ => vm.set_intersection(&s, &other, false)?.items.len() == s.items.len(),
    }))
}
fn st_issuperset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(s) = this_set(&a) else {
        return Ok(Value::Bool(false));
    };
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    if let Value::Set(o) = &other {
        return Ok(Value::Bool(vm.set_is_subset(&o.items, &s.items)?));
    }
    for k in vm.iterate_nested(&other)? {
        if !vm.set_contains(&s.items, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
fn st_isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(s) = this_set(&a) else {
        return Ok(Value::Bool(true));
    };
    for k in vm.iterate_nested(a.pos.get(1).unwrap_or(&Value::None))? {
        if vm.set_contains(&s.items, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

// ----- numbers -----

fn i_bit_length(_: &mut Vm, a: Args) -> PyResult<Value> {
    let i = match a.pos.first() {
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        Some(Value::BigInt(b)) => return Ok(Value::Int(b.bits() as i64)),
        _ => 0,
    };
    Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64))
}
fn f_is_integer(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        matches!(a.pos.first(), Some(Value::Float(f)) if f.fract() == 0.0 && f.is_finite()),
    ))
}

/// `float.as_integer_ratio()`: the exact fraction in lowest terms, denominator positive.
fn f_as_integer_ratio(_: &mut Vm, a: Args) -> PyResult<Value> {
    let x = match a.pos.first() {
        Some(Value::Float(f)) => *f,
        _ => 0.0,
    };
    if x.is_nan() {
        return Err(exc("ValueError", "cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(exc(
            "OverflowError",
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let bits = x.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mantissa, mut exp) = if raw_exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), raw_exp - 1075)
    };
    let tz = (mantissa.trailing_zeros() as i64).min((-exp).max(0));
    mantissa >>= tz;
    exp += tz;
    let mut num = crate::object::bigint::BigInt::from(mantissa);
    if x < 0.0 {
        num = -num;
    }
    let one = crate::object::bigint::BigInt::from(1u8);
    let (num, den) = if exp >= 0 {
        (num << exp as usize, one)
    } else {
        (num, one << (-exp) as usize)
    };
    Ok(Value::tuple(vec![
        crate::object::bigint::normalize(num),
        crate::object::bigint::normalize(den),
    ]))
}

/// `int.as_integer_ratio()`: `(self, 1)`.
fn i_as_integer_ratio(_: &mut Vm, a: Args) -> PyResult<Value> {
    let v = match a.pos.first() {
        Some(Value::Bool(b)) => Value::Int(*b as i64),
        Some(v) => v.clone(),
        None => Value::Int(0),
    };
    Ok(Value::tuple(vec![v, Value::Int(1)]))
}

/// `int.bit_count()`: the number of ones in the absolute value's binary form.
fn i_bit_count(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(match a.pos.first() {
        Some(Value::Int(i)) => i.unsigned_abs().count_ones() as i64,
        Some(Value::Bool(b)) => *b as i64,
        Some(Value::BigInt(b)) => b.magnitude().count_ones() as i64,
        _ => 0,
    }))
}

/// `x.conjugate()` of a real number: the number itself (bools become ints).
fn real_conjugate(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(match a.pos.first() {
        Some(Value::Bool(b)) => Value::Int(*b as i64),
        Some(v) => v.clone(),
        None => Value::None,
    })
}

/// `slice.indices(length)`: the normalized `(start, stop, step)` for a sequence of `length`.
fn slice_indices(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity("indices", &a, 2, 2)?;
    let Value::Slice(s) = &a.pos[0] else {
        return Err(exc(
            "TypeError",
            "descriptor 'indices' requires a 'slice' object",
        ));
    };
    let len = match &a.pos[1] {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        other => return Err(crate::object::exception::not_an_integer(&other.type_name())),
    };
    if len < 0 {
        return Err(exc("ValueError", "length should not be negative"));
    }
    let s = s.clone();
    let (start, stop, step) = vm.slice_indices(&s, len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

fn this_range(a: &Args) -> crate::object::RangeObj {
    match a.pos.first() {
        Some(Value::Range(r)) => **r,
        _ => crate::object::RangeObj {
            start: 0,
            stop: 0,
            step: 1,
        },
    }
}

/// `range.index(value)`: arithmetic for ints, a search by equality otherwise.
fn range_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity("index", &a, 2, 2)?;
    let r = this_range(&a);
    match &a.pos[1] {
        Value::Int(_) | Value::Bool(_) => {
            let v = match a.pos[1] {
                Value::Bool(b) => b as i64,
                Value::Int(i) => i,
                _ => 0,
            };
            r.position(v)
                .map(Value::Int)
                .ok_or_else(|| exc("ValueError", format!("{v} is not in range")))
        }
        x => {
            let items = vm.iterate_nested(&a.pos[0])?;
            for (i, it) in items.iter().enumerate() {
                if vm.eq_nested(it, x)? {
                    return Ok(Value::Int(i as i64));
                }
            }
            Err(exc("ValueError", "sequence.index(x): x not in sequence"))
        }
    }
}

/// `range.count(value)`.
fn range_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity("count", &a, 2, 2)?;
    let r = this_range(&a);
    match &a.pos[1] {
        Value::Int(v) => Ok(Value::Int(r.position(*v).is_some() as i64)),
        Value::Bool(b) => Ok(Value::Int(r.position(*b as i64).is_some() as i64)),
        x => {
            let items = vm.iterate_nested(&a.pos[0])?;
            count_of(vm, &items, x)
        }
    }
}

/// `view.isdisjoint(other)` for keys and items views.
fn view_isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity("isdisjoint", &a, 2, 2)?;
    Ok(Value::Bool(vm.dictview_isdisjoint(&a.pos[0], &a.pos[1])?))
}

// ----- exceptions, object, property -----

fn exc_init(_: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = a.pos.first() {
        if let Payload::Exception(d) = &i.payload {
            d.borrow_mut().args = a.pos[1..].to_vec();
        }
    }
    Ok(Value::None)
}
fn exc_with_traceback(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos.first().cloned().unwrap_or(Value::None))
}
fn exc_add_note(_: &mut Vm, a: Args) -> PyResult<Value> {
    if let (Some(e), Some(Value::Str(n))) = (a.pos.first(), a.pos.get(1)) {
        if let Some(d) = e.exc_data() {
            d.borrow_mut().notes.push(n.clone());
        }
        return Ok(Value::None);
    }
    Err(exc("TypeError", "note must be a str"))
}
fn obj_init(_: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::None)
}
/// `object.__init_subclass__(cls, **kwargs)`: accepts no keywords.
fn obj_init_subclass(_: &mut Vm, a: Args) -> PyResult<Value> {
    let name = match a.pos.first() {
        Some(Value::Type(t)) => t.name.clone(),
        _ => Rc::from("object"),
    };
    crate::vm::class_protocol::object_init_subclass_check(&name, &a.kw)?;
    Ok(Value::None)
}
fn obj_setattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity("__setattr__", &a, 3, 3)?;
    if let (Value::Instance(i), Value::Str(n)) = (&a.pos[0], &a.pos[1]) {
        i.dict.insert(n.clone(), a.pos[2].clone());
        return Ok(Value::None);
    }
    let n = a.pos[1].as_str().unwrap_or("").to_string();
    let f = vm.setattr_flow(&a.pos[0], &n, a.pos[2].clone())?;
    vm.run_flow_nested(f)
}
fn obj_getattribute(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity("__getattribute__", &a, 2, 2)?;
    let n = a.pos[1].as_str().unwrap_or("").to_string();
    vm.getattr_nested(&a.pos[0], &n)
}
fn obj_new(_: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Type(t)) => {
            crate::modules::abc::refuse_abstract(t)?;
            let payload = if t.kind == crate::object::TypeKind::BaseException {
                Payload::Exception(std::cell::RefCell::new(crate::object::ExcData {
                    args: a.pos[1..].to_vec(),
                    ..Default::default()
                }))
            } else {
                Payload::None
            };
            Ok(Value::Instance(Instance::new(t.clone(), payload)))
        }
        _ => Err(exc(
            "TypeError",
            "object.__new__(X): X is not a type object",
        )),
    }
}
fn obj_eq(_: &mut Vm, a: Args) -> PyResult<Value> {
    arity("__eq__", &a, 2, 2)?;
    Ok(if a.pos[0].is(&a.pos[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}
fn obj_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    if v.is_exception() {
        return Ok(Value::string(vm.exception_str(&v)?));
    }
    let f = vm.repr_flow(&v)?;
    vm.run_flow_nested(f)
}
fn obj_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    if let Value::Instance(i) = &v {
        let t = i.class.borrow().clone();
        if v.is_exception() {
            let args = v
                .exc_data()
                .map(|d| d.borrow().args.clone())
                .unwrap_or_default();
            let mut parts = Vec::new();
            for x in &args {
                parts.push(vm.repr_nested(x)?);
            }
            return Ok(Value::string(format!("{}({})", t.name, parts.join(", "))));
        }
        return Ok(Value::string(format!(
            "<{}.{} object at 0x{:x}>",
            t.module,
            t.qualname,
            v.id()
        )));
    }
    Ok(Value::string(vm.repr_nested(&v)?))
}
fn obj_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    if let Value::Instance(_) = &v {
        let id = v.id();
        return Ok(Value::Int((id >> 4) ^ (id << 28)));
    }
    Ok(Value::Int(vm.hash_value(&v)?))
}
/// `property.setter`/`getter`/`deleter`: a copy of the property with one accessor replaced.
fn prop_with(a: &Args, which: usize) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = a.pos.first() {
        if let Payload::Property { fget, fset, fdel } = &i.payload {
            let f = a.pos.get(1).cloned().unwrap_or(Value::None);
            let mut parts = [fget.clone(), fset.clone(), fdel.clone()];
            parts[which] = f;
            let [fget, fset, fdel] = parts;
            let p = Instance::new(
                i.class.borrow().clone(),
                Payload::Property { fget, fset, fdel },
            );
            if let Some(doc) = i.dict.get("__doc__") {
                p.dict.insert(Rc::from("__doc__"), doc);
            }
            return Ok(Value::Instance(p));
        }
    }
    Err(exc("TypeError", "descriptor requires a 'property' object"))
}
fn prop_getter(_: &mut Vm, a: Args) -> PyResult<Value> {
    prop_with(&a, 0)
}
fn prop_setter(_: &mut Vm, a: Args) -> PyResult<Value> {
    prop_with(&a, 1)
}
fn prop_deleter(_: &mut Vm, a: Args) -> PyResult<Value> {
    prop_with(&a, 2)
}
fn super_getattribute(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (Some(Value::Instance(s)), Some(Value::Str(name))) = (a.pos.first(), a.pos.get(1)) else {
        return Err(exc("TypeError", "bad super call"));
    };
    let Payload::Super { this_class, obj } = &s.payload else {
        return Err(exc("TypeError", "bad super call"));
    };
    // CPython's `supercheck`: a class deriving from `this_class` walks its own MRO (class-level
    // super); anything else, a class that is an instance of a metaclass included, walks its
    // type's.
    let class_level = matches!(obj, Value::Type(t) if t.is_subclass(this_class));
    let start_type = match obj {
        Value::Type(t) if class_level => t.clone(),
        other => other.class(),
    };
    let mro = start_type.full_mro();
    let pos = mro
        .iter()
        .position(|t| Rc::ptr_eq(t, this_class))
        .map(|p| p + 1)
        .unwrap_or(mro.len());
    for t in &mro[pos..] {
        let found = t.dict().get(&**name).cloned();
        if let Some(v) = found {
            if class_level {
                return Ok(match &v {
                    Value::Instance(i) => match &i.payload {
                        Payload::ClassMethod(f) => crate::vm::ops::bind_classmethod(f, obj.clone()),
                        Payload::StaticMethod(f) => f.clone(),
                        _ => v,
                    },
                    // `object.__init_subclass__` is an implicit classmethod.
                    Value::Native(n) if &**name == "__init_subclass__" => n.bind(obj.clone()),
                    _ => v,
                });
            }
            if let Value::Instance(p) = &v {
                if let Payload::Property { fget, .. } = &p.payload {
                    return vm.call_nested(fget.clone(), Args::new(vec![obj.clone()]));
                }
            }
            return Ok(crate::vm::ops::bind(v, obj, &start_type));
        }
    }
    Err(crate::object::exception::attribute_error(
        format!("'super' object has no attribute '{name}'"),
        name,
        Value::Instance(s.clone()),
    ))
}

/// Installs the methods of the built-in types.
pub fn install_type_methods(t: &BuiltinTypes) {
    super::subclass::install(t);
    crate::vm::metaclass::install(t);
    reg(
        &t.str,
        "str",
        &[
            ("upper", s_upper),
            ("lower", s_lower),
            ("casefold", s_casefold),
            ("strip", s_strip),
            ("lstrip", s_lstrip),
            ("rstrip", s_rstrip),
            ("split", s_split),
            ("rsplit", s_rsplit),
            ("splitlines", str_extra::s_splitlines),
            ("join", s_join),
            ("replace", s_replace),
            ("startswith", str_extra::s_startswith),
            ("endswith", str_extra::s_endswith),
            ("find", str_extra::s_find),
            ("rfind", str_extra::s_rfind),
            ("index", str_extra::s_index),
            ("rindex", str_extra::s_rindex),
            ("count", str_extra::s_count),
            ("istitle", str_extra::s_istitle),
            ("expandtabs", str_extra::s_expandtabs),
            ("center", s_center),
            ("ljust", s_ljust),
            ("rjust", s_rjust),
            ("zfill", s_zfill),
            ("title", s_title),
            ("capitalize", s_capitalize),
            ("swapcase", s_swapcase),
            ("isdigit", s_isdigit),
            ("isnumeric", s_isnumeric),
            ("isdecimal", s_isdecimal),
            ("isascii", str_translate::s_isascii),
            ("isprintable", str_translate::s_isprintable),
            ("translate", str_translate::s_translate),
            ("isalpha", s_isalpha),
            ("isalnum", s_isalnum),
            ("isspace", s_isspace),
            ("isupper", s_isupper),
            ("islower", s_islower),
            ("isidentifier", s_isidentifier),
            ("partition", s_partition),
            ("rpartition", s_rpartition),
            ("removeprefix", s_removeprefix),
            ("removesuffix", s_removesuffix),
            ("format", s_format),
            ("format_map", s_format_map),
        ],
    );
    reg(&t.slice, "slice", &[("indices", slice_indices)]);
    reg(
        &t.range,
        "range",
        &[("index", range_index), ("count", range_count)],
    );
    for view in ["dict_keys", "dict_items"] {
        reg(
            &t.iter_type(view),
            "dict_keys",
            &[("isdisjoint", view_isdisjoint)],
        );
    }
    t.str.set_attr(
        "maketrans",
        Value::Instance(Instance::new(
            t.staticmethod.clone(),
            Payload::StaticMethod(NativeFunction::method(
                "str",
                "maketrans",
                NativeImpl::Plain(str_translate::s_maketrans),
            )),
        )),
    );
    reg(
        &t.list,
        "list",
        &[
            ("append", l_append),
            ("extend", l_extend),
            ("insert", l_insert),
            ("pop", l_pop),
            ("remove", l_remove),
            ("index", l_index),
            ("count", l_count),
            ("sort", l_sort),
            ("reverse", l_reverse),
            ("copy", l_copy),
            ("clear", l_clear),
        ],
    );
    reg(&t.tuple, "tuple", &[("index", t_index), ("count", t_count)]);
    super::bytes_methods::install(&t.bytes, &t.str);
    reg(
        &t.dict,
        "dict",
        &[
            ("get", d_get),
            ("keys", d_keys),
            ("values", d_values),
            ("items", d_items),
            ("pop", d_pop),
            ("popitem", d_popitem),
            ("setdefault", d_setdefault),
            ("update", d_update),
            ("copy", d_copy),
            ("clear", d_clear),
        ],
    );
    t.dict.set_attr(
        "fromkeys",
        // A classmethod (built from `t`: builtin_types() is not ready while this runs).
        Value::Instance(Instance::new(
            t.classmethod.clone(),
            Payload::ClassMethod(NativeFunction::value("fromkeys", d_fromkeys)),
        )),
    );
    for (ty, owner) in [(&t.set, "set"), (&t.frozenset, "frozenset")] {
        reg(
            ty,
            owner,
            &[
                ("union", st_union),
                ("intersection", st_intersection),
                ("difference", st_difference),
                ("symmetric_difference", st_symdiff),
                ("issubset", st_issubset),
                ("issuperset", st_issuperset),
                ("isdisjoint", st_isdisjoint),
                ("copy", st_copy),
            ],
        );
    }
    reg(
        &t.set,
        "set",
        &[
            ("add", st_add),
            ("remove", st_remove),
            ("discard", st_discard),
            ("pop", st_pop),
            ("clear", st_clear),
            ("update", st_update),
            ("intersection_update", st_intersection_update),
            ("difference_update", st_difference_update),
            ("symmetric_difference_update", st_symdiff_update),
        ],
    );
    reg(
        &t.int,
        "int",
        &[
            ("bit_length", i_bit_length),
            ("bit_count", i_bit_count),
            ("to_bytes", super::int_bytes::to_bytes),
            ("from_bytes", super::int_bytes::from_bytes),
            ("is_integer", super::int_bytes::is_integer),
            ("as_integer_ratio", i_as_integer_ratio),
            ("conjugate", real_conjugate),
        ],
    );
    reg(
        &t.float,
        "float",
        &[
            ("is_integer", f_is_integer),
            ("as_integer_ratio", f_as_integer_ratio),
            ("conjugate", real_conjugate),
        ],
    );
    let base_exc = t.exc("BaseException");
    reg(
        &base_exc,
        "BaseException",
        &[
            ("__init__", exc_init),
            ("with_traceback", exc_with_traceback),
            ("add_note", exc_add_note),
        ],
    );
    reg(
        &t.object,
        "object",
        &[
            ("__init__", obj_init),
            ("__setattr__", obj_setattr),
            ("__init_subclass__", obj_init_subclass),
            ("__getattribute__", obj_getattribute),
            ("__eq__", obj_eq),
            ("__str__", obj_str),
            ("__repr__", obj_repr),
            ("__hash__", obj_hash),
        ],
    );
    t.object
        .set_attr("__new__", NativeFunction::value("__new__", obj_new));
    reg(
        &t.property,
        "property",
        &[
            ("setter", prop_setter),
            ("getter", prop_getter),
            ("deleter", prop_deleter),
        ],
    );
    reg(
        &t.super_,
        "super",
        &[("__getattribute__", super_getattribute)],
    );
    install_gen_methods(t);
    crate::exception_group::install(t);
}

// ----- generators and coroutines -----

fn this_gen(a: &Args) -> PyResult<Rc<crate::object::Generator>> {
    match a.pos.first() {
        Some(Value::Gen(g)) => Ok(g.clone()),
        _ => Err(exc("TypeError", "descriptor requires a generator object")),
    }
}

fn g_send(_: &mut Vm, a: Args) -> PyResult<crate::vm::Flow> {
    let g = this_gen(&a)?;
    if a.pos.len() != 2 {
        return Err(exc(
            "TypeError",
            format!(
                "send() takes exactly one argument ({} given)",
                a.pos.len() - 1
            ),
        ));
    }
    Ok(crate::vm::Flow::Resume {
        gen: g,
        input: crate::vm::ResumeInput::Send(a.pos[1].clone()),
        then: super::gen_result_then(None),
    })
}

fn g_next(_: &mut Vm, a: Args) -> PyResult<crate::vm::Flow> {
    let g = this_gen(&a)?;
    Ok(crate::vm::Flow::Resume {
        gen: g,
        input: crate::vm::ResumeInput::Send(Value::None),
        then: super::gen_result_then(None),
    })
}

/// Normalizes `throw(type[, value])` arguments into an exception instance.
pub fn throw_arg(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(t) = a.pos.get(1) else {
        return Err(exc(
            "TypeError",
            format!(
                "throw expected at least 1 argument, got {}",
                a.pos.len().saturating_sub(1)
            ),
        ));
    };
    match t {
        Value::Type(cls) if cls.kind == crate::object::TypeKind::BaseException => {
            let args = match a.pos.get(2) {
                Some(v) if v.is_exception() => return Ok(v.clone()),
                Some(Value::None) | None => vec![],
                Some(v) => vec![v.clone()],
            };
            let f = vm.instantiate(cls.clone(), Args::new(args))?;
            vm.run_flow_nested(f)
        }
        v if v.is_exception() => Ok(v.clone()),
        other => Err(exc(
            "TypeError",
            format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                other.type_name()
            ),
        )),
    }
}

fn g_throw(vm: &mut Vm, a: Args) -> PyResult<crate::vm::Flow> {
    let g = this_gen(&a)?;
    let e = throw_arg(vm, &a)?;
    Ok(crate::vm::Flow::Resume {
        gen: g,
        input: crate::vm::ResumeInput::Throw(e),
        then: super::gen_result_then(None),
    })
}

fn g_close(_: &mut Vm, a: Args) -> PyResult<crate::vm::Flow> {
    let g = this_gen(&a)?;
    Ok(crate::vm::Flow::Resume {
        gen: g,
        input: crate::vm::ResumeInput::Close,
        then: crate::vm::Then::map(|_, _| Ok(crate::vm::Flow::Value(Value::None))),
    })
}

fn g_iter(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos.first().cloned().unwrap_or(Value::None))
}

/// Installs generator and coroutine methods.
pub fn install_gen_methods(t: &BuiltinTypes) {
    type F = fn(&mut Vm, Args) -> PyResult<crate::vm::Flow>;
    let flows: &[(&'static str, F)] = &[("send", g_send), ("throw", g_throw), ("close", g_close)];
    for (ty, owner) in [(&t.generator, "generator"), (&t.coroutine, "coroutine")] {
        for (name, f) in flows {
            ty.set_attr(
                name,
                NativeFunction::method(owner, name, NativeImpl::Flow(*f)),
            );
        }
    }
    t.generator.set_attr(
        "__next__",
        NativeFunction::method("generator", "__next__", NativeImpl::Flow(g_next)),
    );
    t.generator.set_attr(
        "__iter__",
        NativeFunction::method("generator", "__iter__", NativeImpl::Plain(g_iter)),
    );
    t.coroutine.set_attr(
        "__await__",
        NativeFunction::method("coroutine", "__await__", NativeImpl::Plain(g_iter)),
    );
    crate::asyncgen::install_methods(t);
}
