//! The application: what it holds, in groups (the document and what follows from it; `View`,
//! what is shown; `Prefs`, the user's choices; `Flows`, what is in progress), and the order of
//! a frame. Commands are drained in `commands.rs` and applied by family in the room that owns
//! them: `edits.rs`, `file_ops.rs` (with `file_dialogs.rs`), `navigation.rs`, `proofing.rs`,
//! `compare_ops.rs`; the answers of background jobs (`ui/jobs.rs`) in `jobs.rs`. Modals are a
//! registry (`ui/modals/`).

mod commands;
mod compare_ops;
mod edits;
mod file_dialogs;
mod file_ops;
mod jobs;
mod navigation;
mod proofing;

use super::APP_NAME;
use super::clipboard::{RichClipboard, SystemClipboard};
use super::clock::{Clock, SystemClock};
use super::command::{Availability, Command, NavCommand, Queue, UiCommand};
use super::derived::Derived;
use super::dialogs::FileDialogs;
use super::document::Document;
use super::find_bar::FindBar;
use super::jobs::{JobKind, Jobs};
use super::menu::{self, ViewChoices};
use super::modals::Modals;
use super::modals::confirm::Confirm;
use super::nav::{Jump, Pane, SideView};
use super::panes;
use super::recovery::Recovery;
use super::reference::ReferenceView;
use super::side_panel::{self, PaperView, PreviewLayout, SideState};
use super::status_bar::{self, Status, StatusInfo};
use crate::check::{Finding, Rule, WordList};
use crate::export::ExportOptions;
use crate::export::text::TextOptions;
use crate::i18n::{Lang, Text, tr};
use crate::model::Report;
use crate::storage::AppDirs;
use crate::storage::recovery::Recovered;
use crate::storage::settings::Settings;
use egui::ViewportCommand;
use file_ops::DiscardFlow;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub struct AppOptions {
    /// A draft to open, or where a new draft will be saved if it does not exist yet.
    pub path: Option<PathBuf>,
    pub dialogs: Box<dyn FileDialogs>,
    /// Where settings and recovery copies live; `None` turns both off.
    pub dirs: Option<AppDirs>,
    /// Rich-text copy target; `None` is the system clipboard.
    pub clipboard: Option<Box<dyn RichClipboard>>,
    /// The time typing groups and recovery copies go by; `None` is the system clock.
    pub clock: Option<Arc<dyn Clock>>,
}

pub struct WorkSummaryApp {
    /// The report, its file and its history.
    doc: Document,
    /// What follows from the document: preview, pages, findings, figures, counts.
    derived: Derived,
    /// Last period's draft and the follow-through (对照).
    reference: ReferenceView,
    /// This window's recovery copy, and those crashed windows left.
    recovery: Option<Recovery>,
    view: View,
    prefs: Prefs,
    flows: Flows,
    /// What the app talks to: the clock, the file dialogs, the clipboard.
    clock: Arc<dyn Clock>,
    dialogs: Box<dyn FileDialogs>,
    clipboard: Box<dyn RichClipboard>,
    first_frame_done: bool,
}

/// What is shown and where the user is.
struct View {
    pane: Pane,
    side: SideView,
    jump: Option<Jump>,
    /// The title field takes the focus in the next frame (a new or opened draft).
    focus_title: bool,
    show_preview: bool,
    preview_layout: PreviewLayout,
    paper: PaperView,
    find: FindBar,
    status: Status,
    /// The status message holds only while the document is at this revision (已保存到…).
    status_until: Option<u64>,
    font_warning: Option<&'static str>,
    window_title: String,
}

/// The user's choices, kept in the config folder.
struct Prefs {
    settings: Settings,
    /// Settings as last written, to write again only when a choice changes.
    saved_settings: Settings,
    settings_file: Option<PathBuf>,
    /// The export's choices (also those of the preview's pages and of print).
    export: ExportOptions,
    /// The user's protected words and where they are kept.
    word_list: WordList,
    word_list_file: Option<PathBuf>,
    /// The rules switched off (from the settings), as the checker takes them.
    disabled_rules: BTreeSet<Rule>,
    /// The app's folders (settings, recovery copies, the user's documents), when known.
    dirs: Option<AppDirs>,
}

