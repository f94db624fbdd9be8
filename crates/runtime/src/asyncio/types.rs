//! The classes of the asyncio core: `Future`, `Task`, `Handle`, `TimerHandle`, the loop
//! class, `CancelledError` and `InvalidStateError` (shown as `asyncio.exceptions.X`).

use std::rc::Rc;

use crate::object::exception::new_exception;
use crate::object::types::{c3_mro, ClassParts};
use crate::object::{builtin_types, new_attr_map, TypeKind, TypeObject, Value};

/// The asyncio core classes of this thread.
pub struct AsyncioTypes {
    /// `asyncio.Future`.
    pub future: Rc<TypeObject>,
    /// `asyncio.Task`.
    pub task: Rc<TypeObject>,
    /// `asyncio.Handle`.
    pub handle: Rc<TypeObject>,
    /// `asyncio.TimerHandle`.
    pub timer_handle: Rc<TypeObject>,
    /// The event loop class (`_UnixSelectorEventLoop`, `asyncio.SelectorEventLoop`).
    pub event_loop: Rc<TypeObject>,
    /// `asyncio.AbstractEventLoop`, a base of the loop class.
    pub abstract_event_loop: Rc<TypeObject>,
    /// `asyncio.BaseEventLoop`, a base of the loop class.
    pub base_event_loop: Rc<TypeObject>,
    /// `asyncio.CancelledError` (a BaseException).
    pub cancelled_error: Rc<TypeObject>,
    /// `asyncio.InvalidStateError`.
    pub invalid_state_error: Rc<TypeObject>,
    /// The awaitable behind `sleep(0)` (one bare yield).
    pub sleep0: Rc<TypeObject>,
}

/// A built-in class with a module other than `builtins`.
pub fn new_class(
    name: &str,
    module: &str,
    bases: &[Rc<TypeObject>],
    kind: TypeKind,
) -> Rc<TypeObject> {
    TypeObject::from_parts(ClassParts {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from(module),
        bases: bases.to_vec(),
        mro: c3_mro(bases).unwrap_or_default(),
        dict: new_attr_map(),
        kind,
        builtin: true,
        subclassable: true,
        metaclass: None,
    })
}

fn build() -> AsyncioTypes {
    let b = builtin_types();
    let object = std::slice::from_ref(&b.object);
    let future = new_class("Future", "_asyncio", object, TypeKind::Native);
    let task = new_class(
        "Task",
        "_asyncio",
        std::slice::from_ref(&future),
        TypeKind::Native,
    );
    let handle = new_class("Handle", "asyncio.events", object, TypeKind::Native);
    let timer_handle = new_class(
        "TimerHandle",
        "asyncio.events",
        std::slice::from_ref(&handle),
        TypeKind::Native,
    );
    // The class CPython 3.12 runs on Linux (the virtual clock is invisible to programs),
    // with its bases.
    let abstract_event_loop = new_class(
        "AbstractEventLoop",
        "asyncio.events",
        object,
        TypeKind::Native,
    );
    let base_event_loop = new_class(
        "BaseEventLoop",
        "asyncio.base_events",
        std::slice::from_ref(&abstract_event_loop),
        TypeKind::Native,
    );
    let base_selector_event_loop = new_class(
        "BaseSelectorEventLoop",
        "asyncio.selector_events",
        std::slice::from_ref(&base_event_loop),
        TypeKind::Native,
    );
    let event_loop = new_class(
        "_UnixSelectorEventLoop",
        "asyncio.unix_events",
        std::slice::from_ref(&base_selector_event_loop),
        TypeKind::Native,
    );
    let cancelled_error = new_class(
        "CancelledError",
        "asyncio.exceptions",
        &[b.exc("BaseException")],
        TypeKind::BaseException,
    );
    let invalid_state_error = new_class(
        "InvalidStateError",
        "asyncio.exceptions",
        &[b.exc("Exception")],
        TypeKind::BaseException,
    );
    let sleep0 = new_class("_Sleep0", "asyncio", object, TypeKind::Native);
    let t = AsyncioTypes {
        future,
        task,
        handle,
        timer_handle,
        event_loop,
        abstract_event_loop,
        base_event_loop,
        cancelled_error,
        invalid_state_error,
        sleep0,
    };
    super::methods::install(&t);
    t
}

thread_local! {
    static TYPES: Rc<AsyncioTypes> = Rc::new(build());
}

/// The asyncio core classes.
pub fn asyncio_types() -> Rc<AsyncioTypes> {
    TYPES.with(|t| t.clone())
}

/// An exception of class `t` with a message.
pub fn new_exc(t: &Rc<TypeObject>, msg: &str) -> Value {
    new_exception(t.clone(), vec![Value::str(msg)])
}

/// A new `CancelledError` (with the cancel message as its argument, if any).
pub fn cancelled_error(msg: Option<Value>) -> Value {
    let t = asyncio_types().cancelled_error.clone();
    match msg {
        Some(m) => new_exception(t, vec![m]),
        None => new_exception(t, vec![]),
    }
}

/// True if `e` is a CancelledError (or a subclass instance).
pub fn is_cancelled_error(e: &Value) -> bool {
    e.is_exception() && e.class().is_subclass(&asyncio_types().cancelled_error)
}
