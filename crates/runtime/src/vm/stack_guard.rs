//! The Rust stack under nested runs: a native that calls back into Python (`sorted(key=...)`,
//! `list(map(...))`, `sum(genexpr)`, a container's `repr`...) runs the VM loop again inside
//! its own Rust frame, so each level of such recursion holds a few KB of Rust stack (measured
//! in the native release build: 5.5-9.5 KB; `exec`'s frame alone is 4 KB). CPython's own
//! limit, the C budget modelled in `c_stack.rs`, stops that recursion at 300-750 levels; the
//! stack the CLI gives the VM ([`DEFAULT_MAX_STACK`] plus [`STACK_MARGIN`]) holds that many
//! levels. This guard is the backstop when it does not (a debug build, a smaller thread): past
//! the run's stack budget a nested run raises `RecursionError` instead of overflowing the
//! stack, which would abort the process.
//!
//! In the browser the binding limit is another stack: the JS engine runs wasm frames on its
//! own native stack (not configurable by a page), which wasm cannot measure, and which
//! overflows as a `RangeError` that Rust never sees and that leaves the module broken.
//! Measured in headless Chromium on the page's main thread (about 1 MB): `list(zip(map(f,
//! ...)))` recursion overflowed it at 710 levels, `list(filter(None, zip(map(f, ...), ...)))`
//! at 617; in the Web Worker the runtime runs in, that chain overflowed between 250 and 350
//! levels. So the wasm build also caps nested runs at [`DEFAULT_MAX_NESTED_RUNS`]: recursion
//! through natives stops there in the page with RecursionError, where CPython reaches
//! 300-750 levels (the native CLI does).

use std::cell::Cell;

/// Bytes of stack a run may use below the point where it started, by default: the wasm
/// page's stack (`-zstack-size` in `.cargo/config.toml`, 8 MiB) less [`STACK_MARGIN`] in the
/// browser; natively the stack the CLI runs the VM with (16 MiB) less the margin.
pub const DEFAULT_MAX_STACK: usize = if cfg!(target_arch = "wasm32") {
    (8 << 20) - STACK_MARGIN
} else {
    (16 << 20) - STACK_MARGIN
};

/// Nested runs allowed at once, by default: 200 in the browser (see the module doc), no
/// limit natively (the stack guard and the C budget apply).
pub const DEFAULT_MAX_NESTED_RUNS: usize = if cfg!(target_arch = "wasm32") {
    200
} else {
    usize::MAX
};

/// Stack kept free below the budget for the work after the last check: the rest of one
/// nested level, raising and formatting the RecursionError, a deep comparison's first levels.
pub const STACK_MARGIN: usize = 2 << 20;

thread_local! {
    /// The lowest stack address this thread's run may reach (0 while no run is active).
    static FLOOR: Cell<usize> = const { Cell::new(0) };
}

/// The address of a local of the caller: where the stack is now (it grows downwards, natively
/// and in wasm's shadow stack).
#[inline(always)]
fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// The outermost entry into the VM on this thread: it sets the floor `budget` bytes below the
/// current stack position, and clears it when dropped. Inner entries leave the floor alone.
#[must_use = "the floor is cleared when the scope is dropped"]
pub struct StackScope {
    outermost: bool,
}

impl StackScope {
    /// Enters the VM with `budget` bytes of stack to use.
    pub fn enter(budget: usize) -> StackScope {
        let outermost = FLOOR.with(|floor| {
            if floor.get() != 0 {
                return false;
            }
            floor.set(stack_address().saturating_sub(budget).max(1));
            true
        });
        StackScope { outermost }
    }
}

impl Drop for StackScope {
    fn drop(&mut self) {
        if self.outermost {
            FLOOR.with(|floor| floor.set(0));
        }
    }
}

/// True when the stack has grown past the current run's budget.
#[inline]
pub fn exhausted() -> bool {
    let floor = FLOOR.with(Cell::get);
    floor != 0 && stack_address() < floor
}
