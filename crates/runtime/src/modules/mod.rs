//! The built-in module registry: `import x` finds modules here. A module may be native
//! (a Rust init function), Python source embedded in the binary, or both (native first).

pub mod abc;
mod asyncio_lib;
mod math;
mod random;
mod simulated_io;
mod stdlib_names;
pub mod sys;
mod time;

use std::rc::Rc;

use crate::object::exception::exc;
use crate::object::{Module, Value};
use crate::vm::{PyResult, Vm};

/// Fills a module's namespace natively.
pub type ModuleInit = fn(&mut Vm, &Rc<Module>) -> PyResult<()>;

/// A module definition.
pub struct ModuleDef {
    /// Its name.
    pub name: &'static str,
    /// Native initialisation (fills the namespace).
    pub native: Option<ModuleInit>,
    /// Python source run after the native part, in the module's namespace.
    pub python: Option<&'static str>,
}

fn init_asyncio(vm: &mut Vm, m: &Rc<Module>) -> PyResult<()> {
    crate::asyncio::init_module(vm, m)?;
    simulated_io::install_run_in_executor();
    asyncio_lib::init_natives(vm, m)
}

/// The modules aiterscope provides.
pub static MODULES: &[ModuleDef] = &[
    ModuleDef {
        name: "asyncio",
        native: Some(init_asyncio),
        python: Some(asyncio_lib::SOURCE),
    },
    ModuleDef {
        name: "sys",
        native: Some(sys::init),
        python: None,
    },
    ModuleDef {
        name: "random",
        native: Some(random::init),
        python: Some(include_str!("stdlib/random.py")),
    },
    ModuleDef {
        name: "time",
        native: Some(time::init),
        python: None,
    },
    ModuleDef {
        name: "math",
        native: Some(math::init),
        python: None,
    },
    ModuleDef {
        name: "typing",
        native: None,
        python: Some(include_str!("stdlib/typing.py")),
    },
    ModuleDef {
        name: "__future__",
        native: None,
        python: Some(include_str!("stdlib/future.py")),
    },
    ModuleDef {
        name: "dataclasses",
        native: None,
        python: Some(include_str!("stdlib/dataclasses.py")),
    },
    ModuleDef {
        name: "contextlib",
        native: None,
        python: Some(include_str!("stdlib/contextlib.py")),
    },
    ModuleDef {
        name: "functools",
        native: None,
        python: Some(include_str!("stdlib/functools.py")),
    },
    ModuleDef {
        name: "copy",
        native: None,
        python: Some(include_str!("stdlib/copy.py")),
    },
    ModuleDef {
        name: "itertools",
        native: None,
        python: Some(include_str!("stdlib/itertools.py")),
    },
    ModuleDef {
        name: "collections",
        native: None,
        python: Some(include_str!("stdlib/collections.py")),
    },
    ModuleDef {
        name: "_collections_wrappers",
        native: None,
        python: Some(include_str!("stdlib/collections_wrappers.py")),
    },
    ModuleDef {
        name: "json",
        native: None,
        python: Some(include_str!("stdlib/json.py")),
    },
    ModuleDef {
        name: "types",
        native: None,
        python: Some(include_str!("stdlib/types.py")),
    },
    ModuleDef {
        name: "enum",
        native: None,
        python: Some(include_str!("stdlib/enum.py")),
    },
    ModuleDef {
        name: "abc",
        native: Some(abc::init),
        python: Some(include_str!("stdlib/abc.py")),
    },
    ModuleDef {
        name: "collections.abc",
        native: None,
        python: Some(include_str!("stdlib/collections_abc.py")),
    },
    ModuleDef {
        name: "io",
        native: Some(crate::vfs::methods::init_io_module),
        python: Some(include_str!("stdlib/io_memory.py")),
    },
    ModuleDef {
        name: "aiofiles",
        native: None,
        python: Some(simulated_io::AIOFILES_SOURCE),
    },
    ModuleDef {
        name: "aiohttp",
        native: Some(simulated_io::init_aiohttp),
        python: Some(simulated_io::AIOHTTP_SOURCE),
    },
];

/// `ModuleNotFoundError` for `name`; for a CPython standard module the playground does not
/// provide, the message says so and lists the ones it does.
fn module_not_found(name: &str) -> Value {
    if !stdlib_names::is_stdlib(name) {
        return exc("ModuleNotFoundError", format!("No module named '{name}'"));
    }
    let mut provided: Vec<&str> = MODULES
        .iter()
        .map(|d| d.name.split('.').next().unwrap_or(d.name))
        .filter(|n| !n.starts_with('_') && stdlib_names::is_stdlib(n))
        .collect();
    provided.sort_unstable();
    provided.dedup();
    exc(
        "ModuleNotFoundError",
        format!(
            "No module named '{name}': the playground provides only part of the standard \
             library ({})",
            provided.join(", ")
        ),
    )
}

/// Imports a module by name (cached per VM).
pub fn import(vm: &mut Vm, name: &str) -> PyResult<Rc<Module>> {
    if let Some((_, m)) = vm.modules.iter().find(|(n, _)| &**n == name) {
        return Ok(m.clone());
    }
    if let Some(e) = simulated_io::unsupported_submodule(name) {
        return Err(e);
    }
    // `asyncio.tasks` and the other asyncio submodules are made with their lazy chunk.
    if let Some(r) = asyncio_lib::load_submodule(vm, name) {
        r?;
        if let Some((_, m)) = vm.modules.iter().find(|(n, _)| &**n == name) {
            return Ok(m.clone());
        }
    }
    let Some(def) = MODULES.iter().find(|d| d.name == name) else {
        return Err(module_not_found(name));
    };
    // A submodule is an attribute of its package, which is imported first.
    let parent = match name.rsplit_once('.') {
        Some((package, _)) => Some(import(vm, package)?),
        None => None,
    };
    let m = Module::new(name);
    vm.modules.push((Rc::from(name), m.clone()));
    if let (Some(parent), Some((_, last))) = (parent, name.rsplit_once('.')) {
        parent.set(last, Value::Module(m.clone()));
    }
    if let Some(init) = def.native {
        init(vm, &m)?;
    }
    if let Some(src) = def.python {
        let code =
            crate::compile_trusted_source(src, &format!("<aiterscope {name}>")).map_err(|e| {
                exc(
                    "SyntaxError",
                    format!("in built-in module {name}: {}", e.msg),
                )
            })?;
        vm.run_module_nested(code, m.clone())?;
    }
    Ok(m)
}
