//! The playground's components, one concern each.

pub mod console;
pub mod editor;
pub mod header;
pub mod timeline;
