//! asyncio's library layer on top of the async core (`crate::asyncio`): Lock, Event,
//! Condition, Semaphore, Barrier, Queue and friends, a standalone StreamReader, asyncio's own
//! exceptions, gather, shield, wait, wait_for, as_completed,
//! timeout, TaskGroup, to_thread and Runner, the default event loop policy, the names the
//! playground refuses by name (network, processes, threads: `loop_methods.py`,
//! `unsupported.py`) and the submodules (`asyncio.tasks`, ...: `submodules.py`); the rarely
//! used parts are compiled on first use (`lazy.py`, [`LAZY_CHUNKS`]). They are Python source written after CPython 3.12's
//! `Lib/asyncio` (same callbacks in the same order, hence the same event order and virtual
//! timestamps), run in the `asyncio` module's namespace after the core; the few natives they
//! need are defined here.

use std::rc::Rc;

use crate::asyncio::future;
use crate::object::exception::exc;
use crate::object::{Module, NativeFunction, Value};
use crate::vm::{Args, PyResult, Vm};

/// The Python source of the library layer, in dependency order (the parts in [`LAZY_CHUNKS`]
/// are compiled on first use).
pub const SOURCE: &str = concat!(
    include_str!("helpers.py"),
    "\n",
    include_str!("locks.py"),
    "\n",
    include_str!("queues.py"),
    "\n",
    include_str!("tasks.py"),
    "\n",
    include_str!("taskgroups.py"),
    "\n",
    include_str!("runners.py"),
    "\n",
    include_str!("loop_methods.py"),
    "\n",
    include_str!("lazy.py"),
);

/// A part of the library compiled when one of its names is first looked up on the module
/// (`lazy.py`'s `__getattr__`), after the chunks it needs.
struct LazyChunk {
    /// Its key (the module remembers `_loaded_<key>`).
    key: &'static str,
    /// Its Python source.
    source: &'static str,
    /// The public names it defines.
    names: &'static [&'static str],
    /// The chunks it needs first.
    needs: &'static [&'static str],
}

/// The lazily compiled parts of the library.
const LAZY_CHUNKS: &[LazyChunk] = &[
    LazyChunk {
        key: "classes",
        source: concat!(
            include_str!("exceptions.py"),
            "\n",
            include_str!("barrier.py"),
            "\n",
            include_str!("streams.py"),
        ),
        names: &[
            "BrokenBarrierError",
            "IncompleteReadError",
            "LimitOverrunError",
            "SendfileNotAvailableError",
            "Barrier",
            "StreamReader",
        ],
        needs: &[],
    },
    LazyChunk {
        key: "unsupported",
        source: include_str!("unsupported.py"),
        names: &[
            "open_connection",
            "start_server",
            "open_unix_connection",
            "start_unix_server",
            "create_subprocess_exec",
            "create_subprocess_shell",
            "get_child_watcher",
            "set_child_watcher",
            "AbstractChildWatcher",
            "PidfdChildWatcher",
            "SafeChildWatcher",
            "FastChildWatcher",
            "MultiLoopChildWatcher",
            "ThreadedChildWatcher",
            "BaseTransport",
            "ReadTransport",
            "WriteTransport",
            "Transport",
            "DatagramTransport",
            "SubprocessTransport",
            "StreamWriter",
            "StreamReaderProtocol",
            "AbstractServer",
            "Server",
            "run_coroutine_threadsafe",
            "wrap_future",
            "BaseProtocol",
            "Protocol",
            "BufferedProtocol",
            "DatagramProtocol",
            "SubprocessProtocol",
            "AbstractEventLoopPolicy",
            "DefaultEventLoopPolicy",
            "get_event_loop_policy",
            "set_event_loop_policy",
        ],
        needs: &[],
    },
    LazyChunk {
        key: "submodules",
        source: include_str!("submodules.py"),
        names: &[
            "events",
            "futures",
            "tasks",
            "locks",
            "queues",
            "streams",
            "exceptions",
            "runners",
            "taskgroups",
            "timeouts",
            "coroutines",
            "base_events",
            "subprocess",
            "threads",
            "protocols",
            "transports",
            "unix_events",
        ],
        needs: &["classes", "unsupported"],
    },
];

