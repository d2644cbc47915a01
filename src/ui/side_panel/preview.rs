//! The preview: the formatted text, painted paragraph by paragraph, only those in view.

use super::paper::{PaperView, paper_ui};
use crate::export::ExportOptions;
use crate::i18n::{Lang, tr, trf};
use crate::ui::derived::Derived;
use std::sync::Arc;

/// The preview's paragraphs laid out for one width, and where each starts: only those in
/// view are painted, so a long document costs nothing while idle.
#[derive(Default)]
pub struct PreviewLayout {
    /// (preview version, width bits) the galleys were laid out for.
    key: (u64, u32),
    galleys: Vec<Arc<egui::Galley>>,
    tops: Vec<f32>,
    height: f32,
}

impl PreviewLayout {
    /// Lay out `text` for `width`, keeping the galleys of unchanged paragraphs.
    fn update(&mut self, ui: &egui::Ui, text: &str, version: u64, width: f32) {
        let key = (version, width.to_bits());
        if self.key == key {
            return;
        }
        let font = egui::TextStyle::Body.resolve(ui.style());
        let color = ui.visuals().text_color();
        let old = std::mem::take(self);
        let same_width = old.key.1 == key.1;
        self.key = key;
        let painter = ui.painter();
        for (i, line) in text.lines().enumerate() {
            // Unchanged paragraphs keep their galley; only edited ones are laid out.
            let galley = match old.galleys.get(i) {
                Some(g) if same_width && g.text() == line => g.clone(),
                _ => painter.layout(line.to_owned(), font.clone(), color, width),
            };
            self.tops.push(self.height);
            self.height += if line.is_empty() {
                8.0
            } else {
                galley.size().y + 2.0
            };
            self.galleys.push(galley);
        }
    }
}

pub fn preview_ui(
    ui: &mut egui::Ui,
    derived: &Derived,
    layout: &mut PreviewLayout,
    paper: &mut PaperView,
    export: &mut ExportOptions,
    lang: Lang,
) {
    ui.horizontal(|ui| {
        ui.selectable_value(&mut paper.as_text, false, tr(lang, "页面"));
        ui.selectable_value(&mut paper.as_text, true, tr(lang, "文本"));
        ui.separator();
        ui.checkbox(&mut export.indent, tr(lang, "段首空两格"));
    });
    ui.label(trf(
        lang,
        "{} 页（A4 公文版心，每页 22 行 × 28 字）",
        &[&derived.sheets.len()],
    ))
    .on_hover_text(tr(
        lang,
        "与导出的 PDF 同一排版；Word/WPS 用本机字体排版，可能略有出入。",
    ));
    ui.separator();
    if !paper.as_text {
        paper_ui(ui, &derived.sheets, paper, lang);
        return;
    }
    let color = ui.visuals().text_color();
    let width = ui.available_width() - ui.spacing().scroll.bar_width - 4.0;
    layout.update(ui, &derived.preview, derived.preview_version, width);
    let layout = &*layout;
    egui::ScrollArea::vertical()
        .id_salt("preview")
        .auto_shrink(false)
        .show_viewport(ui, |ui, viewport| {
            ui.set_height(layout.height);
            ui.set_width(width);
            let origin = ui.min_rect().min;
            let first = layout
                .tops
                .partition_point(|top| *top < viewport.min.y)
                .saturating_sub(1);
            for (top, galley) in layout.tops[first..].iter().zip(&layout.galleys[first..]) {
                if *top > viewport.max.y {
                    break;
                }
                ui.painter()
                    .galley(origin + egui::vec2(0.0, *top), galley.clone(), color);
            }
        });
}
