//! Calling: argument binding, frames for Python functions, instantiation and class creation.

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::fill_unbound;
use super::{Args, Cont, Flow, Frame, FramePool, Outcome, PyResult, Vm};
use crate::compiler::code::flags;
use crate::compiler::CodeObject;
use crate::object::exception::exc;
use crate::object::function::CellRef;
use crate::object::types::{c3_mro, TypeKind};
use crate::object::{
    new_attr_map, AttrMap, Dict, ExcData, Function, GenKind, Generator, Instance, NativeFunction,
    NativeImpl, Payload, TypeObject, Value,
};

/// A class being built: what `BuildClass` knows while the body runs.
pub struct ClassBuild {
    /// The class name.
    pub name: Rc<str>,
    /// The bases.
    pub bases: Vec<Value>,
    /// The namespace filled by the body.
    pub ns: Rc<RefCell<AttrMap>>,
    /// The class keywords other than `metaclass`, for `__init_subclass__`.
    pub kwargs: Vec<(Rc<str>, Value)>,
    /// True for `metaclass=abc.ABCMeta`: the class is made an ABC once created.
    pub abc_meta: bool,
    /// The metaclass to call with `(name, bases, namespace, **kwargs)` once the body ran,
    /// when it is not `type` (a user metaclass or any other callable; vm/metaclass.rs).
    pub meta: Option<Value>,
    /// Where the class goes.
    pub outer: Cont,
}

impl Vm {
    /// Calls any callable; the result goes to `cont`.
    pub fn call(&mut self, func: Value, mut args: Args, cont: Cont) -> PyResult<()> {
        let mut func = func;
        loop {
            match func {
                Value::Function(f) => return self.call_function(&f, args, cont),
                Value::Method(m) => {
                    args.pos.insert(0, m.self_.clone());
                    func = m.func.clone();
                }
                Value::Native(n) => {
                    if let Some(s) = &n.self_ {
                        args.pos.insert(0, s.clone());
                    }
                    return self.call_native(&n, args, cont);
                }
                Value::Type(t) => {
                    let flow = self.instantiate(t, args)?;
                    return self.run_flow(flow, cont);
                }
                Value::Instance(ref i) => {
                    let class = i.class.borrow().clone();
                    match class.lookup("__call__") {
                        Some(c) => {
                            args.pos.insert(0, func.clone());
                            self.announce_c_entry(&c, super::c_stack::CEntry::Slot);
                            func = c;
                        }
                        None => {
                            return Err(exc(
                                "TypeError",
                                format!("'{}' object is not callable", class.name),
                            ))
                        }
                    }
                }
                other => {
                    return Err(exc(
                        "TypeError",
                        format!("'{}' object is not callable", other.type_name()),
                    ))
                }
            }
        }
    }

    /// Runs a native implementation with its complete arguments (receiver included).
    pub(super) fn call_native(
        &mut self,
        n: &NativeFunction,
        mut args: Args,
        cont: Cont,
    ) -> PyResult<()> {
        if !n.owner.is_empty() && (args.pos.is_empty() || !args.kw.is_empty()) {
            use crate::builtins::method_args::{missing_receiver, refusal};
            let message = match args.pos.len() {
                0 => missing_receiver(n.owner, n.name),
                n_pos => refusal(
                    n.owner,
                    n.name,
                    n_pos - 1,
                    args.kw.iter().map(|(k, _)| &**k),
                ),
            };
            if let Some(message) = message {
                return Err(exc("TypeError", message));
            }
        }
        // Only instances (of built-in subclasses) are unwrapped: calls without one skip the
        // lookups by name.
        if args.pos.iter().any(|a| matches!(a, Value::Instance(_))) {
            if n.owner.is_empty() {
                crate::builtins::subclass::unwrap_numeric_args(n.name, &mut args);
            } else {
                crate::builtins::subclass::unwrap_receiver(n.owner, &mut args);
            }
        }
        match n.imp {
            NativeImpl::Plain(f) => {
                let v = f(self, args)?;
                self.deliver(cont, Outcome::Return(v))
            }
            NativeImpl::Flow(f) => {
                let flow = f(self, args)?;
                self.run_flow(flow, cont)
            }
        }
    }

    /// A flow that calls `func` (for natives that need Python results).
    pub fn call_flow(&mut self, func: Value, args: Vec<Value>) -> Flow {
        Flow::call(func, args, super::Then::identity())
    }

