//! The application: document state, menus, shortcuts, dialogs and the command loop.

use super::APP_NAME;
use super::clipboard::{RichClipboard, SystemClipboard};
use super::dialogs::{DialogKind, DialogOutcome, DialogRequest, FileDialogs};
use super::panes::{self, Jump};
use crate::check::{self, Finding, Place};
use crate::edit;
use crate::export::text::{self, LineEnding, TextOptions};
use crate::export::{self as exporter, ExportOptions, Format};
use crate::history::History;
use crate::i18n::{Lang, tr};
use crate::model::{ItemPath, Report, SectionKind};
use crate::storage::AppDirs;
use crate::storage::draft::{self, DiskStamp};
use crate::storage::recovery::{self, Autosaver, Recovered, RecoveryStore};
use crate::storage::settings::Settings;
use crate::template::{self, Template};
use egui::{Key, KeyboardShortcut, Modifiers, RichText, ViewportCommand};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

/// The most often derived views are recomputed while the user types (seconds).
const DERIVED_EVERY: f64 = 0.12;

/// A recovery copy is written once typing pauses this long…
const AUTOSAVE_PAUSE: Duration = Duration::from_millis(1000);
/// …or, during continuous typing, this long after the first unsaved change.
const AUTOSAVE_MAX_DELAY: Duration = Duration::from_millis(2000);

/// Which part of the report the editor shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    /// Title and 导语.
    Header,
    /// One section, by index into `Report::sections`.
    Section(usize),
    /// Closing paragraph and signature.
    Closing,
}

/// The message in the status line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub is_error: bool,
}

/// What the UI asks for; applied after drawing, so no list changes while it is iterated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Command {
    New,
    Open,
    Save,
    SaveAs,
    ExportText,
    ShowExportDialog,
    Import,
    PasteAsNew,
    CopyAll,
    CopyRich,
    Quit,
    OpenRecent(PathBuf),
    RemoveRecent(PathBuf),
    ShowRecovery,
    SelectPane(Pane),
    Undo,
    Redo,
    OpenFind {
        replace: bool,
    },
    FindNext {
        forward: bool,
    },
    ReplaceOne,
    ReplaceAll,
    ShowTemplates,
    SaveAsTemplate,
    ShowTitleBuilder,
    JumpTo(Box<Finding>),
    Fix(Box<Finding>),
    FixAllSafe,
    AddItem {
        section: usize,
        parent: Option<ItemPath>,
    },
    InsertAfter(ItemPath),
    DeleteItem(ItemPath),
    MoveUp(ItemPath),
    MoveDown(ItemPath),
    Indent(ItemPath),
    Outdent(ItemPath),
}

/// Something that replaces the current document, asked about when it has unsaved changes.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Discarding {
    New,
    Open,
    OpenPath(PathBuf),
    /// Import a text or DOCX file (from the dialog when None).
    Import(Option<PathBuf>),
    /// Start a new draft from a template.
    Template(Box<Report>),
    /// Make a new draft of pasted text.
    ImportText(String),
    /// Restore the recovery copy at this path.
    Restore(PathBuf),
    Close,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Confirm {
    Discard(Discarding),
    DeleteItem(ItemPath),
    /// The file changed on disk since it was opened or saved.
    ChangedOnDisk(PathBuf),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DialogPurpose {
    Open,
    SaveAs,
    ExportText,
    /// The export dialog's format.
    Export(Format),
    Import,
}

struct PendingDialog {
    purpose: DialogPurpose,
    answer: Receiver<DialogOutcome>,
}

/// The in-app path box, used when no system dialog can be shown.
struct PathPrompt {
    purpose: DialogPurpose,
    text: String,
}

pub struct AppOptions {
    /// A draft to open, or where a new draft will be saved if it does not exist yet.
    pub path: Option<PathBuf>,
    pub dialogs: Box<dyn FileDialogs>,
    /// Where settings and recovery copies live; `None` turns both off.
    pub dirs: Option<AppDirs>,
    /// Rich-text copy target; `None` is the system clipboard.
    pub clipboard: Option<Box<dyn RichClipboard>>,
}

pub struct WorkSummaryApp {
    report: Report,
    /// The report as last opened or saved; the document is dirty while they differ.
    saved: Report,
    path: Option<PathBuf>,
    dirty: bool,
    /// Bumped on every change to the report; derived text is recomputed when it moves.
    revision: u64,
    pane: Pane,
    export: ExportOptions,
    preview: String,
    preview_key: Option<(u64, TextOptions)>,
    show_preview: bool,
    status: Status,
    font_warning: Option<&'static str>,
    dialogs: Box<dyn FileDialogs>,
    pending_dialog: Option<PendingDialog>,
    path_prompt: Option<PathPrompt>,
    confirm: Option<Confirm>,
    /// What to do once the save started by "保存" in the discard question has finished.
    after_save: Option<Discarding>,
    focus_title: bool,
    allow_close: bool,
    window_title: String,
    commands: Vec<Command>,
    /// What the file held when last read or written here; a different content on disk at
    /// save time means another program changed it.
    disk_stamp: Option<DiskStamp>,
    settings: Settings,
    settings_file: Option<PathBuf>,
    recovery: Option<RecoveryStore>,
    autosaver: Option<Autosaver>,
    /// First change not yet in a recovery copy, and the latest change.
    unsaved_since: Option<Instant>,
    last_change: Instant,
    autosaved_revision: u64,
    recovery_written: bool,
    /// Copies left by instances that crashed, offered at start.
    recovered: Vec<Recovered>,
    show_recovery: bool,
    focus_recovery: bool,
    clipboard: Box<dyn RichClipboard>,
    show_export: bool,
    /// Pages on the GB/T 9704 grid, with the preview.
    pages: usize,
    /// After an import: the junk lines removed, shown until the user closes the note.
    import_report: Option<(String, Vec<String>)>,
    /// Proofreading findings, recomputed when the report changes.
    findings: Vec<Finding>,
    side: SideView,
    jump: Option<Jump>,
    /// Settings as last written, to write again only when a choice changes.
    saved_settings: Settings,
    history: History,
    /// The revision the history has recorded; typing in this frame groups into one step.
    history_revision: u64,
    typed: bool,
    find: FindBar,
    /// 字数: the whole report and each section, recomputed with the preview.
    words: usize,
    section_words: Vec<usize>,
    templates: Option<TemplatePicker>,
    template_name: Option<String>,
    title_builder: Option<TitleBuilder>,
    first_frame_done: bool,
    checker: check::Checker,
    seen_revision: u64,
    /// When derived views were last recomputed (egui's input time, seconds).
    derived_at: f64,
    /// Bumped when the preview text changes; with the width, keys the laid-out paragraphs.
    preview_version: u64,
    preview_layout: PreviewLayout,
}

/// The preview's paragraphs laid out for one width, and where each starts: only those in
/// view are painted, so a long document costs nothing while idle.
#[derive(Default)]
struct PreviewLayout {
    key: (u64, u32),
    galleys: Vec<std::sync::Arc<egui::Galley>>,
    tops: Vec<f32>,
    height: f32,
}

#[derive(Default)]
struct FindBar {
    open: bool,
    replace: bool,
    query: String,
    replacement: String,
    /// Index of the current match.
    current: usize,
    focus: bool,
    /// The match count for (revision, query).
    counted: Option<((u64, String), usize)>,
}

struct TemplatePicker {
    list: Vec<Template>,
}

struct TitleBuilder {
    unit: String,
    year: String,
    period: &'static str,
    topic: String,
    kind: &'static str,
}

/// What the right-hand panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SideView {
    Preview,
    Findings,
}

