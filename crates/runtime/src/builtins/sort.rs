//! A stable merge sort with a fallible comparison (user `__lt__` may raise or be inconsistent;
//! the standard library's sort may panic on inconsistent orders, this one never does).

use crate::compiler::CmpOp;
use crate::object::Value;
use crate::vm::{Args, PyResult, Vm};

/// Sorts `items` in place like `list.sort(key=..., reverse=...)`.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    if key.is_none() && sort_plain_in_place(items, reverse) {
        return Ok(());
    }
    let keys: Vec<Value> = match &key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                vm.announce_c_entry(k, crate::vm::c_stack::CEntry::SortKey);
                ks.push(vm.call_nested(k.clone(), Args::new(vec![it.clone()]))?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    if !sort_plain_keys(&keys, &mut idx) {
        let mut buf = idx.clone();
        merge_sort(vm, &keys, &mut idx, &mut buf)?;
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    if reverse {
        items.reverse();
    }
    Ok(())
}

/// Sorts `items` themselves (no key) when they are all exact ints or all strs, giving what
/// the index sort of [`sort_values`] gives: the ints by value (equal ints cannot be told
/// apart, so any order among them is the stable one), the strs with a stable sort, reversed
/// before and after for `reverse` as `sort_values` does. False (nothing done) otherwise.
fn sort_plain_in_place(items: &mut [Value], reverse: bool) -> bool {
    let int = |v: &Value| match v {
        Value::Int(x) => Some(*x),
        _ => None,
    };
    if items.iter().all(|v| int(v).is_some()) {
        let mut ints: Vec<i64> = items.iter().filter_map(int).collect();
        ints.sort_unstable();
        for (slot, x) in items.iter_mut().zip(ints) {
            *slot = Value::Int(x);
        }
    } else if items.iter().all(|v| matches!(v, Value::Str(_))) {
        if reverse {
            items.reverse();
        }
        // UTF-8 byte order is code point order, Python's order of strs.
        items.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
    } else {
        return false;
    }
    if reverse {
        items.reverse();
    }
    true
}

/// Sorts `idx` by `keys` when the keys are all exact ints or all strs: a total order that
/// runs no Python code, so any stable sort gives the permutation [`merge_sort`] gives. False
/// (nothing done) for any other keys.
fn sort_plain_keys(keys: &[Value], idx: &mut [usize]) -> bool {
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        idx.sort_by_key(|&i| match keys[i] {
            Value::Int(x) => x,
            _ => 0,
        });
        true
    } else if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        // UTF-8 byte order is code point order, Python's order of strs.
        idx.sort_by(|&a, &b| keys[a].as_str().cmp(&keys[b].as_str()));
        true
    } else {
        false
    }
}

fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => vm.compare_nested(CmpOp::Lt, a, b),
    }
}

fn merge_sort(vm: &mut Vm, keys: &[Value], idx: &mut [usize], buf: &mut [usize]) -> PyResult<()> {
    let n = idx.len();
    if n <= 1 {
        return Ok(());
    }
    if n <= 8 {
        for i in 1..n {
            let mut j = i;
            while j > 0 {
                let swap = less(vm, &keys[idx[j]], &keys[idx[j - 1]])?;
                if swap {
                    idx.swap(j, j - 1);
                    j -= 1;
                } else {
                    break;
                }
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    {
        let (l, r) = idx.split_at_mut(mid);
        let (bl, br) = buf.split_at_mut(mid);
        merge_sort(vm, keys, l, bl)?;
        merge_sort(vm, keys, r, br)?;
    }
    buf[..n].copy_from_slice(idx);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if less(vm, &keys[buf[j]], &keys[buf[i]])? {
            idx[k] = buf[j];
            j += 1;
        } else {
            idx[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        idx[k] = buf[i];
        i += 1;
        k += 1;
    }
    while j < n {
        idx[k] = buf[j];
        j += 1;
        k += 1;
    }
    Ok(())
}
