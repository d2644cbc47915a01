//! 打印: choose a printer (CUPS) or, where there is none, hand the PDF to the PDF viewer.

use super::Outcome;
use super::{Frame, Modal, Step};
use crate::i18n::{Lang, tr, trf};
use crate::ui::command::FileCommand;
use egui::RichText;

pub struct PrintDialog {
    /// The printers CUPS knows (`lpstat`, asked by a job the app starts with the dialog: it
    /// can take seconds); `None` until it answers.
    printers: Option<Vec<String>>,
    /// Index into `printers`; None is the system's default.
    chosen: Option<usize>,
    pages: usize,
}

impl PrintDialog {
    pub fn new(pages: usize) -> Self {
        Self {
            printers: None,
            chosen: None,
            pages,
        }
    }

    /// The `Printers` job's answer.
    pub fn set_printers(&mut self, printers: Vec<String>) {
        self.printers = Some(printers);
    }

    /// `Chosen(printer)` (None: the default printer, or the PDF viewer without CUPS).
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Outcome<Option<String>>> {
        let t = |zh: &'static str| tr(lang, zh);
        let mut answer = None;
        ui.label(trf(
            lang,
            "共 {} 页，A4，与导出的 PDF 相同。",
            &[&self.pages],
        ));
        ui.add_space(4.0);
        let printers = match &self.printers {
            Some(printers) => printers.as_slice(),
            None => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t("正在查找打印机…"));
                });
                &[]
            }
        };
        if self.printers.is_some() && printers.is_empty() {
            ui.label(t(
                "没有找到打印机（CUPS）：将在 PDF 阅读器中打开，从那里打印。",
            ));
        } else if !printers.is_empty() {
            ui.label(RichText::new(t("打印机")).strong());
            ui.radio_value(&mut self.chosen, None, t("默认打印机"));
            for (i, name) in printers.iter().enumerate() {
                ui.radio_value(&mut self.chosen, Some(i), name);
            }
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t("打印")).clicked() {
                let printer = self.chosen.and_then(|i| printers.get(i).cloned());
                answer = Some(Outcome::Chosen(printer));
            }
            if ui.button(t("取消")).clicked() {
                answer = Some(Outcome::Cancelled);
            }
        });
        answer
    }
}

impl Modal for PrintDialog {
    fn frame(&self) -> Frame {
        Frame::new("print", "打印", 420.0)
    }

    fn body(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Step> {
        Step::from_outcome(self.ui(ui, lang), FileCommand::PrintOn)
    }
}
