//! Files: open, save (with the changed-on-disk check), import, export, recovery restore, and
//! the questions before unsaved work is replaced. Continues `impl WorkSummaryApp`; imports,
//! exports and print jobs run as jobs (`ui/jobs.rs`), their answers applied in `jobs.rs`.

use super::WorkSummaryApp;
use crate::export::print;
use crate::export::text;
use crate::export::{self as exporter, ExportOptions, Format};
use crate::i18n::Text;
use crate::import::Imported;
use crate::model::Report;
use crate::storage::draft::{self, DiskStamp};
use crate::ui::command::{DialogPurpose, Discarding, FileCommand};
use crate::ui::jobs::{Done, JobKind};
use crate::ui::modals::confirm::Confirm;
use crate::ui::modals::import_report::ImportReport;
use crate::ui::nav::Pane;
use egui::ViewportCommand;
use std::path::{Path, PathBuf};

impl WorkSummaryApp {
    pub(super) fn apply_file(&mut self, command: FileCommand) {
        match command {
            FileCommand::OpenRecent(path) => self.open_recent(path),
            FileCommand::RemoveRecent(path) => {
                self.prefs.settings.remove_recent(&path);
                self.save_settings();
            }
            FileCommand::Discard(what) => self.request_discard(what),
            FileCommand::DiscardAnswered { what, save_first } => {
                if save_first {
                    self.flows.discard = DiscardFlow::SavingThen(what);
                    self.save();
                } else {
                    self.discard_and(what);
                }
            }
            FileCommand::Overwrite(path) => self.save_and_continue(&path),
            FileCommand::Reload(path) => self.reload_from_disk(&path),
            FileCommand::CancelPending => self.flows.discard.cancel(),
            FileCommand::ShowFileDialog(purpose) => self.start_dialog(purpose),
            FileCommand::PathEntered(purpose, Some(path)) => {
                match crate::storage::entered_path(&path) {
                    Some(path) => {
                        let path = self.resolve_typed(path);
                        self.dialog_picked(purpose, path);
                    }
                    None => self.cancel_pending(),
                }
            }
            FileCommand::PathEntered(_, None) => self.cancel_pending(),
            FileCommand::CancelImport => self.cancel_import(),
            FileCommand::StopWaitingForDialog => {
                self.flows.jobs.cancel(JobKind::Dialog);
                self.flows.discard.cancel();
                self.set_status(Text::tr("已停止等待文件对话框。", &[]));
            }
            FileCommand::SaveTemplate(name) => self.save_template(&name),
            FileCommand::DiscardRecovered(file) => {
                if let Some(recovery) = &mut self.recovery {
                    match recovery.discard(&file) {
                        Ok(()) => self.set_status(Text::tr("已丢弃恢复副本。", &[])),
                        Err(err) => self.set_error(err),
                    }
                }
            }
            FileCommand::ExportWith(options) => {
                let format = options.format;
                // The choices are remembered for next time.
                self.prefs.export = options;
                self.start_dialog(DialogPurpose::Export(format));
            }
            FileCommand::PrintOn(printer) => self.print_on(printer),
        }
    }

    fn open_recent(&mut self, path: PathBuf) {
        if path.exists() {
            self.request_discard(Discarding::OpenPath(path));
        } else {
            self.set_error(Text::tr(
                "“{}”已不存在（被移动或删除），可在“最近打开”中移除它。",
                &[&path.display()],
            ));
        }
    }

    fn save_template(&mut self, name: &str) {
        let Some(dir) = self.templates_dir() else {
            self.set_error(Text::tr("没有可用的设置文件夹，无法保存模板。", &[]));
            return;
        };
        match crate::template::save_user_template(&dir, name, self.doc.report()) {
            Ok(path) => self.set_status(Text::tr("已存为模板“{}”。", &[&path.display()])),
            Err(err) => self.set_error(err),
        }
    }

    /// The file's name for titles and questions: 未命名 until it has one.
    pub(super) fn file_name(&self) -> Text {
        match self.doc.path().and_then(Path::file_name) {
            Some(name) => Text::raw(name.to_string_lossy()),
            None => Text::tr("未命名", &[]),
        }
    }

    fn remember_recent(&mut self, path: &Path) {
        self.prefs.settings.add_recent(path);
        self.save_settings();
    }

    /// A different document is now open: show its start.
    pub(super) fn show_new_document(&mut self) {
        self.flows.last_import = None;
        self.view.pane = Pane::Header;
        self.view.focus_title = true;
    }

