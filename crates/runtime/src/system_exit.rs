//! An uncaught `SystemExit` ends the program as CPython does: no traceback; `None` (or no
//! argument) exits with status 0, an int with that status, anything else is printed on stderr
//! and exits with status 1.

use crate::object::exception::is_exc_instance;
use crate::object::{Payload, Value};
use crate::vm::Vm;

/// How an uncaught `SystemExit` ends the run.
pub struct ExitRequest {
    /// The process exit status.
    pub status: i32,
    /// What CPython prints on stderr (empty for an int or `None` code).
    pub stderr: String,
}

/// If `e` is a `SystemExit`, how the program ends (CPython's `handle_system_exit`).
pub fn exit_request(vm: &mut Vm, e: &Value) -> Option<ExitRequest> {
    if !is_exc_instance(e, "SystemExit") {
        return None;
    }
    let Value::Instance(inst) = e else {
        return None;
    };
    let Payload::Exception(data) = &inst.payload else {
        return None;
    };
    let args = data.borrow().args.clone();
    let code = match args.len() {
        0 => Value::None,
        1 => args[0].clone(),
        _ => Value::tuple(args),
    };
    Some(match code {
        Value::None => ExitRequest {
            status: 0,
            stderr: String::new(),
        },
        Value::Int(n) => ExitRequest {
            // The operating system keeps the low byte, as `python3.12` under Linux shows.
            status: (n & 0xff) as i32,
            stderr: String::new(),
        },
        Value::Bool(b) => ExitRequest {
            status: b as i32,
            stderr: String::new(),
        },
        other => ExitRequest {
            status: 1,
            stderr: match vm.str_nested(&other) {
                Ok(s) => format!("{s}\n"),
                Err(_) => String::new(),
            },
        },
    })
}
