//! Python values: the `Value` enum and the heap objects it points to.
//!
//! Immediates (None, bool, int, float) are stored inline; everything else is an `Rc`, so cloning
//! a value is cheap and Rust's reference counting is the program's reference counting (async
//! generator finalization depends on it, see `generator.rs`).

pub mod bigint;
pub mod bytes;
pub mod decimal;
pub mod dict;
mod dict_index;
pub mod exception;
pub use aiterscope_trace::float_repr;
pub mod function;
pub mod generator;
pub mod instance_attrs;
pub mod items;
pub mod iter;
pub mod list_pool;
pub mod mutation_epoch;
pub mod namespace;
pub mod set_table;
pub mod str_build;
pub mod str_hash_cache;
pub mod trashcan;
pub mod type_cache;
pub mod types;
pub mod unicode_props;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub use dict::Dict;
pub use exception::ExcData;
pub use function::{
    BoundMethod, DirectNative, DirectOne, DirectThree, DirectTwo, Function, NativeFunction,
    NativeImpl,
};
pub use generator::{GenKind, GenState, Generator};
pub use instance_attrs::InstanceAttrs;
pub use items::Items;
pub use iter::{IterObj, IterState};
pub use namespace::Namespace;
pub use types::{builtin_types, TypeKind, TypeObject};

/// An insertion-ordered map from attribute names to values (instance, class and module dicts).
pub type AttrMap = indexmap::IndexMap<Rc<str>, Value, rustc_hash::FxBuildHasher>;

/// Creates an empty attribute map.
pub fn new_attr_map() -> AttrMap {
    AttrMap::with_hasher(rustc_hash::FxBuildHasher)
}

/// A Python value.
#[derive(Clone)]
pub enum Value {
    /// `None`.
    None,
    /// `NotImplemented`.
    NotImplemented,
    /// `...`.
    Ellipsis,
    /// `True`/`False`.
    Bool(bool),
    /// An int that fits in 64 bits (the fast path).
    Int(i64),
    /// An int outside the i64 range (never holds a value that fits in i64: see `bigint.rs`).
    BigInt(Rc<bigint::BigInt>),
    /// A float.
    Float(f64),
    /// An immutable str.
    Str(Rc<str>),
    /// An immutable bytes object (see `bytes.rs`).
    Bytes(Rc<[u8]>),
    /// A list.
    List(Rc<RefCell<Items>>),
    /// A tuple.
    Tuple(Rc<Items>),
    /// A dict.
    Dict(Rc<Dict>),
    /// A set or frozenset.
    Set(Rc<SetObj>),
    /// A range.
    Range(Rc<RangeObj>),
    /// A slice.
    Slice(Rc<SliceObj>),
    /// A Python function.
    Function(Rc<Function>),
    /// A bound method.
    Method(Rc<BoundMethod>),
    /// A built-in function or method.
    Native(Rc<NativeFunction>),
    /// A class (built-in or user-defined).
    Type(Rc<TypeObject>),
    /// An instance of a user class, an exception, or a native object with a payload.
    Instance(Rc<Instance>),
    /// A generator, coroutine or async generator.
    Gen(Rc<Generator>),
    /// A built-in iterator.
    Iter(Rc<IterObj>),
    /// A module.
    Module(Rc<Module>),
    /// A closure cell (never visible to Python code).
    Cell(Rc<RefCell<Option<Value>>>),
}

/// A set or frozenset.
pub struct SetObj {
    /// The elements, in a table laid out as CPython's (see `set_table.rs`).
    pub items: set_table::SetTable,
    /// True for frozenset.
    pub frozen: bool,
}

impl SetObj {
    /// An empty set (or frozenset).
    pub fn new(frozen: bool) -> SetObj {
        SetObj {
            items: set_table::SetTable::new(),
            frozen,
        }
    }
}

/// A range object.
#[derive(Debug, Clone, Copy)]
pub struct RangeObj {
    /// First value.
    pub start: i64,
    /// Exclusive bound.
    pub stop: i64,
    /// Step (never zero).
    pub step: i64,
}

impl RangeObj {
    /// Number of values in the range, saturated at `i64::MAX` (see [`RangeObj::exact_len`]).
    pub fn len(&self) -> i64 {
        i64::try_from(self.exact_len()).unwrap_or(i64::MAX)
    }
    /// Number of values in the range, exactly (it may exceed `i64::MAX`).
    pub fn exact_len(&self) -> i128 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    }
    /// The position of `value` in the range, if it is one of its values.
    pub fn position(&self, value: i64) -> Option<i64> {
        let offset = value as i128 - self.start as i128;
        let step = self.step as i128;
        if offset % step != 0 {
            return None;
        }
        let idx = offset / step;
        (idx >= 0 && idx < self.exact_len()).then_some(idx as i64)
    }
    /// True if the range is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A slice object.
pub struct SliceObj {
    /// Start (None for open).
    pub start: Value,
    /// Stop.
    pub stop: Value,
    /// Step.
    pub step: Value,
}

