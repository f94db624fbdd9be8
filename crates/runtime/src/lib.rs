//! The aiterscope runtime: compiles Python source and runs it on a stackless VM.
