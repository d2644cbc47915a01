//! OFD (GB/T 33190-2016, the national fixed-layout format of 信创 offices) drawn from the same
//! page layout and glyph placement as the PDF ([`super::pdf::page_glyphs`]): A4 pages in mm,
//! one TextObject a run of characters that share a face, its TextCode's DeltaX the layout's
//! distances; each face embedded as a subset that keeps a cmap of the characters it draws (so a
//! reader maps TextCode to glyphs as with any font file); page numbers are lines of the layout;
//! the document info names the title, the author unit, the dates and the program.

use super::fonts::LoadedFace;
use super::pages::{self, PAGE_HEIGHT_PT, PAGE_WIDTH_PT, Page};
use super::pdf::{self, FaceSet};
use super::{ExportOptions, Fonts};
use crate::i18n::Text;
use crate::model::Report;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;

const NS: &str = "http://www.ofdspec.org/2016";
const MM_PER_PT: f32 = 25.4 / 72.0;

/// What the OFD's DocInfo says besides the title and the author.
#[derive(Clone, Debug, Default)]
pub struct OfdInfo {
    pub title: String,
    pub author: String,
    /// The date of writing, yyyy-mm-dd.
    pub date: String,
}

/// The OFD of a report as exported with `options`.
pub fn write(report: &Report, options: &ExportOptions) -> Result<Vec<u8>, Text> {
    let info = OfdInfo {
        title: report.title.trim().to_owned(),
        author: report.signature.unit.trim().to_owned(),
        date: crate::date::today().to_string(),
    };
    write_pages(&pages::paginate(report, options), &options.fonts, &info)
}