    /// `Call(n)`: calls the callable below the top `n` stack values with them as positional
    /// arguments. A Python function (or a method bound to one) whose plain positional
    /// parameters those arguments give, the rest having defaults, gets its arguments moved
    /// from the caller's stack straight into its locals; every other call goes through
    /// [`Vm::call`].
    pub(super) fn call_from_stack(&mut self, n: usize) -> PyResult<()> {
        if let Some(func) = plain_positional_callee(&self.frame().stack, n) {
            if self.at_recursion_limit() {
                return Err(exc("RecursionError", "maximum recursion depth exceeded"));
            }
            let c_units = self.charge_c_entry(&Cont::Push)?;
            let Some(caller) = self.frames.last_mut() else {
                return Ok(());
            };
            // Always bound: the same check on the same stack accepted it above.
            if let Some(frame) = bind_from_stack(&mut self.frame_pool, caller, n, |_| true) {
                return self.start_frame(&func, frame, Cont::Push, c_units);
            }
        }
        let caller = self.frame();
        let at = caller.stack.len().saturating_sub(n);
        if let Some(Value::Native(_)) = at.checked_sub(1).map(|i| &caller.stack[i]) {
            if self.call_direct(n) {
                return Ok(());
            }
            // Built-in functions and methods: the arguments (inline when few), the bound
            // receiver first.
            let caller = self.frame();
            let Some(Value::Native(native)) = at.checked_sub(1).map(|i| &caller.stack[i]) else {
                unreachable!("the native just seen")
            };
            let native = native.clone();
            let pos = super::take_args(&mut caller.stack, at, native.self_.clone());
            caller.stack.pop();
            return self.call_native(&native, Args::from_pos(pos), Cont::Push);
        }
        let caller = self.frame();
        let at = caller.stack.len().saturating_sub(n);
        let args = super::take_args(&mut caller.stack, at, None);
        let func = self.frame().pop();
        self.call(func, Args::from_pos(args), Cont::Push)
    }

    fn call_function(&mut self, f: &Rc<Function>, args: Args, cont: Cont) -> PyResult<()> {
        if self.at_recursion_limit() {
            return Err(exc("RecursionError", "maximum recursion depth exceeded"));
        }
        let c_units = self.charge_c_entry(&cont)?;
        let frame = self.make_frame(f, args)?;
        self.start_frame(f, frame, cont, c_units)
    }

    /// Runs a bound frame for `f`: pushes it, or wraps it in a generator-like object when `f`
    /// is a generator, coroutine or async generator function. `c_units` is what the call
    /// charged to the C-stack model, held by the pushed frame.
    fn start_frame(
        &mut self,
        f: &Rc<Function>,
        frame: Box<Frame>,
        cont: Cont,
        c_units: u32,
    ) -> PyResult<()> {
        let code = &f.code;
        if code.has(flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) {
            let g = self.wrap_generator(f, frame);
            return self.deliver(cont, Outcome::Return(g));
        }
        let mut frame = frame;
        let old = std::mem::replace(&mut frame.cont, cont);
        if let Cont::Push = old {
            // Owns nothing: skips the general drop.
            std::mem::forget(old);
        }
        self.push_frame(frame);
        self.c_stack.hold(self.frames.len() - 1, c_units);
        Ok(())
    }

    /// The generator, coroutine or async generator object of a call of `f` (a function with
    /// one of those flags) whose arguments are bound in `frame`.
    fn wrap_generator(&mut self, f: &Function, frame: Box<Frame>) -> Value {
        let code = &f.code;
        let kind = if code.has(flags::ASYNC_GENERATOR) {
            GenKind::AsyncGenerator
        } else if code.has(flags::COROUTINE) {
            GenKind::Coroutine
        } else {
            GenKind::Generator
        };
        if let Some(mut g) = self.spare_coroutine.take() {
            if let Some(spare) = Rc::get_mut(&mut g) {
                spare.renew(kind, frame, &f.name.borrow(), &f.qualname.borrow());
                return Value::Gen(g);
            }
        }
        let mut g = Generator::new(kind, frame, Some(self.drop_queue.clone()));
        g.name = f.name.borrow().clone();
        g.qualname = f.qualname.borrow().clone();
        Value::Gen(Rc::new(g))
    }

