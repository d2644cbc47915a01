//! The paper preview: the pages of the one GB/T 9704 layout (the same the PDF is drawn from)
//! as white A4 sheets whatever the UI theme, with the text block, every character where the
//! PDF puts it, in the faces the export will use where the system has them, and the page
//! numbers right on odd pages and left on even ones. Only the sheets in view are painted.

use crate::export::fonts::LoadedFace;
use crate::export::pages::{self, Page, Role};
use crate::export::pdf::{self, FaceSet};
use crate::i18n::{Lang, tr};
use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
use egui::{Color32, FontData, FontFamily, FontId, Pos2, Rect, Stroke, vec2};

/// Space between sheets, in screen points.
const GAP: f32 = 12.0;
/// The faces of every role, as the PDF loads them, found and read by a job.
pub type Faces = Vec<(Role, LoadedFace)>;

/// What the paper view remembers between frames.
pub struct PaperView {
    /// Show the formatted text instead of the sheets.
    pub as_text: bool,
    /// 1.0 fits a sheet to the panel's width.
    pub zoom: f32,
    /// The sheets have shown text: their faces are wanted.
    faces_wanted: bool,
    /// The app was asked to read the faces (once); they arrive through `receive_faces`.
    faces_asked: bool,
    /// The export's faces, once read: glyphs are placed by their advances, as in the PDF.
    faces: Faces,
    /// The egui family each role is painted in.
    families: Vec<(Role, FontFamily)>,
    /// Families registered in this pass: egui adds fonts at the start of the next pass, and
    /// painting with a family before then panics ("the family has no fonts at all").
    registered: Option<Vec<(Role, FontFamily)>>,
}

impl Default for PaperView {
    fn default() -> Self {
        Self {
            as_text: false,
            zoom: 1.0,
            faces_wanted: false,
            faces_asked: false,
            faces: Vec::new(),
            families: Vec::new(),
            registered: None,
        }
    }
}

impl PaperView {
    /// The sheets were shown with text and their faces not yet asked for: true once, for
    /// the app to start the job that reads them (tens of megabytes, off the frame).
    pub fn wants_faces(&mut self) -> bool {
        let wanted = self.faces_wanted && !self.faces_asked;
        self.faces_asked |= wanted;
        wanted
    }

    /// The faces the export will use, for every role (title, headings, body), as the job read
    /// them: registered with egui, painted from the next pass on. Until then (or without
    /// them: none installed, or the job failed) the sheets use the UI's font and the layout's
    /// widths.
    pub fn receive_faces(&mut self, ctx: &egui::Context, faces: Faces) {
        let mut families = Vec::new();
        let mut registered: Vec<(String, FontFamily)> = Vec::new();
        for (role, face) in &faces {
            let name = format!("paper-{}#{}", face.choice.path.display(), face.choice.index);
            let family = match registered.iter().find(|(n, _)| *n == name) {
                Some((_, family)) => family.clone(),
                None => {
                    let family = FontFamily::Name(name.clone().into());
                    ctx.add_font(FontInsert::new(
                        &name,
                        FontData::from_blob(face.data.clone(), face.choice.index),
                        vec![InsertFontFamily {
                            family: family.clone(),
                            priority: FontPriority::Highest,
                        }],
                    ));
                    registered.push((name, family.clone()));
                    family
                }
            };
            families.push((*role, family));
        }
        self.registered = Some(families);
        ctx.request_repaint();
        self.faces = faces;
    }

    fn family(&self, role: Role) -> FontFamily {
        let role = match role {
            Role::Signature | Role::PageNumber => Role::Body,
            r => r,
        };
        self.families
            .iter()
            .find(|(r, _)| *r == role)
            .map_or(FontFamily::Proportional, |(_, f)| f.clone())
    }
}

pub fn paper_ui(ui: &mut egui::Ui, pages: &[Page], view: &mut PaperView, lang: Lang) {
    // A blank draft prints nothing: its sheets need no faces (nor the font scan and the
    // mapped files, about 9 MB, that a new draft would carry).
    view.faces_wanted |= pages.iter().any(|p| p.text_lines().next().is_some());
    // Families registered in the last pass can be painted with now.
    if let Some(families) = view.registered.take() {
        view.families = families;
    }
    ui.horizontal(|ui| {
        let label = ui.label(tr(lang, "缩放："));
        ui.add(
            egui::Slider::new(&mut view.zoom, 0.5..=2.0)
                .show_value(true)
                .custom_formatter(|v, _| format!("{:.0}%", v * 100.0)),
        )
        .labelled_by(label.id);
    });
    let fit = (ui.available_width() - ui.spacing().scroll.bar_width - 8.0).max(120.0);
    let scale = fit / pages::PAGE_WIDTH_PT * view.zoom;
    let sheet = vec2(pages::PAGE_WIDTH_PT, pages::PAGE_HEIGHT_PT) * scale;
    egui::ScrollArea::both()
        .id_salt("paper")
        .auto_shrink(false)
        .show_viewport(ui, |ui, viewport| {
            let total = pages.len() as f32 * (sheet.y + GAP);
            ui.set_min_size(vec2(sheet.x + 4.0, total));
            let origin = ui.min_rect().min;
            for (i, page) in pages.iter().enumerate() {
                let top = i as f32 * (sheet.y + GAP);
                let rect = Rect::from_min_size(Pos2::new(2.0, top), sheet);
                if rect.max.y < viewport.min.y || rect.min.y > viewport.max.y {
                    continue;
                }
                paint_sheet(ui, page, rect.translate(origin.to_vec2()), scale, view);
            }
        });
}

fn paint_sheet(ui: &egui::Ui, page: &Page, rect: Rect, scale: f32, view: &PaperView) {
    let painter = ui.painter();
    painter.rect_filled(
        rect.translate(vec2(2.0, 2.0)),
        0.0,
        Color32::from_black_alpha(60),
    );
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    // The text block of GB/T 9704: 156 × 225 mm.
    let block = Rect::from_min_size(
        rect.min + vec2(pages::LEFT_PT, pages::TOP_PT) * scale,
        vec2(pages::BLOCK_WIDTH_PT, pages::BLOCK_HEIGHT_PT) * scale,
    );
    painter.rect_stroke(
        block,
        0.0,
        Stroke::new(0.5, Color32::from_gray(225)),
        egui::StrokeKind::Outside,
    );
    let faces = FaceSet::metrics(&view.faces).ok();
    let glyphs = pdf::page_glyphs(page, faces.as_ref().filter(|_| !view.faces.is_empty()));
    let mut at = 0;
    for line in &page.lines {
        let font = FontId::new(line.size * scale, view.family(line.role));
        let count = line.text.chars().count();
        // A character the export's face lacks (a subset font without “—”, a rare character)
        // is drawn in the UI's fonts, as the PDF takes it from another face: egui would
        // otherwise draw nothing or, with a strict missing-glyph policy, panic.
        let fallback = FontId::new(line.size * scale, FontFamily::Proportional);
        for &(c, x, y) in glyphs.get(at..at + count).unwrap_or(&[]) {
            // The ideographic em box sits 0.88 em above the baseline.
            let pos = rect.min + vec2(x, y - 0.88 * line.size) * scale;
            let font = if c.is_whitespace() || painter.fonts_mut(|f| f.has_glyph(&font, c)) {
                font.clone()
            } else {
                fallback.clone()
            };
            painter.text(pos, egui::Align2::LEFT_TOP, c, font, Color32::BLACK);
        }
        at += count;
    }
}
