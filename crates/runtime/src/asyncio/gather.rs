//! The runner's internal gather (`gather(*children, return_exceptions=True)` as CPython 3.12
//! implements it: one `_done_callback` per child, the outer future's result set when the
//! last child finishes). Used to cancel the remaining tasks at the end of `asyncio.run` and to
//! close async generators in `shutdown_asyncgens()`; also exposed as `asyncio._gather_all`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::future::{self, DoneCallback, FutState};
use crate::object::Value;
use crate::vm::{PyResult, Vm};

/// The state shared by the children's callbacks.
pub struct Gathering {
    /// The outer future.
    pub outer: Value,
    /// The children in argument order.
    pub children: RefCell<Vec<Value>>,
    /// How many finished.
    pub finished: Cell<usize>,
}

/// Starts gathering `children` (futures or tasks); returns the outer future.
pub fn gather_all(vm: &mut Vm, children: Vec<Value>) -> PyResult<Value> {
    let outer = future::new_future();
    if children.is_empty() {
        future::set_result(vm, &outer, Value::list(vec![]))?;
        return Ok(outer);
    }
    let g = Rc::new(Gathering {
        outer: outer.clone(),
        children: RefCell::new(children.clone()),
        finished: Cell::new(0),
    });
    for c in &children {
        future::add_done_callback(vm, c, DoneCallback::Gather(g.clone()))?;
    }
    Ok(outer)
}

/// A child finished (`_done_callback` with `return_exceptions=True`).
pub fn child_done(vm: &mut Vm, g: Rc<Gathering>, _child: Value) {
    g.finished.set(g.finished.get() + 1);
    if future::state(&g.outer) != FutState::Pending {
        return;
    }
    let children = g.children.borrow().clone();
    if g.finished.get() < children.len() {
        return;
    }
    let mut results = Vec::with_capacity(children.len());
    for c in &children {
        let r = if future::state(c) == FutState::Cancelled {
            future::make_cancelled_error(c)
        } else {
            match future::exception(c) {
                Ok(Value::None) => future::result(c).unwrap_or(Value::None),
                Ok(e) => e,
                Err(e) => e,
            }
        };
        results.push(r);
    }
    let _ = future::set_result(vm, &g.outer, Value::list(results));
}
