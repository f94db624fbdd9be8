//! `open(file, mode="r", encoding=None, newline=None)`: argument checks and modes as CPython
//! 3.12 words them, the playground's unsupported features as `NotImplementedError`, then the
//! file system operation (must exist / truncate / create).

use std::rc::Rc;

use super::file::{Access, FileHandle};
use crate::object::exception::exc;
use crate::object::Value;
use crate::vm::{Args, PyResult, Vm};

/// The parameters of CPython's `open`, in order.
const PARAMS: [&str; 8] = [
    "file",
    "mode",
    "buffering",
    "encoding",
    "errors",
    "newline",
    "closefd",
    "opener",
];

fn unsupported(feature: String) -> Value {
    exc(
        "NotImplementedError",
        format!("{feature} is not supported in the playground"),
    )
}

/// A checked mode: binary or text, and the access.
#[derive(Debug, PartialEq, Eq)]
pub struct Mode {
    /// `b` in the mode.
    pub binary: bool,
    /// What the handle does.
    pub access: Access,
}

/// Validates a mode string as CPython's `open()` does, then the playground's subset.
pub fn parse_mode(mode: &str) -> PyResult<Mode> {
    let invalid = || exc("ValueError", format!("invalid mode: '{mode}'"));
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(invalid());
        }
        seen.push(c);
    }
    let has = |c| seen.contains(c);
    if has('t') && has('b') {
        return Err(exc("ValueError", "can't have text and binary mode at once"));
    }
    let kinds = ['r', 'w', 'x', 'a'].iter().filter(|c| has(**c)).count();
    if kinds > 1 {
        return Err(exc(
            "ValueError",
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if kinds == 0 {
        return Err(exc(
            "ValueError",
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if has('x') || has('+') {
        return Err(unsupported(format!("open() mode '{mode}'")));
    }
    let access = if has('r') {
        Access::Read
    } else if has('w') {
        Access::Write
    } else {
        Access::Append
    };
    Ok(Mode {
        binary: has('b'),
        access,
    })
}

/// Binds `open`'s arguments by position and keyword (CPython's errors for extra ones).
fn bind_args(args: &Args) -> PyResult<[Option<Value>; 8]> {
    let mut bound: [Option<Value>; 8] = Default::default();
    if args.pos.len() > PARAMS.len() {
        return Err(exc(
            "TypeError",
            format!(
                "open() takes at most 8 arguments ({} given)",
                args.pos.len() + args.kw.len()
            ),
        ));
    }
    for (i, v) in args.pos.iter().enumerate() {
        bound[i] = Some(v.clone());
    }
    for (k, v) in &args.kw {
        let Some(i) = PARAMS.iter().position(|p| **p == **k) else {
            return Err(exc(
                "TypeError",
                format!("'{k}' is an invalid keyword argument for open()"),
            ));
        };
        if bound[i].is_some() {
            return Err(exc(
                "TypeError",
                format!(
                    "argument for open() given by name ('{k}') and position ({})",
                    i + 1
                ),
            ));
        }
        bound[i] = Some(v.clone());
    }
    if bound[0].is_none() {
        return Err(exc(
            "TypeError",
            "open() missing required argument 'file' (pos 1)",
        ));
    }
    Ok(bound)
}

/// The path argument: a str, or the playground's / CPython's error for anything else.
fn path_arg(v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Err(unsupported("open() of a file descriptor".into()))
        }
        Value::Bytes(_) => Err(unsupported("open() of a bytes path".into())),
        other => Err(exc(
            "TypeError",
            format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            ),
        )),
    }
}

/// Opens a file on the run's file system; the handle is not wrapped into a Python object.
pub fn open_handle(vm: &mut Vm, args: &Args) -> PyResult<FileHandle> {
    let bound = bind_args(args)?;
    let path = path_arg(bound[0].as_ref().unwrap_or(&Value::None))?;
    let mode: Rc<str> = match &bound[1] {
        None => Rc::from("r"),
        Some(Value::Str(m)) => m.clone(),
        Some(other) => {
            return Err(exc(
                "TypeError",
                format!(
                    "open() argument 'mode' must be str, not {}",
                    other.type_name()
                ),
            ))
        }
    };
    let parsed = parse_mode(&mode)?;
    match &bound[3] {
        None | Some(Value::None) => {}
        Some(Value::Str(_)) if parsed.binary => {
            return Err(exc(
                "ValueError",
                "binary mode doesn't take an encoding argument",
            ))
        }
        Some(Value::Str(_)) => {}
        Some(other) => {
            return Err(exc(
                "TypeError",
                format!(
                    "open() argument 'encoding' must be str or None, not {}",
                    other.type_name()
                ),
            ))
        }
    }
    for i in [2, 4, 5, 6, 7] {
        let given = match &bound[i] {
            None => false,
            Some(Value::None) => i != 5,
            Some(_) => true,
        };
        if given {
            return Err(unsupported(format!("open() argument '{}'", PARAMS[i])));
        }
    }
    let Some(key) = super::normalize_path(&path) else {
        return Err(super::not_found(&path));
    };
    let fs = super::fs(vm);
    let snapshot: Vec<u8> = match parsed.access {
        Access::Read => match fs.read(key) {
            Some(d) => d.to_vec(),
            None => return Err(super::not_found(&path)),
        },
        Access::Write => {
            fs.truncate(key);
            Vec::new()
        }
        Access::Append => {
            fs.touch(key);
            Vec::new()
        }
    };
    Ok(FileHandle::new(
        key,
        path.clone(),
        mode,
        parsed.binary,
        parsed.access,
        &snapshot,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(e: Value) -> String {
        match e.exc_data() {
            Some(d) => match d.borrow().args.first() {
                Some(Value::Str(s)) => s.to_string(),
                _ => String::new(),
            },
            None => String::new(),
        }
    }

    #[test]
    fn modes_follow_cpython_then_the_playground() {
        assert_eq!(
            parse_mode("rb").ok(),
            Some(Mode {
                binary: true,
                access: Access::Read
            })
        );
        assert_eq!(
            parse_mode("at").ok().map(|m| m.access),
            Some(Access::Append)
        );
        let err = |m: &str| parse_mode(m).err().map(message).unwrap_or_default();
        assert_eq!(err("q"), "invalid mode: 'q'");
        assert_eq!(err("rr"), "invalid mode: 'rr'");
        assert_eq!(
            err("rw"),
            "must have exactly one of create/read/write/append mode"
        );
        assert_eq!(err("rbt"), "can't have text and binary mode at once");
        assert_eq!(
            err("b"),
            "Must have exactly one of create/read/write/append mode and at most one plus"
        );
        assert_eq!(
            err("r+"),
            "open() mode 'r+' is not supported in the playground"
        );
        assert_eq!(
            err("xb"),
            "open() mode 'xb' is not supported in the playground"
        );
    }
}
