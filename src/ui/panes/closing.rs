//! The closing pane: the closing paragraphs and the signature (unit, date).

use super::{hint, line_field, paragraphs_field, track};
use crate::i18n::{Lang, tr};
use crate::model::{Place, Report};
use crate::ui::nav::Jump;
use egui::RichText;

/// Returns whether the user changed any text.
pub fn closing_ui(
    ui: &mut egui::Ui,
    report: &mut Report,
    jump: &mut Option<Jump>,
    lang: Lang,
) -> bool {
    let closing_hint = hint(
        &report.hints.closing,
        lang,
        "结尾段（可选），如表态、决心。回车分段。",
    );
    let closing = paragraphs_field(
        ui,
        tr(lang, "结束语"),
        &mut report.closing,
        &closing_hint,
        5,
    );
    ui.add_space(8.0);
    ui.label(RichText::new(tr(lang, "落款")).heading());
    let unit = line_field(
        ui,
        tr(lang, "单位"),
        &mut report.signature.unit,
        tr(lang, "如：××县文化旅游广电体育局"),
    );
    let date = line_field(
        ui,
        tr(lang, "日期"),
        &mut report.signature.date,
        tr(lang, "阿拉伯数字，年份写全，不编虚位，如：2024年7月1日"),
    );
    track(ui, &closing, Place::Closing, jump);
    track(ui, &unit, Place::SignatureUnit, jump);
    track(ui, &date, Place::SignatureDate, jump);
    closing.changed() | unit.changed() | date.changed()
}
