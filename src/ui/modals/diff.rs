//! 版本对比: what changed between another draft and this one — per section the changed,
//! added and removed items (inserted text green, deleted text red and struck through), and
//! the figures whose value changed. The HTML report is saved through the app.

use super::{Frame, Modal, Step};
use crate::compare::diff::{Change, Diff, ItemDiff, Op, Span};
use crate::compare::render;
use crate::i18n::{Lang, tr, trf};
use crate::ui::command::{DialogPurpose, FileCommand};
use egui::text::LayoutJob;
use egui::{Color32, FontId, TextFormat};

/// What the user asked of the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiffAnswer {
    SaveHtml,
    Close,
}

pub struct DiffView {
    pub diff: Diff,
    /// The other draft's name (the old side) and this draft's.
    pub old_name: String,
    pub new_name: String,
}

impl DiffView {
    pub fn new(diff: Diff, old_name: String, new_name: String) -> Self {
        Self {
            diff,
            old_name,
            new_name,
        }
    }

    /// The HTML report of the comparison.
    pub fn html(&self, lang: Lang) -> String {
        render::html(&self.diff, &self.old_name, &self.new_name, lang)
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<DiffAnswer> {
        let mut answer = None;
        ui.label(trf(lang, "“{}” → “{}”", &[&self.old_name, &self.new_name]));
        let c = self.diff.counts();
        ui.label(trf(
            lang,
            "修改 {} 条，新增 {} 条，删去 {} 条，数据变动 {} 处",
            &[&c.changed, &c.added, &c.removed, &self.diff.figures.len()],
        ));
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(480.0)
            .show(ui, |ui| self.body_ui(ui, lang));
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button(tr(lang, "保存对比报告（HTML）…")).clicked() {
                answer = Some(DiffAnswer::SaveHtml);
            }
            if ui.button(tr(lang, "关闭")).clicked() {
                answer = Some(DiffAnswer::Close);
            }
        });
        answer
    }

    fn body_ui(&self, ui: &mut egui::Ui, lang: Lang) {
        if self.diff.is_empty() {
            ui.weak(tr(lang, "两份草稿内容相同。"));
            return;
        }
        for field in &self.diff.fields {
            ui.strong(render::field_name(field.field, lang));
            spans_ui(ui, &field.spans);
        }
        for section in &self.diff.sections {
            let changed: Vec<&ItemDiff> = section
                .items
                .iter()
                .filter(|i| i.change != Change::Kept)
                .collect();
            if changed.is_empty() {
                continue;
            }
            ui.add_space(6.0);
            ui.heading(&section.title);
            for item in changed {
                item_ui(ui, item, lang);
            }
        }
        if !self.diff.figures.is_empty() {
            ui.add_space(6.0);
            ui.heading(tr(lang, "数据变动"));
            for figure in &self.diff.figures {
                ui.label(render::figure_line(figure, lang));
            }
        }
    }
}

fn item_ui(ui: &mut egui::Ui, item: &ItemDiff, lang: Lang) {
    let name = item.new_name.as_ref().or(item.old_name.as_ref());
    let name = name.map(String::as_str).unwrap_or_default();
    let (what, spans) = match item.change {
        Change::Added => ("新增", whole(Op::Insert, &item.new_heading, &item.new_body)),
        Change::Removed => ("删去", whole(Op::Delete, &item.old_heading, &item.old_body)),
        _ => {
            let mut spans = item.heading_spans.clone();
            if !spans.is_empty() && !item.body_spans.is_empty() {
                spans.push(Span {
                    op: Op::Equal,
                    text: "\n".to_owned(),
                });
            }
            spans.extend(item.body_spans.iter().cloned());
            ("修改", spans)
        }
    };
    ui.weak(format!("{} {name}", tr(lang, what)));
    spans_ui(ui, &spans);
}

/// A whole item as one inserted or deleted run.
fn whole(op: Op, heading: &str, body: &str) -> Vec<Span> {
    let text = [heading, body]
        .iter()
        .filter(|t| !t.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("\n");
    vec![Span { op, text }]
}

fn spans_ui(ui: &mut egui::Ui, spans: &[Span]) {
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let font = FontId::proportional(14.0);
    let normal = ui.visuals().text_color();
    for span in spans {
        let mut format = TextFormat::simple(font.clone(), normal);
        match span.op {
            Op::Equal => {}
            Op::Insert => {
                format.color = Color32::from_rgb(0x1a, 0x7f, 0x37);
                format.background = Color32::from_rgba_unmultiplied(0x2e, 0xa0, 0x43, 40);
            }
            Op::Delete => {
                format.color = Color32::from_rgb(0xcf, 0x22, 0x2e);
                format.strikethrough = egui::Stroke::new(1.0, format.color);
            }
        }
        job.append(&span.text, 0.0, format);
    }
    ui.label(job);
}

impl Modal for DiffView {
    fn frame(&self) -> Frame {
        Frame::new("diff_view", "版本对比", 680.0)
    }

    fn body(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Step> {
        Some(match self.ui(ui, lang)? {
            DiffAnswer::SaveHtml => {
                Step::stay(FileCommand::ShowFileDialog(DialogPurpose::SaveDiff))
            }
            DiffAnswer::Close => Step::close([]),
        })
    }
}
