//! The modal windows. Each owns its state, is shown with `show(ctx, lang)` and returns an
//! outcome when the user is done with it; the app turns outcomes into commands
//! (`ui/modal_host.rs`). No modal changes the report or touches files.

pub mod confirm;
pub mod diff;
pub mod export;
pub mod import_report;
pub mod merge_report;
pub mod print;
pub mod prompt;
pub mod recovery;
pub mod templates;
pub mod title_builder;
pub mod word_list;

use super::command::DialogPurpose;

/// The modals that are open; several may be (a confirmation over a prompt).
#[derive(Default)]
pub struct Modals {
    pub confirm: Option<confirm::Confirm>,
    /// The in-app path box, when no system file dialog can be shown.
    pub path: Option<(DialogPurpose, prompt::Prompt)>,
    /// The name box of 存为模板….
    pub template_name: Option<prompt::Prompt>,
    pub export: Option<export::ExportDialog>,
    pub templates: Option<templates::TemplatePicker>,
    pub title_builder: Option<title_builder::TitleBuilder>,
    pub import_report: Option<import_report::ImportReport>,
    pub recovery: Option<recovery::RecoveryList>,
    pub word_list: Option<word_list::WordListEditor>,
    pub print: Option<print::PrintDialog>,
    /// 版本对比 (与其他草稿对比…).
    pub diff: Option<diff::DiffView>,
    pub merge_report: Option<merge_report::MergeReport>,
}

impl Modals {
    /// A question or a path box is open: shortcuts wait until it is answered.
    pub fn blocks_shortcuts(&self) -> bool {
        self.confirm.is_some() || self.path.is_some()
    }
}

/// The outcome of a simple modal: what the user chose, or that they cancelled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome<T> {
    Chosen(T),
    Cancelled,
}
