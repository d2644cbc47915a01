//! The editor panes: header (title, 导语), one per section, and closing with signature.
//! Each returns whether the user changed any text; structural edits go out as commands.

use super::app::Command;
use crate::check::Place;
use crate::i18n::{Lang, tr};
use crate::model::{Item, ItemPath, ItemStyle, MAX_ITEM_DEPTH, Report, Section};
use crate::numbering;
use egui::text::{CCursor, CCursorRange};
use egui::{RichText, TextEdit};
use std::ops::Range;

/// A request to show a range of a field: select it, focus the field, scroll it into view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Jump {
    pub place: Place,
    pub range: Range<usize>,
}

/// If `jump` points at this field, select the range and bring the field into view.
fn track(ui: &egui::Ui, response: &egui::Response, place: Place, jump: &mut Option<Jump>) {
    if jump.as_ref().is_none_or(|j| j.place != place) {
        return;
    }
    let Some(j) = jump.take() else { return };
    let mut state = egui::text_edit::TextEditState::load(ui.ctx(), response.id).unwrap_or_default();
    state.cursor.set_char_range(Some(CCursorRange::two(
        CCursor::new(j.range.start),
        CCursor::new(j.range.end),
    )));
    state.store(ui.ctx(), response.id);
    response.request_focus();
    response.scroll_to_me(Some(egui::Align::Center));
}

