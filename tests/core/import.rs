//! Import: the seed and other shapes of summary become the right panes, nothing real is lost.

use crate::seed;

use proptest::prelude::*;
use std::path::{Path, PathBuf};
use work_summary::export::text::{LineEnding, TextOptions, write};
use work_summary::export::{ExportOptions, docx};
use work_summary::import::{self, Imported};
use work_summary::{ItemStyle, Report, SectionKind};

/// Text export with LF line ends, as the expectations here are written (the default is the
/// system's: CRLF on Windows).
fn lf_text() -> TextOptions {
    TextOptions {
        line_ending: LineEnding::Lf,
        ..TextOptions::default()
    }
}

fn input(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/import_inputs")
        .join(name)
}

fn import(path: &Path) -> Imported {
    import::import_file(path).unwrap_or_else(|e| panic!("{e}"))
}

/// The words of the removed lines.
fn rm(imported: &Imported) -> Vec<String> {
    imported.removed.iter().map(|r| r.text.clone()).collect()
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
    let Some(seed_file) = seed::shared_seed() else {
        return;
    };
    let seed = std::fs::read_to_string(seed_file.clone()).expect("seed");
    let lines: Vec<&str> = seed.lines().collect();
    let imported = import(&seed_file.clone());
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
    assert_eq!(rm(&imported).len(), 26, "{:#?}", rm(&imported));
    assert!(
        rm(&imported).contains(&lines[0].to_owned()),
        "the page title"
    );
    assert!(rm(&imported).iter().any(|l| l.starts_with("下面是小编")));
    assert_eq!(
        imported
            .removed
            .iter()
            .filter(|l| l.text.starts_with("- [工作计划]"))
            .count(),
        22
    );
    // …and no real line is among it.
    for real in &lines[2..23] {
        assert!(!rm(&imported).contains(&real.to_string()), "{real}");
    }
}

