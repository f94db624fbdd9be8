//! Metaclasses: classes whose type is a user subclass of `type` (`TypeObject::metaclass`).
//!
//! A class statement picks the most derived metaclass of its `metaclass=` keyword and the types
//! of its bases ([`statement_metaclass`]); when that is `type` the class is built as always
//! (`call::finish_class`, nothing here runs). Otherwise the metaclass's `__prepare__` gives the
//! namespace the body fills, and the metaclass is called with `(name, bases, namespace,
//! **kwargs)` ([`call_metaclass`]): `type.__call__` runs its `__new__` (whose `super().__new__`
//! is [`type_new`]: the class, `__set_name__`, `__init_subclass__`) and then its `__init__`.
//! Calling a class whose metaclass defines `__call__` runs that ([`instantiate_special`]).
//! Attribute lookup on such a class follows `type.__getattribute__` ([`class_getattr`]).

use std::cell::RefCell;
use std::rc::Rc;

use super::ops::{bind, bind_classmethod, user_method};
use super::{Args, Cont, Flow, PyResult, Then, Vm};
use crate::object::exception::{attribute_error, exc};
use crate::object::{
    builtin_types, new_attr_map, AttrMap, Dict, NativeFunction, Payload, TypeObject, Value,
};

/// CPython's message when no base's metaclass is the most derived.
const CONFLICT: &str = "metaclass conflict: the metaclass of a derived class must be a \
                        (non-strict) subclass of the metaclasses of all its bases";

/// The most derived of `meta` and the metaclasses of `bases` (CPython's
/// `_PyType_CalculateMetaclass`), or the metaclass conflict TypeError.
pub fn most_derived(meta: &Rc<TypeObject>, bases: &[Value]) -> PyResult<Rc<TypeObject>> {
    let mut winner = meta.clone();
    let mut abc_base = false;
    for base in bases {
        let Value::Type(b) = base else { continue };
        // An ABC's metaclass is abc.ABCMeta, which the playground stands in for (its type
        // stays `type`) and no metaclass here derives from: it conflicts with any other.
        abc_base |= b.metaclass.is_none() && crate::modules::abc::is_abc(b);
        let base_meta = b.metatype();
        if winner.is_subclass(&base_meta) {
            continue;
        }
        if base_meta.is_subclass(&winner) {
            winner = base_meta;
            continue;
        }
        return Err(exc("TypeError", CONFLICT));
    }
    if abc_base && !Rc::ptr_eq(&winner, &builtin_types().type_) {
        return Err(exc("TypeError", CONFLICT));
    }
    Ok(winner)
}

/// For a class statement: the metaclass to call once the body ran (`None` for `type`: the
/// plain path), after filling `ns` with what its `__prepare__` returned. `explicit` is the
/// `metaclass=` keyword; any callable that is not a class is called as it is.
pub fn statement_metaclass(
    vm: &mut Vm,
    explicit: Option<Value>,
    name: &Rc<str>,
    bases: &[Value],
    ns: &RefCell<AttrMap>,
    kwargs: &[(Rc<str>, Value)],
) -> PyResult<Option<Value>> {
    let types = builtin_types();
    let meta = match explicit {
        None => types.type_.clone(),
        Some(Value::Type(t)) if t.makes_classes => t,
        Some(other) => {
            // Any other callable: no winner, no __prepare__ (functions have none).
            if let Value::Type(t) = &other {
                if let Some(prepare) = t.lookup("__prepare__") {
                    prepare_namespace(vm, &other, prepare, &t.name, name, bases, ns, kwargs)?;
                }
            }
            return Ok(Some(other));
        }
    };
    let winner = most_derived(&meta, bases)?;
    if Rc::ptr_eq(&winner, &types.type_) {
        return Ok(None);
    }
    let meta_value = Value::Type(winner.clone());
    if let Some(prepare) = winner.lookup("__prepare__") {
        prepare_namespace(
            vm,
            &meta_value,
            prepare,
            &winner.name,
            name,
            bases,
            ns,
            kwargs,
        )?;
    }
    Ok(Some(meta_value))
}

