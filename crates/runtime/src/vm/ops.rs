//! Operations on values: truthiness, str/repr, arithmetic, comparison, attributes, items,
//! iteration, hashing. Each operation that may run Python code returns a [`Flow`]; the
//! `*_nested` variants run such flows to completion (bounded nested runs).

use std::rc::Rc;

use super::{Args, Flow, PyResult, Then, Vm};
use crate::builtins::subclass::{inherited, wrapped};
use crate::compiler::{BinOp, CmpOp};
use crate::object::bigint;
use crate::object::dict::{simple_eq, simple_hash};
use crate::object::exception::{attribute_error, exc};
use crate::object::float_repr::float_repr;
use crate::object::iter::{range_next, DictPart, IterState};
use crate::object::types::TypeKind;
use crate::object::{Dict, GenKind, IterObj, NativeFunction, Payload, SetObj, TypeObject, Value};

/// Python's str repr quoting.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if crate::object::unicode_props::is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// True if `t` defines `name` in Python code (or natively, for library types) somewhere in
/// its MRO before `object` and built-in bases.
pub fn user_method(t: &Rc<TypeObject>, name: &str) -> Option<Value> {
    if t.builtin && t.kind == TypeKind::Builtin {
        return None;
    }
    t.lookup_user(name)
}

/// Binds a class attribute found on `t` to `obj` (functions become bound methods).
pub fn bind(attr: Value, obj: &Value, t: &Rc<TypeObject>) -> Value {
    match attr {
        Value::Function(_) => Value::Method(Rc::new(crate::object::BoundMethod {
            self_: obj.clone(),
            func: attr,
        })),
        Value::Native(n) => n.bind(obj.clone()),
        Value::Instance(ref i) => match &i.payload {
            Payload::StaticMethod(f) => f.clone(),
            Payload::ClassMethod(f) => bind_classmethod(f, Value::Type(t.clone())),
            _ => attr,
        },
        other => other,
    }
}

/// A classmethod's function bound to its class (a native stays a native, bound to `cls`).
pub fn bind_classmethod(f: &Value, cls: Value) -> Value {
    match f {
        Value::Native(n) => n.bind(cls),
        _ => Value::Method(Rc::new(crate::object::BoundMethod {
            self_: cls,
            func: f.clone(),
        })),
    }
}

/// Floor division and modulo with Python's sign rules.
pub fn int_floordiv(a: i64, b: i64) -> PyResult<i64> {
    if b == 0 {
        return Err(exc(
            "ZeroDivisionError",
            "integer division or modulo by zero",
        ));
    }
    let q = a.checked_div(b).ok_or_else(|| {
        exc(
            "OverflowError",
            "integer overflow (aiterscope ints are 64-bit)",
        )
    })?;
    Ok(if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    })
}