    pub(super) fn open_path(&mut self, path: &Path) {
        match draft::load_full(path) {
            Ok(loaded) => {
                self.doc
                    .replace(loaded.report, Some(path.to_path_buf()), Some(loaded.stamp));
                self.show_new_document();
                self.remember_recent(path);
                self.set_status(Text::tr("已打开“{}”。", &[&path.display()]));
            }
            // The current document stays as it is, and no path changes: nothing is overwritten.
            Err(err) => self.set_error(err.text()),
        }
    }

    fn save_to(&mut self, path: &Path) -> bool {
        match draft::save_atomic(self.doc.report(), path) {
            Ok(stamp) => {
                self.doc.saved_to(path, stamp);
                self.remember_recent(path);
                self.set_status(Text::tr("已保存到“{}”。", &[&path.display()]));
                // Said until the next change: then the status line says 未保存.
                self.view.status_until = Some(self.doc.revision());
                true
            }
            Err(err) => {
                self.set_error(err.text());
                false
            }
        }
    }

    /// Save to `path`, then go on with what waited for the save (or drop it if it failed).
    pub(super) fn save_and_continue(&mut self, path: &Path) {
        if self.save_to(path) {
            if let Some(next) = self.flows.discard.saved() {
                self.discard_and(next);
            }
        } else {
            self.flows.discard.cancel();
        }
    }

    pub(super) fn save(&mut self) {
        match self.doc.path().map(Path::to_path_buf) {
            Some(path) if self.changed_on_disk(&path) => {
                self.flows.modals.open(Confirm::ChangedOnDisk(path));
            }
            Some(path) => self.save_and_continue(&path),
            None => self.start_dialog(DialogPurpose::SaveAs),
        }
    }

    /// True when the file holds something other than what was last read or written here
    /// (another program or another instance saved it). A deleted file is simply written again.
    fn changed_on_disk(&self, path: &Path) -> bool {
        match DiskStamp::of_file(path) {
            Ok(Some(now)) => self.doc.disk_stamp() != Some(&now),
            Ok(None) => false,
            // Unreadable now: let the save itself report the problem.
            Err(_) => false,
        }
    }

    pub(super) fn reload_from_disk(&mut self, path: &Path) {
        self.flows.discard.cancel();
        match draft::load_full(path) {
            Ok(loaded) => {
                self.doc
                    .replace(loaded.report, Some(path.to_path_buf()), Some(loaded.stamp));
                self.show_new_document();
                self.set_status(Text::tr(
                    "已从磁盘重新载入“{}”，本窗口的修改已放弃。",
                    &[&path.display()],
                ));
            }
            Err(err) => self.set_error(err.text()),
        }
    }

    fn restore(&mut self, file: &Path) {
        let Some(entry) = self.recovery.as_mut().and_then(|r| r.take(file)) else {
            return;
        };
        // What the user's own file holds is the saved state; the recovered text is unsaved.
        let on_disk = entry
            .original
            .as_deref()
            .and_then(|p| draft::load_full(p).ok());
        let (saved, stamp) = match on_disk {
            Some(loaded) => (loaded.report, Some(loaded.stamp)),
            None => (Report::default(), None),
        };
        self.doc
            .replace_unsaved(entry.report, saved, entry.original.clone(), stamp);
        self.show_new_document();
        // Our own copy takes over from the old one before it is removed.
        if let Some(recovery) = &mut self.recovery {
            recovery.write(&self.doc);
            recovery.remove_other(&entry.file);
        }
        let name = match entry.original.as_deref() {
            Some(p) => Text::tr("“{}”", &[&p.display()]),
            None => Text::tr("未命名草稿", &[]),
        };
        self.set_status(Text::tr_lang("已恢复{}，请检查后保存。", |l| {
            vec![name.get(l).to_owned()]
        }));
    }

    /// Ask before `what` throws away unsaved changes.
    pub(super) fn request_discard(&mut self, what: Discarding) {
        if self.doc.is_dirty() {
            let file_name = self.file_name().get(self.lang()).to_owned();
            self.flows.modals.open(Confirm::Discard { what, file_name });
        } else {
            self.discard_and(what);
        }
    }

