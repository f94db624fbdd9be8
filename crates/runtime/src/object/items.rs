//! `Items`: the element storage of lists and tuples, whose drop never recurses deeply.
//!
//! Rust frees an `Rc` chain recursively, so a chain of lists or tuples a million levels deep
//! (`x = [x]` in a loop, then `del x`) would overflow the stack when freed, killing the process
//! or the wasm page. Like CPython's trashcan, dropping an `Items` counts how many list/tuple
//! drops are already under way on this thread; past [`MAX_NESTED_DROPS`] it moves its elements
//! to a thread-local list instead of freeing them, and the outermost drop frees that list in a
//! loop. Dict and instance chains use the work list of `trashcan.rs`.

use std::cell::{Cell, RefCell};
use std::ops::{Deref, DerefMut};

use super::Value;

/// List/tuple drops allowed inside each other before the elements are deferred.
const MAX_NESTED_DROPS: usize = 64;

thread_local! {
    /// List/tuple drops under way on this thread.
    static DROP_DEPTH: Cell<usize> = const { Cell::new(0) };
    /// Elements whose freeing was deferred to the outermost drop.
    static DEFERRED: RefCell<Vec<Vec<Value>>> = const { RefCell::new(Vec::new()) };
}

/// The elements of a list or tuple: a `Vec<Value>` (it dereferences to one) whose drop
/// frees arbitrarily deep nesting without deep recursion.
#[derive(Clone)]
pub struct Items(Vec<Value>);

/// `Default` counts as a mutation of any container: `std::mem::take(&mut
/// *list.borrow_mut())` empties a list in place without going through `DerefMut`, and the new
/// value cannot tell which list.
impl Default for Items {
    fn default() -> Items {
        super::mutation_epoch::bump();
        Items(Vec::new())
    }
}

impl Items {
    /// Wraps a vector of elements.
    pub fn new(items: Vec<Value>) -> Items {
        Items(items)
    }

    /// Takes the elements out, leaving this storage empty.
    pub fn take_vec(&mut self) -> Vec<Value> {
        super::mutation_epoch::bump_at(self.storage_address());
        std::mem::take(&mut self.0)
    }

    /// Replaces all the elements (an in-place change of a list: use this, not an assignment
    /// through `borrow_mut`, which would not advance the mutation epoch).
    pub fn replace_all(&mut self, items: Vec<Value>) {
        super::mutation_epoch::bump_at(self.storage_address());
        // The old elements drop as an `Items` (deep nesting frees without deep recursion).
        drop(Items(std::mem::replace(&mut self.0, items)));
    }

    /// The address that names this storage in the mutation journal (`mutation_epoch`): a
    /// list's is where its `RefCell` keeps the `Items` (`RefCell::as_ptr`).
    #[inline(always)]
    pub fn storage_address(&self) -> usize {
        self as *const Items as usize
    }

    /// The elements as a vector.
    pub fn into_vec(mut self) -> Vec<Value> {
        self.take_vec()
    }
}

impl From<Vec<Value>> for Items {
    fn from(items: Vec<Value>) -> Items {
        Items(items)
    }
}

impl FromIterator<Value> for Items {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> Items {
        Items(iter.into_iter().collect())
    }
}

impl<'a> IntoIterator for &'a Items {
    type Item = &'a Value;
    type IntoIter = std::slice::Iter<'a, Value>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl Deref for Items {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.0
    }
}

impl DerefMut for Items {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        // Every in-place change of a list's elements passes here (see `mutation_epoch`).
        super::mutation_epoch::bump_at(self.storage_address());
        &mut self.0
    }
}

/// Drops the items last to first, as CPython frees a list's or tuple's items: what their
/// finalizers do (a dropped generator's `finally`) happens in that order.
fn drop_last_first(mut items: Vec<Value>) {
    while let Some(v) = items.pop() {
        drop(v);
    }
}

impl Drop for Items {
    fn drop(&mut self) {
        if self.0.is_empty() {
            return;
        }
        let depth = DROP_DEPTH.get();
        if depth >= MAX_NESTED_DROPS {
            let items = self.take_vec();
            // During thread teardown the list is gone: the elements then drop right here.
            let _ = DEFERRED.try_with(|d| d.borrow_mut().push(items));
            return;
        }
        DROP_DEPTH.set(depth + 1);
        drop_last_first(self.take_vec());
        if depth == 0 {
            // The outermost drop frees what deeper ones deferred (which may defer more).
            while let Some(items) = DEFERRED.try_with(|d| d.borrow_mut().pop()).ok().flatten() {
                drop_last_first(items);
            }
        }
        DROP_DEPTH.set(depth);
    }
}
