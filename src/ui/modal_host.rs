//! Shows the open modals and turns their outcomes into commands. Continues
//! `impl WorkSummaryApp`; the modals themselves (`modals/`) know nothing of the app.

use super::app::WorkSummaryApp;
use super::command::{Command, DialogPurpose, Discarding};
use super::modals::Outcome;
use super::modals::confirm::{Answer, Confirm};
use super::modals::diff::DiffAnswer;
use super::modals::export::ExportAnswer;
use super::modals::import_report::ImportAnswer;
use super::modals::recovery::RecoveryAnswer;
use std::path::PathBuf;

impl WorkSummaryApp {
    pub(super) fn show_modals(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        let mut out = Vec::new();
        if let Some(confirm) = &self.modals.confirm
            && let Some(answer) = confirm.show(ctx, lang)
        {
            out.extend(confirm_commands(confirm, answer));
            self.modals.confirm = None;
        }
        if let Some((purpose, prompt)) = &mut self.modals.path
            && let Some(outcome) = prompt.show(ctx, lang)
        {
            let path = match outcome {
                Outcome::Chosen(text) => Some(PathBuf::from(text)),
                Outcome::Cancelled => None,
            };
            out.push(Command::PathEntered(*purpose, path));
            self.modals.path = None;
        }
        if let Some(prompt) = &mut self.modals.template_name
            && let Some(outcome) = prompt.show(ctx, lang)
        {
            if let Outcome::Chosen(name) = outcome {
                out.push(Command::SaveTemplate(name));
            }
            self.modals.template_name = None;
        }
        if let Some(dialog) = &mut self.modals.export
            && let Some(answer) = dialog.show(ctx, lang)
        {
            match answer {
                ExportAnswer::Export(options) => {
                    let format = options.format;
                    // The choices are remembered for next time.
                    self.export = options;
                    out.push(Command::ShowFileDialog(DialogPurpose::Export(format)));
                }
                ExportAnswer::ShowUnfilled => out.push(Command::ShowUnfilled),
                ExportAnswer::Cancel => {}
            }
            self.modals.export = None;
        }
        self.tool_modals(ctx, &mut out);
        self.recovery_modal(ctx, &mut out);
        self.commands.extend(out);
    }

    /// The modals of tools: print, word list, templates, title builder, import and merge
    /// reports, the comparison.
    fn tool_modals(&mut self, ctx: &egui::Context, out: &mut Vec<Command>) {
        let lang = self.lang();
        if let Some(dialog) = &mut self.modals.print
            && let Some(outcome) = dialog.show(ctx, lang)
        {
            if let Outcome::Chosen(printer) = outcome {
                out.push(Command::PrintOn(printer));
            }
            self.modals.print = None;
        }
        if let Some(editor) = &mut self.modals.word_list
            && let Some(outcome) = editor.show(ctx, lang)
        {
            if let Outcome::Chosen(text) = outcome {
                out.push(Command::SaveWordList(text));
            }
            self.modals.word_list = None;
        }
        if let Some(picker) = &mut self.modals.templates
            && let Some(outcome) = picker.show(ctx, lang)
        {
            if let Outcome::Chosen(report) = outcome {
                out.push(Command::Discard(Discarding::Template(report)));
            }
            self.modals.templates = None;
        }
        if let Some(builder) = &mut self.modals.title_builder
            && let Some(outcome) = builder.show(ctx, lang)
        {
            if let Outcome::Chosen(title) = outcome {
                out.push(Command::SetTitle(title));
            }
            self.modals.title_builder = None;
        }
        if let Some(report) = &mut self.modals.import_report {
            match report.show(ctx, lang) {
                Some(ImportAnswer::Keep(report)) => out.push(Command::KeepImported(report)),
                Some(ImportAnswer::Close) => self.modals.import_report = None,
                None => {}
            }
        }
        if let Some(view) = &mut self.modals.diff {
            match view.show(ctx, lang) {
                Some(DiffAnswer::SaveHtml) => {
                    out.push(Command::ShowFileDialog(DialogPurpose::SaveDiff));
                }
                Some(DiffAnswer::Close) => self.modals.diff = None,
                None => {}
            }
        }
        if let Some(report) = &mut self.modals.merge_report
            && report.show(ctx, lang)
        {
            self.modals.merge_report = None;
        }
    }

    fn recovery_modal(&mut self, ctx: &egui::Context, out: &mut Vec<Command>) {
        let lang = self.lang();
        let Some(list) = &mut self.modals.recovery else {
            return;
        };
        match list.show(ctx, lang) {
            Some(RecoveryAnswer::Restore(file)) => {
                out.push(Command::Discard(Discarding::Restore(file)));
                self.modals.recovery = None;
            }
            Some(RecoveryAnswer::Discard(file)) => {
                list.entries.retain(|e| e.file != file);
                if list.entries.is_empty() {
                    self.modals.recovery = None;
                }
                out.push(Command::DiscardRecovered(file));
            }
            Some(RecoveryAnswer::Later) => self.modals.recovery = None,
            None => {}
        }
    }
}

/// What an answer to a question asks for.
fn confirm_commands(confirm: &Confirm, answer: Answer) -> Vec<Command> {
    match (confirm, answer) {
        (Confirm::Discard { what, .. }, Answer::Save | Answer::DontSave) => {
            vec![Command::DiscardAnswered {
                what: what.clone(),
                save_first: answer == Answer::Save,
            }]
        }
        (Confirm::ChangedOnDisk(path), Answer::Overwrite) => vec![Command::Overwrite(path.clone())],
        (Confirm::ChangedOnDisk(_), Answer::SaveAs) => {
            vec![Command::ShowFileDialog(DialogPurpose::SaveAs)]
        }
        (Confirm::ChangedOnDisk(path), Answer::Reload) => vec![Command::Reload(path.clone())],
        (Confirm::ChangedOnDisk(_), Answer::Cancel) => vec![Command::CancelPending],
        (Confirm::DeleteItem { path, .. }, Answer::Delete) => {
            vec![Command::DeleteItemNow(path.clone())]
        }
        _ => Vec::new(),
    }
}
