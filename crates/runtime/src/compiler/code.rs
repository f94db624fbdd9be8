//! Code objects and the instruction set.

use std::rc::Rc;

use crate::object::Value;

/// Binary operators (also used for augmented assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `@`
    MatMul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
}

impl BinOp {
    /// The operator symbol, as error messages show it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
    /// The dunder names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Rich comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    /// The operator symbol.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    /// The dunder method name.
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    /// The reflected operator (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `~x`
    Invert,
    /// `not x`
    Not,
}

/// One VM instruction. Operands index the code object's tables or are jump targets
/// (instruction indices).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    /// Does nothing.
    Nop,
    /// Discards the top of the stack.
    PopTop,
    /// Pushes a copy of the n-th item (1 = top).
    Copy(u32),
    /// Swaps the top with the n-th item.
    Swap(u32),
    /// Pushes `consts[i]`.
    LoadConst(u32),
    /// Pushes local `varnames[i]`.
    LoadFast(u32),
    /// Stores into a local.
    StoreFast(u32),
    /// Deletes a local.
    DeleteFast(u32),
    /// Pushes the contents of cell/free slot i.
    LoadDeref(u32),
    /// Stores into cell/free slot i.
    StoreDeref(u32),
    /// Deletes the contents of a cell.
    DeleteDeref(u32),
    /// Pushes the cell object itself (to build closures).
    LoadClosure(u32),
    /// Class bodies: looks a free name up in the class namespace, then its cell.
    LoadClassDeref(u32, u32),
    /// Pushes global `names[i]` (then builtins).
    LoadGlobal(u32),
    /// Stores a global.
    StoreGlobal(u32),
    /// Deletes a global.
    DeleteGlobal(u32),
    /// Class bodies: namespace, then globals, then builtins.
    LoadName(u32),
    /// Stores into the class namespace.
    StoreName(u32),
    /// Deletes from the class namespace.
    DeleteName(u32),
    /// `obj.name`.
    LoadAttr(u32),
    /// `obj.name` about to be called by [`Instr::CallMethod`]: pushes the built-in method
    /// descriptor and `obj` when `obj` is a value of a built-in type whose class attribute
    /// `name` is a native method (no bound method is made), else `None` and what `LoadAttr`
    /// pushes (see `vm/method_call.rs`).
    LoadMethod(u32),
    /// `obj.name = v` (stack: v, obj).
    StoreAttr(u32),
    /// `del obj.name`.
    DeleteAttr(u32),
    /// A binary operator.
    Binary(BinOp),
    /// An augmented assignment operator (tries `__iop__` first).
    Inplace(BinOp),
    /// A unary operator.
    Unary(UnOp),
    /// A rich comparison.
    Compare(CmpOp),
    /// `is` (true) / `is not` (false... encoded as the flag `negate`).
    Is(bool),
    /// `in` / `not in` (flag: negate).
    Contains(bool),
    /// `obj[key]`.
    Subscr,
    /// `obj[key] = v` (stack: v, obj, key).
    StoreSubscr,
    /// `del obj[key]`.
    DeleteSubscr,
    /// Builds a slice from 2 or 3 items.
    BuildSlice(u32),
    /// Builds a tuple from n items.
    BuildTuple(u32),
    /// Builds a list.
    BuildList(u32),
    /// Builds a set.
    BuildSet(u32),
    /// Builds a set display of n constants the way CPython's folded frozenset constant
    /// produces it (see `Vm::const_set_display`).
    BuildConstSet(u32),
    /// The folded frozenset constant of a set display of n constants (a `for` iterable).
    BuildConstFrozenSet(u32),
    /// Builds a dict from n key/value pairs.
    BuildMap(u32),
    /// Concatenates n strings.
    BuildString(u32),
    /// Appends TOS to the list at depth i (after popping).
    ListAppend(u32),
    /// Adds TOS to the set at depth i.
    SetAdd(u32),
    /// Sets key/value (TOS1, TOS) into the dict at depth i.
    MapAdd(u32),
    /// Extends the list at depth i with the iterable TOS.
    ListExtend(u32),
    /// Updates the set at depth i with the iterable TOS.
    SetUpdate(u32),
    /// Updates the dict at depth i with the mapping TOS (`{**m}`).
    DictUpdate(u32),
    /// Like DictUpdate, rejecting duplicate keys (`f(**m)`).
    DictMerge(u32),
    /// Converts the list at TOS into a tuple.
    ListToTuple,
    /// Unpacks TOS into n values (pushed in reverse).
    UnpackSequence(u32),
    /// Unpacks with a starred target: (before, after).
    UnpackEx(u32, u32),
    /// f-string field: conversion (0 none, b's', b'r', b'a') and whether a spec is on the stack.
    FormatValue(u8, bool),
    /// Unconditional jump.
    Jump(u32),
    /// Pops; jumps if false.
    PopJumpIfFalse(u32),
    /// Pops; jumps if true.
    PopJumpIfTrue(u32),
    /// Jumps (keeping TOS) if false, else pops.
    JumpIfFalseOrPop(u32),
    /// Jumps (keeping TOS) if true, else pops.
    JumpIfTrueOrPop(u32),
    /// Replaces TOS with `iter(TOS)`.
    GetIter,
    /// Pushes the next value of the iterator at TOS, or pops it and jumps when exhausted.
    ForIter(u32),
    /// Calls with n positional arguments.
    Call(u32),
    /// Calls what [`Instr::LoadMethod`] pushed with n positional arguments.
    CallMethod(u32),
    /// Calls with n arguments, the last k of them keywords named by the tuple `consts[i]`.
    CallKw(u32, u32),
    /// Calls with an args tuple (and a kwargs dict if the flag is set).
    CallEx(bool),
    /// Makes a function from `functions[i]`; flags: 1 defaults tuple, 2 kwdefaults dict,
    /// 8 annotations dict, 4 closure tuple are on the stack (in that order).
    MakeFunction(u32, u8),
    /// Returns TOS.
    ReturnValue,
    /// Yields TOS (flag: an async generator's value, as opposed to an await's bare yield).
    YieldValue(bool),
    /// Delegation step: sends TOS into TOS1; on return, replaces both with the result and jumps.
    Send(u32),
    /// `iter()` for `yield from` (coroutines pass through).
    GetYieldFromIter,
    /// Replaces TOS with its awaitable iterator (flag for error wording: 0 await, 1 aenter, 2 aexit).
    GetAwaitable(u8),
    /// `raise` with n (0, 1 or 2) operands.
    Raise(u32),
    /// Re-raises the exception being handled without adding a traceback entry.
    Reraise,
    /// Pushes an exception handler block.
    SetupExcept(u32),
    /// Pops the innermost block.
    PopBlock,
    /// In a handler: moves the exception at TOS into the handled-exception stack.
    PushExcInfo,
    /// Leaves an exception handler (restores the previous handled exception).
    PopExcept,
    /// Pops an exception type (or tuple); pushes whether the handled exception matches.
    CheckExcMatch,
    /// Pushes the exception being handled.
    LoadCurrentExc,
    /// `except* T` (stack: rest, T): pops both; on a match pushes the new rest and the match
    /// (which becomes the handled exception), otherwise pushes the rest and jumps.
    CheckEgMatch(u32),
    /// End of an `except*` statement (stack: orig, raised list, rest): pops them, leaves the
    /// handler (as PopExcept) and raises what is left unhandled or was raised, if anything.
    PrepReraiseStar,
    /// Context manager entry: replaces the manager with its bound `__exit__` and `__enter__()`.
    BeforeWith,
    /// Async context manager entry: pushes bound `__aexit__` and `__aenter__()`.
    BeforeAsyncWith,
    /// Calls the `__exit__` at TOS with the handled exception (result pushed).
    WithExceptStart,
    /// Replaces TOS with `__aiter__()` of it.
    GetAIter,
    /// Pushes the awaitable `__anext__()` of the async iterator at TOS.
    GetANext,
    /// Handler of `async for`: ends the loop on StopAsyncIteration, re-raises otherwise.
    EndAsyncFor,
    /// Recorder marker after an `async for` step's await: the value (TOS) was delivered by
    /// the async iterator below it. Does nothing when recording is off.
    AnextDelivered,
    /// Builds a class: stack has the body function, the name and n bases.
    BuildClass(u32),
    /// Builds a class with keywords (`class T(Base, tag=1)`): stack has the body function, the
    /// name, n bases and the keyword values named by the tuple `consts[i]`.
    BuildClassKw(u32, u32),
    /// Imports the module `names[i]` and pushes it.
    ImportName(u32),
    /// Pushes attribute `names[i]` of the module at TOS.
    ImportFrom(u32),
    /// `from m import *` into the current namespace.
    ImportStar,
    /// Pushes AssertionError.
    LoadAssertionError,
    /// Inside a class body: stores `__class__` cell contents; no-op placeholder.
    SetupAnnotations,
}

