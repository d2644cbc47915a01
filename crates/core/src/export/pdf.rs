//! PDF drawn from the page layout ([`super::pages`]): A4, every character where the layout
//! puts it, fonts embedded as subsets (krilla), text selectable and searchable (each glyph
//! maps back to its character).

use super::fonts::{self, LoadedFace};
use super::pages::{self, Line, PAGE_HEIGHT_PT, PAGE_WIDTH_PT, Page, Role};
use super::{ExportOptions, Fonts};
use crate::i18n::Text;
use crate::model::Report;
use krilla::Document;
use krilla::geom::Point;
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId};
use std::ops::Range;

/// The PDF of a report as exported with `options`. The error is the message to show, in
/// both languages.
pub fn write(report: &Report, options: &ExportOptions) -> Result<Vec<u8>, Text> {
    let info = DocInfo {
        title: report.title.trim().to_owned(),
        author: report.signature.unit.trim().to_owned(),
    };
    write_pages_with(&pages::paginate(report, options), &options.fonts, &info)
}

/// The document information a PDF carries: its title and author unit; the stand-in faces
/// (subject) and the program (creator) are added by [`write_pages_with`].
#[derive(Clone, Debug, Default)]
pub struct DocInfo {
    pub title: String,
    pub author: String,
}

/// One face ready to draw: krilla's handle for embedding (not for the preview, which only
/// places glyphs) and the parsed tables for glyph lookup.
struct Face<'a> {
    font: Option<Font>,
    parsed: ttf_parser::Face<'a>,
}

/// The faces of the roles, loaded once; `role_face` indexes `faces` by role. The PDF draws
/// with them and the paper preview places its glyphs by them ([`FaceSet::glyph_x`]).
pub struct FaceSet<'a> {
    faces: Vec<Face<'a>>,
    role_face: Vec<(Role, usize)>,
}

impl<'a> FaceSet<'a> {
    /// The faces for drawing a PDF.
    pub fn new(loaded: &'a [(Role, LoadedFace)]) -> Result<Self, Text> {
        Self::build(loaded, true)
    }

    /// The faces' metrics only, for placing glyphs (the paper preview, every frame).
    pub fn metrics(loaded: &'a [(Role, LoadedFace)]) -> Result<Self, Text> {
        Self::build(loaded, false)
    }

    fn build(loaded: &'a [(Role, LoadedFace)], embed: bool) -> Result<Self, Text> {
        let mut faces: Vec<Face<'a>> = Vec::new();
        let mut keys: Vec<(&std::path::Path, u32)> = Vec::new();
        let mut role_face = Vec::new();
        for (role, face) in loaded {
            let key = (face.choice.path.as_path(), face.choice.index);
            let at = match keys.iter().position(|k| *k == key) {
                Some(at) => at,
                None => {
                    let unreadable =
                        || Text::tr("字体文件“{}”无法使用。", &[&face.choice.path.display()]);
                    let parsed = ttf_parser::Face::parse(face.bytes(), face.choice.index)
                        .map_err(|_| unreadable())?;
                    let font = if embed {
                        Some(
                            Font::new(krilla::Data::from(face.data.clone()), face.choice.index)
                                .ok_or_else(unreadable)?,
                        )
                    } else {
                        None
                    };
                    keys.push(key);
                    faces.push(Face { font, parsed });
                    faces.len() - 1
                }
            };
            role_face.push((*role, at));
        }
        Ok(Self { faces, role_face })
    }

    fn face_of(&self, role: Role) -> usize {
        let role = if role == Role::Signature {
            Role::Body
        } else {
            role
        };
        self.role_face
            .iter()
            .find(|(r, _)| *r == role)
            .map_or(0, |(_, at)| *at)
    }

    /// The face and glyph for `c`: the role's face, else the first other face that has it.
    fn glyph(&self, preferred: usize, c: char) -> (usize, GlyphId) {
        let lookup = |at: usize| self.faces[at].parsed.glyph_index(c);
        if let Some(g) = lookup(preferred) {
            return (preferred, GlyphId::new(g.0.into()));
        }
        (0..self.faces.len())
            .find_map(|at| lookup(at).map(|g| (at, GlyphId::new(g.0.into()))))
            .unwrap_or((preferred, GlyphId::new(0)))
    }

    /// The face that draws a role's text (an index of this set).
    pub fn face_of_role(&self, role: Role) -> usize {
        self.face_of(role)
    }

    /// The face and glyph that draw `c`, the role's face `preferred` first.
    pub fn glyph_of(&self, preferred: usize, c: char) -> (usize, GlyphId) {
        self.glyph(preferred, c)
    }

    /// Where each character of `line` is drawn, as an x from the line's `x`
    /// ([`pages::placements`] with these faces' advances): what the PDF draws and the paper
    /// preview paints.
    pub fn glyph_x(&self, line: &Line) -> Vec<f32> {
        let preferred = self.face_of(line.role);
        pages::placements(line, |_, c| {
            let (face, glyph) = self.glyph(preferred, c);
            self.advance(face, glyph, line.size)
        })
    }

    /// The natural advance of a glyph at `size` points.
    fn advance(&self, face: usize, glyph: GlyphId, size: f32) -> f32 {
        let parsed = &self.faces[face].parsed;
        let units = u16::try_from(glyph.to_u32())
            .ok()
            .and_then(|g| parsed.glyph_hor_advance(ttf_parser::GlyphId(g)))
            .unwrap_or(parsed.units_per_em());
        f32::from(units) * size / f32::from(parsed.units_per_em().max(1))
    }
}

/// A glyph placed by the layout: its advance is the distance to the next character, in ems
/// (krilla asks for it at the font size and at 1).
struct Placed {
    id: GlyphId,
    range: Range<usize>,
    advance_em: f32,
}

