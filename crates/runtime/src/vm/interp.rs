//! The instruction interpreter: one `exec` per instruction.

use std::cell::RefCell;
use std::rc::Rc;

use super::call::ClassBuild;
use super::fast_ops::{small_binop, small_compare};
use super::ops::{bind, user_method};
use super::{Args, Block, BlockKind, Cont, Flow, Outcome, PyResult, ResumeInput, Then, Vm};
use crate::compiler::Instr;
use crate::object::exception::{exc, is_exc_instance, new_exception};
use crate::object::types::TypeKind;
use crate::object::{builtin_types, new_attr_map, Dict, Function, GenKind, SliceObj, Value};

impl Vm {
    fn name(&mut self, i: u32) -> Rc<str> {
        self.frame()
            .code
            .names
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| Rc::from("?"))
    }

    fn cell_name(&mut self, i: u32) -> (Rc<str>, bool) {
        let code = &self.frame().code;
        let nc = code.cellvars.len();
        let i = i as usize;
        if i < nc {
            (code.cellvars[i].clone(), true)
        } else {
            (
                code.freevars
                    .get(i - nc)
                    .cloned()
                    .unwrap_or_else(|| Rc::from("?")),
                false,
            )
        }
    }

    /// The global `name` of the top frame's module, else the builtin (through the global
    /// cache), else CPython's NameError.
    fn load_global(&mut self, name: &Rc<str>) -> PyResult<Value> {
        let g = self.frame().globals.clone();
        if let Some(v) = self
            .global_cache
            .get_global_or_builtin(&g, &self.builtins, name)
        {
            return Ok(v);
        }
        Err(self.name_error_here(name))
    }

    /// Executes one instruction of the top frame.
    pub(crate) fn exec(&mut self, instr: Instr) -> PyResult<()> {
        match instr {
            Instr::Nop | Instr::SetupAnnotations => {}
            Instr::PopTop => {
                self.frame().pop();
            }
            Instr::Copy(n) => {
                let v = self.frame().peek(n as usize);
                self.frame().push(v);
            }
            Instr::Swap(n) => {
                let f = self.frame();
                let len = f.stack.len();
                let n = n as usize;
                if n >= 1 && n <= len {
                    f.stack.swap(len - 1, len - n);
                }
            }
            Instr::LoadConst(i) => {
                let f = self.frame();
                let v = f
                    .code
                    .consts
                    .get(i as usize)
                    .cloned()
                    .unwrap_or(Value::None);
                f.push(v);
            }
            Instr::LoadFast(i) => {
                let f = self.frame();
                match f.fast.get(i as usize).cloned().flatten() {
                    Some(v) => f.push(v),
                    None => {
                        let name = f
                            .code
                            .varnames
                            .get(i as usize)
                            .cloned()
                            .unwrap_or_else(|| Rc::from("?"));
                        return Err(exc("UnboundLocalError", format!("cannot access local variable '{name}' where it is not associated with a value")));
                    }
                }
            }
            Instr::StoreFast(i) => {
                let f = self.frame();
                let v = f.pop();
                if let Some(slot) = f.fast.get_mut(i as usize) {
                    *slot = Some(v);
                }
                if self.recorder.enabled {
                    self.rec_store_fast(i); // recorder
                }
            }
            Instr::DeleteFast(i) => {
                let f = self.frame();
                let had = f.fast.get_mut(i as usize).and_then(|s| s.take());
                if had.is_none() {
                    let name = f
                        .code
                        .varnames
                        .get(i as usize)
                        .cloned()
                        .unwrap_or_else(|| Rc::from("?"));
                    return Err(exc("UnboundLocalError", format!("cannot access local variable '{name}' where it is not associated with a value")));
                }
                if self.recorder.enabled {
                    self.rec_delete_fast(i); // recorder
                }
            }
            Instr::LoadDeref(i) => {
                let f = self.frame();
                let v = f.cells.get(i as usize).and_then(|c| c.borrow().clone());
                match v {
                    Some(v) => f.push(v),
                    None => {
                        let (name, is_cell) = self.cell_name(i);
                        return Err(if is_cell {
                            exc("UnboundLocalError", format!("cannot access local variable '{name}' where it is not associated with a value"))
                        } else {
                            exc("NameError", format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
                        });
                    }
                }
            }
            Instr::StoreDeref(i) => {
                let f = self.frame();
                let v = f.pop();
                if let Some(c) = f.cells.get(i as usize) {
                    *c.borrow_mut() = Some(v);
                }
                if self.recorder.enabled {
                    self.rec_store_deref(i); // recorder
                }
            }
            Instr::DeleteDeref(i) => {
                let f = self.frame();
                if let Some(c) = f.cells.get(i as usize) {
                    c.borrow_mut().take();
                }
            }
            Instr::LoadClosure(i) => {
                let f = self.frame();
                let c = f
                    .cells
                    .get(i as usize)
                    .cloned()
                    .unwrap_or_else(|| Rc::new(RefCell::new(None)));
                f.push(Value::Cell(c));
            }
            Instr::LoadClassDeref(n, c) => {
                let name = self.name(n);
                let f = self.frame();
                let from_ns = f
                    .locals
                    .as_ref()
                    .and_then(|ns| ns.borrow().get(&*name).cloned());
                let v = match from_ns {
                    Some(v) => v,
                    None => match f.cells.get(c as usize).and_then(|c| c.borrow().clone()) {
                        Some(v) => v,
                        None => return Err(exc("NameError", format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))),
                    },
                };
                self.frame().push(v);
            }
            Instr::LoadGlobal(i) => {
                let name = self.name(i);
                let v = self.load_global(&name)?;
                self.frame().push(v);
            }
            Instr::StoreGlobal(i) => {
                let name = self.name(i);
                let f = self.frame();
                let v = f.pop();
                let globals = f.globals.clone();
                // The recorder is handed the value stored (not a lookup by name afterwards).
                let recorded = self.recorder.enabled.then(|| v.clone());
                self.global_cache.set(&globals, &name, v);
                if let Some(v) = recorded {
                    self.rec_store_global(&name, &v); // recorder
                }
            }
            Instr::DeleteGlobal(i) => {
                let name = self.name(i);
                let f = self.frame();
                if f.globals.dict.borrow_mut().shift_remove(&*name).is_none() {
                    return Err(self.name_error_here(&name));
                }
            }
            Instr::LoadName(i) => {
                let name = self.name(i);
                let f = self.frame();
                let local = f
                    .locals
                    .as_ref()
                    .and_then(|ns| ns.borrow().get(&*name).cloned());
                let v = match local {
                    Some(v) => v,
                    None => self.load_global(&name)?,
                };
                self.frame().push(v);
            }
            Instr::StoreName(i) => {
                let name = self.name(i);
                let recording = self.recorder.enabled;
                let f = self.frame();
                let v = f.pop();
                let recorded = recording.then(|| v.clone());
                match &f.locals {
                    Some(ns) => {
                        ns.borrow_mut().insert(name.clone(), v);
                    }
                    None => {
                        let globals = f.globals.clone();
                        self.global_cache.set(&globals, &name, v);
                    }
                }
                if let Some(v) = recorded {
                    self.rec_store_name(&name, &v); // recorder
                }
            }
            Instr::DeleteName(i) => {
                let name = self.name(i);
                let f = self.frame();
                let removed = match &f.locals {
                    Some(ns) => ns.borrow_mut().shift_remove(&*name),
                    None => f.globals.dict.borrow_mut().shift_remove(&*name),
                };
                if removed.is_none() {
                    return Err(self.name_error_here(&name));
                }
            }
            Instr::LoadAttr(i) => {
                let name = self.name(i);
                let obj = self.frame().pop();
                self.learn_attr_load(i, &obj, &name);
                let flow = self.getattr_flow(&obj, &name)?;
                self.run_flow(flow, Cont::Push)?;
            }
            Instr::LoadMethod(i) => self.load_method(i)?,
            Instr::StoreAttr(i) => {
                let name = self.name(i);
                let obj = self.frame().pop();
                let v = self.frame().pop();
                if self.recorder.enabled {
                    self.rec_attr_store(&obj, &name, &v); // recorder
                }
                let v = match self.learn_attr_store(i, &obj, &name, v) {
                    Some(v) => v,
                    None => return Ok(()),
                };
                let flow = self.setattr_flow(&obj, &name, v)?;
                self.run_flow(flow, Cont::Discard)?;
            }
            Instr::DeleteAttr(i) => {
                let name = self.name(i);
                let obj = self.frame().pop();
                let t = obj.class();
                if let (Value::Instance(_), Some(f)) = (&obj, user_method(&t, "__delattr__")) {
                    self.call(
                        bind(f, &obj, &t),
                        Args::new(vec![Value::Str(name)]),
                        Cont::Discard,
                    )?;
                } else {
                    self.delattr(&obj, &name)?;
                }
            }
            Instr::Binary(op) | Instr::Inplace(op) => {
                let stack = &mut self.frame().stack;
                if let [.., a, b] = &stack[..] {
                    if let Some(r) = small_binop(op, a, b) {
                        stack.pop();
                        *stack.last_mut().expect("two operands") = r;
                        return Ok(());
                    }
                }
                let b = self.frame().pop();
                let a = self.frame().pop();
                let inplace = matches!(instr, Instr::Inplace(_));
                // Built-in operands: the result the flow would deliver, pushed directly.
                if let Some(r) = self.binop_of_builtins(op, &a, &b, inplace) {
                    let v = r?;
                    self.frame().push(v);
                    return Ok(());
                }
                let flow = self.binop_flow(op, a, b, inplace)?;
                self.run_flow(flow, Cont::Push)?;
            }
            Instr::Unary(op) => {
                let v = self.frame().pop();
                let flow = self.unary_flow(op, v)?;
                self.run_flow(flow, Cont::Push)?;
            }
            Instr::Compare(op) => {
                let stack = &mut self.frame().stack;
                if let [.., a, b] = &stack[..] {
                    if let Some(r) = small_compare(op, a, b) {
                        stack.pop();
                        *stack.last_mut().expect("two operands") = Value::Bool(r);
                        return Ok(());
                    }
                }
                let b = self.frame().pop();
                let a = self.frame().pop();
                let flow = self.compare_flow(op, a, b)?;
                self.run_flow(flow, Cont::Push)?;
            }
            Instr::Is(neg) => {
                let b = self.frame().pop();
                let a = self.frame().pop();
                self.frame().push(Value::Bool(a.is(&b) != neg));
            }
            Instr::Contains(neg) => {
                let container = self.frame().pop();
                let item = self.frame().pop();
                let flow = self.contains_flow(&container, &item)?;
                let flow = self.flow_then(flow, move |_, r| {
                    Ok(Flow::Value(Value::Bool(
                        matches!(r, Value::Bool(true)) != neg,
                    )))
                })?;
                self.run_flow(flow, Cont::Push)?;
            }
            Instr::Subscr => {
                let key = self.frame().pop();
                let obj = self.frame().pop();
                let flow = self.getitem_flow(&obj, &key)?;
                self.run_flow(flow, Cont::Push)?;
            }
            Instr::StoreSubscr => {
                let key = self.frame().pop();
                let obj = self.frame().pop();
                let v = self.frame().pop();
                let flow = self.setitem_flow(&obj, key, v)?;
                self.run_flow(flow, Cont::Discard)?;
            }
            Instr::DeleteSubscr => {
                let key = self.frame().pop();
                let obj = self.frame().pop();
                let flow = self.delitem_flow(&obj, key)?;
                self.run_flow(flow, Cont::Discard)?;
            }
            Instr::BuildSlice(n) => {
                let items = self.frame().pop_n(n as usize);
                let mut it = items.into_iter();
                let start = it.next().unwrap_or(Value::None);
                let stop = it.next().unwrap_or(Value::None);
                let step = it.next().unwrap_or(Value::None);
                self.frame()
                    .push(Value::Slice(Rc::new(SliceObj { start, stop, step })));
            }
            Instr::BuildTuple(n) => {
                let items = self.frame().pop_n(n as usize);
                self.frame().push(Value::tuple(items));
            }
            Instr::BuildList(n) => {
                let items = self.frame().pop_n(n as usize);
                self.frame().push(Value::list(items));
            }
            Instr::BuildConstSet(n) | Instr::BuildConstFrozenSet(n) => {
                let items = self.frame().pop_n(n as usize);
                let folded = matches!(instr, Instr::BuildConstFrozenSet(_));
                let s = self.const_set_display(items, folded)?;
                self.frame().push(s);
            }
            Instr::BuildSet(n) => {
                let items = self.frame().pop_n(n as usize);
                let s = self.make_set(items, false)?;
                self.frame().push(s);
            }
            Instr::BuildMap(n) => {
                let items = self.frame().pop_n(2 * n as usize);
                let d = Dict::new();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    self.dict_set(&d, k, v)?;
                }
                self.frame().push(Value::Dict(Rc::new(d)));
            }
            // The pieces are joined where they lie on the stack, into one allocation.
            Instr::BuildString(n) => {
                let max_alloc = self.max_alloc;
                let f = self.frame();
                let at = f.stack.len().saturating_sub(n as usize);
                let pieces = f.stack[at..].iter().filter_map(|v| match v {
                    Value::Str(p) => Some(&**p),
                    _ => None,
                });
                let total: usize = pieces.clone().map(str::len).sum();
                if total > max_alloc {
                    return Err(exc(
                        "MemoryError",
                        "aiterscope: string exceeds the memory cap",
                    ));
                }
                let s = crate::object::str_build::concat(pieces, total);
                let f = self.frame();
                f.stack.truncate(at);
                f.push(Value::Str(s));
            }
            Instr::ListAppend(i) => {
                let f = self.frame();
                let v = f.pop();
                let target = f.peek(i as usize);
                if let Value::List(l) = target {
                    l.borrow_mut().push(v);
                }
            }
            Instr::SetAdd(i) => {
                let v = self.frame().pop();
                let target = self.frame().peek(i as usize);
                if let Value::Set(s) = target {
                    self.set_add(&s.items, v)?;
                }
            }
            Instr::MapAdd(i) => {
                let v = self.frame().pop();
                let k = self.frame().pop();
                let target = self.frame().peek(i as usize);
                if let Value::Dict(d) = target {
                    self.dict_set(&d, k, v)?;
                }
            }
            Instr::ListExtend(i) => {
                let it = self.frame().pop();
                let target = self.frame().peek(i as usize);
                let items = match self.iterate_nested(&it) {
                    Ok(items) => items,
                    Err(e)
                        if is_exc_instance(&e, "TypeError")
                            && !matches!(it, Value::Instance(_) | Value::Gen(_)) =>
                    {
                        return Err(exc(
                            "TypeError",
                            format!("Value after * must be an iterable, not {}", it.type_name()),
                        ));
                    }
                    Err(e) => return Err(e),
                };
                if let Value::List(l) = target {
                    l.borrow_mut().extend(items);
                }
            }
            Instr::SetUpdate(i) => {
                let it = self.frame().pop();
                let target = self.frame().peek(i as usize);
                if let Value::Set(s) = target {
                    self.set_update_from(&s.items, &it)?;
                }
            }
            Instr::DictUpdate(i) | Instr::DictMerge(i) => {
                let m = self.frame().pop();
                let target = self.frame().peek(i as usize);
                let for_call = matches!(instr, Instr::DictMerge(_));
                let pairs = match self.mapping_items(&m, for_call) {
                    Ok(pairs) => pairs,
                    Err(e)
                        if for_call
                            && is_exc_instance(&e, "TypeError")
                            && !matches!(m, Value::Instance(_)) =>
                    {
                        let func = self.frame().peek(i as usize + 2);
                        let fname = self.callable_name(&func);
                        return Err(exc(
                            "TypeError",
                            format!(
                                "{fname} argument after ** must be a mapping, not {}",
                                m.type_name()
                            ),
                        ));
                    }
                    Err(e) => return Err(e),
                };
                if let Value::Dict(d) = target {
                    for (k, v) in pairs {
                        if matches!(instr, Instr::DictMerge(_)) && self.dict_get(&d, &k)?.is_some()
                        {
                            let func = self.frame().peek(i as usize + 2);
                            let fname = self.callable_name(&func);
                            let kr = self.str_nested(&k)?;
                            return Err(exc(
                                "TypeError",
                                format!("{fname} got multiple values for keyword argument '{kr}'"),
                            ));
                        }
                        self.dict_set(&d, k, v)?;
                    }
                }
            }
            Instr::ListToTuple => {
                let v = self.frame().pop();
                let t = match v {
                    Value::List(l) => Value::tuple(l.borrow().to_vec()),
                    other => other,
                };
                self.frame().push(t);
            }
            Instr::UnpackSequence(n) => {
                let v = self.frame().pop();
                let items = match &v {
                    Value::Tuple(t) => t.to_vec(),
                    Value::List(l) => l.borrow().to_vec(),
                    other => match self.iterate_at_most_nested(other, n as usize + 1) {
                        Ok(items) => items,
                        Err(e)
                            if is_exc_instance(&e, "TypeError")
                                && !matches!(other, Value::Instance(_)) =>
                        {
                            return Err(exc(
                                "TypeError",
                                format!("cannot unpack non-iterable {} object", other.type_name()),
                            ));
                        }
                        Err(e) => return Err(e),
                    },
                };
                let n = n as usize;
                if items.len() != n {
                    return Err(if items.len() > n {
                        exc(
                            "ValueError",
                            format!("too many values to unpack (expected {n})"),
                        )
                    } else {
                        exc(
                            "ValueError",
                            format!(
                                "not enough values to unpack (expected {n}, got {})",
                                items.len()
                            ),
                        )
                    });
                }
                let f = self.frame();
                for it in items.into_iter().rev() {
                    f.push(it);
                }
            }
            Instr::UnpackEx(before, after) => {
                let v = self.frame().pop();
                let items = match self.iterate_nested(&v) {
                    Ok(items) => items,
                    Err(e)
                        if is_exc_instance(&e, "TypeError") && !matches!(v, Value::Instance(_)) =>
                    {
                        return Err(exc(
                            "TypeError",
                            format!("cannot unpack non-iterable {} object", v.type_name()),
                        ));
                    }
                    Err(e) => return Err(e),
                };
                let (b, a) = (before as usize, after as usize);
                if items.len() < b + a {
                    return Err(exc(
                        "ValueError",
                        format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            b + a,
                            items.len()
                        ),
                    ));
                }
                let mid_end = items.len() - a;
                let f = self.frame();
                for it in items[mid_end..].iter().rev() {
                    f.push(it.clone());
                }
                f.push(Value::list(items[b..mid_end].to_vec()));
                for it in items[..b].iter().rev() {
                    f.push(it.clone());
                }
            }
            Instr::FormatValue(conv, has_spec) => {
                if !matches!(conv, b's' | b'r' | b'a') {
                    if let Some(text) = self.format_simple(has_spec)? {
                        self.frame().push(text);
                        return Ok(());
                    }
                }
                let spec = if has_spec {
                    self.frame().pop()
                } else {
                    Value::str("")
                };
                let v = self.frame().pop();
                let flow = match conv {
                    b's' => self.str_flow(&v)?,
                    b'r' => self.repr_flow(&v)?,
                    b'a' => {
                        let f = self.repr_flow(&v)?;
                        self.flow_then(f, |_, r| {
                            Ok(Flow::Value(Value::string(crate::builtins::ascii_escape(
                                r.as_str().unwrap_or(""),
                            ))))
                        })?
                    }
                    _ => Flow::Value(v),
                };
                let flow = self.flow_then(flow, move |vm, val| vm.format_flow(&val, &spec))?;
                self.run_flow(flow, Cont::Push)?;
            }
            Instr::Jump(t) => self.frame().pc = t as usize,
            Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                let v = self.frame().pop();
                let jump_if = matches!(instr, Instr::PopJumpIfTrue(_));
                match Vm::truthy_simple(&v) {
                    Some(b) => {
                        if b == jump_if {
                            self.frame().pc = t as usize;
                        }
                    }
                    None => {
                        let flow = self.truthy_flow(&v)?;
                        let flow = self.flow_then(flow, move |vm, b| {
                            if matches!(b, Value::Bool(true)) == jump_if {
                                vm.frame().pc = t as usize;
                            }
                            Ok(Flow::Value(Value::None))
                        })?;
                        self.run_flow(flow, Cont::Discard)?;
                    }
                }
            }
            Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                let v = self.frame().peek(1);
                let jump_if = matches!(instr, Instr::JumpIfTrueOrPop(_));
                match Vm::truthy_simple(&v) {
                    Some(b) => {
                        let f = self.frame();
                        if b == jump_if {
                            f.pc = t as usize;
                        } else {
                            f.pop();
                        }
                    }
                    None => {
                        let flow = self.truthy_flow(&v)?;
                        let flow = self.flow_then(flow, move |vm, b| {
                            let f = vm.frame();
                            if matches!(b, Value::Bool(true)) == jump_if {
                                f.pc = t as usize;
                            } else {
                                f.pop();
                            }
                            Ok(Flow::Value(Value::None))
                        })?;
                        self.run_flow(flow, Cont::Discard)?;
                    }
                }
            }
            Instr::GetIter => {
                let obj = self.frame().pop();
                let flow = self.iter_flow(&obj)?;
                self.run_flow(flow, Cont::Push)?;
            }
            Instr::ForIter(target) => {
                let it = self.frame().peek(1);
                match &it {
                    Value::Iter(i) => match self.native_next(i)? {
                        Some(v) => self.frame().push(v),
                        None => {
                            let f = self.frame();
                            f.pop();
                            f.pc = target as usize;
                        }
                    },
                    Value::Gen(g) if g.kind == GenKind::Generator => {
                        self.resume_gen(
                            g.clone(),
                            ResumeInput::Send(Value::None),
                            Cont::ForIterGen(target),
                        )?;
                    }
                    Value::Instance(i) => {
                        let t = i.class.borrow().clone();
                        match t.lookup("__next__") {
                            // A native `__next__` (file objects) raises before any frame is
                            // pushed, so its StopIteration ends the loop here.
                            Some(f @ Value::Native(_)) => {
                                match self.call(bind(f, &it, &t), Args::default(), Cont::Push) {
                                    Err(e) if is_exc_instance(&e, "StopIteration") => {
                                        let f = self.frame();
                                        f.pop();
                                        f.pc = target as usize;
                                    }
                                    r => r?,
                                }
                            }
                            Some(f) => self.call(
                                bind(f, &it, &t),
                                Args::default(),
                                Cont::ForIterCall(target),
                            )?,
                            None => {
                                return Err(exc(
                                    "TypeError",
                                    format!("'{}' object is not an iterator", t.name),
                                ))
                            }
                        }
                    }
                    other => {
                        return Err(exc(
                            "TypeError",
                            format!("'{}' object is not an iterator", other.type_name()),
                        ))
                    }
                }
            }
            Instr::Call(n) => self.call_from_stack(n as usize)?,
            Instr::CallMethod(n) => self.call_method(n as usize)?,
            Instr::CallKw(n, names) => {
                let mut vals = self.frame().pop_n(n as usize);
                let func = self.frame().pop();
                let names = match self.frame().code.consts.get(names as usize) {
                    Some(Value::Tuple(t)) => t.clone(),
                    _ => Rc::new(Default::default()),
                };
                let kwvals = vals.split_off(vals.len().saturating_sub(names.len()));
                let kw = names
                    .iter()
                    .zip(kwvals)
                    .map(|(n, v)| (n.as_str().map(Rc::from).unwrap_or_else(|| Rc::from("")), v))
                    .collect();
                let pos = vals.into();
                self.call(func, Args { pos, kw }, Cont::Push)?;
            }
            Instr::CallEx(has_kw) => {
                let kwargs = if has_kw {
                    Some(self.frame().pop())
                } else {
                    None
                };
                let args = self.frame().pop();
                let func = self.frame().pop();
                let pos = match args {
                    Value::Tuple(t) => t.to_vec(),
                    other => match self.iterate_nested(&other) {
                        Ok(items) => items,
                        Err(e)
                            if is_exc_instance(&e, "TypeError")
                                && !matches!(other, Value::Instance(_) | Value::Gen(_)) =>
                        {
                            let fname = self.callable_name(&func);
                            return Err(exc(
                                "TypeError",
                                format!(
                                    "{fname} argument after * must be an iterable, not {}",
                                    other.type_name()
                                ),
                            ));
                        }
                        Err(e) => return Err(e),
                    },
                };
                let mut kw = Vec::new();
                if let Some(Value::Dict(d)) = kwargs {
                    for e in d.entries() {
                        match e.key {
                            Value::Str(s) => kw.push((s, e.value)),
                            _ => return Err(exc("TypeError", "keywords must be strings")),
                        }
                    }
                }
                let pos = pos.into();
                self.call(func, Args { pos, kw }, Cont::Push)?;
            }
            Instr::MakeFunction(idx, fl) => {
                let f = self.frame();
                let closure = if fl & 4 != 0 {
                    match f.pop() {
                        Value::Tuple(t) => t
                            .iter()
                            .filter_map(|c| {
                                if let Value::Cell(c) = c {
                                    Some(c.clone())
                                } else {
                                    None
                                }
                            })
                            .collect(),
                        _ => vec![],
                    }
                } else {
                    vec![]
                };
                let annotations = if fl & 8 != 0 { Some(f.pop()) } else { None };
                let kwdefaults = if fl & 2 != 0 {
                    match f.pop() {
                        Value::Dict(d) => d
                            .entries()
                            .into_iter()
                            .filter_map(|e| e.key.as_str().map(|k| (Rc::from(k), e.value)))
                            .collect(),
                        _ => vec![],
                    }
                } else {
                    vec![]
                };
                let defaults = if fl & 1 != 0 {
                    match f.pop() {
                        Value::Tuple(t) => t.to_vec(),
                        _ => vec![],
                    }
                } else {
                    vec![]
                };
                let Some(code) = f.code.functions.get(idx as usize).cloned() else {
                    return Err(exc("SystemError", "bad function index"));
                };
                let func = Function {
                    name: RefCell::new(code.name.clone()),
                    qualname: RefCell::new(code.qualname.clone()),
                    code,
                    globals: f.globals.clone(),
                    defaults,
                    kwdefaults,
                    closure,
                    dict: RefCell::new(new_attr_map()),
                };
                if let Some(annotations) = annotations {
                    func.dict
                        .borrow_mut()
                        .insert(Rc::from("__annotations__"), annotations);
                }
                f.push(Value::Function(Rc::new(func)));
            }
            Instr::ReturnValue => {
                let v = self.frame().pop();
                self.exit_frame(Outcome::Return(v))?;
            }
            Instr::YieldValue(wrapped) => {
                let v = self.frame().pop();
                self.exit_frame(Outcome::Yield(v, wrapped))?;
            }
            Instr::Send(target) => {
                let send_pc = (self.frame().pc - 1) as u32;
                let v = self.frame().pop();
                let recv = self.frame().peek(1);
                match &recv {
                    Value::Gen(g) => {
                        self.resume_gen(g.clone(), ResumeInput::Send(v), Cont::Send(send_pc))?
                    }
                    Value::Iter(i) => match self.native_next(i)? {
                        Some(x) => self.frame().push(x),
                        None => {
                            let f = self.frame();
                            f.pop();
                            f.push(Value::None);
                            f.pc = target as usize;
                        }
                    },
                    Value::Instance(i) => {
                        if let Some(r) =
                            crate::asyncio::send_native_awaitable(self, &recv, v.clone(), send_pc)
                        {
                            return r;
                        }
                        let t = i.class.borrow().clone();
                        let (name, args) = if matches!(v, Value::None) {
                            ("__next__", vec![])
                        } else {
                            ("send", vec![v])
                        };
                        match t.lookup(name) {
                            Some(f) => self.call(
                                bind(f, &recv, &t),
                                Args::new(args),
                                Cont::SendIter(send_pc),
                            )?,
                            None => {
                                return Err(exc(
                                    "AttributeError",
                                    format!("'{}' object has no attribute '{name}'", t.name),
                                ))
                            }
                        }
                    }
                    other => {
                        return Err(exc(
                            "TypeError",
                            format!("'{}' object is not an iterator", other.type_name()),
                        ))
                    }
                }
            }
            Instr::GetYieldFromIter => {
                let obj = self.frame().pop();
                match &obj {
                    Value::Gen(g) if g.kind == GenKind::Coroutine => {
                        return Err(exc(
                            "TypeError",
                            "cannot 'yield from' a coroutine object in a non-coroutine generator",
                        ));
                    }
                    Value::Gen(_) => self.frame().push(obj),
                    _ => {
                        let flow = self.iter_flow(&obj)?;
                        self.run_flow(flow, Cont::Push)?;
                    }
                }
            }
            Instr::GetAwaitable(kind) => {
                let obj = self.frame().pop();
                let flow = self.awaitable_flow(&obj, kind)?;
                self.run_flow(flow, Cont::Push)?;
            }
            Instr::Raise(n) => return self.do_raise(n),
            Instr::Reraise => {
                let e = self.frame().exc_stack.last().cloned();
                match e {
                    Some(e) => self.handle_exception(e, false),
                    None => return Err(exc("RuntimeError", "No active exception to reraise")),
                }
            }
            Instr::SetupExcept(h) => {
                let f = self.frame();
                let level = f.stack.len() as u32;
                f.blocks.push(Block {
                    kind: BlockKind::Except,
                    handler: h,
                    level,
                });
            }
            Instr::PopBlock => {
                self.frame().blocks.pop();
            }
            Instr::PushExcInfo => {
                let f = self.frame();
                let e = f.pop();
                f.exc_stack.push(e);
                let level = f.stack.len() as u32;
                f.blocks.push(Block {
                    kind: BlockKind::HandlerScope,
                    handler: 0,
                    level,
                });
            }
            Instr::PopExcept => {
                if self.recorder.enabled {
                    if let Some(e) = self.frame().exc_stack.last().cloned() {
                        self.rec_caught(&e); // recorder: a bare except / suppression
                    }
                }
                let f = self.frame();
                while let Some(b) = f.blocks.pop() {
                    if b.kind == BlockKind::HandlerScope {
                        break;
                    }
                }
                f.exc_stack.pop();
            }
            Instr::CheckExcMatch => {
                let t = self.frame().pop();
                let e = self
                    .frame()
                    .exc_stack
                    .last()
                    .cloned()
                    .unwrap_or(Value::None);
                let m = exception_matches(&e, &t)?;
                if m && self.recorder.enabled {
                    self.rec_caught(&e); // recorder
                }
                self.frame().push(Value::Bool(m));
            }
            Instr::CheckEgMatch(target) => {
                let t = self.frame().pop();
                let rest = self.frame().pop();
                let (matched, rest) = crate::exception_group::star_match(self, &rest, &t)?;
                let f = self.frame();
                f.push(rest);
                if matches!(matched, Value::None) {
                    f.pc = target as usize;
                } else {
                    if let Some(h) = f.exc_stack.last_mut() {
                        *h = matched.clone();
                    }
                    f.push(matched.clone());
                    if self.recorder.enabled {
                        self.rec_caught(&matched); // recorder
                    }
                }
            }
            Instr::PrepReraiseStar => {
                let f = self.frame();
                let rest = f.pop();
                let raised = f.pop();
                let orig = f.pop();
                let mut excs = match &raised {
                    Value::List(l) => l.borrow().to_vec(),
                    _ => Vec::new(),
                };
                excs.push(rest);
                let result = crate::exception_group::prep_reraise_star(self, &orig, &excs)?;
                let f = self.frame();
                while let Some(b) = f.blocks.pop() {
                    if b.kind == BlockKind::HandlerScope {
                        break;
                    }
                }
                f.exc_stack.pop();
                if !matches!(result, Value::None) {
                    self.handle_exception(result, false);
                }
            }
            Instr::LoadCurrentExc => {
                let e = self
                    .frame()
                    .exc_stack
                    .last()
                    .cloned()
                    .unwrap_or(Value::None);
                self.frame().push(e);
            }
            Instr::BeforeWith | Instr::BeforeAsyncWith => {
                let is_async = matches!(instr, Instr::BeforeAsyncWith);
                let mgr = self.frame().pop();
                let t = mgr.class();
                let (en, ex) = if is_async {
                    ("__aenter__", "__aexit__")
                } else {
                    ("__enter__", "__exit__")
                };
                let proto = if is_async {
                    "asynchronous context manager"
                } else {
                    "context manager"
                };
                let enter = t.lookup(en);
                let exit = t.lookup(ex);
                match (enter, exit) {
                    (Some(enter), Some(exit)) => {
                        self.frame().push(bind(exit, &mgr, &t));
                        self.call(bind(enter, &mgr, &t), Args::default(), Cont::Push)?;
                    }
                    (Some(_), None) => {
                        return Err(exc("TypeError", format!("'{}' object does not support the {proto} protocol (missed {ex} method)", t.name)));
                    }
                    _ => {
                        return Err(exc(
                            "TypeError",
                            format!("'{}' object does not support the {proto} protocol", t.name),
                        ))
                    }
                }
            }
            Instr::WithExceptStart => {
                let exit = self.frame().peek(1);
                let e = self
                    .frame()
                    .exc_stack
                    .last()
                    .cloned()
                    .unwrap_or(Value::None);
                let tb = if e
                    .exc_data()
                    .is_some_and(|d| !d.borrow().traceback.is_empty())
                {
                    Value::str("<traceback>")
                } else {
                    Value::None
                };
                let args = vec![Value::Type(e.class()), e, tb];
                self.call(exit, Args::new(args), Cont::Push)?;
            }
            Instr::GetAIter => {
                let obj = self.frame().pop();
                let flow = crate::asyncgen::aiter_flow(self, &obj, true)?;
                self.run_flow(flow, Cont::Push)?;
            }
            Instr::GetANext => {
                if self.recorder.enabled {
                    self.rec_track_iterator(); // recorder
                }
                let it = self.frame().peek(1);
                let flow = crate::asyncgen::anext_flow(self, &it, true)?;
                self.run_flow(flow, Cont::Push)?;
            }
            Instr::AnextDelivered => {
                if self.recorder.enabled {
                    self.rec_anext_delivered(); // recorder
                }
            }
            Instr::EndAsyncFor => {
                let e = self.frame().pop();
                if is_exc_instance(&e, "StopAsyncIteration") {
                    let it = self.frame().pop();
                    if self.recorder.enabled {
                        self.rec_caught(&e); // recorder: async for ends the loop
                        let iter = crate::recorder::iter_vm_id(&it);
                        let line = self.current_line();
                        self.recorder.anext_stopped(iter, line);
                    }
                } else {
                    self.handle_exception(e, false);
                }
            }
            Instr::BuildClass(_) | Instr::BuildClassKw(..) => {
                let (n, kwargs) = match instr {
                    Instr::BuildClassKw(n, ci) => {
                        let names = match self.frame().code.consts[ci as usize].clone() {
                            Value::Tuple(t) => t.to_vec(),
                            _ => Vec::new(),
                        };
                        let values = self.frame().pop_n(names.len());
                        let kwargs = names
                            .iter()
                            .zip(values)
                            .map(|(k, v)| (Rc::from(k.as_str().unwrap_or("?")), v))
                            .collect();
                        (n, kwargs)
                    }
                    Instr::BuildClass(n) => (n, Vec::new()),
                    _ => unreachable!(),
                };
                let bases = self.frame().pop_n(n as usize);
                let name = self.frame().pop();
                let body = self.frame().pop();
                let Value::Function(f) = body else {
                    return Err(exc("SystemError", "bad class body"));
                };
                let (bases, orig_bases) = super::class_protocol::resolve_mro_entries(self, bases)?;
                let ns = Rc::new(RefCell::new(new_attr_map()));
                if let Some(orig) = orig_bases {
                    ns.borrow_mut().insert(Rc::from("__orig_bases__"), orig);
                }
                let (metaclass, kwargs): (Vec<_>, Vec<_>) =
                    kwargs.into_iter().partition(|(k, _)| &**k == "metaclass");
                let name: Rc<str> = name.as_str().map(Rc::from).unwrap_or_else(|| Rc::from("?"));
                let explicit = metaclass.into_iter().next().map(|(_, m)| m);
                let abc_meta = match &explicit {
                    Some(meta) => crate::modules::abc::is_abc_meta(self, meta)?,
                    None => false,
                };
                let meta = if abc_meta {
                    crate::modules::abc::accept_metaclass(self, &ns)?;
                    None
                } else if explicit.is_none()
                    && bases
                        .iter()
                        .all(|b| matches!(b, Value::Type(t) if t.metaclass.is_none()))
                {
                    None
                } else {
                    super::metaclass::statement_metaclass(
                        self, explicit, &name, &bases, &ns, &kwargs,
                    )?
                };
                let mut frame = self.make_frame(&f, Args::default())?;
                frame.locals = Some(ns.clone());
                frame.cont = Cont::MakeClass(Box::new(ClassBuild {
                    name,
                    bases,
                    ns,
                    kwargs,
                    abc_meta,
                    meta,
                    outer: Cont::Push,
                }));
                self.push_frame(frame);
            }
            Instr::ImportName(i) => {
                let name = self.name(i);
                let m = crate::modules::import(self, &name)?;
                self.frame().push(Value::Module(m));
            }
            Instr::ImportFrom(i) => {
                let name = self.name(i);
                let m = self.frame().peek(1);
                let Value::Module(m) = m else {
                    return Err(exc("ImportError", "bad import"));
                };
                // `getattr(module, name)` first, a module-level `__getattr__` included (PEP 562);
                // an AttributeError falls back to the submodule, as in CPython.
                let found = match self.getattr_nested(&Value::Module(m.clone()), &name) {
                    Ok(v) => Some(v),
                    Err(e) if is_exc_instance(&e, "AttributeError") => None,
                    Err(e) => return Err(e),
                };
                match found {
                    Some(v) => self.frame().push(v),
                    None => {
                        let sub = format!("{}.{}", m.name, name);
                        match crate::modules::import(self, &sub) {
                            Ok(sm) => self.frame().push(Value::Module(sm)),
                            Err(e) if is_exc_instance(&e, "NotImplementedError") => return Err(e),
                            Err(_) => {
                                return Err(exc(
                                    "ImportError",
                                    format!(
                                        "cannot import name '{name}' from '{}' (unknown location)",
                                        m.name
                                    ),
                                ))
                            }
                        }
                    }
                }
            }
            Instr::ImportStar => {
                let m = self.frame().pop();
                if let Value::Module(m) = m {
                    let all: Vec<(Rc<str>, Value)> = m
                        .dict
                        .borrow()
                        .iter()
                        .filter(|(k, _)| !k.starts_with('_'))
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect();
                    let f = self.frame();
                    for (k, v) in all {
                        match &f.locals {
                            Some(ns) => {
                                ns.borrow_mut().insert(k, v);
                            }
                            None => {
                                f.globals.dict.borrow_mut().insert(k, v);
                            }
                        }
                    }
                }
            }
            Instr::LoadAssertionError => {
                let t = builtin_types().exc("AssertionError");
                self.frame().push(Value::Type(t));
            }
        }
        Ok(())
    }

    /// How CPython names a callable in call errors (`_PyObject_FunctionStr`):
    /// `module.qualname()` unless the module is `builtins`.
    fn callable_name(&mut self, func: &Value) -> String {
        let with_module = |module: &str, qualname: &str| {
            if module.is_empty() || module == "builtins" {
                format!("{qualname}()")
            } else {
                format!("{module}.{qualname}()")
            }
        };
        match func {
            Value::Function(f) => with_module(&f.globals.name, &f.qualname.borrow()),
            Value::Method(m) => self.callable_name(&m.func.clone()),
            Value::Native(n) if !n.owner.is_empty() => format!("{}.{}()", n.owner, n.name),
            Value::Native(n) => format!("{}()", n.name),
            Value::Type(t) => with_module(&t.module, &t.qualname),
            other => format!("{} object", other.type_name()),
        }
    }

    fn mapping_items(&mut self, m: &Value, for_call: bool) -> PyResult<Vec<(Value, Value)>> {
        match m {
            Value::Dict(d) => Ok(d.entries().into_iter().map(|e| (e.key, e.value)).collect()),
            Value::Instance(i) if i.class.borrow().lookup("keys").is_some() => {
                let keys_fn = self.getattr_nested(m, "keys")?;
                let keys = self.call_nested(keys_fn, Args::default())?;
                let keys = self.iterate_nested(&keys)?;
                let mut out = Vec::new();
                for k in keys {
                    let f = self.getitem_flow(m, &k)?;
                    let v = self.run_flow_nested(f)?;
                    out.push((k, v));
                }
                Ok(out)
            }
            other => Err(exc(
                "TypeError",
                if for_call {
                    format!(
                        "argument after ** must be a mapping, not {}",
                        other.type_name()
                    )
                } else {
                    format!("'{}' object is not a mapping", other.type_name())
                },
            )),
        }
    }

    fn make_exception(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Type(t) if t.kind == TypeKind::BaseException => {
                let flow = self.instantiate(t.clone(), Args::default())?;
                let inst = self.run_flow_nested(flow)?;
                if !inst.is_exception() {
                    return Err(exc(
                        "TypeError",
                        format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            self.repr_nested(&v)?,
                            inst.type_name()
                        ),
                    ));
                }
                Ok(inst)
            }
            _ if v.is_exception() => Ok(v),
            _ => Err(exc(
                "TypeError",
                "exceptions must derive from BaseException",
            )),
        }
    }

    fn do_raise(&mut self, n: u32) -> PyResult<()> {
        match n {
            0 => {
                match self.current_handled() {
                    Some(e) => self.handle_exception(e, false),
                    None => return Err(exc("RuntimeError", "No active exception to reraise")),
                }
                Ok(())
            }
            1 => {
                let v = self.frame().pop();
                let e = self.make_exception(v)?;
                Err(e)
            }
            _ => {
                let cause = self.frame().pop();
                let v = self.frame().pop();
                let e = self.make_exception(v)?;
                let cause = match cause {
                    Value::None => None,
                    c => match self.make_exception(c) {
                        Ok(c) => Some(c),
                        Err(_) => {
                            return Err(exc(
                                "TypeError",
                                "exception causes must derive from BaseException",
                            ))
                        }
                    },
                };
                if let Some(d) = e.exc_data() {
                    let mut d = d.borrow_mut();
                    d.cause = cause;
                    d.suppress_context = true;
                }
                Err(e)
            }
        }
    }

    /// The awaitable iterator of `obj` (for `await`, `async with` entry and exit).
    pub fn awaitable_flow(&mut self, obj: &Value, kind: u8) -> PyResult<Flow> {
        let bad = move |o: &Value| -> Value {
            match kind {
                1 => exc("TypeError", format!("'async with' received an object from __aenter__ that does not implement __await__: {}", o.type_name())),
                2 => exc("TypeError", format!("'async with' received an object from __aexit__ that does not implement __await__: {}", o.type_name())),
                _ => exc("TypeError", format!("object {} can't be used in 'await' expression", o.type_name())),
            }
        };
        match obj {
            Value::Gen(g) if g.kind == GenKind::Coroutine => {
                if g.frame.borrow().as_ref().is_some_and(|f| f.delegating) {
                    return Err(exc("RuntimeError", "coroutine is being awaited already"));
                }
                Ok(Flow::Value(obj.clone()))
            }
            Value::Instance(i) => {
                if let Some(v) = crate::asyncio::native_await_iter(self, obj) {
                    return Ok(Flow::Value(v));
                }
                let t = i.class.borrow().clone();
                match t.lookup("__await__") {
                    Some(f) => Ok(Flow::call(
                        bind(f, obj, &t),
                        vec![],
                        Then::map(|_, r| match &r {
                            Value::Gen(g) if g.kind == GenKind::Coroutine => {
                                Err(exc("TypeError", "__await__() returned a coroutine"))
                            }
                            Value::Gen(g) if g.kind == GenKind::Generator => Ok(Flow::Value(r)),
                            Value::Iter(_) => Ok(Flow::Value(r)),
                            Value::Instance(i) if i.class.borrow().lookup("__next__").is_some() => {
                                Ok(Flow::Value(r))
                            }
                            // `fut.__await__()` is the future itself here: it is its own await
                            // iterator (`asyncio::send_native_awaitable`), as CPython's
                            // FutureIter is.
                            _ if crate::asyncio::future::is_future(&r) => Ok(Flow::Value(r)),
                            other => Err(exc(
                                "TypeError",
                                format!(
                                    "__await__() returned non-iterator of type '{}'",
                                    other.type_name()
                                ),
                            )),
                        }),
                    )),
                    None => Err(bad(obj)),
                }
            }
            other => Err(bad(other)),
        }
    }

    /// `format(v, spec)` as a flow.
    /// `FormatValue` without a conversion when the value is an exact int, str or float and
    /// the spec (if any) a str: the text [`Vm::format_flow`] gives, computed without a flow.
    /// None (nothing popped) for any other operands.
    fn format_simple(&mut self, has_spec: bool) -> PyResult<Option<Value>> {
        let f = self.frame();
        let n = f.stack.len();
        let Some(at) = n.checked_sub(1 + has_spec as usize) else {
            return Ok(None);
        };
        if !matches!(f.stack[at], Value::Int(_) | Value::Str(_) | Value::Float(_))
            || (has_spec && !matches!(f.stack[n - 1], Value::Str(_)))
        {
            return Ok(None);
        }
        let spec = if has_spec { f.pop() } else { Value::None };
        let v = f.pop();
        let spec = spec.as_str().unwrap_or("");
        Ok(Some(match v {
            Value::Int(i) if spec.is_empty() => Value::Str(crate::builtins::int_to_str(i)),
            Value::Int(i) => match crate::builtins::format::format_int_decimal(self, i, spec)? {
                Some(s) => Value::Str(s),
                None => Value::string(crate::builtins::format::format_builtin(self, &v, spec)?),
            },
            Value::Str(_) if spec.is_empty() => v,
            _ => Value::string(crate::builtins::format::format_builtin(self, &v, spec)?),
        }))
    }

    pub fn format_flow(&mut self, v: &Value, spec: &Value) -> PyResult<Flow> {
        let spec_s = spec.as_str().unwrap_or("").to_string();
        if let Value::Instance(i) = v {
            let t = i.class.borrow().clone();
            if let Some(f) = user_method(&t, "__format__") {
                return Ok(Flow::call(
                    bind(f, v, &t),
                    vec![Value::string(spec_s)],
                    Then::identity(),
                ));
            }
            if spec_s.is_empty() {
                return self.str_flow(v);
            }
            if let Some(inner) = i.builtin_value() {
                let s = crate::builtins::format::format_builtin(self, inner, &spec_s)?;
                return Ok(Flow::Value(Value::string(s)));
            }
            return Err(exc(
                "TypeError",
                format!("unsupported format string passed to {}.__format__", t.name),
            ));
        }
        let s = crate::builtins::format::format_builtin(self, v, &spec_s)?;
        Ok(Flow::Value(Value::string(s)))
    }
}

/// `except T` matching: `t` may be a class or a tuple of classes.
pub fn exception_matches(e: &Value, t: &Value) -> PyResult<bool> {
    match t {
        Value::Type(t) => {
            if t.kind != TypeKind::BaseException {
                return Err(exc(
                    "TypeError",
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            Ok(e.class().is_subclass(t))
        }
        Value::Tuple(items) => {
            for it in items.iter() {
                if exception_matches(e, it)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(exc(
            "TypeError",
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}

#[allow(dead_code)]
fn unused(_: Value) -> Value {
    new_exception(builtin_types().exc("Exception"), vec![])
}