/// Python's `%` on ints.
pub fn int_mod(a: i64, b: i64) -> PyResult<i64> {
    if b == 0 {
        return Err(exc("ZeroDivisionError", "integer modulo by zero"));
    }
    let r = a.checked_rem(b).unwrap_or(0);
    Ok(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

fn float_mod(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(exc("ZeroDivisionError", "float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 && ((m < 0.0) != (b < 0.0)) {
        m += b;
    } else if m == 0.0 {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Float(f) => Some(*f),
        _ => None,
    }
}

fn as_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// Integer power with overflow detection.
pub fn int_pow(a: i64, b: i64) -> PyResult<Value> {
    if b < 0 {
        if a == 0 {
            return Err(exc(
                "ZeroDivisionError",
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Value::Float((a as f64).powf(b as f64)));
    }
    match u32::try_from(b).ok().and_then(|e| a.checked_pow(e)) {
        Some(v) => Ok(Value::Int(v)),
        None => bigint::pow(&a.into(), &b.into()),
    }
}

impl Vm {
    /// Raises `MemoryError` when an object of `n` elements would exceed the memory cap.
    pub fn check_size(&self, n: usize) -> PyResult<()> {
        if n > self.max_alloc {
            return Err(exc(
                "MemoryError",
                format!(
                    "aiterscope: object of {n} elements exceeds the memory cap of {}",
                    self.max_alloc
                ),
            ));
        }
        self.check_bytes(n)
    }

    /// [`Vm::check_size`] for a list or tuple of `n` elements, counting the bytes they take.
    pub fn check_items(&self, n: usize) -> PyResult<()> {
        self.check_size(n)?;
        self.check_bytes(n.saturating_mul(std::mem::size_of::<Value>()))
    }

    /// Raises `MemoryError` when the run, holding what it holds now, could not also allocate
    /// `n` more bytes within `max_memory` (the live bytes count only where the counting
    /// allocator is installed: see `memory.rs`).
    pub fn check_bytes(&self, n: usize) -> PyResult<()> {
        let held = (crate::memory::live_bytes() - self.live_at_start).max(0) as usize;
        if n > self.max_memory || held > self.max_memory - n {
            return Err(exc(
                "MemoryError",
                format!(
                    "aiterscope: the program would hold more than the memory cap of {} bytes",
                    self.max_memory
                ),
            ));
        }
        Ok(())
    }

    // ----- truthiness -----

    /// Truthiness without Python code, if possible.
    pub fn truthy_simple(v: &Value) -> Option<bool> {
        Some(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(d) => !d.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.items.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Type(t) if t.metaclass.is_some() => {
                let meta = t.metaclass.as_ref()?;
                if user_method(meta, "__bool__").is_some() || user_method(meta, "__len__").is_some()
                {
                    return None;
                }
                true
            }
            Value::Instance(i) => {
                let t = i.class.borrow().clone();
                if user_method(&t, "__bool__").is_some() || user_method(&t, "__len__").is_some() {
                    return None;
                }
                match i.builtin_value() {
                    Some(inner) => return Vm::truthy_simple(inner),
                    None => true,
                }
            }
            _ => true,
        })
    }

    /// `bool(v)` as a flow producing a Python bool.
    pub fn truthy_flow(&mut self, v: &Value) -> PyResult<Flow> {
        if let Some(b) = Vm::truthy_simple(v) {
            return Ok(Flow::Value(Value::Bool(b)));
        }
        let t = v.class();
        if let Some(inner) = inherited(v, "__bool__") {
            if user_method(&t, "__len__").is_none() {
                return self.truthy_flow(&inner);
            }
        }
        if let Some(f) = user_method(&t, "__bool__") {
            return Ok(Flow::call(
                bind(f, v, &t),
                vec![],
                Then::map(|_, r| match r {
                    Value::Bool(_) => Ok(Flow::Value(r)),
                    other => Err(exc(
                        "TypeError",
                        format!(
                            "__bool__ should return bool, returned {}",
                            other.type_name()
                        ),
                    )),
                }),
            ));
        }
        if let Some(f) = user_method(&t, "__len__") {
            return Ok(Flow::call(
                bind(f, v, &t),
                vec![],
                Then::map(|_, r| match r {
                    Value::Int(n) if n >= 0 => Ok(Flow::Value(Value::Bool(n != 0))),
                    Value::Bool(b) => Ok(Flow::Value(Value::Bool(b))),
                    Value::Int(_) => Err(exc("ValueError", "__len__() should return >= 0")),
                    other => Err(crate::object::exception::not_an_integer(&other.type_name())),
                }),
            ));
        }
        Ok(Flow::Value(Value::Bool(true)))
    }

    /// `bool(v)` in a nested run.
    pub fn truthy_nested(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(b) = Vm::truthy_simple(v) {
            return Ok(b);
        }
        let f = self.truthy_flow(v)?;
        Ok(matches!(self.run_flow_nested(f)?, Value::Bool(true)))
    }

    // ----- str / repr -----

    /// `str(v)` as a flow producing a str value.
    pub fn str_flow(&mut self, v: &Value) -> PyResult<Flow> {
        match v {
            Value::Str(_) => Ok(Flow::Value(v.clone())),
            Value::Instance(i) => {
                let t = i.class.borrow().clone();
                if let Some(f) = user_method(&t, "__str__") {
                    let f = bind(f, v, &t);
                    self.announce_c_entry(&f, super::c_stack::CEntry::Str);
                    return Ok(Flow::call(f, vec![], check_str("__str__")));
                }
                if v.is_exception() {
                    return Ok(Flow::Value(Value::string(self.exception_str(v)?)));
                }
                if let Some(Value::Str(s)) = i.builtin_value() {
                    return Ok(Flow::Value(Value::Str(s.clone())));
                }
                self.repr_flow(v)
            }
            Value::Type(t) if t.metaclass.is_some() => {
                match super::metaclass::meta_method(v, "__str__") {
                    Some(f) => Ok(Flow::call(f, vec![], check_str("__str__"))),
                    None => self.repr_flow(v),
                }
            }
            _ => Ok(Flow::Value(Value::string(self.repr_nested(v)?))),
        }
    }

    /// `repr(v)` as a flow producing a str value.
    pub fn repr_flow(&mut self, v: &Value) -> PyResult<Flow> {
        if let Some(f) = super::metaclass::meta_method(v, "__repr__") {
            return Ok(Flow::call(f, vec![], check_str("__repr__")));
        }
        if let Value::Instance(i) = v {
            let t = i.class.borrow().clone();
            if let Some(f) = user_method(&t, "__repr__") {
                let f = bind(f, v, &t);
                self.announce_c_entry(&f, super::c_stack::CEntry::Repr);
                return Ok(Flow::call(f, vec![], check_str("__repr__")));
            }
        }
        Ok(Flow::Value(Value::string(self.repr_nested(v)?)))
    }

    /// `str(v)` in a nested run.
    pub fn str_nested(&mut self, v: &Value) -> PyResult<String> {
        if let Value::Str(s) = v {
            return Ok(s.to_string());
        }
        let f = self.str_flow(v)?;
        match self.run_flow_nested(f)? {
            Value::Str(s) => Ok(s.to_string()),
            _ => Ok(String::new()),
        }
    }

    /// The str of an exception from its args.
    pub fn exception_str(&mut self, v: &Value) -> PyResult<String> {
        if crate::exception_group::is_group(v) {
            return Ok(crate::exception_group::group_str(v));
        }
        let args = v
            .exc_data()
            .map(|d| d.borrow().args.clone())
            .unwrap_or_default();
        let is_key_error = crate::object::exception::is_exc_instance(v, "KeyError");
        match args.len() {
            0 => Ok(String::new()),
            1 if is_key_error => self.repr_nested(&args[0]),
            1 => self.str_nested(&args[0]),
            _ => self.repr_nested(&Value::tuple(args)),
        }
    }

    /// `repr(v)` in a nested run (containers recurse; instances may run `__repr__`).
    pub fn repr_nested(&mut self, v: &Value) -> PyResult<String> {
        let mut stack = Vec::new();
        self.repr_inner(v, &mut stack)
    }

    fn repr_inner(&mut self, v: &Value, stack: &mut Vec<usize>) -> PyResult<String> {
        let addr = v.heap_addr().unwrap_or(0);
        let container = matches!(
            v,
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Tuple(_)
        );
        if container {
            if stack.contains(&addr) {
                return Ok(match v {
                    Value::List(_) => "[...]".into(),
                    Value::Dict(_) => "{...}".into(),
                    Value::Tuple(_) => "(...)".into(),
                    _ => format!("{}(...)", v.type_name()),
                });
            }
            if stack.len() > 200 {
                return Err(exc(
                    "RecursionError",
                    "maximum recursion depth exceeded while getting the repr of an object",
                ));
            }
            stack.push(addr);
        }
        let r = self.repr_one(v, stack);
        if container {
            stack.pop();
        }
        r
    }

    fn repr_items(&mut self, items: &[Value], stack: &mut Vec<usize>) -> PyResult<Vec<String>> {
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            out.push(self.repr_inner(it, stack)?);
        }
        Ok(out)
    }

    fn repr_one(&mut self, v: &Value, stack: &mut Vec<usize>) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => bigint::to_decimal(b)?,
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => repr_str(s),
            Value::Bytes(d) => crate::object::bytes::bytes_repr(d),
            Value::List(l) => {
                let items = l.borrow().clone();
                format!("[{}]", self.repr_items(&items, stack)?.join(", "))
            }
            Value::Tuple(t) => {
                let parts = self.repr_items(t, stack)?;
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Value::Dict(d) => {
                let mut parts = Vec::new();
                for e in d.entries() {
                    let k = self.repr_inner(&e.key, stack)?;
                    let val = self.repr_inner(&e.value, stack)?;
                    parts.push(format!("{k}: {val}"));
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) => {
                let keys = s.items.keys();
                if keys.is_empty() {
                    return Ok(if s.frozen {
                        "frozenset()".into()
                    } else {
                        "set()".into()
                    });
                }
                let inner = format!("{{{}}}", self.repr_items(&keys, stack)?.join(", "));
                if s.frozen {
                    format!("frozenset({inner})")
                } else {
                    inner
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let a = self.repr_inner(&s.start, stack)?;
                let b = self.repr_inner(&s.stop, stack)?;
                let c = self.repr_inner(&s.step, stack)?;
                format!("slice({a}, {b}, {c})")
            }
            Value::Function(f) => format!("<function {} at 0x{:x}>", f.qualname.borrow(), v.id()),
            Value::Method(m) => {
                let name = match &m.func {
                    Value::Function(f) => f.qualname.borrow().to_string(),
                    other => self.repr_inner(other, stack)?,
                };
                let owner = self.repr_inner(&m.self_, stack)?;
                format!("<bound method {name} of {owner}>")
            }
            Value::Native(n) => match &n.self_ {
                Some(s) if !n.owner.is_empty() => format!(
                    "<built-in method {} of {} object at 0x{:x}>",
                    n.name,
                    s.type_name(),
                    s.id()
                ),
                _ => format!("<built-in function {}>", n.name),
            },
            Value::Type(t) => {
                if let Some(f) = super::metaclass::meta_method(v, "__repr__") {
                    return match self.call_nested(f, Args::default())? {
                        Value::Str(s) => Ok(s.to_string()),
                        other => Err(exc(
                            "TypeError",
                            format!("__repr__ returned non-string (type {})", other.type_name()),
                        )),
                    };
                }
                if t.builtin && &*t.module == "builtins" {
                    format!("<class '{}'>", t.name)
                } else {
                    format!("<class '{}.{}'>", t.module, t.qualname)
                }
            }
            Value::Module(m) => format!("<module '{}'>", m.name),
            Value::Gen(g) => {
                let kind = match g.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async_generator",
                };
                format!("<{kind} object {} at 0x{:x}>", g.qualname, v.id())
            }
            Value::Iter(it) => {
                let view = match &*it.state.borrow() {
                    IterState::DictView { dict, part } => Some((dict.clone(), *part)),
                    _ => None,
                };
                match view {
                    Some((d, part)) => {
                        let (name, items) = match part {
                            DictPart::Keys => ("dict_keys", d.keys()),
                            DictPart::Values => ("dict_values", d.values()),
                            DictPart::Items => (
                                "dict_items",
                                d.entries()
                                    .into_iter()
                                    .map(|e| Value::tuple(vec![e.key, e.value]))
                                    .collect(),
                            ),
                        };
                        format!("{name}([{}])", self.repr_items(&items, stack)?.join(", "))
                    }
                    None => format!("<{} object at 0x{:x}>", it.class().name, v.id()),
                }
            }
            Value::Cell(_) => format!("<cell at 0x{:x}>", v.id()),
            Value::Instance(i) => {
                let t = i.class.borrow().clone();
                if let Some(f) = user_method(&t, "__repr__") {
                    let r = self.call_nested(bind(f, v, &t), Args::default())?;
                    return match r {
                        Value::Str(s) => Ok(s.to_string()),
                        other => Err(exc(
                            "TypeError",
                            format!("__repr__ returned non-string (type {})", other.type_name()),
                        )),
                    };
                }
                match &i.payload {
                    Payload::Exception(d) => {
                        let args = d.borrow().args.clone();
                        let parts = self.repr_items(&args, stack)?;
                        if parts.len() == 1 {
                            format!("{}({})", t.name, parts[0])
                        } else {
                            format!("{}({})", t.name, parts.join(", "))
                        }
                    }
                    Payload::Property { .. } => format!("<property object at 0x{:x}>", v.id()),
                    Payload::StaticMethod(_) => format!("<staticmethod object at 0x{:x}>", v.id()),
                    Payload::ClassMethod(_) => format!("<classmethod object at 0x{:x}>", v.id()),
                    Payload::Super { this_class, .. } => format!(
                        "<super: <class '{}'>, <{} object>>",
                        this_class.name, t.name
                    ),
                    // A set subclass shows its class name (`M({1, 2})`, `M()`); the other
                    // built-in subclasses show the built-in repr.
                    Payload::Builtin(inner @ Value::Set(set)) => {
                        if set.items.is_empty() {
                            format!("{}()", t.name)
                        } else {
                            format!("{}({})", t.name, self.repr_inner(inner, stack)?)
                        }
                    }
                    Payload::Builtin(inner) => self.repr_inner(inner, stack)?,
                    _ => format!("<{}.{} object at 0x{:x}>", t.module, t.qualname, v.id()),
                }
            }
        })
    }

    // ----- arithmetic -----

    /// A binary operator as a flow.
    /// `a op b` when neither operand is an instance (no Python code can run): the result or
    /// CPython's error; None when an operand is an instance or the operation is a union of
    /// classes, which Python code builds (see [`Vm::binop_flow`]).
    pub fn binop_of_builtins(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> Option<PyResult<Value>> {
        if matches!(a, Value::Instance(_))
            || matches!(b, Value::Instance(_))
            || is_class_union(op, a, b)
            || has_metaclass(a)
            || has_metaclass(b)
        {
            return None;
        }
        Some(match self.binop_builtin(op, a, b, inplace) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(unsupported(op, a, b, inplace)),
            Err(e) => Err(e),
        })
    }

    pub fn binop_flow(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Flow> {
        if let Some(v) = self.binop_of_builtins(op, &a, &b, inplace) {
            return v.map(Flow::Value);
        }
        let (name, rname, iname) = op.dunders();
        let ta = a.class();
        let tb = b.class();
        let mut attempts: Vec<(Value, Vec<Value>)> = Vec::new();
        if inplace {
            if let Some(f) = user_method(&ta, iname) {
                attempts.push((bind(f, &a, &ta), vec![b.clone()]));
            }
        }
        let same = Rc::ptr_eq(&ta, &tb);
        let fwd = user_method(&ta, name).map(|f| (bind(f, &a, &ta), vec![b.clone()]));
        let rev = if same {
            None
        } else {
            user_method(&tb, rname).map(|f| (bind(f, &b, &tb), vec![a.clone()]))
        };
        let rev_first = !same && tb.is_subclass(&ta) && rev.is_some();
        match (rev_first, fwd, rev) {
            (true, f, Some(r)) => {
                attempts.push(r);
                if let Some(f) = f {
                    attempts.push(f);
                }
            }
            (_, f, r) => {
                if let Some(f) = f {
                    attempts.push(f);
                }
                if let Some(r) = r {
                    attempts.push(r);
                }
            }
        }
        try_attempts(
            self,
            attempts,
            Box::new(move |vm: &mut Vm| {
                // Instances of built-in subclasses operate as their built-in value; an
                // in-place operator that mutated it (`l += [1]`) yields the instance itself.
                let (wa, wb) = (wrapped(&a), wrapped(&b));
                if wa.is_some() || wb.is_some() {
                    let x = wa.clone().unwrap_or_else(|| a.clone());
                    let y = wb.unwrap_or_else(|| b.clone());
                    return match vm.binop_builtin(op, &x, &y, inplace)? {
                        Some(v) if inplace && wa.is_some() && v.is(&x) => Ok(Flow::Value(a)),
                        Some(v) => Ok(Flow::Value(v)),
                        None => Err(unsupported(op, &a, &b, inplace)),
                    };
                }
                // Builtin fallback (e.g. list + instance is an error; str % instance works).
                match vm.binop_builtin(op, &a, &b, inplace)? {
                    Some(v) => Ok(Flow::Value(v)),
                    None if is_class_union(op, &a, &b) => {
                        let union_of = types_module_function(vm, "_union_of")?;
                        Ok(Flow::call(union_of, vec![a, b], Then::identity()))
                    }
                    None => Err(unsupported(op, &a, &b, inplace)),
                }
            }),
        )
    }

    /// Built-in arithmetic (None if the types don't support the operator).
    pub fn binop_builtin(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        use Value::*;
        if matches!(a, Iter(_)) || matches!(b, Iter(_)) {
            if let Some(v) = self.dictview_binop(op, a, b)? {
                return Ok(Some(v));
            }
        }
        if matches!(a, BigInt(_)) || matches!(b, BigInt(_)) {
            if let (Some(x), Some(y)) = (bigint::to_big(a), bigint::to_big(b)) {
                return bigint::binop(op, &x, &y).map(Some);
            }
            // A big int with a float: the float arithmetic below, after an exact conversion.
            let conv = |v: &Value| match v {
                BigInt(x) => bigint::to_f64(x).map(Float),
                other => Ok(other.clone()),
            };
            if matches!(a, Float(_)) || matches!(b, Float(_)) {
                let (fa, fb) = (conv(a)?, conv(b)?);
                return self.binop_builtin(op, &fa, &fb, inplace);
            }
        }
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            if matches!((a, b), (Bool(_), Bool(_)))
                && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor)
            {
                let (p, q) = (x != 0, y != 0);
                return Ok(Some(Bool(match op {
                    BinOp::And => p & q,
                    BinOp::Or => p | q,
                    _ => p ^ q,
                })));
            }
            let big = |op| bigint::binop(op, &x.into(), &y.into());
            return Ok(Some(match op {
                BinOp::Add => x.checked_add(y).map_or_else(|| big(op), |v| Ok(Int(v)))?,
                BinOp::Sub => x.checked_sub(y).map_or_else(|| big(op), |v| Ok(Int(v)))?,
                BinOp::Mul => x.checked_mul(y).map_or_else(|| big(op), |v| Ok(Int(v)))?,
                BinOp::TrueDiv => {
                    if y == 0 {
                        return Err(exc("ZeroDivisionError", "division by zero"));
                    }
                    Float(x as f64 / y as f64)
                }
                BinOp::FloorDiv if x == i64::MIN && y == -1 => big(op)?,
                BinOp::FloorDiv => Int(int_floordiv(x, y)?),
                BinOp::Mod => Int(int_mod(x, y)?),
                BinOp::Pow => int_pow(x, y)?,
                BinOp::LShift => {
                    if y < 0 {
                        return Err(exc("ValueError", "negative shift count"));
                    }
                    if x == 0 {
                        Int(0)
                    } else if y >= 63 || (x.unsigned_abs().leading_zeros() as i64) <= y {
                        big(op)?
                    } else {
                        Int(x << y)
                    }
                }
                BinOp::RShift => {
                    if y < 0 {
                        return Err(exc("ValueError", "negative shift count"));
                    }
                    Int(if y >= 64 {
                        if x < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        x >> y
                    })
                }
                BinOp::And => Int(x & y),
                BinOp::Or => Int(x | y),
                BinOp::Xor => Int(x ^ y),
                BinOp::MatMul => return Ok(Option::None),
            }));
        }
        if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
            return Ok(Some(match op {
                BinOp::Add => Float(x + y),
                BinOp::Sub => Float(x - y),
                BinOp::Mul => Float(x * y),
                BinOp::TrueDiv => {
                    if y == 0.0 {
                        return Err(exc("ZeroDivisionError", "float division by zero"));
                    }
                    Float(x / y)
                }
                BinOp::FloorDiv => {
                    if y == 0.0 {
                        return Err(exc("ZeroDivisionError", "float floor division by zero"));
                    }
                    Float((x / y).floor())
                }
                BinOp::Mod => Float(float_mod(x, y)?),
                BinOp::Pow => {
                    if x == 0.0 && y < 0.0 {
                        return Err(exc(
                            "ZeroDivisionError",
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    let r = x.powf(y);
                    if x < 0.0 && y.fract() != 0.0 {
                        return Err(exc(
                            "NotImplementedError",
                            "aiterscope does not support complex numbers",
                        ));
                    }
                    if r.is_infinite() && x.is_finite() && y.is_finite() {
                        return Err(exc(
                            "OverflowError",
                            "(34, 'Numerical result out of range')",
                        ));
                    }
                    Float(r)
                }
                _ => return Ok(Option::None),
            }));
        }
        Ok(match (op, a, b) {
            (BinOp::Add, Str(x), Str(y)) => {
                self.check_size(x.len() + y.len())?;
                Some(Value::Str(concat_strs(x, y)))
            }
            (BinOp::Add, Str(_), other) => {
                return Err(exc(
                    "TypeError",
                    format!(
                        "can only concatenate str (not \"{}\") to str",
                        other.type_name()
                    ),
                ))
            }
            (BinOp::Mul, Str(s), n) | (BinOp::Mul, n, Str(s)) if as_int(n).is_some() => {
                let n = as_int(n).unwrap_or(0).max(0) as usize;
                self.check_size(s.len().saturating_mul(n))?;
                // CPython: `s * 1` is `s` itself.
                Some(match n {
                    0 => Value::str(""),
                    1 => Str(s.clone()),
                    _ => Str(crate::object::str_build::repeat(s, n)),
                })
            }
            (BinOp::Add, Bytes(x), Bytes(y)) => {
                self.check_size(x.len() + y.len())?;
                let mut v = Vec::with_capacity(x.len() + y.len());
                v.extend_from_slice(x);
                v.extend_from_slice(y);
                Some(crate::object::bytes::bytes_from_vec(v))
            }
            (BinOp::Add, Bytes(_), other) => {
                return Err(exc(
                    "TypeError",
                    format!("can't concat {} to bytes", other.type_name()),
                ))
            }
            (BinOp::Mod, Bytes(_), _) => {
                return Err(exc(
                    "NotImplementedError",
                    "aiterscope does not support bytes %-formatting",
                ))
            }
            (BinOp::Mul, Bytes(d), n) | (BinOp::Mul, n, Bytes(d)) if as_int(n).is_some() => {
                let n = as_int(n).unwrap_or(0).max(0) as usize;
                self.check_size(d.len().saturating_mul(n))?;
                Some(crate::object::bytes::bytes_from_vec(d.repeat(n)))
            }
            (BinOp::Add, List(x), List(y)) => {
                self.check_items(x.borrow().len() + y.borrow().len())?;
                if inplace {
                    let items = y.borrow().to_vec();
                    x.borrow_mut().extend(items);
                    Some(a.clone())
                } else {
                    let mut v = x.borrow().to_vec();
                    v.extend(y.borrow().iter().cloned());
                    Some(Value::list(v))
                }
            }
            (BinOp::Add, List(x), other) if inplace => {
                let items = self.iterate_nested(other)?;
                self.check_items(x.borrow().len() + items.len())?;
                x.borrow_mut().extend(items);
                Some(a.clone())
            }
            (BinOp::Add, List(_), other) => {
                return Err(exc(
                    "TypeError",
                    format!(
                        "can only concatenate list (not \"{}\") to list",
                        other.type_name()
                    ),
                ))
            }
            (BinOp::Mul, List(l), n) | (BinOp::Mul, n, List(l)) if as_int(n).is_some() => {
                let n = as_int(n).unwrap_or(0).max(0) as usize;
                let items = l.borrow().clone();
                self.check_items(items.len().saturating_mul(n))?;
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                if inplace {
                    if let List(target) = a {
                        target.borrow_mut().replace_all(v);
                        return Ok(Some(a.clone()));
                    }
                }
                Some(Value::list(v))
            }
            (BinOp::Add, Tuple(x), Tuple(y)) => {
                self.check_items(x.len() + y.len())?;
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Some(Value::tuple(v))
            }
            (BinOp::Add, Tuple(_), other) => {
                return Err(exc(
                    "TypeError",
                    format!(
                        "can only concatenate tuple (not \"{}\") to tuple",
                        other.type_name()
                    ),
                ))
            }
            (BinOp::Mul, Tuple(t), n) | (BinOp::Mul, n, Tuple(t)) if as_int(n).is_some() => {
                let n = as_int(n).unwrap_or(0).max(0) as usize;
                self.check_items(t.len().saturating_mul(n))?;
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                Some(Value::tuple(v))
            }
            (BinOp::Mod, Str(s), args) => Some(Value::string(
                crate::builtins::format::percent_format(self, s, args)?,
            )),
            (BinOp::Or, Dict(x), Dict(y)) => {
                let d = if inplace {
                    x.clone()
                } else {
                    Rc::new((**x).clone())
                };
                for e in y.entries() {
                    self.dict_set(&d, e.key, e.value)?;
                }
                Some(Value::Dict(d))
            }
            (op @ (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor), Set(x), Set(_)) => {
                if inplace && !x.frozen {
                    match op {
                        BinOp::Or => self.set_update_from(&x.items, b)?,
                        BinOp::And => {
                            let r = self.set_intersection(x, b, false)?;
                            x.items.swap_bodies(&r.items);
                        }
                        BinOp::Sub => self.set_difference_update(x, b)?,
                        _ => self.set_symmetric_difference_update(x, b)?,
                    }
                    Some(a.clone())
                } else {
                    Some(Value::Set(match op {
                        BinOp::Or => self.set_union(x, b, x.frozen)?,
                        BinOp::And => self.set_intersection(x, b, x.frozen)?,
                        BinOp::Sub => self.set_difference(x, b, x.frozen)?,
                        _ => self.set_symmetric_difference(x, b, x.frozen)?,
                    }))
                }
            }
            _ => Option::None,
        })
    }

    /// A unary operator.
    pub fn unary_flow(&mut self, op: crate::compiler::UnOp, v: Value) -> PyResult<Flow> {
        use crate::compiler::UnOp;
        match op {
            UnOp::Not => {
                let f = self.truthy_flow(&v)?;
                self.flow_then(f, |_, b| {
                    Ok(Flow::Value(Value::Bool(!matches!(b, Value::Bool(true)))))
                })
            }
            _ => {
                let r = match (&op, &v) {
                    (UnOp::Neg, Value::Int(i)) => {
                        Some(i.checked_neg().map_or_else(
                            || bigint::normalize(-bigint::BigInt::from(*i)),
                            Value::Int,
                        ))
                    }
                    (UnOp::Neg, Value::BigInt(b)) => Some(bigint::normalize(-&**b)),
                    (UnOp::Pos, Value::BigInt(_)) => Some(v.clone()),
                    (UnOp::Invert, Value::BigInt(b)) => Some(bigint::normalize(!&**b)),
                    (UnOp::Neg, Value::Bool(b)) => Some(Value::Int(-(*b as i64))),
                    (UnOp::Neg, Value::Float(f)) => Some(Value::Float(-f)),
                    (UnOp::Pos, Value::Int(_)) | (UnOp::Pos, Value::Float(_)) => Some(v.clone()),
                    (UnOp::Pos, Value::Bool(b)) => Some(Value::Int(*b as i64)),
                    (UnOp::Invert, Value::Int(i)) => Some(Value::Int(!i)),
                    (UnOp::Invert, Value::Bool(b)) => Some(Value::Int(!(*b as i64))),
                    _ => None,
                };
                if let Some(r) = r {
                    return Ok(Flow::Value(r));
                }
                let (name, sym) = match op {
                    UnOp::Neg => ("__neg__", "-"),
                    UnOp::Pos => ("__pos__", "+"),
                    _ => ("__invert__", "~"),
                };
                let t = v.class();
                if let Some(inner) = inherited(&v, name) {
                    return self.unary_flow(op, inner);
                }
                match user_method(&t, name) {
                    Some(f) => Ok(Flow::call(bind(f, &v, &t), vec![], Then::identity())),
                    None => Err(exc(
                        "TypeError",
                        format!("bad operand type for unary {sym}: '{}'", t.name),
                    )),
                }
            }
        }
    }

    // ----- comparison -----

    /// A rich comparison as a flow.
    pub fn compare_flow(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Flow> {
        if !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) {
            if let Some(r) = self.compare_builtin(op, &a, &b)? {
                return Ok(Flow::Value(Value::Bool(r)));
            }
            // Classes compare by identity unless their metaclass says otherwise.
            if has_metaclass(&a) || has_metaclass(&b) {
                return self.compare_with_methods(op, a, b);
            }
            return match op {
                CmpOp::Eq => Ok(Flow::Value(Value::Bool(a.is(&b)))),
                CmpOp::Ne => Ok(Flow::Value(Value::Bool(!a.is(&b)))),
                _ => Err(cmp_error(op, &a, &b)),
            };
        }
        self.compare_with_methods(op, a, b)
    }

    /// [`Vm::compare_flow`] when an operand's type may define the comparison: its methods
    /// (the reflected one first for a subclass operand), then identity for `==`/`!=`.
    fn compare_with_methods(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Flow> {
        let ta = a.class();
        let tb = b.class();
        let same = Rc::ptr_eq(&ta, &tb);
        let fwd = cmp_method(&ta, op).map(|(f, neg)| (bind(f, &a, &ta), b.clone(), neg));
        // CPython tries the reflected method even between instances of one class
        // (`a > b` falls back to `b.__lt__(a)`).
        let rev = cmp_method(&tb, op.swapped()).map(|(f, neg)| (bind(f, &b, &tb), a.clone(), neg));
        if fwd.is_none() && rev.is_none() {
            let (wa, wb) = (wrapped(&a), wrapped(&b));
            if wa.is_some() || wb.is_some() {
                return self.compare_flow(op, wa.unwrap_or(a), wb.unwrap_or(b));
            }
        }
        let mut attempts = Vec::new();
        let rev_first = !same && tb.is_subclass(&ta) && rev.is_some();
        if rev_first {
            attempts.extend(rev.clone());
            attempts.extend(fwd);
        } else {
            attempts.extend(fwd);
            attempts.extend(rev);
        }
        if let Some((f, _, _)) = attempts.first() {
            self.announce_c_entry(f, super::c_stack::CEntry::Slot);
        }
        try_cmp_attempts(attempts, 0, op, a, b)
    }

    /// Built-in comparisons (None if unsupported between these types).
    pub fn compare_builtin(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        use std::cmp::Ordering;
        if matches!(a, Value::Iter(_)) || matches!(b, Value::Iter(_)) {
            if let Some(r) = self.dictview_compare(op, a, b)? {
                return Ok(Some(r));
            }
        }
        // Containers compare their items recursively: guarded as CPython guards it.
        let _guard = match (a, b) {
            (Value::List(_), Value::List(_))
            | (Value::Tuple(_), Value::Tuple(_))
            | (Value::Dict(_), Value::Dict(_)) => Some(
                super::recursion_guard::RecursionGuard::enter(" in comparison")?,
            ),
            _ => None,
        };
        let ord: Option<Ordering> = match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
            (Value::BigInt(_), _) | (_, Value::BigInt(_))
                if bigint::is_int(a) && bigint::is_int(b) =>
            {
                bigint::to_big(a)
                    .zip(bigint::to_big(b))
                    .map(|(x, y)| x.cmp(&y))
            }
            (Value::BigInt(x), Value::Float(f)) => match bigint::cmp_float(x, *f) {
                Some(o) => Some(o),
                None => return Ok(Some(op == CmpOp::Ne)),
            },
            (Value::Float(f), Value::BigInt(x)) => match bigint::cmp_float(x, *f) {
                Some(o) => Some(o.reverse()),
                None => return Ok(Some(op == CmpOp::Ne)),
            },
            // Ints beyond 2**53 compare exactly with floats, as CPython does.
            (Value::Int(x), Value::Float(f)) if x.unsigned_abs() > 1 << 53 => {
                match bigint::cmp_float(&bigint::BigInt::from(*x), *f) {
                    Some(o) => Some(o),
                    None => return Ok(Some(op == CmpOp::Ne)),
                }
            }
            (Value::Float(f), Value::Int(x)) if x.unsigned_abs() > 1 << 53 => {
                match bigint::cmp_float(&bigint::BigInt::from(*x), *f) {
                    Some(o) => Some(o.reverse()),
                    None => return Ok(Some(op == CmpOp::Ne)),
                }
            }
            _ if as_int(a).is_some() && as_int(b).is_some() => {
                as_int(a).zip(as_int(b)).map(|(x, y)| x.cmp(&y))
            }
            _ if as_f64(a).is_some() && as_f64(b).is_some() => {
                let (x, y) = (as_f64(a).unwrap_or(0.0), as_f64(b).unwrap_or(0.0));
                match x.partial_cmp(&y) {
                    Some(o) => Some(o),
                    None => return Ok(Some(op == CmpOp::Ne)),
                }
            }
            (Value::Str(x), Value::Str(y)) => Some(x.cmp(y)),
            (Value::Bytes(x), Value::Bytes(y)) => Some(x.cmp(y)),
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                return self.compare_seq(op, &x, &y).map(Some);
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (x, y) = ((**x).clone(), (**y).clone());
                return self.compare_seq(op, &x, &y).map(Some);
            }
            (Value::Set(x), Value::Set(y)) => {
                let (xl, yl) = (x.items.len(), y.items.len());
                return Ok(Some(match op {
                    CmpOp::Eq => xl == yl && self.set_is_subset(&x.items, &y.items)?,
                    CmpOp::Ne => !(xl == yl && self.set_is_subset(&x.items, &y.items)?),
                    CmpOp::Le => self.set_is_subset(&x.items, &y.items)?,
                    CmpOp::Lt => xl < yl && self.set_is_subset(&x.items, &y.items)?,
                    CmpOp::Ge => self.set_is_subset(&y.items, &x.items)?,
                    CmpOp::Gt => xl > yl && self.set_is_subset(&y.items, &x.items)?,
                }));
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    return Ok(None);
                }
                let mut eq = x.len() == y.len();
                if eq {
                    for e in x.entries() {
                        match self.dict_get(y, &e.key)? {
                            Some(v) => {
                                if !self.eq_nested(&e.value, &v)? {
                                    eq = false;
                                    break;
                                }
                            }
                            None => {
                                eq = false;
                                break;
                            }
                        }
                    }
                }
                return Ok(Some(if op == CmpOp::Eq { eq } else { !eq }));
            }
            _ => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    let eq = simple_eq(a, b).unwrap_or_else(|| a.is(b));
                    return Ok(Some(if op == CmpOp::Eq { eq } else { !eq }));
                }
                None
            }
        };
        Ok(ord.map(|o| match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }))
    }

    fn compare_seq(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
        for (p, q) in x.iter().zip(y.iter()) {
            if p.is(q) {
                continue;
            }
            if !self.eq_nested(p, q)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => self.compare_nested(op, p, q),
                };
            }
        }
        let (a, b) = (x.len(), y.len());
        Ok(match op {
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Eq => a == b,
            CmpOp::Ne => a != b,
            CmpOp::Gt => a > b,
            CmpOp::Ge => a >= b,
        })
    }

    /// `a == b` in a nested run.
    pub fn eq_nested(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) {
            return Ok(true);
        }
        if let Some(r) = simple_eq(a, b) {
            return Ok(r);
        }
        self.compare_nested(CmpOp::Eq, a, b)
    }

    /// Any comparison in a nested run, as a bool.
    pub fn compare_nested(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        let f = self.compare_flow(op, a.clone(), b.clone())?;
        let v = self.run_flow_nested(f)?;
        self.truthy_nested(&v)
    }

    // ----- attributes -----

    /// `obj.name` as a flow.
    pub fn getattr_flow(&mut self, obj: &Value, name: &str) -> PyResult<Flow> {
        match obj {
            Value::Instance(i) => {
                if let Payload::Super { .. } = &i.payload {
                    let f = crate::object::builtin_types()
                        .super_
                        .lookup("__getattribute__")
                        .unwrap_or(Value::None);
                    return Ok(Flow::call(
                        f,
                        vec![obj.clone(), Value::str(name)],
                        Then::identity(),
                    ));
                }
                let t = i.class.borrow().clone();
                let class_attr = t.lookup(name);
                if let Some(Value::Instance(p)) = &class_attr {
                    if let Payload::Property { fget, .. } = &p.payload {
                        if matches!(fget, Value::None) {
                            return Err(attribute_error(
                                format!("property '{name}' of '{}' object has no getter", t.name),
                                name,
                                obj.clone(),
                            ));
                        }
                        self.announce_c_entry(fget, super::c_stack::CEntry::Inlined);
                        return Ok(Flow::call(
                            fget.clone(),
                            vec![obj.clone()],
                            Then::identity(),
                        ));
                    }
                }
                if let Some(desc @ Value::Instance(d)) = &class_attr {
                    let dt = d.class.borrow().clone();
                    if let Some(get) = user_method(&dt, "__get__") {
                        let is_data = user_method(&dt, "__set__").is_some()
                            || user_method(&dt, "__delete__").is_some();
                        if is_data || !i.dict.contains(name) {
                            return Ok(Flow::call(
                                bind(get, desc, &dt),
                                vec![obj.clone(), Value::Type(t.clone())],
                                Then::identity(),
                            ));
                        }
                    }
                }
                if let Some(v) = i.dict.get(name) {
                    return Ok(Flow::Value(v));
                }
                if let Some(v) = self.special_instance_attr(obj, i, name) {
                    return Ok(Flow::Value(v));
                }
                if let Some(a) = class_attr {
                    return Ok(Flow::Value(bind(a, obj, &t)));
                }
                if let Some(ga) = user_method(&t, "__getattr__") {
                    return Ok(Flow::call(
                        bind(ga, obj, &t),
                        vec![Value::str(name)],
                        Then::identity(),
                    ));
                }
                Err(attribute_error(
                    format!("'{}' object has no attribute '{name}'", t.name),
                    name,
                    obj.clone(),
                ))
            }
            Value::Type(t) => {
                if let Some(v) = type_special_attr(t, name) {
                    return Ok(Flow::Value(v));
                }
                if let Some(meta) = &t.metaclass {
                    return super::metaclass::class_getattr(self, obj, t, meta, name);
                }
                match t.lookup(name) {
                    Some(a) => self.class_attr_flow(obj, a),
                    None => Err(attribute_error(
                        format!("type object '{}' has no attribute '{name}'", t.name),
                        name,
                        obj.clone(),
                    )),
                }
            }
            Value::Module(m) => match m.get(name) {
                Some(v) => Ok(Flow::Value(v)),
                // PEP 562: a module-level `__getattr__` answers for missing names.
                None if m.get("__getattr__").is_some() => Ok(Flow::call(
                    m.get("__getattr__").unwrap_or(Value::None),
                    vec![Value::str(name)],
                    Then::identity(),
                )),
                None => Err(attribute_error(
                    format!("module '{}' has no attribute '{name}'", m.name),
                    name,
                    obj.clone(),
                )),
            },
            _ => {
                if let Some(v) = self.special_value_attr(obj, name) {
                    return Ok(Flow::Value(v));
                }
                let t = obj.class();
                match t.lookup(name) {
                    Some(a) => Ok(Flow::Value(bind(a, obj, &t))),
                    None => Err(attribute_error(
                        format!("'{}' object has no attribute '{name}'", t.name),
                        name,
                        obj.clone(),
                    )),
                }
            }
        }
    }

    /// `cls.name` once `attr` was found along the class's MRO: a user descriptor's
    /// `__get__(None, cls)`, a staticmethod's function, a classmethod bound to the class.
    pub fn class_attr_flow(&mut self, obj: &Value, attr: Value) -> PyResult<Flow> {
        if let Value::Instance(d) = &attr {
            match &d.payload {
                Payload::None => {
                    let dt = d.class.borrow().clone();
                    if let Some(get) = user_method(&dt, "__get__") {
                        return Ok(Flow::call(
                            bind(get, &attr, &dt),
                            vec![Value::None, obj.clone()],
                            Then::identity(),
                        ));
                    }
                }
                Payload::StaticMethod(f) => return Ok(Flow::Value(f.clone())),
                Payload::ClassMethod(f) => {
                    return Ok(Flow::Value(bind_classmethod(f, obj.clone())))
                }
                _ => {}
            }
        }
        Ok(Flow::Value(attr))
    }

    /// `getattr(obj, name)` in a nested run.
    pub fn getattr_nested(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let f = self.getattr_flow(obj, name)?;
        self.run_flow_nested(f)
    }

    fn special_instance_attr(
        &mut self,
        obj: &Value,
        i: &Rc<crate::object::Instance>,
        name: &str,
    ) -> Option<Value> {
        match name {
            "__class__" => return Some(Value::Type(i.class.borrow().clone())),
            "__dict__" => {
                if super::class_protocol::slot_names(&i.class.borrow()).is_some() {
                    return None;
                }
                return Some(Value::Dict(i.dict.as_dict()));
            }
            _ => {}
        }
        if let Payload::Exception(d) = &i.payload {
            let d = d.borrow();
            return match name {
                "args" => Some(Value::tuple(d.args.clone())),
                "__cause__" => Some(d.cause.clone().unwrap_or(Value::None)),
                "__context__" => Some(d.context.clone().unwrap_or(Value::None)),
                "__suppress_context__" => Some(Value::Bool(d.suppress_context)),
                "__traceback__" => Some(if d.traceback.is_empty() {
                    Value::None
                } else {
                    Value::str("<traceback>")
                }),
                "__notes__" if !d.notes.is_empty() => Some(Value::list(
                    d.notes.iter().map(|n| Value::Str(n.clone())).collect(),
                )),
                "value" if crate::object::exception::is_exc_instance(obj, "StopIteration") => {
                    Some(d.args.first().cloned().unwrap_or(Value::None))
                }
                "code" if crate::object::exception::is_exc_instance(obj, "SystemExit") => {
                    Some(match d.args.len() {
                        0 => Value::None,
                        1 => d.args[0].clone(),
                        _ => Value::tuple(d.args.clone()),
                    })
                }
                "exceptions" if d.group.is_some() => {
                    d.group.as_ref().map(|g| Value::tuple(g.exceptions.clone()))
                }
                "message" if d.group.is_some() => d.group.as_ref().map(|g| g.message.clone()),
                "name" if d.name.is_some() => d.name.clone().map(Value::Str),
                "obj" if d.obj.is_some() => d.obj.clone(),
                // Unset, they read None (`AttributeError('x').name`, a failed setattr's error).
                "name" | "obj"
                    if crate::object::exception::is_exc_instance(obj, "AttributeError") =>
                {
                    Some(Value::None)
                }
                "name" if crate::object::exception::is_exc_instance(obj, "NameError") => {
                    Some(Value::None)
                }
                _ => None,
            };
        }
        if let Payload::Property { fget, fset, fdel } = &i.payload {
            return match name {
                "fget" => Some(fget.clone()),
                "fset" => Some(fset.clone()),
                "fdel" => Some(fdel.clone()),
                _ => None,
            };
        }
        if let Payload::ClassMethod(f) | Payload::StaticMethod(f) = &i.payload {
            if name == "__func__" {
                return Some(f.clone());
            }
        }
        None
    }

    fn special_value_attr(&mut self, obj: &Value, name: &str) -> Option<Value> {
        Some(match (obj, name) {
            (_, "__class__") => Value::Type(obj.class()),
            (Value::Function(f), "__name__") => Value::Str(f.name.borrow().clone()),
            (Value::Function(f), "__qualname__") => Value::Str(f.qualname.borrow().clone()),
            (Value::Function(f), "__module__") => f.globals.get("__name__").unwrap_or(Value::None),
            (Value::Function(f), "__doc__") => f
                .dict
                .borrow()
                .get("__doc__")
                .cloned()
                .or_else(|| f.code.doc.clone().map(Value::Str))
                .unwrap_or(Value::None),
            (Value::Function(f), "__defaults__") => {
                if f.defaults.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.clone())
                }
            }
            (Value::Function(f), "__kwdefaults__") => {
                if f.kwdefaults.is_empty() {
                    Value::None
                } else {
                    let d = Dict::new();
                    for (k, v) in &f.kwdefaults {
                        let key = Value::Str(k.clone());
                        d.insert_new(crate::object::dict::hash_str(k), key, v.clone());
                    }
                    Value::Dict(Rc::new(d))
                }
            }
            (Value::Function(f), "__code__") => Value::str(&f.code.name),
            (Value::Function(f), "__annotations__") => {
                // Made empty on first access when the def had none, then kept.
                let mut dict = f.dict.borrow_mut();
                dict.entry(Rc::from("__annotations__"))
                    .or_insert_with(|| Value::Dict(Rc::new(Dict::new())))
                    .clone()
            }
            (Value::Function(f), "__dict__") => {
                let d = Dict::new();
                for (k, v) in f
                    .dict
                    .borrow()
                    .iter()
                    .filter(|(k, _)| &***k != "__annotations__")
                {
                    let key = Value::Str(k.clone());
                    let h = simple_hash(&key).ok().flatten().unwrap_or(0);
                    d.insert_new(h, key, v.clone());
                }
                Value::Dict(Rc::new(d))
            }
            (Value::Function(f), n) => return f.dict.borrow().get(n).cloned(),
            (Value::Method(m), "__self__") => m.self_.clone(),
            (Value::Method(m), "__func__") => m.func.clone(),
            (
                Value::Method(m),
                n @ ("__name__" | "__qualname__" | "__doc__" | "__annotations__"),
            ) => return self.special_value_attr(&m.func.clone(), n),
            (Value::Native(n), "__name__") => Value::str(n.name),
            (Value::Native(n), "__qualname__") => Value::string(if n.owner.is_empty() {
                n.name.to_string()
            } else {
                format!("{}.{}", n.owner, n.name)
            }),
            (Value::Native(n), "__doc__") => Value::string(format!(
                "Built-in {} {}() (aiterscope keeps no docstrings for built-ins).",
                if n.owner.is_empty() {
                    "function"
                } else {
                    "method"
                },
                n.name
            )),
            (Value::Native(n), "__self__") => n.self_.clone().unwrap_or(Value::None),
            (Value::Gen(g), "__name__") => Value::Str(g.name.clone()),
            (Value::Gen(g), "__qualname__") => Value::Str(g.qualname.clone()),
            (Value::Gen(g), "gi_running" | "cr_running" | "ag_running") => {
                Value::Bool(g.state.get() == crate::object::GenState::Running)
            }
            (Value::Gen(g), "gi_suspended" | "cr_suspended" | "ag_suspended") => {
                Value::Bool(g.state.get() == crate::object::GenState::Suspended)
            }
            (Value::Gen(_), "cr_origin") => Value::None,
            (Value::Gen(g), "gi_frame" | "cr_frame" | "ag_frame") => {
                if g.state.get() == crate::object::GenState::Finished {
                    Value::None
                } else {
                    Value::str("<frame>")
                }
            }
            (Value::Gen(g), "gi_yieldfrom" | "cr_await" | "ag_await") => {
                let f = g.frame.borrow();
                match f.as_ref() {
                    Some(fr) if fr.delegating => fr.peek(1),
                    _ => Value::None,
                }
            }
            (Value::Gen(g), "gi_code" | "cr_code" | "ag_code") => Value::str(&g.code.name),
            (Value::Range(r), "start") => Value::Int(r.start),
            (Value::Range(r), "stop") => Value::Int(r.stop),
            (Value::Range(r), "step") => Value::Int(r.step),
            (Value::Slice(s), "start") => s.start.clone(),
            (Value::Slice(s), "stop") => s.stop.clone(),
            (Value::Slice(s), "step") => s.step.clone(),
            (Value::Int(i), "real" | "numerator") => Value::Int(*i),
            (Value::BigInt(_), "real" | "numerator") => obj.clone(),
            (Value::BigInt(_), "denominator") => Value::Int(1),
            (Value::Int(_), "imag") => Value::Int(0),
            (Value::Int(_), "denominator") => Value::Int(1),
            (Value::Bool(b), "real" | "numerator") => Value::Int(*b as i64),
            (Value::Float(f), "real") => Value::Float(*f),
            (Value::Float(_), "imag") => Value::Float(0.0),
            (Value::Module(m), "__name__") => Value::Str(m.name.clone()),
            _ => return None,
        })
    }

    /// `obj.name = v` as a flow.
    pub fn setattr_flow(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<Flow> {
        match obj {
            Value::Instance(i) => {
                let t = i.class.borrow().clone();
                if let Some(sa) = user_method(&t, "__setattr__") {
                    return Ok(Flow::call(
                        bind(sa, obj, &t),
                        vec![Value::str(name), v],
                        Then::identity(),
                    ));
                }
                if let Some(attr) = t.lookup(name) {
                    if let Some(flow) = set_through_descriptor(&attr, &t, name, obj, &v) {
                        return flow;
                    }
                }
                match (name, &v) {
                    ("__class__", Value::Type(new)) if !new.builtin => {
                        *i.class.borrow_mut() = new.clone();
                        return Ok(Flow::Value(Value::None));
                    }
                    ("__class__", Value::Type(_)) => {
                        return Err(exc(
                            "TypeError",
                            "__class__ assignment only supported for mutable types or ModuleType subclasses",
                        ))
                    }
                    ("__class__", other) => {
                        return Err(exc(
                            "TypeError",
                            format!(
                                "__class__ must be set to a class, not '{}' object",
                                other.type_name()
                            ),
                        ))
                    }
                    ("__dict__", Value::Dict(d)) => {
                        i.dict.replace_dict(d.clone());
                        return Ok(Flow::Value(Value::None));
                    }
                    ("__dict__", other) => {
                        return Err(exc(
                            "TypeError",
                            format!(
                                "__dict__ must be set to a dictionary, not a '{}'",
                                other.type_name()
                            ),
                        ))
                    }
                    _ => {}
                }
                if let Payload::Exception(d) = &i.payload {
                    let mut d = d.borrow_mut();
                    match name {
                        "__cause__" => {
                            d.cause = if matches!(v, Value::None) {
                                None
                            } else {
                                Some(v)
                            };
                            d.suppress_context = true;
                            return Ok(Flow::Value(Value::None));
                        }
                        "__context__" => {
                            d.context = if matches!(v, Value::None) {
                                None
                            } else {
                                Some(v)
                            };
                            return Ok(Flow::Value(Value::None));
                        }
                        "__suppress_context__" => {
                            d.suppress_context = matches!(v, Value::Bool(true));
                            return Ok(Flow::Value(Value::None));
                        }
                        "args" => {
                            drop(d);
                            let items = self.iterate_nested(&v)?;
                            if let Payload::Exception(d) = &i.payload {
                                d.borrow_mut().args = items;
                            }
                            return Ok(Flow::Value(Value::None));
                        }
                        _ => {}
                    }
                }
                // No `__dict__` for the attribute: CPython 3.12's generic setattr raises an
                // AttributeError without `name`/`obj` (so no "Did you mean" either).
                let no_dict = || {
                    exc(
                        "AttributeError",
                        format!("'{}' object has no attribute '{name}'", t.name),
                    )
                };
                if matches!(i.payload, Payload::Native(_))
                    && crate::asyncgen::awaitables::is_dictless(&t)
                {
                    return Err(no_dict());
                }
                if let Some(slots) = super::class_protocol::slot_names(&t) {
                    if !slots.iter().any(|s| &**s == name) {
                        return Err(no_dict());
                    }
                }
                i.dict.set(name, v);
                Ok(Flow::Value(Value::None))
            }
            Value::Type(t) => {
                if let Some(sa) = super::metaclass::meta_method(obj, "__setattr__") {
                    return Ok(Flow::call(sa, vec![Value::str(name), v], Then::identity()));
                }
                self.class_setattr_plain(t, obj, name, v)
            }
            Value::Function(f) => {
                match name {
                    "__name__" => {
                        if let Value::Str(s) = &v {
                            *f.name.borrow_mut() = s.clone();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &v {
                            *f.qualname.borrow_mut() = s.clone();
                        }
                    }
                    _ => {
                        f.dict.borrow_mut().insert(Rc::from(name), v);
                    }
                }
                Ok(Flow::Value(Value::None))
            }
            Value::Module(m) => {
                m.set(name, v);
                Ok(Flow::Value(Value::None))
            }
            other => {
                let t = other.class();
                if t.lookup(name).is_some() {
                    Err(attribute_error(
                        format!("'{}' object attribute '{name}' is read-only", t.name),
                        name,
                        obj.clone(),
                    ))
                } else {
                    Err(attribute_error(
                        format!("'{}' object has no attribute '{name}'", t.name),
                        name,
                        obj.clone(),
                    ))
                }
            }
        }
    }

    /// `cls.name = v` without a metaclass `__setattr__` (`type.__setattr__`): a property or
    /// data descriptor of the metaclass, else the class namespace.
    pub fn class_setattr_plain(
        &mut self,
        t: &Rc<TypeObject>,
        obj: &Value,
        name: &str,
        v: Value,
    ) -> PyResult<Flow> {
        if t.builtin {
            return Err(exc(
                "TypeError",
                format!(
                    "cannot set '{name}' attribute of immutable type '{}'",
                    t.name
                ),
            ));
        }
        if let Some(meta) = &t.metaclass {
            if let Some(attr) = meta.lookup(name) {
                if let Some(flow) = set_through_descriptor(&attr, meta, name, obj, &v) {
                    return flow;
                }
            }
        }
        t.set_attr(name, v);
        Ok(Flow::Value(Value::None))
    }

    /// `del cls.name` without a metaclass `__delattr__` (`type.__delattr__`).
    pub fn class_delattr_plain(
        &mut self,
        t: &Rc<TypeObject>,
        obj: &Value,
        name: &str,
    ) -> PyResult<()> {
        if t.builtin {
            return Err(exc(
                "TypeError",
                format!(
                    "cannot delete '{name}' attribute of immutable type '{}'",
                    t.name
                ),
            ));
        }
        if t.dict_mut().shift_remove(name).is_none() {
            return Err(attribute_error(
                format!("type object '{}' has no attribute '{name}'", t.name),
                name,
                obj.clone(),
            ));
        }
        Ok(())
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(i) => {
                let t = i.class.borrow().clone();
                if let Some(f) = user_method(&t, "__delattr__") {
                    self.call_nested(bind(f, obj, &t), Args::new(vec![Value::str(name)]))?;
                    return Ok(());
                }
                if let Some(Value::Instance(p)) = t.lookup(name) {
                    if let Payload::Property { fdel, .. } = &p.payload {
                        if matches!(fdel, Value::None) {
                            return Err(attribute_error(
                                format!("property '{name}' of '{}' object has no deleter", t.name),
                                name,
                                obj.clone(),
                            ));
                        }
                        self.call_nested(fdel.clone(), Args::new(vec![obj.clone()]))?;
                        return Ok(());
                    }
                    // A user descriptor with `__delete__` handles `del obj.name`; a data
                    // descriptor without one refuses it, as CPython's slot does.
                    let dt = p.class.borrow().clone();
                    if let Some(del) = user_method(&dt, "__delete__") {
                        let desc = Value::Instance(p.clone());
                        self.call_nested(bind(del, &desc, &dt), Args::new(vec![obj.clone()]))?;
                        return Ok(());
                    }
                    if user_method(&dt, "__set__").is_some() {
                        return Err(attribute_error("__delete__".to_string(), name, obj.clone()));
                    }
                }
                if i.dict.remove(name).is_none() {
                    return Err(attribute_error(
                        format!("'{}' object has no attribute '{name}'", t.name),
                        name,
                        obj.clone(),
                    ));
                }
                Ok(())
            }
            Value::Type(t) if !t.builtin => {
                if let Some(f) = super::metaclass::meta_method(obj, "__delattr__") {
                    self.call_nested(f, Args::new(vec![Value::str(name)]))?;
                    return Ok(());
                }
                self.class_delattr_plain(t, obj, name)
            }
            other => Err(attribute_error(
                format!("'{}' object has no attribute '{name}'", other.type_name()),
                name,
                obj.clone(),
            )),
        }
    }

    // ----- items -----

    /// Normalizes an index for a sequence of length `len`.
    pub fn seq_index(&mut self, idx: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match idx {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(exc(
                    "IndexError",
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            Value::Instance(_) => {
                let f = self.index_flow(idx)?;
                match self.run_flow_nested(f)? {
                    Value::Int(i) => i,
                    _ => 0,
                }
            }
            // str's own wording differs from the other sequences'.
            other if what == "string" => {
                return Err(exc(
                    "TypeError",
                    format!(
                        "string indices must be integers, not '{}'",
                        other.type_name()
                    ),
                ))
            }
            other => {
                return Err(exc(
                    "TypeError",
                    format!(
                        "{what} indices must be integers or slices, not {}",
                        other.type_name()
                    ),
                ))
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(exc("IndexError", format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    fn index_flow(&mut self, v: &Value) -> PyResult<Flow> {
        let t = v.class();
        if let Some(inner @ (Value::Int(_) | Value::BigInt(_))) = inherited(v, "__index__") {
            return Ok(Flow::Value(inner));
        }
        match user_method(&t, "__index__") {
            Some(f) => Ok(Flow::call(bind(f, v, &t), vec![], Then::identity())),
            None => Err(crate::object::exception::not_an_integer(&t.name)),
        }
    }

    /// Resolves slice bounds for a sequence of length `len` (start, stop, step).
    pub fn slice_indices(
        &mut self,
        s: &crate::object::SliceObj,
        len: usize,
    ) -> PyResult<(i64, i64, i64)> {
        let get = |v: &Value| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(*i)),
                Value::Bool(b) => Ok(Some(*b as i64)),
                // Clamped to the sequence anyway.
                Value::BigInt(b) => Ok(Some(if num_traits::Signed::is_negative(&**b) { i64::MIN / 2 } else { i64::MAX / 2 })),
                other => Err(exc("TypeError", format!("slice indices must be integers or None or have an __index__ method (got {})", other.type_name()))),
            }
        };
        let step = get(&s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(exc("ValueError", "slice step cannot be zero"));
        }
        let len = len as i64;
        let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(x) => {
                    let x = if x < 0 { x + len } else { x };
                    x.clamp(lo, hi)
                }
            }
        };
        let (start, stop) = if step > 0 {
            (
                clamp(get(&s.start)?, 0, 0, len),
                clamp(get(&s.stop)?, len, 0, len),
            )
        } else {
            (
                clamp(get(&s.start)?, len - 1, -1, len - 1),
                clamp(get(&s.stop)?, -1, -1, len - 1),
            )
        };
        Ok((start, stop, step))
    }

    fn slice_positions(&mut self, s: &crate::object::SliceObj, len: usize) -> PyResult<Vec<usize>> {
        let (start, stop, step) = self.slice_indices(s, len)?;
        let mut out = Vec::new();
        let mut i = start;
        if step > 0 {
            while i < stop {
                out.push(i as usize);
                i += step;
            }
        } else {
            while i > stop {
                out.push(i as usize);
                i += step;
            }
        }
        Ok(out)
    }

    /// `obj[key]` as a flow.
    pub fn getitem_flow(&mut self, obj: &Value, key: &Value) -> PyResult<Flow> {
        if let Some(f) = super::metaclass::meta_method(obj, "__getitem__") {
            return Ok(Flow::call(f, vec![key.clone()], Then::identity()));
        }
        let v = match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                // Only the selected items are copied (slicing a long list stays O(slice)).
                let len = l.borrow().len();
                let pos = self.slice_positions(s, len)?;
                let items = l.borrow();
                Value::list(pos.into_iter().map(|i| items[i].clone()).collect())
            }
            (Value::List(l), k) => {
                let len = l.borrow().len();
                let i = self.seq_index(k, len, "list")?;
                l.borrow().get(i).cloned().unwrap_or(Value::None)
            }
            (Value::Tuple(t), Value::Slice(s)) => {
                let pos = self.slice_positions(s, t.len())?;
                Value::tuple(pos.into_iter().map(|i| t[i].clone()).collect())
            }
            (Value::Tuple(t), k) => {
                let i = self.seq_index(k, t.len(), "tuple")?;
                t[i].clone()
            }
            (Value::Str(s), Value::Slice(sl)) if s.is_ascii() => {
                // ASCII: byte positions are character positions, no decoding needed.
                let bytes = s.as_bytes();
                let pos = self.slice_positions(sl, bytes.len())?;
                Value::string(pos.into_iter().map(|i| bytes[i] as char).collect())
            }
            (Value::Str(s), Value::Slice(sl)) => {
                let chars: Vec<char> = s.chars().collect();
                let pos = self.slice_positions(sl, chars.len())?;
                Value::string(pos.into_iter().map(|i| chars[i]).collect())
            }
            (Value::Str(s), k) => {
                if s.is_ascii() {
                    let i = self.seq_index(k, s.len(), "string")?;
                    Value::str(&s[i..i + 1])
                } else {
                    let chars: Vec<char> = s.chars().collect();
                    let i = self.seq_index(k, chars.len(), "string")?;
                    Value::string(chars[i].to_string())
                }
            }
            (Value::Bytes(d), Value::Slice(sl)) => {
                let pos = self.slice_positions(sl, d.len())?;
                crate::object::bytes::bytes_from_vec(pos.into_iter().map(|i| d[i]).collect())
            }
            (Value::Bytes(d), k) => {
                let i = self.seq_index(k, d.len(), "byte").map_err(|e| {
                    if crate::object::exception::is_exc_instance(&e, "IndexError") {
                        exc("IndexError", "index out of range")
                    } else {
                        e
                    }
                })?;
                Value::Int(d[i] as i64)
            }
            (Value::Range(r), Value::Slice(sl)) => {
                let n = r.len().max(0) as usize;
                let (start, stop, step) = self.slice_indices(sl, n)?;
                Value::Range(Rc::new(crate::object::RangeObj {
                    start: r.start + start * r.step,
                    stop: r.start + stop * r.step,
                    step: r.step * step,
                }))
            }
            (Value::Range(r), k) => {
                let i = self.seq_index(k, r.len().max(0) as usize, "range object")?;
                Value::Int(r.start + i as i64 * r.step)
            }
            (Value::Dict(d), k) => match self.dict_get(d, k)? {
                Some(v) => v,
                None => {
                    return Err(crate::object::exception::new_exception(
                        crate::object::builtin_types().exc("KeyError"),
                        vec![k.clone()],
                    ))
                }
            },
            (Value::Instance(i), _) => {
                let t = i.class.borrow().clone();
                if let Some(inner) =
                    inherited(obj, "__getitem__").filter(|v| !matches!(v, Value::Set(_)))
                {
                    // A dict subclass's `__missing__` answers for absent keys.
                    if let Value::Dict(d) = &inner {
                        if let Some(m) = user_method(&t, "__missing__") {
                            return match self.dict_get(d, key)? {
                                Some(v) => Ok(Flow::Value(v)),
                                None => Ok(Flow::call(
                                    bind(m, obj, &t),
                                    vec![key.clone()],
                                    Then::identity(),
                                )),
                            };
                        }
                    }
                    return self.getitem_flow(&inner, key);
                }
                return match user_method(&t, "__getitem__") {
                    Some(f) => Ok(Flow::call(
                        {
                            let f = bind(f, obj, &t);
                            self.announce_c_entry(&f, super::c_stack::CEntry::Inlined);
                            f
                        },
                        vec![key.clone()],
                        Then::identity(),
                    )),
                    None => Err(exc(
                        "TypeError",
                        format!("'{}' object is not subscriptable", t.name),
                    )),
                };
            }
            (Value::Type(t), _) => {
                // `__class_getitem__` is an implicit classmethod, like `__init_subclass__`.
                let class_getitem = match t.lookup("__class_getitem__") {
                    Some(Value::Instance(cg)) => match &cg.payload {
                        Payload::ClassMethod(f) => Some(f.clone()),
                        _ => None,
                    },
                    Some(f @ Value::Function(_)) => Some(f),
                    _ => None,
                };
                if let Some(f) = class_getitem {
                    return Ok(Flow::call(
                        f,
                        vec![obj.clone(), key.clone()],
                        Then::identity(),
                    ));
                }
                if t.builtin {
                    // list[int], dict[str, int]: a types.GenericAlias.
                    let alias = types_module_function(self, "GenericAlias")?;
                    return Ok(Flow::call(
                        alias,
                        vec![obj.clone(), key.clone()],
                        Then::identity(),
                    ));
                }
                return Err(exc(
                    "TypeError",
                    format!("type '{}' is not subscriptable", t.name),
                ));
            }
            (other, _) => {
                return Err(exc(
                    "TypeError",
                    format!("'{}' object is not subscriptable", other.type_name()),
                ))
            }
        };
        Ok(Flow::Value(v))
    }

    /// `obj[key] = v` as a flow.
    pub fn setitem_flow(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<Flow> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let items = self.iterate_nested(&v)?;
                    let len = l.borrow().len();
                    let (start, stop, step) = self.slice_indices(s, len)?;
                    if step == 1 {
                        let stop = stop.max(start);
                        l.borrow_mut().splice(start as usize..stop as usize, items);
                    } else {
                        let pos = self.slice_positions(s, len)?;
                        if pos.len() != items.len() {
                            return Err(exc("ValueError", format!("attempt to assign sequence of size {} to extended slice of size {}", items.len(), pos.len())));
                        }
                        let mut lm = l.borrow_mut();
                        for (p, it) in pos.into_iter().zip(items) {
                            lm[p] = it;
                        }
                    }
                    return Ok(Flow::Value(Value::None));
                }
                let len = l.borrow().len();
                let i = self.seq_index(&key, len, "list assignment")?;
                l.borrow_mut()[i] = v;
                Ok(Flow::Value(Value::None))
            }
            Value::Dict(d) => {
                self.dict_set(d, key, v)?;
                Ok(Flow::Value(Value::None))
            }
            Value::Instance(i) => {
                let t = i.class.borrow().clone();
                if let Some(inner @ (Value::List(_) | Value::Dict(_))) =
                    inherited(obj, "__setitem__")
                {
                    return self.setitem_flow(&inner, key, v);
                }
                match user_method(&t, "__setitem__") {
                    Some(f) => Ok(Flow::call(bind(f, obj, &t), vec![key, v], Then::identity())),
                    None => Err(exc(
                        "TypeError",
                        format!("'{}' object does not support item assignment", t.name),
                    )),
                }
            }
            other => Err(exc(
                "TypeError",
                format!(
                    "'{}' object does not support item assignment",
                    other.type_name()
                ),
            )),
        }
    }

    /// `del obj[key]` as a flow.
    pub fn delitem_flow(&mut self, obj: &Value, key: Value) -> PyResult<Flow> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let len = l.borrow().len();
                    let mut pos = self.slice_positions(s, len)?;
                    pos.sort_unstable();
                    let mut lm = l.borrow_mut();
                    for p in pos.into_iter().rev() {
                        lm.remove(p);
                    }
                    return Ok(Flow::Value(Value::None));
                }
                let len = l.borrow().len();
                let i = self.seq_index(&key, len, "list assignment")?;
                l.borrow_mut().remove(i);
                Ok(Flow::Value(Value::None))
            }
            Value::Dict(d) => {
                if self.dict_del(d, &key)?.is_none() {
                    return Err(crate::object::exception::new_exception(
                        crate::object::builtin_types().exc("KeyError"),
                        vec![key],
                    ));
                }
                Ok(Flow::Value(Value::None))
            }
            Value::Instance(i) => {
                let t = i.class.borrow().clone();
                if let Some(inner @ (Value::List(_) | Value::Dict(_))) =
                    inherited(obj, "__delitem__")
                {
                    return self.delitem_flow(&inner, key);
                }
                match user_method(&t, "__delitem__") {
                    Some(f) => Ok(Flow::call(bind(f, obj, &t), vec![key], Then::identity())),
                    None => Err(no_item_deletion(&t.name, !t.builtin, &key)),
                }
            }
            other => {
                let sequence = matches!(
                    other,
                    Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_)
                );
                Err(no_item_deletion(&other.type_name(), sequence, &key))
            }
        }
    }

    /// `item in container` as a flow producing a bool.
    pub fn contains_flow(&mut self, container: &Value, item: &Value) -> PyResult<Flow> {
        if let Some(f) = super::metaclass::meta_method(container, "__contains__") {
            return Ok(Flow::call(
                f,
                vec![item.clone()],
                Then::map(|vm, r| Ok(Flow::Value(Value::Bool(vm.truthy_nested(&r)?)))),
            ));
        }
        let r = match container {
            Value::Str(s) => match item {
                Value::Str(sub) => s.contains(&**sub),
                other => {
                    return Err(exc(
                        "TypeError",
                        format!(
                            "'in <string>' requires string as left operand, not {}",
                            other.type_name()
                        ),
                    ))
                }
            },
            Value::Bytes(d) => match item {
                Value::Bytes(sub) => sub.is_empty() || d.windows(sub.len()).any(|w| w == &**sub),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    let byte =
                        crate::object::bytes::byte_in_range(item, "byte must be in range(0, 256)")?;
                    d.contains(&byte)
                }
                other => {
                    return Err(exc(
                        "TypeError",
                        format!(
                            "a bytes-like object is required, not '{}'",
                            other.type_name()
                        ),
                    ))
                }
            },
            Value::List(l) => {
                let items = l.borrow().clone();
                self.seq_contains(&items, item)?
            }
            Value::Tuple(t) => {
                let items = (**t).clone();
                self.seq_contains(&items, item)?
            }
            Value::Dict(d) => self.dict_get(d, item)?.is_some(),
            Value::Iter(_) if super::dictviews::set_like_view(container).is_some() => {
                self.view_contains(container, item)?
            }
            Value::Set(s) => match (item, self.set_contains(&s.items, item)) {
                // A set looked up in a set is looked up as a frozenset (CPython does this).
                (Value::Set(k), Err(_)) if !k.frozen => {
                    let key = Value::Set(self.new_set_from(Some(item), true)?);
                    self.set_contains(&s.items, &key)?
                }
                (_, r) => r?,
            },
            Value::Range(r) => match item {
                Value::Int(i) => {
                    let i = *i;
                    if r.step > 0 {
                        i >= r.start && i < r.stop && (i - r.start) % r.step == 0
                    } else {
                        i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
                    }
                }
                _ => {
                    let items = self.iterate_nested(container)?;
                    self.seq_contains(&items, item)?
                }
            },
            Value::Instance(i) => {
                let t = i.class.borrow().clone();
                if let Some(inner) = inherited(container, "__contains__") {
                    if user_method(&t, "__iter__").is_none() {
                        return self.contains_flow(&inner, item);
                    }
                }
                if let Some(f) = user_method(&t, "__contains__") {
                    return Ok(Flow::call(
                        bind(f, container, &t),
                        vec![item.clone()],
                        Then::map(|vm, r| {
                            let b = vm.truthy_nested(&r)?;
                            Ok(Flow::Value(Value::Bool(b)))
                        }),
                    ));
                }
                if user_method(&t, "__iter__").is_none() && user_method(&t, "__getitem__").is_none()
                {
                    return Err(exc(
                        "TypeError",
                        format!("argument of type '{}' is not iterable", t.name),
                    ));
                }
                let items = self.iterate_nested(container)?;
                self.seq_contains(&items, item)?
            }
            Value::Iter(it) if it.is_view() => {
                let items = self.iterate_nested(container)?;
                self.seq_contains(&items, item)?
            }
            Value::Iter(_) | Value::Gen(_) => {
                // Consumes the iterator up to the item, as CPython does.
                let mut found = false;
                let iter = container.clone();
                while let Some(v) = self.next_nested(&iter)? {
                    if self.eq_nested(&v, item)? {
                        found = true;
                        break;
                    }
                }
                found
            }
            other => {
                return Err(exc(
                    "TypeError",
                    format!("argument of type '{}' is not iterable", other.type_name()),
                ))
            }
        };
        Ok(Flow::Value(Value::Bool(r)))
    }

    fn seq_contains(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for v in items {
            if v.is(item) || self.eq_nested(v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    // ----- iteration -----

    /// `iter(obj)` as a flow.
    pub fn iter_flow(&mut self, obj: &Value) -> PyResult<Flow> {
        if let Some(f) = super::metaclass::meta_method(obj, "__iter__") {
            return Ok(Flow::call(f, vec![], Then::identity()));
        }
        let st = match obj {
            Value::List(l) => IterState::List {
                list: l.clone(),
                idx: 0,
            },
            Value::Tuple(t) => IterState::Seq {
                items: t.clone(),
                idx: 0,
                type_name: "tuple_iterator",
            },
            Value::Str(s) => IterState::Str {
                s: s.clone(),
                pos: 0,
            },
            Value::Bytes(d) => IterState::Seq {
                items: Rc::new(d.iter().map(|&x| Value::Int(x as i64)).collect()),
                idx: 0,
                type_name: "bytes_iterator",
            },
            Value::Range(r) => IterState::Range {
                cur: r.start,
                step: r.step,
                remaining: r.len(),
            },
            Value::Dict(d) => IterState::Dict {
                dict: d.clone(),
                pos: 0,
                part: DictPart::Keys,
                len: d.len(),
            },
            Value::Set(s) => IterState::Set {
                set: s.clone(),
                pos: 0,
                len: s.items.len(),
            },
            Value::Iter(it) => {
                let view = match &*it.state.borrow() {
                    IterState::DictView { dict, part } => Some((dict.clone(), *part)),
                    _ => None,
                };
                match view {
                    Some((dict, part)) => IterState::Dict {
                        len: dict.len(),
                        dict,
                        pos: 0,
                        part,
                    },
                    None => return Ok(Flow::Value(obj.clone())),
                }
            }
            Value::Gen(g) => {
                if g.kind == GenKind::Generator {
                    return Ok(Flow::Value(obj.clone()));
                }
                return Err(exc(
                    "TypeError",
                    format!("'{}' object is not iterable", obj.type_name()),
                ));
            }
            Value::Instance(i) => {
                let t = i.class.borrow().clone();
                if let Some(inner) = inherited(obj, "__iter__") {
                    return self.iter_flow(&inner);
                }
                if let Some(f) = user_method(&t, "__iter__") {
                    self.announce_c_entry(&bind(f, obj, &t), super::c_stack::CEntry::BuiltinDunder);
                }
                if let Some(f) = user_method(&t, "__iter__") {
                    return Ok(Flow::call(
                        bind(f, obj, &t),
                        vec![],
                        Then::map(|_, r| {
                            let ok = match &r {
                                Value::Iter(_) => true,
                                Value::Gen(g) => g.kind == GenKind::Generator,
                                Value::Instance(i) => {
                                    user_method(&i.class.borrow().clone(), "__next__").is_some()
                                }
                                _ => false,
                            };
                            if ok {
                                Ok(Flow::Value(r))
                            } else {
                                Err(exc(
                                    "TypeError",
                                    format!(
                                        "iter() returned non-iterator of type '{}'",
                                        r.type_name()
                                    ),
                                ))
                            }
                        }),
                    ));
                }
                if user_method(&t, "__getitem__").is_some() {
                    // The legacy sequence protocol: materialize via __getitem__ until IndexError.
                    let mut items = Vec::new();
                    let mut i = 0;
                    loop {
                        let f = self.getitem_flow(obj, &Value::Int(i))?;
                        match self.run_flow_nested(f) {
                            Ok(v) => items.push(v),
                            Err(e)
                                if crate::object::exception::is_exc_instance(&e, "IndexError")
                                    || crate::object::exception::is_exc_instance(
                                        &e,
                                        "StopIteration",
                                    ) =>
                            {
                                break
                            }
                            Err(e) => return Err(e),
                        }
                        i += 1;
                    }
                    IterState::Seq {
                        items: Rc::new(items.into()),
                        idx: 0,
                        type_name: "iterator",
                    }
                } else {
                    return Err(exc(
                        "TypeError",
                        format!("'{}' object is not iterable", t.name),
                    ));
                }
            }
            other => {
                return Err(exc(
                    "TypeError",
                    format!("'{}' object is not iterable", other.type_name()),
                ))
            }
        };
        Ok(Flow::Value(IterObj::value(st)))
    }

    /// One step of a built-in iterator: Some(item) or None when exhausted.
    pub fn native_next(&mut self, it: &Rc<IterObj>) -> PyResult<Option<Value>> {
        let mut st = it.state.borrow_mut();
        let r = match &mut *st {
            IterState::List { list, idx } => {
                let l = list.borrow();
                if *idx < l.len() {
                    let v = l[*idx].clone();
                    *idx += 1;
                    Some(v)
                } else {
                    None
                }
            }
            IterState::ListRev { list, idx } => {
                let l = list.borrow();
                if *idx > 0 && *idx <= l.len() {
                    *idx -= 1;
                    Some(l[*idx].clone())
                } else {
                    None
                }
            }
            IterState::Seq { items, idx, .. } => {
                if *idx < items.len() {
                    *idx += 1;
                    Some(items[*idx - 1].clone())
                } else {
                    None
                }
            }
            IterState::Range {
                cur,
                step,
                remaining,
            } => range_next(cur, *step, remaining),
            IterState::Str { s, pos } => match s[*pos..].chars().next() {
                Some(c) => {
                    *pos += c.len_utf8();
                    Some(Value::string(c.to_string()))
                }
                None => None,
            },
            IterState::Dict {
                dict,
                pos,
                part,
                len,
            } => {
                if dict.len() != *len {
                    *len = dict.len();
                    drop(st);
                    return Err(exc(
                        "RuntimeError",
                        "dictionary changed size during iteration",
                    ));
                }
                match dict.entry_from(*pos) {
                    Some((e, next)) => {
                        *pos = next;
                        Some(match part {
                            DictPart::Keys => e.key,
                            DictPart::Values => e.value,
                            DictPart::Items => Value::tuple(vec![e.key, e.value]),
                        })
                    }
                    None => None,
                }
            }
            IterState::Set { set, pos, len } => {
                if set.items.len() != *len {
                    *len = usize::MAX;
                    drop(st);
                    return Err(exc("RuntimeError", "Set changed size during iteration"));
                }
                match set.items.entry_from(*pos) {
                    Some((k, next)) => {
                        *pos = next;
                        Some(k)
                    }
                    None => None,
                }
            }
            IterState::Done | IterState::DictView { .. } => None,
            IterState::Enumerate { inner, count } => {
                let inner = inner.clone();
                let c = *count;
                drop(st);
                let r = self.next_nested(&inner)?;
                return Ok(match r {
                    Some(v) => {
                        if let IterState::Enumerate { count, .. } = &mut *it.state.borrow_mut() {
                            *count += 1;
                        }
                        Some(Value::tuple(vec![Value::Int(c), v]))
                    }
                    None => None,
                });
            }
            IterState::Zip { inners, strict } => {
                let inners = inners.clone();
                let strict = *strict;
                drop(st);
                let mut out = Vec::with_capacity(inners.len());
                for (i, inner) in inners.iter().enumerate() {
                    match self.next_nested(inner)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict && i > 0 {
                                return Err(zip_strict_error(i, "shorter"));
                            }
                            if strict && i == 0 {
                                for (j, other) in inners.iter().enumerate().skip(1) {
                                    if self.next_nested(other)?.is_some() {
                                        return Err(zip_strict_error(j, "longer"));
                                    }
                                }
                            }
                            *it.state.borrow_mut() = IterState::Done;
                            return Ok(None);
                        }
                    }
                }
                if inners.is_empty() {
                    return Ok(None);
                }
                Some(Value::tuple(out))
            }
            IterState::Map { func, inners } => {
                let (func, inners) = (func.clone(), inners.clone());
                drop(st);
                let mut args = Vec::with_capacity(inners.len());
                for inner in &inners {
                    match self.next_nested(inner)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                Some(self.call_nested(func, Args::new(args))?)
            }
            IterState::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                drop(st);
                loop {
                    match self.next_nested(&inner)? {
                        Some(v) => {
                            let keep = if matches!(func, Value::None) {
                                self.truthy_nested(&v)?
                            } else {
                                let r =
                                    self.call_nested(func.clone(), Args::new(vec![v.clone()]))?;
                                self.truthy_nested(&r)?
                            };
                            if keep {
                                return Ok(Some(v));
                            }
                        }
                        None => return Ok(None),
                    }
                }
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(st);
                let v = self.call_nested(func, Args::default())?;
                if self.eq_nested(&v, &sentinel)? {
                    *it.state.borrow_mut() = IterState::Done;
                    return Ok(None);
                }
                Some(v)
            }
        };
        Ok(r)
    }

    /// `next(it)` in a nested run: None when exhausted.
    pub fn next_nested(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(i) => self.native_next(i),
            Value::Gen(g) if g.kind == GenKind::Generator => {
                match self.resume_nested(g.clone(), super::ResumeInput::Send(Value::None)) {
                    Ok(super::Outcome::Yield(v, _)) => Ok(Some(v)),
                    Ok(super::Outcome::Return(_)) => Ok(None),
                    Err(e) if crate::object::exception::is_exc_instance(&e, "StopIteration") => {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            Value::Instance(i) => {
                let t = i.class.borrow().clone();
                match user_method(&t, "__next__") {
                    Some(f) => match self.call_nested(bind(f, it, &t), Args::default()) {
                        Ok(v) => Ok(Some(v)),
                        Err(e)
                            if crate::object::exception::is_exc_instance(&e, "StopIteration") =>
                        {
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    },
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

    /// Collects all items of an iterable in a nested run.
    pub fn iterate_nested(&mut self, obj: &Value) -> PyResult<Vec<Value>> {
        self.iterate_at_most_nested(obj, usize::MAX)
    }

    /// Collects at most `limit` items of an iterable in a nested run (unpacking stops after
    /// one item more than it needs, as CPython does, so infinite iterators can be unpacked).
    pub fn iterate_at_most_nested(&mut self, obj: &Value, limit: usize) -> PyResult<Vec<Value>> {
        match obj {
            Value::List(l) => return Ok(l.borrow().iter().take(limit).cloned().collect()),
            Value::Tuple(t) => return Ok(t.iter().take(limit).cloned().collect()),
            _ => {}
        }
        let f = self.iter_flow(obj)?;
        let it = self.run_flow_nested(f)?;
        let mut out = Vec::new();
        while out.len() < limit {
            let Some(v) = self.next_nested(&it)? else {
                break;
            };
            out.push(v);
            if out.len() > self.max_alloc {
                return Err(exc(
                    "MemoryError",
                    format!("aiterscope: more than {} items", self.max_alloc),
                ));
            }
            self.check_bytes(0)?;
            if self.state != super::RunState::Running {
                return Err(exc("RuntimeError", "the program was stopped"));
            }
        }
        Ok(out)
    }

    // ----- len / hash / dicts -----

    /// `len(obj)` as a flow.
    pub fn len_flow(&mut self, obj: &Value) -> PyResult<Flow> {
        if let Some(n) = obj.builtin_len() {
            return Ok(Flow::Value(Value::Int(n as i64)));
        }
        if let Some(f) = super::metaclass::meta_method(obj, "__len__") {
            return Ok(Flow::call(f, vec![], len_result_check()));
        }
        let n = match obj {
            Value::Range(r) => usize::try_from(i64::try_from(r.exact_len()).map_err(|_| {
                exc(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t",
                )
            })?)
            .unwrap_or(0),
            Value::Iter(it) => match &*it.state.borrow() {
                IterState::DictView { dict, .. } => dict.len(),
                _ => {
                    return Err(exc(
                        "TypeError",
                        format!("object of type '{}' has no len()", obj.type_name()),
                    ))
                }
            },
            Value::Instance(i) => {
                let t = i.class.borrow().clone();
                if let Some(inner) = inherited(obj, "__len__") {
                    return self.len_flow(&inner);
                }
                if let Some(f) = user_method(&t, "__len__") {
                    self.announce_c_entry(&bind(f, obj, &t), super::c_stack::CEntry::BuiltinDunder);
                }
                return match user_method(&t, "__len__") {
                    Some(f) => Ok(Flow::call(bind(f, obj, &t), vec![], len_result_check())),
                    None => Err(exc(
                        "TypeError",
                        format!("object of type '{}' has no len()", t.name),
                    )),
                };
            }
            other => {
                return Err(exc(
                    "TypeError",
                    format!("object of type '{}' has no len()", other.type_name()),
                ))
            }
        };
        Ok(Flow::Value(Value::Int(n as i64)))
    }

    /// `hash(v)` (user `__hash__` in a nested run).
    pub fn hash_value(&mut self, v: &Value) -> PyResult<i64> {
        match simple_hash(v) {
            Ok(Some(h)) => Ok(h),
            Err(name) => Err(exc("TypeError", format!("unhashable type: '{name}'"))),
            Ok(None) => match v {
                Value::Instance(i) => {
                    let t = i.class.borrow().clone();
                    match t.lookup("__hash__") {
                        Some(Value::None) => {
                            Err(exc("TypeError", format!("unhashable type: '{}'", t.name)))
                        }
                        Some(f @ Value::Function(_)) => {
                            let f = bind(f, v, &t);
                            self.announce_c_entry(&f, super::c_stack::CEntry::Slot);
                            let r = self.call_nested(f, Args::default())?;
                            match r {
                                Value::Int(h) => Ok(if h == -1 { -2 } else { h }),
                                // Beyond 64 bits CPython uses the int's own hash.
                                Value::BigInt(b) => Ok(bigint::hash(&b)),
                                Value::Bool(b) => Ok(b as i64),
                                _ => Err(exc(
                                    "TypeError",
                                    "__hash__ method should return an integer",
                                )),
                            }
                        }
                        _ if i.builtin_value().is_some() => {
                            let inner = i.builtin_value().cloned().unwrap_or(Value::None);
                            let mutable = match &inner {
                                Value::List(_) | Value::Dict(_) => true,
                                Value::Set(set) => !set.frozen,
                                _ => false,
                            };
                            if mutable {
                                Err(exc("TypeError", format!("unhashable type: '{}'", t.name)))
                            } else {
                                self.hash_value(&inner)
                            }
                        }
                        _ => {
                            if user_method(&t, "__eq__").is_some() && t.lookup("__hash__").is_none()
                            {
                                return Err(exc(
                                    "TypeError",
                                    format!("unhashable type: '{}'", t.name),
                                ));
                            }
                            let id = v.id();
                            Ok((id >> 4) ^ (id << 28))
                        }
                    }
                }
                Value::Tuple(items) => {
                    let _guard = super::recursion_guard::RecursionGuard::enter("")?;
                    let mut hs = Vec::with_capacity(items.len());
                    for it in items.iter() {
                        hs.push(self.hash_value(it)?);
                    }
                    Ok(crate::object::dict::hash_tuple(&hs))
                }
                _ => Ok(v.id()),
            },
        }
    }

    fn dict_find(&mut self, d: &Dict, key: &Value) -> PyResult<(i64, Option<usize>)> {
        let h = self.hash_value(key)?;
        if let Some(found) = d.find_simple(h, key) {
            return Ok((h, found));
        }
        for (idx, k) in d.candidates(h) {
            if k.is(key) {
                return Ok((h, Some(idx)));
            }
            let eq = match simple_eq(&k, key) {
                Some(r) => r,
                None => self.eq_nested(&k, key)?,
            };
            if eq {
                return Ok((h, Some(idx)));
            }
        }
        Ok((h, None))
    }

    /// `d.get(key)`.
    pub fn dict_get(&mut self, d: &Dict, key: &Value) -> PyResult<Option<Value>> {
        let (_, idx) = self.dict_find(d, key)?;
        Ok(idx.and_then(|i| d.value_at(i)))
    }

    /// `d[key] = v`.
    pub fn dict_set(&mut self, d: &Dict, key: Value, v: Value) -> PyResult<()> {
        let (h, idx) = self.dict_find(d, &key)?;
        match idx {
            Some(i) => d.set_at(i, v),
            None => {
                if d.len() >= self.max_alloc {
                    return Err(exc(
                        "MemoryError",
                        "aiterscope: dict exceeds the memory cap",
                    ));
                }
                self.check_bytes(0)?;
                d.insert_new(h, key, v)
            }
        }
        Ok(())
    }

    /// `del d[key]`, returning the removed value.
    pub fn dict_del(&mut self, d: &Dict, key: &Value) -> PyResult<Option<Value>> {
        let (_, idx) = self.dict_find(d, key)?;
        Ok(idx.and_then(|i| d.remove_at(i)).map(|e| e.value))
    }

    /// Builds a set from values, adding them in order (`BUILD_SET`).
    pub fn make_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let s = SetObj::new(frozen);
        for v in items {
            self.set_add(&s.items, v)?;
        }
        Ok(Value::Set(Rc::new(s)))
    }

    /// A native method bound to a value (helper for natives returning methods).
    pub fn native_bound(
        &self,
        v: &Value,
        name: &'static str,
        f: fn(&mut Vm, Args) -> PyResult<Value>,
    ) -> Value {
        match NativeFunction::value(name, f) {
            Value::Native(n) => n.bind(v.clone()),
            other => other,
        }
    }
}

/// `x + y` as a new str: one allocation (the str itself) for results up to 256 bytes, which
/// are assembled on the stack.
pub(super) fn concat_strs(x: &str, y: &str) -> Rc<str> {
    crate::object::str_build::concat([x, y].into_iter(), x.len() + y.len())
}

fn check_str(what: &'static str) -> Box<Then> {
    Then::map(move |_, r| match r {
        Value::Str(_) => Ok(Flow::Value(r)),
        other => Err(exc(
            "TypeError",
            format!("{what} returned non-string (type {})", other.type_name()),
        )),
    })
}

/// True for the built-in types with a sequence repeat (`str`, `list`, `tuple`).
fn is_repeatable_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_)
    )
}

fn unsupported(op: BinOp, a: &Value, b: &Value, inplace: bool) -> Value {
    if op == BinOp::Mul {
        // CPython falls back to the sequence repeat of either operand, which rejects the
        // other one when it is not an int.
        let count = if is_repeatable_sequence(a) {
            Some(b)
        } else if is_repeatable_sequence(b) {
            Some(a)
        } else {
            None
        };
        if let Some(count) = count {
            return exc(
                "TypeError",
                format!(
                    "can't multiply sequence by non-int of type '{}'",
                    count.type_name()
                ),
            );
        }
    }
    let sym = if inplace && op != BinOp::Pow {
        format!("{}=", op.symbol())
    } else if inplace {
        "**=".to_string()
    } else {
        op.symbol().to_string()
    };
    exc(
        "TypeError",
        format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            a.type_name(),
            b.type_name()
        ),
    )
}

fn cmp_error(op: CmpOp, a: &Value, b: &Value) -> Value {
    exc(
        "TypeError",
        format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        ),
    )
}

type Fallback = Box<dyn FnOnce(&mut Vm) -> PyResult<Flow>>;

fn try_attempts(
    vm: &mut Vm,
    mut attempts: Vec<(Value, Vec<Value>)>,
    fallback: Fallback,
) -> PyResult<Flow> {
    if attempts.is_empty() {
        return fallback(vm);
    }
    let (f, args) = attempts.remove(0);
    Ok(Flow::call(
        f,
        args,
        Then::map(move |vm, r| {
            if matches!(r, Value::NotImplemented) {
                try_attempts(vm, attempts, fallback)
            } else {
                Ok(Flow::Value(r))
            }
        }),
    ))
}

/// The method implementing `op` on `t`, and whether its result must be negated (the default
/// `__ne__` inverts a user `__eq__`).
fn cmp_method(t: &Rc<TypeObject>, op: CmpOp) -> Option<(Value, bool)> {
    if let Some(f) = user_method(t, op.dunder()) {
        return Some((f, false));
    }
    if op == CmpOp::Ne {
        if let Some(f) = user_method(t, "__eq__") {
            return Some((f, true));
        }
    }
    None
}

fn try_cmp_attempts(
    attempts: Vec<(Value, Value, bool)>,
    idx: usize,
    op: CmpOp,
    a: Value,
    b: Value,
) -> PyResult<Flow> {
    if idx >= attempts.len() {
        return match op {
            CmpOp::Eq => Ok(Flow::Value(Value::Bool(a.is(&b)))),
            CmpOp::Ne => Ok(Flow::Value(Value::Bool(!a.is(&b)))),
            _ => Err(cmp_error(op, &a, &b)),
        };
    }
    let (f, arg, neg) = attempts[idx].clone();
    Ok(Flow::call(
        f,
        vec![arg],
        Then::map(move |vm, r| {
            if matches!(r, Value::NotImplemented) {
                return try_cmp_attempts(attempts, idx + 1, op, a, b);
            }
            if neg {
                let t = vm.truthy_nested(&r)?;
                return Ok(Flow::Value(Value::Bool(!t)));
            }
            Ok(Flow::Value(r))
        }),
    ))
}

fn type_special_attr(t: &Rc<TypeObject>, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => Value::Str(t.name.clone()),
        "__qualname__" => Value::Str(t.qualname.clone()),
        "__module__" => Value::Str(t.module.clone()),
        "__mro__" => Value::tuple(t.full_mro().into_iter().map(Value::Type).collect()),
        "__bases__" => Value::tuple(t.bases.iter().cloned().map(Value::Type).collect()),
        "__base__" => t
            .bases
            .first()
            .cloned()
            .map(Value::Type)
            .unwrap_or(Value::None),
        "__class__" => Value::Type(t.metatype()),
        "mro" => Value::Native(Rc::new(NativeFunction {
            name: "mro",
            owner: "type",
            imp: crate::object::NativeImpl::Plain(type_mro),
            self_: Some(Value::Type(t.clone())),
            direct: crate::object::DirectNative::NONE,
        })),
        "__doc__" => return t.dict().get("__doc__").cloned().or(Some(Value::None)),
        "__dict__" => crate::builtins::mappingproxy::class_dict_proxy(t),
        "__subclasses__" => Value::Native(Rc::new(NativeFunction {
            name: "__subclasses__",
            owner: "type",
            imp: crate::object::NativeImpl::Plain(type_subclasses),
            self_: Some(Value::Type(t.clone())),
            direct: crate::object::DirectNative::NONE,
        })),
        _ => return None,
    })
}

