//! 恢复未保存的草稿: the copies crashed windows left, each with its file, title and age.

use super::{Frame, Modal, Step};
use crate::i18n::{Lang, tr, trf};
use crate::storage::recovery::{self, Recovered};
use crate::ui::command::{Discarding, FileCommand};
use egui::RichText;
use std::path::PathBuf;

pub struct RecoveryList {
    pub entries: Vec<Recovered>,
    /// Enter restores the newest copy: its button takes the focus once.
    focus: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecoveryAnswer {
    Restore(PathBuf),
    Discard(PathBuf),
    Later,
}

impl RecoveryList {
    pub fn new(entries: Vec<Recovered>) -> Self {
        Self {
            entries,
            focus: true,
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<RecoveryAnswer> {
        let t = |zh: &'static str| tr(lang, zh);
        let mut answer = None;
        let now = recovery::now_secs();
        ui.label(t("上次程序没有正常退出，以下草稿有未保存的内容："));
        ui.add_space(6.0);
        for (i, entry) in self.entries.iter().enumerate() {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                let name = entry
                    .original
                    .as_deref()
                    .map_or_else(|| t("未命名草稿").to_owned(), |p| p.display().to_string());
                ui.label(RichText::new(&name).strong());
                let title: String = entry.report.title.trim().chars().take(40).collect();
                ui.label(if title.is_empty() {
                    t("（无标题）").to_owned()
                } else {
                    trf(lang, "标题：{}", &[&title])
                });
                ui.weak(age_text(now.saturating_sub(entry.saved_at), lang));
                ui.horizontal(|ui| {
                    let restore =
                        ui.button(t("恢复"))
                            .accessible_name(trf(lang, "恢复 第{}份", &[&(i + 1)]));
                    if i == 0 && std::mem::take(&mut self.focus) {
                        restore.request_focus();
                    }
                    if restore.clicked() {
                        answer = Some(RecoveryAnswer::Restore(entry.file.clone()));
                    }
                    if ui
                        .button(t("丢弃"))
                        .accessible_name(trf(lang, "丢弃 第{}份", &[&(i + 1)]))
                        .clicked()
                    {
                        answer = Some(RecoveryAnswer::Discard(entry.file.clone()));
                    }
                });
            });
        }
        ui.add_space(6.0);
        if ui.button(t("以后再说")).clicked() {
            answer = Some(RecoveryAnswer::Later);
        }
        answer
    }
}

fn age_text(seconds: u64, lang: Lang) -> String {
    match seconds {
        0..60 => tr(lang, "刚刚保存的副本").to_owned(),
        60..3600 => trf(lang, "{} 分钟前的副本", &[&(seconds / 60)]),
        3600..86400 => trf(lang, "{} 小时前的副本", &[&(seconds / 3600)]),
        _ => trf(lang, "{} 天前的副本", &[&(seconds / 86400)]),
    }
}

impl Modal for RecoveryList {
    fn frame(&self) -> Frame {
        Frame::new("recovery", "恢复未保存的草稿", 560.0).at_most()
    }

    fn body(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Step> {
        Some(match self.ui(ui, lang)? {
            RecoveryAnswer::Restore(file) => {
                Step::close([FileCommand::Discard(Discarding::Restore(file)).into()])
            }
            RecoveryAnswer::Discard(file) => {
                self.entries.retain(|e| e.file != file);
                Step {
                    commands: vec![FileCommand::DiscardRecovered(file).into()],
                    close: self.entries.is_empty(),
                }
            }
            RecoveryAnswer::Later => Step::close([]),
        })
    }
}
