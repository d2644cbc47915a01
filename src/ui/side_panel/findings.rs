//! The 校对 list: counts by rule, then the findings folded (the same finding in one field is
//! one row with its count and 修正全部), each with its place in the document's numbering
//! (click to jump), its fix and a few characters of context with the finding marked.

use crate::check::{self, Finding, Rule, Severity};
use crate::i18n::{Lang, tr, trf};
use crate::model::Report;
use crate::ui::command::{Command, NavCommand, ProofCommand, Queue};
use crate::ui::nav::Jump;
use egui::text::{LayoutJob, TextFormat};
use std::collections::BTreeSet;

/// Long drafts full of pasted text can have thousands; the first ones are enough to work
/// through, and the counts above tell the rest.
const SHOWN: usize = 500;
/// Characters of context each side of a finding.
const CONTEXT: usize = 8;

pub fn findings_ui(
    ui: &mut egui::Ui,
    report: &Report,
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
        commands.add(ProofCommand::FixAllSafe);
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
    let groups = check::group(findings);
    egui::ScrollArea::vertical()
        .id_salt("findings")
        .auto_shrink(false)
        .show(ui, |ui| {
            for (i, group) in groups.iter().enumerate().take(SHOWN) {
                let f = &findings[group[0]];
                finding_row(ui, report, f, group, findings, i, lang, commands);
            }
        });
}

/// One row: the place in the document's numbering and the message (with the count when the
/// same finding repeats in the field), its fix, then the context with the finding marked.
#[allow(clippy::too_many_arguments)]
fn finding_row(
    ui: &mut egui::Ui,
    report: &Report,
    f: &Finding,
    group: &[usize],
    findings: &[Finding],
    i: usize,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    let english = lang == Lang::En;
    let color = match f.severity {
        Severity::Error => ui.visuals().error_fg_color,
        Severity::Warning => ui.visuals().warn_fg_color,
        Severity::Info => ui.visuals().weak_text_color(),
    };
    let n = group.len();
    ui.horizontal(|ui| {
        ui.colored_label(color, "●");
        let mut text = trf(
            lang,
            "{}：{}",
            &[&check::where_in(report, f, english), &f.message(english)],
        );
        if n > 1 {
            text.push_str(&trf(lang, "（共 {} 处）", &[&n]));
        }
        if ui
            .add(egui::Button::new(text).frame(false).wrap())
            .on_hover_text(tr(lang, "点击跳到这里"))
            .clicked()
        {
            commands.add(NavCommand::JumpTo(Jump {
                place: f.place.clone(),
                range: f.range.clone(),
            }));
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.add_space(16.0);
        // A finding about a whole field (an empty part) has no characters to mark.
        if let Some(text) = f.place.text(report)
            && !f.range.is_empty()
        {
            ui.label(context_job(ui, text, &f.range));
        }
        if f.fix.is_some() {
            if n > 1 {
                if ui
                    .small_button(trf(lang, "修正全部（{}）", &[&n]))
                    .on_hover_text(tr(lang, "一次修正这一行的所有位置（可一次撤销）"))
                    .accessible_name(trf(lang, "修正全部 第{}条", &[&(i + 1)]))
                    .clicked()
                {
                    let all = group.iter().map(|&k| findings[k].clone()).collect();
                    commands.add(ProofCommand::FixGroup(all));
                }
            } else if ui
                .small_button(tr(lang, "修正"))
                .accessible_name(trf(lang, "修正 第{}条", &[&(i + 1)]))
                .clicked()
            {
                commands.add(ProofCommand::Fix(Box::new(f.clone())));
            }
        }
        if f.rule.is_word_rule()
            && ui
                .small_button(tr(lang, "忽略此词"))
                .on_hover_text(tr(lang, "加入词表：这个词以后不再提示"))
                .accessible_name(trf(lang, "忽略此词 第{}条", &[&(i + 1)]))
                .clicked()
        {
            commands.add(ProofCommand::AddWord(f.found.clone()));
        }
    });
}

/// A few characters each side of the finding, the finding itself marked.
fn context_job(ui: &egui::Ui, text: &str, range: &std::ops::Range<usize>) -> LayoutJob {
    let [before, found, after] = check::context(text, range, CONTEXT);
    let font = egui::TextStyle::Body.resolve(ui.style());
    let plain = TextFormat {
        font_id: font.clone(),
        color: ui.visuals().weak_text_color(),
        ..Default::default()
    };
    let marked = TextFormat {
        font_id: font,
        color: ui.visuals().strong_text_color(),
        background: ui.visuals().warn_fg_color.gamma_multiply(0.35),
        underline: egui::Stroke::new(1.5, ui.visuals().error_fg_color),
        ..Default::default()
    };
    let mut job = LayoutJob::default();
    job.append(&before, 0.0, plain.clone());
    // A space or nothing found (a missing character) is shown as a marked gap.
    let shown = if found.trim().is_empty() {
        "␣".to_owned()
    } else {
        found
    };
    job.append(&shown, 0.0, marked);
    job.append(&after, 0.0, plain);
    job
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
                commands.add(ProofCommand::EditWordList);
            }
            ui.horizontal_wrapped(|ui| {
                for rule in Rule::ALL {
                    let mut on = !disabled.contains(&rule);
                    if ui.checkbox(&mut on, rule.name(english)).changed() {
                        commands.add(ProofCommand::SetRule { rule, on });
                    }
                }
            });
        });
}