/// Calls `meta.__prepare__(name, bases, **kwargs)` and copies the dict it returns into `ns`
/// (the namespace the class body fills). Other mappings are refused by name.
#[allow(clippy::too_many_arguments)]
fn prepare_namespace(
    vm: &mut Vm,
    meta: &Value,
    prepare: Value,
    meta_name: &str,
    name: &Rc<str>,
    bases: &[Value],
    ns: &RefCell<AttrMap>,
    kwargs: &[(Rc<str>, Value)],
) -> PyResult<()> {
    let func = match &prepare {
        Value::Instance(i) => match &i.payload {
            Payload::ClassMethod(f) => bind_classmethod(f, meta.clone()),
            Payload::StaticMethod(f) => f.clone(),
            _ => prepare.clone(),
        },
        Value::Native(n) => n.bind(meta.clone()),
        _ => prepare.clone(),
    };
    let mut args = Args::new(vec![Value::Str(name.clone()), Value::tuple(bases.to_vec())]);
    args.kw = kwargs.to_vec();
    let made = vm.call_nested(func, args)?;
    match made {
        Value::Dict(d) => {
            let mut ns = ns.borrow_mut();
            for e in d.entries() {
                let Value::Str(k) = e.key else {
                    return Err(exc(
                        "NotImplementedError",
                        "a class namespace with keys that are not str is not supported in the \
                         playground",
                    ));
                };
                ns.insert(k, e.value);
            }
            Ok(())
        }
        Value::Instance(_) => Err(exc(
            "NotImplementedError",
            format!(
                "{meta_name}.__prepare__() returned a {}: a class namespace other than a dict \
                 is not supported in the playground",
                made.type_name()
            ),
        )),
        other => Err(exc(
            "TypeError",
            format!(
                "{meta_name}.__prepare__() must return a mapping, not {}",
                other.type_name()
            ),
        )),
    }
}

/// Ends a class statement with a metaclass: calls `meta(name, bases, namespace, **kwargs)`
/// (the namespace a dict holding what the body stored, and `__classcell__` when methods use
/// `super()`/`__class__`), delivering the result to `outer`.
#[allow(clippy::too_many_arguments)]
pub fn call_metaclass(
    vm: &mut Vm,
    meta: Value,
    name: Rc<str>,
    bases: Vec<Value>,
    ns: Rc<RefCell<AttrMap>>,
    kwargs: Vec<(Rc<str>, Value)>,
    cell: Value,
    outer: Cont,
) -> PyResult<()> {
    let d = Dict::new();
    let entries: Vec<(Rc<str>, Value)> = ns
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (k, v) in entries {
        vm.dict_set(&d, Value::Str(k), v)?;
    }
    if let Value::Cell(_) = &cell {
        vm.dict_set(&d, Value::str("__classcell__"), cell)?;
    }
    let mut args = Args::new(vec![Value::Str(name), Value::tuple(bases), Value::dict(d)]);
    args.kw = kwargs;
    vm.call(meta, args, outer)
}

/// `instantiate` for a class with a user metaclass or a class-making type: the metaclass's
/// `__call__` when it defines one, else `type.__call__`'s work ([`type_call`]). `None` when
/// the ordinary instantiation applies (a metaclass without `__call__`, instances that are
/// not classes).
pub fn instantiate_special(
    vm: &mut Vm,
    t: &Rc<TypeObject>,
    args: &mut Args,
) -> PyResult<Option<Flow>> {
    if let Some(meta) = &t.metaclass {
        if let Some(call) = user_method(meta, "__call__") {
            return Ok(Some(Flow::Call {
                func: bind(call, &Value::Type(t.clone()), meta),
                args: std::mem::take(args),
                then: Then::identity(),
            }));
        }
    }
    if t.makes_classes {
        return make_class_by_call(vm, t, std::mem::take(args)).map(Some);
    }
    Ok(None)
}

