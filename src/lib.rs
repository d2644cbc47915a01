//! work-summary (工作总结编辑器): the egui front end and the CLI, on the core crate
//! (`work-summary-core`, in `crates/core`), whose modules are re-exported here under their own
//! names so that `work_summary::model`, `crate::check`… read the same from the app and the tests.

pub use work_summary_core::{
    check, compare, count, date, edit, export, han, history, i18n, import, model, numbering,
    sample, storage, template,
};

pub mod cli;
pub mod platform;
pub mod ui;

pub use model::{Item, ItemStyle, Report, Section, SectionKind, Signature};
