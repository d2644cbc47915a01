//! Import of DOCX as Word and WPS write it (automatic numbering, heading styles, tables,
//! text boxes, tracked changes), Markdown, HTML, and .odt/.doc through LibreOffice.

use std::io::Write;
use std::path::Path;
use work_summary::SectionKind;
use work_summary::import::{self, Format};

/// A DOCX package with these parts (document, numbering, styles), zipped as Word does.
fn docx(document_body: &str, numbering: Option<&str>, styles: Option<&str>) -> Vec<u8> {
    const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape""#;
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default();
    let mut part = |name: &str, body: String| {
        zip.start_file(name, options).expect("part");
        zip.write_all(body.as_bytes()).expect("write");
    };
    part(
        "[Content_Types].xml",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"#.to_owned(),
    );
    part(
        "_rels/.rels",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_owned(),
    );
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    if numbering.is_some() {
        rels.push_str(r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>"#);
    }
    if styles.is_some() {
        rels.push_str(r#"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#);
    }
    rels.push_str("</Relationships>");
    part("word/_rels/document.xml.rels", rels);
    part(
        "word/document.xml",
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{document_body}<w:sectPr/></w:body></w:document>"#
        ),
    );
    if let Some(n) = numbering {
        part(
            "word/numbering.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {NS}>{n}</w:numbering>"#
            ),
        );
    }
    if let Some(s) = styles {
        part(
            "word/styles.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}>{s}</w:styles>"#
            ),
        );
    }
    zip.finish().expect("zip");
    out.into_inner()
}

