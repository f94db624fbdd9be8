//! Calls of natives through their direct entries (`object::DirectNative`,
//! `builtins/direct.rs`): `Call(n)` of a built-in function and `CallMethod(n)` of a built-in
//! value's method (`method_call.rs`) whose native has an entry for that many arguments run
//! it on the arguments where they lie on the stack, then replace the callable and the
//! arguments with the result. That is what the general call ends with (`call_native` then
//! `deliver` to `Cont::Push`), without moving the arguments into `Args`. When the entry
//! declines (`None`), nothing has changed and the general call follows.

use super::Vm;
use crate::object::list_pool::release_list;
use crate::object::{discard, Value};

impl Vm {
    /// Calls the native below the top `count` values of the current frame's stack with them
    /// as its positional arguments through its direct entry: true (the callable and the
    /// arguments replaced by the result) when it has one for `count` arguments that took the
    /// call, false with nothing done otherwise. A bound native (a receiver of its own) is
    /// left to the general call.
    #[inline]
    pub(super) fn call_direct(&mut self, count: usize) -> bool {
        let Some(f) = self.frames.last() else {
            return false;
        };
        let len = f.stack.len();
        let Some(at) = len.checked_sub(count + 1) else {
            return false;
        };
        let Value::Native(native) = &f.stack[at] else {
            return false;
        };
        if native.self_.is_some() {
            return false;
        }
        let direct = native.direct;
        let args = &f.stack[at + 1..];
        let result = match (args, direct.one, direct.two, direct.three) {
            ([a], Some(one), _, _) => one(self, a),
            ([a, b], _, Some(two), _) => two(self, a, b),
            ([a, b, c], _, _, Some(three)) => three(self, a, b, c),
            _ => None,
        };
        let Some(v) = result else {
            return false;
        };
        // The result takes the callable's slot; the callable and then the arguments are
        // dropped in stack order, as truncating the stack would.
        let stack = &mut self.frame().stack;
        let third = if count == 3 { stack.pop() } else { None };
        let second = if count >= 2 { stack.pop() } else { None };
        let first = stack.pop();
        if let Value::Native(native) = std::mem::replace(&mut stack[at], v) {
            drop(native);
        }
        if let Some(v) = first {
            release_argument(v);
        }
        if let Some(v) = second {
            release_argument(v);
        }
        if let Some(v) = third {
            release_argument(v);
        }
        true
    }
}

/// Drops an argument of a direct call; an empty list (`d.setdefault(k, [])` when `k` is
/// there) may be kept for the next `[]` (`object/list_pool.rs`).
#[inline(always)]
fn release_argument(v: Value) {
    match v {
        Value::List(l) => release_list(l),
        other => discard(other),
    }
}
