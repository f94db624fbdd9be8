//! The Python side of file objects: the classes `_io.TextIOWrapper`, `_io.BufferedReader`,
//! `_io.BufferedWriter` and `io.UnsupportedOperation`, their methods and reprs, the built-in
//! `open()` and the `io` module.

use std::cell::RefCell;
use std::rc::Rc;

use super::file::{Access, FileHandle};
use crate::asyncio::types::new_class;
use crate::object::exception::{attribute_error, exc};
use crate::object::{
    builtin_types, Instance, Module, NativeFunction, NativeImpl, Payload, TypeKind, TypeObject,
    Value,
};
use crate::vm::{Args, PyResult, Vm};

/// The classes of file objects and the `io` exception.
pub struct IoTypes {
    /// Text files.
    pub text: Rc<TypeObject>,
    /// Binary files opened for reading.
    pub reader: Rc<TypeObject>,
    /// Binary files opened for writing or appending.
    pub writer: Rc<TypeObject>,
    /// `io.UnsupportedOperation` (an OSError and a ValueError, as in CPython).
    pub unsupported_operation: Rc<TypeObject>,
}

/// The file methods the playground names as unsupported.
pub const UNSUPPORTED_METHODS: [&str; 7] = [
    "seek", "tell", "truncate", "fileno", "readinto", "buffer", "detach",
];

type Plain = fn(&mut Vm, Args) -> PyResult<Value>;

fn def(t: &Rc<TypeObject>, owner: &'static str, name: &'static str, f: Plain) {
    t.set_attr(
        name,
        NativeFunction::method(owner, name, NativeImpl::Plain(f)),
    );
}

fn prop(t: &Rc<TypeObject>, owner: &'static str, name: &'static str, f: Plain) {
    let getter = NativeFunction::method(owner, name, NativeImpl::Plain(f));
    t.set_attr(
        name,
        Value::Instance(Instance::new(
            builtin_types().property.clone(),
            Payload::Property {
                fget: getter,
                fset: Value::None,
                fdel: Value::None,
            },
        )),
    );
}

fn build() -> IoTypes {
    let b = builtin_types();
    let object = std::slice::from_ref(&b.object);
    let text = new_class("TextIOWrapper", "_io", object, TypeKind::Native);
    let reader = new_class("BufferedReader", "_io", object, TypeKind::Native);
    let writer = new_class("BufferedWriter", "_io", object, TypeKind::Native);
    let unsupported_operation = new_class(
        "UnsupportedOperation",
        "io",
        &[b.exc("OSError"), b.exc("ValueError")],
        TypeKind::BaseException,
    );
    for (t, owner) in [
        (&text, "TextIOWrapper"),
        (&reader, "BufferedReader"),
        (&writer, "BufferedWriter"),
    ] {
        def(t, owner, "read", read);
        def(t, owner, "readline", readline);
        def(t, owner, "readlines", readlines);
        def(t, owner, "write", write);
        def(t, owner, "writelines", writelines);
        def(t, owner, "flush", flush);
        def(t, owner, "close", close);
        def(t, owner, "readable", readable);
        def(t, owner, "writable", writable);
        def(t, owner, "__enter__", enter);
        def(t, owner, "__exit__", exit);
        def(t, owner, "__iter__", enter);
        def(t, owner, "__next__", next);
        def(t, owner, "__repr__", repr);
        def(t, owner, "__getattr__", getattr);
        prop(t, owner, "name", name);
        prop(t, owner, "mode", mode);
        prop(t, owner, "closed", closed);
    }
    IoTypes {
        text,
        reader,
        writer,
        unsupported_operation,
    }
}

thread_local! {
    static TYPES: Rc<IoTypes> = Rc::new(build());
}

/// The file classes of this thread.
pub fn io_types() -> Rc<IoTypes> {
    TYPES.with(|t| t.clone())
}

/// Wraps a handle into a file object of the right class.
pub fn file_object(handle: FileHandle) -> Value {
    let t = io_types();
    let class = match (handle.binary, handle.access) {
        (false, _) => t.text.clone(),
        (true, Access::Read) => t.reader.clone(),
        (true, _) => t.writer.clone(),
    };
    Value::Instance(Instance::new(
        class,
        Payload::Native(RefCell::new(Box::new(handle))),
    ))
}

/// Runs `f` on the handle behind a file object (and the run's file system).
fn with_handle<R>(v: &Value, f: impl FnOnce(&mut FileHandle) -> PyResult<R>) -> PyResult<R> {
    if let Value::Instance(i) = v {
        if let Payload::Native(cell) = &i.payload {
            if let Some(h) = cell.borrow_mut().downcast_mut::<FileHandle>() {
                return f(h);
            }
        }
    }
    Err(exc("TypeError", "descriptor requires a file object"))
}

/// Like `with_handle`, with the run's file system.
fn with_fs<R>(
    vm: &mut Vm,
    v: &Value,
    f: impl FnOnce(&mut FileHandle, &mut super::FileSystem) -> PyResult<R>,
) -> PyResult<R> {
    if let Value::Instance(i) = v {
        if let Payload::Native(cell) = &i.payload {
            if let Some(h) = cell.borrow_mut().downcast_mut::<FileHandle>() {
                return f(h, super::fs(vm));
            }
        }
    }
    Err(exc("TypeError", "descriptor requires a file object"))
}