fn p(text: &str) -> String {
    format!(r#"<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

/// A paragraph in list `num` at level `ilvl`, as Word's AutoFormat leaves "一、" typed.
fn li(num: u32, ilvl: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr><w:ind w:firstLine="640"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

/// Word's list of 一、 (chineseCounting, "%1、") over （一） over 1.
const NUMBERING: &str = r#"<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>"#;

#[test]
fn word_auto_numbered_headings_become_sections_and_items() {
    let body = [
        p("某县审计局2023年工作总结"),
        p("2023年，我局认真履行审计监督职责，各项工作取得新成效。"),
        li(1, 0, "主要工作成效"),
        li(1, 1, "审计项目全面完成"),
        p("全年完成审计项目32个，查出问题金额1.2亿元。"),
        li(1, 1, "整改落实有力"),
        li(2, 0, "建立整改台账"),
        li(2, 0, "开展跟踪督办"),
        li(1, 0, "存在的问题"),
        p("审计力量不足，信息化水平不高。"),
        li(1, 0, "2024年工作打算"),
        li(3, 0, "加强审计队伍建设"),
        li(3, 0, "推进大数据审计"),
        li(4, 0, "这一行是项目符号"),
    ]
    .concat();
    let bytes = docx(&body, Some(NUMBERING), None);
    let paragraphs = import::docx::paragraphs(&bytes).expect("docx");
    assert_eq!(paragraphs[2], "一、主要工作成效");
    assert_eq!(paragraphs[3], "（一）审计项目全面完成");
    assert_eq!(paragraphs[5], "（二）整改落实有力");
    assert_eq!(paragraphs[6], "1.建立整改台账");
    assert_eq!(paragraphs[7], "2.开展跟踪督办");
    assert_eq!(paragraphs[8], "二、存在的问题");
    assert_eq!(paragraphs[10], "三、2024年工作打算");
    // A new list instance with a start override starts again at 1.
    assert_eq!(paragraphs[11], "1.加强审计队伍建设");
    assert_eq!(paragraphs[13], "这一行是项目符号", "a bullet is not text");

    let imported = import::import_bytes(&bytes).expect("import");
    let r = &imported.report;
    assert_eq!(r.title, "某县审计局2023年工作总结");
    let kinds: Vec<(&str, SectionKind)> = r
        .sections
        .iter()
        .map(|s| (s.title.as_str(), s.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("主要工作成效", SectionKind::Achievements),
            ("存在的问题", SectionKind::Problems),
            ("2024年工作打算", SectionKind::Plans),
        ]
    );
    let a = &r.sections[0];
    assert_eq!(a.items[0].heading, "审计项目全面完成");
    assert_eq!(a.items[1].children.len(), 2);
    assert_eq!(r.sections[2].items.len(), 2);
    assert!(imported.notes.is_empty());
}

#[test]
fn heading_styles_tables_text_boxes_and_tracked_changes() {
    let styles = r#"<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>"#;
    let heading = |style: &str, text: &str| {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let body = [
        heading("a3", "某社区2023年工作总结"),
        p("今年以来，社区围绕服务居民，扎实开展各项工作。"),
        heading("2", "工作开展情况"),
        // A leader's 修订: one word inserted, one deleted; a moved sentence.
        r#"<w:p><w:r><w:t>全年走访居民</w:t></w:r><w:ins w:id="1" w:author="王主任" w:date="2024-01-05T10:00:00Z"><w:r><w:t>1260户</w:t></w:r></w:ins><w:del w:id="2" w:author="王主任"><w:r><w:delText>若干户</w:delText></w:r></w:del><w:r><w:t>，解决诉求86件。</w:t></w:r></w:p>"#.to_owned(),
        // A table: its rows are text.
        r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>完成数</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>入户走访</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1260户</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#.to_owned(),
        // A text box, written twice by Word (the choice and a VML fallback): read once.
        r#"<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框里的说明。</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框里的说明。</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#.to_owned(),
        heading("2", "存在问题"),
        p("居民参与度还不够高。"),
        heading("2", "下步打算"),
        p("继续做好为民服务工作。"),
    ]
    .concat();
    let bytes = docx(&body, None, Some(styles));
    let paragraphs = import::docx::paragraphs(&bytes).expect("docx");
    assert!(
        paragraphs.contains(&"全年走访居民1260户，解决诉求86件。".to_owned()),
        "{paragraphs:#?}"
    );
    assert!(paragraphs.contains(&"| 入户走访 | 1260户 |".to_owned()));
    assert_eq!(
        paragraphs
            .iter()
            .filter(|p| p.contains("文本框里的说明"))
            .count(),
        1
    );
    let imported = import::import_bytes(&bytes).expect("import");
    let r = &imported.report;
    assert_eq!(r.title, "某社区2023年工作总结");
    let titles: Vec<&str> = r.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["工作开展情况", "存在问题", "下步打算"]);
    assert!(r.sections[0].lead.contains("| 项目 | 完成数 |"));
    assert_eq!(imported.notes.len(), 1, "the user is told of the changes");
    assert!(imported.notes[0].zh.contains("2 处未接受的修订"));
    assert!(!r.sections[0].lead.contains("若干户"));
}

#[test]
fn markdown_notes_import_with_headings_lists_tables_and_metadata_listed() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import_inputs/weekly-notes.md");
    let imported = import::import_file(&path).expect("md");
    let r = &imported.report;
    assert_eq!(r.title, "研发二组2023年第14周工作总结");
    let titles: Vec<(&str, SectionKind)> = r
        .sections
        .iter()
        .filter(|s| !s.is_blank())
        .map(|s| (s.title.as_str(), s.kind))
        .collect();
    assert_eq!(
        titles,
        [
            ("本周完成", SectionKind::Achievements),
            ("问题与风险", SectionKind::Problems),
            ("下周计划", SectionKind::Plans),
        ]
    );
    let text = work_summary::export::text::write(r, &Default::default());
    for kept in [
        "完成订单模块接口联调，修复缺陷11个;",
        "编写《部署手册》初稿，共3章。",
        "| 灰度发布 | 李某 | 4月12日 |",
        "| 事项 | 负责人 | 完成时间 |",
    ] {
        assert!(text.contains(kept), "{kept} not in\n{text}");
    }
    let removed: Vec<(&str, usize)> = imported
        .removed
        .iter()
        .map(|r| (r.text.as_str(), r.line))
        .collect();
    assert_eq!(
        removed,
        [
            // Where they stood in the Markdown file.
            ("date: 2023-04-07 18:30:00", 3),
            ("categories: 周报", 4),
            ("tags: [周报, 研发]", 5),
            ("![进度图](images/week14.png)", 24),
            ("--EOF", 26),
            ("本文采用 CC BY-NC-SA 4.0 许可协议，转载请注明出处。", 28),
        ]
    );
    // Kept on request, the tags line comes back into the draft.
    let kept = imported.keeping(imported.removed[2].at);
    assert_eq!(kept.removed.len(), 5);
    assert!(
        kept.report.intro.contains("tags: [周报, 研发]"),
        "{:?}",
        kept.report
    );
}

#[test]
fn a_saved_page_imports_its_article_not_its_navigation() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import_inputs/township-page.html");
    let bytes = std::fs::read(&path).expect("page");
    assert_eq!(Format::of(Some(&path), &bytes), Format::Html);
    assert_eq!(Format::of(None, &bytes), Format::Html, "by content too");
    let imported = import::import_file(&path).expect("html");
    let r = &imported.report;
    assert_eq!(r.title, "石门镇2023年上半年工作总结");
    let titles: Vec<&str> = r.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["上半年工作成效", "存在的问题", "下半年工作打算"]);
    assert_eq!(r.sections[0].items.len(), 2);
    let text = work_summary::export::text::write(r, &Default::default());
    for gone in ["热门文章", "网站首页", "备案号", "上一篇"] {
        assert!(!text.contains(gone), "{gone} in\n{text}");
    }
    assert!(
        text.contains("新建高标准农田1.2万亩，完成年度任务的120%。"),
        "{text}"
    );
}

