//! `mappingproxy`: the read-only view a class's `__dict__` returns.
//!
//! The proxy holds the class and reads its namespace on every operation, so it stays live
//! (attributes set on the class later are seen). It has no `__setitem__`/`__delitem__`, so
//! assignment fails with CPython's `'mappingproxy' object does not support item assignment`.
//! Read operations delegate to the `dict` methods on a snapshot of the namespace.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::dict::simple_hash;
use crate::object::exception::exc;
use crate::object::{
    builtin_types, Dict, Instance, NativeFunction, NativeImpl, Payload, TypeKind, TypeObject, Value,
};
use crate::vm::{Args, Flow, PyResult, Vm};

/// The native state of a `mappingproxy`: the class whose namespace it shows.
struct MappingProxy(Rc<TypeObject>);

/// The native state of the `__dict__`/`__weakref__` getset descriptors a class namespace
/// shows: the attribute name and the class that owns it.
struct GetSetDescriptor {
    name: &'static str,
    owner: Rc<str>,
}

thread_local! {
    static PROXY_TYPE: Rc<TypeObject> = build_type();
    static GETSET_TYPE: Rc<TypeObject> = {
        let t = native_type("getset_descriptor");
        t.set_attr(
            "__repr__",
            NativeFunction::method("getset_descriptor", "__repr__", NativeImpl::Plain(getset_repr)),
        );
        t
    };
}

/// A built-in class of native instances that Python code cannot subclass.
fn native_type(name: &str) -> Rc<TypeObject> {
    let object = builtin_types().object.clone();
    TypeObject::from_parts(crate::object::types::ClassParts {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from("builtins"),
        mro: vec![object.clone()],
        bases: vec![object],
        dict: crate::object::new_attr_map(),
        kind: TypeKind::Native,
        builtin: true,
        subclassable: false,
        metaclass: None,
    })
}

fn getset_repr(_: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = a.pos.first() {
        if let Payload::Native(state) = &i.payload {
            if let Some(g) = state.borrow().downcast_ref::<GetSetDescriptor>() {
                return Ok(Value::string(format!(
                    "<attribute '{}' of '{}' objects>",
                    g.name, g.owner
                )));
            }
        }
    }
    Err(exc(
        "TypeError",
        "descriptor '__repr__' requires a 'getset_descriptor' object",
    ))
}

fn getset_descriptor(name: &'static str, owner: &TypeObject) -> Value {
    let class = GETSET_TYPE.with(|t| t.clone());
    Value::Instance(Instance::new(
        class,
        Payload::Native(RefCell::new(Box::new(GetSetDescriptor {
            name,
            owner: owner.name.clone(),
        }))),
    ))
}