/// `type.__call__(mcls, *args)` for a class-making `mcls`: `type(x)`, or `mcls.__new__` then,
/// when it returned an instance of `mcls`, `mcls.__init__`.
pub fn make_class_by_call(vm: &mut Vm, mcls: &Rc<TypeObject>, args: Args) -> PyResult<Flow> {
    let types = builtin_types();
    let exact_type = Rc::ptr_eq(mcls, &types.type_);
    if exact_type && args.pos.len() == 1 && args.kw.is_empty() {
        return Ok(Flow::Value(Value::Type(args.pos[0].class())));
    }
    if exact_type && args.pos.len() != 3 {
        return Err(exc("TypeError", "type() takes 1 or 3 arguments"));
    }
    let made = match user_method(mcls, "__new__") {
        Some(new) => {
            let func = match &new {
                Value::Instance(i) => match &i.payload {
                    Payload::StaticMethod(f) => f.clone(),
                    _ => new.clone(),
                },
                _ => new.clone(),
            };
            let mut a = args.clone();
            a.pos.insert(0, Value::Type(mcls.clone()));
            vm.call_nested(func, a)?
        }
        None => type_new_of(vm, mcls, args.clone())?,
    };
    if let Value::Type(c) = &made {
        if c.metatype().is_subclass(mcls) {
            if let Some(init) = user_method(mcls, "__init__") {
                let r = vm.call_nested(bind(init, &made, mcls), args)?;
                if !matches!(r, Value::None) {
                    return Err(exc(
                        "TypeError",
                        format!("__init__() should return None, not '{}'", r.type_name()),
                    ));
                }
            }
        }
    }
    Ok(Flow::Value(made))
}

/// `type.__new__(mcls, name, bases, namespace, **kwargs)`: the new class (an instance of the
/// most derived metaclass), its `__classcell__` filled, `__set_name__` and
/// `__init_subclass__(**kwargs)` run.
pub fn type_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut a = a;
    if a.pos.is_empty() {
        return Err(exc("TypeError", "type.__new__(): not enough arguments"));
    }
    let first = a.pos.remove(0);
    match first {
        Value::Type(m) if m.makes_classes => type_new_of(vm, &m, a),
        Value::Type(other) => Err(exc(
            "TypeError",
            format!(
                "type.__new__({0}): {0} is not a subtype of type",
                other.name
            ),
        )),
        other => Err(exc(
            "TypeError",
            format!(
                "type.__new__(X): X is not a type object ({})",
                other.type_name()
            ),
        )),
    }
}

/// [`type_new`] once `mcls` is known to make classes.
fn type_new_of(vm: &mut Vm, mcls: &Rc<TypeObject>, a: Args) -> PyResult<Value> {
    if a.pos.len() != 3 {
        return Err(exc(
            "TypeError",
            format!(
                "type.__new__() takes exactly 3 arguments ({} given)",
                a.pos.len()
            ),
        ));
    }
    let Value::Str(name) = &a.pos[0] else {
        return Err(argument_error(1, "str", &a.pos[0]));
    };
    let Value::Tuple(bases) = &a.pos[1] else {
        return Err(argument_error(2, "tuple", &a.pos[1]));
    };
    let Value::Dict(d) = &a.pos[2] else {
        return Err(argument_error(3, "dict", &a.pos[2]));
    };
    let bases: Vec<Value> = bases.to_vec();
    let winner = most_derived(mcls, &bases)?;
    let ns = Rc::new(RefCell::new(new_attr_map()));
    let mut cell = None;
    for e in d.entries() {
        let Value::Str(k) = e.key else {
            return Err(exc(
                "NotImplementedError",
                "a class namespace with keys that are not str is not supported in the playground",
            ));
        };
        if &*k == "__classcell__" {
            cell = Some(e.value);
            continue;
        }
        ns.borrow_mut().insert(k, e.value);
    }
    if !ns.borrow().contains_key("__module__") {
        let module = vm
            .frames
            .last()
            .map(|f| f.globals.name.clone())
            .unwrap_or_else(|| Rc::from("__main__"));
        ns.borrow_mut()
            .insert(Rc::from("__module__"), Value::Str(module));
    }
    let meta = (!Rc::ptr_eq(&winner, &builtin_types().type_)).then_some(winner);
    let t = super::make_class(name.clone(), bases, ns, meta)?;
    if let Some(Value::Cell(c)) = cell {
        *c.borrow_mut() = Some(Value::Type(t.clone()));
    }
    super::class_protocol::after_class_created(vm, &t, a.kw)?;
    Ok(Value::Type(t))
}