fn this(a: &Args) -> Value {
    a.pos.first().cloned().unwrap_or(Value::None)
}

/// A size argument: int or None (`None` and negatives mean "all").
fn size_arg(a: &Args, name: &str) -> PyResult<Option<i64>> {
    match a.pos.get(1).cloned().or_else(|| a.kwarg(name)) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(Some(n)),
        Some(Value::Bool(b)) => Ok(Some(b as i64)),
        Some(other) => Err(exc(
            "TypeError",
            format!(
                "argument should be integer or None, not '{}'",
                other.type_name()
            ),
        )),
    }
}

fn read(_: &mut Vm, a: Args) -> PyResult<Value> {
    let size = size_arg(&a, "size")?;
    with_handle(&this(&a), |h| h.read(size))
}

fn readline(_: &mut Vm, a: Args) -> PyResult<Value> {
    let size = size_arg(&a, "size")?;
    with_handle(&this(&a), |h| h.readline(size))
}

fn readlines(_: &mut Vm, a: Args) -> PyResult<Value> {
    let hint = size_arg(&a, "hint")?;
    with_handle(&this(&a), |h| h.readlines(hint)).map(Value::list)
}

fn write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::arity("write", &a, 2, 2)?;
    let data = a.pos[1].clone();
    with_fs(vm, &this(&a), |h, fs| h.write(fs, &data)).map(|n| Value::Int(n as i64))
}

fn writelines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::arity("writelines", &a, 2, 2)?;
    with_handle(&this(&a), |h| h.check_open())?;
    let lines = vm.iterate_nested(&a.pos[1])?;
    for line in &lines {
        with_fs(vm, &this(&a), |h, fs| h.write(fs, line))?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_fs(vm, &this(&a), |h, fs| h.flush(fs)).map(|_| Value::None)
}

fn close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_fs(vm, &this(&a), |h, fs| {
        h.close(fs);
        Ok(Value::None)
    })
}

fn readable(_: &mut Vm, a: Args) -> PyResult<Value> {
    with_handle(&this(&a), |h| h.readable()).map(Value::Bool)
}

fn writable(_: &mut Vm, a: Args) -> PyResult<Value> {
    with_handle(&this(&a), |h| h.writable()).map(Value::Bool)
}

/// `__enter__` and `__iter__`: the file itself (it must be open).
fn enter(_: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a);
    with_handle(&f, |h| h.check_open())?;
    Ok(f)
}

/// `__exit__`: closes; never suppresses the exception.
fn exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    close(vm, Args::new(vec![this(&a)]))
}

fn next(_: &mut Vm, a: Args) -> PyResult<Value> {
    let line = with_handle(&this(&a), |h| h.readline(None))?;
    let empty = match &line {
        Value::Str(s) => s.is_empty(),
        Value::Bytes(d) => d.is_empty(),
        _ => true,
    };
    if empty {
        return Err(crate::object::exception::new_exception(
            builtin_types().exc("StopIteration"),
            vec![],
        ));
    }
    Ok(line)
}

fn repr(_: &mut Vm, a: Args) -> PyResult<Value> {
    with_handle(&this(&a), |h| {
        let name = crate::vm::ops::repr_str(&h.name);
        Ok(Value::string(if h.binary {
            let class = if h.access == Access::Read {
                "BufferedReader"
            } else {
                "BufferedWriter"
            };
            format!("<_io.{class} name={name}>")
        } else {
            format!(
                "<_io.TextIOWrapper name={name} mode={} encoding='UTF-8'>",
                crate::vm::ops::repr_str(&h.mode)
            )
        }))
    })
}

fn getattr(_: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this(&a);
    let name = a.pos.get(1).and_then(|v| v.as_str()).unwrap_or("");
    if UNSUPPORTED_METHODS.contains(&name) {
        return Err(exc(
            "NotImplementedError",
            format!("file.{name}() is not supported in the playground"),
        ));
    }
    Err(attribute_error(
        format!(
            "'{}' object has no attribute '{name}'",
            f.class().display_name()
        ),
        name,
        f.clone(),
    ))
}

fn name(_: &mut Vm, a: Args) -> PyResult<Value> {
    with_handle(&this(&a), |h| Ok(Value::Str(h.name.clone())))
}

fn mode(_: &mut Vm, a: Args) -> PyResult<Value> {
    with_handle(&this(&a), |h| Ok(Value::Str(h.mode.clone())))
}

fn closed(_: &mut Vm, a: Args) -> PyResult<Value> {
    with_handle(&this(&a), |h| Ok(Value::Bool(h.closed)))
}

/// The built-in `open()`.
pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let handle = super::open::open_handle(vm, &args)?;
    Ok(file_object(handle))
}

/// Fills the `io` module: `UnsupportedOperation` and the file classes.
pub fn init_io_module(_vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    let t = io_types();
    m.set(
        "UnsupportedOperation",
        Value::Type(t.unsupported_operation.clone()),
    );
    m.set("TextIOWrapper", Value::Type(t.text.clone()));
    m.set("BufferedReader", Value::Type(t.reader.clone()));
    m.set("BufferedWriter", Value::Type(t.writer.clone()));
    Ok(())
}
