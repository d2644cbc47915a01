//! The status line at the bottom: the last message from the left, 字数 on the right, or a
//! spinner while a file dialog is open.

use super::command::{Command, FileCommand, Queue};
use crate::i18n::{Lang, Text, tr, trf};
use egui::RichText;

/// The message in the status line, in both languages (the UI's language may change later).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    /// Chinese.
    pub text: String,
    pub en: String,
    pub is_error: bool,
}

impl Status {
    pub fn new(text: Text, is_error: bool) -> Self {
        Self {
            text: text.zh,
            en: text.en,
            is_error,
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.text,
            Lang::En => &self.en,
        }
    }
}

/// What the status line shows besides the message.
pub struct StatusInfo {
    pub lang: Lang,
    /// The document has changes not yet saved.
    pub unsaved: bool,
    pub waiting_for_dialog: bool,
    /// A file being imported: its name and the seconds gone.
    pub importing: Option<(String, u64)>,
    pub words: usize,
    /// 0: no limit.
    pub limit: usize,
}

pub fn status_ui(
    ui: &mut egui::Ui,
    status: &Status,
    info: &StatusInfo,
    commands: &mut Vec<Command>,
) {
    let lang = info.lang;
    ui.horizontal(|ui| {
        if info.waiting_for_dialog {
            ui.spinner();
            ui.label(tr(lang, "正在等待文件对话框…"));
            if ui.button(tr(lang, "不再等待")).clicked() {
                commands.add(FileCommand::StopWaitingForDialog);
            }
            return;
        }
        if let Some((file, seconds)) = &info.importing {
            ui.spinner();
            ui.label(trf(lang, "正在导入“{}”…（{} 秒）", &[file, seconds]));
            if ui.button(tr(lang, "取消导入")).clicked() {
                commands.add(FileCommand::CancelImport);
            }
            // The seconds move on without input.
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(500));
            return;
        }
        let color = if status.is_error {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().text_color()
        };
        let over = info.limit > 0 && info.words > info.limit;
        let count_color = if over {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().text_color()
        };
        let count = if info.limit > 0 {
            trf(lang, "全文 {} / {} 字", &[&info.words, &info.limit])
        } else {
            trf(lang, "全文 {} 字", &[&info.words])
        };
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(RichText::new(count).color(count_color))
                .on_hover_text(tr(
                    lang,
                    "按 Word/WPS 的方法计字：每个汉字和全角标点算 1，连续的英文字母或数字算 1，空格和半角标点不计。",
                ));
            if info.unsaved {
                ui.colored_label(ui.visuals().warn_fg_color, tr(lang, "未保存"))
                    .on_hover_text(tr(lang, "有修改还没有保存（Ctrl+S 保存）"));
            }
            // The message takes the rest of the line, from the left.
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(egui::Label::new(RichText::new(status.get(lang)).color(color)).truncate());
            });
        });
    });
}
