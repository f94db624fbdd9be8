//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654) and the runtime support of `except*`.
//!
//! The group's `message` and `exceptions` live in [`GroupParts`] on the exception data; `args`
//! keep what the constructor received (so `repr` shows the list as passed). The algorithms
//! follow CPython 3.12's `Objects/exceptions.c`: a recursive `split` that copies the traceback,
//! `__context__`, `__cause__` and `__notes__` onto each derived group, the `except*` matcher that
//! wraps a naked exception in `ExceptionGroup('', (exc,))`, and the final "prepare the re-raise"
//! step that rebuilds the unhandled and re-raised leaves in their original nesting and adds the
//! exceptions raised by handlers in a new group.

use std::collections::HashSet;
use std::rc::Rc;

use crate::object::exception::{exc, is_exc_instance, new_exception, GroupParts};
use crate::object::{builtin_types, NativeFunction, NativeImpl, TypeKind, TypeObject, Value};
use crate::vm::{Args, PyResult, Vm};

/// True if `v` is an exception group instance.
pub fn is_group(v: &Value) -> bool {
    is_exc_instance(v, "BaseExceptionGroup")
}

/// The sub-exceptions of a group (empty for anything else).
pub fn group_exceptions(v: &Value) -> Vec<Value> {
    v.exc_data()
        .and_then(|d| d.borrow().group.as_ref().map(|g| g.exceptions.clone()))
        .unwrap_or_default()
}

/// The message of a group (empty for anything else).
pub fn group_message(v: &Value) -> Value {
    v.exc_data()
        .and_then(|d| d.borrow().group.as_ref().map(|g| g.message.clone()))
        .unwrap_or_else(|| Value::str(""))
}

/// `str(group)`: `msg (N sub-exception[s])`.
pub fn group_str(v: &Value) -> String {
    let n = group_exceptions(v).len();
    let msg = group_message(v);
    format!(
        "{} ({} sub-exception{})",
        msg.as_str().unwrap_or(""),
        n,
        if n == 1 { "" } else { "s" }
    )
}

