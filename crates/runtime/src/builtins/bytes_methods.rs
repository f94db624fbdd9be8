//! Methods of `bytes` (decode, hex, startswith/endswith, splitting, stripping, case) and
//! `str.encode`, with CPython 3.12's argument errors; the others are in `bytes_more`.

use std::rc::Rc;

use super::method_arity;
use crate::object::bytes::{self as b, bytes_from_vec, Codec, ErrorMode};
use crate::object::exception::exc;
use crate::object::{NativeFunction, NativeImpl, TypeObject, Value};
use crate::vm::{Args, PyResult, Vm};

type M = fn(&mut Vm, Args) -> PyResult<Value>;

/// ASCII whitespace as `bytes.split()`/`strip()` see it.
const WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";

/// The receiver's bytes.
pub(super) fn this(a: &Args) -> Rc<[u8]> {
    match a.pos.first() {
        Some(Value::Bytes(d)) => d.clone(),
        _ => Rc::from(&b""[..]),
    }
}

/// A bytes-like argument, or CPython's "a bytes-like object is required, not 'str'".
pub(super) fn bytes_arg(v: &Value) -> PyResult<Rc<[u8]>> {
    match v {
        Value::Bytes(d) => Ok(d.clone()),
        other => Err(exc(
            "TypeError",
            format!(
                "a bytes-like object is required, not '{}'",
                other.type_name()
            ),
        )),
    }
}

fn str_kwarg(a: &Args, pos: usize, name: &str, method: &str) -> PyResult<Option<Rc<str>>> {
    match a.pos.get(pos).cloned().or_else(|| a.kwarg(name)) {
        None => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s)),
        Some(Value::None) => Err(exc(
            "TypeError",
            format!("{method}() argument '{name}' must be str, not None"),
        )),
        Some(other) => Err(exc(
            "TypeError",
            format!(
                "{method}() argument '{name}' must be str, not {}",
                other.type_name()
            ),
        )),
    }
}

fn codec_args(a: &Args, method: &str) -> PyResult<(Codec, ErrorMode)> {
    let codec = match str_kwarg(a, 1, "encoding", method)? {
        Some(n) => b::lookup_codec(&n)?,
        None => Codec::Utf8,
    };
    let mode = match str_kwarg(a, 2, "errors", method)? {
        Some(n) => b::error_mode(&n),
        None => ErrorMode::Strict,
    };
    Ok((codec, mode))
}

/// `str(object='', encoding=..., errors=...)`: the object's str, or with an encoding or
/// errors, the bytes object decoded (CPython's errors for anything else).
pub fn construct_str(vm: &mut Vm, args: &Args) -> PyResult<crate::vm::Flow> {
    if args.pos.len() > 3 {
        return Err(exc(
            "TypeError",
            format!("str() takes at most 3 arguments ({} given)", args.pos.len()),
        ));
    }
    const PARAMS: &[(&str, Option<usize>)] = &[
        ("object", Some(1)),
        ("encoding", Some(2)),
        ("errors", Some(3)),
    ];
    let keywords = args.kw.iter().map(|(k, _)| &**k);
    if let Some(message) =
        super::method_args::named_keyword_refusal("str", PARAMS, args.pos.len(), keywords)
    {
        return Err(exc("TypeError", message));
    }
    let object = args.pos.first().cloned().or_else(|| args.kwarg("object"));
    let decoding =
        args.pos.len() > 1 || args.kwarg("encoding").is_some() || args.kwarg("errors").is_some();
    if !decoding {
        return match object {
            None => Ok(crate::vm::Flow::Value(Value::str(""))),
            Some(v) => vm.str_flow(&v),
        };
    }
    let (codec, mode) = codec_args(args, "str")?;
    match object {
        None => Ok(crate::vm::Flow::Value(Value::str(""))),
        Some(Value::Bytes(data)) => Ok(crate::vm::Flow::Value(Value::string(b::decode(
            &data, codec, mode,
        )?))),
        Some(Value::Str(_)) => Err(exc("TypeError", "decoding str is not supported")),
        Some(other) => Err(exc(
            "TypeError",
            format!(
                "decoding to str: need a bytes-like object, {} found",
                other.type_name()
            ),
        )),
    }
}

