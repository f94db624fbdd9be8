//! The program the playground opens with.

/// Shown in the editor on first load: small, and printing something as soon as Run is pressed.
pub const DEFAULT_PROGRAM: &str =
    "# Welcome to aiterscope. Press Run (or Ctrl+Enter).\nprint(\"Hello from aiterscope\")\n";

/// What CPython 3.12 prints for [`DEFAULT_PROGRAM`] (the browser test checks the page shows it).
pub const DEFAULT_PROGRAM_STDOUT: &str = "Hello from aiterscope\n";
