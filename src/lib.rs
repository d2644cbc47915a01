//! work-summary (工作总结编辑器): the core (model, numbering, export, storage), the CLI and the
//! egui front end. Everything outside `ui` is plain Rust and never touches egui.

pub mod check;
pub mod cli;
pub mod compare;
pub mod count;
pub mod date;
pub mod edit;
pub mod export;
pub mod han;
pub mod history;
pub mod i18n;
pub mod import;
pub mod model;
pub mod numbering;
pub mod platform;
pub mod sample;
pub mod storage;
pub mod template;
pub mod ui;

pub use model::{Item, ItemStyle, Report, Section, SectionKind, Signature};
