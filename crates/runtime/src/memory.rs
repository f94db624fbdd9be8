//! Memory accounting (issue 8): how many bytes a run holds, checked against
//! [`crate::RunConfig::max_memory`] so that a memory bomb ends in `MemoryError` while the
//! process (or the browser tab) survives.
//!
//! Two checks share one cap:
//! - **before a large allocation** whose size is known (`[0] * n`, `'x' * n`, `s.ljust(n)`,
//!   format widths, `bytes(n)`, `list(range(n))`, ...) the VM calls [`crate::vm::Vm::check_bytes`]
//!   with the bytes it is about to request, so a single huge object is refused before the
//!   allocator sees it;
//! - **live bytes**: a program that grows by many small steps (`l.append` in a loop, `l = l + l`,
//!   `s += s`, a million small lists) is measured by [`CountingAllocator`], a global allocator
//!   that keeps a per-thread count of the bytes allocated and not yet freed. The VM compares
//!   the growth since the run started with the cap before large allocations and every
//!   [`LIVE_CHECK_INTERVAL`] steps.
//!
//! The counting allocator has to be installed by the final program
//! (`#[global_allocator] static A: CountingAllocator = CountingAllocator(System);` in the web
//! worker and the limits tests; the native CLI counts around mimalloc instead of the system
//! allocator); without it [`live_bytes`] stays 0 and only the first check applies.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Default cap on the bytes one run may hold (see [`crate::RunConfig::max_memory`]). A vector
/// growing by doubling may briefly need about three times the cap, which stays well inside
/// what a wasm32 page can allocate: headless Chromium grows one wasm memory to the wasm32
/// maximum of 4 GiB and the page keeps answering (`node tools/limits/wasm_memory_ceiling.mjs`).
pub const DEFAULT_MAX_MEMORY: usize = 512 << 20;

/// Steps between two checks of the live bytes against the cap (a power of two).
pub const LIVE_CHECK_INTERVAL: u64 = 1 << 12;

thread_local! {
    /// Bytes allocated minus bytes freed on this thread (may be negative on a thread that
    /// frees what another one allocated).
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

/// Bytes allocated and not yet freed on this thread since it started, as counted by
/// [`CountingAllocator`] (0 when it is not the global allocator).
pub fn live_bytes() -> isize {
    LIVE.try_with(Cell::get).unwrap_or(0)
}

/// Adds `delta` to this thread's live bytes (ignored during thread teardown).
fn count(delta: isize) {
    let _ = LIVE.try_with(|l| l.set(l.get().wrapping_add(delta)));
}

/// An allocator (the system's unless named) counting live bytes per thread for
/// [`live_bytes`]. The count is of the sizes asked for, so it does not depend on the
/// allocator's own overhead or on what it keeps cached.
pub struct CountingAllocator<A: GlobalAlloc = System>(pub A);

// SAFETY: every call is forwarded unchanged to the wrapped allocator; the counter is a plain
// `Cell` in a `const`-initialized thread local without a destructor, so updating it never
// allocates.
unsafe impl<A: GlobalAlloc> GlobalAlloc for CountingAllocator<A> {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = self.0.alloc(layout);
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = self.0.alloc_zeroed(layout);
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.0.dealloc(ptr, layout);
        count(-(layout.size() as isize));
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = self.0.realloc(ptr, layout, new_size);
        if !p.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        p
    }
}
