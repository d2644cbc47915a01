//! Empty parts never print (issue 26): an item with no heading and no body (and no child that
//! prints) and a section with no items and no lead-in leave no bare 一、 or （一） in any export,
//! and use up no ordinal; the proofreading keeps pointing at them.

use std::io::Read;
use std::process::Command;
use work_summary::check::{self, Rule};
use work_summary::export::{self, ExportOptions, Format, html, markdown, pages, text};
use work_summary::model::Place;
use work_summary::{Item, ItemStyle, Report, Section, SectionKind};

use crate::tools;

/// A draft started from last period, half filled in: empty items before, between and after
/// written ones, a section with a title only, one whose items are all still empty, and an
/// inline (一是……) section with a bare first point.
fn half_filled() -> Report {
    let mut report = Report {
        title: "某县统计局2026年上半年工作总结".to_owned(),
        intro: "今年以来，我局围绕中心工作，扎实推进各项任务。".to_owned(),
        ..Report::default()
    };
    let mut done = Section::new(SectionKind::Achievements);
    done.title = "主要工作成效".to_owned();
    done.items = vec![
        Item::new("", "  "),
        Item::new("统计调查有序开展", "完成季度调查任务12项。"),
        Item {
            heading: " ".to_owned(),
            children: vec![Item::new("", ""), Item::new("\u{3000}", "")],
            ..Item::default()
        },
        Item {
            heading: "数据质量稳步提升".to_owned(),
            body: "开展数据核查3次。".to_owned(),
            children: vec![Item::new("", ""), Item::new("源头核查", "核查企业86家。")],
            ..Item::default()
        },
        Item::new("", ""),
    ];
    let mut problems = Section::new(SectionKind::Problems);
    problems.title = "存在的问题".to_owned();
    problems.items = vec![Item::new("", ""), Item::new(" ", "\n")];
    let mut title_only = Section::new(SectionKind::Other);
    title_only.title = "其他事项".to_owned();
    // A part with no title (plans the author announced in a sentence): its lead-in and items
    // print, with no heading and no ordinal of its own.
    let mut untitled = Section::new(SectionKind::Other);
    untitled.title = " ".to_owned();
    untitled.lead = "另有两项工作安排如下：".to_owned();
    untitled.items = vec![Item::new("档案整理", "")];
    let mut plans = Section::new(SectionKind::Plans);
    plans.title = "下步工作计划".to_owned();
    plans.style = ItemStyle::Inline;
    plans.items = vec![
        Item::new("", ""),
        Item::new("抓好年度统计", "确保按时完成年报。"),
        Item::new("", ""),
        Item::new("加强队伍建设", ""),
    ];
    report.sections = vec![done, problems, title_only, untitled, plans];
    report.closing = String::new();
    report.signature.unit = "某县统计局".to_owned();
    report.signature.date = "2026年7月6日".to_owned();
    report
}

/// What every export must show, in order: the printed parts numbered without gaps.
const PRINTED: [&str; 10] = [
    "一、主要工作成效",
    "（一）统计调查有序开展",
    "（二）数据质量稳步提升",
    "1.源头核查",
    "另有两项工作安排如下：",
    "（一）档案整理",
    "二、下步工作计划",
    "一是抓好年度统计。确保按时完成年报。",
    "二是加强队伍建设",
    "某县统计局",
];

/// Markers that must never stand alone, and the headings of the sections that print nothing.
const NEVER: [&str; 6] = ["三、", "（三）", "2.", "三是", "存在的问题", "其他事项"];

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Checks the visible text of one export: the printed parts in order, nothing else numbered.
fn check_text(format: &str, visible: &str) {
    let flat = squeeze(visible);
    let mut from = 0;
    for want in PRINTED {
        let want = squeeze(want);
        let at = flat[from..]
            .find(&want)
            .unwrap_or_else(|| panic!("{format}: {want} missing or out of order in\n{visible}"));
        from += at + want.len();
    }
    for never in NEVER {
        assert!(!flat.contains(never), "{format}: {never} in\n{visible}");
    }
    // No line or paragraph is a marker alone.
    for line in visible.lines().map(squeeze) {
        let bare = ["（一）", "（二）", "1.", "一是", "二是", "一、", "二、"];
        assert!(!bare.contains(&line.as_str()), "{format}: bare {line}");
    }
}