#[test]
fn the_seed_exports_back_every_body_line() {
    let Some(seed_file) = seed::shared_seed() else {
        return;
    };
    let seed = std::fs::read_to_string(seed_file.clone()).expect("seed");
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
        &import(&seed_file.clone()).report,
        &TextOptions {
            indent: false,
            ..lf_text()
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
        assert!(rm(&imported).is_empty());
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
            ("不足之处", SectionKind::Problems),
            ("今后努力方向", SectionKind::Plans),
        ],
        "kept in order; no empty achievements part is added"
    );
    assert_eq!(headings(&r.sections[1].items), ["公文处理。", "会务保障。"]);
    let text = write(&r, &lf_text());
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
    let mut removed = rm(&imported);
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
    assert_eq!(rm(&imported).len(), 6);
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
        let exported = write(&imported.report, &lf_text()).replace(['\n', '　', ' '], "");
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if rm(&imported).iter().any(|r| r == line) {
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
    // A .docx saved with a password: an OLE container with an EncryptedPackage stream.
    let locked = dir.path().join("加密.docx");
    let mut bytes = vec![0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    bytes.resize(1024, 0);
    bytes.extend(
        "EncryptedPackage"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    bytes.resize(4096, 0);
    std::fs::write(&locked, &bytes).expect("write");
    let err = import::import_file(&locked)
        .expect_err("encrypted")
        .to_string();
    assert!(err.contains("加密.docx") && err.contains("密码"), "{err}");
    // A .docx wrapped by a document-security (DLP) client: a header of its own, no ZIP.
    let wrapped = dir.path().join("外发.docx");
    let mut bytes = b"%DLP-Header-0001%".to_vec();
    bytes.resize(2048, 0x5a);
    std::fs::write(&wrapped, &bytes).expect("write");
    let err = import::import_file(&wrapped)
        .expect_err("wrapped")
        .to_string();
    assert!(
        err.contains("外发.docx") && err.contains("加密软件"),
        "{err}"
    );
    // A page of over 64 MB: refused by its size before it is read.
    let huge = dir.path().join("大网页.html");
    let file = std::fs::File::create(&huge).expect("create");
    file.set_len(100 * 1024 * 1024).expect("sparse");
    let err = import::import_file(&huge).expect_err("too big").to_string();
    assert!(err.contains("大网页.html") && err.contains("太大"), "{err}");
    // A text that is no summary at all (a spreadsheet's CSV) still imports without panicking,
    // every line kept.
    let csv = dir.path().join("表格.txt");
    std::fs::write(
        &csv,
        "姓名,部门,电话\n张三,办公室,12345\n李四,财务科,23456\n",
    )
    .expect("write");
    let imported = import::import_file(&csv).expect("imported");
    let out = write(&imported.report, &lf_text());
    assert!(
        out.contains("张三,办公室,12345") && out.contains("李四,财务科,23456"),
        "{out}"
    );
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
        let exported = write(&imported.report, &TextOptions { indent: false, ..lf_text() });
        // Every removed line came from the input…
        for removed in &rm(&imported) {
            prop_assert!(text.contains(removed.as_str()), "{removed:?} not in the input");
        }
        // …and nothing else is lost: the characters that are never numbering (markers
        // become structure and come back in their official forms) are all in the export,
        // at least as often as in the lines that were kept.
        let kept: String = text
            .lines()
            .filter(|l| !rm(&imported).iter().any(|r| r == l.trim()))
            .collect();
        // A section title with nothing under it is not printed (校对 points at it instead).
        let unprinted: String = imported
            .report
            .sections
            .iter()
            .filter(|s| !s.prints())
            .map(|s| s.title.as_str())
            .collect();
        for c in "总结问题计划成效年月日abcdefghijklmnopqrstuvwxyz".chars() {
            let before = kept
                .chars()
                .filter(|x| *x == c)
                .count()
                .saturating_sub(unprinted.chars().filter(|x| *x == c).count());
            let after = exported.chars().filter(|x| *x == c).count();
            prop_assert!(after >= before, "{c:?}: {before} in, {after} out\n{text}\n---\n{exported}");
        }
    }

    #[test]
    fn run_on_and_junk_shaped_text_never_panics(
        parts in prop::collection::vec("[一二三四是（）()、.．:：1-9附件总之第页篇|>【】-总结报告问题计划。；，年月日 a-z]{0,40}", 0..40)
    ) {
        // One line without breaks, long enough to be cut at its markers.
        let text = parts.concat();
        let imported = import::import_text(&text);
        let _ = write(&imported.report, &lf_text());
        let kept = import::import_text_with(&text, import::ImportOptions {
                keep_junk: true,
                ..Default::default()
            });
        prop_assert!(kept.removed.is_empty());
    }
}

/// An input in the shape of a real page, and what its import must give.
struct Case {
    file: &'static str,
    title: &'static str,
    /// The printed sections in order: title and kind.
    sections: &'static [(&'static str, SectionKind)],
    /// Phrases that must be in the exported text, as one line each.
    kept: &'static [&'static str],
    /// Exactly what is removed, in order.
    removed: &'static [&'static str],
    attachments: &'static [&'static str],
    signature: (&'static str, &'static str),
}

use SectionKind::{Achievements as A, Other as O, Plans as N, Problems as P};

