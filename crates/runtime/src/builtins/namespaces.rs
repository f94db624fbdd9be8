//! `globals()` and `locals()`: snapshots of the calling frame's namespaces as dicts; and the
//! builtins that would run code outside the editor's program (`eval`, `exec`, `compile`) or
//! stop into a debugger or help screen (`breakpoint`, `help`), refused by name.
//!
//! `locals()` follows CPython 3.12: in a function, a new dict of the bound fast locals in
//! `co_varnames` order (a parameter kept in a cell at its own position), then the bound cell
//! variables, then the bound free variables; in a class body, its namespace; at module level,
//! the module's globals. Writing to the dict changes nothing in the frame, as in CPython 3.12.
//! Known gaps: each call makes a new dict (CPython 3.12 refreshes and returns the frame's one
//! dict, so a key added to it survives the next call; 3.13 behaves as here), and `globals()`
//! is a snapshot too (CPython's writes through).

use std::rc::Rc;

use super::arity;
use crate::compiler::code::flags;
use crate::object::dict::hash_str;
use crate::object::{Dict, Value};
use crate::vm::{Args, Frame, PyResult, Vm};

/// `globals()`: the calling frame's module namespace, copied into a dict.
pub fn globals_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("globals", &args, 0, 0)?;
    let d = Dict::new();
    if let Some(f) = vm.frames.last() {
        for (k, v) in f.globals.dict.borrow().iter() {
            d.insert_new(hash_str(k), Value::Str(k.clone()), v.clone());
        }
    }
    Ok(Value::Dict(Rc::new(d)))
}

/// `locals()`: the calling frame's local namespace, copied into a dict (see the module doc).
pub fn locals_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("locals", &args, 0, 0)?;
    let Some(f) = vm.frames.last() else {
        return globals_(vm, args);
    };
    if f.locals.is_none() && f.code.has(flags::MODULE) {
        return globals_(vm, args);
    }
    let d = Dict::new();
    let mut add = |name: &Rc<str>, v: &Value| {
        d.insert_new(hash_str(name), Value::Str(name.clone()), v.clone());
    };
    match &f.locals {
        Some(ns) => {
            for (k, v) in ns.borrow().iter() {
                add(k, v);
            }
        }
        None => function_locals(f, &mut add),
    }
    Ok(Value::Dict(Rc::new(d)))
}

/// Calls `add` with each bound local of the function frame `f`, in CPython 3.12's order.
fn function_locals(f: &Frame, add: &mut dyn FnMut(&Rc<str>, &Value)) {
    let code = &f.code;
    let cell_value = |i: usize| f.cells.get(i).and_then(|c| c.borrow().clone());
    // A parameter that is also a cell lives in its cell, listed at the parameter's place.
    let cell_of_param = |var: usize| {
        code.cell_params
            .iter()
            .find(|&&(_, v)| v as usize == var)
            .map(|&(c, _)| c)
    };
    for (i, name) in code.varnames.iter().enumerate() {
        let value = match f.fast.get(i) {
            Some(Some(v)) => Some(v.clone()),
            _ => cell_of_param(i).and_then(|c| cell_value(c as usize)),
        };
        if let Some(v) = value {
            add(name, &v);
        }
    }
    let n_cells = code.cellvars.len();
    for (i, name) in code.cellvars.iter().enumerate() {
        let is_param = code.cell_params.iter().any(|&(c, _)| c as usize == i);
        if let (false, Some(v)) = (is_param, cell_value(i)) {
            add(name, &v);
        }
    }
    for (i, name) in code.freevars.iter().enumerate() {
        if let Some(v) = cell_value(n_cells + i) {
            add(name, &v);
        }
    }
}

/// The NotImplementedError of a builtin the playground does not provide, and why.
fn refused(what: &str, why: &str) -> PyResult<Value> {
    Err(crate::object::exception::exc(
        "NotImplementedError",
        format!("aiterscope does not support {what}: {why}"),
    ))
}

/// `eval()`: refused.
pub fn eval_(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    refused(
        "eval()",
        "the playground runs only the program in the editor",
    )
}

/// `exec()`: refused.
pub fn exec_(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    refused(
        "exec()",
        "the playground runs only the program in the editor",
    )
}

/// `compile()`: refused.
pub fn compile_(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    refused(
        "compile()",
        "the playground runs only the program in the editor",
    )
}

/// `breakpoint()`: refused (the playground's controls step through the program instead).
pub fn breakpoint_(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    refused(
        "breakpoint()",
        "step through the program with the playground's controls",
    )
}

/// `help()`: refused.
pub fn help_(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    refused("help()", "there is no interactive help in the playground")
}