impl WorkSummaryApp {
    pub fn new(ctx: &egui::Context, options: AppOptions) -> Self {
        let AppOptions {
            path,
            dialogs,
            dirs,
            clipboard,
        } = options;
        ctx.options_mut(|o| o.zoom_with_keyboard = true);
        let mut app = Self {
            report: Report::default(),
            saved: Report::default(),
            path: None,
            dirty: false,
            revision: 0,
            pane: Pane::Header,
            export: ExportOptions::default(),
            preview: String::new(),
            preview_key: None,
            show_preview: true,
            status: Status::default(),
            font_warning: None,
            dialogs,
            pending_dialog: None,
            path_prompt: None,
            confirm: None,
            after_save: None,
            focus_title: true,
            allow_close: false,
            window_title: String::new(),
            commands: Vec::new(),
            disk_stamp: None,
            settings: Settings::default(),
            settings_file: None,
            recovery: None,
            autosaver: None,
            unsaved_since: None,
            last_change: Instant::now(),
            autosaved_revision: 0,
            recovery_written: false,
            recovered: Vec::new(),
            show_recovery: false,
            focus_recovery: true,
            clipboard: clipboard.unwrap_or_else(|| Box::new(SystemClipboard::default())),
            show_export: false,
            pages: 1,
            import_report: None,
            findings: Vec::new(),
            side: SideView::Preview,
            jump: None,
            saved_settings: Settings::default(),
            history: History::new(&Report::default()),
            history_revision: 0,
            typed: false,
            find: FindBar::default(),
            words: 0,
            section_words: Vec::new(),
            templates: None,
            template_name: None,
            title_builder: None,
            first_frame_done: false,
            checker: check::Checker::default(),
            seen_revision: u64::MAX,
            derived_at: f64::NEG_INFINITY,
            preview_version: 0,
            preview_layout: PreviewLayout::default(),
        };
        let mut warnings = Vec::new();
        if let Some(dirs) = dirs {
            let (settings, warning) = Settings::load(&dirs.settings_file);
            warnings.extend(warning);
            app.export = settings.export.clone();
            app.show_preview = settings.show_preview;
            ctx.set_zoom_factor(settings.zoom.clamp(0.5, 3.0));
            app.saved_settings = settings.clone();
            app.settings = settings;
            app.settings_file = Some(dirs.settings_file);
            match RecoveryStore::open(&dirs.recovery)
                .and_then(|store| Autosaver::spawn().map(|saver| (store, saver)))
            {
                Ok((store, saver)) => {
                    let (found, problems) = store.orphans();
                    warnings.extend(
                        problems
                            .into_iter()
                            .map(|p| format!("有一份恢复副本无法读取：{p}")),
                    );
                    app.show_recovery = !found.is_empty();
                    app.recovered = found;
                    app.recovery = Some(store);
                    app.autosaver = Some(saver);
                }
                Err(err) => warnings.push(format!(
                    "无法使用恢复文件夹“{}”：{err}。本次不会自动保存恢复副本。",
                    dirs.recovery.display()
                )),
            }
        }
        if let Some(path) = path {
            if path.exists() {
                app.open_path(&path);
            } else {
                app.path = Some(path.clone());
                app.set_status(format!("新草稿，按 Ctrl+S 保存到“{}”。", path.display()));
            }
        } else {
            app.set_status("新草稿。");
        }
        if !warnings.is_empty() {
            app.set_error(warnings.join(" "));
        }
        app
    }

    /// Recovery copies offered at start (crashed instances' drafts).
    pub fn recovered(&self) -> &[Recovered] {
        &self.recovered
    }

