//! Draining the command queue after drawing: each family goes to the room that owns it
//! (`edits.rs`, `file_ops.rs`, `navigation.rs`, `proofing.rs`, `compare_ops.rs`); the menu
//! commands are applied here.

use super::WorkSummaryApp;
use crate::export::text;
use crate::i18n::Text;
use crate::template;
use crate::ui::command::{Command, DialogPurpose, Discarding, UiCommand};
use crate::ui::jobs::{Done, JobKind};
use crate::ui::modals::export::ExportDialog;
use crate::ui::modals::help::{About, Help, HelpPage};
use crate::ui::modals::import_report::ImportReport;
use crate::ui::modals::print::PrintDialog;
use crate::ui::modals::prompt::TemplateName;
use crate::ui::modals::recovery::RecoveryList;
use crate::ui::modals::templates::TemplatePicker;
use crate::ui::modals::title_builder::TitleBuilder;
use egui::ViewportCommand;

impl WorkSummaryApp {
    /// Apply the commands queued this frame (and any they queue in turn).
    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        while !self.flows.commands.is_empty() {
            for command in std::mem::take(&mut self.flows.commands) {
                match command {
                    Command::Ui(command) => self.apply_ui(ctx, command),
                    Command::Edit(command) => self.apply_edit(command),
                    Command::File(command) => self.apply_file(command),
                    Command::Nav(command) => self.apply_nav(command),
                    Command::Proof(command) => self.apply_proof(command),
                    Command::Compare(command) => self.apply_compare(command),
                    Command::Done(done) => self.apply_done(ctx, done),
                }
            }
        }
    }

    fn apply_ui(&mut self, ctx: &egui::Context, command: UiCommand) {
        match command {
            UiCommand::New => self.request_discard(Discarding::New),
            UiCommand::NewFromTemplate => self.show_templates(),
            UiCommand::Open => self.request_discard(Discarding::Open),
            UiCommand::Save => self.save(),
            UiCommand::SaveAs => self.start_dialog(DialogPurpose::SaveAs),
            UiCommand::SaveAsTemplate => self.flows.modals.open(TemplateName::new()),
            UiCommand::Import => self.start_dialog(DialogPurpose::Import),
            UiCommand::ImportReport => {
                if let Some((from, imported)) = self.flows.last_import.clone() {
                    self.flows.modals.open(ImportReport::new(from, imported));
                }
            }
            UiCommand::PasteAsNew => match self.clipboard.get_text() {
                Ok(text) if !text.trim().is_empty() => match self.clipboard.get_html() {
                    Some(html) => self.request_discard(Discarding::ImportHtml { html, text }),
                    None => self.request_discard(Discarding::ImportText(text)),
                },
                Ok(_) => self.set_error(Text::tr("剪贴板里没有文字。", &[])),
                Err(err) => self.set_error(err),
            },
            UiCommand::Export => {
                let unfilled = self.derived.unfilled().len();
                let dialog = ExportDialog::new(self.prefs.export.clone(), unfilled);
                self.flows.modals.open(dialog);
                let named = self.prefs.export.fonts.clone();
                self.flows.jobs.spawn(JobKind::FontReport, None, move |_| {
                    Done::FontReport(crate::export::fonts::font_report(&named)).into()
                });
            }
            UiCommand::ExportText => self.start_dialog(DialogPurpose::ExportText),
            UiCommand::CopyAll => {
                let options = self.prefs.export.clipboard_text_options();
                let out = text::write(self.doc.report(), &options);
                let chars = out.chars().filter(|c| !c.is_whitespace()).count();
                ctx.copy_text(out);
                let copied = Text::tr("已复制全文到剪贴板（{} 字）。", &[&chars]);
                self.set_status(with_note(copied, self.unfilled_note()));
            }
            UiCommand::Print => {
                let pages = self.derived.sheets.len();
                self.flows.modals.open(PrintDialog::new(pages));
                self.flows.jobs.spawn(JobKind::Printers, None, |_| {
                    Done::Printers(crate::export::print::printers()).into()
                });
            }
            UiCommand::CopyRich => self.copy_rich(),
            UiCommand::Recover => self.show_recovery(),
            UiCommand::Quit => {
                crate::ui::trace_startup("quit");
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            UiCommand::Undo => {
                if self.doc.undo() {
                    self.after_history_step();
                } else {
                    self.set_status(Text::tr("没有可以撤销的操作。", &[]));
                }
            }
            UiCommand::Redo => {
                if self.doc.redo() {
                    self.after_history_step();
                } else {
                    self.set_status(Text::tr("没有可以重做的操作。", &[]));
                }
            }
            UiCommand::Find => self.view.find.open(false),
            UiCommand::Replace => self.view.find.open(true),
            UiCommand::TitleBuilder => {
                let unit = self.doc.report().signature.unit.clone();
                self.flows.modals.open(TitleBuilder::new(unit));
            }
            UiCommand::FollowReference => self.start_dialog(DialogPurpose::Reference),
            UiCommand::CompareWith => self.start_dialog(DialogPurpose::CompareWith),
            UiCommand::StartFromLast => self.start_dialog(DialogPurpose::StartFrom),
            UiCommand::MergeDrafts => self.start_dialog(DialogPurpose::Merge),
            UiCommand::UserGuide => self.flows.modals.open(Help::new(HelpPage::Guide)),
            UiCommand::Shortcuts => self.flows.modals.open(Help::new(HelpPage::Shortcuts)),
            UiCommand::About => {
                let dirs = self.prefs.dirs.as_ref();
                let about = About {
                    settings: dirs.and_then(|d| d.settings_file.parent().map(Into::into)),
                    recovery: dirs.map(|d| d.recovery.clone()),
                    documents: dirs.and_then(|d| d.documents.clone()),
                };
                self.flows.modals.open(Help::new(HelpPage::About(about)));
            }
        }
    }

    fn copy_rich(&mut self) {
        let (html, plain) = crate::ui::clipboard::rich_copy(self.doc.report(), &self.prefs.export);
        match self.clipboard.set_html(&html, &plain) {
            Ok(()) => {
                let copied = Text::tr(
                    "已复制为公文格式：粘贴到 Word/WPS 保留字体和缩进，粘贴到记事本为纯文本。",
                    &[],
                );
                self.set_status(with_note(copied, self.unfilled_note()));
            }
            Err(err) => self.set_error(err),
        }
    }

    pub(super) fn templates_dir(&self) -> Option<std::path::PathBuf> {
        self.prefs
            .settings_file
            .as_deref()
            .and_then(std::path::Path::parent)
            .map(|d| d.join("templates"))
    }

    fn show_templates(&mut self) {
        let mut list = template::builtin(crate::date::today());
        if let Some(dir) = self.templates_dir() {
            let (mine, problems) = template::user_templates(&dir);
            list.extend(mine);
            if !problems.is_empty() {
                self.set_error(Text::join(&problems));
            }
        }
        self.flows.modals.open(TemplatePicker::new(list));
    }

    /// Offer the copies crashed windows left, if there are any.
    pub(super) fn offer_recovery(&mut self, recovery: &crate::ui::recovery::Recovery) {
        if !recovery.found.is_empty() {
            self.flows
                .modals
                .open(RecoveryList::new(recovery.found.clone()));
        }
    }

    fn show_recovery(&mut self) {
        let Some(recovery) = &mut self.recovery else {
            self.set_status(Text::tr("没有需要恢复的草稿。", &[]));
            return;
        };
        recovery.rescan();
        if recovery.found.is_empty() {
            self.set_status(Text::tr("没有需要恢复的草稿。", &[]));
        } else {
            let list = RecoveryList::new(recovery.found.clone());
            self.flows.modals.open(list);
        }
    }
}

/// A message with a note after it, when there is one.
fn with_note(message: Text, note: Option<Text>) -> Text {
    match note {
        Some(note) => Text::join(&[message, note]),
        None => message,
    }
}
