//! What the symbol-table pass learns about each function-like scope and the code-generation
//! checks need: whether it is a coroutine and whether it is a generator.

use rustc_hash::FxHashMap as HashMap;

use ruff_text_size::TextRange;

/// CPython's `ste_coroutine` and `ste_generator` flags of one scope.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct ScopeFlags {
    /// `async def`, or the scope contains `await` or an asynchronous comprehension
    /// (which makes even a plain `def` a coroutine in CPython's symbol table).
    pub(crate) coroutine: bool,
    /// The scope contains `yield` or `yield from`.
    pub(crate) generator: bool,
}

/// Flags of every function, lambda and comprehension, keyed by the range of its node.
#[derive(Debug, Default)]
pub(crate) struct ScopeTable {
    flags: HashMap<(u32, u32), ScopeFlags>,
}

impl ScopeTable {
    fn key(range: TextRange) -> (u32, u32) {
        (range.start().into(), range.end().into())
    }

    /// Records the flags of the scope created by the node at `range`.
    pub(crate) fn insert(&mut self, range: TextRange, flags: ScopeFlags) {
        self.flags.insert(Self::key(range), flags);
    }

    /// The flags of the scope created by the node at `range` (default if unknown).
    pub(crate) fn get(&self, range: TextRange) -> ScopeFlags {
        self.flags
            .get(&Self::key(range))
            .copied()
            .unwrap_or_default()
    }
}
