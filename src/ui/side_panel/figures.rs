//! 数据: every figure of the document with its indicator, click to go there; figures that
//! disagree (a total, a percentage, the same indicator twice) are marked with the reason.

use crate::check::{Figure, Finding};
use crate::i18n::{Lang, tr, trf};
use crate::ui::command::Command;
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
    egui::ScrollArea::vertical()
        .id_salt("figures")
        .auto_shrink(false)
        .show(ui, |ui| {
            egui::Grid::new("figures_grid")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    for (i, figure) in figures.iter().enumerate() {
                        let found = problem(figure, findings);
                        let color = if found.is_some() {
                            ui.visuals().error_fg_color
                        } else {
                            ui.visuals().text_color()
                        };
                        ui.colored_label(color, &figure.indicator);
                        if ui
                            .add(egui::Button::new(&figure.text).frame(false))
                            .on_hover_text(tr(lang, "点击跳到这里"))
                            .accessible_name(trf(lang, "数据 第{}个", &[&(i + 1)]))
                            .clicked()
                        {
                            commands.push(Command::JumpTo(Jump {
                                place: figure.place.clone(),
                                range: figure.range.clone(),
                            }));
                        }
                        match found {
                            Some(f) => ui.colored_label(color, f.message(english)),
                            None => ui.weak(figure.place.describe(english)),
                        };
                        ui.end_row();
                    }
                });
        });
}
