//! Frames: the execution state of one code object activation.

use std::cell::RefCell;
use std::rc::Rc;

use super::Cont;
use crate::compiler::CodeObject;
use crate::object::function::CellRef;
use crate::object::{discard, AttrMap, Generator, Module, Value};

/// Kinds of blocks on a frame's block stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A `try` (or `with`/`async for`) handler: on exception, jump to `handler`.
    Except,
    /// Inside an exception handler: unwinding pops the handled-exception stack.
    HandlerScope,
}

/// One block.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    /// Its kind.
    pub kind: BlockKind,
    /// Handler instruction index.
    pub handler: u32,
    /// Value-stack depth to restore.
    pub level: u32,
}

/// A frame.
pub struct Frame {
    /// The code being run.
    pub code: Rc<CodeObject>,
    /// The next instruction.
    pub pc: usize,
    /// The value stack.
    pub stack: Vec<Value>,
    /// Fast locals (None = unbound).
    pub fast: Vec<Option<Value>>,
    /// Cells then free variables.
    pub cells: Vec<CellRef>,
    /// The module namespace.
    pub globals: Rc<Module>,
    /// The class namespace of a class body.
    pub locals: Option<Rc<RefCell<AttrMap>>>,
    /// The block stack.
    pub blocks: Vec<Block>,
    /// Exceptions being handled (innermost last).
    pub exc_stack: Vec<Value>,
    /// What to do with this frame's result.
    pub cont: Cont,
    /// The generator owning this frame while it runs.
    pub gen: Option<Rc<Generator>>,
    /// Suspended at the yield of a delegation loop (`yield from`/`await`).
    pub delegating: bool,
    /// Last line reported to the recorder.
    pub last_line: u32,
    /// The recorder's per-run id of this frame (0 until first pushed while recording).
    pub rec_id: u32,
    /// A scheduler frame (the asyncio event loop driver) rather than Python code.
    pub driver: bool,
}

/// Fills a frame's locals with unbound slots up to `nvars`: pushes, not `Vec::resize` (a
/// generic call that clones the filler per slot).
#[inline(always)]
pub fn fill_unbound(fast: &mut Vec<Option<Value>>, nvars: usize) {
    while fast.len() < nvars {
        fast.push(None);
    }
}

impl Frame {
    /// A frame for a module body.
    pub fn new_module(code: Rc<CodeObject>, globals: Rc<Module>) -> Frame {
        Frame::new(code, globals, Vec::new(), Vec::new())
    }

    /// A frame with the given locals and cells.
    pub fn new(
        code: Rc<CodeObject>,
        globals: Rc<Module>,
        fast: Vec<Option<Value>>,
        cells: Vec<CellRef>,
    ) -> Frame {
        Frame {
            code,
            pc: 0,
            stack: Vec::with_capacity(8),
            fast,
            cells,
            globals,
            locals: None,
            blocks: Vec::new(),
            exc_stack: Vec::new(),
            cont: Cont::Push,
            gen: None,
            delegating: false,
            last_line: 0,
            rec_id: 0,
            driver: false,
        }
    }

    /// The line of the instruction being executed (or about to be).
    pub fn line(&self) -> u32 {
        let i = self.pc.saturating_sub(1);
        self.code
            .lines
            .get(i)
            .copied()
            .unwrap_or(self.code.first_line)
    }

    /// True if the frame has active try/with blocks (a `finally` could run on close).
    pub fn has_blocks(&self) -> bool {
        !self.blocks.is_empty()
    }

