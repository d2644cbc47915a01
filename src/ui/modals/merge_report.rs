//! After 合并草稿…: where every source item went, so the office can see nothing was lost.

use super::{Modal, Step};
use crate::i18n::{Lang, tr, trf};

pub struct MergeReport {
    /// How many drafts were merged.
    drafts: usize,
    /// The merge log, in both languages.
    zh: String,
    en: String,
}

impl MergeReport {
    pub fn new(drafts: usize, zh: String, en: String) -> Self {
        Self { drafts, zh, en }
    }

    /// True once the user has read it.
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang) -> bool {
        let mut close = false;
        let modal = egui::Modal::new(egui::Id::unique("merge_report")).show(ctx, |ui| {
            ui.set_width(600.0);
            ui.heading(tr(lang, "合并报告"));
            ui.label(trf(
                lang,
                "已把 {} 份草稿合并为一份新草稿，各条去向如下：",
                &[&self.drafts],
            ));
            let text = if lang == Lang::En { &self.en } else { &self.zh };
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    for line in text.lines() {
                        ui.label(line);
                    }
                });
            if ui.button(tr(lang, "知道了")).clicked() {
                close = true;
            }
        });
        close || modal.should_close()
    }
}

impl Modal for MergeReport {
    fn step(&mut self, ctx: &egui::Context, lang: Lang) -> Step {
        if self.show(ctx, lang) {
            Step::close([])
        } else {
            Step::open()
        }
    }
}
