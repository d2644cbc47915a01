//! 标题生成器: 单位 + 年份 + 期间 + 事由 + 文种 → the title, shown as it is built.

use super::Outcome;
use super::{Frame, Modal, Step};
use crate::i18n::{Lang, tr};
use crate::template;
use crate::ui::command::EditCommand;
use egui::RichText;

pub struct TitleBuilder {
    unit: String,
    year: String,
    period: &'static str,
    topic: String,
    kind: &'static str,
}

impl TitleBuilder {
    /// Starts from the signature's unit and this year.
    pub fn new(unit: String) -> Self {
        Self {
            unit,
            year: template::current_year().to_string(),
            period: template::PERIODS[0],
            topic: String::new(),
            kind: template::KINDS[0],
        }
    }

    fn title(&self) -> String {
        template::build_title(&self.unit, &self.year, self.period, &self.topic, self.kind)
    }

    /// `Chosen(title)` when the user applies it.
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Outcome<String>> {
        let t = |zh: &'static str| tr(lang, zh);
        let mut answer = None;
        let preview = self.title();
        egui::Grid::new("title_builder_grid")
            .num_columns(2)
            .show(ui, |ui| self.fields_ui(ui, lang));
        ui.add_space(6.0);
        ui.label(RichText::new(&preview).strong().size(16.0));
        ui.horizontal(|ui| {
            if ui.button(t("应用")).clicked() {
                answer = Some(Outcome::Chosen(preview.clone()));
            }
            if ui.button(t("取消")).clicked() {
                answer = Some(Outcome::Cancelled);
            }
        });
        answer
    }

    fn fields_ui(&mut self, ui: &mut egui::Ui, lang: Lang) {
        let t = |zh: &'static str| tr(lang, zh);
        let label = ui.label(t("单位："));
        // As wide as the dialog allows: the hint is read whole in either language.
        ui.add(
            egui::TextEdit::singleline(&mut self.unit)
                .hint_text(t("如：某县文化旅游广电体育局"))
                .desired_width(330.0),
        )
        .labelled_by(label.id);
        ui.end_row();
        let label = ui.label(t("年份："));
        ui.add(egui::TextEdit::singleline(&mut self.year).desired_width(80.0))
            .labelled_by(label.id);
        ui.end_row();
        // Periods and 文种 are shown in the UI's language; the title is always Chinese.
        let period_name = |p: &'static str| if p.is_empty() { t("（无）") } else { t(p) };
        ui.label(t("期间："));
        egui::ComboBox::from_id_salt("period")
            .selected_text(period_name(self.period))
            .show_ui(ui, |ui| {
                for p in template::PERIODS {
                    ui.selectable_value(&mut self.period, p, period_name(p));
                }
            })
            .response
            .accessible_name(t("期间："));
        ui.end_row();
        let label = ui.label(t("事由："));
        ui.add(
            egui::TextEdit::singleline(&mut self.topic)
                .hint_text(t("可不填，如：精神文明建设"))
                .desired_width(330.0),
        )
        .labelled_by(label.id);
        ui.end_row();
        ui.label(t("文种："));
        egui::ComboBox::from_id_salt("kind")
            .selected_text(t(self.kind))
            .show_ui(ui, |ui| {
                for k in template::KINDS {
                    ui.selectable_value(&mut self.kind, k, t(k));
                }
            })
            .response
            .accessible_name(t("文种："));
        ui.end_row();
    }
}

impl Modal for TitleBuilder {
    fn frame(&self) -> Frame {
        Frame::new("title_builder", "标题生成器", 460.0)
    }

    fn body(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Step> {
        Step::from_outcome(self.ui(ui, lang), EditCommand::SetTitle)
    }
}