/// What is in progress: commands queued this frame, the modals, the "save changes?" flow,
/// the background jobs (a file dialog, an import, an export, a print job, the checker's
/// pass, lookups).
#[derive(Default)]
struct Flows {
    commands: Vec<Command>,
    modals: Modals,
    discard: DiscardFlow,
    jobs: Jobs,
    /// The last import and where it came from, while its draft is the open one: 导入报告…
    /// shows it again until another draft is opened or imported.
    last_import: Option<(Text, crate::import::Imported)>,
}

impl WorkSummaryApp {
    pub fn new(ctx: &egui::Context, options: AppOptions) -> Self {
        let AppOptions {
            path,
            dialogs,
            dirs,
            clipboard,
            clock,
        } = options;
        let clock = clock.unwrap_or_else(|| Arc::new(SystemClock));
        ctx.options_mut(|o| o.zoom_with_keyboard = true);
        let mut app = Self {
            doc: Document::new(clock.clone()),
            derived: Derived::default(),
            reference: ReferenceView::default(),
            recovery: None,
            view: View {
                pane: Pane::Header,
                side: SideView::Preview,
                jump: None,
                focus_title: true,
                show_preview: true,
                preview_layout: PreviewLayout::default(),
                paper: PaperView::default(),
                find: FindBar::default(),
                status: Status::default(),
                status_until: None,
                font_warning: None,
                window_title: String::new(),
            },
            prefs: Prefs {
                settings: Settings::default(),
                saved_settings: Settings::default(),
                settings_file: None,
                export: ExportOptions::default(),
                word_list: WordList::default(),
                word_list_file: None,
                disabled_rules: BTreeSet::new(),
                dirs: None,
            },
            flows: Flows::default(),
            clock,
            dialogs,
            clipboard: clipboard.unwrap_or_else(|| Box::new(SystemClipboard::default())),
            first_frame_done: false,
        };
        app.flows.jobs = Jobs::new(ctx);
        let warnings = match dirs {
            Some(dirs) => app.use_dirs(ctx, dirs),
            None => Vec::new(),
        };
        app.sync_check_options();
        match path {
            Some(path) if path.exists() => app.open_path(&path),
            Some(path) => {
                app.set_status(Text::tr(
                    "新草稿，按 Ctrl+S 保存到“{}”。",
                    &[&path.display()],
                ));
                app.doc.set_path(path);
            }
            None => app.set_status(Text::tr("新草稿。", &[])),
        }
        if !warnings.is_empty() {
            app.set_error(Text::join(&warnings));
        }
        app
    }

    /// Read the settings and the word list, and start the recovery copies, from the OS's
    /// folders; returns the problems to show.
    fn use_dirs(&mut self, ctx: &egui::Context, dirs: AppDirs) -> Vec<Text> {
        let mut warnings = Vec::new();
        self.prefs.dirs = Some(dirs.clone());
        let (settings, warning) = Settings::load(&dirs.settings_file);
        warnings.extend(warning);
        self.prefs.export = settings.export.clone();
        self.view.show_preview = settings.show_preview;
        ctx.set_zoom_factor(settings.zoom.clamp(0.5, 3.0));
        self.prefs.saved_settings = settings.clone();
        self.prefs.settings = settings;
        self.prefs.settings_file = Some(dirs.settings_file);
        warnings.extend(self.load_word_list(&dirs.word_list_file));
        match Recovery::start(&dirs.recovery) {
            Ok((recovery, problems)) => {
                warnings.extend(
                    problems
                        .iter()
                        .map(|p| Text::tr("有一份恢复副本无法读取：{}", &[p])),
                );
                self.offer_recovery(&recovery);
                self.recovery = Some(recovery);
            }
            Err(err) => warnings.push(err),
        }
        warnings
    }

    // ---- what tests and the window read ----

    /// Recovery copies offered at start (crashed instances' drafts).
    pub fn recovered(&self) -> &[Recovered] {
        self.recovery.as_ref().map_or(&[], |r| r.found.as_slice())
    }

    /// This instance's recovery copy, if recovery is on.
    pub fn recovery_file(&self) -> Option<PathBuf> {
        self.recovery.as_ref().map(Recovery::own_file)
    }

    pub fn settings(&self) -> &Settings {
        &self.prefs.settings
    }

    pub fn report(&self) -> &Report {
        self.doc.report()
    }

    /// Change the report in one undo step, as a command from the UI would.
    pub fn edit(&mut self, f: impl FnOnce(&mut Report)) {
        self.doc.edit(|report| {
            f(report);
            true
        });
    }

    pub fn path(&self) -> Option<&Path> {
        self.doc.path()
    }

    pub fn is_dirty(&self) -> bool {
        self.doc.is_dirty()
    }

