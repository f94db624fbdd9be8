//! Built-in functions and the `builtins` module.

mod bytes_methods;
mod bytes_more;
pub mod direct;
pub mod format;
mod int_bytes;
pub mod mappingproxy;
pub mod method_args;
mod methods;
mod namespaces;
mod operator_dunders;
mod percent;
mod sort;
mod str_extra;
mod str_translate;
pub mod subclass;

use std::rc::Rc;

pub use methods::install_type_methods;

use crate::object::bigint;
use crate::object::exception::{exc, is_exc_instance};
use crate::object::iter::IterState;
use crate::object::types::TypeKind;
use crate::object::{
    builtin_types, Dict, GenKind, Instance, IterObj, Module, NativeFunction, Payload, RangeObj,
    SliceObj, TypeObject, Value,
};
use crate::vm::ops::{bind, user_method};
use crate::vm::{Args, Flow, PyResult, ResumeInput, Then, Vm};

type PlainFn = fn(&mut Vm, Args) -> PyResult<Value>;
type FlowFn = fn(&mut Vm, Args) -> PyResult<Flow>;

/// Checks the positional argument count.
pub fn arity(name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    arity_of(name, args.pos.len(), min, max)
}

/// Like [`arity`] for a method of a built-in type, counting the arguments after the
/// receiver: `method_arity("str.upper", a, 0, 0)` is CPython's `str.upper() takes no
/// arguments (1 given)`, `method_arity("get", a, 1, 2)` its `get expected at least 1
/// argument, got 0`.
pub fn method_arity(name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    arity_of(name, args.pos.len().saturating_sub(1), min, max)
}

