//! The closing pane: the closing paragraphs, the attachments (附件说明) and the signature
//! (unit, date — with 今天 and a calendar).

use super::{hint, line_field, paragraphs_field, track};
use crate::date::{self, Date};
use crate::i18n::{Lang, tr};
use crate::model::{Place, Report};
use crate::ui::command::{Command, EditCommand, Queue};
use crate::ui::nav::Jump;
use egui::{RichText, TextEdit};

/// Returns whether the user changed any text; 今天 and the calendar send a command.
pub fn closing_ui(
    ui: &mut egui::Ui,
    report: &mut Report,
    jump: &mut Option<Jump>,
    lang: Lang,
    commands: &mut Vec<Command>,
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
    track(ui, &closing, Place::Closing, jump);
    ui.add_space(8.0);
    let attachments = attachments_ui(ui, &mut report.attachments, jump, lang);
    ui.add_space(8.0);
    ui.label(RichText::new(tr(lang, "落款")).heading());
    let unit = line_field(
        ui,
        tr(lang, "单位"),
        &mut report.signature.unit,
        tr(lang, "如：××县文化旅游广电体育局"),
    );
    track(ui, &unit, Place::SignatureUnit, jump);
    let label = ui.label(RichText::new(tr(lang, "日期")).strong());
    let date = ui
        .horizontal(|ui| {
            if ui
                .button(tr(lang, "今天"))
                .on_hover_text(tr(lang, "填入今天的日期"))
                .clicked()
            {
                commands.add(EditCommand::SetDate(date::today_gb()));
            }
            calendar_ui(ui, &report.signature.date, lang, commands);
            ui.add(
                TextEdit::singleline(&mut report.signature.date)
                    .hint_text(tr(lang, "阿拉伯数字，年份写全，不编虚位，如：2024年7月1日"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
        })
        .inner;
    track(ui, &date, Place::SignatureDate, jump);
    closing.changed() | attachments | unit.changed() | date.changed()
}

/// The attachments, one name a line without its number (export numbers them 1．2．…).
/// Returns whether they changed.
fn attachments_ui(
    ui: &mut egui::Ui,
    names: &mut Vec<String>,
    jump: &mut Option<Jump>,
    lang: Lang,
) -> bool {
    // The field shows all names as lines: a jump to one name selects it within the field.
    let field = Place::Attachment { index: 0 };
    if let Some(Jump {
        place: Place::Attachment { index },
        range,
    }) = jump.as_ref()
    {
        let offset: usize = names
            .iter()
            .take(*index)
            .map(|n| n.chars().count() + 1)
            .sum();
        *jump = Some(Jump {
            place: field.clone(),
            range: offset + range.start..offset + range.end,
        });
    }
    let mut text = names.join("\n");
    let response = paragraphs_field(
        ui,
        tr(lang, "附件（可选）"),
        &mut text,
        tr(lang, "每行一个附件名称，不写序号，如：2024年工作台账"),
        2,
    );
    track(ui, &response, field, jump);
    if response.changed() {
        *names = text.split('\n').map(str::to_owned).collect();
        if names.iter().all(|n| n.trim().is_empty()) {
            names.clear();
        }
    }
    response.changed()
}

/// 2026年12月, or December 2026.
fn month_heading(month: Date, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "一月",
        "二月",
        "三月",
        "四月",
        "五月",
        "六月",
        "七月",
        "八月",
        "九月",
        "十月",
        "十一月",
        "十二月",
    ];
    match lang {
        Lang::Zh => format!("{}年{}月", month.year(), month.month()),
        Lang::En => {
            let name = MONTHS[usize::try_from(month.month() - 1).unwrap_or(0) % 12];
            format!("{} {}", tr(lang, name), month.year())
        }
    }
}

/// A month calendar in a menu: click a day to fill the date in.
fn calendar_ui(ui: &mut egui::Ui, current: &str, lang: Lang, commands: &mut Vec<Command>) {
    let id = ui.scope_id().with("calendar_month");
    ui.menu_button(tr(lang, "日历…"), |ui| {
        let mut month: Date = ui.data(|d| d.get_temp(id)).unwrap_or_else(|| {
            date::parse_gb(current)
                .unwrap_or_else(date::today)
                .first_of_month()
        });
        ui.horizontal(|ui| {
            if ui
                .small_button("<")
                .on_hover_text(tr(lang, "上个月"))
                .clicked()
            {
                month = month
                    .checked_sub(jiff::Span::new().months(1))
                    .unwrap_or(month);
            }
            ui.label(RichText::new(month_heading(month, lang)).strong());
            if ui
                .small_button(">")
                .on_hover_text(tr(lang, "下个月"))
                .clicked()
            {
                month = month
                    .checked_add(jiff::Span::new().months(1))
                    .unwrap_or(month);
            }
        });
        ui.data_mut(|d| d.insert_temp(id, month));
        egui::Grid::new("calendar").num_columns(7).show(ui, |ui| {
            for day in ["周一", "周二", "周三", "周四", "周五", "周六", "周日"] {
                ui.weak(tr(lang, day));
            }
            ui.end_row();
            for week in date::month_grid(month) {
                for day in week {
                    match day {
                        Some(day) => {
                            let label = format!("{}", day.day());
                            if ui
                                .small_button(label)
                                .accessible_name(date::format_gb(day))
                                .clicked()
                            {
                                commands.add(EditCommand::SetDate(date::format_gb(day)));
                                ui.close();
                            }
                        }
                        None => {
                            ui.label("");
                        }
                    }
                }
                ui.end_row();
            }
        });
    });
}
