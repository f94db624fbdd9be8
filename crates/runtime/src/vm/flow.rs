//! Native continuations: a native operation that needs the result of Python code returns a
//! [`Flow`] naming the call and a [`Then`] closure to run on its result.

use std::rc::Rc;

use super::{Args, Outcome, PyResult, Vm};
use crate::object::{Generator, Value};

/// What to send into a resumed generator.
pub enum ResumeInput {
    /// `send(v)` / `next()`.
    Send(Value),
    /// `throw(exc)`.
    Throw(Value),
    /// `close()`.
    Close,
}

type OkFn = Box<dyn FnOnce(&mut Vm, Outcome) -> PyResult<Flow>>;
type ErrFn = Box<dyn FnOnce(&mut Vm, Value) -> Result<PyResult<Flow>, Value>>;

/// A native continuation.
pub struct Then {
    ok: OkFn,
    err: Option<ErrFn>,
}

impl Then {
    /// Continues with the value (returned or yielded) of the call.
    pub fn map(f: impl FnOnce(&mut Vm, Value) -> PyResult<Flow> + 'static) -> Box<Then> {
        Box::new(Then {
            ok: Box::new(move |vm, o| match o {
                Outcome::Return(v) | Outcome::Yield(v, _) => f(vm, v),
            }),
            err: None,
        })
    }
    /// Continues with the full outcome (return or yield).
    pub fn outcome(f: impl FnOnce(&mut Vm, Outcome) -> PyResult<Flow> + 'static) -> Box<Then> {
        Box::new(Then {
            ok: Box::new(f),
            err: None,
        })
    }
    /// Adds an exception handler: return `Ok(flow)` to handle it, `Err(exc)` to propagate.
    pub fn catch(
        mut self: Box<Self>,
        f: impl FnOnce(&mut Vm, Value) -> Result<PyResult<Flow>, Value> + 'static,
    ) -> Box<Then> {
        self.err = Some(Box::new(f));
        self
    }
    /// Passes the value through.
    pub fn identity() -> Box<Then> {
        Then::map(|_, v| Ok(Flow::Value(v)))
    }
}

/// The next step of a native operation.
pub enum Flow {
    /// Done, with this value.
    Value(Value),
    /// Call `func(args)` and continue with `then`.
    Call {
        /// The callee.
        func: Value,
        /// Its arguments.
        args: Args,
        /// The continuation.
        then: Box<Then>,
    },
    /// Resume a generator-like object and continue with `then`.
    Resume {
        /// The generator.
        gen: Rc<Generator>,
        /// What to send in.
        input: ResumeInput,
        /// The continuation (sees whether it yielded or returned).
        then: Box<Then>,
    },
}

impl Flow {
    /// Shorthand for `Flow::Call`.
    pub fn call(func: Value, args: Vec<Value>, then: Box<Then>) -> Flow {
        Flow::Call {
            func,
            args: Args::new(args),
            then,
        }
    }
}

#[allow(clippy::boxed_local)]
fn chain(then: Box<Then>, f: impl FnOnce(&mut Vm, Value) -> PyResult<Flow> + 'static) -> Box<Then> {
    let Then { ok, err } = *then;
    Box::new(Then {
        ok: Box::new(move |vm, o| {
            let next = ok(vm, o)?;
            vm.flow_then(next, f)
        }),
        err: err.map(|e| -> ErrFn { Box::new(move |vm, exc| e(vm, exc)) }),
    })
}

impl Vm {
    /// Applies a continuation to an outcome.
    pub fn apply_then(&mut self, then: Then, o: Outcome) -> PyResult<Flow> {
        (then.ok)(self, o)
    }

    /// Runs a flow's value through `f`, whether the flow is finished or not.
    pub fn flow_then(
        &mut self,
        flow: Flow,
        f: impl FnOnce(&mut Vm, Value) -> PyResult<Flow> + 'static,
    ) -> PyResult<Flow> {
        match flow {
            Flow::Value(v) => f(self, v),
            Flow::Call { func, args, then } => Ok(Flow::Call {
                func,
                args,
                then: chain(then, f),
            }),
            Flow::Resume { gen, input, then } => Ok(Flow::Resume {
                gen,
                input,
                then: chain(then, f),
            }),
        }
    }
}

/// Splits a continuation into its exception handler (if any), moving it out of its box
/// (no allocation).
#[allow(clippy::boxed_local)]
pub fn take_err(then: Box<Then>) -> (Then, Option<ErrFn>) {
    let Then { ok, err } = *then;
    (Then { ok, err: None }, err)
}

/// Runs an exception through a handler: `Ok(flow)` if handled.
pub fn handle_err(vm: &mut Vm, err: Option<ErrFn>, exc: Value) -> Result<PyResult<Flow>, Value> {
    match err {
        Some(f) => f(vm, exc),
        None => Err(exc),
    }
}
