//! After an import: the lines removed as web junk, so the user can see nothing else went.

use crate::i18n::{Lang, Text, tr, trf};

pub struct ImportReport {
    /// Where the text came from (a file name, or 剪贴板).
    from: Text,
    removed: Vec<String>,
}

impl ImportReport {
    pub fn new(from: Text, removed: Vec<String>) -> Self {
        Self { from, removed }
    }

    /// True once the user has read it.
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang) -> bool {
        let mut close = false;
        let modal = egui::Modal::new(egui::Id::unique("import_report")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading(tr(lang, "导入完成"));
            ui.label(trf(
                lang,
                "从{}导入时删除了以下 {} 行网页杂项，其余内容都已放入各部分：",
                &[&self.from.get(lang), &self.removed.len()],
            ));
            egui::ScrollArea::vertical()
                .max_height(280.0)
                .show(ui, |ui| {
                    for line in &self.removed {
                        ui.weak(line);
                    }
                });
            if ui.button(tr(lang, "知道了")).clicked() {
                close = true;
            }
        });
        close || modal.should_close()
    }
}