fn build_type() -> Rc<TypeObject> {
    let t = native_type("mappingproxy");
    type Plain = fn(&mut Vm, Args) -> PyResult<Value>;
    let plain: &[(&'static str, Plain)] = &[
        ("keys", proxy_keys),
        ("values", proxy_values),
        ("items", proxy_items),
        ("get", proxy_get),
        ("copy", proxy_copy),
        ("__len__", proxy_len),
        ("__repr__", proxy_repr),
        ("__str__", proxy_str),
    ];
    for (name, f) in plain {
        t.set_attr(
            name,
            NativeFunction::method("mappingproxy", name, NativeImpl::Plain(*f)),
        );
    }
    type FlowFn = fn(&mut Vm, Args) -> PyResult<Flow>;
    let flows: &[(&'static str, FlowFn)] = &[
        ("__getitem__", proxy_getitem),
        ("__contains__", proxy_contains),
        ("__iter__", proxy_iter),
        ("__eq__", proxy_eq),
        ("__or__", proxy_or),
    ];
    for (name, f) in flows {
        t.set_attr(
            name,
            NativeFunction::method("mappingproxy", name, NativeImpl::Flow(*f)),
        );
    }
    t.set_attr("__hash__", Value::None);
    t
}

/// A `mappingproxy` showing the namespace of class `t` (what `t.__dict__` returns).
pub fn class_dict_proxy(t: &Rc<TypeObject>) -> Value {
    let class = PROXY_TYPE.with(|p| p.clone());
    Value::Instance(Instance::new(
        class,
        Payload::Native(RefCell::new(Box::new(MappingProxy(t.clone())))),
    ))
}

/// A fresh dict holding the current namespace of class `t`, as CPython shows it: a user
/// class also lists the `__dict__`/`__weakref__` descriptors it introduces (when no base
/// already provides them and it has no `__slots__`) and `__doc__` (None without a docstring).
pub fn class_namespace_dict(t: &TypeObject) -> Rc<Dict> {
    let d = Dict::new();
    let put = |k: &str, v: Value| {
        let key = Value::str(k);
        let h = simple_hash(&key).ok().flatten().unwrap_or(0);
        d.insert_new(h, key, v);
    };
    let ns = t.dict();
    for (k, v) in ns.iter() {
        put(k, v.clone());
    }
    if !t.builtin {
        if !ns.contains_key("__slots__") {
            // User classes (other than slotted ones) already carry both; built-in exceptions
            // carry `__dict__` but no `__weakref__`.
            let user_base = t.bases.iter().any(|b| !b.builtin);
            let exc_base = t.kind == TypeKind::BaseException;
            if !user_base && !exc_base && !ns.contains_key("__dict__") {
                put("__dict__", getset_descriptor("__dict__", t));
            }
            if !user_base && !ns.contains_key("__weakref__") {
                put("__weakref__", getset_descriptor("__weakref__", t));
            }
        }
        if !ns.contains_key("__doc__") {
            put("__doc__", Value::None);
        }
    }
    Rc::new(d)
}

/// The namespace snapshot behind the proxy in `args.pos[0]`.
fn this_namespace(a: &Args, method: &str) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = a.pos.first() {
        if let Payload::Native(state) = &i.payload {
            if let Some(p) = state.borrow().downcast_ref::<MappingProxy>() {
                return Ok(Value::Dict(class_namespace_dict(&p.0)));
            }
        }
    }
    Err(exc(
        "TypeError",
        format!("descriptor '{method}' requires a 'mappingproxy' object"),
    ))
}

/// Calls the `dict` method `name` with the proxy's namespace in place of `self`.
fn delegate(vm: &mut Vm, mut a: Args, name: &str) -> PyResult<Value> {
    let ns = this_namespace(&a, name)?;
    a.pos[0] = ns;
    match builtin_types().dict.lookup(name) {
        Some(Value::Native(n)) => match n.imp {
            NativeImpl::Plain(f) => f(vm, a),
            NativeImpl::Flow(f) => {
                let flow = f(vm, a)?;
                vm.run_flow_nested(flow)
            }
        },
        _ => Err(exc(
            "AttributeError",
            format!("'mappingproxy' object has no attribute '{name}'"),
        )),
    }
}

fn proxy_keys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    delegate(vm, a, "keys")
}
fn proxy_values(vm: &mut Vm, a: Args) -> PyResult<Value> {
    delegate(vm, a, "values")
}
fn proxy_items(vm: &mut Vm, a: Args) -> PyResult<Value> {
    delegate(vm, a, "items")
}
fn proxy_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = a.pos.len() - 1;
    if !(1..=2).contains(&n) {
        return Err(exc(
            "TypeError",
            format!("get expected at least 1 argument, got {n}"),
        ));
    }
    delegate(vm, a, "get")
}
fn proxy_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    delegate(vm, a, "copy")
}
fn proxy_len(_: &mut Vm, a: Args) -> PyResult<Value> {
    match this_namespace(&a, "__len__")? {
        Value::Dict(d) => Ok(Value::Int(d.len() as i64)),
        _ => Ok(Value::Int(0)),
    }
}
fn proxy_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ns = this_namespace(&a, "__repr__")?;
    let inner = vm.repr_nested(&ns)?;
    Ok(Value::string(format!("mappingproxy({inner})")))
}
fn proxy_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ns = this_namespace(&a, "__str__")?;
    Ok(Value::string(vm.str_nested(&ns)?))
}
fn proxy_getitem(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    let ns = this_namespace(&a, "__getitem__")?;
    let key = a.pos.get(1).cloned().unwrap_or(Value::None);
    vm.getitem_flow(&ns, &key)
}
fn proxy_contains(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    let ns = this_namespace(&a, "__contains__")?;
    let key = a.pos.get(1).cloned().unwrap_or(Value::None);
    vm.contains_flow(&ns, &key)
}
fn proxy_iter(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    let ns = this_namespace(&a, "__iter__")?;
    vm.iter_flow(&ns)
}
fn proxy_eq(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    let ns = this_namespace(&a, "__eq__")?;
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    vm.compare_flow(crate::compiler::CmpOp::Eq, ns, other)
}
fn proxy_or(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    let ns = this_namespace(&a, "__or__")?;
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    vm.binop_flow(crate::compiler::BinOp::Or, ns, other, false)
}
