//! Whether a module name is one of CPython 3.12's standard modules, so that importing one the
//! playground does not provide says so instead of suggesting the module does not exist.

use crate::vm::suggest_data::STDLIB_MODULE_NAMES;

/// True when `name` (or the package it is in) is a CPython standard module
/// (`sys.stdlib_module_names`, which the name suggestions also use).
pub fn is_stdlib(name: &str) -> bool {
    let top = name.split('.').next().unwrap_or(name);
    STDLIB_MODULE_NAMES.binary_search(&top).is_ok()
}
