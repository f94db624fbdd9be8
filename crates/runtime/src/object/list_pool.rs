//! One spare empty list object, so `d.setdefault(k, [])` in a loop does not allocate and free
//! a list each time (CPython keeps a free list of list objects for the same reason).
//!
//! [`discard`](super::discard) hands a list it drops here when nothing else refers to it (no
//! other strong or weak reference) and it holds no items and no storage: such a list's drop
//! frees its allocation and nothing else, so keeping it instead is unobservable (its address
//! would be reused by the allocator all the same). The next `[]` built by the hot loop takes
//! it. The spare stays counted in the run's memory, as the list was.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::items::Items;
use super::Value;

thread_local! {
    /// The spare empty list, if any.
    static SPARE: Cell<Option<Rc<RefCell<Items>>>> = const { Cell::new(None) };
}

/// A new empty list (`[]`): the spare list if there is one, else a new one.
#[inline]
pub fn new_empty_list() -> Value {
    match SPARE.try_with(Cell::take) {
        Ok(Some(list)) => Value::List(list),
        _ => Value::list(Vec::new()),
    }
}

/// Drops list `list`, or keeps it as the spare when that is unobservable (see the module
/// documentation).
#[inline(never)]
pub fn release_list(list: Rc<RefCell<Items>>) {
    let unshared = Rc::strong_count(&list) == 1 && Rc::weak_count(&list) == 0;
    if unshared && list.try_borrow().is_ok_and(|items| items.capacity() == 0) {
        // During thread teardown the list just drops.
        let _ = SPARE.try_with(|spare| drop(spare.replace(Some(list))));
        return;
    }
    drop(list);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether a spare list is kept (left kept).
    fn spare_kept() -> bool {
        SPARE.with(|s| {
            let spare = s.take();
            let kept = spare.is_some();
            s.set(spare);
            kept
        })
    }

    #[test]
    fn only_an_unshared_empty_list_without_storage_is_kept() {
        SPARE.with(|s| drop(s.take()));
        let Value::List(first) = new_empty_list() else {
            unreachable!()
        };
        let at = Rc::as_ptr(&first);
        release_list(first);
        assert!(spare_kept());
        let Value::List(again) = new_empty_list() else {
            unreachable!()
        };
        assert_eq!(Rc::as_ptr(&again), at, "the spare is handed out");
        assert!(!spare_kept());
        // Shared (by a weak reference here), or with storage: dropped, not kept.
        let weak = Rc::downgrade(&again);
        release_list(again);
        assert!(weak.upgrade().is_none());
        assert!(!spare_kept());
        let Value::List(emptied) = new_empty_list() else {
            unreachable!()
        };
        emptied.borrow_mut().push(Value::Int(1));
        emptied.borrow_mut().pop();
        release_list(emptied);
        assert!(!spare_kept());
        let held = new_empty_list();
        let Value::List(shared) = held.clone() else {
            unreachable!()
        };
        release_list(shared);
        assert!(!spare_kept());
    }
}
