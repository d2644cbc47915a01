//! The find and replace bar above the panes (Ctrl+F, Ctrl+H). It owns its query and the
//! current match; finding, jumping and replacing are commands.

use super::command::{Command, NavCommand, Queue};
use crate::edit;
use crate::i18n::{Lang, tr};
use crate::model::Report;
use egui::Key;

#[derive(Default)]
pub struct FindBar {
    pub open: bool,
    pub replace: bool,
    pub query: String,
    pub replacement: String,
    /// Index of the current match; past the end after the query changed.
    pub current: usize,
    focus: bool,
    /// The match count for (revision, query).
    counted: Option<((u64, String), usize)>,
}

impl FindBar {
    /// Open the bar (with the replace field when `replace`) and focus the query.
    pub fn open(&mut self, replace: bool) {
        self.open = true;
        self.replace |= replace;
        self.focus = true;
    }

    /// Step to the next or previous of `n` matches, wrapping; from the top after the query
    /// changed.
    pub fn step(&mut self, n: usize, forward: bool) -> usize {
        self.current = match (forward, self.current < n) {
            (true, true) => (self.current + 1) % n,
            (false, true) => (self.current + n - 1) % n,
            (true, false) => 0,
            (false, false) => n - 1,
        };
        self.current
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        report: &Report,
        revision: u64,
        lang: Lang,
        commands: &mut Vec<Command>,
    ) {
        if !self.open {
            return;
        }
        let t = |zh: &'static str| tr(lang, zh);
        // Counted again only when the document or the query changes, not every frame.
        let key = (revision, self.query.clone());
        if self.counted.as_ref().map(|(k, _)| k) != Some(&key) {
            let n = edit::find(report, &self.query).len();
            self.counted = Some((key, n));
        }
        let matches = self.counted.as_ref().map_or(0, |(_, n)| *n);
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t("查找："));
            let query = ui
                .add(egui::TextEdit::singleline(&mut self.query).desired_width(180.0))
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus) {
                query.request_focus();
            }
            if query.changed() {
                self.current = usize::MAX;
            }
            if query.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                commands.add(NavCommand::FindNext { forward: true });
            }
            let shown = if matches == 0 || self.current >= matches {
                format!("{matches}")
            } else {
                format!("{}/{matches}", self.current + 1)
            };
            ui.label(shown);
            if ui
                .add_enabled(matches > 0, egui::Button::new(t("上一个")))
                .clicked()
            {
                commands.add(NavCommand::FindNext { forward: false });
            }
            if ui
                .add_enabled(matches > 0, egui::Button::new(t("下一个")))
                .clicked()
            {
                commands.add(NavCommand::FindNext { forward: true });
            }
            if self.replace {
                let label = ui.label(t("替换为："));
                ui.add(egui::TextEdit::singleline(&mut self.replacement).desired_width(140.0))
                    .labelled_by(label.id);
                if ui
                    .add_enabled(matches > 0, egui::Button::new(t("替换")))
                    .clicked()
                {
                    if self.current >= matches {
                        self.current = 0;
                    }
                    commands.add(NavCommand::ReplaceOne);
                }
                if ui
                    .add_enabled(matches > 0, egui::Button::new(t("全部替换")))
                    .clicked()
                {
                    commands.add(NavCommand::ReplaceAll);
                }
            }
            if ui.button(t("关闭查找")).clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                self.open = false;
            }
        });
        ui.separator();
    }
}