fn decode(_: &mut Vm, a: Args) -> PyResult<Value> {
    let (codec, mode) = codec_args(&a, "decode")?;
    Ok(Value::string(b::decode(&this(&a), codec, mode)?))
}

/// `str.encode(encoding="utf-8", errors="strict")`.
pub fn str_encode(_: &mut Vm, a: Args) -> PyResult<Value> {
    let (codec, mode) = codec_args(&a, "encode")?;
    let s = a.pos.first().and_then(|v| v.as_str()).unwrap_or("");
    Ok(bytes_from_vec(b::encode(s, codec, mode)?))
}

fn hex(_: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(&a);
    Ok(Value::string(
        d.iter().map(|x| format!("{x:02x}")).collect(),
    ))
}

/// Where `needle` first (or last) occurs in `hay`.
pub(super) fn find_sub(hay: &[u8], needle: &[u8], from_right: bool) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let positions = 0..=hay.len() - needle.len();
    if from_right {
        positions
            .rev()
            .find(|&i| &hay[i..i + needle.len()] == needle)
    } else {
        positions
            .into_iter()
            .find(|&i| &hay[i..i + needle.len()] == needle)
    }
}

fn affix_check(vm: &mut Vm, a: &Args, start: bool) -> PyResult<Value> {
    let whole = this(a);
    let name = if start { "startswith" } else { "endswith" };
    // The optional start/end bound the part compared, as slice indices.
    let (lo, hi, empty) = super::bytes_more::search_bounds(vm, a, whole.len())?;
    let d: &[u8] = if empty { &[] } else { &whole[lo..hi] };
    let check = |p: &[u8]| {
        if empty {
            false
        } else if start {
            d.starts_with(p)
        } else {
            d.ends_with(p)
        }
    };
    let bad = |other: &Value| {
        exc(
            "TypeError",
            format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                other.type_name()
            ),
        )
    };
    match a.pos.get(1) {
        Some(Value::Bytes(p)) => Ok(Value::Bool(check(p))),
        Some(Value::Tuple(t)) => {
            for p in t.iter() {
                match p {
                    Value::Bytes(p) if check(p) => return Ok(Value::Bool(true)),
                    Value::Bytes(_) => {}
                    other => {
                        return Err(exc(
                            "TypeError",
                            format!(
                                "a bytes-like object is required, not '{}'",
                                other.type_name()
                            ),
                        ))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        Some(other) => Err(bad(other)),
        None => Err(exc(
            "TypeError",
            format!("{name}() takes at least 1 argument (0 given)"),
        )),
    }
}

fn startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix_check(vm, &a, true)
}

fn endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix_check(vm, &a, false)
}

fn split_parts(d: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> PyResult<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(exc("ValueError", "empty separator"));
            }
            let mut rest = d;
            while out.len() < limit {
                match find_sub(rest, sep, false) {
                    Some(p) => {
                        out.push(rest[..p].to_vec());
                        rest = &rest[p + sep.len()..];
                    }
                    None => break,
                }
            }
            out.push(rest.to_vec());
        }
        None => {
            let mut i = 0;
            loop {
                while i < d.len() && WHITESPACE.contains(&d[i]) {
                    i += 1;
                }
                if i >= d.len() {
                    break;
                }
                if out.len() == limit {
                    out.push(d[i..].to_vec());
                    break;
                }
                let start = i;
                while i < d.len() && !WHITESPACE.contains(&d[i]) {
                    i += 1;
                }
                out.push(d[start..i].to_vec());
            }
        }
    }
    Ok(out)
}

fn split(_: &mut Vm, a: Args) -> PyResult<Value> {
    let sep = match a.pos.get(1).cloned().or_else(|| a.kwarg("sep")) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(&v)?),
    };
    let maxsplit = match a.pos.get(2).cloned().or_else(|| a.kwarg("maxsplit")) {
        Some(Value::Int(i)) => i,
        Some(other) => return Err(crate::object::exception::not_an_integer(&other.type_name())),
        None => -1,
    };
    let parts = split_parts(&this(&a), sep.as_deref(), maxsplit)?;
    Ok(Value::list(parts.into_iter().map(bytes_from_vec).collect()))
}

