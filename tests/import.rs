//! Import: the seed and other shapes of summary become the right panes, nothing real is lost.

use proptest::prelude::*;
use std::path::{Path, PathBuf};
use work_summary::export::text::{TextOptions, write};
use work_summary::export::{ExportOptions, docx};
use work_summary::import::{self, Imported};
use work_summary::{ItemStyle, Report, SectionKind};

fn seed_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/000_d3fd888ec9178503.txt")
}

fn input(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/import_inputs")
        .join(name)
}

fn import(path: &Path) -> Imported {
    import::import_file(path).unwrap_or_else(|e| panic!("{e}"))
}

fn headings(items: &[work_summary::Item]) -> Vec<&str> {
    items.iter().map(|i| i.heading.as_str()).collect()
}

fn section(r: &Report, kind: SectionKind) -> &work_summary::Section {
    r.section(kind)
        .unwrap_or_else(|| panic!("{kind:?} section"))
}

#[test]
fn the_seed_imports_to_exactly_its_structure() {
    let seed = std::fs::read_to_string(seed_path()).expect("seed");
    let lines: Vec<&str> = seed.lines().collect();
    let imported = import(&seed_path());
    let r = &imported.report;

    assert_eq!(r.title, "某局2022年上半年精神文明建设工作总结");
    assert_eq!(r.intro, lines[3]);
    assert_eq!(r.sections.len(), 3, "no extra section");

    let a = section(r, SectionKind::Achievements);
    assert_eq!(a.title, "上半年工作成效");
    assert_eq!(a.style, ItemStyle::Headed);
    assert!(a.lead.is_empty());
    assert_eq!(
        headings(&a.items),
        ["注重文化阵地建设", "注重创新活动载体", "注重文化环境净化"]
    );
    assert_eq!(a.items[0].body, format!("{}\n{}", lines[6], lines[7]));
    assert_eq!(a.items[1].body, format!("{}\n{}", lines[9], lines[10]));
    assert_eq!(a.items[2].body, lines[12]);
    assert!(a.items.iter().all(|i| i.children.is_empty()));

    let p = section(r, SectionKind::Problems);
    assert_eq!(p.title, "存在的问题");
    assert_eq!(p.lead, format!("{}\n{}", lines[14], lines[15]));
    assert!(p.items.is_empty());

    let n = section(r, SectionKind::Plans);
    assert_eq!(n.title, "下步计划");
    assert_eq!(n.style, ItemStyle::Inline);
    assert_eq!(n.lead, "下一步,我们将着力做好以下几个方面工作:");
    assert_eq!(
        headings(&n.items),
        [
            "健全全县特别是农村公共文化服务设施网络。",
            "丰富农村公共文化产品和服务供给。",
            "履行好为公共文化服务体系建设提供保障职责。"
        ]
    );
    assert!(n.items[0].body.starts_with("推进乡镇(街道)"));
    assert_eq!(
        n.items[1].body,
        format!(
            "依法提供公共文化服务产品,开展送戏、送图书、送电影、送展览、送培训下乡等惠民活动;\n{}\n{}",
            lines[20], lines[21]
        )
    );
    assert!(r.closing.is_empty());
    assert_eq!(r.signature.unit, "");

    // The junk: the page title, the editor's note, the recommendations and 22 links.
    assert_eq!(imported.removed.len(), 26, "{:#?}", imported.removed);
    assert!(
        imported.removed.contains(&lines[0].to_owned()),
        "the page title"
    );
    assert!(imported.removed.iter().any(|l| l.starts_with("下面是小编")));
    assert_eq!(
        imported
            .removed
            .iter()
            .filter(|l| l.starts_with("- [工作计划]"))
            .count(),
        22
    );
    // …and no real line is among it.
    for real in &lines[2..23] {
        assert!(!imported.removed.contains(&real.to_string()), "{real}");
    }
}

#[test]
fn the_seed_exports_back_every_body_line() {
    let seed = std::fs::read_to_string(seed_path()).expect("seed");
    // Lines 3–23 are the document; its markers come back in their official forms.
    let expected: Vec<String> = seed.lines().collect::<Vec<_>>()[2..23]
        .iter()
        .map(|l| {
            l.replace("(一) ", "（一）")
                .replace("(二) ", "（二）")
                .replace("(三)", "（三）")
        })
        .collect();
    let text = write(
        &import(&seed_path()).report,
        &TextOptions {
            indent: false,
            ..TextOptions::default()
        },
    );
    let got: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    for (i, (g, e)) in got.iter().zip(&expected).enumerate() {
        assert_eq!(g, e, "line {}", i + 3);
    }
    assert_eq!(got.len(), expected.len());
}

