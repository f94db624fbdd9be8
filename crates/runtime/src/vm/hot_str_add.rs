//! `x + y` (`Binary(Add)` or `Inplace(Add)`) of two exact strs in the untraced hot loop
//! (`Vm::run_hot`): what `exec` gives for them through `Vm::binop_of_builtins` (the memory
//! caps checked for the joined length, then one new str), without leaving the loop. Kept out
//! of line: the loop reaches it only when an `Add` was not an int or float fast case. When
//! a cap would be exceeded nothing is done and `exec` raises the MemoryError.

use super::ops::concat_strs;
use super::Vm;
use crate::object::Value;

impl Vm {
    /// Replaces the top two values of the current frame's stack, two exact strs, with their
    /// concatenation: true, or false with nothing done when they are not two strs or the
    /// result would exceed a memory cap.
    #[inline(never)]
    pub(super) fn add_exact_strs(&mut self) -> bool {
        let Some(f) = self.frames.last() else {
            return false;
        };
        let [.., Value::Str(x), Value::Str(y)] = &f.stack[..] else {
            return false;
        };
        let total = x.len() + y.len();
        if total > self.max_alloc || self.check_bytes(total).is_err() {
            return false;
        }
        let joined = Value::Str(concat_strs(x, y));
        let stack = &mut self.frame().stack;
        stack.pop();
        if let Some(top) = stack.last_mut() {
            *top = joined;
        }
        true
    }
}