    /// `f(receiver)` for a coroutine function `f` taking exactly one plain positional
    /// parameter, called from native code (as `call` with a native continuation would): the
    /// coroutine object, with no bound method or argument vector built; the receiver is
    /// moved into its first local. `None` when `f` does not have that shape (the caller then
    /// takes the general path).
    pub(crate) fn call_coroutine_with_receiver(
        &mut self,
        f: &Rc<Function>,
        receiver: Value,
    ) -> Option<PyResult<Value>> {
        let code = &f.code;
        if !is_receiver_only_coroutine(code) {
            return None;
        }
        if self.at_recursion_limit() {
            return Some(Err(exc(
                "RecursionError",
                "maximum recursion depth exceeded",
            )));
        }
        if self.c_stack.charge(true).is_none() {
            return Some(Err(exc(
                "RecursionError",
                "maximum recursion depth exceeded",
            )));
        }
        let mut frame = self.frame_pool.take(code, &f.globals);
        let nvars = code.varnames.len();
        frame.fast.reserve(nvars);
        frame.fast.push(Some(receiver));
        fill_unbound(&mut frame.fast, nvars);
        for _ in 0..code.cellvars.len() {
            frame.cells.push(Rc::new(RefCell::new(None)));
        }
        for &(ci, vi) in &code.cell_params {
            *frame.cells[ci as usize].borrow_mut() = frame.fast[vi as usize].clone();
        }
        frame.cells.extend(f.closure.iter().cloned());
        Some(Ok(self.wrap_generator(f, frame)))
    }

