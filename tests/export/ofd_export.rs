//! OFD (GB/T 33190) read back by a reader that is not ours: ofd-core (the ofd-utility
//! project's parser, validator and renderer). Its structure check passes; every TextCode's
//! characters and positions, as ofd-core reads them, are where the PDF draws them (the
//! layout's placement by the PDF's faces) within 0.5 pt, and each line starts where
//! pdftotext finds it in our PDF; its renderer draws every page from our embedded font
//! subsets, and the ink lies where poppler draws the PDF's.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use work_summary::Report;
use work_summary::export::{self, ExportOptions, Format, pages, pdf};
use work_summary::storage::draft;

use crate::tools;

const PT_PER_MM: f64 = 72.0 / 25.4;

fn have_tools(test: &str) -> bool {
    let poppler = Command::new("pdftoppm").arg("-v").output().is_ok();
    let font = !export::fonts::font_report(&export::Fonts::default())
        .iter()
        .any(|(_, c)| c.is_none());
    if !(poppler && font) {
        tools::unavailable(test, "no poppler-utils or no Chinese font");
    }
    poppler && font
}

/// Every character ofd-core reads from a page: (char, x, baseline y) in points.
fn ofd_glyphs(path: &Path) -> Vec<Vec<(char, f64, f64)>> {
    let mut reader = ofd_core::OfdReader::open(path).expect("ofd-core opens it");
    let body = reader.ofd().doc_bodies[0].clone();
    let doc = reader.load_document(&body).expect("document");
    let mut pages = Vec::new();
    for page_ref in doc.pages().to_vec() {
        let page = reader.load_page(&doc, &page_ref).expect("page");
        let mut glyphs = Vec::new();
        for layer in page.content.map(|c| c.layers).unwrap_or_default() {
            for object in layer.objects {
                let ofd_core::model::graphics::PageBlock::Text(text) = object else {
                    panic!("only text is drawn: {object:?}");
                };
                for code in &text.text_codes {
                    let deltas = code
                        .delta_x
                        .as_deref()
                        .map(ofd_core::model::graphics::parse_deltas)
                        .unwrap_or_default();
                    let mut x = text.boundary.x + code.x.unwrap_or(0.0);
                    let y = text.boundary.y + code.y.unwrap_or(0.0);
                    for (i, c) in code.text.as_deref().unwrap_or("").chars().enumerate() {
                        if i > 0 {
                            x += deltas.get(i - 1).copied().unwrap_or(text.size);
                        }
                        glyphs.push((c, x * PT_PER_MM, y * PT_PER_MM));
                    }
                }
            }
        }
        pages.push(glyphs);
    }
    pages
}

/// The first character's x of each line pdftotext finds in a PDF page, by its text.
fn pdf_line_starts(pdf_path: &Path, page: usize) -> BTreeMap<String, f64> {
    let n = page.to_string();
    let out = Command::new("pdftotext")
        .args(["-bbox-layout", "-f", &n, "-l", &n])
        .arg(pdf_path)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut starts = BTreeMap::new();
    for line in text.split("<line ").skip(1) {
        let Some(x) = line
            .split("xMin=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .and_then(|s| s.parse::<f64>().ok())
        else {
            continue;
        };
        let words: String = line
            .split("<word ")
            .skip(1)
            .filter_map(|w| w.split('>').nth(1)?.split('<').next())
            .collect();
        starts.entry(words).or_insert(x);
    }
    starts
}

/// A page as poppler draws the PDF and as ofd-core draws the OFD, at 50 dpi, ink as true.
fn ink_agreement(pdf_path: &Path, ofd_path: &Path, page: usize, dir: &Path) -> (usize, usize, f64) {
    let dpi = 50.0;
    let prefix = dir.join(format!("pdf-{page}"));
    let n = (page + 1).to_string();
    let status = Command::new("pdftoppm")
        .args(["-gray", "-r", "50", "-f", &n, "-l", &n, "-singlefile"])
        .arg(pdf_path)
        .arg(&prefix)
        .status()
        .expect("pdftoppm");
    assert!(status.success());
    let pgm = std::fs::read(prefix.with_extension("pgm")).expect("pgm");
    // P5 width height maxval, then bytes.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&pgm[start..at]).into_owned());
    }
    let (w, h): (usize, usize) = (fields[1].parse().expect("w"), fields[2].parse().expect("h"));
    let pdf_ink: Vec<bool> = pgm[at + 1..].iter().map(|v| *v < 128).collect();

    let mut reader = ofd_core::OfdReader::open(ofd_path).expect("open");
    let body = reader.ofd().doc_bodies[0].clone();
    let doc = reader.load_document(&body).expect("document");
    let pixmap = reader
        .render_page(&doc, page, &ofd_core::RenderOptions::with_dpi(dpi))
        .expect("ofd-core renders the page");
    let (ow, oh) = (pixmap.width() as usize, pixmap.height() as usize);
    let ofd_ink: Vec<bool> = pixmap
        .data()
        .chunks(4)
        .map(|p| u16::from(p[0]) + u16::from(p[1]) + u16::from(p[2]) < 384 && p[3] > 128)
        .collect();
    // Ink of the OFD within a pixel of the PDF's ink.
    let near = |x: usize, y: usize| {
        (y.saturating_sub(1)..=(y + 1).min(h - 1))
            .any(|yy| (x.saturating_sub(1)..=(x + 1).min(w - 1)).any(|xx| pdf_ink[yy * w + xx]))
    };
    let mut ink = 0;
    let mut agree = 0;
    for y in 0..oh.min(h) {
        for x in 0..ow.min(w) {
            if ofd_ink[y * ow + x] {
                ink += 1;
                if near(x, y) {
                    agree += 1;
                }
            }
        }
    }
    let pdf_total = pdf_ink.iter().filter(|i| **i).count();
    (ink, pdf_total, agree as f64 / ink.max(1) as f64)
}