const CASES: &[Case] = &[
    Case {
        file: "township-site.txt",
        title: "柳河镇2017年工作总结及2018年工作思路",
        sections: &[
            ("2017年工作开展情况", A),
            ("存在的不足", P),
            ("2018年工作思路", N),
        ],
        kept: &[
            "　　1.粮食生产再获丰收。全镇粮食播种面积4.2万亩，总产1.9万吨。",
            "　　二是干部队伍年龄偏大，年轻干部储备不足。",
        ],
        removed: &[
            "欢迎来到青禾范文网！本站为您提供各类工作总结、计划范文",
            "首页 > 工作总结 > 乡镇工作总结",
            "2017年乡镇工作总结范文（精选6篇）",
            "时间：2018-01-12 作者：佚名 栏目：乡镇工作总结 浏览：1532次",
            "相关推荐：乡镇2017年工作总结 | 村委会年终工作总结 | 乡镇党委书记述职报告",
            "版权所有 © 青禾范文网 备案号：X-ICP备00000000号",
        ],
        attachments: &[],
        signature: ("柳河镇人民政府", "2018年1月8日"),
    },
    Case {
        file: "street-after-related.txt",
        title: "东湖街道办事处2017年工作总结",
        sections: &[
            ("主要工作及成效", A),
            ("存在的问题", P),
            ("2018年工作打算", N),
        ],
        kept: &[
            "　　全街道划分网格42个，配备专职网格员46名，全年受理群众诉求1863件，办结率98.6%。",
        ],
        removed: &[
            "相关文章：",
            "- [街道工作总结] 社区网格员年度工作总结",
            "- [街道工作总结] 街道妇联2017年工作总结",
            "- [街道工作总结] 街道安监办年终总结",
            "标签：街道工作总结 年终总结 社区治理",
        ],
        attachments: &[],
        signature: ("", ""),
    },
    Case {
        file: "bureau-no-breaks.txt",
        title: "长林县统计局2017年工作总结",
        sections: &[("主要工作", A), ("存在的问题", P), ("2018年工作打算", N)],
        kept: &[
            "　　（一）统计调查任务圆满完成。全年完成常规统计报表1260份，数据质量抽查合格率99.2%。",
            "　　（二）统计服务水平不断提升。",
            "　　2.开展专题分析。撰写统计分析报告26篇，被县领导批示7篇。",
            "　　基层统计力量薄弱，部分乡镇统计员身兼数职，业务水平有待提高。",
            "　　三是加强统计法治宣传。",
            "　　总之，我局将继续坚持依法统计，为全县高质量发展提供优质统计服务。",
        ],
        removed: &[],
        attachments: &[],
        signature: ("长林县统计局", "2018年1月5日"),
    },
    Case {
        file: "school-attachments.txt",
        title: "红星路小学2018年度工作总结",
        sections: &[
            ("主要工作及成效", A),
            ("存在的问题", P),
            ("2019年工作计划", N),
        ],
        kept: &[
            "\n\n　　附件：1．2018年度教师获奖情况统计表\n　　　　　2．2018年度学生竞赛获奖名单\n　　　　　3．2018年度校园安全工作台账\n\n红星路小学\n",
        ],
        removed: &[],
        attachments: &[
            "2018年度教师获奖情况统计表",
            "2018年度学生竞赛获奖名单",
            "2018年度校园安全工作台账",
        ],
        signature: ("红星路小学", "2018年12月28日"),
    },
    Case {
        file: "hospital-wenku.txt",
        title: "平川县人民医院2016年上半年工作总结",
        sections: &[
            ("上半年工作完成情况", A),
            ("存在的问题", P),
            ("下半年工作计划", N),
        ],
        kept: &["　　开展病历质量检查6次，甲级病历率达到95.1%；新开展腹腔镜手术等新技术5项。"],
        // In the order they stood (the title's ".doc" on the first line).
        removed: &[
            "平川县人民医院2016年上半年工作总结.doc",
            "资源ID：5821347 资源大小：38.50KB 全文页数：4页",
            "下载积分：10金币 会员免费下载",
            "1、本文档由用户上传，内容版权归属内容提供方。2、如有侵权请联系客服删除。",
            "第 2 页 共 4 页",
            "预览结束，还剩2页未读，下载后查看全文",
        ],
        attachments: &[],
        signature: ("", ""),
    },
    Case {
        file: "company-spam.txt",
        title: "晟达机械有限公司2018年工作总结",
        sections: &[
            ("主要工作完成情况", A),
            ("存在的问题", P),
            ("2019年工作计划", N),
        ],
        kept: &["　　新申请实用新型专利14项，完成新产品开发6项。"],
        removed: &[
            "加微信领取免费资料，代写各类总结材料，电话13912345678",
            "静心足疗养生馆盛大开业，储值享八折优惠",
        ],
        attachments: &[],
        signature: ("晟达机械有限公司", "2019年1月15日"),
    },
    Case {
        file: "party-branch-toc.txt",
        title: "机关第二党支部2017年工作总结",
        sections: &[("主要做法", A), ("存在的问题", P), ("2018年工作打算", N)],
        kept: &["　　1.落实“三会一课”制度。全年召开支部党员大会6次、支委会12次，讲党课4次。"],
        removed: &[
            "党支部工作总结（共3篇）",
            "目录",
            "篇一：机关第二党支部2017年工作总结……1",
            "篇二：社区党支部2017年工作总结……3",
            "篇三：村党支部书记述职报告……5",
            "篇一：",
        ],
        attachments: &[],
        signature: ("机关第二党支部", "2018年1月10日"),
    },
    Case {
        file: "personal-shuzhi.txt",
        title: "2017年度个人述职报告",
        sections: &[
            ("加强学习，提升履职能力", O),
            ("履职尽责，完成各项任务", O),
            ("廉洁自律情况", O),
            ("存在的不足和今后努力方向", P),
        ],
        kept: &["　　（一）编制年度预算。牵头编制2018年县级部门预算，涉及预算单位86个。"],
        removed: &["2017年度个人述职报告.docx", "本文共2860字 | 986人阅读"],
        attachments: &[],
        signature: ("述职人：李明", "2018年1月12日"),
    },
    Case {
        file: "bureau-gov-portal.txt",
        title: "丰源县水利局2018年工作总结",
        sections: &[
            ("2018年工作完成情况", A),
            ("存在的主要问题", P),
            ("2019年工作安排", N),
        ],
        kept: &["\n\n　　附件：丰源县2018年水利项目完成情况表\n\n丰源县水利局\n2019年1月7日\n"],
        removed: &[
            "您现在的位置：首页 > 信息公开 > 规划计划",
            "丰源县水利局2018年工作总结",
            "信息来源：丰源县水利局 发布日期：2019-01-08 浏览次数：356",
            "【字体：大 中 小】",
            "【打印】【关闭】",
            "主办：丰源县人民政府办公室 承办：丰源县水利局 网站标识码0000000000",
        ],
        attachments: &["丰源县2018年水利项目完成情况表"],
        signature: ("丰源县水利局", "2019年1月7日"),
    },
    Case {
        file: "hospital-guess.txt",
        title: "青山区妇幼保健院2016年上半年工作总结",
        sections: &[("主要工作", A), ("存在的不足", P), ("下半年工作打算", N)],
        kept: &["　　0至6岁儿童健康管理率达到92.4%，新生儿疾病筛查率98.7%。"],
        removed: &[
            "推荐阅读：医院年度工作总结 | 护理部工作总结 | 医院院长述职报告",
            "猜你喜欢",
            "- [医院工作总结] 县中医院2016年工作总结",
            "- [医院工作总结] 乡镇卫生院2016年上半年工作总结",
        ],
        attachments: &[],
        signature: ("青山区妇幼保健院", "2016年7月6日"),
    },
    Case {
        file: "school-unknown-numbering.txt",
        title: "育才中学2017—2018学年第一学期教学工作总结",
        sections: &[("教学常规管理", O), ("教研活动", O), ("存在的问题", P)],
        kept: &[
            "　　①每月抽查学生作业一次；\n　　②抽查结果在教研组长会上通报。\n　　1.听课。校级领导每学期听课不少于30节。\n",
            "　　A.组织青年教师汇报课14节；\n　　B.开展“同课异构”活动3次。\n　　四、质量分析\n",
        ],
        removed: &[],
        attachments: &[],
        signature: ("", ""),
    },
    Case {
        file: "company-attachments-after-signature.txt",
        title: "华联物流股份有限公司2018年安全生产工作总结",
        sections: &[("主要工作", A), ("存在的问题", P), ("2019年工作计划", N)],
        kept: &[
            "　　附件：1．2018年度安全隐患整改台账\n　　　　　2．2018年度安全培训记录汇总表\n\n华联物流股份有限公司\n",
        ],
        removed: &[],
        attachments: &["2018年度安全隐患整改台账", "2018年度安全培训记录汇总表"],
        signature: ("华联物流股份有限公司", "2019年1月20日"),
    },
    Case {
        file: "party-shuzhi-split.txt",
        title: "城关镇南街社区党支部书记2017年度抓基层党建工作述职报告",
        sections: &[
            ("履行职责情况", O),
            ("存在的问题", P),
            ("下一步工作打算", N),
        ],
        kept: &[
            "　　（2018年1月）\n",
            "　　（三）服务居民群众。设立党员志愿服务岗6个，帮助困难居民解决实际问题41件。",
        ],
        removed: &[],
        attachments: &[],
        signature: ("", ""),
    },
    Case {
        file: "street-clean.txt",
        title: "石桥街道2018年上半年工作总结",
        sections: &[
            ("上半年工作成效", A),
            ("存在的问题", P),
            ("下半年工作计划", N),
        ],
        kept: &[
            "　　2.服务企业更加精准。走访辖区企业120家，协调解决问题37个。",
            "　　一是全力抓好项目建设。确保新开工项目5个以上。",
            "　　新的一年，我们将以更加饱满的精神状态，全力完成全年目标任务。\n\n石桥街道办事处\n",
        ],
        removed: &[],
        attachments: &[],
        signature: ("石桥街道办事处", "2018年7月5日"),
    },
    Case {
        file: "bureau-continuation-title.txt",
        title: "双河县市场监督管理局2017年工作总结和2018年工作打算",
        sections: &[
            ("2017年工作成效", A),
            ("存在的问题", P),
            ("2018年工作打算", N),
        ],
        kept: &["　　全年新登记市场主体3680户，同比增长18.7%，“多证合一”改革全面落实。"],
        removed: &["(2)"],
        attachments: &[],
        signature: ("", ""),
    },
    Case {
        file: "township-run-on-junk.txt",
        title: "白沙乡2017年脱贫攻坚工作总结",
        sections: &[
            ("主要做法", A),
            ("存在的困难和问题", P),
            ("2018年工作打算", N),
        ],
        kept: &[
            "　　2017年，白沙乡坚持把脱贫攻坚作为头等大事，全年实现128户463人稳定脱贫。\n",
            "　　（二）落实产业扶持政策。发放产业奖补资金86万元，带动贫困户发展特色种养。\n",
            "　　部分贫困户内生动力不足，产业项目抗风险能力弱。\n",
            "　　二是发展村级集体经济。\n",
        ],
        removed: &[
            "温馨提示：本页内容由网友投稿，仅供学习参考",
            "本文由用户上传，如有侵权请联系删除",
        ],
        attachments: &[],
        signature: ("白沙乡人民政府", "2018年1月16日"),
    },
    // Issue 24, shape 1: body lines with half-width punctuation, counts (简报36期, 12篇),
    // percentages and a year at the start stay; the furniture around them goes.
    Case {
        file: "bureau-halfwidth-body.txt",
        title: "青川县档案局2023年工作总结",
        sections: &[
            ("主要工作成效", A),
            ("存在的问题", P),
            ("2024年工作打算", N),
        ],
        kept: &[
            "印发简报36期,在省级以上刊物发表信息12篇,开展\"国际档案日\"宣传活动3次,发放资料2000余份.",
            "去年全年,我们共办结查档利用申请1860件次,为群众出具证明材料1320份,满意率100%.",
            "2023年,共组织业务培训6次,培训各单位兼职档案员210人次,指导23个单位开展档案规范化管理.",
            "二是推进馆藏档案数字化,力争完成80万页;",
            // A table flattened with | between cells: its rows are the author's.
            "项目 | 2022年 | 2023年",
            "查档利用(件次) | 1520 | 1860",
        ],
        removed: &[
            "当前位置：首页 > 政务公开 > 工作总结",
            "青川县档案局2023年工作总结",
            "发布时间：2024-01-09 10:21 来源：县档案局 浏览次数：318",
            "【打印本页】【关闭窗口】",
            "主办单位：青川县人民政府办公室 网站标识码：0000000000",
        ],
        attachments: &[],
        signature: ("青川县档案局", "2024年1月8日"),
    },
    // Shape 2: no line breaks, the title runs into the text; it ends where 工作思路 ends.
    Case {
        file: "water-runon-title.txt",
        title: "沙河县水务服务中心2021年工作总结及2022年工作思路",
        sections: &[
            ("2021年工作开展情况", A),
            ("存在的问题", P),
            ("2022年工作思路", N),
        ],
        kept: &[
            "　　全年来，全中心在县委、县政府的正确领导下，紧紧围绕供水保障和防汛抗旱两项重点，各项工作有序推进。",
            "　　（二）防汛抗旱有序。汛前排查隐患点42处，全部完成整改；汛期组织防汛演练3次，实现安全度汛。",
            "　　二是加强防汛能力建设，完善预警体系。",
        ],
        removed: &[],
        attachments: &[],
        signature: ("沙河县水务服务中心", "2022年1月6日"),
    },
    // Shape 3: a breadcrumb, the title three times, a brand after a dash on the title line.
    Case {
        file: "title-brand-repeated.txt",
        title: "南湖区商务局2022年工作总结和2023年工作安排",
        sections: &[("2022年工作总结", A), ("2023年工作安排", N)],
        kept: &["　　（二）招商引资成效明显。新签约项目18个，总投资56亿元，到位资金21亿元。"],
        removed: &[
            "当前位置：首页 > 工作总结 > 年终总结",
            "南湖区商务局2022年工作总结和2023年工作安排",
            "南湖区商务局2022年工作总结和2023年工作安排",
            "-鑫盛娱乐官网首页",
            "作者：佚名 来源：本站整理 时间：2023-01-05",
            "上一篇：南湖区商务局2021年工作总结",
            "下一篇：南湖区商务局2023年上半年工作总结",
        ],
        attachments: &[],
        signature: ("", ""),
    },
    // Shape 3: a flattened metadata table with a 标题 cell, a piece number on each side.
    Case {
        file: "title-meta-cell.txt",
        title: "某市机关事务管理局2023年上半年工作总结",
        sections: &[
            ("上半年工作完成情况", A),
            ("存在的困难和问题", P),
            ("下半年工作打算", N),
        ],
        kept: &[
            "　　（一）公务用车管理更加规范。完成车辆平台升级，上半年派车2460车次，节约经费18万元。",
        ],
        removed: &[
            "索引号：000000000/2023-00012 | 主题分类：综合政务 | 发布机构：某市机关事务管理局",
            "标题：某市机关事务管理局2023年上半年工作总结 | 发文日期：2023-07-12 | 文号：无",
            "【第二篇】",
            "1",
            "扫一扫在手机打开当前页",
        ],
        attachments: &[],
        signature: ("", ""),
    },
    // Shape 4: a title over two lines, with a PDF's spaces around the numbers.
    Case {
        file: "center-two-line-pdf-title.txt",
        title: "清溪镇农业综合服务中心2019年工作总结及2020年工作思路",
        sections: &[
            ("2019 年主要工作", A),
            ("存在的问题", P),
            ("2020 年工作思路", N),
        ],
        kept: &[
            "　　（一）农技推广。全年举办农技培训班 14 期，培训农民 1100 人次，推广优良品种 6 个。",
        ],
        removed: &["- 1 -"],
        attachments: &[],
        signature: ("", ""),
    },
    // Shape 6: spam on a line of its own, glued to a real line, and after the signature.
    Case {
        file: "township-spam.txt",
        title: "双桥乡2022年安全生产工作总结",
        sections: &[("主要工作", A), ("存在的问题", P), ("下步打算", N)],
        kept: &["　　（二）隐患排查。全年开展安全检查126次，排查整改隐患214处，整改率100%。"],
        removed: &[
            "澳门金沙娱乐官网平台，注册即送彩金",
            "金沙娱乐官网首页注册送彩金",
            "无抵押贷款平台秒批，低息放款，欢迎咨询",
        ],
        attachments: &[],
        signature: ("双桥乡人民政府", "2023年1月10日"),
    },
    // Shape 7: a traditional-character site: its furniture goes, its text stays as written.
    Case {
        file: "traditional-site.txt",
        title: "龍潭區社會福利中心2021年工作總結",
        sections: &[
            ("主要工作", A),
            ("存在的困難和問題", P),
            ("明年工作打算", N),
        ],
        kept: &["　　（一）院民照護。全年收住長者168人，開展健康評估336人次，未發生重大照護事故。"],
        removed: &[
            "當前位置：首頁 > 工作總結 > 部門總結",
            "發佈日期：2022-01-06　來源：本站　點擊數：452",
            "相關推薦：",
            "龍潭區社會福利中心2020年工作總結",
            "區民政局年度工作總結",
            "責任編輯：陳某",
        ],
        attachments: &[],
        signature: ("", ""),
    },
    // Shape 8: an outline of 1、2、3、 as sections, plans before problems.
    Case {
        file: "section-shapes.txt",
        title: "红旗街道社区服务中心2022年工作总结",
        sections: &[("服务阵地建设", O), ("下步打算", N), ("存在问题", P)],
        kept: &["　　服务人员流动性大，专业能力不足。"],
        removed: &[],
        attachments: &[],
        signature: ("", ""),
    },
];