#[test]
fn html_from_the_clipboard_is_read_as_a_page() {
    let html = "<meta charset='utf-8'><h1>某所2023年工作总结</h1><p>今年，我所坚持服务大局，各项工作稳步推进。</p><h2>一、主要工作</h2><p>办理案件126件，调解成功率92%。</p><h2>二、存在问题</h2><p>人员不足。</p><h2>三、明年打算</h2><p>加强队伍建设。</p>";
    let imported = import::import_html(html).expect("clipboard html");
    assert_eq!(imported.report.title, "某所2023年工作总结");
    assert_eq!(imported.report.sections.len(), 3, "{:#?}", imported.report);
    assert_eq!(imported.source, "HTML");
}

/// A blog's page (real ones: Jekyll, Hexo, Pelican): the page title carries the blog's name
/// after or before a bar or a dash, the body names "年终总结" again further down, a dateline
/// in English sits under the title and a paragraph opens with an image. The title is the
/// document's, the dateline goes, the paragraph stays whole.
#[test]
fn a_blog_page_keeps_its_title_without_the_blog_name_and_every_paragraph() {
    let para = |s: &str| format!("<p>{s}</p>");
    let body = [
        para("坐在书桌前，回看这一年走过的地方和做过的事情，心里有很多话想说。"),
        "<h2>远行</h2>".to_owned(),
        para("<img src=\"/a/sea.jpg\" alt=\"sea\"> 在飞往伦敦的航班上，我望见了平静的海面，那一刻我决定把这些年的经历写下来。"),
        para("今年去过的地方比过去四年加起来还多，每个长假都在路上，见到了许多没有见过的风景。"),
        "<h2>工作</h2>".to_owned(),
        para("这一年在工作上完成了两个系统的上线，也在去年的年终总结里写下的目标上走了一大步。"),
    ]
    .concat();
    for title in ["年终总结 - 某某的书房", "某某 : 每天都有新生活 | 年终总结"]
    {
        let html = format!(
            "<html><head><meta charset='utf-8'><title>{title}</title></head><body><article><h1>年终总结</h1><p>23 Dec 2023</p>{body}</article></body></html>"
        );
        let imported = import::import_html(&html).expect("page");
        let report = &imported.report;
        assert_eq!(report.title, "年终总结", "{title}: {:?}", imported.removed);
        let all = format!("{report:?}");
        assert!(all.contains("在飞往伦敦的航班上"), "{title}: {all}");
        assert!(!all.contains("23 Dec 2023"), "{title}: {all}");
        assert!(
            !all.contains("书房") && !all.contains("新生活"),
            "{title}: {all}"
        );
    }
}

/// A page whose title line is followed by the site's dateline and category
/// ("2025-12-17 14:42:05年度工作总结"): that line is no title and is removed as the page's.
#[test]
fn a_dateline_under_the_title_is_the_pages() {
    let text = "社区文明创建工作总结\n2025-12-17 14:42:05年度工作总结\n今年以来，社区围绕文明创建开展了一系列工作。\n一、加强宣传\n举办宣传活动12场。\n";
    let imported = import::import_text(text);
    assert_eq!(imported.report.title, "社区文明创建工作总结");
    assert!(
        imported
            .removed
            .iter()
            .any(|r| r.text.starts_with("2025-12-17 14:42:05")),
        "{:?}",
        imported.removed
    );
}

