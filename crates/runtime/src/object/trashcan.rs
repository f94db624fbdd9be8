//! Iterative dropping of nested containers (CPython's "trashcan"): Rust drops an `Rc` chain
//! recursively, so freeing a dict or instance chain a million levels deep would overflow the
//! stack and kill the process (or the wasm page). When a dict or an instance is freed, the
//! children it held alone are moved to a thread-local work list instead, and the outermost
//! drop empties that list in a loop; lists and tuples met while emptying it are taken apart
//! the same way.
//!
//! A chain made only of lists or tuples (`x = [x]` in a loop) is bounded by the drop of their
//! element storage instead (`items.rs`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{Instance, Value};

thread_local! {
    /// Values waiting to be dropped by the outermost drop.
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// True while a drop is emptying [`PENDING`].
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

/// True when dropping `v` would free a container (it holds the last strong reference, plus
/// `extra` references the caller knows about).
fn frees_a_container(v: &Value, extra: usize) -> bool {
    let count = match v {
        Value::List(l) => Rc::strong_count(l),
        Value::Tuple(t) => Rc::strong_count(t),
        Value::Dict(d) => Rc::strong_count(d),
        Value::Set(s) => Rc::strong_count(s),
        Value::Instance(i) => Rc::strong_count(i),
        _ => return false,
    };
    count <= 1 + extra
}

/// Drops `values` without recursing deeper than a constant depth: containers among them
/// are queued for the outermost drop.
pub fn drop_values(values: impl IntoIterator<Item = Value>) {
    // Other values are dropped here, before the work list is borrowed (their own drops may
    // queue more).
    let containers: Vec<Value> = values
        .into_iter()
        .filter(|v| frees_a_container(v, 0))
        .collect();
    if containers.is_empty() {
        return;
    }
    // During thread teardown the list is gone: the values then drop the ordinary way.
    if let Ok(()) = PENDING.try_with(|p| p.borrow_mut().extend(containers)) {
        drain();
    }
}

/// Empties the work list unless an outer drop already does.
fn drain() {
    if DRAINING.with(|d| d.replace(true)) {
        return;
    }
    while let Some(v) = PENDING.with(|p| p.borrow_mut().pop()) {
        take_apart(v);
    }
    DRAINING.with(|d| d.set(false));
}

/// Drops `v`; a list or tuple freed here has its children queued first.
fn take_apart(v: Value) {
    let children = match v {
        Value::List(l) => match Rc::try_unwrap(l) {
            Ok(cell) => cell.into_inner().into_vec(),
            Err(_) => return,
        },
        Value::Tuple(t) => match Rc::try_unwrap(t) {
            Ok(items) => items.into_vec(),
            Err(_) => return,
        },
        other => {
            drop(other);
            return;
        }
    };
    let containers: Vec<Value> = children
        .into_iter()
        .filter(|c| frees_a_container(c, 0))
        .collect();
    PENDING.with(|p| p.borrow_mut().extend(containers));
}

impl Drop for Instance {
    fn drop(&mut self) {
        // `items()` hands out clones: a child this instance held alone has two references.
        let attrs = self.dict.items();
        if attrs.iter().any(|(_, v)| frees_a_container(v, 1)) {
            let children: Vec<Value> = attrs.into_iter().map(|(_, v)| v).collect();
            // Remove the originals first, so the clones are the last references.
            for name in self.dict.names() {
                self.dict.remove(&name);
            }
            drop_values(children);
        }
    }
}
