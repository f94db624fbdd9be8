//! Exception instances: their data and constructors for built-in exceptions.

use std::cell::RefCell;
use std::rc::Rc;

use super::{builtin_types, Instance, Payload, TypeObject, Value};

/// One traceback entry.
#[derive(Clone, Debug)]
pub struct TbEntry {
    /// The code's file name.
    pub filename: Rc<str>,
    /// 1-based line.
    pub line: u32,
    /// The function name (`<module>` for the module).
    pub name: Rc<str>,
}

/// The state of an exception instance.
#[derive(Default)]
pub struct ExcData {
    /// `args`.
    pub args: Vec<Value>,
    /// Traceback entries, innermost first (printing reverses them).
    pub traceback: Vec<TbEntry>,
    /// `__cause__`.
    pub cause: Option<Value>,
    /// `__context__`.
    pub context: Option<Value>,
    /// `__suppress_context__`.
    pub suppress_context: bool,
    /// `__notes__`.
    pub notes: Vec<Rc<str>>,
    /// AttributeError/NameError: the missing name (for "Did you mean" suggestions).
    pub name: Option<Rc<str>>,
    /// AttributeError: the object whose attribute was missing.
    pub obj: Option<Value>,
    /// NameError: the scope the name was looked up in (for suggestions).
    pub name_scope: Option<Box<NameScope>>,
    /// `BaseExceptionGroup` instances: the message and the sub-exceptions (see
    /// `crate::exception_group`).
    pub group: Option<Box<GroupParts>>,
}

/// The fields of an exception group (`message` and the `exceptions` tuple), kept apart from
/// `args` as CPython does (a subclass may pass other args to `BaseException.__init__`).
#[derive(Clone)]
pub struct GroupParts {
    /// `message` (a str).
    pub message: Value,
    /// `exceptions` (a tuple of exception instances).
    pub exceptions: Vec<Value>,
}

/// An AttributeError carrying the name and object (for suggestions).
pub fn attribute_error(msg: String, name: &str, obj: Value) -> Value {
    let e = exc("AttributeError", msg);
    if let Some(d) = e.exc_data() {
        let mut d = d.borrow_mut();
        d.name = Some(Rc::from(name));
        d.obj = Some(obj);
    }
    e
}

/// A NameError carrying the name (for suggestions).
pub fn name_error(name: &str) -> Value {
    let e = exc("NameError", format!("name '{name}' is not defined"));
    if let Some(d) = e.exc_data() {
        d.borrow_mut().name = Some(Rc::from(name));
    }
    e
}

/// Creates an instance of exception class `cls` with the given args.
pub fn new_exception(cls: Rc<TypeObject>, args: Vec<Value>) -> Value {
    let data = ExcData {
        args,
        ..Default::default()
    };
    Value::Instance(Instance::new(cls, Payload::Exception(RefCell::new(data))))
}

/// Creates a built-in exception by type name with a message.
pub fn exc(type_name: &str, msg: impl Into<String>) -> Value {
    let msg = msg.into();
    let t = builtin_types().exc(type_name);
    new_exception(t, vec![Value::string(msg)])
}

/// CPython's TypeError for a value used where an integer index is needed (`'str' object
/// cannot be interpreted as an integer`), naming the value's type.
pub fn not_an_integer(type_name: &str) -> Value {
    exc(
        "TypeError",
        format!("'{type_name}' object cannot be interpreted as an integer"),
    )
}

/// Creates a built-in exception by type name with no args.
pub fn exc_empty(type_name: &str) -> Value {
    new_exception(builtin_types().exc(type_name), vec![])
}

/// True if `v` is an instance of the built-in exception named `type_name` (or a subclass).
pub fn is_exc_instance(v: &Value, type_name: &str) -> bool {
    match v {
        Value::Instance(i) if matches!(i.payload, Payload::Exception(_)) => {
            let t = builtin_types().exc(type_name);
            i.class.borrow().is_subclass(&t)
        }
        _ => false,
    }
}

/// What CPython's NameError suggestions look at in the frame that raised it.
#[derive(Clone)]
pub struct NameScope {
    /// The frame's local variable names (`co_varnames`), in order.
    pub varnames: Vec<Rc<str>>,
    /// The value of the local `self`, if the frame has one bound.
    pub self_value: Option<Value>,
    /// The frame's globals.
    pub globals: Rc<super::Module>,
}
