//! The hooks CPython runs around class creation and instance layout: `__set_name__` on the
//! class body's descriptors, `__init_subclass__` with the class keywords, and `__slots__`
//! (a fixed set of attribute names and no `__dict__`).

use std::rc::Rc;

use super::{Args, PyResult, Vm};
use crate::object::exception::exc;
use crate::object::{Payload, TypeObject, Value};

/// After `t` was created: `__set_name__(owner, name)` on every class-body value whose class
/// defines it, then the nearest base's `__init_subclass__(**kwargs)`.
pub fn after_class_created(
    vm: &mut Vm,
    t: &Rc<TypeObject>,
    kwargs: Vec<(Rc<str>, Value)>,
) -> PyResult<()> {
    let entries: Vec<(Rc<str>, Value)> = t
        .dict()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (name, v) in entries {
        if let Value::Instance(i) = &v {
            let cls = i.class.borrow().clone();
            if let Some(hook) = super::ops::user_method(&cls, "__set_name__") {
                let bound = super::ops::bind(hook, &v, &cls);
                vm.call_nested(
                    bound,
                    Args::new(vec![Value::Type(t.clone()), Value::Str(name)]),
                )?;
            }
        }
    }
    init_subclass(vm, t, kwargs)
}

/// Calls the first `__init_subclass__` found after `t` in its MRO (an implicit classmethod);
/// `object`'s accepts no keywords.
fn init_subclass(vm: &mut Vm, t: &Rc<TypeObject>, kwargs: Vec<(Rc<str>, Value)>) -> PyResult<()> {
    for base in t.mro.iter() {
        if base.builtin {
            continue;
        }
        let Some(hook) = base.dict().get("__init_subclass__").cloned() else {
            continue;
        };
        let func = match &hook {
            Value::Instance(i) => match &i.payload {
                Payload::ClassMethod(f) => f.clone(),
                _ => hook.clone(),
            },
            _ => hook.clone(),
        };
        let bound = Value::Method(Rc::new(crate::object::BoundMethod {
            self_: Value::Type(t.clone()),
            func,
        }));
        vm.call_nested(
            bound,
            Args {
                pos: Default::default(),
                kw: kwargs,
            },
        )?;
        return Ok(());
    }
    object_init_subclass_check(&t.name, &kwargs)
}

/// `object.__init_subclass__` takes no keyword arguments.
pub fn object_init_subclass_check(name: &str, kwargs: &[(Rc<str>, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(exc(
            "TypeError",
            format!("{name}.__init_subclass__() takes no keyword arguments"),
        ))
    }
}

/// The attribute names instances of `t` may have when every user class in its MRO declares
/// `__slots__` (so instances have no `__dict__`); `None` when instances have a `__dict__`.
pub fn slot_names(t: &Rc<TypeObject>) -> Option<Vec<Rc<str>>> {
    if !t.dict().contains_key("__slots__") {
        return None;
    }
    let mut names = Vec::new();
    for c in t.full_mro() {
        if c.builtin {
            continue;
        }
        let slots = c.dict().get("__slots__").cloned()?;
        for n in slot_list(&slots) {
            if &*n == "__dict__" {
                return None;
            }
            names.push(n);
        }
    }
    Some(names)
}

/// The names a `__slots__` value declares (a string, or a tuple/list of strings).
fn slot_list(v: &Value) -> Vec<Rc<str>> {
    match v {
        Value::Str(s) => vec![s.clone()],
        Value::Tuple(items) => items
            .iter()
            .filter_map(|x| x.as_str().map(Rc::from))
            .collect(),
        Value::List(items) => items
            .borrow()
            .iter()
            .filter_map(|x| x.as_str().map(Rc::from))
            .collect(),
        _ => Vec::new(),
    }
}

/// CPython's `__build_class__` step for bases that are not classes: each base whose class
/// defines `__mro_entries__(bases)` is replaced by the classes that call returns (so
/// `class Box(Generic[T])` derives from `Generic`). Returns the resolved bases and, when
/// something was replaced, the original bases for the class's `__orig_bases__`.
pub fn resolve_mro_entries(
    vm: &mut Vm,
    bases: Vec<Value>,
) -> PyResult<(Vec<Value>, Option<Value>)> {
    if bases.iter().all(|b| matches!(b, Value::Type(_))) {
        return Ok((bases, None));
    }
    let original = Value::tuple(bases.clone());
    let mut resolved = Vec::with_capacity(bases.len());
    let mut replaced = false;
    for base in bases {
        let Value::Instance(i) = &base else {
            resolved.push(base);
            continue;
        };
        let cls = i.class.borrow().clone();
        let Some(hook) = super::ops::user_method(&cls, "__mro_entries__") else {
            resolved.push(base);
            continue;
        };
        let entries = vm.call_nested(
            super::ops::bind(hook, &base, &cls),
            Args::new(vec![original.clone()]),
        )?;
        let Value::Tuple(entries) = entries else {
            return Err(exc("TypeError", "__mro_entries__ must return a tuple"));
        };
        resolved.extend(entries.iter().cloned());
        replaced = true;
    }
    Ok((resolved, replaced.then_some(original)))
}