/// Creates a group as `BaseExceptionGroup(message, excs)` would (the class is chosen by the
/// constructor rules); `args_seq` is the sequence shown in `args`.
fn construct(
    cls: Rc<TypeObject>,
    message: Value,
    args_seq: Value,
    excs: Vec<Value>,
) -> PyResult<Value> {
    let types = builtin_types();
    let base_group = types.exc("BaseExceptionGroup");
    let group = types.exc("ExceptionGroup");
    let exception = types.exc("Exception");
    let nested_base = excs.iter().any(|e| !e.class().is_subclass(&exception));
    let cls = if Rc::ptr_eq(&cls, &base_group) {
        if nested_base {
            cls
        } else {
            group
        }
    } else if Rc::ptr_eq(&cls, &group) {
        if nested_base {
            return Err(exc(
                "TypeError",
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
        cls
    } else {
        if nested_base && cls.is_subclass(&exception) {
            return Err(exc(
                "TypeError",
                format!("Cannot nest BaseExceptions in '{}'", cls.name),
            ));
        }
        cls
    };
    let e = new_exception(cls, vec![message.clone(), args_seq]);
    if let Some(d) = e.exc_data() {
        d.borrow_mut().group = Some(Box::new(GroupParts {
            message,
            exceptions: excs,
        }));
    }
    Ok(e)
}

/// A new `ExceptionGroup(message, list)` (or `BaseExceptionGroup` when a member is not an
/// `Exception`), as the runtime builds them (`except*`, `TaskGroup`).
pub fn new_group(message: &str, excs: Vec<Value>) -> Value {
    let cls = builtin_types().exc("BaseExceptionGroup");
    let seq = Value::list(excs.clone());
    construct(cls, Value::str(message), seq, excs).unwrap_or_else(|e| e)
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn eg_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.pos.first().cloned() else {
        return Err(exc(
            "TypeError",
            "BaseExceptionGroup.__new__(X): X is not a type object",
        ));
    };
    if !a.kw.is_empty() {
        return Err(exc(
            "TypeError",
            format!("{}() takes no keyword arguments", cls.name),
        ));
    }
    let given = a.pos.len() - 1;
    if given != 2 {
        return Err(exc(
            "TypeError",
            format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({given} given)"),
        ));
    }
    let message = a.pos[1].clone();
    if !matches!(message, Value::Str(_)) {
        return Err(exc(
            "TypeError",
            format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                message.type_name()
            ),
        ));
    }
    let seq = a.pos[2].clone();
    let items = match &seq {
        Value::List(l) => l.borrow().to_vec(),
        Value::Tuple(t) => t.to_vec(),
        Value::Range(_) | Value::Str(_) => vm.iterate_nested(&seq)?,
        Value::Instance(i) if i.class.borrow().lookup("__getitem__").is_some() => {
            vm.iterate_nested(&seq)?
        }
        _ => {
            return Err(exc(
                "TypeError",
                "second argument (exceptions) must be a sequence",
            ))
        }
    };
    if items.is_empty() {
        return Err(exc(
            "ValueError",
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    for (i, e) in items.iter().enumerate() {
        if !e.is_exception() {
            return Err(exc(
                "ValueError",
                format!("Item {i} of second argument (exceptions) is not an exception"),
            ));
        }
    }
    construct(cls, message, seq, items)
}

fn this_group(a: &Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(v) if is_group(v) => Ok(v.clone()),
        _ => Err(exc(
            "TypeError",
            "descriptor requires a 'BaseExceptionGroup' object",
        )),
    }
}

/// `BaseExceptionGroup.__str__`.
fn eg_str(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_group(&a)?;
    Ok(Value::string(group_str(&g)))
}

/// `derive(excs)`: a new group with the same message (the class chosen by the constructor).
fn eg_derive(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_group(&a)?;
    let Some(excs) = a.pos.get(1).cloned() else {
        return Err(exc(
            "TypeError",
            "BaseExceptionGroup.derive() takes exactly one argument (0 given)",
        ));
    };
    let cls = Value::Type(builtin_types().exc("BaseExceptionGroup"));
    let msg = group_message(&g);
    let flow = vm.instantiate(
        match &cls {
            Value::Type(t) => t.clone(),
            _ => unreachable!("constructed as a type above"),
        },
        Args::new(vec![msg, excs]),
    )?;
    vm.run_flow_nested(flow)
}

/// What `split`/`subgroup`/`except*` match leaves against.
enum Matcher {
    /// A class or a tuple of classes (isinstance).
    Types(Vec<Rc<TypeObject>>),
    /// A callable predicate.
    Predicate(Value),
    /// Leaf identities (re-raise projection).
    Ids(HashSet<usize>),
}

impl Matcher {
    fn from_value(v: &Value) -> PyResult<Matcher> {
        let bad = || {
            exc(
                "TypeError",
                "expected a function, exception type or tuple of exception types",
            )
        };
        match v {
            Value::Type(t) if t.kind == TypeKind::BaseException => {
                Ok(Matcher::Types(vec![t.clone()]))
            }
            Value::Type(_) => Err(bad()),
            Value::Tuple(items) => {
                let mut ts = Vec::new();
                for it in items.iter() {
                    match it {
                        Value::Type(t) if t.kind == TypeKind::BaseException => ts.push(t.clone()),
                        _ => return Err(bad()),
                    }
                }
                Ok(Matcher::Types(ts))
            }
            Value::Function(_) | Value::Method(_) | Value::Native(_) => {
                Ok(Matcher::Predicate(v.clone()))
            }
            Value::Instance(i) if i.class.borrow().lookup("__call__").is_some() => {
                Ok(Matcher::Predicate(v.clone()))
            }
            _ => Err(bad()),
        }
    }

    fn matches(&self, vm: &mut Vm, e: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(ts) => {
                let c = e.class();
                Ok(ts.iter().any(|t| c.is_subclass(t)))
            }
            Matcher::Predicate(f) => {
                let r = vm.call_nested(f.clone(), Args::new(vec![e.clone()]))?;
                vm.truthy_nested(&r)
            }
            Matcher::Ids(ids) => Ok(e.heap_addr().is_some_and(|a| ids.contains(&a))),
        }
    }
}

/// `eg.derive(excs)` (a user override runs) plus CPython's metadata copy.
fn derive_and_copy(vm: &mut Vm, eg: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let derive = vm.getattr_nested(eg, "derive")?;
    let new = vm.call_nested(derive, Args::new(vec![Value::list(excs)]))?;
    if !is_group(&new) {
        return Err(exc(
            "TypeError",
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    if let (Some(src), Some(dst)) = (eg.exc_data(), new.exc_data()) {
        let src = src.borrow();
        let mut dst = dst.borrow_mut();
        dst.traceback = src.traceback.clone();
        if src.context.is_some() {
            dst.context = src.context.clone();
        }
        if src.cause.is_some() {
            dst.cause = src.cause.clone();
            dst.suppress_context = true;
        }
        dst.notes = src.notes.clone();
    }
    Ok(new)
}

/// Splits `e` into the part matching and the rest (None for an empty part), keeping the
/// nesting of groups.
fn split_recursive(
    vm: &mut Vm,
    e: &Value,
    m: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if m.matches(vm, e)? {
        return Ok((Some(e.clone()), None));
    }
    if !is_group(e) {
        return Ok((None, want_rest.then(|| e.clone())));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for child in group_exceptions(e) {
        let (a, b) = split_recursive(vm, &child, m, want_rest)?;
        matched.extend(a);
        rest.extend(b);
    }
    let matched = if matched.is_empty() {
        None
    } else {
        Some(derive_and_copy(vm, e, matched)?)
    };
    let rest = if !want_rest || rest.is_empty() {
        None
    } else {
        Some(derive_and_copy(vm, e, rest)?)
    };
    Ok((matched, rest))
}

fn opt(v: Option<Value>) -> Value {
    v.unwrap_or(Value::None)
}

/// `split(condition)` -> `(match, rest)`.
fn eg_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_group(&a)?;
    let m = Matcher::from_value(a.pos.get(1).unwrap_or(&Value::None))?;
    let (x, y) = split_recursive(vm, &g, &m, true)?;
    Ok(Value::tuple(vec![opt(x), opt(y)]))
}

/// `subgroup(condition)` -> the matching part or None.
fn eg_subgroup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_group(&a)?;
    let m = Matcher::from_value(a.pos.get(1).unwrap_or(&Value::None))?;
    let (x, _) = split_recursive(vm, &g, &m, false)?;
    Ok(opt(x))
}

/// Installs the group methods on `BaseExceptionGroup`.
pub fn install(t: &crate::object::types::BuiltinTypes) {
    let base = t.exc("BaseExceptionGroup");
    base.set_attr(
        "__new__",
        NativeFunction::method("BaseExceptionGroup", "__new__", NativeImpl::Plain(eg_new)),
    );
    type M = fn(&mut Vm, Args) -> PyResult<Value>;
    let methods: [(&'static str, M); 4] = [
        ("__str__", eg_str),
        ("derive", eg_derive),
        ("split", eg_split),
        ("subgroup", eg_subgroup),
    ];
    for (name, f) in methods {
        base.set_attr(
            name,
            NativeFunction::method("BaseExceptionGroup", name, NativeImpl::Plain(f)),
        );
    }
}

// ----- except* -----

/// Checks the class (or tuple) of an `except*` clause.
fn check_star_type(t: &Value) -> PyResult<()> {
    let check_one = |v: &Value| -> PyResult<()> {
        match v {
            Value::Type(t) if t.kind == TypeKind::BaseException => {
                if t.is_subclass(&builtin_types().exc("BaseExceptionGroup")) {
                    return Err(exc(
                        "TypeError",
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ));
                }
                Ok(())
            }
            _ => Err(exc(
                "TypeError",
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    };
    match t {
        Value::Tuple(items) => items.iter().try_for_each(check_one),
        other => check_one(other),
    }
}

/// One `except* T` clause against what is left of the exception: `(match, rest)`.
/// A naked exception that matches is wrapped in `ExceptionGroup('', (exc,))`.
pub fn star_match(vm: &mut Vm, rest: &Value, t: &Value) -> PyResult<(Value, Value)> {
    check_star_type(t)?;
    if matches!(rest, Value::None) {
        return Ok((Value::None, Value::None));
    }
    let m = Matcher::from_value(t)?;
    if m.matches(vm, rest)? {
        if is_group(rest) {
            return Ok((rest.clone(), Value::None));
        }
        let cls = builtin_types().exc("BaseExceptionGroup");
        let seq = Value::tuple(vec![rest.clone()]);
        let wrapped = construct(cls, Value::str(""), seq, vec![rest.clone()])?;
        return Ok((wrapped, Value::None));
    }
    if is_group(rest) {
        let split = vm.getattr_nested(rest, "split")?;
        let pair = vm.call_nested(split, Args::new(vec![t.clone()]))?;
        if let Value::Tuple(p) = &pair {
            if p.len() == 2 {
                return Ok((p[0].clone(), p[1].clone()));
            }
        }
        return Err(exc(
            "TypeError",
            "X.split(T) must return a tuple, not ".to_string() + &pair.type_name(),
        ));
    }
    Ok((Value::None, rest.clone()))
}

/// Same traceback, cause and context: the exception is a re-raise of part of `orig`.
fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (a.exc_data(), b.exc_data()) else {
        return false;
    };
    let (x, y) = (x.borrow(), y.borrow());
    let same_opt = |p: &Option<Value>, q: &Option<Value>| match (p, q) {
        (None, None) => true,
        (Some(p), Some(q)) => p.is(q),
        _ => false,
    };
    x.traceback.len() == y.traceback.len()
        && x.traceback
            .iter()
            .zip(y.traceback.iter())
            .all(|(p, q)| p.line == q.line && p.name == q.name && p.filename == q.filename)
        && same_opt(&x.cause, &y.cause)
        && same_opt(&x.context, &y.context)
}

fn collect_leaf_ids(e: &Value, out: &mut HashSet<usize>) {
    if is_group(e) {
        for c in group_exceptions(e) {
            collect_leaf_ids(&c, out);
        }
    } else if let Some(a) = e.heap_addr() {
        out.insert(a);
    }
}

/// The exception an `except*` statement raises at its end (None: everything was handled):
/// `orig` is what the `try` body raised, `excs` what each handler raised followed by the
/// unhandled rest (None entries are skipped).
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &[Value]) -> PyResult<Value> {
    let excs: Vec<Value> = excs
        .iter()
        .filter(|e| !matches!(e, Value::None))
        .cloned()
        .collect();
    if excs.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(orig) {
        // A naked exception was wrapped: at most one clause ran.
        return Ok(excs[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised_ids = HashSet::new();
    for e in &excs {
        if same_metadata(e, orig) {
            collect_leaf_ids(e, &mut reraised_ids);
        } else {
            raised.push(e.clone());
        }
    }
    let reraised = if reraised_ids.is_empty() {
        None
    } else {
        split_recursive(vm, orig, &Matcher::Ids(reraised_ids), false)?.0
    };
    if raised.is_empty() {
        return Ok(opt(reraised));
    }
    raised.extend(reraised);
    Ok(new_group("", raised))
}