/// LibreOffice converts .odt, .doc and .wps; without it the message says what to install.
#[test]
fn odt_and_doc_go_through_libreoffice_or_say_what_to_install() {
    let dir = tempfile::tempdir().expect("tempdir");
    let body = [
        p("某中心2023年工作总结"),
        p("今年以来，中心各项工作有序推进。"),
        p("一、主要工作"),
        p("完成服务任务1200件。"),
        p("二、存在问题"),
        p("经费紧张。"),
        p("三、下步打算"),
        p("争取专项资金。"),
    ]
    .concat();
    let source = dir.path().join("source.docx");
    std::fs::write(&source, docx(&body, None, None)).expect("docx");
    let missing_soffice = |dir: &Path| {
        // Without LibreOffice: a clear message naming the file and what to install.
        let doc = dir.join("旧文件.doc");
        std::fs::write(&doc, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).expect("doc");
        let err = import::import_file(&doc).expect_err("no LibreOffice");
        let text = err.to_string();
        assert!(
            text.contains("LibreOffice") && text.contains("旧文件.doc"),
            "{text}"
        );
        assert!(
            err.text().en.contains("install LibreOffice"),
            "{}",
            err.text().en
        );
    };
    let Some(soffice) = import::office::soffice() else {
        missing_soffice(dir.path());
        eprintln!("LibreOffice is not installed: only the message was tested");
        return;
    };
    for target in ["odt", "doc"] {
        let profile = format!(
            "-env:UserInstallation=file://{}/profile",
            dir.path().display()
        );
        let status = std::process::Command::new(&soffice)
            .arg(&profile)
            .args(["--headless", "--convert-to", target, "--outdir"])
            .arg(dir.path())
            .arg(&source)
            .output()
            .expect("soffice");
        let file = dir.path().join(format!("source.{target}"));
        assert!(file.is_file(), "{target}: {status:?}");
        let bytes = std::fs::read(&file).expect("read");
        assert_eq!(
            Format::of(None, &bytes),
            Format::Office,
            "{target} by content"
        );
        let imported = import::import_file(&file).unwrap_or_else(|e| panic!("{target}: {e}"));
        let r = &imported.report;
        assert_eq!(r.title, "某中心2023年工作总结", "{target}");
        let titles: Vec<&str> = r.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["主要工作", "存在问题", "下步打算"], "{target}");
        assert!(
            imported.source.contains("LibreOffice"),
            "{}",
            imported.source
        );
    }
    // The same message when LibreOffice is named but not there (one test: the variable is
    // process-wide).
    // SAFETY: no other test of this binary reads the variable or starts soffice.
    unsafe { std::env::set_var("WORK_SUMMARY_SOFFICE", dir.path().join("no-soffice")) };
    missing_soffice(dir.path());
    unsafe { std::env::remove_var("WORK_SUMMARY_SOFFICE") };
}

/// A .docx whose title is only on a cover page built from text boxes (unit, title, 部门,
/// 姓名, date, each in its own box), then a page break and the body: the cover's title line
/// is the title; the cover's other lines open the text, none lost.
#[test]
fn a_docx_cover_page_of_text_boxes_gives_the_title() {
    let tb = |text: &str| {
        format!(
            r#"<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#
        )
    };
    let p = |text: &str| format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>");
    let body = [
        tb("某某科技有限公司"),
        tb("2023年度个人工作总结"),
        tb("部门：技术研发部"),
        tb("姓名：张某"),
        tb("二〇二三年十二月"),
        r#"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#.to_owned(),
        p("一、工作内容"),
        p("负责公司门户网站的改版，完成页面开发42个。"),
        p("二、工作收获"),
        p("熟悉了前端工程化的流程。"),
        p("三、工作计划"),
        p("完成移动端适配。"),
    ]
    .concat();
    let imported = import::import_as(
        &docx(&body, None, None),
        import::Format::Docx,
        Default::default(),
    )
    .expect("imported");
    let r = &imported.report;
    // The unit above the title joins it, as on any title page.
    assert_eq!(r.title, "某某科技有限公司2023年度个人工作总结", "{r:#?}");
    let text = work_summary::export::text::write(r, &Default::default());
    for line in [
        "某某科技有限公司",
        "部门：技术研发部",
        "姓名：张某",
        "二〇二三年十二月",
    ] {
        assert!(
            text.contains(line) || imported.removed.iter().any(|x| x.text == line),
            "{line} lost: {text}"
        );
    }
    assert!(text.contains("完成页面开发42个。"));
    assert_eq!(
        r.section(work_summary::SectionKind::Achievements)
            .map(|s| s.title.as_str()),
        Some("工作内容")
    );
    assert_eq!(
        r.section(work_summary::SectionKind::Plans)
            .map(|s| s.title.as_str()),
        Some("工作计划")
    );
}