fn splitlines(_: &mut Vm, a: Args) -> PyResult<Value> {
    let keepends = a.pos.get(1).cloned().or_else(|| a.kwarg("keepends"));
    let keep = matches!(keepends, Some(Value::Bool(true)))
        || matches!(keepends, Some(Value::Int(n)) if n != 0);
    let d = this(&a);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        let eol = match d[i] {
            b'\n' => 1,
            b'\r' if d.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        out.push(bytes_from_vec(d[start..end].to_vec()));
        i += eol;
        start = i;
    }
    if start < d.len() {
        out.push(bytes_from_vec(d[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn strip_impl(a: &Args, left: bool, right: bool) -> PyResult<Value> {
    let d = this(a);
    let chars: Vec<u8> = match a.pos.get(1) {
        None | Some(Value::None) => WHITESPACE.to_vec(),
        Some(v) => bytes_arg(v)?.to_vec(),
    };
    let (mut s, mut e) = (0, d.len());
    if left {
        while s < e && chars.contains(&d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && chars.contains(&d[e - 1]) {
            e -= 1;
        }
    }
    Ok(bytes_from_vec(d[s..e].to_vec()))
}

fn strip(_: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(&a, true, true)
}

fn lstrip(_: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(&a, true, false)
}

fn rstrip(_: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(&a, false, true)
}

fn join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("bytes.join", &a, 1, 1)?;
    let sep = this(&a);
    let items = vm.iterate_nested(&a.pos[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match it {
            Value::Bytes(d) => out.extend_from_slice(d),
            other => {
                return Err(exc(
                    "TypeError",
                    format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        other.type_name()
                    ),
                ))
            }
        }
    }
    vm.check_size(out.len())?;
    Ok(bytes_from_vec(out))
}

fn replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_arity("replace", &a, 2, 3)?;
    let d = this(&a);
    let old = bytes_arg(&a.pos[1])?;
    let new = bytes_arg(&a.pos[2])?;
    let mut limit = match a.pos.get(3) {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        _ => usize::MAX,
    };
    let mut out = Vec::with_capacity(d.len());
    let mut i = 0;
    if old.is_empty() {
        while limit > 0 && i <= d.len() {
            out.extend_from_slice(&new);
            if i < d.len() {
                out.push(d[i]);
            }
            i += 1;
            limit -= 1;
        }
        if i <= d.len() {
            out.extend_from_slice(&d[i.min(d.len())..]);
        }
    } else {
        while limit > 0 {
            match find_sub(&d[i..], &old, false) {
                Some(p) => {
                    out.extend_from_slice(&d[i..i + p]);
                    out.extend_from_slice(&new);
                    i += p + old.len();
                    limit -= 1;
                }
                None => break,
            }
        }
        out.extend_from_slice(&d[i..]);
    }
    vm.check_size(out.len())?;
    Ok(bytes_from_vec(out))
}

fn upper(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(bytes_from_vec(this(&a).to_ascii_uppercase()))
}

fn lower(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(bytes_from_vec(this(&a).to_ascii_lowercase()))
}

fn predicate(a: &Args, f: fn(&u8) -> bool) -> Value {
    let d = this(a);
    Value::Bool(!d.is_empty() && d.iter().all(f))
}

fn isdigit(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(predicate(&a, u8::is_ascii_digit))
}

fn isalpha(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(predicate(&a, u8::is_ascii_alphabetic))
}

fn isspace(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(predicate(&a, |c| WHITESPACE.contains(c)))
}

/// Installs the methods on the `bytes` type and `str.encode`.
pub fn install(bytes: &Rc<TypeObject>, str_type: &Rc<TypeObject>) {
    let methods: &[(&'static str, M)] = &[
        ("decode", decode),
        ("hex", hex),
        ("find", super::bytes_more::find),
        ("rfind", super::bytes_more::rfind),
        ("index", super::bytes_more::index),
        ("rindex", super::bytes_more::rindex),
        ("count", super::bytes_more::count),
        ("partition", super::bytes_more::partition),
        ("rpartition", super::bytes_more::rpartition),
        ("rsplit", super::bytes_more::rsplit),
        ("removeprefix", super::bytes_more::removeprefix),
        ("removesuffix", super::bytes_more::removesuffix),
        ("center", super::bytes_more::center),
        ("ljust", super::bytes_more::ljust),
        ("rjust", super::bytes_more::rjust),
        ("zfill", super::bytes_more::zfill),
        ("capitalize", super::bytes_more::capitalize),
        ("title", super::bytes_more::title),
        ("swapcase", super::bytes_more::swapcase),
        ("isalnum", super::bytes_more::isalnum),
        ("isascii", super::bytes_more::isascii),
        ("islower", super::bytes_more::islower),
        ("isupper", super::bytes_more::isupper),
        ("istitle", super::bytes_more::istitle),
        ("expandtabs", super::bytes_more::expandtabs),
        ("fromhex", super::bytes_more::fromhex),
        ("maketrans", super::bytes_more::maketrans),
        ("translate", super::bytes_more::translate),
        ("startswith", startswith),
        ("endswith", endswith),
        ("split", split),
        ("splitlines", splitlines),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("join", join),
        ("replace", replace),
        ("upper", upper),
        ("lower", lower),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isspace", isspace),
    ];
    for (name, f) in methods {
        bytes.set_attr(
            name,
            NativeFunction::method("bytes", name, NativeImpl::Plain(*f)),
        );
    }
    str_type.set_attr(
        "encode",
        NativeFunction::method("str", "encode", NativeImpl::Plain(str_encode)),
    );
}

/// `bytes(...)`: from nothing, a size, an iterable of ints, bytes, or a str with an encoding.
pub fn construct(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() > 3 {
        return Err(exc(
            "TypeError",
            format!(
                "bytes() takes at most 3 arguments ({} given)",
                args.pos.len()
            ),
        ));
    }
    let source = args.pos.first().cloned().or_else(|| args.kwarg("source"));
    let has_encoding = args.pos.len() > 1 || args.kwarg("encoding").is_some();
    let has_errors = args.pos.len() > 2 || args.kwarg("errors").is_some();
    match source {
        Some(Value::Str(s)) => {
            if !has_encoding {
                return Err(exc("TypeError", "string argument without an encoding"));
            }
            let enc_args = Args::new(vec![Value::Str(s)]);
            let mut enc_args = enc_args;
            enc_args.pos.extend(args.pos.iter().skip(1).cloned());
            enc_args.kw.clone_from(&args.kw);
            let (codec, mode) = codec_args(&enc_args, "bytes")?;
            let text = enc_args.pos[0].as_str().unwrap_or("").to_string();
            return Ok(bytes_from_vec(b::encode(&text, codec, mode)?));
        }
        _ if has_encoding => {
            return Err(exc("TypeError", "encoding without a string argument"));
        }
        _ if has_errors => {
            return Err(exc("TypeError", "errors without a string argument"));
        }
        _ => {}
    }
    Ok(match source {
        None => bytes_from_vec(Vec::new()),
        Some(v @ Value::Bytes(_)) => v,
        Some(Value::Int(n)) => {
            if n < 0 {
                return Err(exc("ValueError", "negative count"));
            }
            vm.check_size(n as usize)?;
            bytes_from_vec(vec![0; n as usize])
        }
        Some(Value::Bool(x)) => bytes_from_vec(vec![0; x as usize]),
        Some(
            v @ (Value::List(_)
            | Value::Tuple(_)
            | Value::Range(_)
            | Value::Set(_)
            | Value::Dict(_)
            | Value::Iter(_)
            | Value::Gen(_)
            | Value::Instance(_)),
        ) => {
            let items = vm.iterate_nested(&v).map_err(|e| {
                if matches!(v, Value::Instance(_)) {
                    exc(
                        "TypeError",
                        format!("cannot convert '{}' object to bytes", v.type_name()),
                    )
                } else {
                    e
                }
            })?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                out.push(b::byte_from_value(it)?);
            }
            bytes_from_vec(out)
        }
        Some(other) => {
            return Err(exc(
                "TypeError",
                format!("cannot convert '{}' object to bytes", other.type_name()),
            ))
        }
    })
}
