//! The PDF is drawn from the page layout: same pages, same lines (pdfinfo, pdftotext), A4,
//! fonts embedded as subsets (pdffonts). Needs poppler-utils and a Chinese font; skipped
//! without them, failed under CI (which installs both).

use std::path::Path;
use std::process::Command;
use work_summary::Report;
use work_summary::export::{self, ExportOptions, Format, pages};
use work_summary::storage::draft;

use crate::tools;

fn tool(name: &str, args: &[&std::ffi::OsStr]) -> Option<String> {
    let out = Command::new(name).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn have_tools(test: &str) -> bool {
    let ok = tool("pdfinfo", &["-v".as_ref()]).is_some()
        || Command::new("pdfinfo").arg("-v").output().is_ok();
    let font = !export::fonts::font_report(&export::Fonts::default())
        .iter()
        .any(|(_, c)| c.is_none());
    if !(ok && font) {
        tools::unavailable(test, "no poppler-utils (pdfinfo) or no Chinese font");
    }
    ok && font
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Exports `report`, then checks the PDF against the layout.
fn check(name: &str, report: &Report, dir: &Path) {
    let options = ExportOptions {
        format: Format::Pdf,
        ..ExportOptions::default()
    };
    let layout = pages::paginate(report, &options);
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, export::write(report, &options).expect("PDF")).expect("written");
    let info = tool("pdfinfo", &[path.as_os_str()]).expect("pdfinfo");
    assert!(
        info.contains(&format!("Pages:           {}\n", layout.len())),
        "{name}: {} pages in the layout\n{info}",
        layout.len()
    );
    assert!(info.contains("(A4)"), "{name}: {info}");
    let fonts = tool("pdffonts", &[path.as_os_str()]).expect("pdffonts");
    for row in fonts.lines().skip(2) {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(
            n >= 5 && cols[n - 5] == "yes" && cols[n - 4] == "yes",
            "{row}"
        );
    }
    for page in &layout {
        let n = page.number.to_string();
        let text = tool(
            "pdftotext",
            &[
                "-layout".as_ref(),
                "-f".as_ref(),
                n.as_ref(),
                "-l".as_ref(),
                n.as_ref(),
                path.as_os_str(),
                "-".as_ref(),
            ],
        )
        .expect("pdftotext");
        let got: Vec<String> = text
            .lines()
            .map(squeeze)
            .filter(|l| !l.is_empty())
            .collect();
        let want: Vec<String> = page.lines.iter().map(|l| squeeze(&l.text)).collect();
        assert_eq!(got, want, "{name} page {n}");
    }
}

#[test]
fn pdf_pages_and_lines_are_the_layouts() {
    if !have_tools("pdf_pages_and_lines_are_the_layouts") {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut drafts = vec![(
        "sample".to_owned(),
        draft::load(&root.join("examples/sample.ron")).expect("loads"),
    )];
    // The blank templates and the examples as a user gets them (the year filled in).
    let day = work_summary::date::Date::new(2026, 7, 3).expect("date");
    for t in work_summary::template::builtin(day) {
        drafts.push((t.name, t.report));
    }
    for (name, report) in drafts {
        check(&name, &report, dir.path());
    }
    for chars in [1_500, 7_500] {
        let report = work_summary::sample::generate(chars);
        let pages = pages::page_count(&report, &ExportOptions::default());
        assert!((2..=20).contains(&pages), "{chars}: {pages}");
        check(&format!("generated-{chars}"), &report, dir.path());
    }
}

/// The words pdftotext finds on page `n`, with their left and right edges (points).
fn pdf_words(path: &Path, n: usize) -> Vec<(String, f32, f32)> {
    let n = n.to_string();
    let xml = tool(
        "pdftotext",
        &[
            "-bbox".as_ref(),
            "-f".as_ref(),
            n.as_ref(),
            "-l".as_ref(),
            n.as_ref(),
            path.as_os_str(),
            "-".as_ref(),
        ],
    )
    .expect("pdftotext -bbox");
    let attr = |tag: &str, name: &str| -> f32 {
        let from = tag.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        tag[from..]
            .split('"')
            .next()
            .expect("value")
            .parse()
            .expect("number")
    };
    xml.split("<word ")
        .skip(1)
        .map(|w| {
            let (tag, rest) = w.split_once('>').expect("tag");
            let text = rest.split("</word>").next().expect("text");
            let text = text.replace("&amp;", "&").replace("&quot;", "\"");
            (text, attr(tag, "xMin"), attr(tag, "xMax"))
        })
        .collect()
}

/// The paper preview places every glyph of page 1 where the PDF draws it (one placement
/// routine), for a title with digits, Latin words and mixed punctuation: "2022" is set as one
/// run, not "2 022" (the preview once put a gap after the first digit).
#[test]
fn the_preview_places_glyphs_where_the_pdf_draws_them() {
    if !have_tools("the_preview_places_glyphs_where_the_pdf_draws_them") {
        return;
    }
    let mut report = Report {
        title: "某局2022年Q3工作总结（GDP增长6.5%）——Web平台“一网通办”".into(),
        intro:
            "2022年，全局完成投资3.2亿元，同比增长12%；ISO 9001认证、OA系统和5G基站建设全部完成。"
                .into(),
        ..Report::default()
    };
    report.sections[0].title = "主要工作".into();
    let options = ExportOptions {
        format: Format::Pdf,
        ..ExportOptions::default()
    };
    let sheets = pages::paginate(&report, &options);
    let loaded = work_summary::export::pdf::load_faces(&options.fonts).expect("faces");
    let faces = work_summary::export::pdf::FaceSet::metrics(&loaded).expect("metrics");
    let preview = work_summary::export::pdf::page_glyphs(&sheets[0], Some(&faces));

    // "2022" in the title: each digit right after the one before it, at the face's advance.
    let title: Vec<&(char, f32, f32)> = preview
        .iter()
        .filter(|g| g.2 == sheets[0].lines[0].y)
        .collect();
    let text: String = title.iter().map(|g| g.0).collect();
    let at = text.find("2022").expect("year in the title");
    let at = text[..at].chars().count();
    let steps: Vec<f32> = (at..at + 3).map(|i| title[i + 1].1 - title[i].1).collect();
    // Each step is a digit's own advance (the face's digits differ by a unit or two); the
    // old gap after the first digit was 0.2 em (4.4 pt).
    for step in &steps {
        assert!(
            (step - steps[0]).abs() < 0.1,
            "digits set one after the other, no gap: {steps:?}"
        );
    }
    assert!(steps[0] < 0.7 * 22.0, "a digit's advance: {steps:?}");
    // 局 and 2 do not overlap.
    assert!(title[at].1 - title[at - 1].1 >= 22.0 - 0.01, "局 then 2");

    // The PDF: every word pdftotext finds starts where the preview put its first glyph.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("glyphs.pdf");
    std::fs::write(&path, export::write(&report, &options).expect("PDF")).expect("written");
    let words = pdf_words(&path, 1);
    let mut cursor = 0;
    let mut matched = 0;
    for (word, x_min, _) in &words {
        let first = word.chars().next().expect("a word has text");
        let Some(found) = preview[cursor..].iter().position(|g| g.0 == first) else {
            panic!("{word} not in the preview after glyph {cursor}");
        };
        let glyph = preview[cursor + found];
        assert!(
            (glyph.1 - x_min).abs() < 0.5,
            "{word}: the PDF draws it at {x_min}, the preview at {}",
            glyph.1
        );
        cursor += found + word.chars().count();
        matched += 1;
    }
    assert!(matched >= 3, "{words:?}");
    // The year is one word in the PDF too.
    assert!(
        words.iter().any(|(w, _, _)| w.contains("2022年"))
            || words.iter().any(|(w, _, _)| w == "2022"),
        "{words:?}"
    );
}

/// §7.3.5.2 read from the PDF itself (pdftotext -bbox), not from the layout's numbers: the
/// date starts two characters (32 pt) right of the unit's first character, for a long unit, a
/// short one and a date longer than the unit; the line reaching further right ends about two
/// characters before the type area's right edge (28 characters of 15.8 pt from 28 mm).
#[test]
fn pdf_signature_date_starts_two_characters_right_of_the_unit() {
    if !have_tools("pdf_signature_date_starts_two_characters_right_of_the_unit") {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let left_edge = 28.0 / 25.4 * 72.0;
    let right_edge = left_edge + 156.0 / 25.4 * 72.0;
    for (unit, date) in [
        ("某县文化旅游广电体育局", "2022年7月1日"),
        ("某局", "2022年12月31日"),
        ("中共某某市某某区委员会组织部", "2026年6月30日"),
    ] {
        let mut report = Report {
            title: "某局2026年上半年工作总结".into(),
            intro: "上半年工作总结如下。".into(),
            ..Report::default()
        };
        report.signature.unit = unit.into();
        report.signature.date = date.into();
        let options = ExportOptions {
            format: Format::Pdf,
            ..ExportOptions::default()
        };
        let path = dir.path().join("signature.pdf");
        std::fs::write(&path, export::write(&report, &options).expect("PDF")).expect("written");
        let words = pdf_words(&path, 1);
        let find = |text: &str| {
            let first: String = text.chars().take(2).collect();
            // The signature is the last text of the page (the title may start alike).
            words
                .iter()
                .rev()
                .find(|(w, _, _)| w.starts_with(&first))
                .unwrap_or_else(|| panic!("{text} not in {words:?}"))
        };
        let (_, unit_x, unit_end) = find(unit);
        let (_, date_x, _) = find(date);
        let date_end = words
            .iter()
            .filter(|(w, x, _)| *x >= *date_x - 0.1 && date.contains(w.as_str()))
            .map(|(_, _, end)| *end)
            .fold(0.0f32, f32::max);
        assert!(
            (date_x - unit_x - 32.0).abs() < 1.0,
            "{unit} / {date}: unit at {unit_x}, date at {date_x}"
        );
        let furthest = unit_end.max(date_end);
        let space = right_edge - furthest;
        assert!(
            (space - 32.0).abs() < 8.0,
            "{unit} / {date}: {space} pt right of the signature"
        );
    }
}

/// The PDF names what it is and, where the 公文 faces are missing, the stand-ins it was drawn
/// with (its document information, read back by pdfinfo): the file itself tells the office.
#[test]
fn pdf_document_information_names_the_title_unit_and_stand_in_faces() {
    if !have_tools("pdf_document_information_names_the_title_unit_and_stand_in_faces") {
        return;
    }
    let mut report = Report {
        title: "某局2026年上半年工作总结".into(),
        intro: "上半年工作总结如下。".into(),
        ..Report::default()
    };
    report.signature.unit = "某县文化旅游广电体育局".into();
    let options = ExportOptions {
        format: Format::Pdf,
        ..ExportOptions::default()
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("info.pdf");
    std::fs::write(&path, export::write(&report, &options).expect("PDF")).expect("written");
    let info = tool("pdfinfo", &[path.as_os_str()]).expect("pdfinfo");
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name).map(|v| v.trim().to_owned()))
            .unwrap_or_default()
    };
    assert_eq!(field("Title:"), "某局2026年上半年工作总结");
    assert_eq!(field("Author:"), "某县文化旅游广电体育局");
    let stand_ins = export::fonts::stand_ins(&options.fonts);
    match stand_ins {
        Some(note) => {
            assert_eq!(field("Subject:"), note.zh);
            assert!(note.zh.starts_with("替代字体："), "{}", note.zh);
        }
        None => assert_eq!(field("Subject:"), ""),
    }
    // Every stand-in the font report shows is named.
    for (role, choice) in export::fonts::font_report(&options.fonts) {
        if let Some(c) = choice.filter(|c| c.substitute) {
            assert!(
                field("Subject:").contains(&c.family),
                "{role:?} {}",
                c.family
            );
        }
    }
}

/// Lines as typesetters set them, read from the PDF: a number opening a line starts at the
/// type area's edge (no gap before "2400"), a number before 。 or ， is set against the mark
/// (pdftotext reads "98.0%。" as one word: no gap before the mark), and a number is never
/// broken across lines.
#[test]
fn pdf_lines_keep_numbers_whole_and_leave_no_gap_before_marks() {
    if !have_tools("pdf_lines_keep_numbers_whole_and_leave_no_gap_before_marks") {
        return;
    }
    let report = Report {
        title: "某局工作总结".into(),
        intro: "今年以来，我局认真做好信访投诉工作，上半年共受理投诉2400件，办结率达到98.0%，比去年同期提高3.5个百分点，群众满意度98.0%。全年开展检查1200次。".into(),
        ..Report::default()
    };
    let options = ExportOptions {
        format: Format::Pdf,
        ..ExportOptions::default()
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("lines.pdf");
    std::fs::write(&path, export::write(&report, &options).expect("PDF")).expect("written");
    let words = pdf_words(&path, 1);
    let left_edge = 28.0 / 25.4 * 72.0;
    let (_, x, _) = words
        .iter()
        .find(|(w, _, _)| w.starts_with("2400"))
        .unwrap_or_else(|| panic!("2400 kept whole: {words:?}"));
    assert!(
        (x - left_edge).abs() < 0.5,
        "2400 opens its line at {x}, the edge is {left_edge}"
    );
    for joined in ["98.0%，", "98.0%。"] {
        assert!(
            words.iter().any(|(w, _, _)| w.contains(joined)),
            "a gap before the mark in {joined}: {words:?}"
        );
    }
}

/// One line of a PDF page as pdftotext -bbox-layout reads it: text, left, top, right, bottom.
type PdfLine = (String, f32, f32, f32, f32);

fn pdf_lines(path: &Path) -> Vec<Vec<PdfLine>> {
    let xml = tool(
        "pdftotext",
        &["-bbox-layout".as_ref(), path.as_os_str(), "-".as_ref()],
    )
    .expect("pdftotext -bbox-layout");
    let attr = |tag: &str, name: &str| -> f32 {
        let tag = format!(" {tag}");
        let from = tag.find(&format!(" {name}=\"")).expect("attribute") + name.len() + 3;
        tag[from..]
            .split('"')
            .next()
            .expect("value")
            .parse()
            .expect("number")
    };
    xml.split("<page ")
        .skip(1)
        .map(|page| {
            page.split("<line ")
                .skip(1)
                .map(|line| {
                    let (tag, rest) = line.split_once('>').expect("tag");
                    let text: String = rest
                        .split("<word ")
                        .skip(1)
                        .map(|w| {
                            w.split_once('>')
                                .expect("w")
                                .1
                                .split("</word>")
                                .next()
                                .expect("t")
                        })
                        .collect();
                    (
                        text,
                        attr(tag, "xMin"),
                        attr(tag, "yMin"),
                        attr(tag, "xMax"),
                        attr(tag, "yMax"),
                    )
                })
                .collect()
        })
        .collect()
}

/// GB/T 9704 read from the example's PDF, page by page (docs/gbt9704.md): A4; the title in
/// 22 pt centred in the type area; body lines of 16 pt inside the 156 mm × 225 mm type area
/// (28 mm from the left, 37 mm from the top), at most 22 a page on the 28.95 pt grid; page
/// numbers in 14 pt, 7 mm under the type area, one character in from the right on odd pages
/// and from the left on even ones.
#[test]
fn pdf_pages_follow_gbt9704_as_read_from_the_file() {
    if !have_tools("pdf_pages_follow_gbt9704_as_read_from_the_file") {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let report = draft::load(&root.join("examples/sample.ron")).expect("loads");
    let options = ExportOptions {
        format: Format::Pdf,
        ..ExportOptions::default()
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("gbt9704.pdf");
    std::fs::write(&path, export::write(&report, &options).expect("PDF")).expect("written");
    let info = tool("pdfinfo", &[path.as_os_str()]).expect("pdfinfo");
    assert!(info.contains("595.276 x 841.89 pts (A4)"), "{info}");
    let mm = 72.0 / 25.4;
    let (left, top) = (28.0 * mm, 37.0 * mm);
    let (right, bottom) = (left + 156.0 * mm, top + 225.0 * mm);
    let pages = pdf_lines(&path);
    assert!(pages.len() >= 2, "the example has pages to number");
    for (n, lines) in pages.iter().enumerate() {
        let number = n + 1;
        let (text_lines, numbers): (Vec<&PdfLine>, Vec<&PdfLine>) = lines
            .iter()
            .partition(|l| !(l.0.starts_with('—') && l.2 > bottom));
        // The page number: "— N —", 14 pt, 7 mm under the type area, on the outer side.
        assert_eq!(numbers.len(), 1, "page {number}: {numbers:?}");
        let (text, x0, y0, x1, y1) = numbers[0];
        assert_eq!(text.replace(' ', ""), format!("—{number}—"));
        assert!((y1 - y0 - 14.0).abs() < 0.5, "page {number}: {y0}..{y1}");
        assert!(
            *y0 > bottom + 7.0 * mm - 4.0 && *y0 < bottom + 7.0 * mm + 4.0,
            "{y0}"
        );
        if number % 2 == 1 {
            assert!(
                (right - x1 - 14.0).abs() < 1.5,
                "odd page {number}: ends at {x1}"
            );
        } else {
            assert!(
                (x0 - left - 14.0).abs() < 1.5,
                "even page {number}: starts at {x0}"
            );
        }
        assert!(
            text_lines.len() <= 22,
            "page {number}: {} lines",
            text_lines.len()
        );
        for (text, x0, y0, x1, y1) in &text_lines {
            // Inside the type area (a closing mark may hang one cell past the right edge).
            assert!(
                *x0 >= left - 0.5 && *x1 <= right + 16.5,
                "{text}: {x0}..{x1}"
            );
            assert!(
                *y0 >= top - 0.5 && *y1 <= bottom + 0.5,
                "{text}: {y0}..{y1}"
            );
            // On the grid of 22 lines: each line's top is a whole number of pitches from
            // the first body line's.
            let _ = text;
        }
        let body: Vec<&&PdfLine> = text_lines
            .iter()
            .filter(|l| (l.4 - l.2 - 16.0).abs() < 0.5)
            .collect();
        let first = body.first().map_or(0.0, |l| l.2);
        for l in &body {
            let steps = (l.2 - first) / 28.95;
            assert!(
                (steps - steps.round()).abs() < 0.05,
                "{}: off the grid ({steps})",
                l.0
            );
        }
        if number == 1 {
            // The title: 22 pt, centred in the type area, on the first line.
            let (text, x0, y0, x1, y1) = text_lines[0];
            assert!(text.contains("工作总结"), "{text}");
            assert!((y1 - y0 - 22.0).abs() < 0.5, "title size {}", y1 - y0);
            let middle = (x0 + x1) / 2.0;
            assert!(
                (middle - (left + right) / 2.0).abs() < 1.0,
                "title centre {middle}"
            );
            assert!(*y0 < top + 28.95, "the title on the first line: {y0}");
        }
    }
}

/// The paper preview and print show every page as the PDF draws it: for every page of the
/// example, each word pdftotext finds starts where the preview puts its first glyph, and the
/// PDF print hands to CUPS (drawn from the preview's pages) places its words where the
/// exported PDF does.
#[test]
fn preview_print_and_export_place_every_page_alike() {
    if !have_tools("preview_print_and_export_place_every_page_alike") {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let report = draft::load(&root.join("examples/sample.ron")).expect("loads");
    let options = ExportOptions {
        format: Format::Pdf,
        ..ExportOptions::default()
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let exported = dir.path().join("exported.pdf");
    std::fs::write(&exported, export::write(&report, &options).expect("PDF")).expect("written");
    let sheets = pages::paginate(&report, &options);
    let printed = dir.path().join("printed.pdf");
    std::fs::write(
        &printed,
        work_summary::export::pdf::write_pages(&sheets, &options.fonts).expect("PDF"),
    )
    .expect("written");
    let loaded = work_summary::export::pdf::load_faces(&options.fonts).expect("faces");
    let faces = work_summary::export::pdf::FaceSet::metrics(&loaded).expect("metrics");
    let mut matched = 0;
    for (n, sheet) in sheets.iter().enumerate() {
        let preview = work_summary::export::pdf::page_glyphs(sheet, Some(&faces));
        let words = pdf_words(&exported, n + 1);
        assert_eq!(
            words,
            pdf_words(&printed, n + 1),
            "page {}: print = export",
            n + 1
        );
        let mut cursor = 0;
        for (word, x_min, _) in &words {
            let first = word.chars().next().expect("a word has text");
            let Some(found) = preview[cursor..].iter().position(|g| g.0 == first) else {
                panic!(
                    "page {}: {word} not in the preview after glyph {cursor}",
                    n + 1
                );
            };
            let glyph = preview[cursor + found];
            assert!(
                (glyph.1 - x_min).abs() < 0.5,
                "page {}: {word} at {x_min} in the PDF, {} in the preview",
                n + 1,
                glyph.1
            );
            cursor += found + word.chars().count();
            matched += 1;
        }
    }
    assert!(matched > 60, "{matched} words");
}

/// The families pdffonts lists for a PDF, as lower-case words without spaces or hyphens
/// ("ABCDEF+NotoSerifCJKsc-Regular" → "notoserifcjksc-regular" → "notoserifcjkscregular").
fn pdf_families(path: &Path) -> Vec<String> {
    let listed = tool("pdffonts", &[path.as_os_str()]).expect("pdffonts");
    listed
        .lines()
        .skip(2)
        .filter_map(|l| l.split_whitespace().next())
        .map(|name| {
            name.split_once('+')
                .map_or(name, |(_, n)| n)
                .to_lowercase()
                .replace(['-', ' ', '_'], "")
        })
        .collect()
}

fn squeezed_family(family: &str) -> String {
    family.to_lowercase().replace(['-', ' ', '_'], "")
}

/// Every pixel of the PDF's first page, drawn by poppler, is a grey: no colour anywhere.
fn page_is_black_on_white(pdf: &Path) -> bool {
    let dir = pdf.parent().expect("folder");
    let stem = dir.join("colour-check");
    let drawn = Command::new("pdftoppm")
        .args(["-r", "30", "-f", "1", "-l", "1", "-singlefile"])
        .arg(pdf)
        .arg(&stem)
        .status()
        .expect("pdftoppm");
    assert!(drawn.success());
    let ppm = std::fs::read(stem.with_extension("ppm")).expect("ppm");
    // P6 header: magic, width, height, maxval, then RGB bytes.
    let mut fields = 0;
    let mut at = 0;
    while fields < 4 {
        while ppm[at].is_ascii_whitespace() {
            at += 1;
        }
        while !ppm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields += 1;
    }
    ppm[at + 1..]
        .chunks_exact(3)
        .all(|p| p[0].abs_diff(p[1]) <= 2 && p[1].abs_diff(p[2]) <= 2)
}

/// GB/T 9704 §5.2.2 and §7.3.3, read from the PDF: each part of the page is drawn in the face
/// the export chose for its role (pdffonts on drafts that hold one role each besides the page
/// number); §5.2.4: nothing on the page is in colour (poppler's drawing of page 1 is grey).
#[test]
fn pdf_faces_by_role_and_black_text_as_read_from_the_file() {
    if !have_tools("pdf_faces_by_role_and_black_text_as_read_from_the_file") {
        return;
    }
    let options = ExportOptions {
        format: Format::Pdf,
        ..ExportOptions::default()
    };
    let report_of = export::fonts::font_report(&options.fonts);
    let face = |role: pages::Role| {
        let choice = report_of
            .iter()
            .find(|(r, _)| *r == role)
            .and_then(|(_, c)| c.as_ref())
            .unwrap_or_else(|| panic!("no face for {role:?}"));
        squeezed_family(&choice.family)
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let families_of = |name: &str, report: &Report| {
        let path = dir.path().join(format!("{name}.pdf"));
        std::fs::write(&path, export::write(report, &options).expect("PDF")).expect("written");
        (pdf_families(&path), path)
    };
    let base = || Report {
        sections: Vec::new(),
        closing: String::new(),
        ..Report::default()
    };
    let cases: Vec<(&str, Report, Vec<pages::Role>)> = vec![
        (
            "title",
            Report {
                title: "某局2026年上半年工作总结".into(),
                ..base()
            },
            vec![pages::Role::Title],
        ),
        (
            "body",
            Report {
                intro: "上半年，我局认真落实各项工作。".into(),
                ..base()
            },
            vec![pages::Role::Body],
        ),
        (
            "heading",
            {
                let mut r = base();
                let mut s = work_summary::Section::new(work_summary::SectionKind::Achievements);
                s.title = "主要工作成效".into();
                s.lead = "上半年完成各项任务。".into();
                r.sections.push(s);
                r
            },
            vec![pages::Role::Heading1, pages::Role::Body],
        ),
        (
            "subheading",
            {
                let mut r = base();
                let mut s = work_summary::Section::new(work_summary::SectionKind::Achievements);
                s.title = "主要工作成效".into();
                s.items
                    .push(work_summary::Item::new("抓学习", "全年集中学习十二次。"));
                r.sections.push(s);
                r
            },
            vec![
                pages::Role::Heading1,
                pages::Role::Heading2,
                pages::Role::Body,
            ],
        ),
    ];
    for (name, report, roles) in cases {
        let (found, path) = families_of(name, &report);
        let mut want: Vec<String> = roles
            .iter()
            .chain(std::iter::once(&pages::Role::PageNumber))
            .map(|r| face(*r))
            .collect();
        want.sort();
        want.dedup();
        for family in &want {
            assert!(
                found.iter().any(|f| f.starts_with(family.as_str())),
                "{name}: {family} not among {found:?}"
            );
        }
        for f in &found {
            assert!(
                want.iter().any(|w| f.starts_with(w.as_str())),
                "{name}: {f} drawn, wanted only {want:?}"
            );
        }
        assert!(page_is_black_on_white(&path), "{name}: colour on the page");
        // Sizes by role, read from the file: the title 22 pt (二号), body and headings of
        // every level 16 pt (三号), the page number 14 pt (四号).
        for (text, _, y0, _, y1) in &pdf_lines(&path)[0] {
            let want = if text.starts_with('—') {
                14.0
            } else if name == "title" {
                22.0
            } else {
                16.0
            };
            assert!(
                (y1 - y0 - want).abs() < 0.5,
                "{name}: {text} is {} pt",
                y1 - y0
            );
        }
    }
}
