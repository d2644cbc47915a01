//! Files: open, save (with the changed-on-disk check), import, export, recovery restore, and
//! the questions before unsaved work is replaced. Continues `impl WorkSummaryApp`; the file
//! dialogs themselves run on a thread (`dialogs.rs`) and are polled here every frame.

use super::app::WorkSummaryApp;
use super::command::{DialogPurpose, Discarding};
use super::dialogs::{DialogKind, DialogOutcome, DialogRequest};
use super::modals::confirm::Confirm;
use super::modals::import_report::ImportReport;
use super::modals::prompt::Prompt;
use super::nav::Pane;
use crate::export::text;
use crate::export::{self as exporter, ExportOptions, Format};
use crate::i18n::{Text, tr};
use crate::import::Imported;
use crate::model::Report;
use crate::storage::draft::{self, DiskStamp};
use egui::ViewportCommand;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

/// A system file dialog that is open, and what it was opened for.
pub struct PendingDialog {
    purpose: DialogPurpose,
    answer: Receiver<DialogOutcome>,
}

impl WorkSummaryApp {
    /// The file's name for titles and questions: 未命名 until it has one.
    pub(super) fn file_name(&self) -> Text {
        match self.doc.path().and_then(Path::file_name) {
            Some(name) => Text::raw(name.to_string_lossy()),
            None => Text::tr("未命名", &[]),
        }
    }

    /// A file name for Save As: the draft's own name, else the title, else 工作总结.
    fn suggested_name(&self, extension: &str) -> String {
        if let Some(name) = self.doc.path().and_then(Path::file_stem) {
            return format!("{}.{extension}", name.to_string_lossy());
        }
        let title: String = self
            .doc
            .report()
            .title
            .trim()
            .chars()
            .filter(|c| !r#"\/:*?"<>|"#.contains(*c) && !c.is_control())
            .take(60)
            .collect();
        let stem = if title.is_empty() {
            "工作总结"
        } else {
            &title
        };
        format!("{stem}.{extension}")
    }

    fn start_dir(&self) -> Option<PathBuf> {
        self.doc
            .path()
            .and_then(Path::parent)
            .filter(|p| !p.as_os_str().is_empty())
            .map(Path::to_path_buf)
    }

    fn remember_recent(&mut self, path: &Path) {
        self.settings.add_recent(path);
        self.save_settings();
    }

    /// A different document is now open: show its start.
    pub(super) fn show_new_document(&mut self) {
        self.pane = Pane::Header;
        self.focus_title = true;
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
            if let Some(next) = self.discard_flow.saved() {
                self.discard_and(next);
            }
        } else {
            self.discard_flow.cancel();
        }
    }