#[test]
fn pages_in_real_shapes_import_with_their_title_sections_and_junk() {
    for case in CASES {
        let imported = import(&input(case.file));
        let r = &imported.report;
        let name = case.file;
        assert_eq!(r.title, case.title, "{name}");
        let sections: Vec<(&str, SectionKind)> = r
            .sections
            .iter()
            .filter(|s| !s.is_blank())
            .map(|s| (s.title.as_str(), s.kind))
            .collect();
        assert_eq!(sections, case.sections, "{name}");
        assert_eq!(rm(&imported), case.removed, "{name}");
        assert_eq!(r.attachments, case.attachments, "{name}");
        assert_eq!(
            (r.signature.unit.as_str(), r.signature.date.as_str()),
            case.signature,
            "{name}"
        );
        let text = write(r, &lf_text());
        for phrase in case.kept {
            assert!(text.contains(phrase), "{name}: {phrase:?} not in\n{text}");
        }
    }
}

#[test]
fn every_non_junk_line_of_every_input_ends_up_in_the_draft() {
    let mut names: Vec<String> = std::fs::read_dir(input(""))
        .expect("inputs")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt") && !n.contains("gbk"))
        .collect();
    names.sort();
    assert!(names.len() >= 20, "{names:?}");
    for name in &names {
        let text = std::fs::read_to_string(input(name)).expect("input");
        let imported = import(&input(name));
        // Markers come back in their official forms: compare without them and without spaces.
        let squeeze = |s: &str| s.replace(['\n', '　', ' '], "").replace('．', ".");
        let exported = squeeze(&write(&imported.report, &lf_text()));
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            // What was removed from this line (the whole line, or a decoration cut from the
            // title, or spam glued to its end) is listed with the line's number.
            let cuts: Vec<&str> = imported
                .removed
                .iter()
                .filter(|r| r.line == n + 1)
                .map(|r| r.text.as_str())
                .collect();
            if cuts.contains(&line) {
                continue;
            }
            let mut line = line.to_owned();
            for cut in cuts {
                assert!(
                    line.contains(cut),
                    "{name}: {cut:?} is not from line {}",
                    n + 1
                );
                line = line.replacen(cut, "", 1);
            }
            // "附件1：name" comes back in the standard form "附件：1．name".
            let line = match line.strip_prefix("附件") {
                Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => {
                    rest.trim_start_matches(|c: char| c.is_ascii_digit())[3..].to_owned()
                }
                _ => line,
            };
            let words: String = squeeze(&line)
                .chars()
                .skip_while(|c| "（(一二三四五六七八九十0123456789)）.、是".contains(*c))
                .collect();
            assert!(exported.contains(&words), "{name}: {line:?} lost");
        }
    }
}

