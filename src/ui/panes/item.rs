//! One item of a section (and, nested, its children): marker, heading, body and the buttons
//! that move, indent, add and delete it.

use super::{hint, track};
use crate::edit;
use crate::i18n::{Lang, tr, trf};
use crate::model::{Item, ItemPath, ItemStyle, Place, item_ordinals as ordinals};
use crate::numbering;
use crate::ui::command::{Command, EditCommand, Queue};
use crate::ui::nav::Jump;
use egui::{RichText, TextEdit};

/// What an item needs to know about its place.
#[derive(Clone, Copy)]
pub struct ItemContext<'a> {
    pub lang: Lang,
    pub style: ItemStyle,
    /// The template's hint for headings.
    pub hint: &'a str,
    /// How many items share the item's list.
    pub siblings: usize,
    /// The item's number as printed: items before it that print nothing use up no ordinal.
    pub ordinal: usize,
}

fn item_marker(path: &ItemPath, style: ItemStyle, n: usize) -> String {
    if style == ItemStyle::Inline && path.indices.len() == 1 {
        numbering::inline_marker(n)
    } else {
        numbering::marker(path.level(), n)
    }
}

/// Returns whether the user changed any text.
pub fn item_ui(
    ui: &mut egui::Ui,
    item: &mut Item,
    path: &ItemPath,
    ctx: ItemContext<'_>,
    commands: &mut Vec<Command>,
    jump: &mut Option<Jump>,
) -> bool {
    let lang = ctx.lang;
    let mut changed = false;
    // Fields and buttons are named "条目 1.2 标题", "上移 条目 3": how tests and screen
    // readers address them.
    let name = trf(lang, "条目 {}", &[&path.name()]);
    let inline = ctx.style == ItemStyle::Inline && path.indices.len() == 1;
    egui::Frame::group(ui.style())
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(RichText::new(item_marker(path, ctx.style, ctx.ordinal)).strong());
                let ours = if inline {
                    "要点（第一句），如：健全公共文化服务设施网络"
                } else {
                    "小标题，如：注重文化阵地建设"
                };
                // Last period's plan, for a draft started from the last one.
                let hint_text = if item.hint.trim().is_empty() {
                    hint(ctx.hint, lang, ours)
                } else {
                    item.hint.clone()
                };
                let heading = ui
                    .add(
                        TextEdit::singleline(&mut item.heading)
                            .hint_text(hint_text)
                            .desired_width(f32::INFINITY),
                    )
                    .accessible_name(trf(lang, "{} 标题", &[&name]));
                let place = Place::ItemHeading {
                    section: path.section,
                    item: path.indices.clone(),
                };
                track(ui, &heading, place, jump);
                changed |= heading.changed();
            });
            if let Some(source) = item.source.as_deref().filter(|s| !s.is_empty()) {
                ui.label(
                    RichText::new(trf(lang, "来源：{}", &[&source]))
                        .small()
                        .weak(),
                )
                .on_hover_text(tr(lang, "合并草稿时记下的来源，不会导出"));
            }
            let body = ui
                .add(
                    TextEdit::multiline(&mut item.body)
                        .hint_text(tr(lang, "正文，回车分段"))
                        .desired_rows(2)
                        .desired_width(f32::INFINITY),
                )
                .accessible_name(trf(lang, "{} 正文", &[&name]));
            let place = Place::ItemBody {
                section: path.section,
                item: path.indices.clone(),
            };
            track(ui, &body, place, jump);
            changed |= body.changed();
            buttons_ui(ui, item, path, &name, ctx, commands);
            let count = item.children.len();
            if count > 0 {
                ui.indent(("children", path.name()), |ui| {
                    let numbers = ordinals(&item.children);
                    for (i, child) in item.children.iter_mut().enumerate() {
                        let mut indices = path.indices.clone();
                        indices.push(i);
                        let child_path = ItemPath::new(path.section, indices);
                        let child_ctx = ItemContext {
                            siblings: count,
                            ordinal: numbers[i],
                            ..ctx
                        };
                        changed |= item_ui(ui, child, &child_path, child_ctx, commands, jump);
                    }
                });
            }
        });
    ui.add_space(4.0);
    changed
}

fn buttons_ui(
    ui: &mut egui::Ui,
    item: &Item,
    path: &ItemPath,
    name: &str,
    ctx: ItemContext<'_>,
    commands: &mut Vec<Command>,
) {
    let lang = ctx.lang;
    let index = path.indices.last().copied().unwrap_or(0);
    ui.horizontal_wrapped(|ui| {
        let button = |ui: &mut egui::Ui, enabled: bool, text: &'static str, tip: &'static str| {
            let label = tr(lang, text);
            ui.add_enabled(enabled, egui::Button::new(label).small())
                .on_hover_text(tr(lang, tip))
                .accessible_name(format!("{label} {name}"))
                .clicked()
        };
        let buttons = [
            (
                index > 0,
                "上移",
                "与上一条交换位置",
                EditCommand::MoveUp(path.clone()),
            ),
            (
                index + 1 < ctx.siblings,
                "下移",
                "与下一条交换位置",
                EditCommand::MoveDown(path.clone()),
            ),
            (
                edit::can_outdent(path),
                "升级",
                "提升一级（如 1. → （一））",
                EditCommand::Outdent(path.clone()),
            ),
            (
                edit::can_indent_item(path, item),
                "降级",
                "成为上一条的下级（如 （二） → 1.）",
                EditCommand::Indent(path.clone()),
            ),
            (
                edit::can_add_child(path),
                "添加下级",
                "在本条下添加一个下级条目",
                EditCommand::AddItem {
                    section: path.section,
                    parent: Some(path.clone()),
                },
            ),
            (
                true,
                "插入",
                "在本条后插入同级条目",
                EditCommand::InsertAfter(path.clone()),
            ),
            (
                true,
                "删除",
                "删除本条及其下级条目",
                EditCommand::DeleteItem(path.clone()),
            ),
        ];
        for (enabled, text, tip, command) in buttons {
            if button(ui, enabled, text, tip) {
                commands.add(command);
            }
        }
    });
}