impl krilla::text::Glyph for Placed {
    fn glyph_id(&self) -> GlyphId {
        self.id
    }
    fn text_range(&self) -> Range<usize> {
        self.range.clone()
    }
    fn x_advance(&self, size: f32) -> f32 {
        self.advance_em * size
    }
    fn x_offset(&self, _size: f32) -> f32 {
        0.0
    }
    fn y_offset(&self, _size: f32) -> f32 {
        0.0
    }
    fn y_advance(&self, _size: f32) -> f32 {
        0.0
    }
    fn location(&self) -> Option<krilla::surface::Location> {
        None
    }
}

/// Load the face of every role. Without any Chinese face there is nothing to print with.
pub fn load_faces(fonts: &Fonts) -> Result<Vec<(Role, LoadedFace)>, Text> {
    let mut loaded = Vec::new();
    for (role, choice) in fonts::font_report(fonts) {
        let Some(choice) = choice else {
            return Err(Text::tr(
                "没有找到可用的中文字体，无法生成 PDF。请安装中文字体（如 fonts-noto-cjk）。",
                &[],
            ));
        };
        loaded.push((role, fonts::load(&choice)?));
    }
    Ok(loaded)
}

/// The PDF of laid-out pages.
pub fn write_pages(pages: &[Page], fonts: &Fonts) -> Result<Vec<u8>, Text> {
    write_pages_with(pages, fonts, &DocInfo::default())
}

/// [`write_pages`] with document information: title, author, the stand-in faces used where
/// the official ones are missing (the subject says so, in Chinese, so the file itself tells
/// the office which faces it was printed in), the program.
pub fn write_pages_with(pages: &[Page], fonts: &Fonts, info: &DocInfo) -> Result<Vec<u8>, Text> {
    let loaded = load_faces(fonts)?;
    let faces = FaceSet::new(&loaded)?;
    if faces.faces.is_empty() {
        return Err(Text::tr(
            "没有找到可用的中文字体，无法生成 PDF。请安装中文字体（如 fonts-noto-cjk）。",
            &[],
        ));
    }
    let mut document = Document::new();
    let mut metadata = krilla::metadata::Metadata::new()
        .creator(format!("work-summary {}", env!("CARGO_PKG_VERSION")))
        .producer(format!(
            "work-summary {} (krilla)",
            env!("CARGO_PKG_VERSION")
        ))
        .language("zh-CN".to_owned());
    if !info.title.is_empty() {
        metadata = metadata.title(info.title.clone());
    }
    if !info.author.is_empty() {
        metadata = metadata.authors(vec![info.author.clone()]);
    }
    if let Some(note) = super::fonts::stand_ins(fonts) {
        metadata = metadata.description(note.zh);
    }
    document.set_metadata(metadata);
    let settings =
        PageSettings::from_wh(PAGE_WIDTH_PT, PAGE_HEIGHT_PT).ok_or_else(|| Text::raw("A4"))?;
    for page in pages {
        let mut pdf_page = document.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();
        for line in &page.lines {
            draw_line(&mut surface, &faces, line);
        }
        surface.finish();
        pdf_page.finish();
    }
    document
        .finish()
        .map_err(|e| Text::tr("无法生成 PDF：{}。", &[&format!("{e:?}")]))
}

/// Every glyph of a sheet: its character, its x and its baseline, in points from the page's
/// top-left corner — placed by the PDF's faces ([`FaceSet::glyph_x`]), or by the layout's
/// widths while they load. What the paper preview paints; the PDF draws its lines by the same routine.
pub fn page_glyphs(page: &Page, faces: Option<&FaceSet>) -> Vec<(char, f32, f32)> {
    let xs = |line: &Line| match faces {
        Some(faces) => faces.glyph_x(line),
        None => pages::placements(line, |_, c| pages::half_width_em(c) * line.size),
    };
    page.lines
        .iter()
        .flat_map(|line| {
            let y = line.y;
            line.text
                .chars()
                .zip(xs(line))
                .map(move |(c, x)| (c, line.x + x, y))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Draw a line as runs of characters that share a face, every glyph where
/// [`FaceSet::glyph_x`] puts it.
fn draw_line(surface: &mut Surface, faces: &FaceSet, line: &Line) {
    let preferred = faces.face_of(line.role);
    let chars: Vec<(usize, char)> = line.text.char_indices().collect();
    let picked: Vec<(usize, GlyphId)> = chars
        .iter()
        .map(|&(_, c)| faces.glyph(preferred, c))
        .collect();
    let xs = faces.glyph_x(line);
    let mut start = 0;
    while start < chars.len() {
        let face = picked[start].0;
        let end = (start..chars.len())
            .find(|&i| picked[i].0 != face)
            .unwrap_or(chars.len());
        let byte_start = chars[start].0;
        let byte_end = chars.get(end).map_or(line.text.len(), |c| c.0);
        let glyphs: Vec<Placed> = (start..end)
            .map(|i| {
                let next = chars.get(i + 1).map_or(line.text.len(), |c| c.0);
                let advance = if i + 1 < end {
                    xs[i + 1] - xs[i]
                } else {
                    faces.advance(face, picked[i].1, line.size)
                };
                Placed {
                    id: picked[i].1,
                    range: chars[i].0 - byte_start..next - byte_start,
                    advance_em: advance / line.size,
                }
            })
            .collect();
        let Some(font) = faces.faces[face].font.clone() else {
            return;
        };
        surface.draw_glyphs(
            Point::from_xy(line.x + xs[start], line.y),
            &glyphs,
            font,
            &line.text[byte_start..byte_end],
            line.size,
            false,
        );
        start = end;
    }
}
