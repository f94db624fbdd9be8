//! User subclasses of built-in types (`class L(list)`, `class D(dict)`, `class P(tuple)`,
//! `class S(str)`, `class E(int)`, `class F(float)`, `class M(set)`).
//!
//! An instance is a `Value::Instance` whose payload is `Payload::Builtin(value)`: the list,
//! dict, tuple... it extends. Three seams make it behave like the built-in:
//! * native methods of the built-in type (`append`, `keys`, `upper`...) receive the wrapped
//!   value as `self` (`Vm::call` unwraps it, see [`unwrap_receiver`]), so they return plain
//!   built-in results as CPython's do;
//! * operations with no Python override in the class (`len`, `[]`, `in`, iteration, `+`,
//!   `==`, `hash`, `repr`, `str`, `format`, truth) fall back to the wrapped value
//!   ([`inherited`]); a dict subclass's `__missing__` is honoured by `[]`;
//! * the built-in types carry `__new__` (immutable ones) or `__init__` (mutable ones) and the
//!   container dunders, so `super().__new__(cls, ...)`, `super().__init__(...)` and
//!   `super().__getitem__(k)` reach the built-in behaviour.

use std::rc::Rc;

use crate::object::exception::exc;
use crate::object::{
    builtin_types, Instance, NativeFunction, NativeImpl, Payload, TypeKind, TypeObject, Value,
};
use crate::vm::ops::user_method;
use crate::vm::{Args, Flow, PyResult, Vm};

/// The built-in types Python code may subclass, as `NativeFunction::owner` names.
pub const SUBCLASSABLE: &[&str] = &[
    "list",
    "dict",
    "set",
    "frozenset",
    "tuple",
    "str",
    "int",
    "float",
];

/// The built-in type (list, dict, str...) a user class derives from, if any.
pub fn builtin_base(t: &TypeObject) -> Option<Rc<TypeObject>> {
    if t.builtin {
        return None;
    }
    t.mro
        .iter()
        .find(|c| c.builtin && c.kind == TypeKind::Builtin)
        .cloned()
}

/// The wrapped built-in value of `v` when `v` is an instance of a user subclass of a built-in
/// type whose class does not define `dunder` in Python: the operation then applies to it.
pub fn inherited(v: &Value, dunder: &str) -> Option<Value> {
    let Value::Instance(i) = v else { return None };
    let inner = i.builtin_value()?;
    let t = i.class.borrow().clone();
    if user_method(&t, dunder).is_some() {
        return None;
    }
    Some(inner.clone())
}

/// The wrapped built-in value of `v`, whatever its class overrides.
pub fn wrapped(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.builtin_value().cloned(),
        _ => None,
    }
}

/// Replaces `args.pos[0]` by its wrapped built-in value when a native method of a built-in
/// type (`owner`) is called on an instance of a user subclass.
pub fn unwrap_receiver(owner: &str, args: &mut Args) {
    if owner.is_empty() || !SUBCLASSABLE.contains(&owner) {
        return;
    }
    if let Some(Value::Instance(i)) = args.pos.first() {
        if let Some(inner) = i.builtin_value() {
            let inner = inner.clone();
            args.pos[0] = inner;
        }
    }
    // The arguments of str methods are strs too (`text.startswith(prefix)`), and a str
    // subclass instance passes as its value.
    if owner == "str" {
        for arg in args.pos.iter_mut().skip(1) {
            if let Value::Instance(i) = arg {
                if let Some(inner @ Value::Str(_)) = i.builtin_value() {
                    let inner = inner.clone();
                    *arg = inner;
                }
            }
        }
    }
}

/// The numeric built-in functions, with the dunder a class may define to take over.
const NUMERIC_BUILTINS: &[(&str, &str)] = &[
    ("abs", "__abs__"),
    ("round", "__round__"),
    ("divmod", "__divmod__"),
    ("pow", "__pow__"),
    ("hex", "__index__"),
    ("oct", "__index__"),
    ("bin", "__index__"),
    ("chr", "__index__"),
];