    pub fn status(&self) -> &Status {
        &self.view.status
    }

    pub fn pane(&self) -> Pane {
        self.view.pane
    }

    pub fn text_options(&self) -> TextOptions {
        self.prefs.export.text_options()
    }

    pub fn findings(&self) -> &[Finding] {
        &self.derived.findings
    }

    pub fn export_options(&self) -> &ExportOptions {
        &self.prefs.export
    }

    pub fn window_title(&self) -> &str {
        &self.view.window_title
    }

    pub fn set_font_warning(&mut self, warning: Option<&'static str>) {
        self.view.font_warning = warning;
    }

    pub(super) fn lang(&self) -> Lang {
        self.prefs.settings.lang
    }

    pub(super) fn set_status(&mut self, text: Text) {
        self.view.status = Status::new(text, false);
        self.view.status_until = None;
    }

    pub(super) fn set_error(&mut self, text: Text) {
        self.view.status = Status::new(text, true);
        self.view.status_until = None;
    }

    /// What the document allows now: which commands are greyed out.
    pub(super) fn availability(&self) -> Availability {
        Availability {
            can_undo: self.doc.can_undo(),
            can_redo: self.doc.can_redo(),
            can_save: self.doc.is_dirty() || self.doc.path().is_none_or(|p| !p.exists()),
            has_import_report: self.flows.last_import.is_some(),
        }
    }

    pub(super) fn save_settings(&mut self) {
        self.prefs.saved_settings = self.prefs.settings.clone();
        if let Some(file) = &self.prefs.settings_file
            && let Err(err) = self.prefs.settings.save(file)
        {
            self.set_error(err);
        }
    }

    // ---- the frame ----

    fn draw_panels(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        let now = self.availability();
        let mut commands = std::mem::take(&mut self.flows.commands);
        egui::Panel::top("menu").show(ui, |ui| {
            let view = ViewChoices {
                show_preview: &mut self.view.show_preview,
                export: &mut self.prefs.export,
                settings: &mut self.prefs.settings,
            };
            menu::menu_ui(ui, now, view, &mut commands);
        });
        if let Some(warning) = self.view.font_warning {
            egui::Panel::top("font_warning").show(ui, |ui| {
                ui.colored_label(ui.visuals().error_fg_color, warning);
            });
        }
        egui::Panel::bottom("status").show(ui, |ui| {
            if self
                .view
                .status_until
                .is_some_and(|r| r != self.doc.revision())
            {
                self.view.status = Status::default();
                self.view.status_until = None;
            }
            let info = StatusInfo {
                lang,
                unsaved: self.doc.is_dirty(),
                waiting_for_dialog: self.flows.jobs.is_running(JobKind::Dialog),
                importing: self
                    .flows
                    .jobs
                    .running(JobKind::Import)
                    .map(|j| j.progress()),
                words: self.derived.words,
                limit: self.prefs.settings.char_limit,
            };
            status_bar::status_ui(ui, &self.view.status, &info, &mut commands);
        });
        if self.view.show_preview {
            egui::Panel::right("preview")
                .resizable(true)
                .default_size(400.0)
                .size_range(200.0..=900.0)
                .show(ui, |ui| {
                    let state = SideState {
                        side: &mut self.view.side,
                        layout: &mut self.view.preview_layout,
                        paper: &mut self.view.paper,
                        export: &mut self.prefs.export,
                        disabled: &self.prefs.disabled_rules,
                        report: self.doc.report(),
                        follow: self.reference.file().map(|_| &self.reference.result),
                    };
                    side_panel::side_ui(ui, state, &self.derived, lang, &mut commands);
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.view.find.ui(
                ui,
                self.doc.report(),
                self.doc.revision(),
                lang,
                &mut commands,
            );
            panes::tabs_ui(
                ui,
                self.doc.report(),
                self.view.pane,
                &self.derived.section_words,
                lang,
                &mut commands,
            );
            ui.separator();
            egui::ScrollArea::vertical()
                .id_salt(("pane", format!("{:?}", self.view.pane)))
                .auto_shrink(false)
                .show(ui, |ui| self.pane_ui(ui, &mut commands));
        });
        self.flows.commands = commands;
    }

    /// The open pane, editing the document in place (typing is grouped into undo steps).
    fn pane_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let lang = self.lang();
        let pane = self.view.pane;
        let focus = std::mem::take(&mut self.view.focus_title);
        let words = &self.derived.section_words;
        let jump = &mut self.view.jump;
        self.doc.type_in(|report| {
            let changed = match pane {
                Pane::Header => panes::header_ui(ui, report, focus, jump, lang),
                Pane::Section(i) if i < report.sections.len() => {
                    let hints = report.hints.clone();
                    let ctx = panes::SectionContext {
                        index: i,
                        ordinal: report.section_ordinal(i),
                        lang,
                        words: words.get(i).copied().unwrap_or(0),
                        lead_hint: hints.leads.get(i).map_or("", String::as_str),
                        item_hint: hints.items.get(i).map_or("", String::as_str),
                    };
                    panes::section_ui(ui, &mut report.sections[i], ctx, commands, jump)
                }
                Pane::Section(_) => {
                    commands.add(NavCommand::SelectPane(Pane::Header));
                    false
                }
                Pane::Closing => panes::closing_ui(ui, report, jump, lang, commands),
            };
            ((), changed)
        });
    }

