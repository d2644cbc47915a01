//! DOCX, HTML and Markdown export, read back: the DOCX XML against GB/T 9704, HTML text against
//! the input, for fixed reports and for any text.

use proptest::prelude::*;
use quick_xml::Reader;
use quick_xml::events::Event;
use std::io::Read;
use std::path::Path;
use work_summary::export::{self, ExportOptions, Format, docx, html, markdown};
use work_summary::storage::draft;
use work_summary::{Item, Report};

fn sample() -> Report {
    draft::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample.ron"))
        .expect("example draft")
}

/// The parts of a DOCX package, by name.
fn unzip(bytes: &[u8]) -> std::collections::BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut parts = std::collections::BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("entry");
        let mut text = String::new();
        file.read_to_string(&mut text).expect("utf-8 part");
        parts.insert(file.name().to_owned(), text);
    }
    parts
}

/// Parse XML to the end; panics with the position on malformed XML. Returns all text content.
fn xml_text(xml: &str) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    let mut texts = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Text(t)) => texts.push(t.unescape().expect("entities").into_owned()),
            Ok(_) => {}
            Err(e) => panic!("malformed XML at {}: {e}\n{xml}", reader.buffer_position()),
        }
    }
    texts
}

/// `attr="value"` occurrences of `attr` in the XML.
fn attr_values<'a>(xml: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!("{attr}=\"");
    xml.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &xml[i + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

fn docx_parts(report: &Report) -> std::collections::BTreeMap<String, String> {
    unzip(&docx::write(report, &ExportOptions::default()).expect("packs"))
}

#[test]
fn docx_page_is_a4_with_official_margins() {
    let parts = docx_parts(&sample());
    let doc = &parts["word/document.xml"];
    // 210 × 297 mm in twips.
    assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838""#), "{doc}");
    // Top 37, right 26, bottom 35, left 28 mm.
    for (attr, twips) in [
        ("top", 2098),
        ("right", 1474),
        ("bottom", 1984),
        ("left", 1587),
    ] {
        let values = attr_values(doc, &format!("w:{attr}"));
        assert!(
            values.contains(&twips.to_string().as_str()),
            "{attr}: {values:?}"
        );
    }
    // 22 lines in the 225 mm (12756-twip) block: a fixed pitch of 28.95 pt (579 twentieths),
    // body and grid.
    assert!(doc.contains(r#"w:linePitch="579""#), "{doc}");
    assert!(doc.contains(r#"w:line="579" w:lineRule="exact""#));
    let lines: Vec<&str> = attr_values(doc, "w:line");
    assert!(lines.iter().all(|l| *l == "579"), "{lines:?}");
    // 28 characters a line: a character grid whose pitch is 16 pt − 842/4096 pt.
    assert!(
        doc.contains(
            r#"<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842" />"#
        ),
        "{doc}"
    );
    // 16 pt in the document defaults and in the Normal style (LibreOffice's grid base).
    let styles = &parts["word/styles.xml"];
    assert_eq!(
        styles.matches(r#"<w:sz w:val="32" />"#).count(),
        2,
        "{styles}"
    );
}

/// Reports whose DOCX is checked: the example, every built-in template, generated reports.
fn reports_to_check() -> Vec<(String, Report)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut reports = vec![("examples/sample.ron".to_owned(), sample())];
    // The blank templates and the examples, as files (their {年} and the like unfilled).
    let mut templates: Vec<_> = [
        "crates/core/assets/templates",
        "crates/core/assets/templates/examples",
    ]
    .iter()
    .flat_map(|d| std::fs::read_dir(root.join(d)).expect("templates"))
    .map(|e| e.expect("entry").path())
    .filter(|p| p.is_file())
    .collect();
    templates.sort();
    assert!(templates.len() >= 5, "{templates:?}");
    for path in templates {
        let report = draft::load(&path).expect("template");
        reports.push((path.display().to_string(), report));
    }
    for chars in [1200, 12000] {
        reports.push((
            format!("generated {chars}"),
            work_summary::sample::generate(chars),
        ));
    }
    reports
}

#[test]
fn every_docx_part_is_in_schema_order() {
    for (name, report) in reports_to_check() {
        for options in [
            ExportOptions::default(),
            ExportOptions {
                indent: false,
                signature: false,
                ..ExportOptions::default()
            },
        ] {
            let bytes = docx::write(&report, &options).expect("packs");
            let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).expect("zip");
            let mut checked = Vec::new();
            for i in 0..archive.len() {
                let mut file = archive.by_index(i).expect("entry");
                let mut xml = Vec::new();
                file.read_to_end(&mut xml).expect("part");
                if !file.name().ends_with(".xml") {
                    continue;
                }
                let violations = export::ooxml::order_violations(&xml).expect("well-formed");
                assert!(
                    violations.is_empty(),
                    "{name}, {}: {violations:#?}",
                    file.name()
                );
                checked.push(file.name().to_owned());
            }
            for part in ["word/document.xml", "word/styles.xml", "word/settings.xml"] {
                assert!(checked.iter().any(|c| c == part), "{name}: {checked:?}");
            }
        }
    }
}

#[test]
fn docx_fonts_sizes_and_alignment() {
    let parts = docx_parts(&sample());
    let doc = &parts["word/document.xml"];
    // Every rFonts names an East-Asian font, and no theme font overrides it anywhere.
    let rfonts = doc.matches("<w:rFonts").count();
    assert!(rfonts > 10);
    assert_eq!(
        doc.matches("w:eastAsia=\"").count(),
        rfonts,
        "w:eastAsia on every run"
    );
    for (name, part) in &parts {
        assert!(!part.contains("Theme=\""), "theme font in {name}");
    }
    assert!(
        !parts.keys().any(|k| k.contains("theme")),
        "no theme part: {:?}",
        parts.keys()
    );
    let styles = &parts["word/styles.xml"];
    assert!(
        styles.contains(r#"w:eastAsia="仿宋_GB2312""#),
        "document default font: {styles}"
    );

    // Title: 22 pt (44 half-points) 方正小标宋简体, centred.
    let title_at = doc
        .find("某局2022年上半年精神文明建设工作总结")
        .expect("title");
    let title_para = &doc[doc[..title_at].rfind("<w:p ").expect("p")..title_at];
    assert!(
        title_para.contains(r#"<w:jc w:val="center" />"#),
        "{title_para}"
    );
    assert!(title_para.contains(r#"<w:sz w:val="44" />"#));
    // The 22 pt title is off the 16 pt character grid, at its natural pitch.
    assert!(
        title_para.contains(r#"<w:snapToGrid w:val="false" />"#),
        "{title_para}"
    );
    assert!(!title_para.contains("<w:w "), "{title_para}");
    assert!(title_para.contains(r#"w:eastAsia="方正小标宋简体""#));

    let para_of = |text: &str| {
        let at = doc.find(text).unwrap_or_else(|| panic!("{text} missing"));
        doc[doc[..at].rfind("<w:p ").expect("p")..at].to_owned()
    };
    // 一、 heading in 黑体, （一） in 楷体, body 16 pt 仿宋 with a 2-character first line indent.
    let h1 = para_of("一、上半年工作成效");
    assert!(h1.contains(r#"w:eastAsia="黑体""#), "{h1}");
    let h2 = para_of("（一）注重文化阵地建设");
    assert!(h2.contains(r#"w:eastAsia="楷体_GB2312""#), "{h2}");
    let body = para_of("全县公共文化场所全部免费开放");
    assert!(body.contains(r#"w:eastAsia="仿宋_GB2312""#));
    assert!(body.contains(r#"<w:sz w:val="32" />"#));
    // Two cells of the character grid (2 × 315.9 twips, a hair under for LibreOffice), 98 %
    // glyphs so that LibreOffice keeps each in one cell.
    assert!(body.contains(r#"w:firstLine="628""#), "{body}");
    assert!(body.contains(r#"<w:w w:val="98" />"#), "{body}");

    // Signature (§7.3.5.2): left indents, the date two cells right of the unit's first
    // character, the unit (the longer line) ending two cells before the right edge.
    let left_of = |para: &str| -> f64 {
        let at = para.find(r#"w:left=""#).expect("a left indent") + r#"w:left=""#.len();
        para[at..at + para[at..].find('"').expect("quote")]
            .parse()
            .expect("twips")
    };
    let unit = para_of("某县文化旅游广电体育局");
    assert!(unit.contains(r#"<w:jc w:val="left" />"#), "{unit}");
    let date = para_of("2022年7月1日");
    assert!(date.contains(r#"<w:jc w:val="left" />"#), "{date}");
    let cell = 156.0 / 25.4 * 1440.0 / 28.0; // 28 cells in the 156 mm line: 315.9 twips
    let step = left_of(&date) - left_of(&unit);
    assert!((step - 2.0 * cell).abs() < 25.0, "{step}");
    // 11 characters and 2 of space from a 28-cell line: the unit starts at cell 15.
    assert!(
        (left_of(&unit) - 15.0 * cell).abs() < 40.0,
        "{}",
        left_of(&unit)
    );
}

#[test]
fn docx_footer_has_page_numbers_odd_right_even_left() {
    let parts = docx_parts(&sample());
    let footers: Vec<&String> = parts
        .iter()
        .filter(|(k, _)| k.starts_with("word/footer"))
        .map(|(_, v)| v)
        .collect();
    assert_eq!(footers.len(), 2, "{:?}", parts.keys());
    for footer in &footers {
        assert!(
            footer.contains("<w:instrText>PAGE</w:instrText>"),
            "{footer}"
        );
        assert!(footer.contains("— ") && footer.contains(" —"));
        assert!(footer.contains(r#"<w:sz w:val="28" />"#), "四号 14 pt");
        assert!(footer.contains(r#"w:eastAsia="宋体""#));
    }
    // Which footer is which: the section's references name a relationship, whose target is
    // the part. Odd pages (the default footer) right, even pages left.
    let doc = &parts["word/document.xml"];
    let rels = &parts["word/_rels/document.xml.rels"];
    let footer_of = |kind: &str| {
        let reference = doc
            .split("<w:footerReference")
            .skip(1)
            .find(|r| r.contains(&format!(r#"w:type="{kind}""#)))
            .unwrap_or_else(|| panic!("no {kind} footer reference"));
        let id = attr_values(reference, "r:id")[0].to_owned();
        let relationship = rels
            .split("<Relationship ")
            .find(|r| r.contains(&format!(r#"Id="{id}""#)))
            .unwrap_or_else(|| panic!("no relationship {id}"));
        let target = attr_values(relationship, "Target")[0].to_owned();
        parts[&format!("word/{target}")].clone()
    };
    let (odd, even) = (footer_of("default"), footer_of("even"));
    assert!(odd.contains(r#"<w:jc w:val="right" />"#), "odd: {odd}");
    assert!(even.contains(r#"<w:jc w:val="left" />"#), "even: {even}");
    // §7.5: one 四号 character (14 pt, 280 twips) in from the edge on each side.
    assert_eq!(
        attr_values(&odd, "w:right").first(),
        Some(&"280"),
        "odd: {odd}"
    );
    assert_eq!(
        attr_values(&even, "w:left").first(),
        Some(&"280"),
        "even: {even}"
    );
    // The number's line 7 mm under the text block (bottom margin 35 mm): the footer starts
    // 23 mm from the paper's edge, the 14 pt line's 5 mm below it.
    let footer: f32 = attr_values(doc, "w:footer")[0].parse().expect("twips");
    assert!(
        (footer / 1440.0 * 25.4 - 23.0).abs() < 0.1,
        "footer at {footer} twips"
    );
    assert!(parts["word/settings.xml"].contains("evenAndOddHeaders"));
    assert!(doc.contains(r#"w:type="even""#) && doc.contains(r#"w:type="default""#));
}

#[test]
fn docx_holds_every_paragraph_in_order() {
    let report = sample();
    let parts = docx_parts(&report);
    let text = xml_text(&parts["word/document.xml"]).join("\n");
    let blocks = export::layout(&report);
    let mut from = 0;
    for block in &blocks {
        let at = text[from..]
            .find(&block.text)
            .unwrap_or_else(|| panic!("{} missing or out of order", block.text));
        from += at + block.text.len();
    }
}

#[test]
fn html_is_self_contained_with_inline_official_styles() {
    let report = sample();
    let html = html::write(&report, &ExportOptions::default());
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<link") && !html.contains("<script") && !html.contains("src="));
    assert!(html.contains("size: A4; margin: 37mm 26mm 35mm 28mm"));
    // Absolute units and Word's own properties: exact 28.95 pt lines, 22 pt centred title.
    let h1 = &html[html.find("<h1").expect("h1")..html.find("</h1>").expect("/h1")];
    for part in [
        "margin:0;line-height:28.95pt;mso-line-height-rule:exactly;",
        "text-align:center;",
        "font-size:22.0pt;font-family:&#39;方正小标宋简体&#39;,",
        "mso-fareast-font-family:&#39;方正小标宋简体&#39;;",
    ] {
        assert!(h1.contains(part), "{part} in {h1}");
    }
    let h1 = html.find("一、上半年工作成效").expect("heading");
    let line = &html[html[..h1].rfind("<p").expect("p")..h1];
    assert!(
        line.contains("font-family:&#39;黑体&#39;")
            && line.contains("text-indent:32.0pt;mso-char-indent-count:2.0;")
            && !line.contains("em;"),
        "{line}"
    );
    assert!(
        html.contains("text-align:right;margin-right:32.0pt;"),
        "signature unit"
    );
    assert!(
        html.contains("text-align:right;margin-right:80.0pt;"),
        "signature date"
    );
}

#[test]
fn markdown_headings_and_escapes() {
    let mut report = Report {
        title: "标题*重点*".into(),
        ..Report::default()
    };
    report.sections[0]
        .items
        .push(Item::new("抓学习", "1. 不是列表\n# 不是标题"));
    let options = ExportOptions {
        line_ending: work_summary::export::text::LineEnding::Lf,
        ..ExportOptions::default()
    };
    let md = markdown::write(&report, &options);
    assert_eq!(
        md,
        "# 标题\\*重点\\*\n\n## 一、主要工作及成效\n\n### （一）抓学习\n\n1\\. 不是列表\n\n\\# 不是标题\n",
        "the sections with a title only print nothing"
    );
}

#[test]
fn every_format_through_the_dispatcher() {
    let report = sample();
    for format in Format::ALL {
        let options = ExportOptions {
            format,
            ..ExportOptions::default()
        };
        let bytes = match export::write(&report, &options) {
            // The PDF needs an installed Chinese font (CI has fonts-noto-cjk).
            Err(e)
                if matches!(format, Format::Pdf | Format::Ofd)
                    && std::env::var_os("CI").is_none() =>
            {
                eprintln!("{format:?} skipped: {e}");
                continue;
            }
            result => result.expect("exports"),
        };
        assert!(!bytes.is_empty(), "{format:?}");
        if format == Format::Pdf {
            assert!(bytes.starts_with(b"%PDF-"));
        } else if format == Format::Ofd {
            assert!(bytes.starts_with(b"PK"), "an OFD is a ZIP");
        } else if format != Format::Docx {
            let text = String::from_utf8(bytes).expect("utf-8");
            assert!(
                text.contains("某局2022年上半年精神文明建设工作总结"),
                "{format:?}"
            );
        }
    }
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[<>&\"'一二三，。 \\t\\x01\\x0b\\u{7f}\\u{85}a-z]{0,60}",
        "[字a]{500,3000}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_text_gives_well_formed_docx(title in any_text(), body in any_text(), unit in any_text()) {
        let mut report = Report { title, ..Report::default() };
        report.sections[0].items.push(Item::new("标题", body));
        report.signature.unit = unit;
        let parts = unzip(&docx::write(&report, &ExportOptions::default()).expect("packs"));
        for (name, xml) in &parts {
            if name.ends_with(".xml") || name.ends_with(".rels") {
                xml_text(xml);
            }
        }
        // Every laid-out paragraph is in the document text.
        let text = xml_text(&parts["word/document.xml"]).concat();
        for block in export::layout(&report) {
            prop_assert!(text.contains(&block.text), "{:?}", block.text);
        }
    }

    #[test]
    fn html_text_equals_the_input(title in any_text(), body in any_text()) {
        let mut report = Report { title, ..Report::default() };
        report.sections[0].items.push(Item::new("小标题", body));
        let html = html::fragment(&report, &ExportOptions::default());
        let parsed = xml_text(&format!("<div>{html}</div>"));
        let expected: Vec<String> = export::layout(&report).into_iter().map(|b| b.text).collect();
        let parsed: Vec<String> = parsed.into_iter().filter(|t| t != "\n").collect();
        prop_assert_eq!(parsed, expected);
    }
}

/// GB/T 9704 in the DOCX's own XML (docs/gbt9704.md): a long title carries the pages' line
/// breaks between words (§7.3.1); an attachment's label and number hang so a long name
/// continues under its first character (§7.3.4); an empty paragraph stands before the
/// signature, the unit keeps with its date, and the body's last paragraph with the signature
/// (§7.3.5).
#[test]
fn docx_title_breaks_hanging_attachments_and_a_signature_kept_together() {
    let mut report = Report {
        title: "某某市某某区人民政府办公室关于2026年上半年全区重点工作推进情况的总结报告".into(),
        intro: "上半年工作总结如下。".into(),
        attachments: vec![
            "某县2026年上半年全县重点项目建设推进情况及资金使用明细统计汇总表".into(),
            "经费使用明细表".into(),
        ],
        ..Report::default()
    };
    report.signature.unit = "某区政府研究室".into();
    report.signature.date = "2026年6月30日".into();
    let parts = docx_parts(&report);
    let doc = &parts["word/document.xml"];
    let para_of = |text: &str| {
        let at = doc.find(text).unwrap_or_else(|| panic!("{text} missing"));
        let start = doc[..at].rfind("<w:p ").expect("p");
        let end = at + doc[at..].find("</w:p>").expect("end");
        doc[start..end].to_owned()
    };
    let title = para_of("某某市某某区人民政府办公室关于");
    let breaks = work_summary::export::pages::title_breaks(&report.title);
    assert_eq!(breaks.len(), 1, "two lines");
    assert_eq!(title.matches("<w:br ").count(), 1, "{title}");
    let first_line: String = report.title.chars().take(breaks[0]).collect();
    assert!(title.contains(&format!(">{first_line}</w:t>")), "{title}");

    let first = para_of("附件：1．");
    assert!(first.contains("w:hanging=\""), "{first}");
    let second = para_of("2．经费使用明细表");
    assert!(second.contains("w:hanging=\""), "{second}");

    let unit = para_of("某区政府研究室</w:t>");
    assert!(unit.contains("<w:keepNext"), "{unit}");
    // The paragraph before the unit is empty (the blank line of §7.3.5).
    let at = doc.find("某区政府研究室</w:t>").expect("unit");
    let unit_start = doc[..at].rfind("<w:p ").expect("p");
    let before = &doc[doc[..unit_start].rfind("<w:p ").expect("p before")..unit_start];
    assert!(!before.contains("<w:t"), "the blank line: {before}");
    // The signature never opens a page: the blank line and the body's last paragraph (here
    // the last attachment) are kept with the next; the date is not kept with what follows.
    assert!(before.contains("<w:keepNext"), "the blank line: {before}");
    assert!(second.contains("<w:keepNext"), "{second}");
    assert!(!first.contains("<w:keepNext"), "{first}");
    assert!(!para_of("2026年6月30日").contains("<w:keepNext"));
}

/// §7.3.5.2 with a date longer than the unit, read from the DOCX's XML: the date keeps two
/// cells from the right edge and the unit starts two cells left of the date (a cell is the
/// 28-character grid's pitch, 442.25 / 28 pt). LibreOffice's print of the same case is held
/// by scripts/page-agreement.sh (its date-longer draft).
#[test]
fn docx_signature_with_a_date_longer_than_the_unit() {
    let mut report = sample();
    report.signature.unit = "某局".into();
    report.signature.date = "2022年12月31日".into();
    let parts = docx_parts(&report);
    let doc = &parts["word/document.xml"];
    let left_cells = |text: &str| -> f32 {
        let at = doc.find(text).unwrap_or_else(|| panic!("{text} missing"));
        let start = doc[..at].rfind("<w:p ").expect("p");
        let paragraph = &doc[start..at];
        let left: f32 = attr_values(paragraph, "w:left")
            .first()
            .unwrap_or_else(|| panic!("no left indent: {paragraph}"))
            .parse()
            .expect("twips");
        left / 20.0 / (442.25 / 28.0)
    };
    let (unit, date) = (
        left_cells(">某局</w:t>"),
        left_cells(">2022年12月31日</w:t>"),
    );
    // Ten cells of date (a four-digit year takes three) end two cells before the 28th.
    assert!((date - 16.0).abs() < 0.1, "date at {date} cells");
    assert!((unit - 14.0).abs() < 0.1, "unit at {unit} cells");
}

/// §7.3.3: the third and fourth levels (1. and （1）) are set in the body's 仿宋, as the
/// standard's body text, not in the faces of 一、 and （一）.
#[test]
fn docx_third_and_fourth_levels_are_in_the_body_face() {
    let report = work_summary::sample::generate(1_500);
    let parts = docx_parts(&report);
    let doc = &parts["word/document.xml"];
    let paragraphs: Vec<&str> = doc.split("<w:p ").skip(1).collect();
    let opening = |marker: &str| {
        paragraphs
            .iter()
            .find(|p| {
                // The paragraph's first run of text.
                p.split("<w:t")
                    .nth(1)
                    .and_then(|t| t.split_once('>'))
                    .is_some_and(|(_, text)| text.starts_with(marker))
            })
            .copied()
            .unwrap_or_else(|| panic!("no paragraph opening with {marker}"))
    };
    for marker in ["1.", "（1）"] {
        let paragraph = opening(marker);
        let faces = attr_values(paragraph, "w:eastAsia");
        assert!(!faces.is_empty(), "{paragraph}");
        assert!(
            faces.iter().all(|f| *f == "仿宋_GB2312"),
            "{marker}: {faces:?}"
        );
    }
}

/// The rich text 复制为公文格式 puts on the clipboard, clause by clause: §7.3.3 the third and
/// fourth levels in 仿宋; §5.2.4 no colour but black; §7.3.5.2 one blank line's space before
/// the unit, and with a date longer than the unit the date keeps two characters from the
/// right and starts two characters right of the unit's first character (natural widths: a
/// Latin digit is half a character).
#[test]
fn rich_text_levels_colour_and_a_date_longer_than_the_unit() {
    let mut report = work_summary::sample::generate(1_500);
    report.signature.unit = "某局".into();
    report.signature.date = "2022年12月31日".into();
    let html = work_summary::export::html::clipboard_fragment(&report, &ExportOptions::default());
    let paragraphs: Vec<&str> = html.split("<p ").skip(1).collect();
    let opening = |text: &str| {
        paragraphs
            .iter()
            .find(|p| {
                let words: String = p.split('>').skip(1).collect::<Vec<_>>().join(">");
                let plain: String = words
                    .split('<')
                    .map(|s| s.rsplit('>').next().unwrap_or(""))
                    .collect();
                plain.starts_with(text)
            })
            .copied()
            .unwrap_or_else(|| panic!("no paragraph opening with {text}"))
    };
    for marker in ["1.", "（1）"] {
        let p = opening(marker);
        assert!(
            p.contains("font-family:&#39;仿宋_GB2312&#39;"),
            "{marker}: {p}"
        );
    }
    for (at, _) in html.match_indices("color:") {
        let value = &html[at + 6..at + 6 + html[at + 6..].find([';', '"']).unwrap_or(0)];
        assert!(
            matches!(value.trim(), "#000" | "#000000" | "black" | "windowtext"),
            "a colour other than black: {value}"
        );
    }
    let margin = |p: &str, property: &str| -> f32 {
        let at = p
            .find(property)
            .unwrap_or_else(|| panic!("no {property}: {p}"))
            + property.len();
        p[at..at + p[at..].find("pt").expect("pt")]
            .parse()
            .expect("points")
    };
    let (unit, date) = (opening("某局"), opening("2022年12月31日"));
    assert_eq!(
        margin(unit, "margin-top:"),
        28.95,
        "the blank line before the unit"
    );
    let chars = |pt: f32| pt / 16.0;
    let date_right = chars(margin(date, "margin-right:"));
    let unit_right = chars(margin(unit, "margin-right:"));
    assert_eq!(date_right, 2.0, "the longer line keeps two characters");
    // From the right edge: the date starts 2 + 7 characters in, the unit 2 more.
    let date_start = date_right + 7.0;
    let unit_start = unit_right + 2.0;
    assert_eq!(
        unit_start - date_start,
        2.0,
        "unit {unit_right}, date {date_right}"
    );
}
