//! The native half of `abc` and `collections.abc` (their classes are Python, in
//! modules/stdlib/abc.py and collections_abc.py), standing in for CPython's `ABCMeta`:
//! - every class deriving from `abc.ABC` gets its own registry of virtual subclasses and its
//!   `__abstractmethods__` when it is created (`_abc_init`, called by `ABC.__init_subclass__`);
//! - `isinstance`/`issubclass` against such a class also accept registered classes, the
//!   classes that pass its structural hook (`_abc_protocol`: the methods
//!   `collections.abc.AsyncIterator.__subclasshook__` and its kind check for), and what any
//!   of its subclasses accepts ([`abc_subclass_check`]);
//! - `object.__new__` refuses a class with abstract methods ([`refuse_abstract`]).

use std::rc::Rc;

use crate::object::exception::exc;
use crate::object::{Module, NativeFunction, Payload, TypeObject, Value};
use crate::vm::{Args, PyResult, Vm};

/// An ABC's own list of registered virtual subclasses (its presence marks an ABC).
const REGISTRY: &str = "_abc_registry";
/// The methods an ABC's structural hook checks for, when it has one (a tuple of names).
const PROTOCOL: &str = "_abc_protocol";

/// The protocol methods CPython's built-in types define (CPython 3.12, by type name, as
/// `_check_methods` finds them along the MRO; `None` entries such as `list.__hash__` are
/// left out). A built-in type not listed defines only `__hash__`.
const BUILTIN_METHODS: &[(&str, &[&str])] = &[
    ("Future", &["__hash__", "__await__", "__iter__"]),
    ("SimpleNamespace", &[]),
    ("Task", &["__hash__", "__await__", "__iter__"]),
    (
        "async_generator",
        &[
            "__hash__",
            "__aiter__",
            "__anext__",
            "asend",
            "athrow",
            "aclose",
        ],
    ),
    ("builtin_function_or_method", &["__hash__", "__call__"]),
    (
        "bytearray",
        &["__iter__", "__len__", "__contains__", "__buffer__"],
    ),
    ("bytearray_iterator", &["__hash__", "__iter__", "__next__"]),
    (
        "bytes",
        &[
            "__hash__",
            "__iter__",
            "__len__",
            "__contains__",
            "__buffer__",
        ],
    ),
    ("bytes_iterator", &["__hash__", "__iter__", "__next__"]),
    ("callable_iterator", &["__hash__", "__iter__", "__next__"]),
    ("cell", &[]),
    (
        "coroutine",
        &["__hash__", "__await__", "send", "throw", "close"],
    ),
    (
        "dict",
        &["__iter__", "__reversed__", "__len__", "__contains__"],
    ),
    ("dict_itemiterator", &["__hash__", "__iter__", "__next__"]),
    (
        "dict_items",
        &["__iter__", "__reversed__", "__len__", "__contains__"],
    ),
    ("dict_keyiterator", &["__hash__", "__iter__", "__next__"]),
    (
        "dict_keys",
        &["__iter__", "__reversed__", "__len__", "__contains__"],
    ),
    (
        "dict_reversekeyiterator",
        &["__hash__", "__iter__", "__next__"],
    ),
    ("dict_valueiterator", &["__hash__", "__iter__", "__next__"]),
    (
        "dict_values",
        &["__hash__", "__iter__", "__reversed__", "__len__"],
    ),
    ("enumerate", &["__hash__", "__iter__", "__next__"]),
    ("filter", &["__hash__", "__iter__", "__next__"]),
    (
        "frozenset",
        &["__hash__", "__iter__", "__len__", "__contains__"],
    ),
    ("function", &["__hash__", "__call__"]),
    (
        "generator",
        &["__hash__", "send", "throw", "close", "__iter__", "__next__"],
    ),
    (
        "list",
        &["__iter__", "__reversed__", "__len__", "__contains__"],
    ),
    ("list_iterator", &["__hash__", "__iter__", "__next__"]),
    (
        "list_reverseiterator",
        &["__hash__", "__iter__", "__next__"],
    ),
    ("longrange_iterator", &["__hash__", "__iter__", "__next__"]),
    ("map", &["__hash__", "__iter__", "__next__"]),
    (
        "memoryview",
        &["__hash__", "__iter__", "__len__", "__buffer__"],
    ),
    ("method", &["__hash__", "__call__"]),
    ("method-wrapper", &["__hash__", "__call__"]),
    (
        "range",
        &[
            "__hash__",
            "__iter__",
            "__reversed__",
            "__len__",
            "__contains__",
        ],
    ),
    ("range_iterator", &["__hash__", "__iter__", "__next__"]),
    ("reversed", &["__hash__", "__iter__", "__next__"]),
    ("set", &["__iter__", "__len__", "__contains__"]),
    ("set_iterator", &["__hash__", "__iter__", "__next__"]),
    ("staticmethod", &["__hash__", "__call__"]),
    ("str", &["__hash__", "__iter__", "__len__", "__contains__"]),
    ("str_ascii_iterator", &["__hash__", "__iter__", "__next__"]),
    ("str_iterator", &["__hash__", "__iter__", "__next__"]),
    (
        "tuple",
        &["__hash__", "__iter__", "__len__", "__contains__"],
    ),
    ("tuple_iterator", &["__hash__", "__iter__", "__next__"]),
    ("type", &["__hash__", "__call__"]),
    ("wrapper_descriptor", &["__hash__", "__call__"]),
    ("zip", &["__hash__", "__iter__", "__next__"]),
];

