//! After an import: every line removed as web junk, with its reason and where it stood, and
//! a button to keep each one (the import is read again with the line kept, so it lands in the
//! part it belongs to; the host applies it as one undo step). Notes about the file (a DOCX
//! with unaccepted tracked changes) come first.

use super::{Modal, Step};
use crate::i18n::{Lang, Text, tr, trf};
use crate::import::Imported;
use crate::ui::command::EditCommand;

pub struct ImportReport {
    /// Where the text came from (a file name, or 剪贴板).
    from: Text,
    imported: Imported,
}

/// What the user chose.
pub enum ImportAnswer {
    /// Keep a removed line: the draft as read again with it.
    Keep(Box<crate::model::Report>),
    Close,
}

impl ImportReport {
    pub fn new(from: Text, imported: Imported) -> Self {
        Self { from, imported }
    }

    pub fn show(&mut self, ctx: &egui::Context, lang: Lang) -> Option<ImportAnswer> {
        let mut answer = None;
        let mut keep = None;
        let modal = egui::Modal::new(egui::Id::unique("import_report")).show(ctx, |ui| {
            ui.set_width(620.0);
            ui.heading(tr(lang, "导入完成"));
            for note in &self.imported.notes {
                ui.colored_label(ui.visuals().warn_fg_color, note.get(lang));
            }
            if self.imported.removed.is_empty() {
                ui.label(trf(
                    lang,
                    "从{}导入，没有删除任何内容。",
                    &[&self.from.get(lang)],
                ));
            } else {
                ui.label(trf(
                    lang,
                    "从{}导入时删除了以下 {} 行网页杂项，其余内容都已放入各部分。删错了的行，点“保留此行”放回原处：",
                    &[&self.from.get(lang), &self.imported.removed.len()],
                ));
            }
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    // Each line: where it stood and why, the 保留 button, then its words
                    // over the whole width.
                    for removed in &self.imported.removed {
                        ui.horizontal(|ui| {
                            let button = ui
                                .button(tr(lang, "保留此行"))
                                .on_hover_text(tr(lang, "把这一行放回草稿中原来的位置"));
                            if button.clicked() {
                                keep = Some(removed.at);
                            }
                            ui.weak(trf(
                                lang,
                                "第 {} 行 · {}",
                                &[&removed.line, &removed.why.text().get(lang)],
                            ));
                        });
                        ui.add(egui::Label::new(removed.text.as_str()).wrap());
                        ui.separator();
                    }
                });
            if ui.button(tr(lang, "知道了")).clicked() {
                answer = Some(ImportAnswer::Close);
            }
        });
        if let Some(at) = keep {
            self.imported = self.imported.keeping(at);
            return Some(ImportAnswer::Keep(Box::new(self.imported.report.clone())));
        }
        if modal.should_close() {
            return Some(ImportAnswer::Close);
        }
        answer
    }
}

impl Modal for ImportReport {
    fn step(&mut self, ctx: &egui::Context, lang: Lang) -> Step {
        match self.show(ctx, lang) {
            None => Step::open(),
            Some(ImportAnswer::Keep(report)) => Step::stay(EditCommand::KeepImported(report)),
            Some(ImportAnswer::Close) => Step::close([]),
        }
    }
}
