//! The right-hand panel: the preview of the formatted text, or the proofreading findings.

mod findings;
mod preview;

pub use preview::PreviewLayout;

use super::command::Command;
use super::derived::Derived;
use super::nav::SideView;
use crate::export::ExportOptions;
use crate::i18n::{Lang, tr, trf};
use egui::RichText;

pub fn side_ui(
    ui: &mut egui::Ui,
    side: &mut SideView,
    derived: &Derived,
    layout: &mut PreviewLayout,
    export: &mut ExportOptions,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.selectable_value(
            side,
            SideView::Preview,
            RichText::new(tr(lang, "预览")).heading(),
        );
        let label = trf(lang, "校对（{}）", &[&derived.findings.len()]);
        ui.selectable_value(side, SideView::Findings, RichText::new(label).heading());
    });
    ui.separator();
    match side {
        SideView::Preview => preview::preview_ui(ui, derived, layout, export, lang),
        SideView::Findings => findings::findings_ui(ui, &derived.findings, lang, commands),
    }
}