/// Text of an HTML or XML document with its tags taken out, one line per element.
fn untag(markup: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in markup.chars() {
        match c {
            '<' => {
                inside = true;
                out.push('\n');
            }
            '>' => inside = false,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
}

#[test]
fn the_layout_skips_empty_items_and_sections_without_using_an_ordinal() {
    let blocks = export::layout(&half_filled());
    let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "某县统计局2026年上半年工作总结",
            "今年以来，我局围绕中心工作，扎实推进各项任务。",
            "一、主要工作成效",
            "（一）统计调查有序开展",
            "完成季度调查任务12项。",
            "（二）数据质量稳步提升",
            "开展数据核查3次。",
            "1.源头核查",
            "核查企业86家。",
            "另有两项工作安排如下：",
            "（一）档案整理",
            "二、下步工作计划",
            "一是抓好年度统计。确保按时完成年报。",
            "二是加强队伍建设",
            "某县统计局",
            "2026年7月6日",
        ]
    );
}

#[test]
fn text_markdown_and_html_print_no_bare_markers() {
    let report = half_filled();
    let options = ExportOptions::default();
    check_text("text", &text::write(&report, &options.text_options()));
    // Markdown escapes a period after digits ("1\\."), which a reader does not see.
    check_text(
        "markdown",
        &markdown::write(&report, &options).replace('\\', ""),
    );
    check_text("html", &untag(&html::write(&report, &options)));
    // The clipboard's HTML (复制为公文格式) and its plain-text alternative.
    let (rich, plain) = work_summary::ui::clipboard::rich_copy(&report, &options);
    check_text("clipboard html", &untag(&rich));
    check_text("clipboard text", &plain);
}

#[test]
fn docx_prints_no_bare_markers() {
    let report = half_filled();
    let options = ExportOptions {
        format: Format::Docx,
        ..ExportOptions::default()
    };
    let bytes = export::write(&report, &options).expect("docx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("document.xml")
        .read_to_string(&mut xml)
        .expect("read");
    // One line per paragraph: the text runs of each <w:p> joined.
    let paragraphs: Vec<String> = xml
        .split("</w:p>")
        .map(|p| {
            p.split("<w:t")
                .skip(1)
                .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
                .map(|t| t.split("</w:t>").next().unwrap_or_default())
                .collect::<String>()
        })
        .filter(|p| !p.is_empty())
        .collect();
    check_text("docx", &paragraphs.join("\n"));
}

#[test]
fn pdf_pages_and_the_paper_preview_print_no_bare_markers() {
    let report = half_filled();
    let options = ExportOptions {
        format: Format::Pdf,
        ..ExportOptions::default()
    };
    // The paper preview draws these pages; the PDF is written from them.
    let sheets = pages::paginate(&report, &options);
    let lines: Vec<String> = sheets
        .iter()
        .flat_map(|p| p.lines.iter().map(|l| l.text.clone()))
        .collect();
    check_text("pages", &lines.join("\n"));
    // The text preview is the text export of the same blocks.
    let blocks = export::layout_for(&report, &options);
    check_text(
        "preview",
        &text::write_blocks(&blocks, &options.text_options()),
    );

    let pdf = export::write(&report, &options).expect("pdf");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("half.pdf");
    std::fs::write(&path, pdf).expect("written");
    match Command::new("pdftotext").arg(&path).arg("-").output() {
        Ok(out) if out.status.success() => {
            check_text("pdf", &String::from_utf8_lossy(&out.stdout));
        }
        _ => tools::unavailable(
            "pdf_pages_and_the_paper_preview_print_no_bare_markers",
            "no pdftotext (poppler-utils)",
        ),
    }
}

#[test]
fn proofreading_still_points_at_what_does_not_print() {
    let findings = check::check_report(&half_filled());
    let empty: Vec<&Place> = findings
        .iter()
        .filter(|f| f.rule == Rule::Empty)
        .map(|f| &f.place)
        .collect();
    let item = |section, path: &[usize]| Place::ItemHeading {
        section,
        item: path.to_vec(),
    };
    for want in [
        item(0, &[0]),
        item(0, &[2, 0]),
        item(0, &[3, 0]),
        item(0, &[4]),
        item(1, &[0]),
        Place::SectionTitle { section: 2 },
        item(4, &[0]),
        item(4, &[2]),
    ] {
        assert!(empty.contains(&&want), "{want:?} not in {empty:?}");
    }
}