#[test]
fn an_annual_summary_with_four_levels_lead_closing_and_signature() {
    for name in ["annual.txt", "annual-gbk.txt"] {
        let imported = import(&input(name));
        assert_eq!(
            imported.source,
            if name.contains("gbk") { "GBK" } else { "UTF-8" }
        );
        let r = &imported.report;
        assert_eq!(r.title, "县教育局2023年度工作总结");
        assert!(r.intro.ends_with("现将全年工作总结如下："));
        let a = section(r, SectionKind::Achievements);
        assert_eq!(a.title, "主要工作及成效");
        assert_eq!(
            headings(&a.items),
            ["基础教育质量稳步提升", "职业教育特色发展"]
        );
        let levels = &a.items[0].children;
        assert_eq!(
            headings(levels),
            ["学前教育普及普惠。", "义务教育均衡发展。"]
        );
        assert_eq!(levels[0].body, "新建幼儿园3所，新增学位900个。");
        assert_eq!(
            headings(&levels[1].children),
            ["改善办学条件。", "加强教师队伍。"]
        );
        assert_eq!(levels[1].children[1].body, "招聘教师86名。");
        assert_eq!(a.items[1].body, "全年培训技能人才1200人次。");

        let p = section(r, SectionKind::Problems);
        assert_eq!(p.title, "存在的问题和不足");
        assert_eq!(p.style, ItemStyle::Inline);
        assert_eq!(
            headings(&p.items),
            ["城区学位仍然紧张；", "农村教师结构性缺编。"]
        );

        let n = section(r, SectionKind::Plans);
        assert_eq!(n.title, "2024年工作打算");
        assert_eq!(headings(&n.items), ["推进学前教育扩容", "深化课堂教学改革"]);
        assert!(
            n.items[1].body.is_empty(),
            "the closing is not the last item's body"
        );
        assert_eq!(
            r.closing,
            "总之，我们将以更高标准推动全县教育事业高质量发展。"
        );
        assert_eq!(r.signature.unit, "县教育局");
        assert_eq!(r.signature.date, "2024年1月10日");
        assert!(imported.removed.is_empty());
    }
}

#[test]
fn a_quarterly_summary_with_ascii_parens_and_an_inline_run_in_one_line() {
    let r = import(&input("quarterly.txt")).report;
    assert_eq!(r.title, "××街道2024年第一季度工作总结");
    assert_eq!(section(&r, SectionKind::Achievements).title, "工作开展情况");
    assert_eq!(
        headings(&section(&r, SectionKind::Achievements).items),
        ["经济发展", "民生保障"]
    );
    assert_eq!(section(&r, SectionKind::Problems).title, "困难和问题");
    let plans = section(&r, SectionKind::Plans);
    assert_eq!(plans.title, "下一季度工作安排");
    assert_eq!(
        headings(&plans.items),
        [
            "抓项目建设，确保重点项目按期开工。",
            "抓安全生产，守住安全底线。"
        ]
    );
}

#[test]
fn a_personal_summary_with_subtitle_and_sections_that_fit_no_kind() {
    let r = import(&input("personal.txt")).report;
    assert_eq!(r.title, "个人工作总结 ——2023年度述职");
    let titles: Vec<(&str, SectionKind)> = r
        .sections
        .iter()
        .map(|s| (s.title.as_str(), s.kind))
        .collect();
    assert_eq!(
        titles,
        [
            ("政治学习", SectionKind::Other),
            ("业务工作", SectionKind::Other),
            ("党风廉政", SectionKind::Other),
            ("", SectionKind::Achievements),
            ("不足之处", SectionKind::Problems),
            ("今后努力方向", SectionKind::Plans),
        ],
        "kept in order; the missing achievements pane is blank and not printed"
    );
    assert_eq!(headings(&r.sections[1].items), ["公文处理。", "会务保障。"]);
    let text = write(&r, &TextOptions::default());
    assert!(
        text.contains("　　四、不足之处\n") && text.contains("　　五、今后努力方向\n"),
        "{text}"
    );
}

