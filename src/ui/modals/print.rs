//! 打印: choose a printer (CUPS) or, where there is none, hand the PDF to the PDF viewer.

use super::Outcome;
use crate::i18n::{Lang, tr, trf};
use egui::RichText;

pub struct PrintDialog {
    printers: Vec<String>,
    /// Index into `printers`; None is the system's default.
    chosen: Option<usize>,
    pages: usize,
}

impl PrintDialog {
    pub fn new(printers: Vec<String>, pages: usize) -> Self {
        Self {
            printers,
            chosen: None,
            pages,
        }
    }

    /// `Chosen(printer)` (None: the default printer, or the PDF viewer without CUPS).
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang) -> Option<Outcome<Option<String>>> {
        let t = |zh: &'static str| tr(lang, zh);
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("print")).show(ctx, |ui| {
            ui.set_width(420.0);
            ui.heading(t("打印"));
            ui.label(trf(
                lang,
                "共 {} 页，A4，与导出的 PDF 相同。",
                &[&self.pages],
            ));
            ui.add_space(4.0);
            if self.printers.is_empty() {
                ui.label(t(
                    "没有找到打印机（CUPS）：将在 PDF 阅读器中打开，从那里打印。",
                ));
            } else {
                ui.label(RichText::new(t("打印机")).strong());
                ui.radio_value(&mut self.chosen, None, t("默认打印机"));
                for (i, name) in self.printers.iter().enumerate() {
                    ui.radio_value(&mut self.chosen, Some(i), name);
                }
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(t("打印")).clicked() {
                    let printer = self.chosen.and_then(|i| self.printers.get(i).cloned());
                    answer = Some(Outcome::Chosen(printer));
                }
                if ui.button(t("取消")).clicked() {
                    answer = Some(Outcome::Cancelled);
                }
            });
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(Outcome::Cancelled);
        }
        answer
    }
}