/// True when class `c` defines `name` as CPython's `_check_methods` sees it: the first class
/// along the MRO that has it decides (a `None` there means no).
fn defines(c: &TypeObject, name: &str) -> bool {
    for b in c.mro_iter() {
        if b.builtin {
            return match BUILTIN_METHODS.iter().find(|(n, _)| **n == *b.name) {
                Some((_, methods)) => methods.contains(&name),
                None => name == "__hash__",
            };
        }
        if let Some(v) = b.dict().get(name) {
            return !matches!(v, Value::None);
        }
    }
    false
}

/// True when `t` is an ABC (it has its own registry).
pub fn is_abc(t: &TypeObject) -> bool {
    t.dict().contains_key(REGISTRY)
}

/// `issubclass(c, t)` for an ABC `t`, as `ABCMeta.__subclasscheck__` answers it: a real
/// subclass, a class passing `t`'s structural hook, a registered class (or a subclass of
/// one), or a class any subclass of `t` accepts.
pub fn abc_subclass_check(c: &Rc<TypeObject>, t: &Rc<TypeObject>) -> bool {
    if c.is_subclass(t) {
        return true;
    }
    let (registry, protocol) = {
        let own = t.dict();
        (own.get(REGISTRY).cloned(), own.get(PROTOCOL).cloned())
    };
    if let Some(Value::Tuple(names)) = protocol {
        if names
            .iter()
            .all(|n| n.as_str().is_some_and(|n| defines(c, n)))
        {
            return true;
        }
    }
    if let Some(Value::List(registered)) = registry {
        let registered: Vec<Value> = registered.borrow().iter().cloned().collect();
        for r in registered {
            if let Value::Type(r) = r {
                if subclass_check(c, &r) {
                    return true;
                }
            }
        }
    }
    t.live_subclasses()
        .iter()
        .any(|s| is_abc(s) && abc_subclass_check(c, s))
}

/// `issubclass(c, t)` for any class `t`.
pub fn subclass_check(c: &Rc<TypeObject>, t: &Rc<TypeObject>) -> bool {
    c.is_subclass(t) || (is_abc(t) && abc_subclass_check(c, t))
}

/// `_abc_init(cls)`: see [`make_abc`].
fn abc_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.pos.first().cloned() else {
        return Err(exc("TypeError", "_abc_init() expects a class"));
    };
    make_abc(vm, &cls)?;
    Ok(Value::None)
}

/// For `class C(metaclass=M)`: whether `M` is `abc.ABCMeta` (which here stands for the
/// metaclass without being one: the class is made an ABC by [`accept_metaclass`] and
/// [`make_abc`]). Classes (`type` and its subclasses) are not.
pub fn is_abc_meta(vm: &mut Vm, meta: &Value) -> PyResult<bool> {
    if let Value::Type(t) = meta {
        if t.makes_classes {
            return Ok(false);
        }
    }
    let abc = crate::modules::import(vm, "abc")?;
    let Some(abc_meta) = abc.get("ABCMeta") else {
        return Ok(false);
    };
    if abc_meta.is(meta) {
        return Ok(true);
    }
    if let (Value::Type(t), Value::Type(stand_in)) = (meta, &abc_meta) {
        if t.is_subclass(stand_in) {
            return Err(exc(
                "NotImplementedError",
                format!(
                    "a metaclass deriving from abc.ABCMeta ({}) is not supported in the \
                     playground: abc.ABCMeta is not a real metaclass here",
                    t.name
                ),
            ));
        }
    }
    Ok(false)
}

/// For `class C(metaclass=abc.ABCMeta)`: gives the namespace ABC's `__init_subclass__` and
/// `register` (so subclasses become ABCs too); the caller then runs [`make_abc`] on the new
/// class.
pub fn accept_metaclass(
    vm: &mut Vm,
    ns: &std::cell::RefCell<crate::object::AttrMap>,
) -> PyResult<()> {
    let abc = crate::modules::import(vm, "abc")?;
    let mut ns = ns.borrow_mut();
    for (name, from) in [
        ("__init_subclass__", "_abc_subclass_init"),
        ("register", "_abc_register_method"),
    ] {
        if !ns.contains_key(name) {
            if let Some(v) = abc.get(from) {
                ns.insert(Rc::from(name), v);
            }
        }
    }
    Ok(())
}

