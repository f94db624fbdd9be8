//! Calls of natives through their direct entries (`object::DirectNative`,
//! `builtins/direct.rs`): `Call(n)` of a built-in function and `CallMethod(n)` of a built-in
//! value's method (`method_call.rs`) whose native has an entry for that many arguments run
//! it on the arguments where they lie on the stack, then replace the callable and the
//! arguments with the result. That is what the general call ends with (`call_native` then
//! `deliver` to `Cont::Push`), without moving the arguments into `Args`. When the entry
//! declines (`None`), nothing has changed and the general call follows.
//!
//! The entries need only the frame ([`call_direct_in_frame`]), so the recorded hot loop
//! calls them among its fast cases (`hot_instr.rs`) without leaving the frame's run of fast
//! cases; the untraced loop calls them from its frames loop (`Vm::call_direct`).

use super::{Frame, Vm};
use crate::object::list_pool::release_list;
use crate::object::{discard, DirectNative, Value};

impl Vm {
    /// Calls the native below the top `count` values of the current frame's stack with them
    /// as its positional arguments through its direct entry: true (the callable and the
    /// arguments replaced by the result) when it has one for `count` arguments that took the
    /// call, false with nothing done otherwise (see [`call_direct_in_frame`]).
    #[inline]
    pub(super) fn call_direct(&mut self, count: usize) -> bool {
        self.frames
            .last_mut()
            .is_some_and(|f| call_direct_in_frame(f, count))
    }
}

/// The position of the unbound native below the top `count` values of `f`'s stack and its
/// direct entries, if that is what lies there.
#[inline(always)]
fn direct_callable(f: &Frame, count: usize) -> Option<(usize, DirectNative)> {
    let at = f.stack.len().checked_sub(count + 1)?;
    let Value::Native(native) = &f.stack[at] else {
        return None;
    };
    if native.self_.is_some() {
        return None;
    }
    Some((at, native.direct))
}

/// The result of `direct`'s entry for `args`, if it has one for that many and it takes them.
#[inline(always)]
fn call_entry(direct: &DirectNative, args: &[Value]) -> Option<Value> {
    match (args, direct.one, direct.two, direct.three) {
        ([a], Some(one), _, _) => one(a),
        ([a, b], _, Some(two), _) => two(a, b),
        ([a, b, c], _, _, Some(three)) => three(a, b, c),
        _ => None,
    }
}

/// Whether the value below the top `count` values of `f`'s stack is an unbound native with
/// an entry for `count` arguments: a call [`call_direct_in_frame`] may take.
/// Inlined into the hot loop's check; the call itself is out of line.
#[inline(always)]
pub(super) fn frame_entry_below(f: &Frame, count: usize) -> bool {
    let len = f.stack.len();
    if len <= count {
        return false;
    }
    let Value::Native(native) = &f.stack[len - count - 1] else {
        return false;
    };
    let d = &native.direct;
    native.self_.is_none()
        && match count {
            1 => d.one.is_some(),
            2 => d.two.is_some(),
            3 => d.three.is_some(),
            _ => false,
        }
}

/// Calls the unbound native below the top `count` values of frame `f`'s stack with them as
/// its positional arguments through its direct entry (the frame alone: what the hot loops'
/// fast cases call): true (the callable and the arguments replaced by the result) when it
/// has one for `count` arguments that took the call, false with nothing done otherwise.
#[inline(never)]
pub(super) fn call_direct_in_frame(f: &mut Frame, count: usize) -> bool {
    let Some((at, direct)) = direct_callable(f, count) else {
        return false;
    };
    let Some(v) = call_entry(&direct, &f.stack[at + 1..]) else {
        return false;
    };
    finish_direct_call(&mut f.stack, at, v);
    true
}

/// Replaces the callable at `at` of `stack` with the result `v` and drops the callable and
/// then the arguments above it (at most three) in stack order, as truncating the stack would.
#[inline(always)]
fn finish_direct_call(stack: &mut Vec<Value>, at: usize, v: Value) {
    let third = if stack.len() > at + 3 {
        stack.pop()
    } else {
        None
    };
    let second = if stack.len() > at + 2 {
        stack.pop()
    } else {
        None
    };
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