/// `cls.__subclasses__()`: the direct subclasses still alive, in creation order.
fn type_subclasses(_: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Type(t)) if a.pos.len() == 1 => Ok(Value::list(
            t.live_subclasses().into_iter().map(Value::Type).collect(),
        )),
        Some(Value::Type(t)) => Err(exc(
            "TypeError",
            format!(
                "{}.__subclasses__() takes no arguments ({} given)",
                t.name,
                a.pos.len() - 1
            ),
        )),
        _ => Err(exc(
            "TypeError",
            "descriptor '__subclasses__' of 'type' object needs an argument",
        )),
    }
}

/// `cls.mro()`: the method resolution order as a list.
fn type_mro(_: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Type(t)) => Ok(Value::list(
            t.full_mro().into_iter().map(Value::Type).collect(),
        )),
        _ => Err(exc(
            "TypeError",
            "descriptor 'mro' of 'type' object needs an argument",
        )),
    }
}

/// CPython's TypeError for `del obj[key]` on a type without item deletion: types with the
/// sequence protocol (built-in sequences, every user class) word it "doesn't" for an int key
/// (`PySequence_DelItem`), the others "does not" (`PyObject_DelItem`).
fn no_item_deletion(type_name: &str, sequence: bool, key: &Value) -> Value {
    let verb = if sequence && matches!(key, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        "doesn't"
    } else {
        "does not"
    };
    exc(
        "TypeError",
        format!("'{type_name}' object {verb} support item deletion"),
    )
}