    /// This instance's recovery copy, if recovery is on.
    pub fn recovery_file(&self) -> Option<PathBuf> {
        self.recovery.as_ref().map(RecoveryStore::own_file)
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    fn save_settings(&mut self) {
        self.saved_settings = self.settings.clone();
        if let Some(file) = &self.settings_file
            && let Err(err) = self.settings.save(file)
        {
            self.set_error(err);
        }
    }

    fn remember_recent(&mut self, path: &Path) {
        self.settings.add_recent(path);
        self.save_settings();
    }

    pub fn report(&self) -> &Report {
        &self.report
    }

    pub fn report_mut(&mut self) -> &mut Report {
        self.revision += 1;
        &mut self.report
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    pub fn status(&self) -> &Status {
        &self.status
    }

    pub fn pane(&self) -> Pane {
        self.pane
    }

    pub fn text_options(&self) -> TextOptions {
        self.export.text_options()
    }

    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    pub fn export_options(&self) -> &ExportOptions {
        &self.export
    }

    pub fn window_title(&self) -> &str {
        &self.window_title
    }

    pub fn set_font_warning(&mut self, warning: Option<&'static str>) {
        self.font_warning = warning;
    }

    fn set_status(&mut self, text: impl Into<String>) {
        self.status = Status {
            text: text.into(),
            is_error: false,
        };
    }

    fn set_error(&mut self, text: impl Into<String>) {
        self.status = Status {
            text: text.into(),
            is_error: true,
        };
    }

    fn file_name(&self) -> String {
        self.path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(|| "未命名".to_owned(), |n| n.to_string_lossy().into_owned())
    }

    /// A file name for Save As: the title if there is one, else 工作总结.
    fn suggested_name(&self, extension: &str) -> String {
        if let Some(name) = self.path.as_deref().and_then(Path::file_stem) {
            return format!("{}.{extension}", name.to_string_lossy());
        }
        let title: String = self
            .report
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
        self.path
            .as_deref()
            .and_then(Path::parent)
            .filter(|p| !p.as_os_str().is_empty())
            .map(Path::to_path_buf)
    }

    // ---- document operations ----

    fn replace_document(&mut self, report: Report, path: Option<PathBuf>) {
        self.saved = report.clone();
        self.history.reset(&report);
        self.report = report;
        self.path = path;
        self.disk_stamp = None;
        self.revision += 1;
        self.dirty = false;
        self.pane = Pane::Header;
        self.focus_title = true;
    }

    fn open_path(&mut self, path: &Path) {
        match draft::load_full(path) {
            Ok(loaded) => {
                self.replace_document(loaded.report, Some(path.to_path_buf()));
                self.disk_stamp = Some(loaded.stamp);
                self.remember_recent(path);
                self.set_status(format!("已打开“{}”。", path.display()));
            }
            // The current document stays as it is, and no path changes: nothing is overwritten.
            Err(err) => self.set_error(err.to_string()),
        }
    }

    fn save_to(&mut self, path: &Path) -> bool {
        match draft::save_atomic(&self.report, path) {
            Ok(stamp) => {
                self.saved = self.report.clone();
                self.path = Some(path.to_path_buf());
                self.disk_stamp = Some(stamp);
                self.dirty = false;
                self.remember_recent(path);
                self.set_status(format!("已保存到“{}”。", path.display()));
                true
            }
            Err(err) => {
                self.set_error(err.to_string());
                false
            }
        }
    }

    fn save(&mut self) {
        match self.path.clone() {
            Some(path) => {
                if self.changed_on_disk(&path) {
                    self.confirm = Some(Confirm::ChangedOnDisk(path));
                    return;
                }
                if self.save_to(&path) {
                    self.continue_after_save();
                } else {
                    self.after_save = None;
                }
            }
            None => self.start_dialog(DialogPurpose::SaveAs),
        }
    }

    /// True when the file holds something other than what was last read or written here
    /// (another program or another instance saved it). A deleted file is simply written again.
    fn changed_on_disk(&self, path: &Path) -> bool {
        match DiskStamp::of_file(path) {
            Ok(Some(now)) => self.disk_stamp != Some(now),
            Ok(None) => false,
            // Unreadable now: let the save itself report the problem.
            Err(_) => false,
        }
    }

    fn save_overwriting(&mut self, path: &Path) {
        if self.save_to(path) {
            self.continue_after_save();
        } else {
            self.after_save = None;
        }
    }

    fn reload_from_disk(&mut self, path: &Path) {
        self.after_save = None;
        match draft::load_full(path) {
            Ok(loaded) => {
                self.replace_document(loaded.report, Some(path.to_path_buf()));
                self.disk_stamp = Some(loaded.stamp);
                self.set_status(format!(
                    "已从磁盘重新载入“{}”，本窗口的修改已放弃。",
                    path.display()
                ));
            }
            Err(err) => self.set_error(err.to_string()),
        }
    }

    fn restore(&mut self, file: &Path) {
        let Some(found) = self.recovered.iter().position(|r| r.file == file) else {
            return;
        };
        let entry = self.recovered.remove(found);
        // What the user's own file holds is the saved state; the recovered text is unsaved.
        let on_disk = entry
            .original
            .as_deref()
            .and_then(|p| draft::load_full(p).ok());
        let (saved, stamp) = match on_disk {
            Some(loaded) => (loaded.report, Some(loaded.stamp)),
            None => (Report::default(), None),
        };
        self.saved = saved;
        self.history.reset(&entry.report);
        self.report = entry.report;
        self.path = entry.original.clone();
        self.disk_stamp = stamp;
        self.revision += 1;
        self.pane = Pane::Header;
        self.focus_title = true;
        self.dirty = self.report != self.saved;
        // Our own copy takes over from the old one before it is removed.
        if let (Some(store), Some(saver)) = (&self.recovery, &self.autosaver) {
            saver.write(store.own_file(), self.report.clone(), self.path.clone());
            saver.remove(entry.file.clone());
            self.autosaved_revision = self.revision;
            self.recovery_written = true;
        }
        self.set_status(format!(
            "已恢复{}，请检查后保存。",
            entry
                .original
                .as_deref()
                .map_or_else(|| "未命名草稿".to_owned(), |p| format!("“{}”", p.display()))
        ));
    }

    fn discard_recovered(&mut self, file: &Path) {
        self.recovered.retain(|r| r.file != file);
        if let Err(err) = recovery::discard(file) {
            self.set_error(format!("无法删除恢复副本“{}”：{err}。", file.display()));
        }
    }

    /// Write a recovery copy once typing pauses (or has gone on for a while), on the writer
    /// thread; remove it once the document is saved.
    fn autosave(&mut self, ctx: &egui::Context) {
        let (Some(store), Some(saver)) = (&self.recovery, &self.autosaver) else {
            return;
        };
        while let Ok(result) = saver.reports.try_recv() {
            if let Err(err) = result {
                self.status = Status {
                    text: format!("自动保存恢复副本失败：{err}"),
                    is_error: true,
                };
            }
        }
        if self.dirty && self.autosaved_revision != self.revision {
            let since = *self.unsaved_since.get_or_insert(self.last_change);
            let pause = self.last_change.elapsed();
            if pause >= AUTOSAVE_PAUSE || since.elapsed() >= AUTOSAVE_MAX_DELAY {
                saver.write(store.own_file(), self.report.clone(), self.path.clone());
                self.autosaved_revision = self.revision;
                self.recovery_written = true;
                self.unsaved_since = None;
            } else {
                let wait = AUTOSAVE_PAUSE
                    .saturating_sub(pause)
                    .min(AUTOSAVE_MAX_DELAY.saturating_sub(since.elapsed()));
                ctx.request_repaint_after(wait);
            }
        } else if !self.dirty {
            self.unsaved_since = None;
            if self.recovery_written {
                saver.remove(store.own_file());
                self.recovery_written = false;
            }
        }
    }

    /// Record this frame's change as one undo step, or as typing grouped with the last.
    fn record_history(&mut self) {
        if self.revision != self.history_revision {
            if std::mem::take(&mut self.typed) {
                self.history.typed(&self.report, Instant::now());
            } else {
                self.history.changed(&self.report);
            }
            self.history_revision = self.revision;
        }
        self.typed = false;
    }

    fn templates_dir(&self) -> Option<PathBuf> {
        self.settings_file
            .as_deref()
            .and_then(Path::parent)
            .map(|d| d.join("templates"))
    }

    fn continue_after_save(&mut self) {
        if let Some(next) = self.after_save.take() {
            self.discard_and(next);
        }
    }

    /// Ask before `what` throws away unsaved changes.
    fn request_discard(&mut self, what: Discarding) {
        if self.dirty {
            self.confirm = Some(Confirm::Discard(what));
        } else {
            self.discard_and(what);
        }
    }

    fn discard_and(&mut self, what: Discarding) {
        match what {
            Discarding::New => {
                self.replace_document(Report::default(), None);
                self.set_status("已新建草稿。");
            }
            Discarding::Open => self.start_dialog(DialogPurpose::Open),
            Discarding::OpenPath(path) => self.open_path(&path),
            Discarding::Import(None) => self.start_dialog(DialogPurpose::Import),
            Discarding::Import(Some(path)) => self.import_path(&path),
            Discarding::Template(report) => {
                self.replace_document(Report::default(), None);
                self.report = *report;
                self.history.reset(&self.report);
                self.revision += 1;
                self.focus_title = true;
                self.set_status("已按模板新建草稿。");
            }
            Discarding::ImportText(text) => {
                let imported = crate::import::import_text(&text);
                self.adopt_import(imported, "剪贴板".to_owned());
            }
            Discarding::Restore(file) => self.restore(&file),
            Discarding::Close => self.allow_close = true,
        }
    }

    fn export_text_to(&mut self, path: &Path) {
        let out = text::write(&self.report, &self.export.text_options());
        match draft::write_atomic(path, out.as_bytes()) {
            Ok(()) => self.set_status(format!("已导出文本到“{}”。", path.display())),
            Err(err) => self.set_error(err.to_string()),
        }
    }

    fn import_path(&mut self, path: &Path) {
        match crate::import::import_file(path) {
            Ok(imported) => self.adopt_import(imported, format!("“{}”", path.display())),
            Err(err) => self.set_error(err.to_string()),
        }
    }

    /// An import becomes a new, unsaved, untitled draft; what was removed is shown.
    fn adopt_import(&mut self, imported: crate::import::Imported, from: String) {
        self.replace_document(Report::default(), None);
        self.report = imported.report;
        self.history.reset(&self.report);
        self.revision += 1;
        self.dirty = true;
        let removed = imported.removed.len();
        self.set_status(if removed == 0 {
            format!(
                "已从{from}导入（{}），请检查各部分后保存。",
                imported.source
            )
        } else {
            format!(
                "已从{from}导入（{}），删除了 {removed} 行网页杂项，请检查各部分后保存。",
                imported.source
            )
        });
        if removed > 0 {
            self.import_report = Some((from, imported.removed));
        }
    }

    fn export_to(&mut self, format: Format, path: &Path) {
        let options = ExportOptions {
            format,
            ..self.export.clone()
        };
        let written = exporter::write(&self.report, &options)
            .and_then(|bytes| draft::write_atomic(path, &bytes).map_err(|e| e.to_string()));
        match written {
            Ok(()) => self.set_status(format!("已导出到“{}”。", path.display())),
            Err(err) => self.set_error(err),
        }
    }

    // ---- dialogs ----

    fn start_dialog(&mut self, purpose: DialogPurpose) {
        if self.pending_dialog.is_some() {
            self.set_status("文件对话框已打开，请先完成或取消它。");
            return;
        }
        let request = match purpose {
            DialogPurpose::Open => DialogRequest {
                kind: DialogKind::Open,
                title: "打开草稿".to_owned(),
                filter_name: "工作总结草稿".to_owned(),
                extensions: vec![draft::EXTENSION.to_owned()],
                file_name: None,
                directory: self.start_dir(),
            },
            DialogPurpose::SaveAs => DialogRequest {
                kind: DialogKind::Save,
                title: "保存草稿".to_owned(),
                filter_name: "工作总结草稿".to_owned(),
                extensions: vec![draft::EXTENSION.to_owned()],
                file_name: Some(self.suggested_name(draft::EXTENSION)),
                directory: self.start_dir(),
            },
            DialogPurpose::ExportText => DialogRequest {
                kind: DialogKind::Save,
                title: "导出文本".to_owned(),
                filter_name: "文本文件".to_owned(),
                extensions: vec!["txt".to_owned()],
                file_name: Some(self.suggested_name("txt")),
                directory: self.start_dir(),
            },
            DialogPurpose::Import => DialogRequest {
                kind: DialogKind::Open,
                title: "导入".to_owned(),
                filter_name: "文本或 Word 文档".to_owned(),
                extensions: vec!["txt".to_owned(), "docx".to_owned()],
                file_name: None,
                directory: self.start_dir(),
            },
            DialogPurpose::Export(format) => DialogRequest {
                kind: DialogKind::Save,
                title: "导出".to_owned(),
                filter_name: format.label().to_owned(),
                extensions: vec![format.extension().to_owned()],
                file_name: Some(self.suggested_name(format.extension())),
                directory: self.start_dir(),
            },
        };
        let answer = self.dialogs.show(request);
        self.pending_dialog = Some(PendingDialog { purpose, answer });
    }

    fn poll_dialog(&mut self) {
        let Some(pending) = &self.pending_dialog else {
            return;
        };
        let outcome = match pending.answer.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => {
                DialogOutcome::Unavailable("文件对话框意外关闭。".to_owned())
            }
        };
        let purpose = pending.purpose;
        self.pending_dialog = None;
        match outcome {
            DialogOutcome::Picked(path) => self.dialog_picked(purpose, path),
            DialogOutcome::Cancelled => {
                self.after_save = None;
                self.set_status("已取消。");
            }
            DialogOutcome::Unavailable(reason) => {
                self.set_error(format!("{reason}请在弹出的框中直接输入文件路径。"));
                self.path_prompt = Some(PathPrompt {
                    purpose,
                    text: self
                        .start_dir()
                        .map(|d| d.join(self.suggested_name(extension_of(purpose))))
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                });
            }
        }
    }

    fn dialog_picked(&mut self, purpose: DialogPurpose, path: PathBuf) {
        match purpose {
            DialogPurpose::Open => self.open_path(&path),
            DialogPurpose::SaveAs => {
                let path = with_default_extension(path, draft::EXTENSION);
                if self.save_to(&path) {
                    self.continue_after_save();
                } else {
                    self.after_save = None;
                }
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
        }
    }

    // ---- frame ----

    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        if self.confirm.is_some() || self.path_prompt.is_some() {
            return;
        }
        let shortcut = |m, k| KeyboardShortcut::new(m, k);
        let cmd_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        ctx.input_mut(|i| {
            // Taken before any text field sees them: undo is the document's, across panes.
            if i.consume_shortcut(&shortcut(cmd_shift, Key::Z)) {
                self.commands.push(Command::Redo);
            } else if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::Z)) {
                self.commands.push(Command::Undo);
            }
            if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::Y)) {
                self.commands.push(Command::Redo);
            }
            if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::F)) {
                self.commands.push(Command::OpenFind { replace: false });
            }
            if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::H)) {
                self.commands.push(Command::OpenFind { replace: true });
            }
            // Most specific first: Ctrl+Shift+S must not also trigger Ctrl+S.
            if i.consume_shortcut(&shortcut(cmd_shift, Key::S)) {
                self.commands.push(Command::SaveAs);
            } else if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::S)) {
                self.commands.push(Command::Save);
            }
            if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::N)) {
                self.commands.push(Command::New);
            }
            if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::O)) {
                self.commands.push(Command::Open);
            }
        });
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.dirty && !self.allow_close {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.confirm = Some(Confirm::Discard(Discarding::Close));
        }
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let structural = |app: &mut Self, result: Option<ItemPath>| {
            if result.is_some() {
                app.revision += 1;
            }
        };
        match command {
            Command::New => self.request_discard(Discarding::New),
            Command::Open => self.request_discard(Discarding::Open),
            Command::Save => self.save(),
            Command::SaveAs => self.start_dialog(DialogPurpose::SaveAs),
            Command::ExportText => self.start_dialog(DialogPurpose::ExportText),
            Command::ShowExportDialog => self.show_export = true,
            Command::Import => self.request_discard(Discarding::Import(None)),
            Command::PasteAsNew => match self.clipboard.get_text() {
                Ok(text) if !text.trim().is_empty() => {
                    self.request_discard(Discarding::ImportText(text));
                }
                Ok(_) => self.set_error("剪贴板里没有文字。"),
                Err(err) => self.set_error(err),
            },
            Command::CopyRich => {
                let html = format!(
                    "<html><head><meta charset=\"utf-8\"/></head><body>{}</body></html>",
                    exporter::html::fragment(&self.report, &self.export)
                );
                let plain = text::write(&self.report, &self.export.text_options());
                match self.clipboard.set_html(&html, &plain) {
                    Ok(()) => self.set_status(
                        "已复制为公文格式：粘贴到 Word/WPS 保留字体和缩进，粘贴到记事本为纯文本。",
                    ),
                    Err(err) => self.set_error(err),
                }
            }
            Command::CopyAll => {
                let out = text::write(&self.report, &self.export.text_options());
                let chars = out.chars().filter(|c| !c.is_whitespace()).count();
                ctx.copy_text(out);
                self.set_status(format!("已复制全文到剪贴板（{chars} 字）。"));
            }
            Command::Quit => ctx.send_viewport_cmd(ViewportCommand::Close),
            Command::OpenRecent(path) => {
                if path.exists() {
                    self.request_discard(Discarding::OpenPath(path));
                } else {
                    self.set_error(format!(
                        "“{}”已不存在（被移动或删除），可在“最近打开”中移除它。",
                        path.display()
                    ));
                }
            }
            Command::RemoveRecent(path) => {
                self.settings.remove_recent(&path);
                self.save_settings();
            }
            Command::ShowRecovery => {
                if let Some(store) = &self.recovery {
                    let (found, _) = store.orphans();
                    self.recovered = found;
                }
                if self.recovered.is_empty() {
                    self.set_status("没有需要恢复的草稿。");
                } else {
                    self.show_recovery = true;
                    self.focus_recovery = true;
                }
            }
            Command::SelectPane(pane) => self.pane = pane,
            Command::Undo | Command::Redo => {
                let step = if command == Command::Undo {
                    self.history.undo(&self.report)
                } else {
                    self.history.redo(&self.report)
                };
                match step {
                    Some(report) => {
                        self.report = report;
                        self.revision += 1;
                        self.history_revision = self.revision;
                        // Paths and panes may point at items that no longer exist.
                        if let Pane::Section(i) = self.pane
                            && i >= self.report.sections.len()
                        {
                            self.pane = Pane::Header;
                        }
                    }
                    None => self.set_status(if command == Command::Undo {
                        "没有可以撤销的操作。"
                    } else {
                        "没有可以重做的操作。"
                    }),
                }
            }
            Command::OpenFind { replace } => {
                self.find.open = true;
                self.find.replace |= replace;
                self.find.focus = true;
            }
            Command::FindNext { forward } => {
                let matches = check::find(&self.report, &self.find.query);
                if matches.is_empty() {
                    self.set_status(format!("没有找到“{}”。", self.find.query));
                } else {
                    let n = matches.len();
                    // `current` is past the end after the query changed: start from the top.
                    self.find.current = match (forward, self.find.current < n) {
                        (true, true) => (self.find.current + 1) % n,
                        (false, true) => (self.find.current + n - 1) % n,
                        (true, false) => 0,
                        (false, false) => n - 1,
                    };
                    let (place, range) = matches[self.find.current].clone();
                    self.pane = pane_of(&place, self.pane);
                    self.jump = Some(Jump { place, range });
                }
            }
            Command::ReplaceOne => {
                let matches = check::find(&self.report, &self.find.query);
                let at = self.find.current.min(matches.len().saturating_sub(1));
                if let Some((place, range)) = matches.get(at).cloned()
                    && check::replace_range(&mut self.report, &place, range, &self.find.replacement)
                {
                    self.revision += 1;
                    // The next match now has this one's index: step back so "next" lands there.
                    self.find.current = at.checked_sub(1).unwrap_or(usize::MAX);
                    self.commands.push(Command::FindNext { forward: true });
                }
            }
            Command::ReplaceAll => {
                let n =
                    check::replace_all(&mut self.report, &self.find.query, &self.find.replacement);
                if n > 0 {
                    self.revision += 1;
                }
                self.set_status(format!("已替换 {n} 处。"));
            }
            Command::ShowTemplates => {
                let mut list = template::builtin();
                if let Some(dir) = self.templates_dir() {
                    let (mine, problems) = template::user_templates(&dir);
                    list.extend(mine);
                    if !problems.is_empty() {
                        self.set_error(problems.join(" "));
                    }
                }
                self.templates = Some(TemplatePicker { list });
            }
            Command::SaveAsTemplate => self.template_name = Some(String::new()),
            Command::ShowTitleBuilder => {
                self.title_builder = Some(TitleBuilder {
                    unit: self.report.signature.unit.clone(),
                    year: template::current_year().to_string(),
                    period: template::PERIODS[0],
                    topic: String::new(),
                    kind: template::KINDS[0],
                });
            }
            Command::JumpTo(finding) => {
                self.pane = pane_of(&finding.place, self.pane);
                self.jump = Some(Jump {
                    place: finding.place.clone(),
                    range: finding.range.clone(),
                });
            }
            Command::Fix(finding) => {
                if check::apply(&mut self.report, &[&finding]) > 0 {
                    self.revision += 1;
                    self.set_status(format!("已修正：{}", finding.message(false)));
                }
            }
            Command::FixAllSafe => {
                let applied = check::apply_safe(&mut self.report);
                if applied > 0 {
                    self.revision += 1;
                }
                self.set_status(format!(
                    "已完成 {applied} 处安全修正；其余问题需要逐条确认或手工修改。"
                ));
            }
            Command::AddItem { section, parent } => {
                let r = edit::add(&mut self.report, section, parent.as_ref());
                structural(self, r);
            }
            Command::InsertAfter(path) => {
                let r = edit::insert_after(&mut self.report, &path);
                structural(self, r);
            }
            Command::DeleteItem(path) => {
                let has_text = edit::item(&self.report, &path).is_some_and(|it| {
                    !it.heading.trim().is_empty()
                        || !it.body.trim().is_empty()
                        || !it.children.is_empty()
                });
                if has_text {
                    self.confirm = Some(Confirm::DeleteItem(path));
                } else if edit::delete(&mut self.report, &path).is_some() {
                    self.revision += 1;
                }
            }
            Command::MoveUp(path) => {
                let r = edit::move_up(&mut self.report, &path);
                structural(self, r);
            }
            Command::MoveDown(path) => {
                let r = edit::move_down(&mut self.report, &path);
                structural(self, r);
            }
            Command::Indent(path) => {
                let r = edit::indent(&mut self.report, &path);
                structural(self, r);
            }
            Command::Outdent(path) => {
                let r = edit::outdent(&mut self.report, &path);
                structural(self, r);
            }
        }
    }

    fn refresh_derived(&mut self, ctx: &egui::Context) {
        let key = (self.revision, self.export.text_options());
        if self.seen_revision != self.revision {
            self.seen_revision = self.revision;
            self.last_change = Instant::now();
            self.dirty = self.report != self.saved;
        }
        // While typing fast, derived views (preview, findings, counts) follow at most every
        // DERIVED_EVERY seconds, so a keystroke in a long document stays cheap; the frame
        // after a pause brings them up to date.
        let now = ctx.input(|i| i.time);
        let only_typing = self
            .preview_key
            .is_some_and(|(_, options)| options == key.1);
        let since = now - self.derived_at;
        if self.preview_key != Some(key) && only_typing && (0.0..DERIVED_EVERY).contains(&since) {
            ctx.request_repaint_after(Duration::from_secs_f64(DERIVED_EVERY - since));
        } else if self.preview_key != Some(key) {
            self.derived_at = now;
            self.preview_key = Some(key);
            let blocks = exporter::layout_for(&self.report, &self.export);
            self.preview = text::write_blocks(&blocks, &self.export.text_options());
            self.pages = exporter::style::estimate_pages(&blocks);
            self.findings = self.checker.check(&self.report);
            self.preview_version += 1;
            self.words = crate::count::report(&self.report);
            self.section_words = self
                .report
                .sections
                .iter()
                .map(crate::count::section)
                .collect();
            self.dirty = self.report != self.saved;
        }
        let title = format!(
            "{}{} — {APP_NAME}",
            self.file_name(),
            if self.dirty { " *" } else { "" }
        );
        if title != self.window_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let lang = self.settings.lang;
        let t = |zh: &'static str| tr(lang, zh);
        let sc = |m, k| ctx.format_shortcut(&KeyboardShortcut::new(m, k));
        let cmd_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        let mut chosen: Vec<Command> = Vec::new();
        let mut item =
            |ui: &mut egui::Ui, label: &'static str, shortcut: Option<String>, command: Command| {
                let mut button = egui::Button::new(t(label));
                if let Some(shortcut) = shortcut {
                    button = button.shortcut_text(shortcut);
                }
                if ui.add(button).clicked() {
                    chosen.push(command);
                }
            };
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(t("文件"), |ui| {
                item(
                    ui,
                    "新建",
                    Some(sc(Modifiers::COMMAND, Key::N)),
                    Command::New,
                );
                item(ui, "新建自模板…", None, Command::ShowTemplates);
                item(
                    ui,
                    "打开…",
                    Some(sc(Modifiers::COMMAND, Key::O)),
                    Command::Open,
                );
                item(
                    ui,
                    "保存",
                    Some(sc(Modifiers::COMMAND, Key::S)),
                    Command::Save,
                );
                item(ui, "另存为…", Some(sc(cmd_shift, Key::S)), Command::SaveAs);
                item(ui, "存为模板…", None, Command::SaveAsTemplate);
                ui.separator();
                item(ui, "导入…", None, Command::Import);
                item(ui, "粘贴为新草稿", None, Command::PasteAsNew);
                ui.separator();
                item(ui, "导出…", None, Command::ShowExportDialog);
                item(ui, "导出文本…", None, Command::ExportText);
                item(ui, "复制全文", None, Command::CopyAll);
                item(ui, "复制为公文格式", None, Command::CopyRich);
                ui.separator();
                self.recent_menu_ui(ui);
                item(ui, "恢复草稿…", None, Command::ShowRecovery);
                item(ui, "退出", None, Command::Quit);
            });
            ui.menu_button(t("编辑"), |ui| {
                item(
                    ui,
                    "撤销",
                    Some(sc(Modifiers::COMMAND, Key::Z)),
                    Command::Undo,
                );
                item(
                    ui,
                    "重做",
                    Some(sc(Modifiers::COMMAND, Key::Y)),
                    Command::Redo,
                );
                ui.separator();
                item(
                    ui,
                    "查找…",
                    Some(sc(Modifiers::COMMAND, Key::F)),
                    Command::OpenFind { replace: false },
                );
                item(
                    ui,
                    "替换…",
                    Some(sc(Modifiers::COMMAND, Key::H)),
                    Command::OpenFind { replace: true },
                );
                ui.separator();
                item(ui, "标题生成器…", None, Command::ShowTitleBuilder);
            });
            ui.menu_button(t("视图"), |ui| {
                ui.checkbox(&mut self.show_preview, t("显示预览"));
                ui.separator();
                ui.label(t("导出与复制的格式："));
                ui.checkbox(&mut self.export.indent, t("段首空两格"));
                ui.radio_value(
                    &mut self.export.line_ending,
                    LineEnding::Lf,
                    t("换行符 LF（Linux、大多数编辑器）"),
                );
                ui.radio_value(
                    &mut self.export.line_ending,
                    LineEnding::CrLf,
                    t("换行符 CRLF（Windows 记事本、OA 系统）"),
                );
                ui.separator();
                ui.horizontal(|ui| {
                    let label = ui.label(t("字数上限（0 为不限）："));
                    ui.add(
                        egui::DragValue::new(&mut self.settings.char_limit)
                            .range(0..=100_000)
                            .speed(50),
                    )
                    .labelled_by(label.id);
                });
                ui.separator();
                ui.label(t("语言 Language"));
                ui.radio_value(&mut self.settings.lang, Lang::Zh, "中文");
                ui.radio_value(&mut self.settings.lang, Lang::En, "English");
            });
            if ui.button(t("复制全文")).clicked() {
                self.commands.push(Command::CopyAll);
            }
        });
        self.commands.extend(chosen);
    }

    fn recent_menu_ui(&mut self, ui: &mut egui::Ui) {
        ui.menu_button(tr(self.settings.lang, "最近打开"), |ui| {
            if self.settings.recent.is_empty() {
                ui.weak("（空）");
            }
            for path in self.settings.recent.clone() {
                let name = path.display().to_string();
                if path.exists() {
                    if ui.button(&name).clicked() {
                        self.commands.push(Command::OpenRecent(path));
                    }
                } else {
                    ui.horizontal(|ui| {
                        ui.add_enabled(false, egui::Button::new(format!("{name}（已不存在）")));
                        if ui
                            .small_button("移除")
                            .accessible_name(format!("移除 {name}"))
                            .clicked()
                        {
                            self.commands.push(Command::RemoveRecent(path.clone()));
                        }
                    });
                }
            }
        });
    }

    fn tabs_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.settings.lang;
        ui.horizontal_wrapped(|ui| {
            let mut tab = |ui: &mut egui::Ui, pane: Pane, label: String, words: Option<usize>| {
                let response = ui.selectable_label(self.pane == pane, label);
                let response = match words {
                    Some(n) => response.on_hover_text(format!(
                        "{} {n} {}",
                        tr(lang, "本部分"),
                        tr(lang, "字")
                    )),
                    None => response,
                };
                if response.clicked() {
                    self.commands.push(Command::SelectPane(pane));
                }
            };
            tab(ui, Pane::Header, tr(lang, "标题与导语").to_owned(), None);
            for (i, section) in self.report.sections.iter().enumerate() {
                let label = match section.kind {
                    SectionKind::Achievements => tr(lang, "工作成效").to_owned(),
                    SectionKind::Problems => tr(lang, "存在的问题").to_owned(),
                    SectionKind::Plans => tr(lang, "下步计划").to_owned(),
                    SectionKind::Other if section.title.trim().is_empty() => {
                        format!("其他部分 {}", i + 1)
                    }
                    SectionKind::Other => section.title.trim().chars().take(12).collect(),
                };
                tab(
                    ui,
                    Pane::Section(i),
                    label,
                    self.section_words.get(i).copied(),
                );
            }
            tab(ui, Pane::Closing, tr(lang, "结尾与落款").to_owned(), None);
        });
    }

    fn find_ui(&mut self, ui: &mut egui::Ui) {
        if !self.find.open {
            return;
        }
        let lang = self.settings.lang;
        let t = |zh: &'static str| tr(lang, zh);
        // Counted again only when the document or the query changes, not every frame.
        let key = (self.revision, self.find.query.clone());
        if self.find.counted.as_ref().map(|(k, _)| k) != Some(&key) {
            let n = check::find(&self.report, &self.find.query).len();
            self.find.counted = Some((key, n));
        }
        let matches = self.find.counted.as_ref().map_or(0, |(_, n)| *n);
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t("查找："));
            let query = ui
                .add(egui::TextEdit::singleline(&mut self.find.query).desired_width(180.0))
                .labelled_by(label.id);
            if std::mem::take(&mut self.find.focus) {
                query.request_focus();
            }
            if query.changed() {
                self.find.current = usize::MAX;
            }
            if query.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                self.commands.push(Command::FindNext { forward: true });
            }
            let shown = if matches == 0 || self.find.current >= matches {
                format!("{matches}")
            } else {
                format!("{}/{matches}", self.find.current + 1)
            };
            ui.label(shown);
            if ui
                .add_enabled(matches > 0, egui::Button::new(t("上一个")))
                .clicked()
            {
                self.commands.push(Command::FindNext { forward: false });
            }
            if ui
                .add_enabled(matches > 0, egui::Button::new(t("下一个")))
                .clicked()
            {
                self.commands.push(Command::FindNext { forward: true });
            }
            if self.find.replace {
                let label = ui.label(t("替换为："));
                ui.add(egui::TextEdit::singleline(&mut self.find.replacement).desired_width(140.0))
                    .labelled_by(label.id);
                if ui
                    .add_enabled(matches > 0, egui::Button::new(t("替换")))
                    .clicked()
                {
                    if self.find.current >= matches {
                        self.find.current = 0;
                    }
                    self.commands.push(Command::ReplaceOne);
                }
                if ui
                    .add_enabled(matches > 0, egui::Button::new(t("全部替换")))
                    .clicked()
                {
                    self.commands.push(Command::ReplaceAll);
                }
            }
            if ui.button(t("关闭查找")).clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                self.find.open = false;
            }
        });
        ui.separator();
    }

    fn status_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let color = if self.status.is_error {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().text_color()
            };
            if self.pending_dialog.is_some() {
                ui.spinner();
                ui.label("正在等待文件对话框…");
                if ui.button("不再等待").clicked() {
                    self.pending_dialog = None;
                    self.after_save = None;
                    self.set_status("已停止等待文件对话框。");
                }
            } else {
                let limit = self.settings.char_limit;
                let over = limit > 0 && self.words > limit;
                let count_color = if over {
                    ui.visuals().error_fg_color
                } else {
                    ui.visuals().text_color()
                };
                let lang = self.settings.lang;
                let count = if limit > 0 {
                    format!("{} {} / {limit} {}", tr(lang, "全文"), self.words, tr(lang, "字"))
                } else {
                    format!("{} {} {}", tr(lang, "全文"), self.words, tr(lang, "字"))
                };
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(RichText::new(count).color(count_color))
                        .on_hover_text("按 Word/WPS 的方法计字：每个汉字和全角标点算 1，连续的英文字母或数字算 1，空格和半角标点不计。");
                    // The message takes the rest of the line, from the left.
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        ui.add(
                            egui::Label::new(RichText::new(&self.status.text).color(color))
                                .truncate(),
                        );
                    });
                });
            }
        });
    }

    fn side_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.selectable_value(
                &mut self.side,
                SideView::Preview,
                RichText::new(tr(self.settings.lang, "预览")).heading(),
            );
            let errors = self.findings.len();
            let label = match self.settings.lang {
                Lang::Zh => format!("校对（{errors}）"),
                Lang::En => format!("Proofreading ({errors})"),
            };
            ui.selectable_value(
                &mut self.side,
                SideView::Findings,
                RichText::new(label).heading(),
            )
            .accessible_name(format!("校对（{errors}）"));
        });
        ui.separator();
        match self.side {
            SideView::Preview => self.preview_ui(ui),
            SideView::Findings => self.findings_ui(ui),
        }
    }

    fn findings_ui(&mut self, ui: &mut egui::Ui) {
        let english = self.settings.lang == Lang::En;
        let safe = self
            .findings
            .iter()
            .filter(|f| f.fix.as_ref().is_some_and(|x| x.safe))
            .count();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    safe > 0,
                    egui::Button::new(if english {
                        format!("Apply all safe fixes ({safe})")
                    } else {
                        format!("全部安全修正（{safe}）")
                    }),
                )
                .accessible_name(format!("全部安全修正（{safe}）"))
                .on_hover_text("一次修正所有确定无误的问题（半角标点、省略号、全角数字等）。")
                .clicked()
            {
                self.commands.push(Command::FixAllSafe);
            }
        });
        if self.findings.is_empty() {
            ui.label(if english {
                "No problems found."
            } else {
                "没有发现问题。"
            });
            return;
        }
        ui.horizontal_wrapped(|ui| {
            for (rule, n) in check::counts(&self.findings) {
                ui.small(format!("{} {n}", rule.name(english)));
            }
        });
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("findings")
            .auto_shrink(false)
            .show(ui, |ui| {
                // Long drafts full of pasted text can have thousands; the first ones are enough
                // to work through, and the counts above tell the rest.
                for (i, f) in self.findings.iter().enumerate().take(500) {
                    let color = match f.severity {
                        check::Severity::Error => ui.visuals().error_fg_color,
                        check::Severity::Warning => ui.visuals().warn_fg_color,
                        check::Severity::Info => ui.visuals().weak_text_color(),
                    };
                    ui.horizontal(|ui| {
                        ui.colored_label(color, "●");
                        let text = format!("{}：{}", f.place.describe(english), f.message(english));
                        // Named in Chinese for tests and screen readers, shown in the UI's language.
                        let name = format!("{}：{}", f.place.describe(false), f.message(false));
                        if ui
                            .add(egui::Button::new(text).frame(false).wrap())
                            .accessible_name(name)
                            .on_hover_text("点击跳到这里")
                            .clicked()
                        {
                            self.commands.push(Command::JumpTo(Box::new(f.clone())));
                        }
                        if f.fix.is_some()
                            && ui
                                .small_button(if english { "Fix" } else { "修正" })
                                .accessible_name(format!("修正 第{}条", i + 1))
                                .clicked()
                        {
                            self.commands.push(Command::Fix(Box::new(f.clone())));
                        }
                    });
                }
            });
    }

    fn preview_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.settings.lang;
        ui.horizontal(|ui| {
            ui.checkbox(&mut self.export.indent, tr(lang, "段首空两格"));
        });
        ui.label(match lang {
            Lang::Zh => format!("约 {} 页（A4 公文版心，每页 22 行 × 28 字）", self.pages),
            Lang::En => format!("About {} A4 pages (22 lines × 28 characters)", self.pages),
        })
        .on_hover_text("按 GB/T 9704 的版心估算，实际页数以 Word/WPS 排版为准。");
        ui.separator();
        let font = egui::TextStyle::Body.resolve(ui.style());
        let color = ui.visuals().text_color();
        let width = ui.available_width() - ui.spacing().scroll.bar_width - 4.0;
        let key = (self.preview_version, width.to_bits());
        if self.preview_layout.key != key {
            // egui keeps each paragraph's galley in its cache: after typing, only the
            // paragraph that changed is laid out again.
            let old = std::mem::take(&mut self.preview_layout);
            let same_width = old.key.1 == key.1;
            let mut layout = PreviewLayout {
                key,
                ..PreviewLayout::default()
            };
            let painter = ui.painter();
            for (i, line) in self.preview.lines().enumerate() {
                // Unchanged paragraphs keep their galley; only edited ones are laid out.
                let galley = match old.galleys.get(i) {
                    Some(g) if same_width && g.text() == line => g.clone(),
                    _ => painter.layout(line.to_owned(), font.clone(), color, width),
                };
                layout.tops.push(layout.height);
                layout.height += if line.is_empty() {
                    8.0
                } else {
                    galley.size().y + 2.0
                };
                layout.galleys.push(galley);
            }
            self.preview_layout = layout;
        }
        let layout = &self.preview_layout;
        egui::ScrollArea::vertical()
            .id_salt("preview")
            .auto_shrink(false)
            .show_viewport(ui, |ui, viewport| {
                ui.set_height(layout.height);
                ui.set_width(width);
                let origin = ui.min_rect().min;
                let first = layout
                    .tops
                    .partition_point(|top| *top < viewport.min.y)
                    .saturating_sub(1);
                for (top, galley) in layout.tops[first..].iter().zip(&layout.galleys[first..]) {
                    if *top > viewport.max.y {
                        break;
                    }
                    ui.painter()
                        .galley(origin + egui::vec2(0.0, *top), galley.clone(), color);
                }
            });
    }

    fn export_dialog_ui(&mut self, ctx: &egui::Context) {
        if !self.show_export {
            return;
        }
        let mut close = false;
        let mut go = false;
        let modal = egui::Modal::new(egui::Id::unique("export")).show(ctx, |ui| {
            ui.set_width(480.0);
            ui.heading("导出");
            ui.add_space(4.0);
            ui.label(RichText::new("格式").strong());
            for format in Format::ALL {
                ui.radio_value(&mut self.export.format, format, format.label());
            }
            ui.add_space(4.0);
            ui.label(RichText::new("版式").strong());
            ui.checkbox(&mut self.export.indent, "段首空两格");
            ui.checkbox(&mut self.export.signature, "包含落款（单位、日期）");
            if matches!(self.export.format, Format::Text | Format::Markdown) {
                ui.horizontal(|ui| {
                    ui.label("换行符：");
                    ui.radio_value(&mut self.export.line_ending, LineEnding::Lf, "LF");
                    ui.radio_value(
                        &mut self.export.line_ending,
                        LineEnding::CrLf,
                        "CRLF（Windows）",
                    );
                });
            }
            if matches!(self.export.format, Format::Docx | Format::Html) {
                ui.add_space(4.0);
                ui.label(RichText::new("字体（缺少时 Word/WPS 会用相近字体代替）").strong());
                let fonts = &mut self.export.fonts;
                egui::Grid::new("fonts").num_columns(2).show(ui, |ui| {
                    for (label, list) in [
                        ("标题", &mut fonts.title),
                        ("正文", &mut fonts.body),
                        ("一级标题 一、", &mut fonts.heading1),
                        ("二级标题 （一）", &mut fonts.heading2),
                        ("页码", &mut fonts.page_number),
                    ] {
                        let name = ui.label(label);
                        if list.is_empty() {
                            list.push(String::new());
                        }
                        ui.add(egui::TextEdit::singleline(&mut list[0]).desired_width(220.0))
                            .labelled_by(name.id);
                        ui.end_row();
                    }
                });
                if ui.small_button("恢复默认字体").clicked() {
                    self.export.fonts = exporter::Fonts::default();
                }
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("导出到文件…").clicked() {
                    go = true;
                }
                if ui.button("取消").clicked() {
                    close = true;
                }
            });
        });
        if go {
            self.show_export = false;
            let format = self.export.format;
            self.start_dialog(DialogPurpose::Export(format));
        } else if close || modal.should_close() {
            self.show_export = false;
        }
    }

    fn templates_ui(&mut self, ctx: &egui::Context) {
        let lang = self.settings.lang;
        let t = |zh: &'static str| tr(lang, zh);
        if let Some(picker) = &self.templates {
            let mut chosen = None;
            let mut close = false;
            let modal = egui::Modal::new(egui::Id::unique("templates")).show(ctx, |ui| {
                ui.set_width(460.0);
                ui.heading(t("选择模板"));
                for (i, template) in picker.list.iter().enumerate() {
                    ui.horizontal(|ui| {
                        if ui
                            .button(t("使用"))
                            .accessible_name(format!("{} {}", t("使用"), template.name))
                            .clicked()
                        {
                            chosen = Some(i);
                        }
                        ui.label(RichText::new(&template.name).strong());
                        let sections: Vec<&str> = template
                            .report
                            .sections
                            .iter()
                            .map(|s| s.title.as_str())
                            .collect();
                        ui.weak(format!(
                            "{} · {}",
                            if template.file.is_some() {
                                t("我的模板")
                            } else {
                                t("内置模板")
                            },
                            sections.join(" / ")
                        ));
                    });
                }
                ui.add_space(6.0);
                if ui.button(t("取消")).clicked() {
                    close = true;
                }
            });
            if let Some(i) = chosen {
                let report = picker.list[i].report.clone();
                self.templates = None;
                self.request_discard(Discarding::Template(Box::new(report)));
            } else if close || modal.should_close() {
                self.templates = None;
            }
        }

        if let Some(name) = &mut self.template_name {
            let mut answer = None;
            let modal = egui::Modal::new(egui::Id::unique("template_name")).show(ctx, |ui| {
                ui.set_width(360.0);
                ui.heading(t("存为模板…"));
                let label = ui.label(t("模板名称："));
                let field = ui
                    .add(egui::TextEdit::singleline(name).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                if !field.has_focus() && !field.lost_focus() {
                    field.request_focus();
                }
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                ui.horizontal(|ui| {
                    if ui.button(t("确定")).clicked() || entered {
                        answer = Some(true);
                    }
                    if ui.button(t("取消")).clicked() {
                        answer = Some(false);
                    }
                });
            });
            if modal.should_close() && answer.is_none() {
                answer = Some(false);
            }
            if let Some(ok) = answer {
                let name = self.template_name.take().unwrap_or_default();
                if ok {
                    match self.templates_dir() {
                        Some(dir) => {
                            match template::save_user_template(&dir, &name, &self.report) {
                                Ok(path) => {
                                    self.set_status(format!("已存为模板“{}”。", path.display()))
                                }
                                Err(err) => self.set_error(err),
                            }
                        }
                        None => self.set_error("没有可用的设置文件夹，无法保存模板。"),
                    }
                }
            }
        }

        if let Some(builder) = &mut self.title_builder {
            let mut answer = None;
            let preview = template::build_title(
                &builder.unit,
                &builder.year,
                builder.period,
                &builder.topic,
                builder.kind,
            );
            let modal = egui::Modal::new(egui::Id::unique("title_builder")).show(ctx, |ui| {
                ui.set_width(460.0);
                ui.heading(t("标题生成器…").trim_end_matches('…'));
                egui::Grid::new("title_builder_grid")
                    .num_columns(2)
                    .show(ui, |ui| {
                        let label = ui.label(t("单位："));
                        ui.add(
                            egui::TextEdit::singleline(&mut builder.unit)
                                .hint_text("如：某县文化旅游广电体育局"),
                        )
                        .labelled_by(label.id);
                        ui.end_row();
                        let label = ui.label(t("年份："));
                        ui.add(egui::TextEdit::singleline(&mut builder.year).desired_width(80.0))
                            .labelled_by(label.id);
                        ui.end_row();
                        ui.label(t("期间："));
                        egui::ComboBox::from_id_salt("period")
                            .selected_text(if builder.period.is_empty() {
                                "（无）"
                            } else {
                                builder.period
                            })
                            .show_ui(ui, |ui| {
                                for p in template::PERIODS {
                                    ui.selectable_value(
                                        &mut builder.period,
                                        p,
                                        if p.is_empty() { "（无）" } else { p },
                                    );
                                }
                            })
                            .response
                            .accessible_name(t("期间："));
                        ui.end_row();
                        let label = ui.label(t("事由："));
                        ui.add(
                            egui::TextEdit::singleline(&mut builder.topic)
                                .hint_text("可不填，如：精神文明建设"),
                        )
                        .labelled_by(label.id);
                        ui.end_row();
                        ui.label(t("文种："));
                        egui::ComboBox::from_id_salt("kind")
                            .selected_text(builder.kind)
                            .show_ui(ui, |ui| {
                                for k in template::KINDS {
                                    ui.selectable_value(&mut builder.kind, k, k);
                                }
                            })
                            .response
                            .accessible_name(t("文种："));
                        ui.end_row();
                    });
                ui.add_space(6.0);
                ui.label(RichText::new(&preview).strong().size(16.0));
                ui.horizontal(|ui| {
                    if ui.button(t("应用")).clicked() {
                        answer = Some(true);
                    }
                    if ui.button(t("取消")).clicked() {
                        answer = Some(false);
                    }
                });
            });
            if modal.should_close() && answer.is_none() {
                answer = Some(false);
            }
            if let Some(apply) = answer {
                self.title_builder = None;
                if apply {
                    self.report.title = preview;
                    self.revision += 1;
                }
            }
        }
    }

    fn import_report_ui(&mut self, ctx: &egui::Context) {
        let Some((from, removed)) = &self.import_report else {
            return;
        };
        let mut close = false;
        let modal = egui::Modal::new(egui::Id::unique("import_report")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading("导入完成");
            ui.label(format!(
                "从{from}导入时删除了以下 {} 行网页杂项，其余内容都已放入各部分：",
                removed.len()
            ));
            egui::ScrollArea::vertical()
                .max_height(280.0)
                .show(ui, |ui| {
                    for line in removed {
                        ui.weak(line);
                    }
                });
            if ui.button("知道了").clicked() {
                close = true;
            }
        });
        if close || modal.should_close() {
            self.import_report = None;
        }
    }

    /// Files dropped on the window: a draft opens, a text or DOCX file is imported.
    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
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
            "txt" | "docx" | "text" => self.request_discard(Discarding::Import(Some(file))),
            _ => self.set_error(format!(
                "“{}”不是草稿（.ron）、文本（.txt）或 Word 文档（.docx），无法打开。",
                file.display()
            )),
        }
    }

    fn recovery_ui(&mut self, ctx: &egui::Context) {
        if !self.show_recovery {
            return;
        }
        if self.recovered.is_empty() {
            self.show_recovery = false;
            return;
        }
        let mut action: Option<(bool, PathBuf)> = None;
        let mut close = false;
        let now = recovery::now_secs();
        let modal = egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading("恢复未保存的草稿");
            ui.label("上次程序没有正常退出，以下草稿有未保存的内容：");
            ui.add_space(6.0);
            for (i, entry) in self.recovered.iter().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let name = entry
                        .original
                        .as_deref()
                        .map_or_else(|| "未命名草稿".to_owned(), |p| p.display().to_string());
                    ui.label(RichText::new(&name).strong());
                    let title: String = entry.report.title.trim().chars().take(40).collect();
                    ui.label(if title.is_empty() {
                        "（无标题）".to_owned()
                    } else {
                        format!("标题：{title}")
                    });
                    ui.weak(age_text(now.saturating_sub(entry.saved_at)));
                    ui.horizontal(|ui| {
                        let restore = ui
                            .button("恢复")
                            .accessible_name(format!("恢复 第{}份", i + 1));
                        if i == 0 && std::mem::take(&mut self.focus_recovery) {
                            // Enter restores the newest copy.
                            restore.request_focus();
                        }
                        if restore.clicked() {
                            action = Some((true, entry.file.clone()));
                        }
                        if ui
                            .button("丢弃")
                            .accessible_name(format!("丢弃 第{}份", i + 1))
                            .clicked()
                        {
                            action = Some((false, entry.file.clone()));
                        }
                    });
                });
            }
            ui.add_space(6.0);
            if ui.button("以后再说").clicked() {
                close = true;
            }
        });
        if let Some((restore, file)) = action {
            if restore {
                self.show_recovery = false;
                self.request_discard(Discarding::Restore(file));
            } else {
                self.discard_recovered(&file);
                self.set_status("已丢弃恢复副本。");
            }
        }
        if close || modal.should_close() {
            self.show_recovery = false;
        }
    }

    fn modals_ui(&mut self, ctx: &egui::Context) {
        if let Some(confirm) = self.confirm.clone() {
            let mut close = false;
            let modal = egui::Modal::new(egui::Id::unique("confirm")).show(ctx, |ui| {
                ui.set_max_width(420.0);
                match &confirm {
                    Confirm::Discard(what) => {
                        ui.heading("保存修改？");
                        ui.label(format!(
                            "“{}”有未保存的修改。{}之前要保存吗？",
                            self.file_name(),
                            match what {
                                Discarding::New => "新建",
                                Discarding::Open | Discarding::OpenPath(_) => "打开其他草稿",
                                Discarding::Import(_) | Discarding::ImportText(_) => "导入",
                                Discarding::Template(_) => "按模板新建",
                                Discarding::Restore(_) => "恢复草稿",
                                Discarding::Close => "关闭窗口",
                            }
                        ));
                        ui.add_space(8.0);
                        ui.horizontal(|ui| {
                            if ui.button("保存").clicked() {
                                self.after_save = Some(what.clone());
                                close = true;
                                self.save();
                            }
                            if ui.button("不保存").clicked() {
                                close = true;
                                self.discard_and(what.clone());
                            }
                            if ui.button("取消").clicked() {
                                close = true;
                            }
                        });
                    }
                    Confirm::ChangedOnDisk(path) => {
                        ui.heading("文件已被修改");
                        ui.label(format!(
                            "“{}”在打开或上次保存之后被其他程序（或另一个窗口）修改过。要怎么做？",
                            path.display()
                        ));
                        ui.add_space(8.0);
                        ui.horizontal_wrapped(|ui| {
                            if ui
                                .button("覆盖")
                                .on_hover_text("用本窗口的内容覆盖磁盘上的文件")
                                .clicked()
                            {
                                close = true;
                                self.save_overwriting(path);
                            }
                            if ui.button("另存为…").clicked() {
                                close = true;
                                self.start_dialog(DialogPurpose::SaveAs);
                            }
                            if ui
                                .button("重新载入")
                                .on_hover_text("放弃本窗口的修改，载入磁盘上的版本")
                                .clicked()
                            {
                                close = true;
                                self.reload_from_disk(path);
                            }
                            if ui.button("取消").clicked() {
                                close = true;
                                self.after_save = None;
                            }
                        });
                    }
                    Confirm::DeleteItem(path) => {
                        let heading = edit::item(&self.report, path)
                            .map(|it| it.heading.trim().chars().take(24).collect::<String>())
                            .unwrap_or_default();
                        ui.heading("删除条目？");
                        ui.label(if heading.is_empty() {
                            "这个条目有内容，删除后不能恢复。确定删除吗？".to_owned()
                        } else {
                            format!(
                                "条目“{heading}”及其下级条目将被删除，删除后不能恢复。确定删除吗？"
                            )
                        });
                        ui.add_space(8.0);
                        ui.horizontal(|ui| {
                            if ui.button("删除").clicked() {
                                close = true;
                                if edit::delete(&mut self.report, path).is_some() {
                                    self.revision += 1;
                                }
                            }
                            if ui.button("取消").clicked() {
                                close = true;
                            }
                        });
                    }
                }
            });
            if close || modal.should_close() {
                self.confirm = None;
            }
        }

        if let Some(prompt) = &mut self.path_prompt {
            let mut answer = None;
            let modal = egui::Modal::new(egui::Id::unique("path_prompt")).show(ctx, |ui| {
                ui.set_width(460.0);
                ui.heading(match prompt.purpose {
                    DialogPurpose::Open => "打开草稿",
                    DialogPurpose::SaveAs => "保存草稿",
                    DialogPurpose::ExportText => "导出文本",
                    DialogPurpose::Export(_) => "导出",
                    DialogPurpose::Import => "导入",
                });
                let label = ui.label("文件路径：");
                let response = ui
                    .add(egui::TextEdit::singleline(&mut prompt.text).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                if !response.has_focus() && !response.lost_focus() {
                    response.request_focus();
                }
                let entered = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                ui.horizontal(|ui| {
                    if ui.button("确定").clicked() || entered {
                        answer = Some(Some(PathBuf::from(prompt.text.trim())));
                    }
                    if ui.button("取消").clicked() {
                        answer = Some(None);
                    }
                });
            });
            if modal.should_close() && answer.is_none() {
                answer = Some(None);
            }
            if let Some(answer) = answer {
                let purpose = prompt.purpose;
                self.path_prompt = None;
                match answer {
                    Some(path) if !path.as_os_str().is_empty() => {
                        self.dialog_picked(purpose, path);
                    }
                    _ => {
                        self.after_save = None;
                        self.set_status("已取消。");
                    }
                }
            }
        }
    }
}

