//! After 合并草稿…: where every source item went, so the office can see nothing was lost.

use super::{Frame, Modal, Step};
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

    /// The report; true once the user has read it.
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> bool {
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
        ui.button(tr(lang, "知道了")).clicked()
    }
}

impl Modal for MergeReport {
    fn frame(&self) -> Frame {
        Frame::new("merge_report", "合并报告", 600.0)
    }

    fn body(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Step> {
        self.ui(ui, lang).then(|| Step::close([]))
    }
}
