//! Stderr diagnostics of asyncio, in CPython's format: `Task exception was never retrieved`
//! and `Task was destroyed but it is pending!` (emitted when the Task object dies, which with
//! reference counting is a precise moment), `Exception in callback ...`, and the messages of
//! the default exception handler. Objects dying cannot reach the VM, so their reports wait in
//! a queue that the loop driver flushes at its next step (and the runtime at exit).

use std::cell::RefCell;

use super::future::{FutState, FutureObj};
use crate::object::Value;
use crate::vm::Vm;

/// A report queued by a dying future.
struct Pending {
    /// Header lines before the repr of the exception, if any.
    header: String,
    /// Appended after the header: ` exception=<repr>>`.
    exception: Option<Value>,
    /// Text closing the `future:` line when there is no exception (`>`).
    tail: String,
}

thread_local! {
    static QUEUE: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
}

/// Called from `Drop` of a Future/Task state.
pub fn future_dropped(f: &mut FutureObj) {
    if f.log_traceback && f.state == FutState::Finished {
        if let Some(e) = f.exception.take() {
            let header = match &f.task {
                // A task that finished during its eager start has dropped its coroutine.
                Some(t) if matches!(t.coro, Value::None) => format!(
                    "Task exception was never retrieved\nfuture: <Task finished name={}",
                    quote(&t.name)
                ),
                Some(t) => format!(
                    "Task exception was never retrieved\nfuture: <Task finished name={} coro=<{}>",
                    quote(&t.name),
                    super::task::format_coro(&t.coro)
                ),
                None => {
                    "Future exception was never retrieved\nfuture: <Future finished".to_string()
                }
            };
            push(Pending {
                header,
                exception: Some(e),
                tail: String::new(),
            });
        }
        return;
    }
    if f.state == FutState::Pending {
        if let Some(t) = &f.task {
            if t.log_destroy_pending {
                let header = format!(
                    "Task was destroyed but it is pending!\ntask: <Task pending name={} coro=<{}>",
                    quote(&t.name),
                    super::task::format_coro(&t.coro)
                );
                push(Pending {
                    header,
                    exception: None,
                    tail: ">".to_string(),
                });
            }
        }
    }
}

fn quote(v: &Value) -> String {
    match v {
        Value::Str(s) => format!("'{s}'"),
        other => format!("{}", other.type_name()),
    }
}

fn push(p: Pending) {
    QUEUE.with(|q| q.borrow_mut().push(p));
}

/// Writes the queued reports to stderr.
pub fn flush(vm: &mut Vm) {
    loop {
        let items: Vec<Pending> = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
        if items.is_empty() {
            return;
        }
        for p in items {
            let mut text = p.header;
            match &p.exception {
                Some(e) => {
                    let r = vm.repr_nested(e).unwrap_or_default();
                    text.push_str(&format!(" exception={r}>\n"));
                    text.push_str(&vm.format_exception(e));
                }
                None => {
                    text.push_str(&p.tail);
                    text.push('\n');
                }
            }
            vm.stderr.push_str(&text);
        }
    }
}

/// Discards queued reports (a new run starts on this thread).
pub fn clear() {
    QUEUE.with(|q| q.borrow_mut().clear());
}

/// The default exception handler: `message`, then the traceback of `e` if any.
pub fn log_error(vm: &mut Vm, message: &str, e: Option<&Value>) {
    let mut text = format!("{message}\n");
    if let Some(e) = e {
        text.push_str(&vm.format_exception(e));
    }
    vm.stderr.push_str(&text);
}

/// A callback raised: `Exception in callback f(args)` with its traceback.
pub fn exception_in_callback(vm: &mut Vm, what: &str, e: &Value) {
    log_error(
        vm,
        &format!("Exception in callback {what}\nhandle: <Handle {what}>"),
        Some(e),
    );
}