/// A labelled single-line field filling the width.
fn line_field(ui: &mut egui::Ui, label: &str, text: &mut String, hint: &str) -> egui::Response {
    let label = ui.label(RichText::new(label).strong());
    ui.add(
        TextEdit::singleline(text)
            .hint_text(hint)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

/// A labelled multi-line field filling the width; Enter starts a new paragraph.
fn paragraphs_field(
    ui: &mut egui::Ui,
    label: &str,
    text: &mut String,
    hint: &str,
    rows: usize,
) -> egui::Response {
    let label = ui.label(RichText::new(label).strong());
    ui.add(
        TextEdit::multiline(text)
            .hint_text(hint)
            .desired_rows(rows)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

/// A template's hint if it has one, else ours.
fn hint<'a>(template: &'a str, ours: &'a str) -> &'a str {
    if template.trim().is_empty() {
        ours
    } else {
        template
    }
}

pub fn header_ui(
    ui: &mut egui::Ui,
    report: &mut Report,
    focus_title: bool,
    jump: &mut Option<Jump>,
    lang: Lang,
) -> bool {
    let title_hint = hint(
        &report.hints.title,
        "单位＋时间＋事由＋文种，如：××局2024年上半年工作总结",
    )
    .to_owned();
    let intro_hint = hint(
        &report.hints.intro,
        "开头段：背景、总体情况，常以“现将……总结如下：”结尾。回车分段。",
    )
    .to_owned();
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

pub fn closing_ui(
    ui: &mut egui::Ui,
    report: &mut Report,
    jump: &mut Option<Jump>,
    lang: Lang,
) -> bool {
    let closing_hint = hint(
        &report.hints.closing,
        "结尾段（可选），如表态、决心。回车分段。",
    )
    .to_owned();
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
        "如：××县文化旅游广电体育局",
    );
    let date = line_field(
        ui,
        tr(lang, "日期"),
        &mut report.signature.date,
        "阿拉伯数字，年份写全，不编虚位，如：2024年7月1日",
    );
    track(ui, &closing, Place::Closing, jump);
    track(ui, &unit, Place::SignatureUnit, jump);
    track(ui, &date, Place::SignatureDate, jump);
    closing.changed() | unit.changed() | date.changed()
}

/// What a section pane needs besides the section: language, 字数, the template's hints.
#[derive(Clone, Copy)]
pub struct PaneContext<'a> {
    pub lang: Lang,
    pub words: usize,
    pub lead_hint: &'a str,
    pub item_hint: &'a str,
}

pub fn section_ui(
    ui: &mut egui::Ui,
    section: &mut Section,
    section_index: usize,
    ordinal: usize,
    commands: &mut Vec<Command>,
    jump: &mut Option<Jump>,
    ctx: PaneContext<'_>,
) -> bool {
    let lang = ctx.lang;
    let mut changed = false;
    ui.weak(format!(
        "{} {} {}",
        tr(lang, "本部分"),
        ctx.words,
        tr(lang, "字")
    ));
    let label = ui.label(RichText::new(tr(lang, "部分标题")).strong());
    ui.horizontal(|ui| {
        ui.label(RichText::new(numbering::marker(1, ordinal)).strong());
        let title = ui
            .add(
                TextEdit::singleline(&mut section.title)
                    .hint_text(section.kind.default_title())
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        track(
            ui,
            &title,
            Place::SectionTitle {
                section: section_index,
            },
            jump,
        );
        changed |= title.changed();
    });
    ui.horizontal(|ui| {
        ui.label(tr(lang, "条目格式："));
        changed |= ui
            .radio_value(
                &mut section.style,
                ItemStyle::Headed,
                tr(lang, "分条标题（（一）标题单独成行）"),
            )
            .changed();
        changed |= ui
            .radio_value(
                &mut section.style,
                ItemStyle::Inline,
                tr(lang, "一是……二是……（连写成段）"),
            )
            .changed();
    });
    ui.add_space(4.0);
    let lead = paragraphs_field(
        ui,
        tr(lang, "引语（可选）"),
        &mut section.lead,
        hint(
            ctx.lead_hint,
            "条目前的一段话，如：下一步，我们将着力做好以下几个方面工作：",
        ),
        2,
    );
    track(
        ui,
        &lead,
        Place::SectionLead {
            section: section_index,
        },
        jump,
    );
    changed |= lead.changed();
    ui.add_space(8.0);

    let count = section.items.len();
    for (i, item) in section.items.iter_mut().enumerate() {
        let path = ItemPath::new(section_index, vec![i]);
        changed |= item_ui(ui, item, &path, count, section.style, commands, jump, ctx);
    }
    if section.items.is_empty() {
        ui.weak(tr(lang, "还没有条目。"));
    }
    ui.add_space(4.0);
    if ui
        .button(tr(lang, "添加条目"))
        .accessible_name("添加条目")
        .clicked()
    {
        commands.push(Command::AddItem {
            section: section_index,
            parent: None,
        });
    }
    changed
}

/// "1.2" for the second child of the first item: how buttons and fields are named.
fn path_name(path: &ItemPath) -> String {
    path.indices
        .iter()
        .map(|i| (i + 1).to_string())
        .collect::<Vec<_>>()
        .join(".")
}

fn item_marker(path: &ItemPath, style: ItemStyle) -> String {
    let n = path.indices.last().map_or(1, |i| i + 1);
    if style == ItemStyle::Inline && path.indices.len() == 1 {
        numbering::inline_marker(n)
    } else {
        numbering::marker(path.level(), n)
    }
}

#[allow(clippy::too_many_arguments)]
fn item_ui(
    ui: &mut egui::Ui,
    item: &mut Item,
    path: &ItemPath,
    siblings: usize,
    style: ItemStyle,
    commands: &mut Vec<Command>,
    jump: &mut Option<Jump>,
    ctx: PaneContext<'_>,
) -> bool {
    let lang = ctx.lang;
    let mut changed = false;
    let index = path.indices.last().copied().unwrap_or(0);
    let heading_place = Place::ItemHeading {
        section: path.section,
        item: path.indices.clone(),
    };
    let body_place = Place::ItemBody {
        section: path.section,
        item: path.indices.clone(),
    };
    // Accessible names stay Chinese whatever the language: tests and screen readers address
    // the same field and button either way.
    let name = format!("条目 {}", path_name(path));
    let marker = item_marker(path, style);
    let inline = style == ItemStyle::Inline && path.indices.len() == 1;
    egui::Frame::group(ui.style())
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(RichText::new(&marker).strong());
                let ours = if inline {
                    "要点（第一句），如：健全公共文化服务设施网络"
                } else {
                    "小标题，如：注重文化阵地建设"
                };
                let heading = ui
                    .add(
                        TextEdit::singleline(&mut item.heading)
                            .hint_text(hint(ctx.item_hint, ours))
                            .desired_width(f32::INFINITY),
                    )
                    .accessible_name(format!("{name} 标题"));
                track(ui, &heading, heading_place.clone(), jump);
                changed |= heading.changed();
            });
            let body = ui
                .add(
                    TextEdit::multiline(&mut item.body)
                        .hint_text("正文，回车分段")
                        .desired_rows(2)
                        .desired_width(f32::INFINITY),
                )
                .accessible_name(format!("{name} 正文"));
            track(ui, &body, body_place.clone(), jump);
            changed |= body.changed();
            ui.horizontal_wrapped(|ui| {
                let button = |ui: &mut egui::Ui, enabled: bool, text: &'static str, tip: &str| {
                    ui.add_enabled(enabled, egui::Button::new(tr(lang, text)).small())
                        .on_hover_text(tip)
                        .accessible_name(format!("{text} {name}"))
                        .clicked()
                };
                let deeper = path.indices.len() + item.depth() <= MAX_ITEM_DEPTH;
                if button(ui, index > 0, "上移", "与上一条交换位置") {
                    commands.push(Command::MoveUp(path.clone()));
                }
                if button(ui, index + 1 < siblings, "下移", "与下一条交换位置") {
                    commands.push(Command::MoveDown(path.clone()));
                }
                if button(
                    ui,
                    path.indices.len() > 1,
                    "升级",
                    "提升一级（如 1. → （一））",
                ) {
                    commands.push(Command::Outdent(path.clone()));
                }
                if button(
                    ui,
                    index > 0 && deeper,
                    "降级",
                    "成为上一条的下级（如 （二） → 1.）",
                ) {
                    commands.push(Command::Indent(path.clone()));
                }
                if button(
                    ui,
                    path.indices.len() < MAX_ITEM_DEPTH,
                    "添加下级",
                    "在本条下添加一个下级条目",
                ) {
                    commands.push(Command::AddItem {
                        section: path.section,
                        parent: Some(path.clone()),
                    });
                }
                if button(ui, true, "插入", "在本条后插入同级条目") {
                    commands.push(Command::InsertAfter(path.clone()));
                }
                if button(ui, true, "删除", "删除本条及其下级条目") {
                    commands.push(Command::DeleteItem(path.clone()));
                }
            });
            let count = item.children.len();
            if count > 0 {
                ui.indent(("children", path_name(path)), |ui| {
                    for (i, child) in item.children.iter_mut().enumerate() {
                        let mut indices = path.indices.clone();
                        indices.push(i);
                        let child_path = ItemPath::new(path.section, indices);
                        changed |=
                            item_ui(ui, child, &child_path, count, style, commands, jump, ctx);
                    }
                });
            }
        });
    ui.add_space(4.0);
    changed
}
