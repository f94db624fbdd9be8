//! The playground UI.
