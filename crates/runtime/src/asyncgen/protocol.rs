//! The async iteration protocol: `aiter()`, `anext()`, and the GetAIter/GetANext steps of
//! `async for`, with CPython's error messages.

use crate::object::exception::exc;
use crate::object::{GenKind, Value};
use crate::vm::ops::bind;
use crate::vm::{Flow, PyResult, Then, Vm};

fn has_anext(v: &Value) -> bool {
    match v {
        Value::Gen(g) => g.kind == GenKind::AsyncGenerator,
        Value::Instance(i) => i.class.borrow().lookup("__anext__").is_some(),
        _ => false,
    }
}

fn iter_id(v: &Value) -> u64 {
    match v {
        Value::Gen(g) => g.id,
        other => other.id() as u64,
    }
}

fn record_aiter(vm: &mut Vm, it: &Value) {
    if vm.recorder.enabled {
        let line = vm.rec_line();
        vm.recorder.aiter(iter_id(it), it, line);
    }
}

/// `aiter(obj)` / the GetAIter step of `async for`.
pub fn aiter_flow(vm: &mut Vm, obj: &Value, from_async_for: bool) -> PyResult<Flow> {
    let t = obj.class();
    let aiter = match obj {
        Value::Gen(g) if g.kind == GenKind::AsyncGenerator => {
            record_aiter(vm, obj);
            return Ok(Flow::Value(obj.clone()));
        }
        Value::Instance(_) => t.lookup("__aiter__"),
        _ => None,
    };
    let Some(f) = aiter else {
        return Err(if from_async_for {
            exc(
                "TypeError",
                format!(
                    "'async for' requires an object with __aiter__ method, got {}",
                    t.name
                ),
            )
        } else {
            exc(
                "TypeError",
                format!("'{}' object is not an async iterable", t.name),
            )
        });
    };
    Ok(Flow::call(
        bind(f, obj, &t),
        vec![],
        Then::map(move |vm, r| {
            if !has_anext(&r) {
                return Err(if from_async_for {
                    exc("TypeError", format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", r.type_name()))
                } else {
                    exc(
                        "TypeError",
                        format!(
                            "aiter() returned not an async iterator of type '{}'",
                            r.type_name()
                        ),
                    )
                });
            }
            record_aiter(vm, &r);
            Ok(Flow::Value(r))
        }),
    ))
}

/// The GetANext step of `async for`: the awaitable of `it.__anext__()`.
pub fn anext_flow(vm: &mut Vm, it: &Value, from_async_for: bool) -> PyResult<Flow> {
    // recorder: an async generator's asend object reports its own call; a class-based
    // iterator's call is announced here and its coroutine watched until it finishes
    if vm.recorder.enabled && matches!(it, Value::Instance(_)) {
        vm.rec_anext_call(it);
    }
    match it {
        Value::Gen(g) if g.kind == GenKind::AsyncGenerator => {
            Ok(Flow::Value(super::agen_anext(vm, g)))
        }
        Value::Instance(i) => {
            let t = i.class.borrow().clone();
            let found = vm.class_anext(&t);
            // `async def __anext__(self)`: the coroutine directly (what the call below makes,
            // then hands to the continuation, which accepts any coroutine not yet awaited).
            if let Some(Value::Function(f)) = &found {
                if let Some(r) = vm.call_coroutine_with_receiver(f, it.clone()) {
                    let coro = r?;
                    if vm.recorder.enabled {
                        vm.rec_anext_result(it, &coro);
                    }
                    return Ok(Flow::Value(coro));
                }
            }
            let Some(f) = found else {
                return Err(exc(
                    "TypeError",
                    format!(
                        "'async for' requires an iterator with __anext__ method, got {}",
                        t.name
                    ),
                ));
            };
            let iter = it.clone();
            Ok(Flow::call(
                bind(f, it, &t),
                vec![],
                Then::map(move |vm, r| match vm.awaitable_flow(&r, 0) {
                    Ok(flow) => {
                        if vm.recorder.enabled {
                            vm.rec_anext_result(&iter, &r);
                        }
                        Ok(flow)
                    }
                    Err(e) if from_async_for => {
                        vm.recorder.anext_failed(iter_id(&iter));
                        let new = exc(
                            "TypeError",
                            format!(
                                "'async for' received an invalid object from __anext__: {}",
                                r.type_name()
                            ),
                        );
                        if let Some(d) = new.exc_data() {
                            let mut d = d.borrow_mut();
                            d.cause = Some(e);
                            d.suppress_context = true;
                        }
                        Err(new)
                    }
                    Err(e) => Err(e),
                }),
            ))
        }
        other => Err(exc(
            "TypeError",
            format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                other.type_name()
            ),
        )),
    }
}

/// `anext(it[, default])`.
pub fn anext_builtin(vm: &mut Vm, it: &Value, default: Option<Value>) -> PyResult<Flow> {
    if !has_anext(it) {
        return Err(exc(
            "TypeError",
            format!("'{}' object is not an async iterator", it.type_name()),
        ));
    }
    if let Some(d) = default {
        return Ok(Flow::Value(super::awaitables::new_anext_awaitable(
            it.clone(),
            d,
        )));
    }
    if let Value::Gen(g) = it {
        return Ok(Flow::Value(super::agen_anext(vm, g)));
    }
    let t = it.class();
    match t.lookup("__anext__") {
        Some(f) => {
            if !vm.recorder.enabled {
                return Ok(Flow::call(bind(f, it, &t), vec![], Then::identity()));
            }
            vm.rec_anext_call(it);
            let iter = it.clone();
            Ok(Flow::call(
                bind(f, it, &t),
                vec![],
                Then::map(move |vm, r| {
                    vm.rec_anext_result(&iter, &r);
                    Ok(Flow::Value(r))
                }),
            ))
        }
        None => Err(exc(
            "TypeError",
            format!("'{}' object is not an async iterator", t.name),
        )),
    }
}
