//! The editor panes — header (title, 导语), one per section with its items, closing with
//! signature — and the tabs that switch between them. Panes edit text in place (the caller
//! runs them inside `Document::type_in`) and send structural edits out as commands.

mod closing;
mod header;
mod item;
mod section;

pub use closing::closing_ui;
pub use header::header_ui;
pub use section::{SectionContext, section_ui};

use super::command::{Command, EditCommand, NavCommand, Queue};
use super::nav::{Jump, Pane};
use crate::i18n::{Lang, tr, trf};
use crate::model::{Place, Report, SectionKind};
use egui::text::{CCursor, CCursorRange};
use egui::{RichText, TextEdit};

/// If `jump` points at this field, select the range and bring the field into view.
fn track(ui: &egui::Ui, response: &egui::Response, place: Place, jump: &mut Option<Jump>) {
    if jump.as_ref().is_none_or(|j| j.place != place) {
        return;
    }
    let Some(j) = jump.take() else { return };
    let mut state = egui::text_edit::TextEditState::load(ui.ctx(), response.id).unwrap_or_default();
    state.cursor.set_char_range(Some(CCursorRange::two(
        CCursor::new(j.range.start),
        CCursor::new(j.range.end),
    )));
    state.store(ui.ctx(), response.id);
    response.request_focus();
    response.scroll_to_me(Some(egui::Align::Center));
}

/// A labelled single-line field filling the width.
fn line_field(ui: &mut egui::Ui, label: &str, text: &mut String, hint: &str) -> egui::Response {
    let label = ui.label(RichText::new(label).strong());
    ui.add(
        TextEdit::singleline(text)
            .hint_text(hint)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

/// A labelled multi-line field filling the width; Enter starts a new paragraph.
fn paragraphs_field(
    ui: &mut egui::Ui,
    label: &str,
    text: &mut String,
    hint: &str,
    rows: usize,
) -> egui::Response {
    let label = ui.label(RichText::new(label).strong());
    ui.add(
        TextEdit::multiline(text)
            .hint_text(hint)
            .desired_rows(rows)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

/// A template's hint if it has one, else ours in the UI's language.
fn hint(template: &str, lang: Lang, ours: &'static str) -> String {
    if template.trim().is_empty() {
        tr(lang, ours).to_owned()
    } else {
        template.to_owned()
    }
}

/// The tab of each pane, with the 字数 of each section on hover.
pub fn tabs_ui(
    ui: &mut egui::Ui,
    report: &Report,
    current: Pane,
    section_words: &[usize],
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let mut tab = |ui: &mut egui::Ui, pane: Pane, label: String, words: Option<usize>| {
            let response = ui.selectable_label(current == pane, label);
            let response = match words {
                Some(n) => response.on_hover_text(trf(lang, "本部分 {} 字", &[&n])),
                None => response,
            };
            if response.clicked() {
                commands.add(NavCommand::SelectPane(pane));
            }
        };
        tab(ui, Pane::Header, tr(lang, "标题与导语").to_owned(), None);
        for (i, section) in report.sections.iter().enumerate() {
            let label = match section.kind {
                SectionKind::Other if section.title.trim().is_empty() => {
                    trf(lang, "其他部分 {}", &[&(i + 1)])
                }
                SectionKind::Other => section.title.trim().chars().take(12).collect(),
                kind => tr(lang, kind.name()).to_owned(),
            };
            tab(ui, Pane::Section(i), label, section_words.get(i).copied());
        }
        tab(ui, Pane::Closing, tr(lang, "结尾与落款").to_owned(), None);
        // A standard part the draft lacks (an import has only its own), or another part.
        ui.menu_button(tr(lang, "添加部分"), |ui| {
            for kind in [
                SectionKind::Achievements,
                SectionKind::Problems,
                SectionKind::Plans,
                SectionKind::Other,
            ] {
                let missing =
                    kind == SectionKind::Other || !report.sections.iter().any(|s| s.kind == kind);
                if ui
                    .add_enabled(missing, egui::Button::new(tr(lang, kind.name())))
                    .clicked()
                {
                    commands.add(EditCommand::AddSection(kind));
                    ui.close();
                }
            }
        });
    });
}