    pub(super) fn discard_and(&mut self, what: Discarding) {
        match what {
            Discarding::New => {
                self.doc.replace(Report::default(), None, None);
                self.show_new_document();
                self.set_status(Text::tr("已新建草稿。", &[]));
            }
            Discarding::Open => self.start_dialog(DialogPurpose::Open),
            Discarding::OpenPath(path) => self.open_path(&path),
            Discarding::Imported(imported, from) => self.adopt_import(*imported, from),
            Discarding::Template(report) => {
                self.doc
                    .replace_unsaved(*report, Report::default(), None, None);
                self.show_new_document();
                self.set_status(Text::tr("已按模板新建草稿。", &[]));
            }
            Discarding::ImportText(text) => {
                let imported = crate::import::import_text(&text);
                self.adopt_import(imported, Text::tr("剪贴板", &[]));
            }
            Discarding::ImportHtml { html, text } => {
                // The page's structure when the HTML gives a body; its plain text otherwise.
                let imported = crate::import::import_html(&html)
                    .ok()
                    .filter(|i| i.text.chars().filter(|c| !c.is_whitespace()).count() > 0)
                    .unwrap_or_else(|| crate::import::import_text(&text));
                self.adopt_import(imported, Text::tr("剪贴板", &[]));
            }
            Discarding::Restore(file) => self.restore(&file),
            Discarding::StartFrom(path) => self.start_from(&path),
            Discarding::Merge(paths) => self.merge_drafts(&paths),
            Discarding::Close => self.flows.discard = DiscardFlow::Closing,
        }
    }

    /// Read the file first, on a task (the window stays live, the status line shows the
    /// import with 取消); only then ask about unsaved changes.
    pub(super) fn import_path(&mut self, path: &Path) {
        if self.flows.jobs.is_running(JobKind::Import) {
            self.set_error(Text::tr("上一次导入还没有完成，请稍候。", &[]));
            return;
        }
        let file = path.to_path_buf();
        self.flows
            .jobs
            .spawn(JobKind::Import, Some(path), move |cancel| {
                let read =
                    crate::import::import_file_until(&file, Default::default(), cancel.flag())
                        .map(Box::new)
                        .map_err(|e| e.text());
                Done::Imported(file, read).into()
            });
    }

    /// 取消 on the status line: the conversion is stopped; the draft is left as it was.
    pub(super) fn cancel_import(&mut self) {
        if let Some(job) = self.flows.jobs.cancel(JobKind::Import)
            && let Some(path) = job.file()
        {
            self.set_status(Text::tr("已取消导入“{}”。", &[&path.display()]));
        }
    }

    /// An import becomes a new, unsaved, untitled draft; what was removed is shown.
    fn adopt_import(&mut self, imported: Imported, from: Text) {
        self.doc
            .replace_unsaved(imported.report.clone(), Report::default(), None, None);
        self.doc.mark_dirty();
        self.show_new_document();
        let removed = imported.removed.len();
        let source = &imported.source;
        let message = if removed == 0 {
            "已从{}导入（{}），请检查各部分后保存。"
        } else {
            "已从{}导入（{}），删除了 {} 行网页杂项，请检查各部分后保存。"
        };
        self.set_status(Text::tr_lang(message, |l| {
            vec![from.get(l).to_owned(), source.clone(), removed.to_string()]
        }));
        self.flows.last_import = Some((from.clone(), imported.clone()));
        if removed > 0 || !imported.notes.is_empty() || !imported.suspects.is_empty() {
            self.flows.modals.open(ImportReport::new(from, imported));
        }
    }

    /// Write an export on a background task (a PDF of a long draft takes longer than a
    /// frame); the status line says when it is written.
    /// `format` None is 导出文本… (the text as the preview shows it).
    pub(super) fn export_to(&mut self, format: Option<Format>, path: PathBuf) {
        if self.flows.jobs.is_running(JobKind::Export) {
            self.set_error(Text::tr("上一次导出还没有完成，请稍候。", &[]));
            return;
        }
        let report = self.doc.report().clone();
        let options = ExportOptions {
            format: format.unwrap_or(Format::Text),
            ..self.prefs.export.clone()
        };
        let done = match format {
            None => "已导出文本到“{}”。",
            Some(_) => "已导出到“{}”。",
        };
        let work = move || -> Result<Text, Text> {
            let bytes = match format {
                None => text::write(&report, &options.text_options()).into_bytes(),
                Some(_) => exporter::write(&report, &options)?,
            };
            crate::storage::write::write_file(&path, &bytes).map_err(|e| e.text())?;
            let mut message = Text::tr(done, &[&path.display()]);
            // A PDF embeds the faces it was drawn with: say which were stand-ins.
            if matches!(format, Some(Format::Pdf | Format::Ofd))
                && let Some(note) = exporter::fonts::stand_ins(&options.fonts)
            {
                message.zh.push_str(&note.zh);
                message.en = format!("{} {}", message.en, note.en);
            }
            Ok(message)
        };
        self.flows.jobs.spawn(JobKind::Export, None, move |_| {
            Done::Exported(work()).into()
        });
        self.set_status(Text::tr("正在导出…", &[]));
    }

