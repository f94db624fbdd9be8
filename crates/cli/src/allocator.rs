//! mimalloc as a Rust global allocator: the plain `mi_malloc`/`mi_realloc` entry points when
//! their natural alignment suffices (every Rust value the runtime allocates), the aligned ones
//! otherwise.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc,
    mi_zalloc_aligned,
};

/// The alignment of every block the plain entry points return: mimalloc's size classes are
/// whole words (a 24-byte block may be only 8-aligned, so 16 is not guaranteed).
const WORD_ALIGN: usize = std::mem::size_of::<usize>();

/// Whether a block from the plain entry points is aligned enough for `align`.
#[inline(always)]
fn plain_suffices(align: usize) -> bool {
    align <= WORD_ALIGN
}

/// The mimalloc allocator (the C library compiled into the binary by `libmimalloc-sys`).
pub struct Mimalloc;

// SAFETY: mimalloc's entry points satisfy the `GlobalAlloc` contract for the layouts each is
// used with: the plain ones return word-aligned blocks and serve only layouts aligned to at
// most a word, the aligned ones honour any power-of-two alignment; `mi_free` frees blocks
// from either, and `mi_realloc` keeps the block's alignment of at least a word.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if plain_suffices(layout.align()) {
            mi_malloc(layout.size()) as *mut u8
        } else {
            mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if plain_suffices(layout.align()) {
            mi_zalloc(layout.size()) as *mut u8
        } else {
            mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if plain_suffices(layout.align()) {
            mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}
