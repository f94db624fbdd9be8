//! An append-only list shared between folds: finished iterators and tasks, which never
//! change again, move here so that a keyframe's clone copies one pointer instead of every
//! iterator a long program ever made.

use std::rc::Rc;

struct Node<T> {
    item: T,
    next: Option<Rc<Node<T>>>,
}

/// A persistent stack (newest first). Cloning is O(1); clones share their common past.
pub(crate) struct Archive<T> {
    head: Option<Rc<Node<T>>>,
    len: usize,
}

impl<T> Clone for Archive<T> {
    fn clone(&self) -> Self {
        Archive {
            head: self.head.clone(),
            len: self.len,
        }
    }
}

impl<T> Default for Archive<T> {
    fn default() -> Self {
        Archive { head: None, len: 0 }
    }
}

impl<T> std::fmt::Debug for Archive<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Archive({} items)", self.len)
    }
}

impl<T> Archive<T> {
    /// Adds `item` (it becomes the newest).
    pub fn push(&mut self, item: T) {
        let next = self.head.take();
        self.head = Some(Rc::new(Node { item, next }));
        self.len += 1;
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.len
    }

    /// The items, newest first.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        std::iter::successors(self.head.as_deref(), |n| n.next.as_deref()).map(|n| &n.item)
    }
}

impl<T> Drop for Archive<T> {
    /// Unlinks iteratively: a long list must not overflow the stack when its last owner
    /// goes away.
    fn drop(&mut self) {
        let mut next = self.head.take();
        while let Some(node) = next {
            match Rc::try_unwrap(node) {
                Ok(mut n) => next = n.next.take(),
                Err(_) => break,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_the_past_and_long_lists_drop() {
        let mut a = Archive::default();
        for i in 0..3 {
            a.push(i);
        }
        let mut b = a.clone();
        b.push(3);
        assert_eq!(a.iter().copied().collect::<Vec<_>>(), [2, 1, 0]);
        assert_eq!(b.iter().copied().collect::<Vec<_>>(), [3, 2, 1, 0]);
        assert_eq!((a.len(), b.len()), (3, 4));
        let mut long = Archive::default();
        for i in 0..1_000_000 {
            long.push(i);
        }
        drop(long);
    }
}