    /// Pops the top of the value stack (None when it is empty).
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        // Not `unwrap_or(Value::None)`: that makes the default and drops it on every pop.
        match self.stack.pop() {
            Some(v) => v,
            None => Value::None,
        }
    }

    /// Peeks at the n-th item from the top (1 = top).
    #[inline]
    pub fn peek(&self, n: usize) -> Value {
        let len = self.stack.len();
        if n == 0 || n > len {
            return Value::None;
        }
        self.stack[len - n].clone()
    }

    /// Sets the continuation, skipping the general drop of the old one when it owns nothing
    /// (the commonest: a pooled or suspended frame's `Push`/`Discard`, a delegation's `Send`).
    #[inline(always)]
    pub fn set_cont(&mut self, cont: Cont) {
        let old = std::mem::replace(&mut self.cont, cont);
        if matches!(old, Cont::Push | Cont::Discard | Cont::Send(_)) {
            std::mem::forget(old);
        } else {
            drop(old);
        }
    }

    /// Pushes a value: written in place when there is room (the commonest case, kept inline:
    /// `Vec::push` is often left out of line in the large hot loop), the buffer grown out of
    /// line otherwise.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        let len = self.stack.len();
        if len == self.stack.capacity() {
            grow_stack(&mut self.stack);
        }
        self.stack.spare_capacity_mut()[0].write(v);
        // SAFETY: the slot at `len` (within capacity) was just initialized.
        unsafe { self.stack.set_len(len + 1) };
    }

    /// Moves the top of `callee`'s value stack (`None` when it is empty, as [`Frame::pop`]
    /// gives) onto this frame's: a returning frame's result handed to its caller.
    #[inline(always)]
    pub fn push_result_of(&mut self, callee: &mut Frame) {
        let Some(top) = callee.stack.len().checked_sub(1) else {
            self.push(Value::None);
            return;
        };
        let len = self.stack.len();
        if len == self.stack.capacity() {
            grow_stack(&mut self.stack);
        }
        // SAFETY: `callee.stack[top]` is initialized and is read once: `callee.stack` is
        // shortened past it before anything else runs, so it has one owner, now the slot at
        // `len` of this stack, which is within capacity (grown above when full) and becomes
        // part of the stack. The two stacks are distinct vectors (two frames), so the slots
        // do not overlap. (One copy of the value instead of a pop and a push through a
        // temporary.)
        unsafe {
            callee.stack.set_len(top);
            let from = callee.stack.as_ptr().add(top);
            self.stack
                .as_mut_ptr()
                .add(len)
                .copy_from_nonoverlapping(from, 1);
            self.stack.set_len(len + 1);
        }
    }

    /// Clears everything the frame holds for Python (values, cells, blocks, its generator
    /// and continuation) so its buffers can be reused by the next call (see [`FramePool`]).
    /// Locals are dropped first to last, as `Vec::clear` does (immediates without the general
    /// drop); empty buffers are skipped without the general drop loop.
    #[inline(always)]
    fn release_contents(&mut self) {
        if !self.stack.is_empty() {
            self.stack.clear();
        }
        for slot in self.fast.iter_mut() {
            if let Some(v) = slot.take() {
                discard(v);
            }
        }
        // SAFETY: every slot was just emptied and `Option::None` owns nothing, so no drop is
        // skipped; `clear` would walk the locals a second time to drop nothing.
        unsafe { self.fast.set_len(0) };
        if !self.cells.is_empty() {
            self.cells.clear();
        }
        // Checked first: most frames hold none of these, and assigning runs drop code.
        if self.locals.is_some() {
            self.locals = None;
        }
        self.blocks.clear();
        if !self.exc_stack.is_empty() {
            self.exc_stack.clear();
        }
        if !matches!(self.cont, Cont::Push) {
            self.cont = Cont::Push;
        }
        if self.gen.is_some() {
            self.gen = None;
        }
    }

    /// Pops n values in push order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let len = self.stack.len();
        let at = len.saturating_sub(n);
        self.stack.split_off(at)
    }
}

/// Makes room for one more value on a full value stack ([`Frame::push`]'s rare case).
#[cold]
#[inline(never)]
fn grow_stack(stack: &mut Vec<Value>) {
    stack.reserve(1);
}

/// Most frames a [`FramePool`] keeps for reuse.
const FRAME_POOL_CAP: usize = 256;

/// Finished frames kept for reuse, so a Python call costs no allocation for its frame box,
/// value stack, locals or cells once the pool is warm.
#[derive(Default)]
pub struct FramePool {
    // Boxed as the frame stack and generators hold them: a frame moves between the three
    // without being copied.
    #[allow(clippy::vec_box)]
    free: Vec<Box<Frame>>,
}

impl FramePool {
    /// A fresh frame running `code` in `globals`: a recycled one when available (one that
    /// last ran the same code or module keeps its reference instead of trading it for a new
    /// one). Its `fast` and `cells` are empty; the caller fills them.
    #[inline(always)]
    pub fn take(&mut self, code: &Rc<CodeObject>, globals: &Rc<Module>) -> Box<Frame> {
        match self.free.pop() {
            Some(mut f) => {
                if !Rc::ptr_eq(&f.code, code) {
                    f.code = code.clone();
                }
                if !Rc::ptr_eq(&f.globals, globals) {
                    f.globals = globals.clone();
                }
                f.pc = 0;
                f.delegating = false;
                f.last_line = 0;
                f.rec_id = 0;
                f.driver = false;
                f
            }
            None => Box::new(Frame::new(
                code.clone(),
                globals.clone(),
                Vec::new(),
                Vec::new(),
            )),
        }
    }

    /// Takes back a finished frame: its contents are dropped now, its buffers kept.
    #[inline(always)]
    pub fn give(&mut self, mut frame: Box<Frame>) {
        frame.release_contents();
        if self.free.len() < FRAME_POOL_CAP {
            self.free.push(frame);
        }
    }
}