/// Replaces int/float subclass instances by their value in the arguments of the numeric
/// built-in functions (`abs(Money(5))`), unless the class defines the function's dunder.
pub fn unwrap_numeric_args(name: &str, args: &mut Args) {
    let Some((_, dunder)) = NUMERIC_BUILTINS.iter().find(|(n, _)| *n == name) else {
        return;
    };
    for arg in args.pos.iter_mut() {
        if let Some(inner @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_))) =
            inherited(arg, dunder)
        {
            *arg = inner;
        }
    }
}

/// `object.__new__(cls)` for a class deriving from a mutable built-in container: a new
/// instance wrapping an empty one (filled by the built-in `__init__`). None for other classes.
pub fn new_container_instance(t: &Rc<TypeObject>) -> Option<Value> {
    let base = builtin_base(t)?;
    let inner = match &*base.name {
        "list" => Value::list(Vec::new()),
        "dict" => Value::dict(crate::object::Dict::new()),
        "set" => Value::Set(Rc::new(crate::object::SetObj::new(false))),
        _ => return None,
    };
    Some(Value::Instance(Instance::new(
        t.clone(),
        Payload::Builtin(inner),
    )))
}

/// `tuple.__new__(cls, ...)`, `str.__new__`, `int.__new__`, `float.__new__`,
/// `frozenset.__new__` (and the mutable containers' `__new__`): builds the built-in value
/// from the arguments and wraps it in an instance of `cls`.
fn base_new(vm: &mut Vm, mut a: Args) -> PyResult<Flow> {
    let cls = match a.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(exc("TypeError", "__new__(X): X is not a type object")),
    };
    a.pos.remove(0);
    let Some(base) = builtin_base(&cls).or_else(|| cls.builtin.then(|| cls.clone())) else {
        return Err(exc(
            "TypeError",
            format!(
                "__new__(X): X is not a subtype of a built-in type ({})",
                cls.name
            ),
        ));
    };
    if cls.builtin {
        return super::construct_builtin(vm, cls, a);
    }
    if let Some(v) = new_container_instance(&cls) {
        return Ok(Flow::Value(v));
    }
    let flow = super::construct_builtin(vm, base, a)?;
    Ok(match flow {
        Flow::Value(v) => Flow::Value(wrap(&cls, v)),
        other => {
            let inner = vm.run_flow_nested(other)?;
            Flow::Value(wrap(&cls, inner))
        }
    })
}

fn wrap(cls: &Rc<TypeObject>, v: Value) -> Value {
    Value::Instance(Instance::new(cls.clone(), Payload::Builtin(v)))
}

