//! 新建自模板…: the built-in templates and the user's own, one button each.

use super::Outcome;
use super::{Frame, Modal, Step};
use crate::i18n::{Lang, tr};
use crate::model::{Report, SectionKind};
use crate::template::Template;
use crate::ui::command::{Discarding, FileCommand};
use egui::RichText;

pub struct TemplatePicker {
    list: Vec<Template>,
}

impl TemplatePicker {
    pub fn new(list: Vec<Template>) -> Self {
        Self { list }
    }

    /// `Chosen(report)` of the template the user picked.
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Outcome<Box<Report>>> {
        let t = |zh: &'static str| tr(lang, zh);
        let mut answer = None;
        let room = (ui.ctx().content_rect().height() - 160.0).max(120.0);
        egui::ScrollArea::vertical()
            .id_salt("template_list")
            .max_height(room)
            .show(ui, |ui| {
                let groups = [
                    (t("空白模板"), false),
                    (t("示例文字（按单位类型，年份和半年按今天的日期）"), true),
                ];
                for (heading, example) in groups {
                    ui.label(RichText::new(heading).strong());
                    for template in self
                        .list
                        .iter()
                        .filter(|x| x.example == example && x.file.is_none())
                    {
                        if let Some(report) = template_row(ui, template, lang) {
                            answer = Some(Outcome::Chosen(report));
                        }
                    }
                    ui.add_space(4.0);
                }
                let mine: Vec<&Template> = self.list.iter().filter(|x| x.file.is_some()).collect();
                if !mine.is_empty() {
                    ui.label(RichText::new(t("我的模板")).strong());
                    for template in mine {
                        if let Some(report) = template_row(ui, template, lang) {
                            answer = Some(Outcome::Chosen(report));
                        }
                    }
                }
            });
        ui.add_space(6.0);
        if ui.button(t("取消")).clicked() {
            answer = Some(Outcome::Cancelled);
        }
        answer
    }
}

/// One template: 使用, its name, and its parts (or, for an example, its title).
fn template_row(ui: &mut egui::Ui, template: &Template, lang: Lang) -> Option<Box<Report>> {
    let t = |zh: &'static str| tr(lang, zh);
    let mut chosen = None;
    ui.horizontal(|ui| {
        // Built-in names are in the table; the user's own are shown as written.
        let name = tr(lang, template.name.as_str());
        if ui
            .button(t("使用"))
            .accessible_name(format!("{} {name}", t("使用")))
            .clicked()
        {
            chosen = Some(Box::new(template.report.clone()));
        }
        ui.label(RichText::new(name).strong());
        let what = if template.example {
            template.report.title.clone()
        } else {
            let sections: Vec<&str> = template
                .report
                .sections
                .iter()
                .map(|s| match (lang, s.kind) {
                    // The template's own titles in Chinese; in English, what they are.
                    (Lang::En, kind) if kind != SectionKind::Other => t(kind.name()),
                    _ => s.title.as_str(),
                })
                .collect();
            sections.join(" / ")
        };
        ui.add(egui::Label::new(RichText::new(what).weak()).truncate());
    });
    chosen
}

impl Modal for TemplatePicker {
    fn frame(&self) -> Frame {
        Frame::new("templates", "选择模板", 520.0)
    }

    fn body(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Step> {
        Step::from_outcome(self.ui(ui, lang), |report| {
            FileCommand::Discard(Discarding::Template(report))
        })
    }
}