/// The `ValueError` of `zip(strict=True)` when argument `i + 1` is `shorter`/`longer` than
/// the ones before it.
fn zip_strict_error(i: usize, how: &str) -> Value {
    let others = if i > 1 {
        format!("s 1-{i}")
    } else {
        " 1".to_string()
    };
    exc(
        "ValueError",
        format!("zip() argument {} is {how} than argument{others}", i + 1),
    )
}

/// Checks what a `__len__` returned: a non-negative int.
fn len_result_check() -> Box<Then> {
    Then::map(|_, r| match r {
        Value::Int(n) if n >= 0 => Ok(Flow::Value(Value::Int(n))),
        Value::Bool(b) => Ok(Flow::Value(Value::Int(b as i64))),
        Value::Int(_) => Err(exc("ValueError", "__len__() should return >= 0")),
        other => Err(crate::object::exception::not_an_integer(&other.type_name())),
    })
}

/// True for a class whose metaclass is a user class (its operators are looked up there).
#[inline]
fn has_metaclass(v: &Value) -> bool {
    matches!(v, Value::Type(t) if t.metaclass.is_some())
}

/// True for `X | Y` of classes (or a class and None): `type.__or__`, made a
/// `types.UnionType` by [`types_module_function`]`("_union_of")`.
fn is_class_union(op: BinOp, a: &Value, b: &Value) -> bool {
    op == BinOp::Or
        && matches!(
            (a, b),
            (Value::Type(_), Value::Type(_) | Value::None) | (Value::None, Value::Type(_))
        )
}