/// Compiles and runs the chunk `key` (and what it needs) in the `asyncio` namespace, once.
fn ensure_chunk(vm: &mut Vm, m: &Rc<Module>, key: &str) -> PyResult<()> {
    let Some(chunk) = LAZY_CHUNKS.iter().find(|c| c.key == key) else {
        return Ok(());
    };
    for need in chunk.needs {
        ensure_chunk(vm, m, need)?;
    }
    let marker = format!("_loaded_{}", chunk.key);
    if m.get(&marker).is_some() {
        return Ok(());
    }
    m.set(&marker, Value::Bool(true));
    let code =
        crate::compile_trusted_source(chunk.source, "<aiterscope asyncio>").map_err(|e| {
            exc(
                "SyntaxError",
                format!("in the asyncio library ({}): {}", chunk.key, e.msg),
            )
        })?;
    vm.run_module_nested(code, m.clone())
}

/// `_load_lazy(name)` (the module's `__getattr__`): the name from its lazily compiled chunk,
/// or CPython's AttributeError for a name asyncio does not have.
fn load_lazy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = a
        .pos
        .first()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let m = crate::modules::import(vm, "asyncio")?;
    let missing = || {
        exc(
            "AttributeError",
            format!("module 'asyncio' has no attribute '{name}'"),
        )
    };
    let Some(chunk) = LAZY_CHUNKS
        .iter()
        .find(|c| c.names.contains(&name.as_str()))
    else {
        return Err(missing());
    };
    ensure_chunk(vm, &m, chunk.key)?;
    m.get(&name).ok_or_else(missing)
}

/// `import asyncio.<name>`: the submodules exist once their chunk ran (None: `name` is no
/// such submodule).
pub fn load_submodule(vm: &mut Vm, name: &str) -> Option<PyResult<()>> {
    let short = name.strip_prefix("asyncio.")?;
    let chunk = LAZY_CHUNKS.iter().find(|c| c.key == "submodules")?;
    if !chunk.names.contains(&short) {
        return None;
    }
    Some(crate::modules::import(vm, "asyncio").and_then(|m| ensure_chunk(vm, &m, chunk.key)))
}

/// `_make_cancelled_error(fut)`: the CancelledError a cancelled future raises (with its
/// cancel message).
fn make_cancelled_error(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(f) if future::is_future(f) => Ok(future::make_cancelled_error(f)),
        _ => Err(exc("TypeError", "_make_cancelled_error() expects a Future")),
    }
}

/// `_set_loop_method(name, function)`: puts a Python function on the event loop class (the
/// loop methods `unsupported.py` refuses or writes in Python).
fn set_loop_method(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    match (a.pos.first(), a.pos.get(1)) {
        (Some(Value::Str(name)), Some(f)) => {
            crate::asyncio::types::asyncio_types()
                .event_loop
                .set_attr(name, f.clone());
            Ok(Value::None)
        }
        _ => Err(exc(
            "TypeError",
            "_set_loop_method() expects a name and a function",
        )),
    }
}

/// `_install_submodules({name: [names...]})`: makes `asyncio.<name>` a module holding those
/// names of the package (the same objects), importable as `asyncio.<name>` and set as an
/// attribute of the package.
fn install_submodules(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Dict(table)) = a.pos.first() else {
        return Err(exc("TypeError", "_install_submodules() expects a dict"));
    };
    let package = crate::modules::import(vm, "asyncio")?;
    for entry in table.entries() {
        let (key, names) = (entry.key, entry.value);
        let Value::Str(short) = key else { continue };
        let full = format!("asyncio.{short}");
        let sub = Module::new(&full);
        let Value::List(names) = names else { continue };
        for name in names.borrow().iter() {
            if let Value::Str(n) = name {
                if let Some(v) = package.get(n) {
                    sub.set(n, v);
                }
            }
        }
        vm.modules.push((Rc::from(full.as_str()), sub.clone()));
        package.set(&short, Value::Module(sub));
    }
    Ok(Value::None)
}

/// Adds the natives the library source uses to the `asyncio` namespace.
pub fn init_natives(_vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    m.set(
        "_make_cancelled_error",
        NativeFunction::value("_make_cancelled_error", make_cancelled_error),
    );
    m.set(
        "_set_loop_method",
        NativeFunction::value("_set_loop_method", set_loop_method),
    );
    m.set(
        "_install_submodules",
        NativeFunction::value("_install_submodules", install_submodules),
    );
    m.set("_load_lazy", NativeFunction::value("_load_lazy", load_lazy));
    Ok(())
}