    /// Builds the frame for a call of `f` (binding arguments with CPython's error messages).
    pub fn make_frame(&mut self, f: &Rc<Function>, args: Args) -> PyResult<Box<Frame>> {
        let code = f.code.clone();
        let qual = f.qualname.borrow().clone();
        let argc = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let nvars = code.varnames.len();
        let mut frame = self.frame_pool.take(&code, &f.globals);
        let mut fast = std::mem::take(&mut frame.fast);
        fast.reserve(nvars);
        fill_unbound(&mut fast, nvars);
        let has_varargs = code.has(flags::VARARGS);
        let has_varkw = code.has(flags::VARKEYWORDS);
        let varargs_idx = argc + kwonly;
        let varkw_idx = argc + kwonly + has_varargs as usize;
        let npos = args.pos.len();
        let mut pos = args.pos;
        if npos > argc {
            if has_varargs {
                let extra = pos.drain(argc..).collect();
                fast[varargs_idx] = Some(Value::tuple(extra));
            } else {
                let ndef = f.defaults.len();
                let takes = if ndef > 0 {
                    format!("from {} to {} positional arguments", argc - ndef, argc)
                } else if argc == 1 {
                    "1 positional argument".to_string()
                } else {
                    format!("{argc} positional arguments")
                };
                let kwonly_names = &code.varnames[argc..argc + kwonly];
                let kwonly_given = args
                    .kw
                    .iter()
                    .filter(|(k, _)| kwonly_names.iter().any(|n| n == k))
                    .count();
                let given = match (npos, kwonly_given) {
                    (1, 0) => "1 was given".to_string(),
                    (_, 0) => format!("{npos} were given"),
                    (_, k) => format!(
                        "{npos} positional argument{} (and {k} keyword-only argument{}) were given",
                        if npos == 1 { "" } else { "s" },
                        if k == 1 { "" } else { "s" }
                    ),
                };
                return Err(exc(
                    "TypeError",
                    format!("{qual}() takes {takes} but {given}"),
                ));
            }
        } else if has_varargs {
            fast[varargs_idx] = Some(Value::tuple(vec![]));
        }
        for (i, v) in pos.into_iter().enumerate() {
            fast[i] = Some(v);
        }
        let kwdict = if has_varkw { Some(Dict::new()) } else { None };
        let mut posonly_as_kw: Vec<Rc<str>> = Vec::new();
        for (name, v) in args.kw {
            let idx = code.varnames[posonly..argc + kwonly]
                .iter()
                .position(|n| **n == *name)
                .map(|i| i + posonly);
            match idx {
                Some(i) => {
                    if fast[i].is_some() {
                        return Err(exc(
                            "TypeError",
                            format!("{qual}() got multiple values for argument '{name}'"),
                        ));
                    }
                    fast[i] = Some(v);
                }
                None => match &kwdict {
                    Some(d) => {
                        let key = Value::Str(name.clone());
                        self.dict_set(d, key, v)?;
                    }
                    None => {
                        if code.varnames[..posonly].iter().any(|n| **n == *name) {
                            posonly_as_kw.push(name);
                            continue;
                        }
                        return Err(exc(
                            "TypeError",
                            format!("{qual}() got an unexpected keyword argument '{name}'"),
                        ));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            let names: Vec<String> = posonly_as_kw.iter().map(|n| format!("'{n}'")).collect();
            return Err(exc(
                "TypeError",
                format!(
                    "{qual}() got some positional-only arguments passed as keyword arguments: {}",
                    names.join(", ")
                ),
            ));
        }
        if let Some(d) = kwdict {
            fast[varkw_idx] = Some(Value::Dict(Rc::new(d)));
        }
        // Defaults.
        let ndef = f.defaults.len();
        let mut missing: Vec<Rc<str>> = Vec::new();
        #[allow(clippy::needless_range_loop)]
        for i in npos.min(argc)..argc {
            if fast[i].is_none() {
                if i + ndef >= argc {
                    fast[i] = Some(f.defaults[i + ndef - argc].clone());
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(exc("TypeError", missing_msg(&qual, "positional", &missing)));
        }
        #[allow(clippy::needless_range_loop)]
        for i in argc..argc + kwonly {
            if fast[i].is_none() {
                let name = &code.varnames[i];
                match f.kwdefaults.iter().find(|(n, _)| n == name) {
                    Some((_, v)) => fast[i] = Some(v.clone()),
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(exc(
                "TypeError",
                missing_msg(&qual, "keyword-only", &missing),
            ));
        }
        let mut cells: Vec<CellRef> = std::mem::take(&mut frame.cells);
        for _ in 0..code.cellvars.len() {
            cells.push(Rc::new(RefCell::new(None)));
        }
        for &(ci, vi) in &code.cell_params {
            *cells[ci as usize].borrow_mut() = fast[vi as usize].clone();
        }
        cells.extend(f.closure.iter().cloned());
        frame.fast = fast;
        frame.cells = cells;
        Ok(frame)
    }

    /// Creates an instance of `t` (a Flow: `__init__` may be Python code): calling the class.
    /// A class whose metaclass defines `__call__`, and `type` and its subclasses (which make
    /// classes), go through vm/metaclass.rs.
    #[inline(always)]
    pub fn instantiate(&mut self, t: Rc<TypeObject>, mut args: Args) -> PyResult<Flow> {
        if t.metaclass.is_some() || t.makes_classes {
            if let Some(flow) = super::metaclass::instantiate_special(self, &t, &mut args)? {
                return Ok(flow);
            }
        }
        self.instantiate_default(t, args)
    }

    /// `type.__call__(t, *args)` for a class whose instances are not classes: `__new__`, then
    /// `__init__` when it returned an instance of `t`.
    pub fn instantiate_default(&mut self, t: Rc<TypeObject>, args: Args) -> PyResult<Flow> {
        if t.kind == TypeKind::Builtin
            || (t.builtin && t.kind == TypeKind::Object && t.name.as_ref() != "object")
        {
            return crate::builtins::construct_builtin(self, t, args);
        }
        // __new__
        let new = t.lookup("__new__");
        let inst = match new {
            Some(Value::Native(n)) => {
                let mut a = args.clone();
                a.pos.insert(0, Value::Type(t.clone()));
                match n.imp {
                    NativeImpl::Plain(f) => f(self, a)?,
                    NativeImpl::Flow(f) => {
                        let flow = f(self, a)?;
                        self.run_flow_nested(flow)?
                    }
                }
            }
            Some(f @ Value::Function(_)) | Some(f @ Value::Instance(_)) => {
                let func = match f {
                    Value::Instance(i) => match &i.payload {
                        Payload::StaticMethod(x) => x.clone(),
                        _ => Value::Instance(i.clone()),
                    },
                    other => other,
                };
                let mut a = args.clone();
                a.pos.insert(0, Value::Type(t.clone()));
                let v = self.call_nested(func, a)?;
                let is_inst = match &v {
                    Value::Instance(i) => i.class.borrow().is_subclass(&t),
                    _ => false,
                };
                if !is_inst {
                    return Ok(Flow::Value(v));
                }
                v
            }
            _ => {
                let payload = match t.kind {
                    TypeKind::BaseException => Payload::Exception(RefCell::new(ExcData {
                        args: args.pos.to_vec(),
                        ..Default::default()
                    })),
                    _ => Payload::None,
                };
                Value::Instance(Instance::new(t.clone(), payload))
            }
        };
        let init = t.lookup("__init__");
        match init {
            Some(Value::Function(f)) => {
                self.c_stack.announce(super::c_stack::CEntry::Init);
                let mut a = args;
                a.pos.insert(0, inst.clone());
                let inst2 = inst.clone();
                Ok(Flow::Call {
                    func: Value::Function(f),
                    args: a,
                    then: super::Then::map(move |_, r| {
                        if !matches!(r, Value::None) {
                            return Err(exc(
                                "TypeError",
                                format!("__init__() should return None, not '{}'", r.type_name()),
                            ));
                        }
                        Ok(Flow::Value(inst2))
                    }),
                })
            }
            Some(Value::Native(n)) => {
                let from_object = n.owner == "object";
                if from_object
                    && (!args.pos.is_empty() || !args.kw.is_empty())
                    && matches!(t.lookup("__new__"), Some(Value::Native(ref nn)) if nn.name == "__new__" && nn.owner.is_empty())
                    && t.kind == TypeKind::Object
                {
                    return Err(exc("TypeError", format!("{}() takes no arguments", t.name)));
                }
                let mut a = args;
                a.pos.insert(0, inst.clone());
                match n.imp {
                    NativeImpl::Plain(f) => {
                        f(self, a)?;
                    }
                    NativeImpl::Flow(f) => {
                        let flow = f(self, a)?;
                        self.run_flow_nested(flow)?;
                    }
                }
                Ok(Flow::Value(inst))
            }
            Some(other) => {
                let mut a = args;
                a.pos.insert(0, inst.clone());
                let inst2 = inst.clone();
                Ok(Flow::Call {
                    func: other,
                    args: a,
                    then: super::Then::map(move |_, _| Ok(Flow::Value(inst2))),
                })
            }
            None => {
                if (!args.pos.is_empty() || !args.kw.is_empty())
                    && t.kind == TypeKind::Object
                    && t.lookup("__new__").is_none()
                {
                    return Err(exc("TypeError", format!("{}() takes no arguments", t.name)));
                }
                Ok(Flow::Value(inst))
            }
        }
    }
}

/// The Python function `callable` is (or is a method bound to), and the bound receiver,
/// when `Call(n)` of it needs no binding beyond moving the arguments into place and filling
/// in defaults: its parameters are plain positionals (no `*args`, `**kwargs` or keyword-only
/// ones), the `n` arguments (after the bound receiver) give the first of them and the rest
/// have defaults.
#[inline(always)]
pub(super) fn plain_positional_function(
    callable: &Value,
    n: usize,
) -> Option<(&Rc<Function>, Option<&Value>)> {
    let (func, receiver) = match callable {
        Value::Function(f) => (f, None),
        Value::Method(m) => match &m.func {
            Value::Function(f) => (f, Some(&m.self_)),
            _ => return None,
        },
        _ => return None,
    };
    let code = &func.code;
    let given = n + receiver.is_some() as usize;
    // Parameters left to their defaults (more arguments than parameters wrap to a huge
    // count, refused with the rest).
    let missing = (code.argcount as usize).wrapping_sub(given);
    let plain = code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
        && code.kwonlyargcount == 0
        && (missing == 0 || missing <= func.defaults.len());
    plain.then_some((func, receiver))
}

/// The Python function called by `Call(n)` on `stack` (the callable below the top `n`
/// values) when [`plain_positional_function`] accepts it.
pub(super) fn plain_positional_callee(stack: &[Value], n: usize) -> Option<Rc<Function>> {
    let callable = stack.get(stack.len().checked_sub(n + 1)?)?;
    plain_positional_function(callable, n).map(|(f, _)| f.clone())
}

/// The frame for `Call(n)` on `caller`'s stack when the callable below the top `n` values
/// is one [`plain_positional_function`] accepts and `accept` agrees on its code: the
/// receiver (for a bound method) and the top `n` values move into the callee's first locals,
/// the remaining parameters get their defaults (as `Vm::make_frame` gives them), its other
/// locals stay unbound and its cells are made as a general call makes them; the arguments
/// and the callable leave the caller's stack. `None` (nothing done) otherwise.
#[inline(always)]
pub(super) fn bind_from_stack(
    pool: &mut FramePool,
    caller: &mut Frame,
    n: usize,
    accept: impl FnOnce(&CodeObject) -> bool,
) -> Option<Box<Frame>> {
    let base = caller.stack.len().checked_sub(n + 1)?;
    let (func, receiver) = plain_positional_function(&caller.stack[base], n)?;
    let code = &func.code;
    if !accept(code) {
        return None;
    }
    if code.argcount as usize != n + receiver.is_some() as usize {
        let (func, receiver) = (func.clone(), receiver.cloned());
        return Some(bind_with_defaults(pool, caller, n, &func, receiver));
    }
    let mut frame = pool.take(code, &func.globals);
    let nvars = code.varnames.len();
    frame.fast.reserve(nvars);
    if let Some(receiver) = receiver {
        frame.fast.push(Some(receiver.clone()));
    }
    let has_cells = make_cells(&mut frame, func);
    move_arguments(&mut frame, caller, n);
    fill_unbound(&mut frame.fast, nvars);
    if has_cells {
        fill_cell_params(&mut frame);
    }
    Some(frame)
}

/// [`bind_from_stack`] for a call that leaves the last parameters of `func` to their
/// defaults (kept out of line: the exact call is the common one).
#[inline(never)]
fn bind_with_defaults(
    pool: &mut FramePool,
    caller: &mut Frame,
    n: usize,
    func: &Function,
    receiver: Option<Value>,
) -> Box<Frame> {
    let code = &func.code;
    let mut frame = pool.take(code, &func.globals);
    let nvars = code.varnames.len();
    frame.fast.reserve(nvars);
    if let Some(receiver) = receiver {
        frame.fast.push(Some(receiver));
    }
    let has_cells = make_cells(&mut frame, func);
    move_arguments(&mut frame, caller, n);
    // The defaults belong to the last parameters.
    let missing = code.argcount as usize - frame.fast.len();
    for v in &func.defaults[func.defaults.len() - missing..] {
        frame.fast.push(Some(v.clone()));
    }
    fill_unbound(&mut frame.fast, nvars);
    if has_cells {
        fill_cell_params(&mut frame);
    }
    frame
}

/// Gives `frame` the cells a call of `func` makes (fresh cells for its cell variables, then
/// its closure's); whether there are any.
#[inline(always)]
fn make_cells(frame: &mut Frame, func: &Function) -> bool {
    let code = &func.code;
    let has_cells = !code.cellvars.is_empty() || !func.closure.is_empty();
    if has_cells {
        for _ in 0..code.cellvars.len() {
            frame.cells.push(Rc::new(RefCell::new(None)));
        }
        frame.cells.extend(func.closure.iter().cloned());
    }
    has_cells
}

/// Moves the top `n` values of `caller`'s stack, in order, to the end of `frame`'s locals,
/// and drops the callable below them.
#[inline(always)]
fn move_arguments(frame: &mut Frame, caller: &mut Frame, n: usize) {
    // Popped last argument first, then put back in order.
    let first = frame.fast.len();
    for _ in 0..n {
        frame.fast.push(caller.stack.pop());
    }
    frame.fast[first..].reverse();
    // The callable (a function's reference count dropped inline).
    match caller.stack.pop() {
        Some(Value::Function(f)) => drop(f),
        other => drop(other),
    }
}

/// Copies the parameters that live in cells into them (once the locals are bound).
#[inline(always)]
fn fill_cell_params(frame: &mut Frame) {
    let Frame {
        code, fast, cells, ..
    } = frame;
    for &(ci, vi) in &code.cell_params {
        *cells[ci as usize].borrow_mut() = fast[vi as usize].clone();
    }
}

fn missing_msg(qual: &str, kind: &str, names: &[Rc<str>]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    let plural = if names.len() == 1 {
        "argument"
    } else {
        "arguments"
    };
    format!(
        "{qual}() missing {} required {kind} {plural}: {list}",
        names.len()
    )
}

/// Finishes a class after its body ran (`cell` is the `__class__` cell or None).
pub fn finish_class(vm: &mut Vm, b: ClassBuild, cell: Value) -> PyResult<()> {
    if let Some(meta) = b.meta {
        return super::metaclass::call_metaclass(
            vm, meta, b.name, b.bases, b.ns, b.kwargs, cell, b.outer,
        );
    }
    let t = make_class(b.name, b.bases, b.ns, None)?;
    if let Value::Cell(c) = cell {
        *c.borrow_mut() = Some(Value::Type(t.clone()));
    }
    if b.abc_meta {
        crate::modules::abc::make_abc(vm, &t)?;
    }
    super::class_protocol::after_class_created(vm, &t, b.kwargs)?;
    vm.deliver(b.outer, Outcome::Return(Value::Type(t)))
}

/// Creates a class from its name, bases and namespace, an instance of `metaclass` (`None`:
/// `type`).
pub fn make_class(
    name: Rc<str>,
    base_values: Vec<Value>,
    ns: Rc<RefCell<AttrMap>>,
    metaclass: Option<Rc<TypeObject>>,
) -> PyResult<Rc<TypeObject>> {
    // Finalizers would need objects brought back to life at refcount zero: refused by name
    // rather than silently never run.
    if ns.borrow().contains_key("__del__") {
        return Err(exc(
            "NotImplementedError",
            format!(
                "__del__ (a finalizer, defined by class {name}) is not supported in the playground"
            ),
        ));
    }
    let types = crate::object::builtin_types();
    let mut bases: Vec<Rc<TypeObject>> = Vec::new();
    for base in &base_values {
        match base {
            Value::Type(t) => {
                // `class M(type)`: a metaclass (its instances are made by type.__new__).
                if !t.subclassable && !Rc::ptr_eq(t, &types.type_) {
                    return Err(exc(
                        "TypeError",
                        format!("type '{}' is not an acceptable base type", t.name),
                    ));
                }
                bases.push(t.clone());
            }
            other => {
                return Err(exc(
                    "TypeError",
                    format!("bases must be types, not {}", other.type_name()),
                ))
            }
        }
    }
    if bases.is_empty() {
        bases.push(types.object.clone());
    }
    let mut kind = TypeKind::Object;
    let mut builtin_layout: Option<Rc<TypeObject>> = None;
    for t in &bases {
        if t.is_metaclass() {
            continue;
        }
        // A built-in base (list, dict, str...) or a user class deriving from one: its
        // instances wrap that built-in value, and two different ones cannot be combined.
        let layout = if t.kind == TypeKind::Builtin {
            Some(t.clone())
        } else {
            crate::builtins::subclass::builtin_base(t)
        };
        if let Some(l) = layout {
            if let Some(prev) = &builtin_layout {
                if !Rc::ptr_eq(prev, &l) {
                    return Err(exc(
                        "TypeError",
                        "multiple bases have instance lay-out conflict",
                    ));
                }
            }
            if kind != TypeKind::Object {
                return Err(exc(
                    "TypeError",
                    "multiple bases have instance lay-out conflict",
                ));
            }
            builtin_layout = Some(l);
            continue;
        }
        if t.kind != TypeKind::Object {
            if builtin_layout.is_some() {
                return Err(exc(
                    "TypeError",
                    "multiple bases have instance lay-out conflict",
                ));
            }
            if kind != TypeKind::Object && kind != t.kind {
                return Err(exc(
                    "TypeError",
                    "multiple bases have instance lay-out conflict",
                ));
            }
            kind = t.kind;
        }
    }
    let mro = c3_mro(&bases).map_err(|m| exc("TypeError", m))?;
    let ns = ns.borrow().clone();
    let module = match ns.get("__module__") {
        Some(Value::Str(s)) => s.clone(),
        _ => Rc::from("__main__"),
    };
    let qualname = match ns.get("__qualname__") {
        Some(Value::Str(s)) => s.clone(),
        _ => name.clone(),
    };
    let mut dict = new_attr_map();
    for (k, v) in ns {
        if &*k == "__qualname__" {
            continue;
        }
        dict.insert(k, v);
    }
    // A class that defines `__eq__` without `__hash__` is unhashable, as in CPython.
    if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
        dict.insert(Rc::from("__hash__"), Value::None);
    }
    Ok(TypeObject::from_parts(crate::object::types::ClassParts {
        name,
        qualname,
        module,
        bases,
        mro,
        dict,
        kind,
        builtin: false,
        subclassable: true,
        metaclass,
    }))
}

/// Whether `code` is a coroutine function's taking exactly one plain positional parameter
/// (`async def __anext__(self)`): the shape [`Vm::call_coroutine_with_receiver`] handles.
#[inline]
pub(crate) fn is_receiver_only_coroutine(code: &crate::compiler::CodeObject) -> bool {
    code.has(flags::COROUTINE)
        && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
        && code.kwonlyargcount == 0
        && code.argcount == 1
}
