//! 词表: the user's own words (unit names, terms), one a line; nothing in it is flagged.

use super::Outcome;
use super::{Frame, Modal, Step};
use crate::i18n::{Lang, tr};
use crate::ui::command::ProofCommand;

pub struct WordListEditor {
    text: String,
}

impl WordListEditor {
    pub fn new(text: String) -> Self {
        Self { text }
    }

    /// `Chosen(text)` when the user saves the list.
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Outcome<String>> {
        let t = |zh: &'static str| tr(lang, zh);
        let mut answer = None;
        let label = ui.label(t(
            "本单位的名称、人名、地名和术语，每行一个；列入的词不再提示。",
        ));
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                ui.add(
                    egui::TextEdit::multiline(&mut self.text)
                        .desired_rows(12)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            });
        ui.horizontal(|ui| {
            if ui.button(t("保存")).clicked() {
                answer = Some(Outcome::Chosen(self.text.clone()));
            }
            if ui.button(t("取消")).clicked() {
                answer = Some(Outcome::Cancelled);
            }
        });
        answer
    }
}

impl Modal for WordListEditor {
    fn frame(&self) -> Frame {
        Frame::new("word_list", "词表", 420.0)
    }

    fn body(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Step> {
        Step::from_outcome(self.ui(ui, lang), ProofCommand::SaveWordList)
    }
}
