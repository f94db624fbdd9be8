//! Method calls (`obj.name(args)`, compiled to `LoadMethod` + `CallMethod`).
//!
//! `LoadMethod(i)` on a value of a built-in type (str, list, dict, tuple, set, frozenset,
//! bytes) whose class attribute `name` is a native method pushes that method descriptor and
//! the receiver: `CallMethod(n)` then calls the native with the receiver and the `n`
//! arguments, as the bound method `LoadAttr` would make does (`ops::bind` of a native
//! prepends the receiver), without making one. On an instance whose class attribute `name`
//! is a Python function (known from `LoadAttr`'s method cache, `attr_sites.rs`) and which
//! has no attribute of that name, `LoadMethod` pushes the function and the receiver, and
//! `CallMethod(n)` calls the function with the receiver and the `n` arguments as
//! `Call(n + 1)` does: the bound method's call (receiver first) without making one; the hot
//! loop pushes the callee's frame directly (`hot_call.rs`). Every other `LoadMethod` pushes
//! `None` and then what `LoadAttr` pushes (the general attribute lookup, which may run
//! Python code), and `CallMethod` drops the `None` and calls as `Call` does. The method
//! descriptor and the function are never `None`, so the slot below the callable tells the
//! three apart. The instruction count, the lines and the errors are those of `LoadAttr` +
//! `Call`.
//!
//! The native found for a name is cached per site (`attr_sites::BuiltinMethodSite`) with the
//! class's version, so a changed class namespace is looked up again.

use super::attr_sites::BuiltinMethodSite;
use super::{take_args, Args, Cont, Frame, PyResult, Vm};
use crate::object::Value;

/// The kind of a receiver whose class is a fixed built-in type and whose attributes are
/// only its class's (no special value attributes but `__class__`), or `None`.
#[inline]
pub(super) fn receiver_kind(v: &Value) -> Option<u8> {
    Some(match v {
        Value::Str(_) => 1,
        Value::List(_) => 2,
        Value::Dict(_) => 3,
        Value::Tuple(_) => 4,
        Value::Set(s) if !s.frozen => 5,
        Value::Set(_) => 6,
        Value::Bytes(_) => 7,
        _ => return None,
    })
}

/// `LoadMethod(i)` in frame `f` when the receiver on top of the stack is a built-in value
/// and the site already knows its method: the descriptor and the receiver pushed. False
/// (nothing done) otherwise.
#[inline(always)]
pub(super) fn load_builtin_method_hit(f: &mut Frame, i: u32) -> bool {
    let Some(kind) = f.stack.last().and_then(receiver_kind) else {
        return false;
    };
    let Some(method) = f.code.attr_sites.builtin_hit(i, kind) else {
        return false;
    };
    let receiver = std::mem::replace(
        f.stack.last_mut().expect("the receiver"),
        Value::Native(method),
    );
    f.stack.push(receiver);
    true
}

impl Vm {
    /// `LoadMethod(i)`: see the module documentation.
    pub(super) fn load_method(&mut self, i: u32) -> PyResult<()> {
        if load_builtin_method_hit(self.frame(), i) {
            return Ok(());
        }
        let name = self.frame().code.names[i as usize].clone();
        let obj = self.frame().pop();
        if let Some(kind) = receiver_kind(&obj) {
            if &*name != "__class__" {
                let class = obj.class();
                if let Some(Value::Native(method)) = class.lookup(&name) {
                    self.frame().code.attr_sites.set_builtin(
                        i,
                        BuiltinMethodSite {
                            kind,
                            version: class.version(),
                            class,
                            method: method.clone(),
                        },
                    );
                    self.frame().push(Value::Native(method));
                    self.frame().push(obj);
                    return Ok(());
                }
            }
        }
        self.frame().push(Value::None);
        self.learn_attr_load(i, &obj, &name);
        let flow = self.getattr_flow(&obj, &name)?;
        self.run_flow(flow, Cont::Push)
    }

    /// `CallMethod(n)`: see the module documentation.
    pub(super) fn call_method(&mut self, n: usize) -> PyResult<()> {
        let stack = &mut self.frame().stack;
        let at = stack.len() - n;
        match stack[at - 2] {
            Value::None => {
                stack.remove(at - 2);
                return self.call_from_stack(n);
            }
            // A Python method and its receiver: the receiver is the first argument.
            Value::Function(_) => return self.call_from_stack(n + 1),
            _ => {}
        }
        // A built-in value's method: the receiver is the first argument.
        if self.call_direct(n + 1) {
            return Ok(());
        }
        let stack = &mut self.frame().stack;
        let pos = take_args(stack, at - 1, None);
        let Some(Value::Native(method)) = stack.pop() else {
            unreachable!("LoadMethod pushes a native method, a function or None below the callable")
        };
        self.call_native(&method, Args::from_pos(pos), Cont::Push)
    }
}
