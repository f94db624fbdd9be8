//! A port of CPython's `heapq` (`heappush`, `heappop`, `heapify`, `_siftdown`, `_siftup`),
//! comparing items with `<` only, so that ties between timers break exactly as in CPython
//! (a binary heap is not FIFO: twelve equal `when`s come out in a fixed, non-insertion order).

/// Items ordered by a strict "less than".
pub trait HeapItem {
    /// `self < other`.
    fn lt(&self, other: &Self) -> bool;
}

/// `heapq.heappush`.
pub fn heappush<T: HeapItem>(heap: &mut Vec<T>, item: T) {
    heap.push(item);
    let last = heap.len() - 1;
    siftdown(heap, 0, last);
}

/// `heapq.heappop` (None on an empty heap, where CPython raises IndexError).
pub fn heappop<T: HeapItem>(heap: &mut Vec<T>) -> Option<T> {
    let last = heap.pop()?;
    if heap.is_empty() {
        return Some(last);
    }
    let top = std::mem::replace(&mut heap[0], last);
    siftup(heap, 0);
    Some(top)
}

/// `heapq.heapify`.
pub fn heapify<T: HeapItem>(heap: &mut [T]) {
    let n = heap.len();
    for i in (0..n / 2).rev() {
        siftup(heap, i);
    }
}

/// `heapq._siftdown`: moves the item at `pos` up towards `start` while it is smaller than
/// its parent.
fn siftdown<T: HeapItem>(heap: &mut [T], start: usize, mut pos: usize) {
    while pos > start {
        let parent = (pos - 1) >> 1;
        if heap[pos].lt(&heap[parent]) {
            heap.swap(pos, parent);
            pos = parent;
            continue;
        }
        break;
    }
}

/// `heapq._siftup`: moves the smaller child up until a leaf is reached, puts the item there,
/// then sifts it down (the "bottom-up" variant CPython uses).
fn siftup<T: HeapItem>(heap: &mut [T], mut pos: usize) {
    let end = heap.len();
    let start = pos;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !heap[child].lt(&heap[right]) {
            child = right;
        }
        heap.swap(pos, child);
        pos = child;
        child = 2 * pos + 1;
    }
    siftdown(heap, start, pos);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy)]
    struct T(f64, usize);
    impl HeapItem for T {
        fn lt(&self, o: &Self) -> bool {
            self.0 < o.0
        }
    }

    #[test]
    fn twelve_ties_pop_in_cpython_order() {
        // CPython: twelve tasks sleeping 1s each under gather wake in this order.
        let mut h = Vec::new();
        for i in 0..12 {
            heappush(&mut h, T(1.0, i));
        }
        let order: Vec<usize> = std::iter::from_fn(|| heappop(&mut h))
            .map(|t| t.1)
            .collect();
        assert_eq!(order, vec![0, 2, 6, 11, 10, 9, 8, 5, 7, 4, 1, 3]);
    }

    #[test]
    fn pops_in_sorted_order() {
        let mut h = Vec::new();
        for (i, w) in [5.0, 1.0, 4.0, 2.0, 3.0, 0.5].iter().enumerate() {
            heappush(&mut h, T(*w, i));
        }
        heapify(&mut h);
        let whens: Vec<f64> = std::iter::from_fn(|| heappop(&mut h))
            .map(|t| t.0)
            .collect();
        assert_eq!(whens, vec![0.5, 1.0, 2.0, 3.0, 4.0, 5.0]);
    }
}
