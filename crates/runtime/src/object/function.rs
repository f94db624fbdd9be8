//! Functions: Python functions, bound methods and native (Rust) functions.

use std::cell::RefCell;
use std::rc::Rc;

use super::{AttrMap, Module, Value};
use crate::compiler::CodeObject;
use crate::vm::{Args, Flow, PyResult, Vm};

/// A closure cell.
pub type CellRef = Rc<RefCell<Option<Value>>>;

/// A Python function (`def`, `lambda`, comprehension bodies).
pub struct Function {
    /// Its code.
    pub code: Rc<CodeObject>,
    /// The module whose globals it sees.
    pub globals: Rc<Module>,
    /// `__name__`.
    pub name: RefCell<Rc<str>>,
    /// `__qualname__`.
    pub qualname: RefCell<Rc<str>>,
    /// Positional defaults (for the last parameters).
    pub defaults: Vec<Value>,
    /// Keyword-only defaults.
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    /// Closure cells, one per free variable of the code.
    pub closure: Vec<CellRef>,
    /// `__dict__` (attributes set by decorators).
    pub dict: RefCell<AttrMap>,
}

/// A function bound to an instance (`obj.method`).
pub struct BoundMethod {
    /// `__self__`.
    pub self_: Value,
    /// `__func__`.
    pub func: Value,
}

/// The Rust implementation of a native function.
#[derive(Clone, Copy)]
pub enum NativeImpl {
    /// Computes its result directly (may run nested Python calls, see ARCHITECTURE-NOTES.md).
    Plain(fn(&mut Vm, Args) -> PyResult<Value>),
    /// May ask the VM to call Python code and continue afterwards without Rust recursion.
    Flow(fn(&mut Vm, Args) -> PyResult<Flow>),
}

/// A native's direct entries for its commonest calls (`builtins/direct.rs`): the arguments
/// by reference where they lie on the caller's stack, no `Args`, no VM (so the hot loops
/// call them among their fast cases, holding only the frame: `vm/direct_call.rs`). An entry
/// returns `None`, having done nothing, when the call needs the general implementation
/// (another argument type, an error to raise, ...); otherwise the value the general
/// implementation returns, having done exactly what it does.
#[derive(Clone, Copy)]
pub struct DirectNative {
    /// For a call with exactly one positional argument (a method's receiver counts).
    pub one: Option<DirectOne>,
    /// For a call with exactly two positional arguments (a method's receiver counts).
    pub two: Option<DirectTwo>,
    /// For a call with exactly three positional arguments (a method's receiver counts).
    pub three: Option<DirectThree>,
}

/// A direct entry taking one positional argument ([`DirectNative`]).
pub type DirectOne = fn(&Value) -> Option<Value>;
/// A direct entry taking two positional arguments ([`DirectNative`]).
pub type DirectTwo = fn(&Value, &Value) -> Option<Value>;
/// A direct entry taking three positional arguments ([`DirectNative`]).
pub type DirectThree = fn(&Value, &Value, &Value) -> Option<Value>;

impl DirectNative {
    /// No direct entry: every call takes the general path.
    pub const NONE: DirectNative = DirectNative {
        one: None,
        two: None,
        three: None,
    };
}

/// A built-in function or method (optionally bound to `self`).
pub struct NativeFunction {
    /// The name (`print`, `append`...).
    pub name: &'static str,
    /// The owning type's name for methods (`list`), empty for functions.
    pub owner: &'static str,
    /// The implementation.
    pub imp: NativeImpl,
    /// The bound receiver, prepended to the positional arguments.
    pub self_: Option<Value>,
    /// Its direct entries (`builtins::direct`).
    pub direct: DirectNative,
}

impl NativeFunction {
    /// A plain native function value.
    pub fn value(name: &'static str, f: fn(&mut Vm, Args) -> PyResult<Value>) -> Value {
        Value::Native(Rc::new(NativeFunction {
            name,
            owner: "",
            imp: NativeImpl::Plain(f),
            self_: None,
            direct: crate::builtins::direct::entry("", name),
        }))
    }
    /// A native function value that can continue after Python calls.
    pub fn flow(name: &'static str, f: fn(&mut Vm, Args) -> PyResult<Flow>) -> Value {
        Value::Native(Rc::new(NativeFunction {
            name,
            owner: "",
            imp: NativeImpl::Flow(f),
            self_: None,
            direct: crate::builtins::direct::entry("", name),
        }))
    }
    /// A method descriptor of a built-in type.
    pub fn method(owner: &'static str, name: &'static str, imp: NativeImpl) -> Value {
        Value::Native(Rc::new(NativeFunction {
            name,
            owner,
            imp,
            self_: None,
            direct: crate::builtins::direct::entry(owner, name),
        }))
    }
    /// Binds a method descriptor to a receiver.
    pub fn bind(&self, self_: Value) -> Value {
        Value::Native(Rc::new(NativeFunction {
            name: self.name,
            owner: self.owner,
            imp: self.imp,
            self_: Some(self_),
            direct: self.direct,
        }))
    }
}
