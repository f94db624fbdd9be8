//! The playground's components, one concern each. They share the [`Playground`] handle
//! through context.
//!
//! [`Playground`]: crate::app::Playground

pub mod announcer;
pub mod console;
pub mod controls;
pub mod editor;
pub mod error_panel;
pub mod event_loop_panel;
pub mod example_info;
pub mod example_picker;
pub mod handlers;
pub mod header;
pub mod help;
pub mod icons;
pub mod iterator_panel;
pub mod timeline;