    /// Keep the settings in step with the view, and write them when a choice changed.
    fn sync_settings(&mut self, ctx: &egui::Context) {
        self.prefs.settings.export = self.prefs.export.clone();
        self.prefs.settings.show_preview = self.view.show_preview;
        self.prefs.settings.zoom = ctx.zoom_factor();
        if let Some(rect) = ctx.input(|i| i.viewport().outer_rect)
            && let Some(inner) = ctx.input(|i| i.viewport().inner_rect)
        {
            // Kept in memory every frame, written with the other settings or at exit.
            self.prefs.settings.window =
                Some([rect.min.x, rect.min.y, inner.width(), inner.height()]);
        }
        if !same_choices(&self.prefs.settings, &self.prefs.saved_settings) {
            self.save_settings();
        }
    }

    /// Derived views, the window title and the recovery copy follow the document.
    fn follow_document(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        if let Some(wait) = self.derived.refresh(&self.doc, &self.prefs.export, now) {
            ctx.request_repaint_after(wait);
        }
        if let Some(err) = self.reference.follow_draft(&self.doc) {
            self.set_error(err);
        }
        if let Some(wait) = self.reference.refresh(&self.doc, now) {
            ctx.request_repaint_after(wait);
        }
        self.start_jobs();
        let title = format!(
            "{}{} — {}",
            self.file_name().get(self.lang()),
            if self.doc.is_dirty() { " *" } else { "" },
            tr(self.lang(), APP_NAME)
        );
        if title != self.view.window_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.view.window_title = title;
        }
        if let Some(recovery) = &mut self.recovery {
            let tick = recovery.tick(&self.doc, self.clock.now());
            if let Some(wait) = tick.repaint_after {
                ctx.request_repaint_after(wait);
            }
            if let Some(err) = tick.errors.into_iter().last() {
                self.set_error(err);
            }
        }
    }

    fn trace_first_frame(&mut self) {
        if self.first_frame_done {
            return;
        }
        self.first_frame_done = true;
        super::trace_startup("first-frame");
    }
}

impl eframe::App for WorkSummaryApp {
    /// The order of a frame: input, drawing (which queues commands), commands, then what
    /// follows from the document.
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // The answers of jobs that ended: applied with this frame's commands.
        let answers = self.flows.jobs.poll();
        self.flows.commands.extend(answers);
        if !self.flows.modals.blocks_shortcuts() {
            let shortcuts = UiCommand::take_shortcuts(&ctx, self.availability());
            self.flows
                .commands
                .extend(shortcuts.into_iter().map(Command::from));
        }
        self.handle_close_request(&ctx);
        self.draw_panels(ui);
        let asked = self.flows.modals.show(&ctx, self.lang());
        self.flows.commands.extend(asked);
        self.handle_dropped_files(&ctx);
        self.run_commands(&ctx);
        self.sync_settings(&ctx);
        if self.flows.discard == DiscardFlow::Closing
            && !self.flows.modals.is_open::<Confirm>()
            && !self.flows.jobs.is_running(JobKind::Dialog)
            && !self.flows.jobs.holds_close()
        {
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        self.follow_document(&ctx);
        self.trace_first_frame();
    }
}

impl Drop for WorkSummaryApp {
    /// A clean exit removes this instance's recovery copy; a panic keeps it for next time.
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        super::trace_startup("drop");
        if let Some(recovery) = self.recovery.take() {
            recovery.finish();
        }
        // The window's place and size, which change without any other setting changing.
        if let Some(file) = &self.prefs.settings_file {
            let _ = self.prefs.settings.save(file);
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