/// A module object.
pub struct Module {
    /// The module name (`__main__`, `asyncio`, ...).
    pub name: Rc<str>,
    /// Its global namespace (versioned: see `namespace.rs`).
    pub dict: Namespace,
}

/// An instance: of a user class, of an exception class, or a native object with a payload.
pub struct Instance {
    /// Its class.
    pub class: RefCell<Rc<TypeObject>>,
    /// Its attributes (a live `dict` once `__dict__` was read).
    pub dict: InstanceAttrs,
    /// Native data for instances of built-in bases (exceptions, futures, ...).
    pub payload: Payload,
    /// Its number among the instances made since the run started: its `id()` and default
    /// hash come from it rather than from its address, which varies from run to run (so sets
    /// of instances, such as the tasks `asyncio.wait` cancels, iterate in the same order).
    pub serial: u64,
}

/// Native state carried by instances whose class derives from a built-in base.
pub enum Payload {
    /// A plain object.
    None,
    /// An exception.
    Exception(RefCell<ExcData>),
    /// A `property`.
    Property {
        /// The getter.
        fget: Value,
        /// The setter (None if read-only).
        fset: Value,
        /// The deleter (None if the attribute cannot be deleted).
        fdel: Value,
    },
    /// A `staticmethod` wrapper.
    StaticMethod(Value),
    /// A `classmethod` wrapper.
    ClassMethod(Value),
    /// A `super()` object.
    Super {
        /// The class after which the MRO search starts.
        this_class: Rc<TypeObject>,
        /// The instance (or class) the lookup binds to.
        obj: Value,
    },
    /// Native state owned by a library module (asyncio futures, tasks, awaitable helpers...).
    Native(RefCell<Box<dyn std::any::Any>>),
    /// An instance of a user subclass of a built-in type (`class L(list)`): the built-in
    /// value it extends (a list, dict, set, tuple, str, int or float). See
    /// `builtins/subclass.rs`.
    Builtin(Value),
}

impl Instance {
    /// The built-in value an instance of a user subclass of `list`/`dict`/`str`/... extends.
    pub fn builtin_value(&self) -> Option<&Value> {
        match &self.payload {
            Payload::Builtin(v) => Some(v),
            _ => None,
        }
    }
}

/// A copy of `v`: immediates are copied without the general clone (no reference count).
#[inline(always)]
pub fn clone_value(v: &Value) -> Value {
    // Ints first: the commonest value of hot loops, one test instead of a jump table.
    if let Value::Int(i) = v {
        return Value::Int(*i);
    }
    match v {
        Value::Int(i) => Value::Int(*i),
        Value::Bool(b) => Value::Bool(*b),
        Value::None => Value::None,
        Value::Float(x) => Value::Float(*x),
        other => other.clone(),
    }
}

/// Drops `v`, skipping the general drop for immediates (which own nothing).
#[inline(always)]
pub fn discard(v: Value) {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::None | Value::Float(_) => std::mem::forget(v),
        other => drop(other),
    }
}

thread_local! {
    static NEXT_ID: Cell<u64> = const { Cell::new(1) };
    /// The serial number of the next instance made on this thread (see [`Instance::serial`]).
    static NEXT_INSTANCE_SERIAL: Cell<u64> = const { Cell::new(1) };
}

/// Numbers the instances a new run makes from 1 again, so that a program's `id()`s of
/// instances, their default hashes and so the order of sets of them are the same every run.
pub fn restart_instance_serials() {
    NEXT_INSTANCE_SERIAL.with(|n| n.set(1));
}

/// Where instance ids start: above every user-space address (x86-64 and wasm32 alike), so an
/// instance's id never equals another object's address-based id.
const INSTANCE_IDS: i64 = 1 << 47;