/// `type.__new__() argument N must be T, not U`.
fn argument_error(n: usize, want: &str, got: &Value) -> Value {
    exc(
        "TypeError",
        format!(
            "type.__new__() argument {n} must be {want}, not {}",
            got.type_name()
        ),
    )
}

/// `type.__init__(cls, ...)`: checks the argument count only (the class is made by `__new__`).
fn type_init(_: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.len() {
        2 | 4 => Ok(Value::None),
        _ => Err(exc("TypeError", "type.__init__() takes 1 or 3 arguments")),
    }
}

/// `type.__call__(cls, *args, **kwargs)`: makes an instance of `cls` without consulting its
/// metaclass's `__call__` (what `super().__call__(...)` in a metaclass reaches).
fn type_call(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    let mut a = a;
    if a.pos.is_empty() {
        return Err(exc(
            "TypeError",
            "descriptor '__call__' of 'type' object needs an argument",
        ));
    }
    match a.pos.remove(0) {
        Value::Type(t) if t.makes_classes => make_class_by_call(vm, &t, a),
        Value::Type(t) => vm.instantiate_default(t, a),
        other => Err(exc(
            "TypeError",
            format!(
                "descriptor '__call__' requires a 'type' object but received a '{}'",
                other.type_name()
            ),
        )),
    }
}

/// `type.__prepare__(name, bases, **kwargs)`: an empty dict (whatever it is called with, bound
/// to a metaclass or not).
fn type_prepare(_: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::dict(Dict::new()))
}

/// `type.__setattr__(cls, name, value)`: sets a class attribute (a data descriptor of the
/// metaclass first), without the metaclass's own `__setattr__`.
fn type_setattr(vm: &mut Vm, a: Args) -> PyResult<Flow> {
    let (Some(Value::Type(t)), Some(Value::Str(name)), Some(v)) =
        (a.pos.first(), a.pos.get(1), a.pos.get(2))
    else {
        return Err(exc(
            "TypeError",
            "type.__setattr__() expects a class, a name and a value",
        ));
    };
    vm.class_setattr_plain(t, &Value::Type(t.clone()), name, v.clone())
}

/// `type.__delattr__(cls, name)`: deletes a class attribute without the metaclass's own
/// `__delattr__`.
fn type_delattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (Some(Value::Type(t)), Some(Value::Str(name))) = (a.pos.first(), a.pos.get(1)) else {
        return Err(exc(
            "TypeError",
            "type.__delattr__() expects a class and a name",
        ));
    };
    vm.class_delattr_plain(t, &Value::Type(t.clone()), name)?;
    Ok(Value::None)
}