fn check(name: &str, report: &Report, dir: &Path) {
    let options = ExportOptions {
        format: Format::Ofd,
        ..ExportOptions::default()
    };
    let ofd_path = dir.join(format!("{name}.ofd"));
    std::fs::write(&ofd_path, export::write(report, &options).expect("ofd")).expect("write");
    let pdf_path = dir.join(format!("{name}.pdf"));
    let pdf_options = ExportOptions {
        format: Format::Pdf,
        ..ExportOptions::default()
    };
    std::fs::write(&pdf_path, export::write(report, &pdf_options).expect("pdf")).expect("pdf");

    let conformance = ofd_core::check_path(&ofd_path);
    assert!(
        conformance.conforms(),
        "{name}: ofd-core's check: {:#?}",
        conformance.problems
    );

    let layout = pages::paginate(report, &options);
    let loaded = pdf::load_faces(&options.fonts).expect("faces");
    let faces = pdf::FaceSet::metrics(&loaded).expect("faces");
    let read = ofd_glyphs(&ofd_path);
    assert_eq!(read.len(), layout.len(), "{name}: pages");
    for (n, (page, got)) in layout.iter().zip(&read).enumerate() {
        let want: Vec<(char, f32, f32)> = pdf::page_glyphs(page, Some(&faces))
            .into_iter()
            .filter(|(c, _, _)| !c.is_whitespace())
            .collect();
        let text_got: String = got.iter().map(|g| g.0).collect();
        let text_want: String = want.iter().map(|g| g.0).collect();
        assert_eq!(text_got, text_want, "{name} page {}: text", n + 1);
        for ((c, x, y), (_, wx, wy)) in got.iter().zip(&want) {
            assert!(
                (x - f64::from(*wx)).abs() <= 0.5 && (y - f64::from(*wy)).abs() <= 0.5,
                "{name} page {}: “{c}” at ({x:.2}, {y:.2}) pt in the OFD, ({wx:.2}, {wy:.2}) in the PDF",
                n + 1
            );
        }
        // Each line starts where poppler finds it in the PDF.
        let starts = pdf_line_starts(&pdf_path, n + 1);
        for line in &page.lines {
            let squeezed: String = line.text.chars().filter(|c| !c.is_whitespace()).collect();
            let Some(&pdf_x) = starts.get(&squeezed) else {
                continue;
            };
            let first = line
                .text
                .chars()
                .position(|c| !c.is_whitespace())
                .unwrap_or(0);
            let ofd_x = got
                .iter()
                .find(|(c, _, y)| {
                    (*y - f64::from(line.y)).abs() < 0.5
                        && *c == squeezed.chars().next().unwrap_or(' ')
                })
                .map(|g| g.1);
            if let Some(ofd_x) = ofd_x {
                assert!(
                    (ofd_x - pdf_x).abs() <= 0.5,
                    "{name} page {}: “{}” starts at {ofd_x:.2} pt in the OFD, {pdf_x:.2} in the PDF ({first})",
                    n + 1,
                    line.text
                );
            }
        }
    }
    // ofd-core's renderer draws with the embedded subsets: ink, where the PDF has it.
    let (ink, pdf_ink, agreement) = ink_agreement(&pdf_path, &ofd_path, 0, dir);
    assert!(
        ink * 2 >= pdf_ink && pdf_ink * 2 >= ink,
        "{name}: ofd-core drew {ink} dark pixels on page 1, poppler {pdf_ink} of the PDF"
    );
    assert!(
        agreement > 0.85,
        "{name}: {:.1} % of the OFD's ink is within a pixel of the PDF's",
        agreement * 100.0
    );
    eprintln!(
        "{name}: {} pages; page 1 ink {ink} px at 50 dpi (PDF {pdf_ink}), {:.1} % within a pixel of the PDF's",
        layout.len(),
        agreement * 100.0
    );
}

#[test]
fn ofd_is_read_by_ofd_core_with_the_pdfs_text_and_positions() {
    if !have_tools("ofd_is_read_by_ofd_core_with_the_pdfs_text_and_positions") {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut drafts = vec![(
        "sample".to_owned(),
        draft::load(&root.join("examples/sample.ron")).expect("loads"),
    )];
    let day = work_summary::date::Date::new(2026, 12, 6).expect("date");
    for t in work_summary::template::builtin(day) {
        drafts.push((t.name, t.report));
    }
    for chars in [1_500, 7_500] {
        drafts.push((
            format!("generated-{chars}"),
            work_summary::sample::generate(chars),
        ));
    }
    for (name, report) in drafts {
        check(&name, &report, dir.path());
    }
}

#[test]
fn ofd_document_info_names_the_title_unit_and_program() {
    if !have_tools("ofd_document_info_names_the_title_unit_and_program") {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let report = draft::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample.ron"))
        .expect("sample");
    let path = dir.path().join("info.ofd");
    let options = ExportOptions {
        format: Format::Ofd,
        ..ExportOptions::default()
    };
    std::fs::write(&path, export::write(&report, &options).expect("ofd")).expect("write");
    let reader = ofd_core::OfdReader::open(&path).expect("open");
    let info = format!("{:?}", reader.ofd().doc_bodies[0]);
    assert!(info.contains(&report.title), "{info}");
    assert!(info.contains(&report.signature.unit), "{info}");
    assert!(info.contains("work-summary"), "{info}");
}