/// The first inputs, written before the scoring: nothing in them is junk, and the personal
/// summary's "撰写心得体会5篇。" is a sentence, not a counter.
#[test]
fn the_first_inputs_lose_nothing() {
    for name in ["annual.txt", "quarterly.txt", "personal.txt", "special.txt"] {
        let imported = import(&input(name));
        assert!(rm(&imported).is_empty(), "{name}: {:?}", rm(&imported));
    }
}

#[test]
fn run_in_headings_and_unknown_numbers_are_printed_as_written() {
    let r = import(&input("school-unknown-numbering.txt")).report;
    let first = &r.sections[0].items[0];
    assert_eq!(first.heading, "备课。");
    assert!(first.run_in);
    // A second "1." is not item 3 renumbered: it stays text in the item above it.
    assert_eq!(r.sections[0].items.len(), 2);
    assert!(
        r.sections[0].items[1]
            .body
            .ends_with("1.听课。校级领导每学期听课不少于30节。")
    );
    let text = write(&r, &lf_text());
    // The author's first-level "1." is printed in its official form for the level, （一）.
    assert!(text.contains("　　（一）备课。实行集体备课制度，每周各教研组集中备课一次。\n"));
    assert!(
        text.contains("　　1.听课。校级领导每学期听课不少于30节。\n"),
        "{text}"
    );
    assert!(!text.contains("（三）听课"), "{text}");
}

