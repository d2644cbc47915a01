//! 数据: every figure of the document with its indicator and its place in the document's
//! numbering, click to go there; figures that disagree (a total, a percentage, the same
//! indicator twice) come first, marked with the reason.

use crate::check::{Figure, Finding};
use crate::i18n::{Lang, tr, trf};
use crate::model::Report;
use crate::ui::command::{Command, NavCommand, Queue};
use crate::ui::nav::Jump;

/// A figure's problem, if a figure rule found one that touches it.
fn problem<'a>(figure: &Figure, findings: &'a [Finding]) -> Option<&'a Finding> {
    findings.iter().find(|f| {
        f.rule.is_figure_rule()
            && f.place == figure.place
            && f.range.start < figure.range.end
            && figure.range.start < f.range.end
    })
}

pub fn figures_ui(
    ui: &mut egui::Ui,
    report: &Report,
    figures: &[Figure],
    findings: &[Finding],
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    let english = lang == Lang::En;
    let conflicts = findings.iter().filter(|f| f.rule.is_figure_rule()).count();
    ui.label(trf(
        lang,
        "共 {} 个数据，{} 处需要核对",
        &[&figures.len(), &conflicts],
    ));
    if figures.is_empty() {
        ui.weak(tr(lang, "正文里还没有数据。"));
        return;
    }
    ui.separator();
    // Both ways: a long row scrolls inside the panel instead of widening it for good.
    egui::ScrollArea::both()
        .id_salt("figures")
        .auto_shrink(false)
        .show(ui, |ui| {
            egui::Grid::new("figures_grid")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    // Figures to check first, then the rest in reading order.
                    let mut order: Vec<(usize, Option<&Finding>)> = figures
                        .iter()
                        .enumerate()
                        .map(|(i, f)| (i, problem(f, findings)))
                        .collect();
                    order.sort_by_key(|(i, found)| (found.is_none(), *i));
                    for (i, found) in order {
                        let figure = &figures[i];
                        let color = if found.is_some() {
                            ui.visuals().error_fg_color
                        } else {
                            ui.visuals().text_color()
                        };
                        // What it counts, cut at word boundaries (the checks' own indicator
                        // when no words are near).
                        let label = if figure.label.is_empty() {
                            &figure.indicator
                        } else {
                            &figure.label
                        };
                        ui.colored_label(color, label);
                        if ui
                            .add(egui::Button::new(&figure.text).frame(false))
                            .on_hover_text(tr(lang, "点击跳到这里"))
                            .accessible_name(trf(lang, "数据 第{}个", &[&(i + 1)]))
                            .clicked()
                        {
                            commands.add(NavCommand::JumpTo(Jump {
                                place: figure.place.clone(),
                                range: figure.range.clone(),
                            }));
                        }
                        match found {
                            Some(f) => ui.colored_label(color, f.message(english)),
                            None => ui.weak(figure_place(report, figure, english)),
                        };
                        ui.end_row();
                    }
                });
        });
}

/// Where a figure is, in the document's numbering with its sentence (二、（一）正文第2句).
fn figure_place(report: &Report, figure: &Figure, english: bool) -> String {
    let field = figure.place.numbered(report, english);
    let Some(text) = figure.place.text(report) else {
        return field;
    };
    let n = crate::check::sentence_number(text, figure.range.start);
    if english {
        format!("{field}, sentence {n}")
    } else {
        format!("{field}第{n}句")
    }
}
