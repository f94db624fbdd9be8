//! `str(x)` called with one positional argument (`Call(1)`), answered in the hot loops
//! without the call machinery (argument vector, `instantiate`, flow, delivery) when `x` is an
//! exact int or str: what `construct_builtin`'s own shortcut gives for them (the decimal
//! text, the str itself), which records no event and cannot fail. The callable is recognised
//! by what it is (the built-in `str` type), not by the name it was loaded under, so a
//! shadowed or rebound `str` takes the general path. (Built-in *functions* such as `len`
//! have direct entries instead: `builtins/direct.rs`.)

use super::Frame;
use crate::builtins::int_to_str;
use crate::object::{TypeKind, Value};

/// `Call(n)` in frame `f` when it is `str(x)` as above: the result replaces the callable
/// and the argument. False (nothing done) otherwise.
#[inline(never)]
pub(super) fn call_str_fast(f: &mut Frame, n: usize) -> bool {
    if n != 1 {
        return false;
    }
    let [.., Value::Type(t), arg] = &f.stack[..] else {
        return false;
    };
    if t.kind != TypeKind::Builtin || &*t.name != "str" {
        return false;
    }
    let result = match arg {
        Value::Int(i) => Value::Str(int_to_str(*i)),
        Value::Str(_) => arg.clone(),
        _ => return false,
    };
    let len = f.stack.len();
    f.stack.truncate(len - 2);
    f.stack.push(result);
    true
}
