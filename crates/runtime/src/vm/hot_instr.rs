//! The hottest instructions in their commonest cases, executed without entering the
//! general interpreter ([`Vm::exec`]): local, constant and global loads, stores to locals while
//! nothing is recorded, jumps on plain truth values, and int/float/str arithmetic and
//! comparisons. Each case does exactly what `exec` does for it; anything else (an unbound
//! local, an operand needing the full protocol...) is left to `exec`.

use super::fast_ops::{small_binop, small_compare};
use super::Vm;
use crate::compiler::Instr;
use crate::object::{Payload, Value};

impl Vm {
    /// Executes `instr` in the top frame if it is one of the fast cases; false (and nothing
    /// done) otherwise. `pc` has already been advanced past `instr`.
    #[inline(always)]
    pub(super) fn exec_hot(&mut self, instr: Instr) -> bool {
        let recording = self.recorder.enabled;
        let Some(f) = self.frames.last_mut() else {
            return false;
        };
        match instr {
            Instr::LoadFast(i) => match f.fast.get(i as usize) {
                Some(Some(v)) => {
                    let v = v.clone();
                    f.stack.push(v);
                    true
                }
                _ => false,
            },
            Instr::LoadConst(i) => match f.code.consts.get(i as usize) {
                Some(v) => {
                    let v = v.clone();
                    f.stack.push(v);
                    true
                }
                None => false,
            },
            // A global (or, at module level, a name), found in the module or the builtins.
            Instr::LoadGlobal(i) | Instr::LoadName(i)
                if matches!(instr, Instr::LoadGlobal(_)) || f.locals.is_none() =>
            {
                let Some(name) = f.code.names.get(i as usize) else {
                    return false;
                };
                let found = match self.global_cache.get(&f.globals, name) {
                    Some(v) => Some(v),
                    None => self.global_cache.get(&self.builtins, name),
                };
                match found {
                    Some(v) => {
                        f.stack.push(v);
                        true
                    }
                    None => false,
                }
            }
            Instr::StoreFast(i) if !recording && (i as usize) < f.fast.len() => {
                match f.stack.pop() {
                    Some(v) => {
                        f.fast[i as usize] = Some(v);
                        true
                    }
                    None => false,
                }
            }
            Instr::PopTop if !f.stack.is_empty() => {
                f.stack.pop();
                true
            }
            Instr::Jump(t) => {
                f.pc = t as usize;
                true
            }
            Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                let truth = match f.stack.last() {
                    Some(Value::Bool(b)) => *b,
                    Some(Value::Int(i)) => *i != 0,
                    Some(Value::None) => false,
                    _ => return false,
                };
                f.stack.pop();
                if truth == matches!(instr, Instr::PopJumpIfTrue(_)) {
                    f.pc = t as usize;
                }
                true
            }
            Instr::Binary(op) | Instr::Inplace(op) => {
                if let [.., a, b] = &f.stack[..] {
                    if let Some(r) = small_binop(op, a, b) {
                        f.stack.pop();
                        *f.stack.last_mut().expect("two operands") = r;
                        return true;
                    }
                }
                false
            }
            Instr::Compare(op) => {
                if let [.., a, b] = &f.stack[..] {
                    if let Some(r) = small_compare(op, a, b) {
                        f.stack.pop();
                        *f.stack.last_mut().expect("two operands") = Value::Bool(r);
                        return true;
                    }
                }
                false
            }
            // `obj.name` where the attribute cache says the class does not define the name:
            // the instance attribute, if it has one (else the general path).
            Instr::LoadAttr(i) => {
                let Some(Value::Instance(inst)) = f.stack.last() else {
                    return false;
                };
                if matches!(inst.payload, Payload::Super { .. })
                    || !f.code.attr_sites.load_hit(i, inst.class.borrow().version())
                {
                    return false;
                }
                let Some(v) = f.code.names.get(i as usize).and_then(|n| inst.dict.get(n)) else {
                    return false;
                };
                *f.stack.last_mut().expect("the receiver") = v;
                true
            }
            // `obj.name = v` while nothing is recorded, where the attribute cache says the
            // store is a plain instance attribute store.
            Instr::StoreAttr(i) if !recording => {
                let [.., _, Value::Instance(inst)] = &f.stack[..] else {
                    return false;
                };
                if !matches!(inst.payload, Payload::None)
                    || !f
                        .code
                        .attr_sites
                        .store_hit(i, inst.class.borrow().version())
                {
                    return false;
                }
                let Some(name) = f.code.names.get(i as usize) else {
                    return false;
                };
                let inst = inst.clone();
                f.stack.pop();
                let v = f.stack.pop().expect("the stored value");
                inst.dict.set(name, v);
                true
            }
            _ => false,
        }
    }
}
