//! A one-line prompt: a heading, a labelled field that takes the focus, OK and Cancel. Used
//! for the path box (when no system file dialog can be shown) and the template name.

use super::Outcome;
use super::{Frame, Modal, Step};
use crate::i18n::Text;
use crate::i18n::{Lang, tr};
use crate::ui::command::{DialogPurpose, FileCommand};
use egui::text::{CCursor, CCursorRange};
use egui::{Key, RichText};
use std::path::PathBuf;

pub struct Prompt {
    heading: &'static str,
    label: &'static str,
    pub text: String,
    /// A line under the field (why there is a path box at all).
    pub note: Option<Text>,
    /// Select the file name without its folder and extension when the box opens, so that
    /// typing replaces the name and keeps the folder.
    pub select_name: bool,
    /// The field took the focus (and its selection) once.
    started: bool,
}

impl Prompt {
    /// `heading` and `label` are table keys (Chinese), shown in the UI's language.
    pub fn new(heading: &'static str, label: &'static str, text: String) -> Self {
        Self {
            heading,
            label,
            text,
            note: None,
            select_name: false,
            started: false,
        }
    }

    /// `Chosen(text)` on OK or Enter, `Cancelled` on Cancel or Escape.
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Outcome<String>> {
        let mut answer = None;
        let label = ui.label(tr(lang, self.label));
        let field = ui
            .add(egui::TextEdit::singleline(&mut self.text).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        if !field.has_focus() && !field.lost_focus() {
            field.request_focus();
        }
        if !self.started {
            self.started = true;
            let has_folder = self.text.contains(['/', '\\']);
            let (from, to) = if self.select_name && has_folder {
                name_range(&self.text)
            } else if self.select_name {
                // A bare name: all of it, so that a path typed or pasted replaces it.
                (0, self.text.chars().count())
            } else {
                let end = self.text.chars().count();
                (end, end)
            };
            let mut state =
                egui::text_edit::TextEditState::load(ui.ctx(), field.id).unwrap_or_default();
            state.cursor.set_char_range(Some(CCursorRange::two(
                CCursor::new(from),
                CCursor::new(to),
            )));
            state.store(ui.ctx(), field.id);
        }
        if let Some(note) = &self.note {
            ui.add(egui::Label::new(RichText::new(note.get(lang)).weak().small()).wrap());
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
        answer
    }
}

/// The characters of the file name in a path, without its folder and its extension.
fn name_range(path: &str) -> (usize, usize) {
    let chars: Vec<char> = path.chars().collect();
    let start = chars
        .iter()
        .rposition(|c| *c == '/' || *c == '\\')
        .map_or(0, |p| p + 1);
    let end = chars[start..]
        .iter()
        .rposition(|c| *c == '.')
        .filter(|&p| p > 0)
        .map_or(chars.len(), |p| start + p);
    (start, end)
}

/// The path box, standing in for a system file dialog that cannot be shown.
pub struct PathBox {
    pub purpose: DialogPurpose,
    pub prompt: Prompt,
}

impl Prompt {
    fn frame(&self) -> Frame {
        Frame::new(self.heading, self.heading, 460.0)
    }
}

impl Modal for PathBox {
    fn frame(&self) -> Frame {
        self.prompt.frame()
    }

    fn body(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Step> {
        let path = match self.prompt.ui(ui, lang)? {
            Outcome::Chosen(text) => Some(PathBuf::from(text)),
            Outcome::Cancelled => None,
        };
        Some(Step::close([
            FileCommand::PathEntered(self.purpose, path).into()
        ]))
    }

    /// Esc is 取消: whatever waited for the path stops waiting.
    fn dismissed(&mut self) -> Step {
        Step::close([FileCommand::PathEntered(self.purpose, None).into()])
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
    fn frame(&self) -> Frame {
        self.0.frame()
    }

    fn body(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Step> {
        Step::from_outcome(self.0.ui(ui, lang), FileCommand::SaveTemplate)
    }
}

#[cfg(test)]
mod tests {
    use super::name_range;

    #[test]
    fn the_name_is_between_the_folder_and_the_extension() {
        assert_eq!(name_range("/home/a/工作总结.wsd"), (8, 12));
        assert_eq!(name_range(r"C:\文档\总结.ron"), (6, 8));
        assert_eq!(name_range("总结"), (0, 2));
        assert_eq!(name_range("/home/a/.hidden"), (8, 15));
    }
}
