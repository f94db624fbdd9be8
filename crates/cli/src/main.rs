//! The `aiterscope` command line.
fn main() {}