/// Installs `type`'s methods: `__new__`, `__init__`, `__call__`, `__prepare__`,
/// `__setattr__`, `__delattr__`.
pub fn install(types: &crate::object::types::BuiltinTypes) {
    let type_ = &types.type_;
    type_.set_attr(
        "__new__",
        NativeFunction::method(
            "type",
            "__new__",
            crate::object::NativeImpl::Plain(type_new),
        ),
    );
    type_.set_attr(
        "__init__",
        NativeFunction::method(
            "type",
            "__init__",
            crate::object::NativeImpl::Plain(type_init),
        ),
    );
    type_.set_attr(
        "__call__",
        NativeFunction::method(
            "type",
            "__call__",
            crate::object::NativeImpl::Flow(type_call),
        ),
    );
    type_.set_attr(
        "__setattr__",
        NativeFunction::method(
            "type",
            "__setattr__",
            crate::object::NativeImpl::Flow(type_setattr),
        ),
    );
    type_.set_attr(
        "__delattr__",
        NativeFunction::method(
            "type",
            "__delattr__",
            crate::object::NativeImpl::Plain(type_delattr),
        ),
    );
    // A plain native rather than a classmethod object: making an instance here would take
    // an instance serial number (and so shift every `id()`) in the first run on a thread.
    type_.set_attr(
        "__prepare__",
        NativeFunction::method(
            "type",
            "__prepare__",
            crate::object::NativeImpl::Plain(type_prepare),
        ),
    );
}

/// `cls.name` for a class whose metaclass is `meta`, in `type.__getattribute__`'s order: a
/// data descriptor of the metaclass (a property), then the class's own MRO, then the
/// metaclass's other attributes (its methods bound to the class), then the metaclass's
/// `__getattr__`.
pub fn class_getattr(
    vm: &mut Vm,
    obj: &Value,
    t: &Rc<TypeObject>,
    meta: &Rc<TypeObject>,
    name: &str,
) -> PyResult<Flow> {
    let meta_attr = meta.lookup(name);
    if let Some(desc @ Value::Instance(d)) = &meta_attr {
        if let Payload::Property { fget, .. } = &d.payload {
            if matches!(fget, Value::None) {
                return Err(attribute_error(
                    format!("property '{name}' of '{}' object has no getter", meta.name),
                    name,
                    obj.clone(),
                ));
            }
            return Ok(Flow::call(
                fget.clone(),
                vec![obj.clone()],
                Then::identity(),
            ));
        }
        if matches!(d.payload, Payload::None) {
            let dt = d.class.borrow().clone();
            if let Some(get) = user_method(&dt, "__get__") {
                if user_method(&dt, "__set__").is_some() || user_method(&dt, "__delete__").is_some()
                {
                    return Ok(Flow::call(
                        bind(get, desc, &dt),
                        vec![obj.clone(), Value::Type(meta.clone())],
                        Then::identity(),
                    ));
                }
            }
        }
    }
    if let Some(attr) = t.lookup(name) {
        return vm.class_attr_flow(obj, attr);
    }
    if let Some(attr) = meta_attr {
        if let Value::Instance(d) = &attr {
            if matches!(d.payload, Payload::None) {
                let dt = d.class.borrow().clone();
                if let Some(get) = user_method(&dt, "__get__") {
                    return Ok(Flow::call(
                        bind(get, &attr, &dt),
                        vec![obj.clone(), Value::Type(meta.clone())],
                        Then::identity(),
                    ));
                }
            }
        }
        return Ok(Flow::Value(bind(attr, obj, meta)));
    }
    if let Some(ga) = user_method(meta, "__getattr__") {
        return Ok(Flow::call(
            bind(ga, obj, meta),
            vec![Value::str(name)],
            Then::identity(),
        ));
    }
    Err(attribute_error(
        format!("type object '{}' has no attribute '{name}'", t.name),
        name,
        obj.clone(),
    ))
}

/// The special method `name` of a class's metaclass, bound to the class (`len(C)`, `iter(C)`,
/// `C[k]`, `x in C`, `repr(C)`, ...): `None` for classes without a user metaclass or whose
/// metaclass does not define it.
pub fn meta_method(obj: &Value, name: &str) -> Option<Value> {
    let Value::Type(t) = obj else { return None };
    let meta = t.metaclass.as_ref()?;
    user_method(meta, name).map(|f| bind(f, obj, meta))
}