fn arity_of(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min || n > max {
        let msg = if min == max {
            if min == 1 {
                format!("{name}() takes exactly one argument ({n} given)")
            } else if min == 0 {
                format!("{name}() takes no arguments ({n} given)")
            } else {
                format!("{name} expected {min} arguments, got {n}")
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(exc("TypeError", msg));
    }
    Ok(())
}

/// Escapes non-ASCII characters as `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// An integer argument as CPython's `PyNumber_AsSsize_t` reads it: ints, bools, int subclasses
/// and objects with `__index__`; anything else is `TypeError: 'X' object cannot be interpreted
/// as an integer`.
pub(crate) fn to_int(vm: &mut Vm, v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::BigInt(_) => Err(exc(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )),
        Value::Bool(b) => Ok(*b as i64),
        Value::Instance(i) => {
            let t = i.class.borrow().clone();
            match user_method(&t, "__index__") {
                Some(f) => match vm.call_nested(bind(f, v, &t), Args::default())? {
                    Value::Int(i) => Ok(i),
                    _ => Err(exc("TypeError", "__index__ returned non-int")),
                },
                None if matches!(i.builtin_value(), Some(Value::Int(_) | Value::BigInt(_))) => {
                    let inner = i.builtin_value().cloned().unwrap_or(Value::None);
                    to_int(vm, &inner, what)
                }
                None => Err(crate::object::exception::not_an_integer(&t.name)),
            }
        }
        other => {
            let _ = what;
            Err(crate::object::exception::not_an_integer(&other.type_name()))
        }
    }
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Flow> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in &args.kw {
        match (&**k, v) {
            ("sep", Value::Str(s)) => sep = s.to_string(),
            ("sep", Value::None) => {}
            ("end", Value::Str(s)) => end = s.to_string(),
            ("end", Value::None) => {}
            ("sep" | "end", other) => {
                return Err(exc(
                    "TypeError",
                    format!("{k} must be None or a string, not {}", other.type_name()),
                ))
            }
            ("file", v) => file = v.clone(),
            ("flush", v) => flush = Vm::truthy_simple(v).unwrap_or(true),
            _ => {
                return Err(exc(
                    "TypeError",
                    format!("'{k}' is an invalid keyword argument for print()"),
                ))
            }
        }
    }
    if matches!(file, Value::None) {
        // `sys.stdout` may have been replaced (`sys.stdout = buf`, `redirect_stdout`).
        if let Some(sys) = vm
            .modules
            .iter()
            .find(|(n, _)| &**n == "sys")
            .map(|m| m.1.clone())
        {
            file = sys.get("stdout").unwrap_or(Value::None);
        }
    }
    let target = match &file {
        Value::None => PrintTarget::Std(crate::modules::sys::StdStream::Stdout),
        v => match crate::modules::sys::std_stream_of(v) {
            Some(stream) => PrintTarget::Std(stream),
            None => PrintTarget::Object { file, flush },
        },
    };
    let target = Rc::new(target);
    print_from(
        vm,
        Rc::new(args.pos.into_vec()),
        0,
        Vec::new(),
        sep,
        end,
        target,
    )
}

/// Where `print()` writes: a standard stream directly, or any object through its `write`
/// method (one call per piece, as CPython does, then `flush()` when asked).
enum PrintTarget {
    Std(crate::modules::sys::StdStream),
    Object { file: Value, flush: bool },
}

fn print_from(
    vm: &mut Vm,
    items: Rc<Vec<Value>>,
    mut idx: usize,
    mut pieces: Vec<String>,
    sep: String,
    end: String,
    target: Rc<PrintTarget>,
) -> PyResult<Flow> {
    while idx < items.len() {
        if idx > 0 {
            pieces.push(sep.clone());
        }
        let flow = vm.str_flow(&items[idx])?;
        match flow {
            Flow::Value(v) => {
                pieces.push(v.as_str().unwrap_or("").to_string());
                idx += 1;
            }
            other => {
                return vm.flow_then(other, move |vm, v| {
                    let mut pieces = pieces;
                    pieces.push(v.as_str().unwrap_or("").to_string());
                    print_from(vm, items, idx + 1, pieces, sep, end, target)
                });
            }
        }
    }
    pieces.push(end);
    match &*target {
        PrintTarget::Std(stream) => {
            crate::modules::sys::write_std(vm, *stream, &pieces.concat());
            Ok(Flow::Value(Value::None))
        }
        PrintTarget::Object { file, flush } => {
            let (file, flush) = (file.clone(), *flush);
            write_pieces(vm, file, Rc::new(pieces), 0, flush)
        }
    }
}

/// Calls `file.write(piece)` for each piece in turn, then `file.flush()` if asked.
fn write_pieces(
    vm: &mut Vm,
    file: Value,
    pieces: Rc<Vec<String>>,
    idx: usize,
    flush: bool,
) -> PyResult<Flow> {
    if idx == pieces.len() {
        if !flush {
            return Ok(Flow::Value(Value::None));
        }
        let method = vm.getattr_flow(&file, "flush")?;
        return vm.flow_then(method, |vm, m| {
            let call = vm.call_flow(m, Vec::new());
            vm.flow_then(call, |_, _| Ok(Flow::Value(Value::None)))
        });
    }
    let method = vm.getattr_flow(&file, "write")?;
    vm.flow_then(method, move |vm, m| {
        let call = vm.call_flow(m, vec![Value::string(pieces[idx].clone())]);
        vm.flow_then(call, move |vm, _| {
            write_pieces(vm, file, pieces, idx + 1, flush)
        })
    })
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Flow> {
    arity("len", &args, 1, 1)?;
    vm.len_flow(&args.pos[0])
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Flow> {
    arity("repr", &args, 1, 1)?;
    vm.repr_flow(&args.pos[0])
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("ascii", &args, 1, 1)?;
    let r = vm.repr_nested(&args.pos[0])?;
    Ok(Value::string(ascii_escape(&r)))
}

fn iter_(vm: &mut Vm, args: Args) -> PyResult<Flow> {
    arity("iter", &args, 1, 2)?;
    if args.pos.len() == 2 {
        return Ok(Flow::Value(IterObj::value(IterState::Callable {
            func: args.pos[0].clone(),
            sentinel: args.pos[1].clone(),
        })));
    }
    vm.iter_flow(&args.pos[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Flow> {
    arity("next", &args, 1, 2)?;
    let it = args.pos[0].clone();
    let default = args.pos.get(1).cloned();
    match &it {
        Value::Iter(i) => match vm.native_next(i)? {
            Some(v) => Ok(Flow::Value(v)),
            None => match default {
                Some(d) => Ok(Flow::Value(d)),
                None => Err(crate::object::exception::exc_empty("StopIteration")),
            },
        },
        Value::Gen(g) if g.kind == GenKind::Generator => {
            vm.c_stack
                .announce(crate::vm::c_stack::CEntry::BuiltinDunder);
            Ok(Flow::Resume {
                gen: g.clone(),
                input: ResumeInput::Send(Value::None),
                then: gen_result_then(default),
            })
        }
        Value::Instance(i) => {
            let t = i.class.borrow().clone();
            match t.lookup("__next__") {
                Some(f) => {
                    let then = Then::identity().catch(move |_, e| {
                        if is_exc_instance(&e, "StopIteration") {
                            if let Some(d) = default {
                                return Ok(Ok(Flow::Value(d)));
                            }
                        }
                        Err(e)
                    });
                    let func = bind(f, &it, &t);
                    vm.announce_c_entry(&func, crate::vm::c_stack::CEntry::BuiltinDunder);
                    Ok(Flow::Call {
                        func,
                        args: Args::default(),
                        then,
                    })
                }
                None => Err(exc(
                    "TypeError",
                    format!("'{}' object is not an iterator", t.name),
                )),
            }
        }
        other => Err(exc(
            "TypeError",
            format!("'{}' object is not an iterator", other.type_name()),
        )),
    }
}

/// The continuation of `next(gen)`/`gen.send(v)`: a yield is the result; a return raises
/// StopIteration(value) (or gives the default).
pub fn gen_result_then(default: Option<Value>) -> Box<Then> {
    Then::outcome(move |_, o| match o {
        crate::vm::Outcome::Yield(v, _) => Ok(Flow::Value(v)),
        crate::vm::Outcome::Return(v) => match default {
            Some(d) => Ok(Flow::Value(d)),
            None => {
                let args = if matches!(v, Value::None) {
                    vec![]
                } else {
                    vec![v]
                };
                Err(crate::object::exception::new_exception(
                    builtin_types().exc("StopIteration"),
                    args,
                ))
            }
        },
    })
}

/// The `__instancecheck__`/`__subclasscheck__` hook `t`'s class defines, for a second
/// argument that is not a class (CPython consults the metaclass; here, plain instances such
/// as `typing`'s aliases).
fn check_hook(t: &Value, hook: &str) -> Option<Value> {
    if let Value::Type(_) = t {
        // A class whose metaclass defines the hook.
        return crate::vm::metaclass::meta_method(t, hook);
    }
    let Value::Instance(i) = t else {
        return None;
    };
    let cls = i.class.borrow().clone();
    user_method(&cls, hook).map(|f| bind(f, t, &cls))
}

/// `isinstance(v, t)`: classes (with ABCs' virtual subclasses), tuples of them, and objects
/// with `__instancecheck__`.
fn isinstance_check(vm: &mut Vm, v: &Value, t: &Value) -> PyResult<bool> {
    match t {
        Value::Type(cls) => {
            let own = v.class();
            // The metaclass's hook, unless `v` is exactly an instance (CPython's shortcut).
            if cls.metaclass.is_some() && !Rc::ptr_eq(&own, cls) {
                if let Some(hook) = check_hook(t, "__instancecheck__") {
                    let r = vm.call_nested(hook, Args::new(vec![v.clone()]))?;
                    return vm.truthy_nested(&r);
                }
            }
            Ok(crate::modules::abc::subclass_check(&own, cls))
        }
        Value::Tuple(items) => {
            for it in items.iter() {
                if isinstance_check(vm, v, it)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => match check_hook(t, "__instancecheck__") {
            Some(hook) => {
                let r = vm.call_nested(hook, Args::new(vec![v.clone()]))?;
                vm.truthy_nested(&r)
            }
            None => Err(exc(
                "TypeError",
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            )),
        },
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("isinstance", &args, 2, 2)?;
    Ok(Value::Bool(isinstance_check(
        vm,
        &args.pos[0],
        &args.pos[1],
    )?))
}

/// `issubclass(c, t)`: like [`isinstance_check`], with `__subclasscheck__`.
fn issubclass_check(vm: &mut Vm, c: &Value, t: &Value) -> PyResult<bool> {
    match t {
        Value::Tuple(items) => {
            for it in items.iter() {
                if issubclass_check(vm, c, it)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        _ => {
            if let Some(hook) = check_hook(t, "__subclasscheck__") {
                let r = vm.call_nested(hook, Args::new(vec![c.clone()]))?;
                return vm.truthy_nested(&r);
            }
        }
    }
    let Value::Type(c) = c else {
        return Err(exc("TypeError", "issubclass() arg 1 must be a class"));
    };
    match t {
        Value::Type(t) => Ok(crate::modules::abc::subclass_check(c, t)),
        _ => Err(exc(
            "TypeError",
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("issubclass", &args, 2, 2)?;
    Ok(Value::Bool(issubclass_check(
        vm,
        &args.pos[0],
        &args.pos[1],
    )?))
}

fn type_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let type_ = builtin_types().type_.clone();
    let flow = crate::vm::metaclass::make_class_by_call(vm, &type_, args)?;
    vm.run_flow_nested(flow)
}

fn abs_(vm: &mut Vm, args: Args) -> PyResult<Flow> {
    arity("abs", &args, 1, 1)?;
    Ok(Flow::Value(match &args.pos[0] {
        Value::Int(i) => i.checked_abs().map_or_else(
            || bigint::normalize(num_traits::Signed::abs(&bigint::BigInt::from(*i))),
            Value::Int,
        ),
        Value::BigInt(b) => bigint::normalize(num_traits::Signed::abs(&**b)),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Float(f) => Value::Float(f.abs()),
        v @ Value::Instance(i) => {
            let t = i.class.borrow().clone();
            return match user_method(&t, "__abs__") {
                Some(f) => Ok(vm.call_flow(bind(f, v, &t), vec![])),
                None => Err(exc(
                    "TypeError",
                    format!("bad operand type for abs(): '{}'", t.name),
                )),
            };
        }
        other => {
            return Err(exc(
                "TypeError",
                format!("bad operand type for abs(): '{}'", other.type_name()),
            ))
        }
    }))
}

fn key_fn(args: &Args) -> Option<Value> {
    args.kwarg("key").filter(|k| !matches!(k, Value::None))
}

fn min_max(vm: &mut Vm, args: Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let items = if args.pos.len() == 1 {
        vm.iterate_nested(&args.pos[0])?
    } else if args.pos.is_empty() {
        return Err(exc(
            "TypeError",
            format!("{name} expected at least 1 argument, got 0"),
        ));
    } else {
        args.pos.to_vec()
    };
    let key = key_fn(&args);
    if items.is_empty() {
        if let Some(d) = args.kwarg("default") {
            return Ok(d);
        }
        return Err(exc(
            "ValueError",
            format!("{name}() iterable argument is empty"),
        ));
    }
    // Exact ints without a key compare without the comparison dispatch; the first extreme
    // wins ties, as the loop below keeps it (equal ints are indistinguishable anyway).
    if key.is_none() {
        let ints: Option<Vec<i64>> = items
            .iter()
            .map(|v| match v {
                Value::Int(i) => Some(*i),
                _ => None,
            })
            .collect();
        if let Some(ints) = ints {
            let extreme = if is_max {
                ints.iter().copied().max()
            } else {
                ints.iter().copied().min()
            };
            return Ok(Value::Int(extreme.unwrap_or(0)));
        }
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call_nested(k.clone(), Args::new(vec![best.clone()]))?,
        None => best.clone(),
    };
    for it in items.into_iter().skip(1) {
        let k = match &key {
            Some(kf) => vm.call_nested(kf.clone(), Args::new(vec![it.clone()]))?,
            None => it.clone(),
        };
        let better = if is_max {
            vm.compare_nested(crate::compiler::CmpOp::Gt, &k, &best_key)?
        } else {
            vm.compare_nested(crate::compiler::CmpOp::Lt, &k, &best_key)?
        };
        if better {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, false)
}
fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, true)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("sum", &args, 1, 2)?;
    let items = vm.iterate_nested(&args.pos[0])?;
    let mut acc = args
        .pos
        .get(1)
        .cloned()
        .or_else(|| args.kwarg("start"))
        .unwrap_or(Value::Int(0));
    if matches!(acc, Value::Str(_)) {
        return Err(exc(
            "TypeError",
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    // CPython's three phases: exact ints, then (once the total is a float) floats with
    // Neumaier's compensated summation, then plain `+` for anything else.
    let mut phase = match acc {
        Value::Int(_) => SumPhase::Int,
        Value::Float(f) => SumPhase::Float(f, 0.0),
        _ => SumPhase::Generic,
    };
    for it in items {
        // Exact ints whose total fits in 64 bits: the `+` below without its dispatch.
        if let (SumPhase::Int, Value::Int(total), Value::Int(x)) = (&phase, &acc, &it) {
            if let Some(t) = total.checked_add(*x) {
                acc = Value::Int(t);
                continue;
            }
        }
        match (&mut phase, &it) {
            (SumPhase::Float(total, compensation), Value::Float(x)) => {
                let t = *total + x;
                if total.abs() >= x.abs() {
                    *compensation += (*total - t) + x;
                } else {
                    *compensation += (x - t) + *total;
                }
                *total = t;
                continue;
            }
            (SumPhase::Float(total, _), Value::Int(i)) => {
                *total += *i as f64;
                continue;
            }
            (SumPhase::Float(total, _), Value::Bool(b)) => {
                *total += *b as i64 as f64;
                continue;
            }
            (SumPhase::Float(total, compensation), _) => {
                acc = Value::Float(finish_compensated(*total, *compensation));
                phase = SumPhase::Generic;
            }
            (SumPhase::Int, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
            | (SumPhase::Generic, _) => {}
            (SumPhase::Int, _) => {
                let f = vm.binop_flow(crate::compiler::BinOp::Add, acc, it, false)?;
                acc = vm.run_flow_nested(f)?;
                phase = match acc {
                    Value::Float(f) => SumPhase::Float(f, 0.0),
                    _ => SumPhase::Generic,
                };
                continue;
            }
        }
        let f = vm.binop_flow(crate::compiler::BinOp::Add, acc, it, false)?;
        acc = vm.run_flow_nested(f)?;
    }
    if let SumPhase::Float(total, compensation) = phase {
        acc = Value::Float(finish_compensated(total, compensation));
    }
    Ok(acc)
}

/// Where `sum()` is in CPython's algorithm.
enum SumPhase {
    /// The total is an exact int.
    Int,
    /// The total is a float: running total and Neumaier compensation.
    Float(f64, f64),
    /// Plain `+`.
    Generic,
}

/// The compensated total (CPython leaves an infinite or zero compensation out).
fn finish_compensated(total: f64, compensation: f64) -> f64 {
    if compensation != 0.0 && compensation.is_finite() {
        total + compensation
    } else {
        total
    }
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("sorted", &args, 1, 1)?;
    let mut items = vm.iterate_nested(&args.pos[0])?;
    let reverse = match args.kwarg("reverse") {
        Some(v) => vm.truthy_nested(&v)?,
        None => false,
    };
    sort::sort_values(vm, &mut items, key_fn(&args), reverse)?;
    Ok(Value::list(items))
}

fn reversed(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    arity("reversed", &args, 1, 1)?;
    // A list/tuple/str subclass without `__reversed__`/`__len__`/`__getitem__` overrides
    // reverses as its value.
    if let Some(inner) = subclass::inherited(&args.pos[0], "__reversed__") {
        let t = args.pos[0].class();
        if user_method(&t, "__len__").is_none() && user_method(&t, "__getitem__").is_none() {
            args.pos[0] = inner;
        }
    }
    match &args.pos[0] {
        Value::List(l) => Ok(IterObj::value(IterState::ListRev {
            idx: l.borrow().len(),
            list: l.clone(),
        })),
        Value::Instance(i) if user_method(&i.class.borrow().clone(), "__reversed__").is_some() => {
            let t = i.class.borrow().clone();
            let f = user_method(&t, "__reversed__").unwrap_or(Value::None);
            vm.call_nested(bind(f, &args.pos[0], &t), Args::default())
        }
        v @ Value::Type(_) if crate::vm::metaclass::meta_method(v, "__reversed__").is_some() => {
            let f = crate::vm::metaclass::meta_method(v, "__reversed__").unwrap_or(Value::None);
            vm.call_nested(f, Args::default())
        }
        Value::Range(r) => {
            let n = r.len();
            let last = r.start as i128 + (n as i128 - 1) * r.step as i128;
            Ok(IterObj::value(IterState::Range {
                cur: if n > 0 { last as i64 } else { r.start },
                step: r.step.checked_neg().unwrap_or(i64::MAX),
                remaining: n,
            }))
        }
        v @ (Value::Tuple(_) | Value::Str(_) | Value::Instance(_)) => {
            let mut items = vm.iterate_nested(v)?;
            items.reverse();
            Ok(IterObj::value(IterState::Seq {
                items: Rc::new(items.into()),
                idx: 0,
                type_name: "reversed",
            }))
        }
        Value::Dict(d) => {
            let mut items = d.keys();
            items.reverse();
            Ok(IterObj::value(IterState::Seq {
                items: Rc::new(items.into()),
                idx: 0,
                type_name: "dict_reversekeyiterator",
            }))
        }
        Value::Iter(it) if it.is_view() => {
            let part = match &*it.state.borrow() {
                IterState::DictView { part, .. } => *part,
                _ => crate::object::iter::DictPart::Keys,
            };
            let mut items = vm.iterate_nested(&args.pos[0])?;
            items.reverse();
            Ok(IterObj::value(IterState::Seq {
                items: Rc::new(items.into()),
                idx: 0,
                type_name: match part {
                    crate::object::iter::DictPart::Keys => "dict_reversekeyiterator",
                    crate::object::iter::DictPart::Values => "dict_reversevalueiterator",
                    crate::object::iter::DictPart::Items => "dict_reverseitemiterator",
                },
            }))
        }
        other => Err(exc(
            "TypeError",
            format!("'{}' object is not reversible", other.type_name()),
        )),
    }
}

fn get_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = vm.iter_flow(v)?;
    vm.run_flow_nested(f)
}

fn enumerate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let start = match args.pos.get(1).cloned().or_else(|| args.kwarg("start")) {
        Some(v) => to_int(vm, &v, "start")?,
        None => 0,
    };
    let Some(it) = args.pos.first() else {
        return Err(exc(
            "TypeError",
            "enumerate() missing required argument 'iterable' (pos 1)",
        ));
    };
    let inner = get_iter(vm, it)?;
    Ok(IterObj::value(IterState::Enumerate {
        inner,
        count: start,
    }))
}

fn zip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut inners = Vec::new();
    for (i, a) in args.pos.iter().enumerate() {
        match get_iter(vm, a) {
            Ok(it) => inners.push(it),
            Err(e) if is_exc_instance(&e, "TypeError") => {
                let _ = i;
                return Err(exc(
                    "TypeError",
                    format!("'{}' object is not iterable", a.type_name()),
                ));
            }
            Err(e) => return Err(e),
        }
    }
    let strict = match args.kwarg("strict") {
        Some(v) => vm.truthy_nested(&v)?,
        None => false,
    };
    Ok(IterObj::value(IterState::Zip { inners, strict }))
}

fn map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(exc("TypeError", "map() must have at least two arguments."));
    }
    let func = args.pos[0].clone();
    let mut inners = Vec::new();
    for a in &args.pos[1..] {
        inners.push(get_iter(vm, a)?);
    }
    Ok(IterObj::value(IterState::Map { func, inners }))
}

fn filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("filter", &args, 2, 2)?;
    let inner = get_iter(vm, &args.pos[1])?;
    Ok(IterObj::value(IterState::Filter {
        func: args.pos[0].clone(),
        inner,
    }))
}

fn any_all(vm: &mut Vm, args: Args, is_all: bool) -> PyResult<Value> {
    arity(if is_all { "all" } else { "any" }, &args, 1, 1)?;
    let it = get_iter(vm, &args.pos[0])?;
    while let Some(v) = vm.next_nested(&it)? {
        let t = vm.truthy_nested(&v)?;
        if is_all && !t {
            return Ok(Value::Bool(false));
        }
        if !is_all && t {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(is_all))
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    any_all(vm, args, false)
}
fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    any_all(vm, args, true)
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("divmod", &args, 2, 2)?;
    let (a, b) = (args.pos[0].clone(), args.pos[1].clone());
    let f = vm.binop_flow(
        crate::compiler::BinOp::FloorDiv,
        a.clone(),
        b.clone(),
        false,
    )?;
    let q = vm.run_flow_nested(f)?;
    let f = vm.binop_flow(crate::compiler::BinOp::Mod, a, b, false)?;
    let r = vm.run_flow_nested(f)?;
    Ok(Value::tuple(vec![q, r]))
}

fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("round", &args, 1, 2)?;
    let nd = match args.pos.get(1).cloned().or_else(|| args.kwarg("ndigits")) {
        None | Some(Value::None) => None,
        Some(v) => Some(to_int(vm, &v, "ndigits")?),
    };
    match (&args.pos[0], nd) {
        (Value::Int(i), None) => Ok(Value::Int(*i)),
        (Value::BigInt(_), None) => Ok(args.pos[0].clone()),
        (Value::BigInt(b), Some(n)) => {
            if n >= 0 {
                return Ok(args.pos[0].clone());
            }
            // Round half to even at 10**-n.
            let p = num_traits::pow(bigint::BigInt::from(10), (-n) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&**b, &p);
            let twice: bigint::BigInt = &r * 2;
            let q = match twice.cmp(&p) {
                std::cmp::Ordering::Greater => q + 1,
                std::cmp::Ordering::Equal if num_integer::Integer::is_odd(&q) => q + 1,
                _ => q,
            };
            Ok(bigint::normalize(q * p))
        }
        (Value::Bool(b), None) => Ok(Value::Int(*b as i64)),
        (Value::Int(i), Some(n)) => {
            if n >= 0 {
                return Ok(Value::Int(*i));
            }
            let p = 10i64.checked_pow((-n) as u32).unwrap_or(i64::MAX);
            let q = (*i as f64 / p as f64).round();
            let r = round_half_even(*i as f64 / p as f64);
            let _ = q;
            Ok(Value::Int((r as i64).saturating_mul(p)))
        }
        (Value::Float(f), None) => {
            if f.is_nan() {
                return Err(exc("ValueError", "cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(exc(
                    "OverflowError",
                    "cannot convert float infinity to integer",
                ));
            }
            bigint::from_f64(round_half_even(*f))
        }
        (Value::Float(f), Some(n)) => {
            if !f.is_finite() {
                return Ok(Value::Float(*f));
            }
            if n > 300 {
                return Ok(Value::Float(*f));
            }
            if n >= 0 {
                // Correctly rounded via decimal formatting, as CPython does.
                let s = format!("{:.*}", n as usize, f);
                Ok(Value::Float(s.parse().unwrap_or(*f)))
            } else {
                let p = 10f64.powi((-n) as i32);
                Ok(Value::Float(round_half_even(f / p) * p))
            }
        }
        (v @ Value::Instance(i), _) => {
            let t = i.class.borrow().clone();
            match user_method(&t, "__round__") {
                Some(f) => {
                    let a = if let Some(n) = nd {
                        vec![Value::Int(n)]
                    } else {
                        vec![]
                    };
                    vm.call_nested(bind(f, v, &t), Args::new(a))
                }
                None => Err(exc(
                    "TypeError",
                    format!("type {} doesn't define __round__ method", t.name),
                )),
            }
        }
        (other, _) => Err(exc(
            "TypeError",
            format!("type {} doesn't define __round__ method", other.type_name()),
        )),
    }
}

fn pow_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("pow", &args, 2, 3)?;
    if let Some(m) = args.pos.get(2).filter(|m| !matches!(m, Value::None)) {
        return match (
            bigint::to_big(&args.pos[0]),
            bigint::to_big(&args.pos[1]),
            bigint::to_big(m),
        ) {
            (Some(b), Some(e), Some(m)) => bigint::pow_mod(&b, &e, &m),
            _ => Err(exc(
                "TypeError",
                "pow() 3rd argument not allowed unless all arguments are integers",
            )),
        };
    }
    let f = vm.binop_flow(
        crate::compiler::BinOp::Pow,
        args.pos[0].clone(),
        args.pos[1].clone(),
        false,
    )?;
    vm.run_flow_nested(f)
}

fn getattr_(vm: &mut Vm, args: Args) -> PyResult<Flow> {
    arity("getattr", &args, 2, 3)?;
    let Value::Str(name) = &args.pos[1] else {
        return Err(exc("TypeError", "attribute name must be string"));
    };
    let default = args.pos.get(2).cloned();
    match vm.getattr_flow(&args.pos[0], name) {
        Ok(Flow::Value(v)) => Ok(Flow::Value(v)),
        Ok(Flow::Call {
            func,
            args: a,
            then,
        }) => {
            let then = then.catch(move |_, e| match default {
                Some(d) if is_exc_instance(&e, "AttributeError") => Ok(Ok(Flow::Value(d))),
                _ => Err(e),
            });
            Ok(Flow::Call {
                func,
                args: a,
                then,
            })
        }
        Ok(other) => Ok(other),
        Err(e) => match default {
            Some(d) if is_exc_instance(&e, "AttributeError") => Ok(Flow::Value(d)),
            _ => Err(e),
        },
    }
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("hasattr", &args, 2, 2)?;
    let Value::Str(name) = &args.pos[1] else {
        return Err(exc("TypeError", "attribute name must be string"));
    };
    match vm.getattr_nested(&args.pos[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if is_exc_instance(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn setattr_(vm: &mut Vm, args: Args) -> PyResult<Flow> {
    arity("setattr", &args, 3, 3)?;
    let Value::Str(name) = &args.pos[1] else {
        return Err(exc("TypeError", "attribute name must be string"));
    };
    vm.setattr_flow(&args.pos[0], name, args.pos[2].clone())
}

fn delattr_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("delattr", &args, 2, 2)?;
    let Value::Str(name) = &args.pos[1] else {
        return Err(exc("TypeError", "attribute name must be string"));
    };
    vm.delattr(&args.pos[0], name)?;
    Ok(Value::None)
}

fn id_(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("id", &args, 1, 1)?;
    Ok(Value::Int(args.pos[0].id()))
}

fn hash_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash_value(&args.pos[0])?))
}

fn callable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("callable", &args, 1, 1)?;
    Ok(Value::Bool(is_callable(&args.pos[0])))
}

/// `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Method(_) | Value::Native(_) | Value::Type(_) => true,
        Value::Instance(i) => i.class.borrow().lookup("__call__").is_some(),
        _ => false,
    }
}

fn chr_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("chr", &args, 1, 1)?;
    let i = to_int(vm, &args.pos[0], "")?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(exc("ValueError", "chr() arg not in range(0x110000)")),
    }
}

fn ord_(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("ord", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Str(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(exc(
                    "TypeError",
                    format!(
                        "ord() expected a character, but string of length {} found",
                        s.chars().count()
                    ),
                )),
            }
        }
        other => Err(exc(
            "TypeError",
            format!(
                "ord() expected string of length 1, but {} found",
                other.type_name()
            ),
        )),
    }
}

fn radix(vm: &mut Vm, args: Args, base: u32) -> PyResult<Value> {
    let name = match base {
        16 => "hex",
        8 => "oct",
        _ => "bin",
    };
    arity(name, &args, 1, 1)?;
    if let Value::BigInt(b) = &args.pos[0] {
        let prefix = match base {
            16 => "0x",
            8 => "0o",
            _ => "0b",
        };
        let sign = if num_traits::Signed::is_negative(&**b) {
            "-"
        } else {
            ""
        };
        return Ok(Value::string(format!(
            "{sign}{prefix}{}",
            bigint::to_radix_abs(b, base)
        )));
    }
    let i = to_int(vm, &args.pos[0], "")?;
    let mag = i.unsigned_abs();
    let body = match base {
        16 => format!("0x{mag:x}"),
        8 => format!("0o{mag:o}"),
        _ => format!("0b{mag:b}"),
    };
    Ok(Value::string(if i < 0 { format!("-{body}") } else { body }))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, 16)
}
fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, 8)
}
fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, 2)
}