/// Code object flags.
pub mod flags {
    /// `*args` parameter present.
    pub const VARARGS: u32 = 1;
    /// `**kwargs` parameter present.
    pub const VARKEYWORDS: u32 = 2;
    /// A generator function.
    pub const GENERATOR: u32 = 4;
    /// An `async def`.
    pub const COROUTINE: u32 = 8;
    /// An async generator.
    pub const ASYNC_GENERATOR: u32 = 16;
    /// A class body.
    pub const CLASS_BODY: u32 = 32;
    /// A module.
    pub const MODULE: u32 = 64;
    /// A list/set/dict comprehension (inlined in CPython 3.12: hidden from tracebacks).
    pub const INLINED_COMPREHENSION: u32 = 128;
}

/// A compiled code object.
#[derive(Default)]
pub struct CodeObject {
    /// `co_name`.
    pub name: Rc<str>,
    /// `co_qualname`.
    pub qualname: Rc<str>,
    /// The source file name.
    pub filename: Rc<str>,
    /// The instructions.
    pub instructions: Vec<Instr>,
    /// The source line of each instruction.
    pub lines: Vec<u32>,
    /// Constants.
    pub consts: Vec<Value>,
    /// Names (globals, attributes, imports).
    pub names: Vec<Rc<str>>,
    /// Local variable names (parameters first).
    pub varnames: Vec<Rc<str>>,
    /// Names of cells created by this code.
    pub cellvars: Vec<Rc<str>>,
    /// Names of free variables (closure cells).
    pub freevars: Vec<Rc<str>>,
    /// Cells initialised from parameters: (cell index, varname index).
    pub cell_params: Vec<(u32, u32)>,
    /// Nested code objects (for MakeFunction).
    pub functions: Vec<Rc<CodeObject>>,
    /// Positional parameter count (including positional-only).
    pub argcount: u32,
    /// Positional-only parameter count.
    pub posonlyargcount: u32,
    /// Keyword-only parameter count.
    pub kwonlyargcount: u32,
    /// Flags from [`flags`].
    pub flags: u32,
    /// Line of the `def`.
    pub first_line: u32,
    /// The docstring (`__doc__`): a first statement that is a plain string literal.
    pub doc: Option<Rc<str>>,
    /// Inline caches of the attribute instructions, per name (sized when compiled).
    pub attr_sites: crate::vm::attr_sites::AttrSites,
    /// Where each name was last found by a global load, per name (sized when compiled).
    pub global_sites: crate::vm::GlobalSites,
}

impl CodeObject {
    /// True if any of `f` is set.
    pub fn has(&self, f: u32) -> bool {
        self.flags & f != 0
    }
    /// Total number of parameters (including `*args`, `**kwargs`).
    pub fn total_params(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
            + self.has(flags::VARARGS) as usize
            + self.has(flags::VARKEYWORDS) as usize
    }
}
