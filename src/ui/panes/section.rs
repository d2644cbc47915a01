//! A section's pane: its title, item layout, lead-in and items.

use super::item::{ItemContext, item_ui};
use super::{hint, paragraphs_field, track};
use crate::i18n::{Lang, tr, trf};
use crate::model::item_ordinals as ordinals;
use crate::model::{ItemPath, ItemStyle, Place, Section, SectionKind};
use crate::numbering;
use crate::ui::command::{Command, EditCommand, Queue};
use crate::ui::nav::Jump;
use egui::{RichText, TextEdit};

/// What a section pane needs besides the section: where it is, language, 字数, the
/// template's hints.
#[derive(Clone, Copy)]
pub struct SectionContext<'a> {
    pub index: usize,
    /// Its ordinal in the export (一、 二、…), which skips blank sections.
    pub ordinal: usize,
    pub lang: Lang,
    pub words: usize,
    pub lead_hint: &'a str,
    pub item_hint: &'a str,
}

/// Returns whether the user changed any text; structural edits go out as commands.
pub fn section_ui(
    ui: &mut egui::Ui,
    section: &mut Section,
    ctx: SectionContext<'_>,
    commands: &mut Vec<Command>,
    jump: &mut Option<Jump>,
) -> bool {
    let lang = ctx.lang;
    let index = ctx.index;
    let mut changed = false;
    ui.weak(trf(lang, "本部分 {} 字", &[&ctx.words]));
    let label = ui.label(RichText::new(tr(lang, "部分标题")).strong());
    ui.horizontal(|ui| {
        // An untitled part prints no heading, so it shows no 一、 either.
        if section.headed() {
            ui.label(RichText::new(numbering::marker(1, ctx.ordinal)).strong());
        }
        let title = ui
            .add(
                TextEdit::singleline(&mut section.title)
                    .hint_text(section.kind.default_title())
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        track(ui, &title, Place::SectionTitle { section: index }, jump);
        changed |= title.changed();
    });
    changed |= style_ui(ui, &mut section.style, lang);
    role_ui(ui, section.kind, index, lang, commands);
    ui.add_space(4.0);
    let lead = paragraphs_field(
        ui,
        tr(lang, "引语（可选）"),
        &mut section.lead,
        &hint(ctx.lead_hint, lang, lead_hint(section.kind)),
        2,
    );
    track(ui, &lead, Place::SectionLead { section: index }, jump);
    changed |= lead.changed();
    ui.add_space(8.0);

    let numbers = ordinals(&section.items);
    let siblings = section.items.len();
    for (i, item) in section.items.iter_mut().enumerate() {
        let item_ctx = ItemContext {
            lang,
            style: section.style,
            hint: ctx.item_hint,
            siblings,
            ordinal: numbers[i],
        };
        let path = ItemPath::new(index, vec![i]);
        changed |= item_ui(ui, item, &path, item_ctx, commands, jump);
    }
    if section.items.is_empty() {
        ui.weak(tr(lang, "还没有条目。"));
    }
    ui.add_space(4.0);
    if ui
        .button(tr(lang, "添加条目"))
        .on_hover_text(tr(lang, "在本部分末尾添加一个条目"))
        .clicked()
    {
        commands.add(EditCommand::AddItem {
            section: index,
            parent: None,
        });
    }
    changed
}

/// The lead-in's hint when the template has none: one for what the part is.
fn lead_hint(kind: SectionKind) -> &'static str {
    match kind {
        SectionKind::Achievements => "可写一句总述，如：今年以来，我们重点抓了以下几项工作：",
        SectionKind::Problems => "可写一句总述，如：对照目标任务，还存在一些不足：",
        SectionKind::Plans => "条目前的一段话，如：下一步，我们将着力做好以下几个方面工作：",
        SectionKind::Other => "条目前的一段话（可不写）",
    }
}

/// What the part is (工作成效, 存在的问题, 下步计划 or another part): the import's guess
/// corrected in one click; the follow-through follows. A command, so it is one undo step and
/// another part holding that role becomes another part.
fn role_ui(
    ui: &mut egui::Ui,
    kind: SectionKind,
    index: usize,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    let mut chosen = kind;
    egui::ComboBox::from_label(tr(lang, "这部分的作用"))
        .selected_text(tr(lang, kind.name()))
        .show_ui(ui, |ui| {
            for role in [
                SectionKind::Achievements,
                SectionKind::Problems,
                SectionKind::Plans,
                SectionKind::Other,
            ] {
                ui.selectable_value(&mut chosen, role, tr(lang, role.name()));
            }
        });
    if chosen != kind {
        commands.add(EditCommand::SetSectionKind {
            section: index,
            kind: chosen,
        });
    }
}

/// 分条 or 一是…: how the section lays out its items. Returns whether it changed.
fn style_ui(ui: &mut egui::Ui, style: &mut ItemStyle, lang: Lang) -> bool {
    ui.horizontal(|ui| {
        ui.label(tr(lang, "条目格式："));
        let headed = ui.radio_value(
            style,
            ItemStyle::Headed,
            tr(lang, "分条标题（（一）标题单独成行）"),
        );
        let inline = ui.radio_value(
            style,
            ItemStyle::Inline,
            tr(lang, "一是……二是……（连写成段）"),
        );
        headed.changed() | inline.changed()
    })
    .inner
}

#[cfg(test)]
mod tests {
    use super::lead_hint;
    use crate::model::SectionKind;

    #[test]
    fn each_part_hints_at_its_own_lead_in() {
        // A new draft has no template hints: 存在的问题 showed the plans' hint (issue 34).
        assert!(lead_hint(SectionKind::Problems).contains("不足"));
        assert!(!lead_hint(SectionKind::Problems).contains("下一步"));
        assert!(lead_hint(SectionKind::Plans).contains("下一步"));
        assert!(lead_hint(SectionKind::Achievements).contains("重点抓了"));
        assert!(!lead_hint(SectionKind::Other).contains("下一步"));
    }
}