fn format_(vm: &mut Vm, args: Args) -> PyResult<Flow> {
    arity("format", &args, 1, 2)?;
    let spec = args.pos.get(1).cloned().unwrap_or(Value::str(""));
    vm.format_flow(&args.pos[0], &spec)
}

fn super_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, obj) = if args.pos.len() == 2 {
        match &args.pos[0] {
            Value::Type(t) => (t.clone(), args.pos[1].clone()),
            _ => return Err(exc("TypeError", "super() argument 1 must be a type")),
        }
    } else {
        let Some(f) = vm.frames.last() else {
            return Err(exc("RuntimeError", "super(): no arguments"));
        };
        let code = f.code.clone();
        let nc = code.cellvars.len();
        let class_cell = code
            .freevars
            .iter()
            .position(|n| &**n == "__class__")
            .and_then(|i| f.cells.get(nc + i))
            .and_then(|c| c.borrow().clone());
        let Some(Value::Type(cls)) = class_cell else {
            return Err(exc("RuntimeError", "super(): __class__ cell not found"));
        };
        if code.argcount == 0 {
            return Err(exc("RuntimeError", "super(): no arguments"));
        }
        let first = match code.cell_params.iter().find(|(_, vi)| *vi == 0) {
            Some((ci, _)) => f.cells.get(*ci as usize).and_then(|c| c.borrow().clone()),
            None => f.fast.first().cloned().flatten(),
        };
        let Some(obj) = first else {
            return Err(exc("RuntimeError", "super(): arg[0] deleted"));
        };
        (cls, obj)
    };
    let t = builtin_types().super_.clone();
    Ok(Value::Instance(Instance::new(
        t,
        Payload::Super {
            this_class: cls,
            obj,
        },
    )))
}