fn plain(report: &work_summary::Report) -> String {
    use work_summary::export::text::{LineEnding, TextOptions, write};
    let options = TextOptions {
        line_ending: LineEnding::Lf,
        ..TextOptions::default()
    };
    write(report, &options)
}

/// Shapes of real files found through the library (issue 30, second batch), in our own words:
/// a heading indented with full-width spaces keeps one number (it came out 一、一、); a page
/// that is only text with an .html name keeps its lines; a report's form fields are no title
/// and a one-cell row of a Word table is a row, not a link list.
#[test]
fn indented_headings_tagless_pages_form_fields_and_one_cell_rows() {
    let styles = r#"<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>"#;
    let heading = |text: &str| {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#
        )
    };
    let body = [
        p("2018年度总结"),
        heading("　　一、工作回顾"),
        p("参加了两个项目的开发，按期上线。"),
        heading("　　二、工作目标"),
        p("明年把测试覆盖率提到八成。"),
    ]
    .concat();
    let imported = import::import_bytes(&docx(&body, None, Some(styles))).expect("docx");
    let text = plain(&imported.report);
    assert!(
        !text.contains("一、一、") && !text.contains("一、　"),
        "{text}"
    );
    assert!(
        text.contains("一、工作回顾") && text.contains("二、工作目标"),
        "{text}"
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("工作总结.html");
    std::fs::write(
        &page,
        "下半年工作总结:\n1、完成车联模块的开发\n2、更新打包脚本\n工作中的不足:\n1、上线前自查不够\n",
    )
    .expect("write");
    let imported = import::import_file(&page).expect("tagless page");
    let text = plain(&imported.report);
    assert!(
        text.contains("完成车联模块的开发\n"),
        "one line each: {text}"
    );
    assert!(!text.contains("开发 2、"), "{text}");

    let form = "学 生 实 习 报 告\n课程名称：综合课程设计\n报告日期：2018年9月12日\n| 实习单位评语： |\n| 指导教师（签名）： 年 月 日 |\n个人总结\n这次实习我完成了宠物管理系统的前后端，学会了分工协作。\n";
    let imported = import::import_text(form);
    assert_ne!(imported.report.title, "报告日期：2018年9月12日");
    assert!(
        !imported
            .removed
            .iter()
            .any(|r| r.text.contains("实习单位评语")),
        "{:?}",
        imported.removed
    );
}