/// Makes `cls` an ABC: its own registry of virtual subclasses and its `__abstractmethods__`
/// (the names in its namespace whose value is abstract, and the abstract names of its bases
/// it still resolves to an abstract value).
pub fn make_abc(vm: &mut Vm, cls: &Rc<TypeObject>) -> PyResult<()> {
    let own: Vec<(Rc<str>, Value)> = cls
        .dict()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut names: Vec<Rc<str>> = Vec::new();
    for (name, value) in own {
        if is_abstract(vm, &value)? {
            names.push(name);
        }
    }
    for base in cls.bases.clone() {
        let Some(Value::Set(inherited)) = base.lookup("__abstractmethods__") else {
            continue;
        };
        let inherited: Vec<Value> = inherited.items.keys();
        for name in inherited {
            let Some(name) = name.as_str().map(Rc::<str>::from) else {
                continue;
            };
            if names.contains(&name) {
                continue;
            }
            if let Some(value) = cls.lookup(&name) {
                if is_abstract(vm, &value)? {
                    names.push(name);
                }
            }
        }
    }
    let set = vm.make_set(names.into_iter().map(Value::Str).collect(), true)?;
    cls.set_attr("__abstractmethods__", set);
    cls.set_attr(REGISTRY, Value::list(Vec::new()));
    Ok(())
}

/// `getattr(value, "__isabstractmethod__", False)` as a truth value; a `property` is
/// abstract when one of its functions is, a `staticmethod`/`classmethod` when its function is.
fn is_abstract(vm: &mut Vm, value: &Value) -> PyResult<bool> {
    if let Value::Instance(i) = value {
        match &i.payload {
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => return is_abstract(vm, f),
            Payload::Property { fget, fset, fdel } => {
                for f in [fget, fset, fdel] {
                    if !matches!(f, Value::None) && is_abstract(vm, f)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            _ => {}
        }
    }
    match vm.getattr_nested(value, "__isabstractmethod__") {
        Ok(flag) => vm.truthy_nested(&flag),
        Err(_) => Ok(false),
    }
}

/// `_abc_register(cls, subclass)`: `ABCMeta.register`.
fn abc_register(_: &mut Vm, a: Args) -> PyResult<Value> {
    let (Some(Value::Type(cls)), Some(sub)) = (a.pos.first().cloned(), a.pos.get(1).cloned())
    else {
        return Err(exc("TypeError", "_abc_register() expects two arguments"));
    };
    let Value::Type(sub_type) = &sub else {
        return Err(exc("TypeError", "Can only register classes"));
    };
    if subclass_check(sub_type, &cls) {
        return Ok(sub);
    }
    if subclass_check(&cls, sub_type) {
        return Err(exc(
            "RuntimeError",
            "Refusing to create an inheritance cycle",
        ));
    }
    if let Some(Value::List(registry)) = cls.dict().get(REGISTRY).cloned() {
        registry.borrow_mut().push(sub.clone());
    }
    Ok(sub)
}

/// `_abc_protocol(cls, names)`: gives `cls` a structural hook checking for `names`.
fn abc_protocol(_: &mut Vm, a: Args) -> PyResult<Value> {
    let (Some(Value::Type(cls)), Some(names)) = (a.pos.first().cloned(), a.pos.get(1).cloned())
    else {
        return Err(exc("TypeError", "_abc_protocol() expects two arguments"));
    };
    cls.set_attr(PROTOCOL, names);
    Ok(Value::None)
}

/// `TypeError: Can't instantiate abstract class X without an implementation for abstract
/// method 'm'` when `t` still has abstract methods (CPython's check in `object.__new__`).
pub fn refuse_abstract(t: &TypeObject) -> PyResult<()> {
    let Some(Value::Set(abstract_names)) = t.lookup("__abstractmethods__") else {
        return Ok(());
    };
    if abstract_names.items.is_empty() {
        return Ok(());
    }
    let mut names: Vec<String> = abstract_names
        .items
        .keys()
        .iter()
        .filter_map(|v| v.as_str().map(|s| format!("'{s}'")))
        .collect();
    names.sort();
    let plural = if names.len() == 1 { "" } else { "s" };
    Err(exc(
        "TypeError",
        format!(
            "Can't instantiate abstract class {} without an implementation for abstract \
             method{plural} {}",
            t.name,
            names.join(", ")
        ),
    ))
}

/// Fills the native part of `abc`.
pub fn init(_vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    m.set("_abc_init", NativeFunction::value("_abc_init", abc_init));
    m.set(
        "_abc_register",
        NativeFunction::value("_abc_register", abc_register),
    );
    m.set(
        "_abc_protocol",
        NativeFunction::value("_abc_protocol", abc_protocol),
    );
    Ok(())
}
