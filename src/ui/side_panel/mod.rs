//! The right-hand panel, in tabs: 预览 (the A4 sheets or the formatted text), 校对 (the
//! findings, with the rule switches), 数据 (the figures) and 对照 (last period's plans).

mod figures;
mod findings;
mod follow;
mod paper;
mod preview;

pub use paper::PaperView;
pub use preview::PreviewLayout;

use super::command::Command;
use super::derived::Derived;
use super::nav::SideView;
use crate::check::Rule;
use crate::export::ExportOptions;
use crate::i18n::{Lang, tr, trf};
use egui::RichText;
use std::collections::BTreeSet;

/// What the side panel shows and changes besides the derived views.
pub struct SideState<'a> {
    pub side: &'a mut SideView,
    pub layout: &'a mut PreviewLayout,
    pub paper: &'a mut PaperView,
    pub export: &'a mut ExportOptions,
    pub disabled: &'a BTreeSet<Rule>,
    /// This draft (the items a plan can be linked to by hand).
    pub report: &'a crate::model::Report,
    /// The plan follow-through, when last period's draft is loaded.
    pub follow: Option<&'a crate::compare::follow::FollowThrough>,
}

pub fn side_ui(
    ui: &mut egui::Ui,
    state: SideState<'_>,
    derived: &Derived,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    let side = state.side;
    // Wrapped, so that longer names (English) take a second row, not the editor's room.
    ui.horizontal_wrapped(|ui| {
        ui.selectable_value(
            side,
            SideView::Preview,
            RichText::new(tr(lang, "预览")).heading(),
        );
        let label = trf(lang, "校对（{}）", &[&derived.findings.len()]);
        ui.selectable_value(side, SideView::Findings, RichText::new(label).heading());
        let label = trf(lang, "数据（{}）", &[&derived.figures.len()]);
        ui.selectable_value(side, SideView::Figures, RichText::new(label).heading());
        let label = match state.follow {
            Some(f) => trf(lang, "对照（{}）", &[&f.unanswered().count()]),
            None => tr(lang, "对照").to_owned(),
        };
        ui.selectable_value(side, SideView::Follow, RichText::new(label).heading())
            .on_hover_text(tr(lang, "上期计划和问题的落实情况；括号里是未对应的条数"));
    });
    ui.separator();
    match side {
        SideView::Preview => {
            preview::preview_ui(ui, derived, state.layout, state.paper, state.export, lang);
        }
        SideView::Findings => {
            findings::findings_ui(
                ui,
                state.report,
                &derived.findings,
                state.disabled,
                lang,
                commands,
            );
        }
        SideView::Figures => {
            figures::figures_ui(
                ui,
                state.report,
                &derived.figures,
                &derived.findings,
                lang,
                commands,
            );
        }
        SideView::Follow => {
            follow::follow_ui(ui, state.follow, state.report, lang, commands);
        }
    }
}