/// A summary written into a form (个人总结表): the form's fields stay table rows, the wide cell
/// that holds the author's prose — alone or after its label — comes out as paragraphs, and a
/// row of one cell across the table (a part's heading) as a line.
#[test]
fn a_forms_prose_cell_is_paragraphs() {
    let cell = |t: &str| format!(r#"<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>"#);
    let prose = |paras: &[&str]| {
        let ps: String = paras
            .iter()
            .map(|t| format!(r#"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"#))
            .collect();
        format!("<w:tc>{ps}</w:tc>")
    };
    let first =
        "在这个项目里我知道了团队合作是很重要的一个元素，一个完美的项目离不开团队每个人的付出。";
    let second = "我负责了接口联调和测试用例的编写，按时完成了分到的任务，也学会了用版本库协作。";
    let body = format!(
        r#"<w:p><w:r><w:t>项目成员个人总结表</w:t></w:r></w:p><w:tbl><w:tr>{}</w:tr><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr><w:tr>{}</w:tr><w:tr>{}{}</w:tr></w:tbl>"#,
        cell("第一部分：本周工作总结"),
        cell("项目成员姓名"),
        cell("张某"),
        cell("项目成员角色"),
        cell("组员"),
        prose(&[first, second]),
        cell("心得"),
        prose(&[
            "这次项目让我明白，写代码之前先把需求问清楚，比写完再返工要省下很多的时间和力气。"
        ]),
    );
    let bytes = docx(&body, None, None);
    let paragraphs = import::docx::paragraphs(&bytes).expect("docx");
    assert!(
        paragraphs.contains(&"| 项目成员姓名 | 张某 |".to_owned()),
        "{paragraphs:#?}"
    );
    // A row of one cell across the table is a heading, not a row of data.
    assert!(
        paragraphs.contains(&"第一部分：本周工作总结".to_owned()),
        "{paragraphs:#?}"
    );
    assert!(paragraphs.contains(&first.to_owned()), "{paragraphs:#?}");
    assert!(paragraphs.contains(&second.to_owned()), "{paragraphs:#?}");
    assert!(paragraphs.contains(&"心得".to_owned()), "{paragraphs:#?}");
    assert!(
        !paragraphs
            .iter()
            .any(|p| p.starts_with('|') && p.contains("团队合作"))
    );
}

/// A summary written as a page of its own, not an article on a site: sibling blocks (the
/// week's list, a paragraph with a config line, next week's list), cards whose heading sits
/// beside an icon, sections under a navigation bar of in-page links. Readability's one block
/// would keep a part of it; every author line comes in, the navigation does not, and a
/// backslash-escaped mark comes out as the author wrote it.
#[test]
fn a_page_of_its_own_keeps_every_author_line() {
    let import_page = |html: &str| {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("周报.html");
        std::fs::write(&path, html).expect("write");
        import::import_file(&path).expect("page")
    };
    let blocks = r#"<html><body>
<div><h1>实习周报</h1><p>本周工作：</p><ol><li>读完了接口文档</li><li>搭好了测试环境</li></ol></div>
<div><p>遇到的问题：存储过程创建失败。</p><p>解决办法：在配置文件里加上 allow_stored_routines_everywhere=1 之后重启。</p></div>
<div><h2>下周安排：</h2><ol><li>补齐单元测试</li></ol></div>
</body></html>"#;
    let imported = import_page(blocks);
    let text = plain(&imported.report);
    for line in [
        "实习周报",
        "读完了接口文档",
        "搭好了测试环境",
        "存储过程创建失败",
        "allow_stored_routines_everywhere=1",
        "补齐单元测试",
    ] {
        assert!(text.contains(line), "{line}:\n{text}");
    }
    let plans = imported
        .report
        .sections
        .iter()
        .find(|s| s.kind == SectionKind::Plans)
        .expect("plans");
    assert_eq!(plans.items[0].heading, "补齐单元测试");

    let cards = r##"<html><body><header><h1>三季度述职报告</h1><nav><a href="#d">工作成果</a><a href="#p">问题与不足</a><a href="#n">下季度计划</a></nav></header>
<section id="d"><h2>工作成果</h2><div class="card"><div class="icon"><i class="fa fa-cogs"></i></div><div><h3>按期交付需求</h3><p>全部需求按流程评审并按期上线。</p></div></div></section>
<section id="p"><h2>问题与不足</h2><div class="box"><div class="flex"><i class="fa fa-bulb"></i><h3>排查效率有待提高</h3></div><p>遇到复杂故障时定位偏慢。</p></div></section>
<section id="n"><h2>下季度计划</h2><div><h3>推进组件重构</h3><p>把公共组件迁到新框架。</p></div></section>
</body></html>"##;
    let report = import_page(cards).report;
    assert_eq!(report.title, "三季度述职报告");
    let parts: Vec<(SectionKind, &str)> = report
        .sections
        .iter()
        .map(|s| (s.kind, s.title.as_str()))
        .collect();
    assert_eq!(
        parts,
        [
            (SectionKind::Achievements, "工作成果"),
            (SectionKind::Problems, "问题与不足"),
            (SectionKind::Plans, "下季度计划"),
        ],
        "{report:?}"
    );
    assert_eq!(report.sections[1].items[0].heading, "排查效率有待提高");
    let text = plain(&report);
    assert!(!text.contains("工作成果问题与不足"), "{text}");
}

/// A text without a title of its own (a weekly log, a .docx whose title was a cover page's
/// text box) takes its file's name when that names a summary, and the import says so; a
/// title in the text wins, and a new document's default name is never a title.
#[test]
fn a_text_without_a_title_takes_its_file_name_when_that_names_a_summary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let body =
        "一、主要工作\n1、完成了接口的联调。\n2、修复了三个缺陷。\n二、下周计划\n1、上线新版本。\n";
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        path
    };

    let imported = import::import_file(&write("年度总结 - 副本 (2).txt", body)).expect("import");
    assert_eq!(imported.report.title, "年度总结");
    assert!(
        imported
            .notes
            .iter()
            .any(|n| n.zh.contains("标题取自文件名“年度总结”")),
        "{:?}",
        imported.notes
    );
    // The author's text is all there, the parts as written.
    assert_eq!(imported.report.sections.len(), 2);
    assert_eq!(imported.report.sections[0].items.len(), 2);

    // A title in the text is the title.
    let titled = format!("2025年个人工作总结\n{body}");
    let imported = import::import_file(&write("周报.txt", &titled)).expect("import");
    assert_eq!(imported.report.title, "2025年个人工作总结");
    assert!(imported.notes.is_empty(), "{:?}", imported.notes);

    // Names that are not a summary's title stay out.
    for name in [
        "新建文本文档.txt",
        "新建 工作总结.txt",
        "notes.txt",
        "第一周.txt",
    ] {
        let imported = import::import_file(&write(name, body)).expect("import");
        assert_eq!(imported.report.title, "", "{name}");
        assert!(imported.notes.is_empty(), "{name}: {:?}", imported.notes);
    }
    assert_eq!(
        import::title_of_file_name(Path::new("/a/工作周报（1）.docx")).as_deref(),
        Some("工作周报")
    );
    assert_eq!(
        import::title_of_file_name(Path::new("03_周报.txt")).as_deref(),
        Some("周报")
    );
    assert_eq!(
        import::title_of_file_name(Path::new("2024年度总结.docx")).as_deref(),
        Some("2024年度总结")
    );

    // Kept through the import report's one-click changes, which read the text again.
    let imported = import::import_file(&write("述职报告.txt", body)).expect("import");
    let again = imported.keeping(0);
    assert_eq!(again.report.title, "述职报告");
}

/// A weekly report whose parts are labels ending in a colon: "本周工作：" and "下周安排："
/// over their lists, and between them "本周遇到的技术困难及解决方案:" over prose. The label
/// over prose is a part of its own (problems), not lines of the list's last item.
#[test]
fn a_label_over_prose_between_labels_over_lists_is_a_part() {
    let text = "个人周报\n本周工作：\n1. 学习网页的基本语法。\n2. 继续学习数据库。\n本周遇到的技术困难及解决方案:\n创建存储过程出错：\n提示缺少声明。\n解决方法：修改配置文件。\n下周安排：\n1. 学习样式表。\n2. 完成俱乐部的任务。\n";
    let report = import::import_text(text).report;
    let parts: Vec<(SectionKind, &str)> = report
        .sections
        .iter()
        .map(|s| (s.kind, s.title.as_str()))
        .collect();
    assert_eq!(
        parts,
        [
            (SectionKind::Achievements, "本周工作"),
            (SectionKind::Problems, "本周遇到的技术困难及解决方案"),
            (SectionKind::Plans, "下周安排"),
        ]
    );
    assert_eq!(report.sections[0].items.len(), 2);
    assert!(report.sections[0].items[1].body.is_empty());
    assert_eq!(
        report.sections[1].lead.lines().collect::<Vec<_>>(),
        [
            "创建存储过程出错：",
            "提示缺少声明。",
            "解决方法：修改配置文件。"
        ]
    );
}

/// A page that set one part's label as a bold paragraph and the others as headings
/// (`<p><strong>本周工作：</strong><br><ol>…` then `<h2>下周安排：</h2>`): the bold labels are
/// parts at the headings' level, in their places, and their lists their items.
#[test]
fn bold_labels_beside_part_headings_are_parts() {
    let html = "<html><head><title>周报</title></head><body><h1>个人周报</h1>\
        <div><p><strong>本周工作：</strong><br/><ol><li>整理了客户回访记录</li><li>完成了两次现场培训</li></ol></p></div>\
        <div><span><strong>本周遇到的困难及解决办法:</strong></span>\
        <p>打印机驱动装不上：换用了厂家的通用驱动，问题解决。</p></div>\
        <div><h2>下周安排：</h2><ol><li>准备季度汇报材料</li><li>走访三家重点客户</li></ol></div>\
        <div><h2>心得体会：</h2><p>多听客户的意见，少走弯路。</p></div>\
        </body></html>";
    let imported = import::import_html(html).expect("html");
    let report = &imported.report;
    assert_eq!(report.title, "个人周报");
    let parts: Vec<(SectionKind, &str)> = report
        .sections
        .iter()
        .map(|s| (s.kind, s.title.trim_end_matches(['：', ':'])))
        .collect();
    assert_eq!(
        parts,
        [
            (SectionKind::Achievements, "本周工作"),
            (SectionKind::Problems, "本周遇到的困难及解决办法"),
            (SectionKind::Plans, "下周安排"),
            (SectionKind::Other, "心得体会"),
        ],
        "{report:#?}"
    );
    assert_eq!(report.sections[0].items.len(), 2);
    assert!(report.sections[1].lead.contains("换用了厂家的通用驱动"));
    assert_eq!(report.sections[2].items.len(), 2);

    // The same in Markdown; a bold line that names no part stays a line.
    let md = "# 个人周报\n\n**本周工作：**\n\n1. 整理了客户回访记录\n2. 完成了两次现场培训\n\n**注意：**\n\n回访记录已归档。\n\n## 下周安排\n\n1. 准备季度汇报材料\n\n## 心得体会\n\n多听客户的意见。\n";
    let report = import::import_text(md).report;
    let titles: Vec<&str> = report.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        ["本周工作：", "下周安排", "心得体会"],
        "{report:#?}"
    );
    assert_eq!(report.sections[0].items.len(), 2, "{report:#?}");
    let first = work_summary::export::text::write(&report, &Default::default());
    assert!(
        first.contains("注意：") && first.contains("回访记录已归档。"),
        "{first}"
    );
}