/// A function or class of the Python `types` module, which builds the objects behind
/// `int | None` and `list[int]`.
fn types_module_function(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let module = crate::modules::import(vm, "types")?;
    module
        .get(name)
        .ok_or_else(|| exc("SystemError", format!("types.{name} is missing")))
}

/// `obj.name = v` when `attr`, the class attribute of `owner` that `name` finds, is a data
/// descriptor: a property's setter (CPython's AttributeError when it has none) or a user
/// `__set__`. `None` (nothing done) for any other attribute.
fn set_through_descriptor(
    attr: &Value,
    owner: &TypeObject,
    name: &str,
    obj: &Value,
    v: &Value,
) -> Option<PyResult<Flow>> {
    let Value::Instance(d) = attr else {
        return None;
    };
    if let Payload::Property { fset, .. } = &d.payload {
        if matches!(fset, Value::None) {
            return Some(Err(attribute_error(
                format!("property '{name}' of '{}' object has no setter", owner.name),
                name,
                obj.clone(),
            )));
        }
        let args = vec![obj.clone(), v.clone()];
        return Some(Ok(Flow::call(fset.clone(), args, Then::identity())));
    }
    let dt = d.class.borrow().clone();
    let set = user_method(&dt, "__set__")?;
    let args = vec![obj.clone(), v.clone()];
    Some(Ok(Flow::call(bind(set, attr, &dt), args, Then::identity())))
}
