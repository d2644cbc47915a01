//! After an import: every line removed as web junk, with its reason and where it stood, and
//! a button to keep each one (the import is read again with the line kept, so it lands in the
//! part it belongs to; the host applies it as one undo step). Lines kept inside the summary
//! that look like site furniture follow, each with 删除此行 (one undo step too). Notes about
//! the file (a DOCX with unaccepted tracked changes) come first. 文件 → 导入报告… opens it
//! again while the imported draft is open.

use super::{Frame, Modal, Step};
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
    /// Keep a removed line (true) or delete a kept suspect line (false): the import as read
    /// again.
    Reread(Box<Imported>, bool),
    Close,
}

impl ImportReport {
    pub fn new(from: Text, imported: Imported) -> Self {
        Self { from, imported }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<ImportAnswer> {
        let mut answer = None;
        let mut keep = None;
        let mut drop = None;
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
        if !self.imported.suspects.is_empty() {
            ui.add_space(6.0);
            ui.label(
                egui::RichText::new(trf(
                    lang,
                    "可能是网页杂项（{} 行，在正文之中，已保留）：是网页杂项的，点“删除此行”：",
                    &[&self.imported.suspects.len()],
                ))
                .strong(),
            );
            egui::ScrollArea::vertical()
                .id_salt("suspects")
                .max_height(200.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for suspect in &self.imported.suspects {
                        ui.horizontal(|ui| {
                            let button = ui
                                .button(tr(lang, "删除此行"))
                                .on_hover_text(tr(lang, "从草稿中删除这一行（可撤销）"));
                            if button.clicked() {
                                drop = Some(suspect.at);
                            }
                            ui.weak(trf(
                                lang,
                                "第 {} 行 · {}",
                                &[&suspect.line, &suspect.why.text().get(lang)],
                            ));
                        });
                        ui.add(egui::Label::new(suspect.text.as_str()).wrap());
                        ui.separator();
                    }
                });
        }
        if ui.button(tr(lang, "知道了")).clicked() {
            answer = Some(ImportAnswer::Close);
        }
        if let Some(at) = keep {
            self.imported = self.imported.keeping(at);
            return Some(ImportAnswer::Reread(Box::new(self.imported.clone()), true));
        }
        if let Some(at) = drop {
            self.imported = self.imported.dropping(at);
            return Some(ImportAnswer::Reread(Box::new(self.imported.clone()), false));
        }
        answer
    }
}

impl Modal for ImportReport {
    fn frame(&self) -> Frame {
        Frame::new("import_report", "导入完成", 620.0)
    }

    fn body(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Step> {
        Some(match self.ui(ui, lang)? {
            ImportAnswer::Reread(imported, kept) => {
                Step::stay(EditCommand::Reimported(imported, kept))
            }
            ImportAnswer::Close => Step::close([]),
        })
    }
}