/// A Markdown note with the table of contents its editor generated (<!-- TOC --> …
/// <!-- /TOC -->, a list of in-page links) and top headings the author numbered 1. 2. 3.:
/// the contents go (listed in the report), the first numbered heading is the first part, not
/// a title, and the parts keep their order and roles.
#[test]
fn an_editors_table_of_contents_goes_and_numbered_top_headings_are_parts() {
    let text = "\n<!-- TOC -->\n\n- [1. 主要工作](#1-主要工作)\n    - [1.1. 平台建设](#11-平台建设)\n- [2. 半年的总结](#2-半年的总结)\n- [3. 下半年展望](#3-下半年展望)\n\n<!-- /TOC -->\n\n# 1. 主要工作\n\n## 1.1. 平台建设\n\n搭建了测试环境，全年未出现停机。\n\n# 2. 半年的总结\n\n1. 负责的事情较多，精力分散。\n2. 新人培养还不够。\n\n# 3. 下半年展望\n\n1. 完成平台上线\n2. 招聘两名开发\n";
    let imported = import::import_text(text);
    let report = &imported.report;
    let parts: Vec<&str> = report.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        parts,
        ["主要工作", "半年的总结", "下半年展望"],
        "{report:#?}"
    );
    assert_eq!(report.sections[2].kind, SectionKind::Plans);
    assert_eq!(report.sections[2].items.len(), 2);
    assert!(
        !report.title.contains("TOC") && !report.title.contains("主要工作"),
        "{}",
        report.title
    );
    let removed: Vec<&str> = imported.removed.iter().map(|r| r.text.as_str()).collect();
    assert!(removed.contains(&"<!-- TOC -->"), "{removed:?}");
    assert!(
        removed.iter().any(|r| r.contains("](#2-半年的总结)")),
        "{removed:?}"
    );
    let all = format!("{report:?}");
    assert!(!all.contains("](#"), "{all}");
    assert!(all.contains("搭建了测试环境，全年未出现停机。"), "{all}");
}

/// A Markdown file whose single top heading reads like a part's label ("## 年度总结：" over
/// "### 2017：" "### 2018："): the heading is the title as written, not a line of the lead,
/// and no title is made from the file's name.
#[test]
fn a_top_heading_that_reads_as_a_label_is_still_the_title() {
    let text = "## 年度总结：\n\n### 2017：\n\n- 完成了三个宣传片的剪辑。\n- 学会了常用的调色方法。\n\n### 2018：\n\n- 独立负责了两场活动的视频。\n";
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("年度总结.md");
    std::fs::write(&path, text).expect("write");
    let imported = import::import_file(&path).expect("import");
    let report = &imported.report;
    assert_eq!(report.title, "年度总结：");
    assert!(report.intro.is_empty(), "{:?}", report.intro);
    let parts: Vec<&str> = report.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(parts, ["2017：", "2018："]);
    assert!(
        !imported
            .notes
            .iter()
            .any(|n| format!("{n:?}").contains("文件名")),
        "{:?}",
        imported.notes
    );
}
