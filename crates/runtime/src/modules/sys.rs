//! `sys`: the parts tutorials use. `sys.stdout`/`sys.stderr` are text streams writing to the
//! program's output and diagnostics, `sys.exit()` raises `SystemExit` (handled at the top level
//! as CPython does), the recursion limit can be read and set, and the interpreter facts
//! (`version_info`, `maxsize`, `platform`, `argv`) describe the CPython 3.12 the playground
//! follows.

use std::cell::RefCell;
use std::rc::Rc;

use crate::asyncio::types::new_class;
use crate::builtins::arity;
use crate::object::exception::{exc, new_exception};
use crate::object::{
    builtin_types, Instance, Module, NativeFunction, NativeImpl, Payload, TypeKind, TypeObject,
    Value,
};
use crate::vm::{Args, PyResult, Vm};

/// Which standard stream a `sys.stdout`/`sys.stderr` object writes to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StdStream {
    /// The program's output (the console).
    Stdout,
    /// Diagnostics (shown with tracebacks and warnings).
    Stderr,
}

impl StdStream {
    fn name(self) -> &'static str {
        match self {
            StdStream::Stdout => "<stdout>",
            StdStream::Stderr => "<stderr>",
        }
    }
}

/// The stream behind a standard-stream object, if `v` is one.
pub fn std_stream_of(v: &Value) -> Option<StdStream> {
    if let Value::Instance(i) = v {
        if let Payload::Native(cell) = &i.payload {
            return cell.borrow().downcast_ref::<StdStream>().copied();
        }
    }
    None
}

/// Writes `text` to a standard stream.
pub fn write_std(vm: &mut Vm, stream: StdStream, text: &str) {
    match stream {
        StdStream::Stdout => vm.write_stdout(text),
        StdStream::Stderr => vm.stderr.push_str(text),
    }
}

type Plain = fn(&mut Vm, Args) -> PyResult<Value>;

fn def(t: &Rc<TypeObject>, name: &'static str, f: Plain) {
    t.set_attr(
        name,
        NativeFunction::method("TextIOWrapper", name, NativeImpl::Plain(f)),
    );
}

fn stream_arg(a: &Args) -> PyResult<StdStream> {
    a.pos
        .first()
        .and_then(std_stream_of)
        .ok_or_else(|| exc("TypeError", "descriptor requires a standard stream"))
}

fn write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity("write", &a, 2, 2)?;
    let stream = stream_arg(&a)?;
    match &a.pos[1] {
        Value::Str(s) => {
            write_std(vm, stream, s);
            Ok(Value::Int(s.chars().count() as i64))
        }
        other => Err(exc(
            "TypeError",
            format!("write() argument must be str, not {}", other.type_name()),
        )),
    }
}

fn writelines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity("writelines", &a, 2, 2)?;
    let stream = stream_arg(&a)?;
    for line in vm.iterate_nested(&a.pos[1])? {
        match &line {
            Value::Str(s) => write_std(vm, stream, s),
            other => {
                return Err(exc(
                    "TypeError",
                    format!("write() argument must be str, not {}", other.type_name()),
                ))
            }
        }
    }
    Ok(Value::None)
}

fn no_op(_: &mut Vm, a: Args) -> PyResult<Value> {
    stream_arg(&a)?;
    Ok(Value::None)
}

fn is_false(_: &mut Vm, a: Args) -> PyResult<Value> {
    stream_arg(&a)?;
    Ok(Value::Bool(false))
}

fn is_true(_: &mut Vm, a: Args) -> PyResult<Value> {
    stream_arg(&a)?;
    Ok(Value::Bool(true))
}

fn repr(_: &mut Vm, a: Args) -> PyResult<Value> {
    let stream = stream_arg(&a)?;
    Ok(Value::string(format!(
        "<_io.TextIOWrapper name='{}' mode='w' encoding='utf-8'>",
        stream.name()
    )))
}

fn stream_type() -> Rc<TypeObject> {
    let b = builtin_types();
    let t = new_class(
        "TextIOWrapper",
        "_io",
        std::slice::from_ref(&b.object),
        TypeKind::Native,
    );
    def(&t, "write", write);
    def(&t, "writelines", writelines);
    def(&t, "flush", no_op);
    def(&t, "isatty", is_false);
    def(&t, "writable", is_true);
    def(&t, "readable", is_false);
    def(&t, "__repr__", repr);
    t
}

fn stream_object(t: &Rc<TypeObject>, stream: StdStream) -> Value {
    Value::Instance(Instance::new(
        t.clone(),
        Payload::Native(RefCell::new(Box::new(stream))),
    ))
}

/// `sys.exit([status])` (and the built-in `exit`/`quit`): raises `SystemExit(status)`.
pub fn exit(_: &mut Vm, a: Args) -> PyResult<Value> {
    arity("exit", &a, 0, 1)?;
    Err(new_exception(
        builtin_types().exc("SystemExit"),
        a.pos.into_iter().collect(),
    ))
}

fn getrecursionlimit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity("getrecursionlimit", &a, 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

/// The largest recursion limit the playground accepts: deeper Python stacks would only hit the
/// memory cap later, with a less helpful message.
const MAX_RECURSION_LIMIT: i64 = 100_000;

fn setrecursionlimit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity("setrecursionlimit", &a, 1, 1)?;
    let n = crate::builtins::to_int(vm, &a.pos[0], "setrecursionlimit")?;
    if n < 1 {
        return Err(exc(
            "ValueError",
            "recursion limit must be greater or equal than 1",
        ));
    }
    if n > MAX_RECURSION_LIMIT {
        return Err(exc(
            "ValueError",
            format!("aiterscope: the recursion limit cannot exceed {MAX_RECURSION_LIMIT} in the playground"),
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

/// Fills the `sys` module.
pub fn init(vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    let t = stream_type();
    let stdout = stream_object(&t, StdStream::Stdout);
    let stderr = stream_object(&t, StdStream::Stderr);
    m.set("stdout", stdout.clone());
    m.set("stderr", stderr.clone());
    m.set("__stdout__", stdout);
    m.set("__stderr__", stderr);
    m.set("exit", NativeFunction::value("exit", exit));
    m.set(
        "getrecursionlimit",
        NativeFunction::value("getrecursionlimit", getrecursionlimit),
    );
    m.set(
        "setrecursionlimit",
        NativeFunction::value("setrecursionlimit", setrecursionlimit),
    );
    m.set("argv", Value::list(vec![Value::Str(vm.filename.clone())]));
    m.set("maxsize", Value::Int(i64::MAX));
    m.set("platform", Value::str("linux"));
    m.set("byteorder", Value::str("little"));
    m.set("version", Value::str("3.12.1 (aiterscope)"));
    m.set(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(12),
            Value::Int(1),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    Ok(())
}