#[test]
fn keep_junk_removes_nothing_and_still_finds_the_title() {
    let options = import::ImportOptions {
        keep_junk: true,
        ..Default::default()
    };
    let imported = import::import_file_with(&input("township-site.txt"), options).expect("imports");
    assert!(rm(&imported).is_empty());
    assert_eq!(
        imported.report.title,
        "柳河镇2017年工作总结及2018年工作思路"
    );
    let text = write(&imported.report, &lf_text());
    assert!(text.contains("首页 > 工作总结 > 乡镇工作总结"), "{text}");
    assert!(text.contains("相关推荐：乡镇2017年工作总结"), "{text}");
}

#[test]
fn attachments_are_written_by_every_export() {
    let r = import(&input("school-attachments.txt")).report;
    let options = ExportOptions {
        line_ending: LineEnding::Lf,
        ..ExportOptions::default()
    };
    let md = work_summary::export::markdown::write(&r, &options);
    assert!(
        md.contains("附件：1．2018年度教师获奖情况统计表\n\n　　　2．2018年度学生竞赛获奖名单"),
        "{md}"
    );
    let html = work_summary::export::html::write(&r, &options);
    assert!(
        html.contains(">附件：1．2018年度教师获奖情况统计表</span></p>"),
        "{html}"
    );
    // The later name's number under the first one's (80 pt in), its name hanging after it.
    assert!(
        html.contains("margin-left:104.0pt;text-indent:-24.0pt"),
        "{html}"
    );
    // The DOCX holds them in order, before the signature.
    let bytes = docx::write(&r, &options).expect("docx");
    let back = import::import_bytes(&bytes).expect("reads back");
    assert_eq!(back.report.attachments, r.attachments);
    assert_eq!(back.report.signature, r.signature);
}

