//! The header pane: the title and the 导语.

use super::{hint, line_field, paragraphs_field, track};
use crate::i18n::{Lang, tr};
use crate::model::{Place, Report};
use crate::ui::nav::Jump;

/// Returns whether the user changed any text.
pub fn header_ui(
    ui: &mut egui::Ui,
    report: &mut Report,
    focus_title: bool,
    jump: &mut Option<Jump>,
    lang: Lang,
) -> bool {
    let title_hint = hint(
        &report.hints.title,
        lang,
        "单位＋时间＋事由＋文种，如：××局2024年上半年工作总结",
    );
    let intro_hint = hint(
        &report.hints.intro,
        lang,
        "开头段：背景、总体情况，常以“现将……总结如下：”结尾。回车分段。",
    );
    let title = line_field(ui, tr(lang, "标题"), &mut report.title, &title_hint);
    if focus_title {
        title.request_focus();
    }
    track(ui, &title, Place::Title, jump);
    ui.add_space(8.0);
    let intro = paragraphs_field(ui, tr(lang, "导语"), &mut report.intro, &intro_hint, 8);
    track(ui, &intro, Place::Intro, jump);
    title.changed() | intro.changed()
}
