//! The core of work-summary (工作总结编辑器): the document model, numbering, editing and
//! history, import, export, proofreading, comparison and storage. Plain Rust: this crate has no
//! GUI in its dependencies, so "the core never imports egui" is held by the compiler.

pub mod check;
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
pub mod sample;
pub mod storage;
pub mod template;

pub use model::{Item, ItemStyle, Report, Section, SectionKind, Signature};
