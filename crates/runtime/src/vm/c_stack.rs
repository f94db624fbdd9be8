//! CPython 3.12's second recursion budget: the C stack.
//!
//! A Python-to-Python call costs CPython 3.12 nothing on the C stack (the interpreter inlines
//! it), but a Python frame entered *from C* — an `__init__` run by `type.__call__`, a
//! `__repr__` run by `repr()`, a generator resumed by `next()`, a key function run by
//! `sorted()` — is charged C units on top of its Python frame, against a budget of 1,500
//! (`Py_C_RECURSION_LIMIT`; the main module's own entry takes 2). So recursion through such a
//! path stops earlier than plain recursion: at 499 levels through `__init__`, 748 through
//! `next()` on a generator, 374 through `repr`.
//!
//! The model: every frame pushed with a native continuation (a frame whose result goes back
//! to Rust, as CPython's goes back to C) is charged the units of the path that entered it
//! ([`CEntry`]); the path also needs some transient headroom while its C function runs
//! (the builtin function's own frame). The unit counts were measured with CPython 3.12.1
//! (`crates/runtime/tests/recursion_depths.rs` holds the measured depths). Frames pushed
//! by Python code itself cost nothing, as in 3.12.

/// The budget left to a program after its module frame (1,500 less 2).
const C_BUDGET: u32 = 1_498;

/// The C path a Python frame is entered through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CEntry {
    /// A call 3.12 makes without leaving the interpreter although it looks implicit (a
    /// Python `__getitem__` for `[]`, a property getter): no C units.
    Inlined,
    /// Any other native caller (operators, attribute hooks, `map`/`filter`, `format`, `bool`):
    /// the interpreter re-entered from C.
    Generic,
    /// A dunder run by a builtin function (`len()`, `iter()`, `next()`), a generator resumed
    /// by `next()`.
    BuiltinDunder,
    /// `__init__` run by calling a class (`type.__call__`).
    Init,
    /// A rich comparison dunder (`__eq__`, `__lt__`...), `__hash__`, or `__call__` on an
    /// instance.
    Slot,
    /// `__str__` run by `str()`/`print()`.
    Str,
    /// `__repr__` run by `repr()`.
    Repr,
    /// A key function run by `sorted()`/`list.sort()`.
    SortKey,
}

impl CEntry {
    /// Units kept while the entered frame runs.
    fn cost(self) -> u32 {
        match self {
            CEntry::Inlined => 0,
            CEntry::Generic | CEntry::BuiltinDunder => 2,
            CEntry::Init | CEntry::Slot | CEntry::Str | CEntry::SortKey => 3,
            CEntry::Repr => 4,
        }
    }
    /// Extra units the path needs free while entering (not kept).
    fn headroom(self) -> u32 {
        match self {
            CEntry::Inlined | CEntry::Generic | CEntry::Init | CEntry::Slot => 0,
            CEntry::BuiltinDunder | CEntry::Str | CEntry::Repr | CEntry::SortKey => 2,
        }
    }
}

/// The C units in use, with the frames that hold them.
#[derive(Default)]
pub struct CStack {
    units: u32,
    /// (index of the frame on the VM's stack, units it holds), innermost last.
    holders: Vec<(usize, u32)>,
    /// The path announced for the next frame entered (see [`CStack::announce`]).
    pending: Option<CEntry>,
}

impl CStack {
    /// Announces that the next Python frame is entered through `entry` (called just before
    /// a native hands a Python function to the VM).
    pub fn announce(&mut self, entry: CEntry) {
        self.pending = Some(entry);
    }

    /// Whether a path was announced for the next frame entered: a call that finds one must
    /// go through [`CStack::charge`].
    #[inline]
    pub fn has_pending(&self) -> bool {
        self.pending.is_some()
    }

    /// The units the next frame costs, given whether its continuation is native; None when
    /// the budget is exhausted (the caller raises RecursionError).
    pub fn charge(&mut self, native_cont: bool) -> Option<u32> {
        let entry = match self.pending.take() {
            Some(e) => e,
            None if native_cont => CEntry::Generic,
            None => return Some(0),
        };
        if self.units + entry.cost() + entry.headroom() > C_BUDGET {
            return None;
        }
        Some(entry.cost())
    }

    /// Records that the frame at `index` holds `units`.
    pub fn hold(&mut self, index: usize, units: u32) {
        if units > 0 {
            self.units += units;
            self.holders.push((index, units));
        }
    }

    /// Releases the units of frames no longer on the stack (`depth` frames remain).
    pub fn release(&mut self, depth: usize) {
        while let Some(&(index, units)) = self.holders.last() {
            if index < depth {
                break;
            }
            self.units -= units;
            self.holders.pop();
        }
    }
}
