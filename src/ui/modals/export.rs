//! The export dialog: format, layout and fonts. It edits its own copy of the options and
//! hands them back when the user asks to export.

use super::{Frame, Modal, Step};
use crate::export::fonts::{self, FontChoice, FontReport};
use crate::export::pages::Role;
use crate::export::text::LineEnding;
use crate::export::{ExportOptions, Fonts, Format};
use crate::i18n::Text;
use crate::i18n::{Lang, tr, trf};
use crate::ui::command::{FileCommand, ProofCommand};
use egui::RichText;

pub struct ExportDialog {
    options: ExportOptions,
    /// Masks and placeholders still in the text: said before the export, not in its way.
    unfilled: usize,
    /// Which installed face prints each role, for the fonts named when the dialog opened
    /// (looked up by a job the app starts with the dialog: the first lookup scans the
    /// system's fonts); `None` until it answers.
    font_report: Option<Result<FontReport, Text>>,
}

/// What the user asked of the export dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportAnswer {
    Export(ExportOptions),
    /// Show the masks and placeholders still to fill in.
    ShowUnfilled,
    Cancel,
}

impl ExportDialog {
    pub fn new(options: ExportOptions, unfilled: usize) -> Self {
        Self {
            options,
            unfilled,
            font_report: None,
        }
    }

    /// The font lookup's answer (the `FontReport` job's), or why there is none.
    pub fn set_font_report(&mut self, report: Result<FontReport, Text>) {
        self.font_report = Some(report);
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<ExportAnswer> {
        let t = |zh: &'static str| tr(lang, zh);
        let mut answer = None;
        let options = &mut self.options;
        ui.add_space(4.0);
        ui.label(RichText::new(t("格式")).strong());
        // In rows, not a column: the dialog fits a short screen.
        ui.horizontal_wrapped(|ui| {
            for format in Format::ALL {
                ui.radio_value(&mut options.format, format, t(format.label()));
            }
        });
        ui.add_space(4.0);
        ui.label(RichText::new(t("版式")).strong());
        ui.horizontal_wrapped(|ui| {
            ui.checkbox(&mut options.indent, t("段首空两格"));
            ui.checkbox(&mut options.signature, t("包含落款（单位、日期）"));
        });
        if matches!(options.format, Format::Text | Format::Markdown) {
            ui.horizontal(|ui| {
                ui.label(t("换行符："));
                ui.radio_value(&mut options.line_ending, LineEnding::Lf, "LF");
                ui.radio_value(
                    &mut options.line_ending,
                    LineEnding::CrLf,
                    t("CRLF（Windows）"),
                );
            });
        }
        if matches!(
            options.format,
            Format::Docx | Format::Html | Format::Pdf | Format::Ofd
        ) {
            fonts_ui(ui, &mut options.fonts, lang);
            match &self.font_report {
                Some(Ok(report)) => {
                    // Folded on a short screen, so that the dialog fits under the menu bar.
                    let tall = ui.ctx().content_rect().height() > 720.0;
                    egui::CollapsingHeader::new(t("本机所用字体（PDF、打印和预览）"))
                        .id_salt("font_report")
                        .default_open(tall)
                        .show(ui, |ui| font_report_ui(ui, report, lang));
                }
                Some(Err(err)) => {
                    ui.colored_label(ui.visuals().error_fg_color, err.get(lang));
                }
                None => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(t("正在查找本机字体…"));
                    });
                }
            }
        }
        ui.add_space(8.0);
        if self.unfilled > 0 {
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    trf(
                        lang,
                        "还有 {} 处遮挡或占位（***、XX、某某）没有填写。",
                        &[&self.unfilled],
                    ),
                );
                if ui.small_button(t("查看")).clicked() {
                    answer = Some(ExportAnswer::ShowUnfilled);
                }
            });
        }
        ui.horizontal(|ui| {
            if ui.button(t("导出到文件…")).clicked() {
                answer = Some(ExportAnswer::Export(options.clone()));
            }
            if ui.button(t("取消")).clicked() {
                answer = Some(ExportAnswer::Cancel);
            }
        });
        answer
    }
}

fn fonts_ui(ui: &mut egui::Ui, fonts: &mut Fonts, lang: Lang) {
    let t = |zh: &'static str| tr(lang, zh);
    ui.add_space(4.0);
    ui.label(RichText::new(t("字体（缺少时 Word/WPS 会用相近字体代替）")).strong());
    egui::Grid::new("fonts").num_columns(2).show(ui, |ui| {
        for (label, list) in [
            ("标题", &mut fonts.title),
            ("正文", &mut fonts.body),
            ("一级标题 一、", &mut fonts.heading1),
            ("二级标题 （一）", &mut fonts.heading2),
            ("页码", &mut fonts.page_number),
        ] {
            let name = ui.label(t(label));
            if list.is_empty() {
                list.push(String::new());
            }
            ui.add(egui::TextEdit::singleline(&mut list[0]).desired_width(220.0))
                .labelled_by(name.id);
            ui.end_row();
        }
    });
    if ui.small_button(t("恢复默认字体")).clicked() {
        *fonts = Fonts::default();
    }
}

/// Which installed font prints each role here (PDF, print, preview), and the stand-ins for
/// 公文 faces this computer lacks.
fn font_report_ui(ui: &mut egui::Ui, report: &[(Role, Option<FontChoice>)], lang: Lang) {
    for (role, choice) in report {
        let line = fonts::describe(*role, choice.as_ref(), lang);
        if choice.as_ref().is_none_or(|c| c.substitute) {
            ui.colored_label(ui.visuals().warn_fg_color, line);
        } else {
            ui.label(line);
        }
    }
    if report
        .iter()
        .any(|(_, c)| c.as_ref().is_none_or(|c| c.substitute))
    {
        ui.weak(tr(
            lang,
            "缺少的公文字体由相近字体代替；Word/WPS 打开 DOCX 时按对方电脑上的字体排版。",
        ));
    }
}

impl Modal for ExportDialog {
    /// Hung from the top, under the menu bar: its choices grow as the font lookup answers.
    fn frame(&self) -> Frame {
        Frame::new("export", "导出", 480.0).hung_from_top()
    }

    fn body(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Step> {
        Some(match self.ui(ui, lang)? {
            ExportAnswer::Export(options) => Step::close([FileCommand::ExportWith(options).into()]),
            ExportAnswer::ShowUnfilled => Step::close([ProofCommand::ShowUnfilled.into()]),
            ExportAnswer::Cancel => Step::close([]),
        })
    }
}