/// Our own text in the seed's shape: the page title, the 小编 line and the related-articles
/// list go; the summary's title, its three sections and its items stay.
#[test]
fn the_seed_like_text_imports_like_the_seed() {
    let imported = import(&seed::seed_like());
    assert_eq!(
        rm(&imported),
        [
            // The page's own title, a repeat of the summary's without the year.
            "某区卫生健康局上半年爱国卫生工作总结",
            "下面是小编为大家收集的某区卫生健康局上半年爱国卫生工作总结,希望对大家有所帮助。",
            "推荐访问:某区卫生健康局上半年爱国卫生工作总结 爱国卫生 工作总结 上半年",
            "相关推荐:",
            "- [工作总结] 2021年度卫生健康工作总结【8篇】",
            "- [工作总结] 爱国卫生月活动总结五篇(范文推荐)",
            "- [工作总结] 社区卫生服务中心工作总结6篇(精选文档)",
        ]
    );
    let r = &imported.report;
    assert_eq!(r.title, "某区卫生健康局2021年上半年爱国卫生工作总结");
    let titles: Vec<&str> = r.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["上半年工作成效", "存在的问题", "下半年工作计划"]);
    assert_eq!(r.sections[0].items.len(), 3);
    assert_eq!(r.sections[0].items[1].heading, "扎实做好病媒生物防制");
    assert_eq!(r.sections[2].items.len(), 3, "一是 二是 三是");
}

/// Items numbered "1，" "2，" (the comma typed in a hurry, full-width or Latin) are items like
/// "1、"; figures that open a line ("3，4月份…", "1,000余人…") stay the author's sentence, and
/// the items' words come out as written.
#[test]
fn items_numbered_with_a_comma_are_items_and_figures_stay_text() {
    let text = "2024年工作总结\n一、主要工作\n1，完成了全年的培训任务。\n2，推进了档案数字化。\n3,修订了三项制度。\n二、存在的问题\n3，4月份的进度偏慢。\n1,000余份档案还未录入。\n";
    let report = import::import_text(text).report;
    let done = section(&report, SectionKind::Achievements);
    assert_eq!(
        headings(&done.items),
        [
            "完成了全年的培训任务。",
            "推进了档案数字化。",
            "修订了三项制度。"
        ]
    );
    let problems = section(&report, SectionKind::Problems);
    assert!(problems.items.is_empty(), "{problems:?}");
    assert_eq!(
        problems.lead.lines().collect::<Vec<_>>(),
        ["3，4月份的进度偏慢。", "1,000余份档案还未录入。"]
    );
}