/// The pane that holds a field.
fn pane_of(place: &Place, current: Pane) -> Pane {
    match place {
        Place::Title | Place::Intro => Pane::Header,
        Place::SectionTitle { section }
        | Place::SectionLead { section }
        | Place::ItemHeading { section, .. }
        | Place::ItemBody { section, .. } => Pane::Section(*section),
        Place::Closing | Place::SignatureUnit | Place::SignatureDate => Pane::Closing,
        Place::Line { .. } => current,
    }
}

fn age_text(seconds: u64) -> String {
    match seconds {
        0..60 => "刚刚保存的副本".to_owned(),
        60..3600 => format!("{} 分钟前的副本", seconds / 60),
        3600..86400 => format!("{} 小时前的副本", seconds / 3600),
        _ => format!("{} 天前的副本", seconds / 86400),
    }
}

fn extension_of(purpose: DialogPurpose) -> &'static str {
    match purpose {
        DialogPurpose::Open | DialogPurpose::SaveAs => draft::EXTENSION,
        DialogPurpose::ExportText => "txt",
        DialogPurpose::Export(format) => format.extension(),
        DialogPurpose::Import => "txt",
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

impl eframe::App for WorkSummaryApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.poll_dialog();
        if self.pending_dialog.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        self.handle_shortcuts(&ctx);
        self.handle_close_request(&ctx);

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        if let Some(warning) = self.font_warning {
            egui::Panel::top("font_warning").show(ui, |ui| {
                ui.colored_label(ui.visuals().error_fg_color, warning);
            });
        }
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        if self.show_preview {
            egui::Panel::right("preview")
                .resizable(true)
                .default_size(400.0)
                .size_range(200.0..=900.0)
                .show(ui, |ui| self.side_ui(ui));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.find_ui(ui);
            self.tabs_ui(ui);
            ui.separator();
            egui::ScrollArea::vertical()
                .id_salt(("pane", format!("{:?}", self.pane)))
                .auto_shrink(false)
                .show(ui, |ui| {
                    let changed = match self.pane {
                        Pane::Header => {
                            let focus = std::mem::take(&mut self.focus_title);
                            panes::header_ui(
                                ui,
                                &mut self.report,
                                focus,
                                &mut self.jump,
                                self.settings.lang,
                            )
                        }
                        Pane::Section(i) if i < self.report.sections.len() => {
                            // The same ordinal as the export, which skips blank sections.
                            let ordinal = self.report.sections[..i]
                                .iter()
                                .filter(|s| !s.is_blank())
                                .count()
                                + 1;
                            let hints = self.report.hints.clone();
                            let ctx = panes::PaneContext {
                                lang: self.settings.lang,
                                words: self.section_words.get(i).copied().unwrap_or(0),
                                lead_hint: hints.leads.get(i).map_or("", String::as_str),
                                item_hint: hints.items.get(i).map_or("", String::as_str),
                            };
                            let section = &mut self.report.sections[i];
                            panes::section_ui(
                                ui,
                                section,
                                i,
                                ordinal,
                                &mut self.commands,
                                &mut self.jump,
                                ctx,
                            )
                        }
                        Pane::Section(_) => {
                            self.commands.push(Command::SelectPane(Pane::Header));
                            false
                        }
                        Pane::Closing => panes::closing_ui(
                            ui,
                            &mut self.report,
                            &mut self.jump,
                            self.settings.lang,
                        ),
                    };
                    if changed {
                        self.revision += 1;
                        self.typed = true;
                    }
                });
        });
        self.modals_ui(&ctx);
        self.export_dialog_ui(&ctx);
        self.templates_ui(&ctx);
        self.import_report_ui(&ctx);
        self.handle_dropped_files(&ctx);
        self.recovery_ui(&ctx);

        for command in std::mem::take(&mut self.commands) {
            self.apply(&ctx, command);
        }
        self.settings.export = self.export.clone();
        self.settings.show_preview = self.show_preview;
        self.settings.zoom = ctx.zoom_factor();
        if let Some(rect) = ctx.input(|i| i.viewport().outer_rect)
            && let Some(inner) = ctx.input(|i| i.viewport().inner_rect)
        {
            // Kept in memory every frame, written with the other settings or at exit.
            self.settings.window = Some([rect.min.x, rect.min.y, inner.width(), inner.height()]);
        }
        if !same_choices(&self.settings, &self.saved_settings) {
            self.save_settings();
        }
        if self.allow_close && self.confirm.is_none() && self.pending_dialog.is_none() {
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        self.record_history();
        self.refresh_derived(&ctx);
        self.autosave(&ctx);
        if !self.first_frame_done {
            self.first_frame_done = true;
            // For scripts/startup-bench.sh: when the first frame was built, on the wall clock.
            if std::env::var_os("WORK_SUMMARY_TRACE_STARTUP").is_some() {
                let ms = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_millis());
                eprintln!("first-frame-unix-ms {ms}");
            }
        }
    }
}

impl Drop for WorkSummaryApp {
    /// A clean exit removes this instance's recovery copy; a panic keeps it for next time.
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        if let Some(saver) = self.autosaver.take() {
            saver.finish();
        }
        if let Some(store) = &self.recovery {
            let _ = recovery::discard(&store.own_file());
        }
        // The window's place and size, which change without any other setting changing.
        if let Some(file) = &self.settings_file {
            let _ = self.settings.save(file);
        }
    }
}

/// The settings a user chose (the window's place and size are saved at exit only).
fn same_choices(a: &Settings, b: &Settings) -> bool {
    Settings {
        window: None,
        ..a.clone()
    } == Settings {
        window: None,
        ..b.clone()
    }
}