#[test]
fn a_government_page_loses_its_furniture_and_its_repeated_title() {
    let imported = import(&input("govsite.txt"));
    let r = &imported.report;
    assert_eq!(r.title, "县农业农村局2023年上半年工作总结和下半年工作计划");
    assert_eq!(
        r.intro,
        "上半年，我局紧紧围绕乡村振兴战略，统筹推进各项工作。"
    );
    assert_eq!(
        section(r, SectionKind::Achievements).title,
        "上半年工作完成情况"
    );
    assert_eq!(section(r, SectionKind::Plans).title, "下半年工作计划");
    let mut removed = imported.removed.clone();
    removed.sort();
    let mut expected = [
        "首页 > 政务公开 > 计划总结",
        "发布时间：2023-07-10 来源：县农业农村局 字号【大 中 小】",
        "县农业农村局2023年上半年工作总结和下半年工作计划",
        "【打印本页】【关闭窗口】",
        "上一篇：县农业农村局2023年一季度工作总结",
        "下一篇：县农业农村局2022年工作总结",
    ]
    .map(str::to_owned);
    expected.sort();
    assert_eq!(removed, expected);
    assert_eq!(imported.removed.len(), 6);
}

#[test]
fn a_special_summary_keeps_a_second_achievements_and_an_other_section() {
    let r = import(&input("special.txt")).report;
    let kinds: Vec<SectionKind> = r.sections.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            SectionKind::Achievements,
            SectionKind::Other,
            SectionKind::Problems,
            SectionKind::Plans,
            SectionKind::Other
        ]
    );
    assert_eq!(r.sections[1].title, "工作成效");
    assert_eq!(r.sections[4].lead, "专项整治经费使用情况另行报送。");
    assert_eq!(
        r.sections[0].items[1].body,
        "全县共排查企业326家，发现隐患512处，已整改498处。"
    );
}

#[test]
fn a_docx_made_by_the_export_imports_back_to_the_same_panes() {
    let original = import(&input("annual.txt")).report;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("年度总结.docx");
    std::fs::write(
        &path,
        docx::write(&original, &ExportOptions::default()).expect("docx"),
    )
    .expect("write");
    let imported = import(&path);
    assert_eq!(imported.source, "DOCX");
    assert_eq!(imported.report, original);
}

#[test]
fn every_non_junk_line_ends_up_in_the_draft() {
    for name in [
        "annual.txt",
        "quarterly.txt",
        "personal.txt",
        "govsite.txt",
        "special.txt",
    ] {
        let text = std::fs::read_to_string(input(name)).expect("input");
        let imported = import(&input(name));
        let exported =
            write(&imported.report, &TextOptions::default()).replace(['\n', '　', ' '], "");
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if imported.removed.iter().any(|r| r == line) {
                continue;
            }
            // Markers are normalised; the words after them are all there.
            let words: String = line
                .chars()
                .skip_while(|c| "（(一二三四五六七八九十0123456789)）.、是".contains(*c))
                .filter(|c| *c != ' ')
                .collect();
            assert!(exported.contains(&words), "{name}: {line:?} lost");
        }
    }
}

#[test]
fn undecodable_and_broken_files_are_clear_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let binary = dir.path().join("图片.txt");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 0xff]).expect("write");
    let err = import::import_file(&binary)
        .expect_err("binary")
        .to_string();
    assert!(err.contains("图片.txt") && err.contains("二进制"), "{err}");
    let fake = dir.path().join("坏.docx");
    std::fs::write(&fake, b"PK\x03\x04 not really a zip").expect("write");
    let err = import::import_file(&fake)
        .expect_err("bad docx")
        .to_string();
    assert!(err.contains("坏.docx") && err.contains("DOCX"), "{err}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = import::import_bytes(&bytes);
    }

    #[test]
    fn arbitrary_text_never_panics_and_keeps_every_line(
        lines in prop::collection::vec("[一二三是（）()、.．1-9第部分总结问题计划成效。；：年月日 a-z]{0,30}", 0..30)
    ) {
        let text = lines.join("\n");
        let imported = import::import_text(&text);
        let exported = write(&imported.report, &TextOptions { indent: false, ..TextOptions::default() });
        let _ = exported;
    }
}