    pub(super) fn save(&mut self) {
        match self.doc.path().map(Path::to_path_buf) {
            Some(path) if self.changed_on_disk(&path) => {
                self.modals.confirm = Some(Confirm::ChangedOnDisk(path));
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
        self.discard_flow.cancel();
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
            self.modals.confirm = Some(Confirm::Discard {
                what,
                file_name: self.file_name().get(self.lang()).to_owned(),
            });
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
            Discarding::Import(None) => self.start_dialog(DialogPurpose::Import),
            Discarding::Import(Some(path)) => self.import_path(&path),
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
            Discarding::Close => self.discard_flow = DiscardFlow::Closing,
        }
    }

    fn import_path(&mut self, path: &Path) {
        match crate::import::import_file(path) {
            Ok(imported) => self.adopt_import(imported, Text::tr("“{}”", &[&path.display()])),
            Err(err) => self.set_error(err.text()),
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
        if removed > 0 || !imported.notes.is_empty() {
            self.modals.import_report = Some(ImportReport::new(from, imported));
        }
    }

    fn export_text_to(&mut self, path: &Path) {
        let out = text::write(self.doc.report(), &self.export.text_options());
        match draft::write_atomic(path, out.as_bytes()) {
            Ok(()) => self.set_status(Text::tr("已导出文本到“{}”。", &[&path.display()])),
            Err(err) => self.set_error(err.text()),
        }
    }

    fn export_to(&mut self, format: Format, path: &Path) {
        let options = ExportOptions {
            format,
            ..self.export.clone()
        };
        let written = exporter::write(self.doc.report(), &options)
            .and_then(|bytes| draft::write_atomic(path, &bytes).map_err(|e| e.text()));
        match written {
            Ok(()) => self.set_status(Text::tr("已导出到“{}”。", &[&path.display()])),
            Err(err) => self.set_error(err),
        }
    }

    // ---- file dialogs ----

    pub(super) fn start_dialog(&mut self, purpose: DialogPurpose) {
        if self.pending_dialog.is_some() {
            self.set_status(Text::tr("文件对话框已打开，请先完成或取消它。", &[]));
            return;
        }
        let lang = self.lang();
        let (kind, title, filter, extensions): (_, _, _, &[&str]) = match purpose {
            DialogPurpose::Open => (
                DialogKind::Open,
                "打开草稿",
                "工作总结草稿",
                &[draft::EXTENSION],
            ),
            DialogPurpose::SaveAs => (
                DialogKind::Save,
                "保存草稿",
                "工作总结草稿",
                &[draft::EXTENSION],
            ),
            DialogPurpose::ExportText => (DialogKind::Save, "导出文本", "文本文件", &["txt"]),
            DialogPurpose::Import => (
                DialogKind::Open,
                "导入",
                "文本、Word、Markdown 或网页",
                &[
                    "txt", "docx", "md", "markdown", "html", "htm", "doc", "wps", "odt",
                ],
            ),
            DialogPurpose::Export(format) => (DialogKind::Save, "导出", format.label(), &[]),
            DialogPurpose::SaveDiff => (DialogKind::Save, "保存对比报告", "HTML 文件", &["html"]),
            DialogPurpose::Merge => (
                DialogKind::OpenMany,
                dialog_heading(purpose),
                "工作总结草稿",
                &[draft::EXTENSION],
            ),
            DialogPurpose::Reference | DialogPurpose::CompareWith | DialogPurpose::StartFrom => (
                DialogKind::Open,
                dialog_heading(purpose),
                "工作总结草稿",
                &[draft::EXTENSION],
            ),
        };
        let extension = extension_of(purpose);
        let request = DialogRequest {
            kind,
            title: tr(lang, title).to_owned(),
            filter_name: tr(lang, filter).to_owned(),
            extensions: if extensions.is_empty() {
                vec![extension.to_owned()]
            } else {
                extensions.iter().map(|e| (*e).to_owned()).collect()
            },
            file_name: (kind == DialogKind::Save).then(|| self.suggested_name(extension)),
            directory: self.start_dir(),
        };
        let answer = self.dialogs.show(request);
        self.pending_dialog = Some(PendingDialog { purpose, answer });
    }

    pub(super) fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some(pending) = &self.pending_dialog else {
            return;
        };
        let outcome = match pending.answer.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
                return;
            }
            Err(TryRecvError::Disconnected) => {
                DialogOutcome::Unavailable(Text::tr("文件对话框意外关闭。", &[]))
            }
        };
        let purpose = pending.purpose;
        self.pending_dialog = None;
        match outcome {
            DialogOutcome::Picked(path) => self.dialog_picked(purpose, path),
            DialogOutcome::PickedMany(paths) if purpose == DialogPurpose::Merge => {
                self.request_discard(Discarding::Merge(paths));
            }
            DialogOutcome::PickedMany(paths) => match paths.into_iter().next() {
                Some(path) => self.dialog_picked(purpose, path),
                None => self.cancel_pending(),
            },
            DialogOutcome::Cancelled => self.cancel_pending(),
            DialogOutcome::Unavailable(reason) => {
                let hint = Text::tr("请在弹出的框中直接输入文件路径。", &[]);
                self.set_error(Text {
                    zh: format!("{}{}", reason.zh, hint.zh),
                    en: format!("{} {}", reason.en, hint.en),
                });
                let text = self
                    .start_dir()
                    .map(|d| d.join(self.suggested_name(extension_of(purpose))))
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                let heading = dialog_heading(purpose);
                self.modals.path = Some((purpose, Prompt::new(heading, "文件路径：", text)));
            }
        }
    }

    /// The user cancelled a dialog or a question: nothing waits for a save any more.
    pub(super) fn cancel_pending(&mut self) {
        self.discard_flow.cancel();
        self.set_status(Text::tr("已取消。", &[]));
    }

    pub(super) fn dialog_picked(&mut self, purpose: DialogPurpose, path: PathBuf) {
        match purpose {
            DialogPurpose::Open => self.open_path(&path),
            DialogPurpose::SaveAs => {
                let path = with_default_extension(path, draft::EXTENSION);
                self.save_and_continue(&path);
            }
            DialogPurpose::ExportText => {
                let path = with_default_extension(path, "txt");
                self.export_text_to(&path);
            }
            DialogPurpose::Export(format) => {
                let path = with_default_extension(path, format.extension());
                self.export_to(format, &path);
            }
            DialogPurpose::Import => self.import_path(&path),
            DialogPurpose::SaveDiff => {
                let path = with_default_extension(path, "html");
                self.save_diff_to(&path);
            }
            DialogPurpose::Reference => self.set_reference(&path),
            DialogPurpose::CompareWith => self.compare_with(&path),
            DialogPurpose::StartFrom => self.request_discard(Discarding::StartFrom(path)),
            DialogPurpose::Merge => self.request_discard(Discarding::Merge(vec![path])),
        }
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
            | "odt" => self.request_discard(Discarding::Import(Some(file))),
            _ => self.set_error(Text::tr(
                "“{}”不是草稿（.ron）、文本（.txt）、Word 文档（.docx、.doc、.wps、.odt）、Markdown 或网页，无法打开。",
                &[&file.display()],
            )),
        }
    }

    /// Closing the window with unsaved changes asks first.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && self.doc.is_dirty()
            && self.discard_flow != DiscardFlow::Closing
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.modals.confirm = Some(Confirm::Discard {
                what: Discarding::Close,
                file_name: self.file_name().get(self.lang()).to_owned(),
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
    /// The window closes as soon as no question or file dialog is open (the changes were
    /// saved or the user chose to discard them). Nothing leaves this state.
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

fn extension_of(purpose: DialogPurpose) -> &'static str {
    match purpose {
        DialogPurpose::Open | DialogPurpose::SaveAs => draft::EXTENSION,
        DialogPurpose::ExportText => "txt",
        DialogPurpose::Export(format) => format.extension(),
        DialogPurpose::Import => "txt",
        DialogPurpose::SaveDiff => "html",
        DialogPurpose::Reference
        | DialogPurpose::CompareWith
        | DialogPurpose::StartFrom
        | DialogPurpose::Merge => draft::EXTENSION,
    }
}

/// The title of a dialog (and of the path box standing in for it).
fn dialog_heading(purpose: DialogPurpose) -> &'static str {
    match purpose {
        DialogPurpose::Open => "打开草稿",
        DialogPurpose::SaveAs => "保存草稿",
        DialogPurpose::ExportText => "导出文本",
        DialogPurpose::Export(_) => "导出",
        DialogPurpose::Import => "导入",
        DialogPurpose::Reference => "选择上期草稿",
        DialogPurpose::CompareWith => "选择要对比的草稿",
        DialogPurpose::SaveDiff => "保存对比报告",
        DialogPurpose::StartFrom => "选择上期草稿",
        DialogPurpose::Merge => "选择要合并的草稿",
    }
}

/// A name typed without an extension gets the format's own.
fn with_default_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
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
