//! 对照: each plan and problem of last period's draft with the items of this draft that
//! answer it (strength, shared terms, click to go there); 未对应 when nothing does.

use crate::compare::follow::{FollowThrough, Target};
use crate::compare::{items_where, key_text, keys_for, kind_name};
use crate::i18n::{Lang, tr, trf};
use crate::model::{ItemKey, Place, Report, SectionKind};
use crate::ui::command::{Command, CompareCommand, NavCommand, Queue, UiCommand};
use crate::ui::nav::Jump;

pub fn follow_ui(
    ui: &mut egui::Ui,
    follow: Option<&FollowThrough>,
    report: &Report,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    let Some(follow) = follow else {
        ui.weak(tr(lang, "还没有选择上期草稿。"));
        if ui
            .button(UiCommand::FollowReference.label(lang))
            .on_hover_text(UiCommand::FollowReference.tooltip(lang))
            .clicked()
        {
            commands.push(UiCommand::FollowReference.into());
        }
        return;
    };
    let unanswered = follow.unanswered().count();
    ui.label(trf(
        lang,
        "上期共 {} 条计划和问题，{} 条未对应",
        &[&follow.targets.len(), &unanswered],
    ));
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("follow")
        .auto_shrink(false)
        .show(ui, |ui| {
            // The items of this draft that can answer a plan: achievements and extra parts.
            let located = items_where(report, |k| {
                matches!(k, SectionKind::Achievements | SectionKind::Other)
            });
            let candidates: Vec<(ItemKey, String)> = keys_for(&located)
                .into_iter()
                .zip(&located)
                .filter(|(key, _)| !key.text.is_empty())
                .map(|(key, l)| (key, key_text(l.item)))
                .collect();
            for (i, target) in follow.targets.iter().enumerate() {
                target_ui(ui, i, target, lang, commands);
                link_ui(ui, i, target, &candidates, lang, commands);
                ui.separator();
            }
        });
}

fn target_ui(
    ui: &mut egui::Ui,
    index: usize,
    target: &Target,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.weak(kind_name(target.key.kind, lang));
        ui.strong(&target.text);
    });
    if target.answers.is_empty() {
        ui.colored_label(ui.visuals().error_fg_color, tr(lang, "未对应"))
            .on_hover_text(tr(lang, "本稿中没有找到落实这一条的内容"));
        return;
    }
    for (j, answer) in target.answers.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.add_space(12.0);
            let percent = (answer.strength * 100.0).round() as u32;
            ui.weak(format!("{percent}%"));
            let go = ui
                .add(egui::Button::new(&answer.text).frame(false))
                .on_hover_text(tr(lang, "点击跳到这里"))
                .accessible_name(trf(
                    lang,
                    "对应 第{}条第{}项：{}",
                    &[&(index + 1), &(j + 1), &answer.text],
                ));
            if go.clicked() {
                // An item's heading, or the paragraph of a part written as paragraphs.
                let jump = match &answer.lead_range {
                    Some(range) => Jump {
                        place: Place::SectionLead {
                            section: answer.path.section,
                        },
                        range: range.start..range.start,
                    },
                    None => Jump {
                        place: Place::ItemHeading {
                            section: answer.path.section,
                            item: answer.path.indices.clone(),
                        },
                        range: 0..0,
                    },
                };
                commands.add(NavCommand::JumpTo(jump));
            }
            if answer.manual {
                ui.weak(tr(lang, "（手动关联）"));
            } else if !answer.terms.is_empty() {
                ui.weak(answer.shown_terms(if lang == Lang::En { ", " } else { "、" }));
            }
            if ui
                .small_button(tr(lang, "取消关联"))
                .on_hover_text(tr(lang, "这一项并不落实这条计划"))
                .clicked()
            {
                commands.add(CompareCommand::Link {
                    plan: target.key.clone(),
                    answer: answer.key.clone(),
                    linked: false,
                });
            }
        });
    }
}

/// 关联条目…: link an item of this draft to the plan by hand (kept in the draft).
fn link_ui(
    ui: &mut egui::Ui,
    index: usize,
    target: &Target,
    candidates: &[(ItemKey, String)],
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.add_space(12.0);
        let menu = ui.menu_button(tr(lang, "关联条目…"), |ui| {
            for (key, text) in candidates {
                if target.answers.iter().any(|a| a.key == *key) {
                    continue;
                }
                if ui.button(text).clicked() {
                    commands.add(CompareCommand::Link {
                        plan: target.key.clone(),
                        answer: key.clone(),
                        linked: true,
                    });
                    ui.close();
                }
            }
        });
        menu.response
            .on_hover_text(tr(lang, "手动指定本稿中落实这一条的条目"))
            .accessible_name(trf(lang, "关联条目 第{}条", &[&(index + 1)]));
    });
}
