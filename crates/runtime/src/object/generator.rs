//! Generator, coroutine and async generator objects. Each owns its frame while suspended; the
//! VM moves the frame onto its stack to resume it and back when it yields.
//!
//! Finalization: when the last reference to a suspended generator (or to a started, suspended
//! async generator, or to a never-awaited coroutine) is dropped, `Drop` moves the frame into a
//! fresh object and pushes that onto the VM's [`DropQueue`]; the VM closes it (or, for async
//! generators, hands it to the event loop's finalizer hook) at the next instruction boundary.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Value;
use crate::compiler::CodeObject;
use crate::vm::Frame;

/// Which kind of generator-like object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    /// `def` with `yield`.
    Generator,
    /// `async def`.
    Coroutine,
    /// `async def` with `yield`.
    AsyncGenerator,
}

/// Life-cycle state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenState {
    /// Created, not started.
    Created,
    /// Suspended at a `yield` (or an await).
    Suspended,
    /// Its frame is on the VM stack.
    Running,
    /// Returned, raised or closed.
    Finished,
}

/// Objects whose last reference was dropped while they still need finalizing.
#[derive(Default)]
pub struct DropQueue {
    /// Set when `items` is non-empty (cheap check per instruction).
    pub pending: Cell<bool>,
    /// The resurrected objects.
    pub items: RefCell<Vec<Value>>,
}

/// A generator, coroutine or async generator.
pub struct Generator {
    /// The kind.
    pub kind: GenKind,
    /// The suspended frame (None while running or when finished).
    pub frame: RefCell<Option<Box<Frame>>>,
    /// The state.
    pub state: Cell<GenState>,
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// The code (for names and line numbers).
    pub code: Rc<CodeObject>,
    /// A stable id for the recorder.
    pub id: u64,
    /// Async generators: an `asend`/`athrow` awaitable is in progress.
    pub running_async: Cell<bool>,
    /// Async generators: the event loop's first-iteration hook ran (finalizer installed).
    pub hooks_inited: Cell<bool>,
    /// Async generators: `aclose()` ran or the generator was exhausted.
    pub closed: Cell<bool>,
    /// Where to push this object's state if it is dropped while needing finalization.
    pub drop_queue: Option<Rc<DropQueue>>,
    /// True once finalization has been arranged (prevents a second resurrection).
    pub finalizing: Cell<bool>,
}

impl Generator {
    /// Creates a generator-like object around a fresh frame.
    pub fn new(kind: GenKind, frame: Box<Frame>, queue: Option<Rc<DropQueue>>) -> Generator {
        let code = frame.code.clone();
        Generator {
            kind,
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            code,
            frame: RefCell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            id: super::fresh_id(),
            running_async: Cell::new(false),
            hooks_inited: Cell::new(false),
            closed: Cell::new(false),
            drop_queue: queue,
            finalizing: Cell::new(false),
        }
    }

    /// Makes this finished object, which nothing else refers to, a fresh generator-like
    /// object of `kind` around `frame`: every field as [`Generator::new`] sets it (a new id;
    /// the drop queue kept), so it is indistinguishable from a new allocation.
    pub fn renew(&mut self, kind: GenKind, frame: Box<Frame>, name: &Rc<str>, qualname: &Rc<str>) {
        self.kind = kind;
        // The same code and names as last time (the commonest case: one `__anext__` made
        // again and again) are kept without a reference count up and down.
        if !Rc::ptr_eq(&self.code, &frame.code) {
            self.code = frame.code.clone();
        }
        *self.frame.get_mut() = Some(frame);
        self.state.set(GenState::Created);
        if !Rc::ptr_eq(&self.name, name) {
            self.name = name.clone();
        }
        if !Rc::ptr_eq(&self.qualname, qualname) {
            self.qualname = qualname.clone();
        }
        self.id = super::fresh_id();
        self.running_async.set(false);
        self.hooks_inited.set(false);
        self.closed.set(false);
        self.finalizing.set(false);
    }

    fn needs_finalizing(&self) -> bool {
        if self.finalizing.get() {
            return false;
        }
        match (self.kind, self.state.get()) {
            (GenKind::Generator, GenState::Suspended) => {
                self.frame.borrow().as_ref().is_some_and(|f| f.has_blocks())
            }
            (GenKind::Coroutine, GenState::Created) => true,
            (GenKind::Coroutine, GenState::Suspended) => {
                self.frame.borrow().as_ref().is_some_and(|f| f.has_blocks())
            }
            (GenKind::AsyncGenerator, GenState::Suspended) => self.hooks_inited.get(),
            _ => false,
        }
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        if !self.needs_finalizing() {
            return;
        }
        let Some(queue) = self.drop_queue.clone() else {
            return;
        };
        let frame = self.frame.borrow_mut().take();
        let revived = Generator {
            kind: self.kind,
            frame: RefCell::new(frame),
            state: Cell::new(self.state.get()),
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            code: self.code.clone(),
            id: self.id,
            running_async: Cell::new(false),
            hooks_inited: Cell::new(self.hooks_inited.get()),
            closed: Cell::new(self.closed.get()),
            drop_queue: Some(queue.clone()),
            finalizing: Cell::new(true),
        };
        queue.items.borrow_mut().push(Value::Gen(Rc::new(revived)));
        queue.pending.set(true);
    }
}
