//! Draining the command queue: each command is applied here, after drawing. Document changes
//! go through `Document::edit`; files through `file_ops.rs`.

use super::app::WorkSummaryApp;
use super::command::{Command, DialogPurpose, Discarding, UiCommand};
use super::file_ops::DiscardFlow;
use super::modals::confirm::Confirm;
use super::modals::export::ExportDialog;
use super::modals::print::PrintDialog;
use super::modals::prompt::Prompt;
use super::modals::recovery::RecoveryList;
use super::modals::templates::TemplatePicker;
use super::modals::title_builder::TitleBuilder;
use super::nav::{Jump, Pane};

use crate::export::text;
use crate::i18n::{Lang, Text};
use crate::{check, edit, template};
use egui::ViewportCommand;
use std::path::PathBuf;

impl WorkSummaryApp {
    /// Apply the commands queued this frame (and any they queue in turn).
    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        while !self.commands.is_empty() {
            for command in std::mem::take(&mut self.commands) {
                self.apply(ctx, command);
            }
        }
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Ui(command) => self.apply_ui(ctx, command),
            Command::OpenRecent(path) => self.open_recent(path),
            Command::RemoveRecent(path) => {
                self.settings.remove_recent(&path);
                self.save_settings();
            }
            Command::SelectPane(pane) => self.pane = pane,
            Command::FindNext { forward } => self.find_next(forward),
            Command::ReplaceOne => self.replace_one(),
            Command::ReplaceAll => self.replace_all(),
            Command::JumpTo(jump) => {
                self.pane = Pane::of(&jump.place, self.pane);
                self.jump = Some(jump);
            }
            Command::Fix(finding) => {
                if self.doc.edit(|r| check::apply(r, &[&finding]) > 0) {
                    self.set_status(Text::tr_lang("已修正：{}", |l| {
                        vec![finding.message(l == Lang::En)]
                    }));
                }
            }
            Command::FixGroup(findings) => {
                let refs: Vec<&check::Finding> = findings.iter().collect();
                let mut n = 0;
                if self.doc.edit(|r| {
                    n = check::apply(r, &refs);
                    n > 0
                }) {
                    self.set_status(Text::tr_lang("已修正 {} 处", |_| vec![n.to_string()]));
                }
            }
            Command::FixAllSafe => self.fix_all_safe(),
            Command::AddItem { .. }
            | Command::InsertAfter(_)
            | Command::DeleteItemNow(_)
            | Command::MoveUp(_)
            | Command::MoveDown(_)
            | Command::Indent(_)
            | Command::Outdent(_) => self.apply_item(&command),
            Command::DeleteItem(path) => self.delete_item(path),
            Command::Discard(what) => self.request_discard(what),
            Command::DiscardAnswered { what, save_first } => {
                if save_first {
                    self.discard_flow = DiscardFlow::SavingThen(what);
                    self.save();
                } else {
                    self.discard_and(what);
                }
            }
            Command::Overwrite(path) => self.save_and_continue(&path),
            Command::Reload(path) => self.reload_from_disk(&path),
            Command::CancelPending => self.discard_flow.cancel(),
            Command::ShowFileDialog(purpose) => self.start_dialog(purpose),
            Command::PathEntered(purpose, Some(path)) => {
                match crate::storage::entered_path(&path) {
                    Some(path) => self.dialog_picked(purpose, path),
                    None => self.cancel_pending(),
                }
            }
            Command::PathEntered(_, _) => self.cancel_pending(),
            Command::StopWaitingForDialog => {
                self.pending_dialog = None;
                self.discard_flow.cancel();
                self.set_status(Text::tr("已停止等待文件对话框。", &[]));
            }
            Command::KeepImported(report) => {
                self.doc.edit(|r| {
                    *r = *report;
                    true
                });
                self.set_status(Text::tr("已保留该行，放回原处（可撤销）。", &[]));
            }
            Command::SetTitle(title) => {
                self.doc.edit(|r| {
                    r.title = title;
                    true
                });
            }
            Command::SetDate(date) => {
                self.doc.edit(|r| {
                    let changed = r.signature.date != date;
                    r.signature.date = date;
                    changed
                });
            }
            Command::SaveTemplate(name) => self.save_template(&name),
            Command::AddWord(_)
            | Command::SaveWordList(_)
            | Command::EditWordList
            | Command::SetRule { .. }
            | Command::ShowUnfilled
            | Command::PrintOn(_)
            | Command::Link { .. } => self.apply_tool(command),
            Command::DiscardRecovered(file) => {
                if let Some(recovery) = &mut self.recovery {
                    match recovery.discard(&file) {
                        Ok(()) => self.set_status(Text::tr("已丢弃恢复副本。", &[])),
                        Err(err) => self.set_error(err),
                    }
                }
            }
        }
    }

    /// Proofreading choices, printing and hand-made links.
    fn apply_tool(&mut self, command: Command) {
        match command {
            Command::AddWord(word) => self.add_word(&word),
            Command::SaveWordList(text) => self.save_word_list(&text),
            Command::EditWordList => self.edit_word_list(),
            Command::SetRule { rule, on } => self.set_rule(rule, on),
            Command::ShowUnfilled => self.show_unfilled(),
            Command::PrintOn(printer) => self.print_on(printer),
            Command::Link {
                plan,
                answer,
                linked,
            } => self.link(&plan, &answer, linked),
            _ => {}
        }
    }

    /// A structural edit of an item: one undo step when it applies.
    fn apply_item(&mut self, command: &Command) {
        self.doc.edit(|r| match command {
            Command::AddItem { section, parent } => {
                edit::add(r, *section, parent.as_ref()).is_some()
            }
            Command::InsertAfter(path) => edit::insert_after(r, path).is_some(),
            Command::DeleteItemNow(path) => edit::delete(r, path).is_some(),
            Command::MoveUp(path) => edit::move_up(r, path).is_some(),
            Command::MoveDown(path) => edit::move_down(r, path).is_some(),
            Command::Indent(path) => edit::indent(r, path).is_some(),
            Command::Outdent(path) => edit::outdent(r, path).is_some(),
            _ => false,
        });
    }

    fn apply_ui(&mut self, ctx: &egui::Context, command: UiCommand) {
        match command {
            UiCommand::New => self.request_discard(Discarding::New),
            UiCommand::NewFromTemplate => self.show_templates(),
            UiCommand::Open => self.request_discard(Discarding::Open),
            UiCommand::Save => self.save(),
            UiCommand::SaveAs => self.start_dialog(DialogPurpose::SaveAs),
            UiCommand::SaveAsTemplate => {
                self.modals.template_name =
                    Some(Prompt::new("存为模板…", "模板名称：", String::new()));
            }
            UiCommand::Import => self.request_discard(Discarding::Import(None)),
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
                self.modals.export = Some(ExportDialog::new(self.export.clone(), unfilled));
            }
            UiCommand::ExportText => self.start_dialog(DialogPurpose::ExportText),
            UiCommand::CopyAll => {
                let out = text::write(self.doc.report(), &self.export.clipboard_text_options());
                let chars = out.chars().filter(|c| !c.is_whitespace()).count();
                ctx.copy_text(out);
                let copied = Text::tr("已复制全文到剪贴板（{} 字）。", &[&chars]);
                self.set_status(with_note(copied, self.unfilled_note()));
            }
            UiCommand::Print => {
                let printers = crate::export::print::printers();
                self.modals.print = Some(PrintDialog::new(printers, self.derived.sheets.len()));
            }
            UiCommand::CopyRich => self.copy_rich(),
            UiCommand::Recover => self.show_recovery(),
            UiCommand::Quit => ctx.send_viewport_cmd(ViewportCommand::Close),
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
            UiCommand::Find => self.find.open(false),
            UiCommand::Replace => self.find.open(true),
            UiCommand::TitleBuilder => {
                let unit = self.doc.report().signature.unit.clone();
                self.modals.title_builder = Some(TitleBuilder::new(unit));
            }
            UiCommand::FollowReference => self.start_dialog(DialogPurpose::Reference),
            UiCommand::CompareWith => self.start_dialog(DialogPurpose::CompareWith),
            UiCommand::StartFromLast => self.start_dialog(DialogPurpose::StartFrom),
            UiCommand::MergeDrafts => self.start_dialog(DialogPurpose::Merge),
        }
    }

    /// Panes may point at sections that an undo or redo removed.
    fn after_history_step(&mut self) {
        if let Pane::Section(i) = self.pane
            && i >= self.doc.report().sections.len()
        {
            self.pane = Pane::Header;
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

    fn find_next(&mut self, forward: bool) {
        let matches = edit::find(self.doc.report(), &self.find.query);
        if matches.is_empty() {
            self.set_status(Text::tr("没有找到“{}”。", &[&self.find.query]));
            return;
        }
        let at = self.find.step(matches.len(), forward);
        let (place, range) = matches[at].clone();
        self.pane = Pane::of(&place, self.pane);
        self.jump = Some(Jump { place, range });
    }

    fn fix_all_safe(&mut self) {
        let mut applied = 0;
        self.doc.edit(|r| {
            applied = check::apply_safe(r);
            applied > 0
        });
        self.set_status(Text::tr(
            "已完成 {} 处安全修正；其余问题需要逐条确认或手工修改。",
            &[&applied],
        ));
    }

    fn replace_all(&mut self) {
        let (query, with) = (self.find.query.clone(), self.find.replacement.clone());
        let mut n = 0;
        self.doc.edit(|r| {
            n = edit::replace_all(r, &query, &with);
            n > 0
        });
        self.set_status(Text::tr("已替换 {} 处。", &[&n]));
    }

    fn replace_one(&mut self) {
        let matches = edit::find(self.doc.report(), &self.find.query);
        let at = self.find.current.min(matches.len().saturating_sub(1));
        let Some((place, range)) = matches.get(at).cloned() else {
            return;
        };
        let with = self.find.replacement.clone();
        if self
            .doc
            .edit(|r| edit::replace_range(r, &place, range, &with))
        {
            // The next match now has this one's index: step back so "next" lands there.
            self.find.current = at.checked_sub(1).unwrap_or(usize::MAX);
            self.commands.push(Command::FindNext { forward: true });
        }
    }

    fn delete_item(&mut self, path: crate::model::ItemPath) {
        let item = self.doc.report().item(&path);
        let has_text = item.is_some_and(|it| {
            !it.heading.trim().is_empty() || !it.body.trim().is_empty() || !it.children.is_empty()
        });
        if has_text {
            let heading = item
                .map(|it| it.heading.trim().chars().take(24).collect())
                .unwrap_or_default();
            self.modals.confirm = Some(Confirm::DeleteItem { path, heading });
        } else {
            self.doc.edit(|r| edit::delete(r, &path).is_some());
        }
    }

    /// The pages in the preview, drawn as a PDF and handed to the printer on a thread.
    fn print_on(&mut self, printer: Option<String>) {
        let options = crate::export::ExportOptions {
            format: crate::export::Format::Pdf,
            ..self.export.clone()
        };
        // The preview's pages when they are current; the PDF is drawn on the print thread.
        let pages = match self.derived.current_sheets(&self.doc, &options) {
            Some(pages) => pages.to_vec(),
            None => crate::export::pages::paginate(self.doc.report(), &options),
        };
        self.pending_print = Some(crate::export::print::print_pages(
            pages,
            options.fonts.clone(),
            printer,
        ));
        self.set_status(Text::tr("正在打印…", &[]));
    }

    /// How the print job went, once the printing thread says.
    pub(super) fn poll_print(&mut self, ctx: &egui::Context) {
        let Some(pending) = &self.pending_print else {
            return;
        };
        match pending.try_recv() {
            Ok(Ok(crate::export::print::Printed::Queued(said))) => {
                self.pending_print = None;
                self.set_status(Text::tr("已送到打印机：{}", &[&said.trim()]));
            }
            Ok(Ok(crate::export::print::Printed::Opened(path))) => {
                self.pending_print = None;
                self.set_status(Text::tr(
                    "已在 PDF 阅读器中打开“{}”，请从那里打印。",
                    &[&path.display()],
                ));
            }
            Ok(Err(err)) => {
                self.pending_print = None;
                self.set_error(err);
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(200));
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => self.pending_print = None,
        }
    }

    fn copy_rich(&mut self) {
        let (html, plain) = super::clipboard::rich_copy(self.doc.report(), &self.export);
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

    fn templates_dir(&self) -> Option<PathBuf> {
        self.settings_file
            .as_deref()
            .and_then(std::path::Path::parent)
            .map(|d| d.join("templates"))
    }

    fn show_templates(&mut self) {
        let mut list = template::builtin();
        if let Some(dir) = self.templates_dir() {
            let (mine, problems) = template::user_templates(&dir);
            list.extend(mine);
            if !problems.is_empty() {
                self.set_error(Text::join(&problems));
            }
        }
        self.modals.templates = Some(TemplatePicker::new(list));
    }

    fn save_template(&mut self, name: &str) {
        let Some(dir) = self.templates_dir() else {
            self.set_error(Text::tr("没有可用的设置文件夹，无法保存模板。", &[]));
            return;
        };
        match template::save_user_template(&dir, name, self.doc.report()) {
            Ok(path) => self.set_status(Text::tr("已存为模板“{}”。", &[&path.display()])),
            Err(err) => self.set_error(err),
        }
    }

    /// Offer the copies crashed windows left, if there are any.
    pub(super) fn offer_recovery(&mut self, recovery: &super::recovery::Recovery) {
        if !recovery.found.is_empty() {
            self.modals.recovery = Some(RecoveryList::new(recovery.found.clone()));
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
            self.modals.recovery = Some(RecoveryList::new(recovery.found.clone()));
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
