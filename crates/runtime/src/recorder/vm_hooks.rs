//! The recorder's hooks into the VM's instruction handlers: each is one call placed right
//! after the instruction did its work, reading back what changed. Every hook returns at once
//! when recording is off.

use std::rc::Rc;

use crate::object::Value;
use crate::vm::Vm;

use super::EventKind;

/// The message of an exception instance as `str(e)` shows it for the usual cases (one str
/// argument, or none); other arguments are shown as short reprs.
pub fn exception_message(e: &Value) -> String {
    let Some(data) = e.exc_data() else {
        return String::new();
    };
    let Ok(d) = data.try_borrow() else {
        return String::new();
    };
    match d.args.as_slice() {
        [] => String::new(),
        [Value::Str(s)] => s.to_string(),
        [one] => super::short_repr::short_text(one),
        many => super::short_repr::short_text(&Value::Tuple(Rc::new(many.to_vec()))),
    }
}

impl Vm {
    /// After `StoreFast(i)`: records the new value of the local.
    pub(crate) fn rec_store_fast(&mut self, i: u32) {
        if !self.recorder.enabled {
            return;
        }
        let Some(f) = self.frames.last() else { return };
        let (Some(Some(v)), Some(name)) = (f.fast.get(i as usize), f.code.varnames.get(i as usize))
        else {
            return;
        };
        self.recorder.store(f.rec_id, f.line(), name, v);
    }

    /// After `StoreDeref(i)`: records the new value of the cell or free variable.
    pub(crate) fn rec_store_deref(&mut self, i: u32) {
        if !self.recorder.enabled {
            return;
        }
        let Some(f) = self.frames.last() else { return };
        let i = i as usize;
        let code = &f.code;
        let name = if i < code.cellvars.len() {
            code.cellvars.get(i)
        } else {
            code.freevars.get(i - code.cellvars.len())
        };
        let (Some(name), Some(cell)) = (name, f.cells.get(i)) else {
            return;
        };
        let Some(v) = cell.borrow().clone() else {
            return;
        };
        self.recorder.store(f.rec_id, f.line(), name, &v);
    }

    /// After `StoreName(name)`: records the binding in the class namespace or, at module
    /// level, the global.
    pub(crate) fn rec_store_name(&mut self, name: &Rc<str>) {
        if !self.recorder.enabled {
            return;
        }
        let Some(f) = self.frames.last() else { return };
        let v = match &f.locals {
            Some(ns) => ns.borrow().get(&**name).cloned(),
            None => f.globals.dict.borrow().get(&**name).cloned(),
        };
        if let Some(v) = v {
            self.recorder.store(f.rec_id, f.line(), name, &v);
        }
    }

    /// After `StoreGlobal(name)`: records the global in the module frame.
    pub(crate) fn rec_store_global(&mut self, name: &Rc<str>) {
        if !self.recorder.enabled {
            return;
        }
        let Some(f) = self.frames.last() else { return };
        let v = f.globals.dict.borrow().get(&**name).cloned();
        if let Some(v) = v {
            let line = f.line();
            self.recorder.store_global(line, name, &v);
        }
    }

    /// Before `StoreAttr`: records `obj.name = v` when `obj` is a tracked async iterator.
    pub(crate) fn rec_attr_store(&mut self, obj: &Value, name: &Rc<str>, v: &Value) {
        if self.recorder.enabled && matches!(obj, Value::Instance(_)) {
            let line = self.current_line();
            self.recorder.attr_store(obj, line, name, v);
        }
    }

    /// Before `GetANext`: the iterator at the top of the stack is about to be asked for a
    /// value.
    pub(crate) fn rec_track_iterator(&mut self) {
        if let Some(it) = self.frames.last().and_then(|f| f.stack.last()) {
            let it = it.clone();
            self.recorder.track_iterator(&it);
        }
    }

    /// An exception was raised in (`caught == false`) or caught by (`true`) the top frame.
    pub(crate) fn rec_exception(&mut self, e: &Value, caught: bool) {
        if !self.recorder.enabled {
            return;
        }
        let line = self.current_line();
        let type_name = e.type_name();
        let message: Rc<str> = Rc::from(exception_message(e));
        self.recorder.emit(
            self.steps,
            line,
            EventKind::Exception {
                type_name,
                message,
                caught,
            },
        );
    }

    /// After the await of an `async for` step completed: the value is on top of the stack,
    /// the iterator below it.
    pub(crate) fn rec_anext_delivered(&mut self) {
        if !self.recorder.enabled {
            return;
        }
        let Some(f) = self.frames.last() else { return };
        let n = f.stack.len();
        if n < 2 {
            return;
        }
        let (it, v) = (&f.stack[n - 2], &f.stack[n - 1]);
        let id = match it {
            Value::Gen(g) => g.id,
            other => other.id() as u64,
        };
        let line = f.line();
        self.recorder.anext_value(id, line, v);
    }
}