/// A fresh, process-unique, deterministic id (used for object identities shown to users).
pub fn fresh_id() -> u64 {
    NEXT_ID.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

impl Value {
    /// Builds a str value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }
    /// Builds a str value from a String.
    pub fn string(s: String) -> Value {
        Value::Str(Rc::from(s))
    }
    /// Builds a new list.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(Items::new(items))))
    }
    /// Builds a new tuple.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(Items::new(items)))
    }
    /// Builds a new dict value.
    pub fn dict(d: Dict) -> Value {
        Value::Dict(Rc::new(d))
    }

    /// The class of this value.
    pub fn class(&self) -> Rc<TypeObject> {
        let t = builtin_types();
        match self {
            Value::None => t.none_type.clone(),
            Value::NotImplemented => t.not_implemented_type.clone(),
            Value::Ellipsis => t.ellipsis_type.clone(),
            Value::Bool(_) => t.bool.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(s) => {
                if s.frozen {
                    t.frozenset.clone()
                } else {
                    t.set.clone()
                }
            }
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Method(_) => t.method.clone(),
            Value::Native(_) => t.builtin_function.clone(),
            Value::Type(c) => match &c.metaclass {
                Some(m) => m.clone(),
                None => t.type_.clone(),
            },
            Value::Instance(i) => i.class.borrow().clone(),
            Value::Gen(g) => match g.kind {
                GenKind::Generator => t.generator.clone(),
                GenKind::Coroutine => t.coroutine.clone(),
                GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Value::Iter(it) => it.class(),
            Value::Module(_) => t.module.clone(),
            Value::Cell(_) => t.cell.clone(),
        }
    }

    /// `len()` of a str, bytes, list, tuple, dict or set (what they answer without Python
    /// code); `None` for anything else.
    #[inline]
    pub fn builtin_len(&self) -> Option<usize> {
        Some(match self {
            Value::Str(s) => s.chars().count(),
            Value::Bytes(d) => d.len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.items.len(),
            _ => return None,
        })
    }

    /// The name of this value's class, as error messages show it.
    pub fn type_name(&self) -> Rc<str> {
        self.class().name.clone()
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::NotImplemented, Value::NotImplemented) => true,
            (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            _ => match (self.heap_addr(), other.heap_addr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object, if any (identity for `is` and `id()`).
    pub fn heap_addr(&self) -> Option<usize> {
        Some(match self {
            Value::Str(s) => Rc::as_ptr(s) as *const u8 as usize,
            Value::BigInt(x) => Rc::as_ptr(x) as usize,
            Value::Bytes(x) => Rc::as_ptr(x) as *const u8 as usize,
            Value::List(x) => Rc::as_ptr(x) as usize,
            Value::Tuple(x) => Rc::as_ptr(x) as usize,
            Value::Dict(x) => Rc::as_ptr(x) as usize,
            Value::Set(x) => Rc::as_ptr(x) as usize,
            Value::Range(x) => Rc::as_ptr(x) as usize,
            Value::Slice(x) => Rc::as_ptr(x) as usize,
            Value::Function(x) => Rc::as_ptr(x) as usize,
            Value::Method(x) => Rc::as_ptr(x) as usize,
            Value::Native(x) => Rc::as_ptr(x) as usize,
            Value::Type(x) => Rc::as_ptr(x) as usize,
            Value::Instance(x) => Rc::as_ptr(x) as usize,
            Value::Gen(x) => Rc::as_ptr(x) as usize,
            Value::Iter(x) => Rc::as_ptr(x) as usize,
            Value::Module(x) => Rc::as_ptr(x) as usize,
            Value::Cell(x) => Rc::as_ptr(x) as usize,
            _ => return None,
        })
    }

    /// `id(x)`: from an instance's serial number, else the heap address, or a value derived
    /// from the immediate.
    pub fn id(&self) -> i64 {
        if let Value::Instance(i) = self {
            return INSTANCE_IDS + (i.serial as i64) * 16;
        }
        match self.heap_addr() {
            Some(a) => a as i64,
            None => match self {
                Value::None => 0x1000,
                Value::NotImplemented => 0x1010,
                Value::Ellipsis => 0x1020,
                Value::Bool(b) => 0x1030 + *b as i64 * 0x10,
                Value::Int(i) => 0x2000_0000 ^ i.wrapping_mul(16),
                Value::Float(f) => 0x4000_0000 ^ (f.to_bits() as i64),
                _ => 0,
            },
        }
    }

    /// True for instances whose class derives from BaseException.
    pub fn is_exception(&self) -> bool {
        matches!(self, Value::Instance(i) if matches!(i.payload, Payload::Exception(_)))
    }

    /// The exception data, if this is an exception instance.
    pub fn exc_data(&self) -> Option<&RefCell<ExcData>> {
        match self {
            Value::Instance(i) => match &i.payload {
                Payload::Exception(d) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    /// The str contents, if this is a str.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The instance, if this is one.
    pub fn as_instance(&self) -> Option<&Rc<Instance>> {
        match self {
            Value::Instance(i) => Some(i),
            _ => None,
        }
    }
}

impl Instance {
    /// Creates a plain instance of `class`.
    pub fn new(class: Rc<TypeObject>, payload: Payload) -> Rc<Instance> {
        let serial = NEXT_INSTANCE_SERIAL.with(|n| {
            let serial = n.get();
            n.set(serial + 1);
            serial
        });
        Rc::new(Instance {
            class: RefCell::new(class),
            dict: InstanceAttrs::new(),
            payload,
            serial,
        })
    }
}

impl Module {
    /// Creates an empty module.
    pub fn new(name: &str) -> Rc<Module> {
        let m = Rc::new(Module {
            name: Rc::from(name),
            dict: Namespace::new(),
        });
        m.dict
            .borrow_mut()
            .insert(Rc::from("__name__"), Value::str(name));
        m.dict.borrow_mut().insert(Rc::from("__doc__"), Value::None);
        m
    }
    /// Reads a global.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.dict.borrow().get(name).cloned()
    }
    /// Sets a global.
    pub fn set(&self, name: &str, v: Value) {
        self.dict.borrow_mut().insert(Rc::from(name), v);
    }
}