/// `list.__init__(self, iterable=())`: replaces the contents.
fn list_init(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    unwrap_receiver("list", &mut a);
    if a.pos.len() > 2 {
        return Err(exc(
            "TypeError",
            format!("list expected at most 1 argument, got {}", a.pos.len() - 1),
        ));
    }
    if let Some(Value::List(l)) = a.pos.first() {
        let items = match a.pos.get(1) {
            Some(src) => vm.iterate_nested(src)?,
            None => Vec::new(),
        };
        l.borrow_mut().replace_all(items);
    }
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`: replaces the contents.
fn set_init(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    unwrap_receiver("set", &mut a);
    if let Some(Value::Set(s)) = a.pos.first() {
        s.items.clear();
        if let Some(src) = a.pos.get(1) {
            vm.set_update_from(&s.items, src)?;
        }
    }
    Ok(Value::None)
}

/// `dict.__init__(self, mapping_or_pairs=(), **kwargs)`: updates the contents.
fn dict_init(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    unwrap_receiver("dict", &mut a);
    if a.pos.len() > 2 {
        return Err(exc(
            "TypeError",
            format!("dict expected at most 1 argument, got {}", a.pos.len() - 1),
        ));
    }
    match builtin_types().dict.lookup("update") {
        Some(Value::Native(n)) => match n.imp {
            NativeImpl::Plain(f) => f(vm, a),
            NativeImpl::Flow(f) => {
                let flow = f(vm, a)?;
                vm.run_flow_nested(flow)
            }
        },
        _ => Ok(Value::None),
    }
}

fn dunder_repr(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    vm.repr_flow(&v)
}
fn dunder_getitem(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    arg_count(&a, 2)?;
    vm.getitem_flow(&a.pos[0], &a.pos[1])
}
fn dunder_setitem(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    arg_count(&a, 3)?;
    vm.setitem_flow(&a.pos[0], a.pos[1].clone(), a.pos[2].clone())
}
fn dunder_delitem(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    arg_count(&a, 2)?;
    vm.delitem_flow(&a.pos[0], a.pos[1].clone())
}
fn dunder_len(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    arg_count(&a, 1)?;
    vm.len_flow(&a.pos[0])
}
fn dunder_contains(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    arg_count(&a, 2)?;
    vm.contains_flow(&a.pos[0], &a.pos[1])
}
fn dunder_iter(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    arg_count(&a, 1)?;
    vm.iter_flow(&a.pos[0])
}

fn arg_count(a: &Args, n: usize) -> PyResult<()> {
    if a.pos.len() != n {
        return Err(exc(
            "TypeError",
            format!(
                "expected {} argument{}, got {}",
                n - 1,
                if n == 2 { "" } else { "s" },
                a.pos.len().saturating_sub(1)
            ),
        ));
    }
    Ok(())
}

/// Installs `__new__`/`__init__` and the container dunders on the subclassable built-ins.
pub fn install(t: &crate::object::types::BuiltinTypes) {
    type FlowFn = fn(&mut Vm, Args) -> PyResult<Flow>;
    type PlainFn = fn(&mut Vm, Args) -> PyResult<Value>;
    let new = |ty: &Rc<TypeObject>, owner: &'static str| {
        ty.set_attr(
            "__new__",
            NativeFunction::method(owner, "__new__", NativeImpl::Flow(base_new)),
        );
    };
    for (ty, owner) in [
        (&t.tuple, "tuple"),
        (&t.str, "str"),
        (&t.int, "int"),
        (&t.float, "float"),
        (&t.frozenset, "frozenset"),
        (&t.list, "list"),
        (&t.dict, "dict"),
        (&t.set, "set"),
    ] {
        new(ty, owner);
    }
    let inits: [(&Rc<TypeObject>, &'static str, PlainFn); 3] = [
        (&t.list, "list", list_init),
        (&t.dict, "dict", dict_init),
        (&t.set, "set", set_init),
    ];
    for (ty, owner, f) in inits {
        ty.set_attr(
            "__init__",
            NativeFunction::method(owner, "__init__", NativeImpl::Plain(f)),
        );
    }
    let containers: [(&Rc<TypeObject>, &'static str); 6] = [
        (&t.list, "list"),
        (&t.dict, "dict"),
        (&t.tuple, "tuple"),
        (&t.str, "str"),
        (&t.set, "set"),
        (&t.frozenset, "frozenset"),
    ];
    for (ty, owner) in containers {
        let mut dunders: Vec<(&'static str, FlowFn)> = vec![
            ("__repr__", dunder_repr),
            ("__len__", dunder_len),
            ("__contains__", dunder_contains),
            ("__iter__", dunder_iter),
        ];
        if owner != "set" && owner != "frozenset" {
            dunders.push(("__getitem__", dunder_getitem));
        }
        if owner == "list" || owner == "dict" {
            dunders.push(("__setitem__", dunder_setitem));
            dunders.push(("__delitem__", dunder_delitem));
        }
        for (name, f) in dunders {
            ty.set_attr(
                name,
                NativeFunction::method(owner, name, NativeImpl::Flow(f)),
            );
        }
    }
    super::operator_dunders::install(&[
        (&t.int, "int"),
        (&t.float, "float"),
        (&t.str, "str"),
        (&t.list, "list"),
        (&t.tuple, "tuple"),
        (&t.set, "set"),
        (&t.frozenset, "frozenset"),
        (&t.dict, "dict"),
    ]);
    for (ty, owner) in [(&t.int, "int"), (&t.float, "float")] {
        ty.set_attr(
            "__repr__",
            NativeFunction::method(owner, "__repr__", NativeImpl::Flow(dunder_repr)),
        );
    }
}
