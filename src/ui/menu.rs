//! The menu bar, generated from the command table (labels, shortcuts, tooltips, greyed-out
//! state), plus the View menu's settings and the recent files.

use super::command::{Availability, Command, FileCommand, Queue, UiCommand};
use crate::export::ExportOptions;
use crate::export::text::LineEnding;
use crate::i18n::{Lang, tr, trf};
use crate::storage::settings::Settings;
use std::path::PathBuf;

/// The File menu: groups of commands between separators; the recent files go before the
/// last group.
const FILE: [&[UiCommand]; 5] = [
    &[
        UiCommand::New,
        UiCommand::NewFromTemplate,
        UiCommand::Open,
        UiCommand::Save,
        UiCommand::SaveAs,
        UiCommand::SaveAsTemplate,
    ],
    &[
        UiCommand::Import,
        UiCommand::PasteAsNew,
        UiCommand::ImportReport,
    ],
    &[
        UiCommand::FollowReference,
        UiCommand::CompareWith,
        UiCommand::StartFromLast,
        UiCommand::MergeDrafts,
    ],
    &[
        UiCommand::Export,
        UiCommand::ExportText,
        UiCommand::Print,
        UiCommand::CopyAll,
        UiCommand::CopyRich,
    ],
    &[UiCommand::Recover, UiCommand::Quit],
];

const HELP: [&[UiCommand]; 2] = [
    &[UiCommand::UserGuide, UiCommand::Shortcuts],
    &[UiCommand::About],
];

const EDIT: [&[UiCommand]; 3] = [
    &[UiCommand::Undo, UiCommand::Redo],
    &[UiCommand::Find, UiCommand::Replace],
    &[UiCommand::TitleBuilder],
];

/// What the View menu changes: the app's view settings.
pub struct ViewChoices<'a> {
    pub show_preview: &'a mut bool,
    pub export: &'a mut ExportOptions,
    pub settings: &'a mut Settings,
}

fn command_button(
    ui: &mut egui::Ui,
    command: UiCommand,
    lang: Lang,
    now: Availability,
    out: &mut Vec<Command>,
) {
    let mut button = egui::Button::new(command.label(lang));
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    if ui
        .add_enabled(command.is_enabled(now), button)
        .on_hover_text(command.tooltip(lang))
        .clicked()
    {
        out.push(command.into());
    }
}

fn groups_ui(
    ui: &mut egui::Ui,
    groups: &[&[UiCommand]],
    lang: Lang,
    now: Availability,
    out: &mut Vec<Command>,
    before_last: impl FnOnce(&mut egui::Ui, &mut Vec<Command>),
) {
    let mut before_last = Some(before_last);
    for (g, group) in groups.iter().enumerate() {
        if g > 0 {
            ui.separator();
        }
        if g + 1 == groups.len()
            && let Some(f) = before_last.take()
        {
            f(ui, out);
        }
        for command in *group {
            command_button(ui, *command, lang, now, out);
        }
    }
}

pub fn menu_ui(
    ui: &mut egui::Ui,
    now: Availability,
    view: ViewChoices<'_>,
    commands: &mut Vec<Command>,
) {
    let lang = view.settings.lang;
    let recent = view.settings.recent.clone();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr(lang, "文件"), |ui| {
            groups_ui(ui, &FILE, lang, now, commands, |ui, out| {
                recent_ui(ui, &recent, lang, out);
            });
        });
        ui.menu_button(tr(lang, "编辑"), |ui| {
            groups_ui(ui, &EDIT, lang, now, commands, |_, _| {});
        });
        ui.menu_button(tr(lang, "视图"), |ui| view_menu_ui(ui, view));
        ui.menu_button(tr(lang, "帮助"), |ui| {
            groups_ui(ui, &HELP, lang, now, commands, |_, _| {});
        });
        if ui
            .button(UiCommand::CopyAll.label(lang))
            .on_hover_text(UiCommand::CopyAll.tooltip(lang))
            .clicked()
        {
            commands.push(UiCommand::CopyAll.into());
        }
    });
}

fn view_menu_ui(ui: &mut egui::Ui, view: ViewChoices<'_>) {
    let lang = view.settings.lang;
    let t = |zh: &'static str| tr(lang, zh);
    ui.checkbox(view.show_preview, t("显示预览"));
    ui.separator();
    ui.label(t("导出与复制的格式："));
    ui.checkbox(&mut view.export.indent, t("段首空两格"));
    ui.radio_value(
        &mut view.export.line_ending,
        LineEnding::Lf,
        t("换行符 LF（Linux、大多数编辑器）"),
    );
    ui.radio_value(
        &mut view.export.line_ending,
        LineEnding::CrLf,
        t("换行符 CRLF（Windows 记事本、OA 系统）"),
    );
    ui.separator();
    ui.horizontal(|ui| {
        let label = ui.label(t("字数上限（0 为不限）："));
        ui.add(
            egui::DragValue::new(&mut view.settings.char_limit)
                .range(0..=100_000)
                .speed(50),
        )
        .labelled_by(label.id);
    });
    ui.separator();
    ui.label(t("语言 Language"));
    // Each language is named in itself.
    ui.radio_value(&mut view.settings.lang, Lang::Zh, "中文");
    ui.radio_value(&mut view.settings.lang, Lang::En, "English");
}

fn recent_ui(ui: &mut egui::Ui, recent: &[PathBuf], lang: Lang, out: &mut Vec<Command>) {
    ui.menu_button(tr(lang, "最近打开"), |ui| {
        if recent.is_empty() {
            ui.weak(tr(lang, "（空）"));
        }
        for path in recent {
            let name = path.display().to_string();
            if path.exists() {
                if ui.button(&name).clicked() {
                    out.add(FileCommand::OpenRecent(path.clone()));
                }
            } else {
                ui.horizontal(|ui| {
                    ui.add_enabled(
                        false,
                        egui::Button::new(trf(lang, "{}（已不存在）", &[&name])),
                    );
                    if ui
                        .small_button(tr(lang, "移除"))
                        .accessible_name(trf(lang, "移除 {}", &[&name]))
                        .clicked()
                    {
                        out.add(FileCommand::RemoveRecent(path.clone()));
                    }
                });
            }
        }
    });
}