fn wrapper(kind: &str, f: Value) -> Value {
    let t = builtin_types();
    let (ty, payload) = match kind {
        "staticmethod" => (t.staticmethod.clone(), Payload::StaticMethod(f)),
        "classmethod" => (t.classmethod.clone(), Payload::ClassMethod(f)),
        _ => (
            t.property.clone(),
            Payload::Property {
                fget: f,
                fset: Value::None,
                fdel: Value::None,
            },
        ),
    };
    Value::Instance(Instance::new(ty, payload))
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("vars", &args, 1, 1)?;
    vm.getattr_nested(&args.pos[0], "__dict__").map_err(|e| {
        if crate::object::exception::is_exc_instance(&e, "AttributeError") {
            exc("TypeError", "vars() argument must have __dict__ attribute")
        } else {
            e
        }
    })
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // A user `__dir__` (of the instance's class, or of a class's metaclass): its names, sorted.
    let hook = match args.pos.first() {
        Some(v @ Value::Instance(i)) => {
            let t = i.class.borrow().clone();
            user_method(&t, "__dir__").map(|f| bind(f, v, &t))
        }
        Some(v @ Value::Type(_)) => crate::vm::metaclass::meta_method(v, "__dir__"),
        _ => None,
    };
    if let Some(f) = hook {
        let listed = vm.call_nested(f, Args::default())?;
        let mut items = vm.iterate_nested(&listed)?;
        items.sort_by(|a, b| a.as_str().unwrap_or("").cmp(b.as_str().unwrap_or("")));
        return Ok(Value::list(items));
    }
    let mut names: Vec<String> = Vec::new();
    match args.pos.first() {
        Some(Value::Instance(i)) => {
            names.extend(i.dict.names().iter().map(|k| k.to_string()));
            for t in i.class.borrow().full_mro() {
                names.extend(t.dict().keys().map(|k| k.to_string()));
            }
        }
        Some(Value::Type(t)) => {
            for c in t.full_mro() {
                names.extend(c.dict().keys().map(|k| k.to_string()));
            }
        }
        Some(Value::Module(m)) => names.extend(m.dict.borrow().keys().map(|k| k.to_string())),
        Some(other) => {
            for c in other.class().full_mro() {
                names.extend(c.dict().keys().map(|k| k.to_string()));
            }
        }
        None => {
            let g = vm.frames.last().map(|f| f.globals.clone());
            if let Some(g) = g {
                names.extend(g.dict.borrow().keys().map(|k| k.to_string()));
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn input_(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(exc("EOFError", "EOF when reading a line"))
}

/// `open()`: a file of the run's virtual file system (see `crate::vfs`).
fn open_(vm: &mut Vm, args: Args) -> PyResult<Flow> {
    crate::vfs::methods::open(vm, args).map(Flow::Value)
}

fn aiter_(vm: &mut Vm, args: Args) -> PyResult<Flow> {
    if args.pos.len() != 1 {
        return Err(exc(
            "TypeError",
            format!(
                "aiter() takes exactly one argument ({} given)",
                args.pos.len()
            ),
        ));
    }
    crate::asyncgen::aiter_flow(vm, &args.pos[0], false)
}

fn anext_(vm: &mut Vm, args: Args) -> PyResult<Flow> {
    match args.pos.len() {
        0 => {
            return Err(exc(
                "TypeError",
                "anext expected at least 1 argument, got 0",
            ))
        }
        1 | 2 => {}
        n => {
            return Err(exc(
                "TypeError",
                format!("anext expected at most 2 arguments, got {n}"),
            ))
        }
    }
    crate::asyncgen::anext_builtin(vm, &args.pos[0], args.pos.get(1).cloned())
}

thread_local! {
    /// The strs `"0"` to `"9"`, made once per thread (CPython too keeps one object per
    /// one-character str; here `is` already treats equal one-character strs as one).
    static DIGIT_STRS: [Rc<str>; 10] =
        std::array::from_fn(|d| Rc::from(char::from(b'0' + d as u8).to_string()));
}

/// The decimal text of `i`: a shared str for one digit, else formatted on the stack (one
/// allocation: the str itself).
pub fn int_to_str(i: i64) -> Rc<str> {
    if (0..10).contains(&i) {
        return DIGIT_STRS.with(|digits| digits[i as usize].clone());
    }
    let mut buf = [0u8; 20];
    let digits = crate::object::decimal::decimal_digits(i.unsigned_abs(), &mut buf);
    // A sign and 19 digits at most: the sign in front, skipped for a positive int.
    let mut text = [b'-'; 20];
    let end = 1 + digits.len();
    text[1..end].copy_from_slice(digits);
    let start = usize::from(i >= 0);
    Rc::from(std::str::from_utf8(&text[start..end]).expect("ASCII digits"))
}

/// Constructs instances of built-in types (`int("3")`, `list(gen)`, `dict(a=1)`...).
pub fn construct_builtin(vm: &mut Vm, t: Rc<TypeObject>, args: Args) -> PyResult<Flow> {
    // `str(x)` of an int or a str: what `str_flow` gives for them, without its dispatch.
    if &*t.name == "str" && args.kw.is_empty() {
        match &args.pos[..] {
            [Value::Int(i)] => return Ok(Flow::Value(Value::Str(int_to_str(*i)))),
            [s @ Value::Str(_)] => return Ok(Flow::Value(s.clone())),
            _ => {}
        }
    }
    let name_rc = t.name.clone();
    let name: &str = &name_rc;
    let a0 = args.pos.first().cloned();
    let v = match name {
        "object" => {
            return Ok(Flow::Value(Value::Instance(Instance::new(t, Payload::None))));
        }
        "int" => match (&a0, args.pos.get(1).cloned().or_else(|| args.kwarg("base"))) {
            (None, _) => Value::Int(0),
            (Some(Value::Str(s)), base) => {
                let base = int_base(vm, base)?;
                parse_int(s, base as u32)?
            }
            (Some(Value::Bytes(d)), base) => {
                let base = int_base(vm, base)?;
                let text: String = d.iter().map(|&c| c as char).collect();
                parse_int(&text, base as u32).map_err(|_| {
                    exc(
                        "ValueError",
                        format!(
                            "invalid literal for int() with base {base}: {}",
                            crate::object::bytes::bytes_repr(d)
                        ),
                    )
                })?
            }
            (Some(_), Some(_)) => {
                return Err(exc(
                    "TypeError",
                    "int() can't convert non-string with explicit base",
                ))
            }
            (Some(Value::Int(i)), _) => Value::Int(*i),
            (Some(v @ Value::BigInt(_)), _) => v.clone(),
            (Some(Value::Bool(b)), _) => Value::Int(*b as i64),
            (Some(Value::Float(f)), _) => {
                if f.is_nan() {
                    return Err(exc("ValueError", "cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(exc("OverflowError", "cannot convert float infinity to integer"));
                }
                bigint::from_f64(*f)?
            }
            (Some(v @ Value::Instance(i)), _) => {
                let tt = i.class.borrow().clone();
                for m in ["__int__", "__index__"] {
                    if let Some(f) = user_method(&tt, m) {
                        return Ok(vm.call_flow(bind(f, v, &tt), vec![]));
                    }
                }
                if let Some(inner) = i.builtin_value() {
                    let mut unwrapped = args.clone();
                    unwrapped.pos[0] = inner.clone();
                    return construct_builtin(vm, t.clone(), unwrapped);
                }
                return Err(exc("TypeError", format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", tt.name)));
            }
            (Some(other), _) => return Err(exc("TypeError", format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", other.type_name()))),
        },
        "float" => match &a0 {
            None => Value::Float(0.0),
            Some(Value::Float(f)) => Value::Float(*f),
            Some(Value::Int(i)) => Value::Float(*i as f64),
            Some(Value::BigInt(b)) => Value::Float(bigint::to_f64(b)?),
            Some(Value::Bool(b)) => Value::Float(*b as i64 as f64),
            Some(Value::Str(s)) => Value::Float(parse_float(s)?),
            Some(v @ Value::Instance(i)) => {
                let tt = i.class.borrow().clone();
                match user_method(&tt, "__float__") {
                    Some(f) => return Ok(vm.call_flow(bind(f, v, &tt), vec![])),
                    None if i.builtin_value().is_some() => {
                        let mut unwrapped = args.clone();
                        unwrapped.pos[0] = i.builtin_value().cloned().unwrap_or(Value::None);
                        return construct_builtin(vm, t.clone(), unwrapped);
                    }
                    None => return Err(exc("TypeError", format!("float() argument must be a string or a real number, not '{}'", tt.name))),
                }
            }
            Some(other) => return Err(exc("TypeError", format!("float() argument must be a string or a real number, not '{}'", other.type_name()))),
        },
        "bytes" => bytes_methods::construct(vm, &args)?,
        "str" => return bytes_methods::construct_str(vm, &args),
        "bool" if args.pos.len() > 1 => {
            return Err(exc(
                "TypeError",
                format!("bool expected at most 1 argument, got {}", args.pos.len()),
            ))
        }
        "bool" => match &a0 {
            None => Value::Bool(false),
            Some(v) => return vm.truthy_flow(v),
        },
        "list" => match &a0 {
            None => Value::list(vec![]),
            Some(v) => Value::list(vm.iterate_nested(v)?),
        },
        "tuple" => match &a0 {
            None => Value::tuple(vec![]),
            Some(Value::Tuple(t)) => Value::Tuple(t.clone()),
            Some(v) => Value::tuple(vm.iterate_nested(v)?),
        },
        "set" | "frozenset" => match &a0 {
            Some(v @ Value::Set(s)) if s.frozen && name == "frozenset" => v.clone(),
            _ => Value::Set(vm.new_set_from(a0.as_ref(), name == "frozenset")?),
        },
        "dict" => {
            let d = Rc::new(Dict::new());
            if let Some(src) = &a0 {
                methods::dict_update_from(vm, &d, src)?;
            }
            for (k, v) in args.kw {
                vm.dict_set(&d, Value::Str(k), v)?;
            }
            Value::Dict(d)
        }
        "range" => {
            let mut nums = Vec::new();
            for a in &args.pos {
                nums.push(match a {
                    Value::Int(i) => *i,
                    Value::Bool(b) => *b as i64,
                    Value::BigInt(_) => return Err(exc("OverflowError", "aiterscope does not support range() bounds outside 64 bits")),
                    // Objects with `__index__` (int subclasses included).
                    other @ Value::Instance(_) => to_int(vm, other, "range")?,
                    other => return Err(crate::object::exception::not_an_integer(&other.type_name())),
                });
            }
            let (start, stop, step) = match nums.len() {
                1 => (0, nums[0], 1),
                2 => (nums[0], nums[1], 1),
                3 => (nums[0], nums[1], nums[2]),
                0 => return Err(exc("TypeError", "range expected at least 1 argument, got 0")),
                n => return Err(exc("TypeError", format!("range expected at most 3 arguments, got {n}"))),
            };
            if step == 0 {
                return Err(exc("ValueError", "range() arg 3 must not be zero"));
            }
            Value::Range(Rc::new(RangeObj { start, stop, step }))
        }
        "slice" => {
            let p = &args.pos;
            let (start, stop, step) = match p.len() {
                1 => (Value::None, p[0].clone(), Value::None),
                2 => (p[0].clone(), p[1].clone(), Value::None),
                3 => (p[0].clone(), p[1].clone(), p[2].clone()),
                _ => return Err(exc("TypeError", "slice expected at least 1 argument, got 0")),
            };
            Value::Slice(Rc::new(SliceObj { start, stop, step }))
        }
        "type" => return type_(vm, args).map(Flow::Value),
        "super" => return super_(vm, args).map(Flow::Value),
        "property" => {
            let arg = |i: usize, name: &str| {
                args.pos
                    .get(i)
                    .cloned()
                    .or_else(|| args.kwarg(name))
                    .unwrap_or(Value::None)
            };
            let p = Instance::new(
                t.clone(),
                Payload::Property {
                    fget: arg(0, "fget"),
                    fset: arg(1, "fset"),
                    fdel: arg(2, "fdel"),
                },
            );
            let doc = arg(3, "doc");
            if !matches!(doc, Value::None) {
                p.dict.insert(Rc::from("__doc__"), doc);
            }
            Value::Instance(p)
        }
        "staticmethod" | "classmethod" => wrapper(name, a0.unwrap_or(Value::None)),
        "enumerate" => enumerate(vm, args)?,
        "zip" => zip(vm, args)?,
        "map" => map(vm, args)?,
        "filter" => filter(vm, args)?,
        "reversed" => reversed(vm, args)?,
        other if crate::object::types::UNSUPPORTED_TYPES.contains(&other) => {
            return Err(exc(
                "NotImplementedError",
                format!("aiterscope does not support {other} objects"),
            ))
        }
        other => return Err(exc("TypeError", format!("cannot create '{other}' instances"))),
    };
    Ok(Flow::Value(v))
}

/// The `base` argument of `int(x, base)`: 10 when absent, else 0 or 2..=36.
fn int_base(vm: &mut Vm, base: Option<Value>) -> PyResult<i64> {
    let base = match base {
        Some(b) => to_int(vm, &b, "base")?,
        None => return Ok(10),
    };
    if base != 0 && !(2..=36).contains(&base) {
        return Err(exc("ValueError", "int() base must be >= 2 and <= 36, or 0"));
    }
    Ok(base)
}

/// `int(s, base)`.
pub fn parse_int(s: &str, base: u32) -> PyResult<Value> {
    let err = || {
        exc(
            "ValueError",
            format!(
                "invalid literal for int() with base {base}: {}",
                crate::vm::ops::repr_str(s)
            ),
        )
    };
    let t = s.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut base = base;
    let mut body = body.to_string();
    let lower = body.to_lowercase();
    let mut prefixed = false;
    if base == 0 || base == 16 || base == 8 || base == 2 {
        for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
            if lower.starts_with(p) && (base == 0 || base == b) {
                body = body[2..].to_string();
                base = b;
                prefixed = true;
            }
        }
        if base == 0 {
            base = 10;
        }
    }
    // Underscores only single and between digits (or right after a base prefix).
    if body.contains("__") || body.ends_with('_') || (body.starts_with('_') && !prefixed) {
        return Err(err());
    }
    let body = body.replace('_', "");
    if body.is_empty() || !(2..=36).contains(&base) {
        return Err(err());
    }
    match i64::from_str_radix(&body, base) {
        Ok(v) => Ok(Value::Int(if neg { -v } else { v })),
        Err(e) => match e.kind() {
            std::num::IntErrorKind::PosOverflow | std::num::IntErrorKind::NegOverflow => {
                if base == 10 && body.len() > bigint::MAX_STR_DIGITS {
                    return Err(exc(
                        "ValueError",
                        format!(
                            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                            bigint::MAX_STR_DIGITS,
                            body.len()
                        ),
                    ));
                }
                let b = bigint::parse_digits(&body, base).ok_or_else(err)?;
                Ok(bigint::normalize(if neg { -b } else { b }))
            }
            _ => Err(err()),
        },
    }
}

fn parse_float(s: &str) -> PyResult<f64> {
    let t = s.trim().replace('_', "");
    let l = t.to_lowercase();
    let v = match l.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = v {
        return Ok(if l.starts_with('-') { -v } else { v });
    }
    t.parse::<f64>().map_err(|_| {
        exc(
            "ValueError",
            format!(
                "could not convert string to float: {}",
                crate::vm::ops::repr_str(s)
            ),
        )
    })
}

/// Creates the `builtins` module.
pub fn make_builtins_module() -> Rc<Module> {
    let m = Module::new("builtins");
    let t = builtin_types();
    let plain: &[(&'static str, PlainFn)] = &[
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("any", any),
        ("all", all),
        ("divmod", divmod),
        ("round", round),
        ("pow", pow_),
        ("hasattr", hasattr),
        ("delattr", delattr_),
        ("id", id_),
        ("hash", hash_),
        ("callable", callable),
        ("chr", chr_),
        ("ord", ord_),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("vars", vars),
        ("dir", dir),
        ("globals", namespaces::globals_),
        ("locals", namespaces::locals_),
        ("input", input_),
        // `site` adds these to CPython's builtins; both raise SystemExit like `sys.exit`.
        ("exit", crate::modules::sys::exit),
        ("quit", crate::modules::sys::exit),
        ("eval", namespaces::eval_),
        ("exec", namespaces::exec_),
        ("compile", namespaces::compile_),
        ("breakpoint", namespaces::breakpoint_),
        ("help", namespaces::help_),
    ];
    for (name, f) in plain {
        m.set(name, NativeFunction::value(name, *f));
    }
    let flows: &[(&'static str, FlowFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("iter", iter_),
        ("next", next),
        ("abs", abs_),
        ("getattr", getattr_),
        ("setattr", setattr_),
        ("format", format_),
        ("open", open_),
        ("aiter", aiter_),
        ("anext", anext_),
    ];
    for (name, f) in flows {
        m.set(name, NativeFunction::flow(name, *f));
    }
    for ty in [
        &t.object,
        &t.type_,
        &t.int,
        &t.bool,
        &t.float,
        &t.str,
        &t.bytes,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.property,
        &t.staticmethod,
        &t.classmethod,
        &t.super_,
    ] {
        m.set(&ty.name, Value::Type(ty.clone()));
    }
    for n in ["enumerate", "zip", "map", "filter", "reversed"] {
        m.set(n, Value::Type(t.iter_type(n)));
    }
    for ty in &t.unsupported {
        m.set(&ty.name, Value::Type(ty.clone()));
    }
    for (name, ty) in &t.exceptions {
        m.set(name, Value::Type(ty.clone()));
    }
    m.set("EnvironmentError", Value::Type(t.exc("OSError")));
    m.set("IOError", Value::Type(t.exc("OSError")));
    m.set("None", Value::None);
    m.set("NotImplemented", Value::NotImplemented);
    m.set("Ellipsis", Value::Ellipsis);
    m.set("True", Value::Bool(true));
    m.set("False", Value::Bool(false));
    m.set("__name__", Value::str("builtins"));
    let _ = TypeKind::Object;
    m
}

#[cfg(test)]
mod int_text_tests {
    use super::int_to_str;

    #[test]
    fn int_to_str_is_the_decimal_text() {
        for i in [0, 7, 9, -7, 10, -10, 9973, i64::MAX, i64::MIN, -1, -9] {
            assert_eq!(&*int_to_str(i), i.to_string(), "{i}");
        }
    }
}