    /// The pages in the preview, drawn as a PDF and handed to the printer on a task.
    fn print_on(&mut self, printer: Option<String>) {
        if self.flows.jobs.is_running(JobKind::Print) {
            self.set_error(Text::tr("上一次打印还没有完成，请稍候。", &[]));
            return;
        }
        let options = ExportOptions {
            format: Format::Pdf,
            ..self.prefs.export.clone()
        };
        // The preview's pages when they are current; the PDF is drawn on the task.
        let pages = match self.derived.current_sheets(&self.doc, &options) {
            Some(pages) => pages.to_vec(),
            None => crate::export::pages::paginate(self.doc.report(), &options),
        };
        let fonts = options.fonts;
        self.flows.jobs.spawn(JobKind::Print, None, move |_| {
            Done::Printed(print::print_pages(&pages, &fonts, printer.as_deref())).into()
        });
        self.set_status(Text::tr("正在打印…", &[]));
    }

    /// Waiting for a job (a file dialog, an import, an export, a print job, the checker's
    /// pass, a lookup) or for a check of the newest text to start (tests wait for it).
    pub fn busy(&self) -> bool {
        self.flows.jobs.busy() || self.derived.checking()
    }

    // ---- the window ----

    /// Files dropped on the window: a draft opens, a text or DOCX file is imported.
    pub(super) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        let Some(file) = dropped.first().map(|f| f.path().to_path_buf()) else {
            return;
        };
        let ext = file
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "ron" => self.request_discard(Discarding::OpenPath(file)),
            "txt" | "docx" | "text" | "md" | "markdown" | "html" | "htm" | "doc" | "wps"
            | "odt" => self.import_path(&file),
            _ => self.set_error(Text::tr(
                "“{}”不是草稿（.ron）、文本（.txt）、Word 文档（.docx、.doc、.wps、.odt）、Markdown 或网页，无法打开。",
                &[&file.display()],
            )),
        }
    }

    /// Closing the window with unsaved changes asks first.
    /// An export still being written, or a print job still being handed over, holds the
    /// close until it is done.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        if self.flows.jobs.holds_close() && !self.doc.is_dirty() {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.flows.discard = DiscardFlow::Closing;
            self.set_status(Text::tr("正在完成导出或打印，完成后关闭窗口…", &[]));
            return;
        }
        if self.doc.is_dirty() && self.flows.discard != DiscardFlow::Closing {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            let file_name = self.file_name().get(self.lang()).to_owned();
            self.flows.modals.open(Confirm::Discard {
                what: Discarding::Close,
                file_name,
            });
        }
    }
}

/// The "save changes?" flow: every state it can be in. The question itself is a modal
/// (`Confirm::Discard`); its answer moves the flow.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub(super) enum DiscardFlow {
    /// Nothing waits for a save.
    #[default]
    Idle,
    /// The user answered 保存: `Discarding` runs once the save has succeeded — directly, after
    /// the Save As dialog, or after the "changed on disk" question — and is dropped when the
    /// save fails or any of those is cancelled.
    SavingThen(Discarding),
    /// The window closes as soon as no question or file dialog is open and no export or print
    /// job is still running (the changes were saved or the user chose to discard them). Nothing leaves
    /// this state.
    Closing,
}

impl DiscardFlow {
    /// A save finished: what waited for it, if anything.
    fn saved(&mut self) -> Option<Discarding> {
        match std::mem::take(self) {
            DiscardFlow::SavingThen(next) => Some(next),
            other => {
                *self = other;
                None
            }
        }
    }

    /// The save failed or the user cancelled: nothing waits any more (closing stays closing).
    pub(super) fn cancel(&mut self) {
        if let DiscardFlow::SavingThen(_) = self {
            *self = DiscardFlow::Idle;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_discard_flow_runs_what_waited_once_and_closing_stays() {
        let mut flow = DiscardFlow::SavingThen(Discarding::New);
        assert_eq!(flow.saved(), Some(Discarding::New));
        assert_eq!(flow, DiscardFlow::Idle);
        assert_eq!(flow.saved(), None, "a later save runs nothing");
        flow = DiscardFlow::SavingThen(Discarding::Open);
        flow.cancel();
        assert_eq!(flow, DiscardFlow::Idle);
        flow = DiscardFlow::Closing;
        flow.cancel();
        assert_eq!(flow.saved(), None);
        assert_eq!(flow, DiscardFlow::Closing);
    }
}
