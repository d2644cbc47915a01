//! 新建自模板…: the built-in templates and the user's own, one button each.

use super::Outcome;
use super::{Modal, Step};
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
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang) -> Option<Outcome<Box<Report>>> {
        let t = |zh: &'static str| tr(lang, zh);
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("templates")).show(ctx, |ui| {
            ui.set_width(460.0);
            ui.heading(t("选择模板"));
            for template in &self.list {
                ui.horizontal(|ui| {
                    // Built-in names are in the table; the user's own are shown as written.
                    let name = tr(lang, template.name.as_str());
                    if ui
                        .button(t("使用"))
                        .accessible_name(format!("{} {name}", t("使用")))
                        .clicked()
                    {
                        answer = Some(Outcome::Chosen(Box::new(template.report.clone())));
                    }
                    ui.label(RichText::new(name).strong());
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
                    let kind = if template.file.is_some() {
                        t("我的模板")
                    } else {
                        t("内置模板")
                    };
                    ui.weak(format!("{kind} · {}", sections.join(" / ")));
                });
            }
            ui.add_space(6.0);
            if ui.button(t("取消")).clicked() {
                answer = Some(Outcome::Cancelled);
            }
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(Outcome::Cancelled);
        }
        answer
    }
}

impl Modal for TemplatePicker {
    fn step(&mut self, ctx: &egui::Context, lang: Lang) -> Step {
        Step::from_outcome(self.show(ctx, lang), |report| {
            FileCommand::Discard(Discarding::Template(report))
        })
    }
}