fn mm(pt: f32) -> String {
    let v = (pt * MM_PER_PT * 1000.0).round() / 1000.0;
    let mut s = format!("{v:.3}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if s == "-0" { "0".to_owned() } else { s }
}

/// Text for the OFD's XML: HTML's escaping (well-formed XML), without the control characters
/// XML 1.0 does not allow.
fn escape(text: &str) -> String {
    let allowed: String = text.chars().filter(|c| *c >= ' ' || *c == '\t').collect();
    super::html::escape(&allowed)
}

/// One run of a line in one face: its characters with their x (pt from the page's left)
/// and the baseline.
struct Run {
    face: usize,
    size: f32,
    baseline: f32,
    chars: Vec<(char, f32)>,
}

/// The runs of a page, split where the face changes, in the layout's order.
fn runs(page: &Page, faces: &FaceSet) -> Vec<Run> {
    let mut out = Vec::new();
    for line in &page.lines {
        let xs = faces.glyph_x(line);
        let preferred = faces.face_of_role(line.role);
        let mut current: Option<Run> = None;
        for (c, x) in line.text.chars().zip(xs) {
            let (face, _) = faces.glyph_of(preferred, c);
            if c.is_whitespace() {
                // A space is the distance between its neighbours: nothing to draw.
                if let Some(run) = current.take() {
                    out.push(run);
                }
                continue;
            }
            match &mut current {
                Some(run) if run.face == face => run.chars.push((c, line.x + x)),
                _ => {
                    if let Some(run) = current.take() {
                        out.push(run);
                    }
                    current = Some(Run {
                        face,
                        size: line.size,
                        baseline: line.y,
                        chars: vec![(c, line.x + x)],
                    });
                }
            }
        }
        if let Some(run) = current {
            out.push(run);
        }
    }
    out
}

/// A face's subset for the OFD: the glyphs it draws, renumbered, with a cmap from each
/// character to its new glyph (the PDF subsetter leaves the cmap out: a PDF brings its own).
fn subset_font(face: &LoadedFace, used: &BTreeMap<char, u16>) -> Result<Vec<u8>, Text> {
    use write_fonts::read::FontRef;
    use write_fonts::tables::cmap::Cmap;
    use write_fonts::types::GlyphId;
    let failed = |e: &dyn std::fmt::Display| {
        Text::tr(
            "无法嵌入字体“{}”：{}。",
            &[&face.choice.path.display(), &e.to_string()],
        )
    };
    let mut remapper = subsetter::GlyphRemapper::new();
    for gid in used.values() {
        remapper.remap(*gid);
    }
    let subset = subsetter::subset(face.bytes(), face.choice.index, &remapper)
        .map_err(|e| failed(&format!("{e:?}")))?;
    let mappings = used.iter().filter_map(|(c, gid)| {
        remapper
            .get(*gid)
            .map(|new| (*c, GlyphId::new(u32::from(new))))
    });
    let cmap = Cmap::from_mappings(mappings).map_err(|e| failed(&e))?;
    let font = FontRef::new(&subset).map_err(|e| failed(&e))?;
    // The subset's own tables with the cmap added.
    let mut builder = write_fonts::FontBuilder::new();
    builder.add_table(&cmap).map_err(|e| failed(&e))?;
    builder.copy_missing_tables(font);
    Ok(builder.build())
}

/// The OFD of laid-out pages.
pub fn write_pages(pages: &[Page], fonts: &Fonts, info: &OfdInfo) -> Result<Vec<u8>, Text> {
    let loaded = pdf::load_faces(fonts)?;
    let faces = FaceSet::metrics(&loaded)?;
    let page_runs: Vec<Vec<Run>> = pages.iter().map(|p| runs(p, &faces)).collect();

    // The characters each face draws, with their glyph in the face.
    let mut used: BTreeMap<usize, BTreeMap<char, u16>> = BTreeMap::new();
    for run in page_runs.iter().flatten() {
        for (c, _) in &run.chars {
            let (face, gid) = faces.glyph_of(run.face, *c);
            let gid = u16::try_from(gid.to_u32()).unwrap_or(0);
            used.entry(face).or_default().insert(*c, gid);
        }
    }
    // Face index → its LoadedFace (the first role that uses it).
    let loaded_of = |face: usize| {
        loaded
            .iter()
            .find(|(role, _)| faces.face_of_role(*role) == face)
            .map(|(_, l)| l)
    };

    let mut next_id = 1u32;
    let mut id = || {
        let this = next_id;
        next_id += 1;
        this
    };
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut font_ids: BTreeMap<usize, u32> = BTreeMap::new();
    let mut res = String::new();
    let _ = write!(
        res,
        r#"<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>"#
    );
    for (face, chars) in &used {
        let Some(loaded_face) = loaded_of(*face) else {
            continue;
        };
        let font_id = id();
        font_ids.insert(*face, font_id);
        let file = format!("font_{font_id}.otf");
        files.push((
            format!("Doc_0/Res/{file}"),
            subset_font(loaded_face, chars)?,
        ));
        let family = escape(&loaded_face.choice.family);
        let _ = write!(
            res,
            r#"<ofd:Font ID="{font_id}" FontName="{family}" FamilyName="{family}"><ofd:FontFile>{file}</ofd:FontFile></ofd:Font>"#
        );
    }
    res.push_str("</ofd:Fonts></ofd:Res>");
    files.push(("Doc_0/PublicRes.xml".to_owned(), res.into_bytes()));

    let mut page_refs = String::new();
    for (n, runs) in page_runs.iter().enumerate() {
        let page_id = id();
        let _ = write!(
            page_refs,
            r#"<ofd:Page ID="{page_id}" BaseLoc="Pages/Page_{n}/Content.xml"/>"#
        );
        let layer_id = id();
        let mut content = String::new();
        let _ = write!(
            content,
            r#"<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="{layer_id}">"#
        );
        for run in runs {
            let Some(font_id) = font_ids.get(&run.face) else {
                continue;
            };
            let Some(&(_, first_x)) = run.chars.first() else {
                continue;
            };
            let last = run.chars.last().map_or(first_x, |c| c.1);
            // The box: from the run's first character to one em past its last, an em above
            // the baseline to a third below.
            let top = run.baseline - run.size;
            let width = last - first_x + run.size;
            let height = run.size * 1.35;
            let text: String = run.chars.iter().map(|(c, _)| *c).collect();
            let deltas: Vec<String> = run.chars.windows(2).map(|w| mm(w[1].1 - w[0].1)).collect();
            let object_id = id();
            let _ = write!(
                content,
                r#"<ofd:TextObject ID="{object_id}" Boundary="{} {} {} {}" Font="{font_id}" Size="{}"><ofd:TextCode X="0" Y="{}""#,
                mm(first_x),
                mm(top),
                mm(width),
                mm(height),
                mm(run.size),
                mm(run.size),
            );
            if !deltas.is_empty() {
                let _ = write!(content, r#" DeltaX="{}""#, deltas.join(" "));
            }
            let _ = write!(
                content,
                ">{}</ofd:TextCode></ofd:TextObject>",
                escape(&text)
            );
        }
        content.push_str("</ofd:Layer></ofd:Content></ofd:Page>");
        files.push((
            format!("Doc_0/Pages/Page_{n}/Content.xml"),
            content.into_bytes(),
        ));
    }

    let max_id = next_id - 1;
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}"><ofd:CommonData><ofd:MaxUnitID>{max_id}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {} {}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>"#,
        mm(PAGE_WIDTH_PT),
        mm(PAGE_HEIGHT_PT)
    );
    files.push(("Doc_0/Document.xml".to_owned(), document.into_bytes()));

    let mut doc_info = String::new();
    // A document's id: 32 hex digits, from its content (the same draft, the same id).
    let digest = {
        use std::hash::{Hash, Hasher};
        let mut a = std::collections::hash_map::DefaultHasher::new();
        let mut b = std::collections::hash_map::DefaultHasher::new();
        info.title.hash(&mut a);
        info.author.hash(&mut a);
        for (name, bytes) in &files {
            name.hash(&mut b);
            bytes.hash(&mut b);
        }
        format!("{:016x}{:016x}", a.finish(), b.finish())
    };
    let _ = write!(doc_info, "<ofd:DocID>{digest}</ofd:DocID>");
    if !info.title.is_empty() {
        let _ = write!(doc_info, "<ofd:Title>{}</ofd:Title>", escape(&info.title));
    }
    if !info.author.is_empty() {
        let _ = write!(
            doc_info,
            "<ofd:Author>{}</ofd:Author>",
            escape(&info.author)
        );
    }
    if !info.date.is_empty() {
        let _ = write!(
            doc_info,
            "<ofd:CreationDate>{0}</ofd:CreationDate><ofd:ModDate>{0}</ofd:ModDate>",
            escape(&info.date)
        );
    }
    if let Some(note) = super::fonts::stand_ins(fonts) {
        let _ = write!(
            doc_info,
            "<ofd:Abstract>{}</ofd:Abstract>",
            escape(&note.zh)
        );
    }
    let _ = write!(
        doc_info,
        "<ofd:Creator>work-summary</ofd:Creator><ofd:CreatorVersion>{}</ofd:CreatorVersion>",
        env!("CARGO_PKG_VERSION")
    );
    let ofd = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>{doc_info}</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"#
    );

    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let failed = |e: &dyn std::fmt::Display| Text::tr("无法生成 OFD：{}。", &[&e.to_string()]);
    zip.start_file("OFD.xml", options).map_err(|e| failed(&e))?;
    zip.write_all(ofd.as_bytes()).map_err(|e| failed(&e))?;
    for (name, bytes) in &files {
        zip.start_file(name.as_str(), options)
            .map_err(|e| failed(&e))?;
        zip.write_all(bytes).map_err(|e| failed(&e))?;
    }
    let cursor = zip.finish().map_err(|e| failed(&e))?;
    Ok(cursor.into_inner())
}
