//! The open `__anext__` calls of a recording (per-run iterator id -> the consumer's line at
//! the call). Most of the time at most one call is open (an `async for` step announces a call
//! and its value closes it before the next), so the first open call sits in a slot of its
//! own and only calls opened while it is open go to a map: opening and closing the usual one
//! hashes nothing.

use rustc_hash::FxHashMap;

/// A map from per-run iterator ids to lines, with its first entry kept out of the hash map.
#[derive(Default)]
pub struct OpenCalls {
    /// One open call, if any (checked first).
    first: Option<(u32, u32)>,
    /// The other open calls (none of them `first`'s id).
    rest: FxHashMap<u32, u32>,
}

impl OpenCalls {
    /// Opens (or reopens at `line`) the call on `iter`.
    #[inline]
    pub fn insert(&mut self, iter: u32, line: u32) {
        match &mut self.first {
            Some((id, at)) if *id == iter => *at = line,
            Some(_) => {
                self.rest.insert(iter, line);
            }
            None if self.rest.contains_key(&iter) => {
                self.rest.insert(iter, line);
            }
            None => self.first = Some((iter, line)),
        }
    }

    /// Closes the call on `iter`: its line, if it was open.
    #[inline]
    pub fn remove(&mut self, iter: u32) -> Option<u32> {
        match self.first {
            Some((id, line)) if id == iter => {
                self.first = None;
                Some(line)
            }
            _ if self.rest.is_empty() => None,
            _ => self.rest.remove(&iter),
        }
    }

    /// True if the call on `iter` is open.
    #[inline]
    pub fn contains(&self, iter: u32) -> bool {
        matches!(self.first, Some((id, _)) if id == iter) || self.rest.contains_key(&iter)
    }

    /// True if no call is open.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.first.is_none() && self.rest.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::OpenCalls;

    #[test]
    fn behaves_as_a_map_whichever_slot_holds_a_call() {
        let mut calls = OpenCalls::default();
        assert!(calls.is_empty());
        calls.insert(1, 10);
        calls.insert(2, 20);
        calls.insert(1, 11);
        assert!(calls.contains(1) && calls.contains(2) && !calls.contains(3));
        assert_eq!(calls.remove(1), Some(11));
        assert!(!calls.is_empty());
        // 2 is in the map while the slot is free: reopening it stays there, once.
        calls.insert(2, 21);
        calls.insert(3, 30);
        assert_eq!(calls.remove(2), Some(21));
        assert_eq!(calls.remove(2), None);
        assert_eq!(calls.remove(3), Some(30));
        assert_eq!(calls.remove(3), None);
        assert!(calls.is_empty());
    }
}
