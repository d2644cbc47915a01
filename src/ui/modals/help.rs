//! 帮助: the user guide (assets/help, in the UI's language), the shortcuts from the command
//! table, and About (version, licence, the app's folders).

use super::{Frame, Modal, Step};
use crate::i18n::{Lang, tr, trf};
use crate::ui::command::UiCommand;
use egui::RichText;
use std::path::PathBuf;

const GUIDE_ZH: &str = include_str!("../../../assets/help/guide-zh.md");
const GUIDE_EN: &str = include_str!("../../../assets/help/guide-en.md");

/// Where the app keeps things, for About.
#[derive(Clone, Debug, Default)]
pub struct About {
    pub settings: Option<PathBuf>,
    pub recovery: Option<PathBuf>,
    pub documents: Option<PathBuf>,
}

pub enum HelpPage {
    Guide,
    Shortcuts,
    About(About),
}

pub struct Help {
    page: HelpPage,
}

impl Help {
    pub fn new(page: HelpPage) -> Self {
        Self { page }
    }

    /// The page; true when the user closed it.
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> bool {
        let room = (ui.ctx().content_rect().height() - 150.0).max(120.0);
        egui::ScrollArea::vertical()
            .id_salt("help_text")
            .max_height(room)
            .show(ui, |ui| match &self.page {
                HelpPage::Guide => guide_ui(ui, lang),
                HelpPage::Shortcuts => shortcuts_ui(ui, lang),
                HelpPage::About(about) => about_ui(ui, about, lang),
            });
        ui.add_space(6.0);
        ui.button(tr(lang, "关闭")).clicked()
    }
}

/// The guide's Markdown as the window shows it: headings, list items and paragraphs.
fn guide_ui(ui: &mut egui::Ui, lang: Lang) {
    let text = match lang {
        Lang::Zh => GUIDE_ZH,
        Lang::En => GUIDE_EN,
    };
    for line in text.lines() {
        let line = line.trim_end();
        if let Some(h) = line.strip_prefix("# ") {
            ui.heading(h);
        } else if let Some(h) = line.strip_prefix("## ") {
            ui.add_space(6.0);
            ui.label(RichText::new(h).strong().size(16.0));
        } else if let Some(item) = line.strip_prefix("- ") {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                ui.add(egui::Label::new(item).wrap());
            });
        } else if line.is_empty() {
            ui.add_space(4.0);
        } else {
            ui.add(egui::Label::new(line).wrap());
        }
    }
}

/// Every command with a shortcut, from the command table, and the keys of the editor.
fn shortcuts_ui(ui: &mut egui::Ui, lang: Lang) {
    ui.heading(tr(lang, "快捷键"));
    egui::Grid::new("shortcuts")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            for command in UiCommand::ALL {
                for shortcut in command.shortcuts() {
                    ui.label(RichText::new(ui.ctx().format_shortcut(shortcut)).monospace());
                    ui.label(command.label(lang));
                    ui.end_row();
                }
            }
            for (keys, what) in [
                ("Enter", "在正文中另起一段"),
                ("Tab / Shift+Tab", "到下一个 / 上一个输入框"),
                ("Esc", "关闭对话框或查找栏"),
            ] {
                ui.label(RichText::new(keys).monospace());
                ui.label(tr(lang, what));
                ui.end_row();
            }
        });
}

fn about_ui(ui: &mut egui::Ui, about: &About, lang: Lang) {
    ui.heading(tr(lang, "工作总结编辑器"));
    ui.label(trf(lang, "版本 {}", &[&env!("CARGO_PKG_VERSION")]));
    ui.label(trf(lang, "许可证：{}", &[&env!("CARGO_PKG_LICENSE")]));
    ui.label(tr(lang, "全部在本机运行，不联网，不上传任何内容。"));
    ui.add_space(6.0);
    let folder = |p: &Option<PathBuf>| match p {
        Some(p) => p.display().to_string(),
        None => tr(lang, "（未使用）").to_owned(),
    };
    egui::Grid::new("about_folders")
        .num_columns(2)
        .show(ui, |ui| {
            for (what, path) in [
                ("草稿默认保存在", &about.documents),
                ("恢复副本", &about.recovery),
                ("设置、词表和我的模板", &about.settings),
            ] {
                ui.label(tr(lang, what));
                ui.add(egui::Label::new(RichText::new(folder(path)).monospace()).wrap());
                ui.end_row();
            }
        });
}

impl Modal for Help {
    /// Each page draws its own heading.
    fn frame(&self) -> Frame {
        Frame::untitled("help", 620.0).fits()
    }

    fn body(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Step> {
        self.ui(ui, lang).then(|| Step::close([]))
    }
}
