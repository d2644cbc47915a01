//! The 校对 list: counts by rule, each finding with its place (click to jump) and its fix.

use crate::check::{self, Finding, Rule, Severity};
use crate::i18n::{Lang, tr, trf};
use crate::ui::command::Command;
use crate::ui::nav::Jump;
use std::collections::BTreeSet;

/// Long drafts full of pasted text can have thousands; the first ones are enough to work
/// through, and the counts above tell the rest.
const SHOWN: usize = 500;

pub fn findings_ui(
    ui: &mut egui::Ui,
    findings: &[Finding],
    disabled: &BTreeSet<Rule>,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    let english = lang == Lang::En;
    let safe = findings
        .iter()
        .filter(|f| f.fix.as_ref().is_some_and(|x| x.safe))
        .count();
    if ui
        .add_enabled(
            safe > 0,
            egui::Button::new(trf(lang, "全部安全修正（{}）", &[&safe])),
        )
        .on_hover_text(tr(
            lang,
            "一次修正所有确定无误的问题（半角标点、省略号、全角数字等）。",
        ))
        .clicked()
    {
        commands.push(Command::FixAllSafe);
    }
    rules_ui(ui, disabled, lang, commands);
    if findings.is_empty() {
        ui.label(tr(lang, "没有发现问题。"));
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for (rule, n) in check::counts(findings) {
            ui.small(format!("{} {n}", rule.name(english)));
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("findings")
        .auto_shrink(false)
        .show(ui, |ui| {
            for (i, f) in findings.iter().enumerate().take(SHOWN) {
                let color = match f.severity {
                    Severity::Error => ui.visuals().error_fg_color,
                    Severity::Warning => ui.visuals().warn_fg_color,
                    Severity::Info => ui.visuals().weak_text_color(),
                };
                ui.horizontal(|ui| {
                    ui.colored_label(color, "●");
                    let text = trf(
                        lang,
                        "{}：{}",
                        &[&f.place.describe(english), &f.message(english)],
                    );
                    if ui
                        .add(egui::Button::new(text).frame(false).wrap())
                        .on_hover_text(tr(lang, "点击跳到这里"))
                        .clicked()
                    {
                        commands.push(Command::JumpTo(Jump {
                            place: f.place.clone(),
                            range: f.range.clone(),
                        }));
                    }
                    if f.fix.is_some()
                        && ui
                            .small_button(tr(lang, "修正"))
                            .accessible_name(trf(lang, "修正 第{}条", &[&(i + 1)]))
                            .clicked()
                    {
                        commands.push(Command::Fix(Box::new(f.clone())));
                    }
                    if f.rule.is_word_rule()
                        && ui
                            .small_button(tr(lang, "忽略此词"))
                            .on_hover_text(tr(lang, "加入词表：这个词以后不再提示"))
                            .accessible_name(trf(lang, "忽略此词 第{}条", &[&(i + 1)]))
                            .clicked()
                    {
                        commands.push(Command::AddWord(f.found.clone()));
                    }
                });
            }
        });
}

/// The rule switches (remembered) and the word list, folded away until wanted.
fn rules_ui(ui: &mut egui::Ui, disabled: &BTreeSet<Rule>, lang: Lang, commands: &mut Vec<Command>) {
    let english = lang == Lang::En;
    egui::CollapsingHeader::new(tr(lang, "规则与词表"))
        .id_salt("rules")
        .show(ui, |ui| {
            if ui
                .button(tr(lang, "编辑词表…"))
                .on_hover_text(tr(lang, "本单位的名称和术语，列入后不再提示"))
                .clicked()
            {
                commands.push(Command::EditWordList);
            }
            ui.horizontal_wrapped(|ui| {
                for rule in Rule::ALL {
                    let mut on = !disabled.contains(&rule);
                    if ui.checkbox(&mut on, rule.name(english)).changed() {
                        commands.push(Command::SetRule { rule, on });
                    }
                }
            });
        });
}
