//! A one-line prompt: a heading, a labelled field that takes the focus, OK and Cancel. Used
//! for the path box (when no system file dialog can be shown) and the template name.

use super::Outcome;
use super::{Modal, Step};
use crate::i18n::{Lang, tr};
use crate::ui::command::{DialogPurpose, FileCommand};
use egui::Key;
use std::path::PathBuf;

pub struct Prompt {
    heading: &'static str,
    label: &'static str,
    pub text: String,
}

impl Prompt {
    /// `heading` and `label` are table keys (Chinese), shown in the UI's language.
    pub fn new(heading: &'static str, label: &'static str, text: String) -> Self {
        Self {
            heading,
            label,
            text,
        }
    }

    /// `Chosen(text)` on OK or Enter, `Cancelled` on Cancel or Escape.
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang) -> Option<Outcome<String>> {
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique(self.heading)).show(ctx, |ui| {
            ui.set_width(460.0);
            ui.heading(tr(lang, self.heading));
            let label = ui.label(tr(lang, self.label));
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.text).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if !field.has_focus() && !field.lost_focus() {
                field.request_focus();
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            ui.horizontal(|ui| {
                if ui.button(tr(lang, "确定")).clicked() || entered {
                    answer = Some(Outcome::Chosen(self.text.trim().to_owned()));
                }
                if ui.button(tr(lang, "取消")).clicked() {
                    answer = Some(Outcome::Cancelled);
                }
            });
        });
        if modal.should_close() && answer.is_none() {
            answer = Some(Outcome::Cancelled);
        }
        answer
    }
}

/// The path box, standing in for a system file dialog that cannot be shown.
pub struct PathBox {
    pub purpose: DialogPurpose,
    pub prompt: Prompt,
}

impl Modal for PathBox {
    fn step(&mut self, ctx: &egui::Context, lang: Lang) -> Step {
        let path = match self.prompt.show(ctx, lang) {
            None => return Step::open(),
            Some(Outcome::Chosen(text)) => Some(PathBuf::from(text)),
            Some(Outcome::Cancelled) => None,
        };
        Step::close([FileCommand::PathEntered(self.purpose, path).into()])
    }

    fn blocks_shortcuts(&self) -> bool {
        true
    }
}

/// The name box of 存为模板….
pub struct TemplateName(pub Prompt);

impl TemplateName {
    pub fn new() -> Self {
        Self(Prompt::new("存为模板…", "模板名称：", String::new()))
    }
}

impl Modal for TemplateName {
    fn step(&mut self, ctx: &egui::Context, lang: Lang) -> Step {
        Step::from_outcome(self.0.show(ctx, lang), FileCommand::SaveTemplate)
    }
}
