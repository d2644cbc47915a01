//! Import measured on real published summaries (`../shared/data/real-import`, issue 30): each
//! file's title, the author's phrases, no site junk, parts in order, as its `expect.json`
//! says. The texts stay in ../shared; a fresh clone without it skips (under CI it fails).
//! `scripts/real-import-report.py` prints the same score per shape from the command line.
//!
//! Beside them, our own inputs in each shape those files showed the importer failing on.

use std::path::PathBuf;
use work_summary::SectionKind;
use work_summary::export::text::{LineEnding, TextOptions, write};
use work_summary::import::{self, junk::Why};

fn real_import_dir() -> Option<PathBuf> {
    crate::seed::shared_data("real-import")
}

fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect()
}

/// Each part's role, title and number of items, in order.
fn parts_of(report: &work_summary::Report) -> Vec<(SectionKind, &str, usize)> {
    report
        .sections
        .iter()
        .map(|s| (s.kind, s.title.as_str(), s.items.len()))
        .collect()
}

fn text_of(report: &work_summary::Report) -> String {
    let options = TextOptions {
        line_ending: LineEnding::Lf,
        ..TextOptions::default()
    };
    write(report, &options)
}

#[test]
fn real_published_summaries_import_cleanly() {
    let Some(dir) = real_import_dir() else {
        return;
    };
    let mut failures = Vec::new();
    let mut files = 0;
    for set in ["set1", "set2"] {
        let expect_path = dir.join(set).join("expect.json");
        let Ok(json) = std::fs::read_to_string(&expect_path) else {
            continue;
        };
        let expect: serde_json::Value = serde_json::from_str(&json).expect("expect.json");
        let expect = expect.as_object().expect("an object per file");
        for (name, want) in expect {
            files += 1;
            let key = format!("{set}/{name}");
            let imported = import::import_file(&dir.join(set).join(name))
                .unwrap_or_else(|e| panic!("{key}: {e}"));
            let body = squash(&text_of(&imported.report));
            let title = want["title"].as_str().expect("title");
            if squash(&imported.report.title) != squash(title) {
                failures.push(format!(
                    "{key}: title {:?}, want {title:?}",
                    imported.report.title
                ));
            }
            let strings = |field: &str| -> Vec<String> {
                want[field]
                    .as_array()
                    .map(|a| a.iter().filter_map(|v| v.as_str()).map(squash).collect())
                    .unwrap_or_default()
            };
            for phrase in strings("present") {
                if !body.contains(&phrase) {
                    failures.push(format!("{key}: lost the author's {phrase:?}"));
                }
            }
            for junk in strings("absent") {
                if body.contains(&junk) {
                    failures.push(format!("{key}: junk kept {junk:?}"));
                }
            }
            let mut at = 0;
            for phrase in strings("order") {
                match body[at..].find(&phrase) {
                    Some(found) => at += found,
                    None => failures.push(format!("{key}: {phrase:?} missing or out of order")),
                }
            }
        }
    }
    assert!(files >= 27, "{files} files");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn import_text(text: &str) -> import::Imported {
    import::import_text(text)
}

/// A document-sharing site's chrome around a preview: the share line, the page markers glued
/// to the title and inside a number, the 文档简介 label. All go; the author's lines stay.
#[test]
fn a_document_sharing_preview_loses_its_chrome_and_page_markers() {
    let text = "某区教育局2023年工作总结_第1页\n全文预览已结束\n文档简介\n《某区教育局2023年工作总结.docx》由会员分享，可在线阅读，更多相关《某区教育局2023年工作总结.docx(4页珍藏版)》请在某某文档上搜索。\n1 / 4 某区教育局 2023 年工作总结 今年以来，我局坚持教育优先发展，全年投入资金3200 万元。\n一、办学条件持续改善\n新建校舍12所，发放资助金2 / 4 共计560万元。\n";
    let imported = import_text(text);
    let r = &imported.report;
    assert_eq!(r.title, "某区教育局2023年工作总结");
    let out = squash(&text_of(r));
    for junk in [
        "由会员分享",
        "可在线阅读",
        "文档简介",
        "1/4",
        "2/4",
        "全文预览",
    ] {
        assert!(!out.contains(junk), "{junk} kept: {out}");
    }
    assert!(out.contains("发放资助金共计560万元"), "{out}");
    assert!(out.contains("全年投入资金3200万元"), "{out}");
    let markers: Vec<&str> = imported
        .removed
        .iter()
        .filter(|r| r.why == Why::PageMarker)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(markers, ["1 / 4", "2 / 4"]);
}

/// A spam mirror pasted a gambling brand into the author's sentences: cut out, listed, and
/// the sentence around it kept; keeping it from the report puts it back.
#[test]
fn a_gambling_brand_inside_sentences_is_cut_and_can_be_kept() {
    let text = "某镇安全生产月活动总结\n按照《某某城_某某足球网-【投注官网平台】县安全生产委员会办公室关于开展安全生产月活动的通知》要求，我镇认真组织开展活动。\n一、加强领导\n成立了领导小组，镇长任组长。\n";
    let imported = import_text(text);
    let out = text_of(&imported.report);
    assert!(
        out.contains("按照《县安全生产委员会办公室关于开展安全生产月活动的通知》要求"),
        "{out}"
    );
    let spam = imported
        .removed
        .iter()
        .find(|r| r.why == Why::Spam)
        .expect("listed");
    assert_eq!(spam.text, "某某城_某某足球网-【投注官网平台】");
    let kept = imported.keeping(spam.at);
    assert!(text_of(&kept.report).contains("某某足球网"));
}

/// A 范文 site's disclaimer and reading guide between the title and the text, and a site name
/// with its Latin word and an uploader's tag above the title.
#[test]
fn fanwen_disclaimers_and_site_tags_go() {
    let text = "某某网 mouwang\n| abc3\n某县水利局2010年上半年工作总结\n导语：某县水利局2010年上半年工作总结一文来源于网友上传，不代表本站观点，欢迎参考。\n【阅读指引】下面是本站为您精心整理分享的范文，但愿对你工作学习有帮助。\n今年以来，我局在县委、县政府的领导下，全面完成了各项工作任务。\n一、水利建设\n完成病险水库除险加固3座。\n";
    let imported = import_text(text);
    let r = &imported.report;
    assert_eq!(r.title, "某县水利局2010年上半年工作总结");
    let out = text_of(r);
    for junk in [
        "mouwang",
        "abc3",
        "网友上传",
        "本站观点",
        "阅读指引",
        "精心整理分享",
    ] {
        assert!(!out.contains(junk), "{junk} kept: {out}");
    }
    assert!(out.contains("完成病险水库除险加固3座。"));
}

/// Markdown saved as .txt: front matter gives the title and goes, `##` marks go.
#[test]
fn markdown_in_a_txt_file_is_read_as_markdown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("post.txt");
    std::fs::write(
        &path,
        "---\ndate: 2024-01-05\ntitle: 2023年度个人述职报告\ntags:\n  - work\n---\n\n尊敬的各位领导：\n\n## 一、2023年工作回顾\n\n全年完成项目8个，发布文章25篇。\n\n## 二、2024年工作计划\n\n1. 完成平台重构\n",
    )
    .expect("written");
    let imported = import::import_file(&path).expect("imported");
    let r = &imported.report;
    assert_eq!(r.title, "2023年度个人述职报告");
    let out = text_of(r);
    assert!(!out.contains('#'), "{out}");
    assert!(!out.contains("title:") && !out.contains("tags"), "{out}");
    assert!(out.contains("一、2023年工作回顾"), "{out}");
    assert!(
        r.section(SectionKind::Plans)
            .is_some_and(|s| s.title.contains("2024年工作计划"))
    );
}

/// A page with no line breaks whose title runs straight into the first heading, and one whose
/// title runs into the first sentence.
#[test]
fn a_title_run_into_the_text_is_cut_off() {
    let text = "某县交通运输局2025年工作总结及2026年工作谋划一、工作开展情况2025年以来，县交通运输局在县委、县政府的领导下，狠抓项目建设、公路管养和行业管理，现将工作情况汇报如下：（一）重点项目建设取得新突破。全年完成投资3.2亿元。1、国道改建项目。全长12千米，已完工。2、农村公路建设。完成农村公路86公里。";
    let r = import_text(text).report;
    assert_eq!(r.title, "某县交通运输局2025年工作总结及2026年工作谋划");
    assert_eq!(r.sections[0].title, "工作开展情况");
    let out = squash(&text_of(&r));
    assert!(out.contains("完成农村公路86公里。"), "{out}");

    let text = "某区住建局2015年工作总结暨2016年工作计划今年以来，我局紧紧围绕区委区政府的工作部署，积极履行部门职责，精心组织重点项目和民生工程建设，各项工作取得了明显成效，全年完成投资12亿元。";
    let r = import_text(text).report;
    assert_eq!(r.title, "某区住建局2015年工作总结暨2016年工作计划");
    assert!(r.intro.starts_with("今年以来，我局"), "{}", r.intro);
    // A sentence that names a plan is not a title.
    let text = "按照年度工作计划要求，我局扎实推进各项工作，全年完成固定资产投资12亿元，同比增长8%，圆满完成了县委县政府下达的各项目标任务，得到了上级的充分肯定。";
    assert_eq!(import_text(text).report.title, "");
}

/// A collection page: the next text ("…篇2" after "…篇1") and all after it go, listed.
#[test]
fn the_next_text_of_a_collection_page_goes() {
    let text = "第一季度工作总结篇1\n今年一季度，公司纪委认真落实上级部署，扎实开展廉洁教育。\n一、廉洁教育\n节前开展廉洁提醒3次。\n二、下步工作安排\n继续抓好监督检查。\n第一季度工作总结篇2\n关键词：工程前期，进度计划\n进度控制是工程项目管理的核心。\n";
    let imported = import_text(text);
    let out = text_of(&imported.report);
    assert!(out.contains("继续抓好监督检查。"), "{out}");
    assert!(!out.contains("进度控制") && !out.contains("篇2"), "{out}");
    let next: Vec<&str> = imported
        .removed
        .iter()
        .filter(|r| r.why == Why::NextPiece)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(next.len(), 3, "{next:?}");
}

/// A collection page's label names the collection's theme: when the text says it is another
/// kind of document (a plan's label over "现将…总结如下"), the label is no title and the text
/// has none; when the kinds agree (a 总结's label over "…汇报如下") the label's words are it.
#[test]
fn a_collection_label_of_another_kind_is_no_title() {
    let text = "下季度工作计划八篇\n下季度工作计划\n下季度工作计划篇1\n按照公司党委部署，现将上半年工会工作简要总结如下：\n一、职工之家建设\n新建职工书屋2处。\n";
    let imported = import_text(text);
    assert_eq!(imported.report.title, "", "{:?}", imported.removed);
    let out = text_of(&imported.report);
    assert!(!out.contains("下季度工作计划"), "{out}");
    assert!(out.contains("现将上半年工会工作简要总结如下"), "{out}");
    assert!(
        imported
            .removed
            .iter()
            .any(|r| r.why == Why::Collection && r.text == "下季度工作计划篇1"),
        "{:?}",
        imported.removed
    );
    let text = "社区环境整治工作总结\n社区环境整治工作总结1\n今年以来，社区围绕环境整治开展工作，现将有关情况汇报如下：\n一、清理卫生死角\n清理卫生死角36处。\n";
    let imported = import_text(text);
    assert_eq!(
        imported.report.title, "社区环境整治工作总结",
        "{:?}",
        imported.removed
    );
}

/// Plans announced by a sentence, not under a heading: after the parts, "…做如下安排：" and a
/// new 一、 series. The series is an untitled part of plans (its 一、 二、 its items, their
/// 1、 2、 nested), printed with its lead-in and no heading of its own.
#[test]
fn plans_announced_by_a_sentence_are_an_untitled_plans_part() {
    let text = "客服部年度工作总结\n一、加强制度建设\n修订服务规范3项。\n二、提升服务质量\n客户满意度达到96%。\n工作有成绩也有不足，现就明年的工作做如下安排：\n一、抓好新人专业知识培训，全年组织培训12期，做到人人持证上岗\n二、配合销售渠道开展业务竞赛活动，为业务发展提供有力支持\n1、做好转账收费项目的实施\n2、做好满期给付工作\n总之，明年我们将以队伍建设为根本。\n";
    // A short announcement without a comma is no heading either.
    let short = import_text(
        "某部年度工作总结\n一、加强制度建设\n修订服务规范3项。\n现就明年的工作做如下安排：\n一、抓好新人培训，全年组织培训12期\n",
    );
    let last = short.report.sections.last().expect("parts");
    assert_eq!((last.kind, last.title.as_str()), (SectionKind::Plans, ""));
    assert_eq!(last.lead, "现就明年的工作做如下安排：");
    let imported = import_text(text);
    let report = &imported.report;
    // 客服 is a word sites use too; the title stays (it was removed as unrelated).
    assert_eq!(report.title, "客服部年度工作总结", "{:?}", imported.removed);
    let kinds: Vec<_> = report
        .sections
        .iter()
        .map(|s| (s.kind, s.title.as_str()))
        .collect();
    assert_eq!(kinds.len(), 3, "{kinds:?}");
    let plans = &report.sections[2];
    assert_eq!(plans.kind, SectionKind::Plans, "{kinds:?}");
    assert_eq!(plans.title, "");
    assert_eq!(plans.lead, "工作有成绩也有不足，现就明年的工作做如下安排：");
    assert_eq!(plans.items.len(), 2, "{:?}", plans.items);
    assert_eq!(plans.items[1].children.len(), 2, "{:?}", plans.items[1]);
    let out = text_of(report);
    // No bare 三、 heading; the parts before keep theirs; every line of the author is there.
    assert!(!out.contains("三、"), "{out}");
    assert!(out.contains("二、提升服务质量"), "{out}");
    for line in text.lines().skip(1) {
        let words = line.split_once('、').map_or(line, |(_, w)| w);
        assert!(out.contains(words), "{words} lost:\n{out}");
    }
}

/// A personal summary whose parts are (一) (二) (三) (as Word's list numbering writes them,
/// no 一、 anywhere) with 1) items under them: the parts are found by their names, the items
/// by 1), and a last part of aims (工作目标) after the problems is the plans.
#[test]
fn parts_numbered_one_in_brackets_with_items_numbered_one_and_a_bracket() {
    let text = "年度总结\n入职半年来，我在团队的帮助下完成了多项工作。\n(一)个人业绩\n1)数据平台\n完成数据平台接口开发。\n2)报表系统\n优化报表查询速度。\n(二)不足之处\n对业务的理解还不够深。\n(三)工作目标\n明年完成两个新系统上线。\n";
    let report = import_text(text).report;
    let parts = parts_of(&report);
    assert_eq!(
        parts,
        [
            (SectionKind::Achievements, "个人业绩", 2),
            (SectionKind::Problems, "不足之处", 0),
            (SectionKind::Plans, "工作目标", 0),
        ]
    );
    assert_eq!(report.sections[0].items[1].heading, "报表系统");
    assert_eq!(report.sections[0].items[1].body, "优化报表查询速度。");
}

/// Parts headed by lines without a number (a plain-text note: "…工作内容总结:", "工作中的不足
/// 及改善:", "近期计划"), each over a list from 1、: the parts by their names, the lists
/// their items; a part named by a period it sums up (下半年…总结) is what was done.
#[test]
fn parts_headed_without_numbers_over_numbered_lists() {
    let text = "2026下半年工作内容总结:\n1、完成客户管理模块开发\n2、完成打包脚本更新\n工作中的不足及改善:\n1、上线前自测不足\n近期计划\n1、排查内存问题\n2、推进组件化\n";
    let report = import_text(text).report;
    let parts = parts_of(&report);
    assert_eq!(
        parts,
        [
            (SectionKind::Achievements, "2026下半年工作内容总结", 2),
            (SectionKind::Problems, "工作中的不足及改善", 1),
            (SectionKind::Plans, "近期计划", 2),
        ]
    );
}

/// A text without parts that holds a numbered list (a course summary's 收获, a 周报's tasks):
/// the list is the items of an untitled part, its announcing line the lead-in, its role by that
/// line (收获 is what was done); a letter's 此致 / 敬礼 at the end of such a text is its closing.
#[test]
fn a_list_in_a_text_without_parts_is_an_untitled_part_and_its_close_the_closing() {
    let text = "学期个人总结\n这个学期我参加了课程设计，收获很多。\n下面说一下我的收获：\n1、了解了设计生产的流程\n2、锻炼了沟通表达能力\n3、学会了几个软件的使用\n这个学期有苦有甜。\n此致\n敬礼\n";
    let report = import_text(text).report;
    assert_eq!(report.intro, "这个学期我参加了课程设计，收获很多。");
    assert_eq!(report.sections.len(), 1, "{:?}", report.sections);
    let part = &report.sections[0];
    assert_eq!(
        (part.kind, part.title.as_str()),
        (SectionKind::Achievements, "")
    );
    assert_eq!(part.lead, "下面说一下我的收获：");
    let headings: Vec<&str> = part.items.iter().map(|i| i.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "了解了设计生产的流程",
            "锻炼了沟通表达能力",
            "学会了几个软件的使用"
        ]
    );
    assert_eq!(report.closing, "此致\n敬礼");
    let out = text_of(&report);
    assert!(out.contains("这个学期有苦有甜。"), "{out}");
    assert!(!out.contains("一、"), "no heading of its own:\n{out}");
}

/// An address the author labels in their own words at the end of a work diary ("路径：
/// https://…") is the author's: kept and listed for the user to judge; a page's own link line
/// (本文网址：…) and a sharing site's preview notice (仅供预览…点击这里给我发消息) go.
#[test]
fn an_address_the_author_labels_stays_and_the_pages_link_goes() {
    let text = "第三周工作总结\n这周主要把前端的树形结构做完了，代码参考了一篇文章，实测有用。\n这周还整理了部署文档。\n路径：https://example.com/p/ae50ce022f2b\n";
    let imported = import_text(text);
    assert!(
        text_of(&imported.report).contains("路径：https://example.com/p/ae50ce022f2b"),
        "{:?}",
        imported.removed
    );
    assert!(
        imported
            .suspects
            .iter()
            .any(|r| r.text.starts_with("路径：")),
        "{:?}",
        imported.suspects
    );
    let text = "第三周工作总结\n说明:文章内容仅供预览,部分内容可能不全。下载word有问题请添加QQ处理,感谢您的支持与谅解。点击这里给我发消息\n这周主要把前端的树形结构做完了，实测有用。\n这周还整理了部署文档。\n本文网址：https://example.com/p/123.html\n";
    let imported = import_text(text);
    let out = text_of(&imported.report);
    assert!(
        !out.contains("本文网址") && !out.contains("仅供预览"),
        "{out}"
    );
    assert!(out.contains("这周还整理了部署文档。"), "{out}");
}

/// A Markdown summary and plan in one (a real one's shape): parts 一、…四、 with 四、 written
/// twice, then a heading of the author's "2026年工作计划" over a new 一、 series. The second
/// 四、 is a part of its own; the heading is a part of plans titled as written, its 一、 二、 the
/// items.
#[test]
fn a_plans_heading_over_a_new_series_and_a_part_number_written_twice() {
    let md = "## 某组2025年工作总结及2026年工作计划\n\n### 一、保障生产安全\n\n全年无重大故障。\n\n### 二、推进一体化\n\n完成系统承接12个。\n\n### 三、推进重点项目\n\n完成机房迁移。\n\n### 三、团队建设\n\n新进员工3人。\n\n## 2026年工作计划\n\n### 一、完成系统移交\n\n上半年完成全部移交。\n\n### 二、推进自动化运维\n\n建成自动巡检。\n";
    let report = import_text(md).report;
    let parts = parts_of(&report);
    assert_eq!(parts.len(), 5, "{parts:?}");
    assert_eq!(parts[3].1, "团队建设", "{parts:?}");
    assert_eq!(
        parts[4],
        (SectionKind::Plans, "2026年工作计划", 2),
        "{parts:?}"
    );
    assert_eq!(report.sections[4].items[1].heading, "推进自动化运维");
}

/// Text copied out of a PDF keeps the PDF's line ends inside its paragraphs (and its spaces
/// around figures): the paragraphs come back whole (a line ending without a sentence's end
/// joined with the next), items numbered "5 、" (a space before 、) are items. A writer who
/// ends lines without a full stop but writes no PDF spaces keeps every line.
#[test]
fn a_pdfs_broken_lines_are_joined_into_paragraphs() {
    let text = "学校总务工作总结\n一、加强硬件建设\n学期初，学校投资近 5 千元添置了多媒体教室的桌凳，投资\n5 千余元更换了各班的讲台，投资 2 千余元更换了各班的教室\n门，投资 4 千多元安装了各班窗户的钢膜网，投资 1 万 3 千元\n添置了校园广播系统，大大改善了学校的办学条件。\n二、抓好安全工作\n1 、学校两名教师负责门卫工作，学生寝室由专人管理，学校\n与相关人员签订了安全责任书，定期检查电线和教学设施。\n2 、学校定期检查食品卫生安全，及时清理变质或过期的食品，\n对寝室和厨房进行消毒、除蝇，对个人卫生经常检查。\n";
    let report = import_text(text).report;
    let first = &report.sections[0];
    assert_eq!(
        first.lead,
        "学期初，学校投资近 5 千元添置了多媒体教室的桌凳，投资5 千余元更换了各班的讲台，投资 2 千余元更换了各班的教室门，投资 4 千多元安装了各班窗户的钢膜网，投资 1 万 3 千元添置了校园广播系统，大大改善了学校的办学条件。"
    );
    let plain = import_text(
        "年终总结\n这一年做了各种规模各种类型的项目，也带了新人，收获很多\n印象最深刻的项目是第一次独立接手的一个商城，工期紧任务重\n回想存在的问题，工作量大，估点太仓促，没有及时沟通\n做的顺的项目也有不少，从需求到上线都比较顺利，也得到认可\n需要进步的地方也有很多，设计上的审美，沟通上的方法\n心态上的升华，遇事也不再慌张，再大的事情也能想办法解决\n",
    );
    assert_eq!(
        plain.report.intro.lines().count(),
        6,
        "{}",
        plain.report.intro
    );
    let second = &report.sections[1];
    assert_eq!(second.items.len(), 2, "{:?}", second.items);
    assert!(
        second.items[0]
            .heading
            .ends_with("定期检查电线和教学设施。")
            || second.items[0].body.ends_with("定期检查电线和教学设施。"),
        "{:?}",
        second.items[0]
    );
}

/// Headings the author numbered with outline numbers (Word's Heading 2 "1.1 …", "2.1 …" under
/// parts "一、…"): no marker of ours is put before them, and none counts on across parts.
#[test]
fn headings_numbered_by_the_author_keep_their_numbers() {
    let md = "# 年终总结\n\n## 一、背景调研\n\n### 1.1 外差效率的定义\n\n外差效率描述干涉的质量。\n\n### 1.2 高斯光的推导\n\n由亥姆霍兹方程推得。\n\n## 二、研究进展\n\n### 2.1 平面光的外差效率\n\n完成了数值计算。\n";
    let out = text_of(&import_text(md).report);
    for kept in [
        "1.1 外差效率的定义",
        "1.2 高斯光的推导",
        "2.1 平面光的外差效率",
    ] {
        assert!(out.contains(kept), "{kept}:\n{out}");
    }
    assert!(
        !out.contains("（一）1.1") && !out.contains("（三）2.1"),
        "{out}"
    );
}

/// A list inside an item, announced with a colon and numbered with the same marker as the
/// outer list (2、… 主要措施：1、… 4、, then 3、 of the outer list): the inner list is the
/// item's children, the outer numbering goes on.
#[test]
fn a_list_announced_inside_an_item_nests_under_it() {
    let text = "年度工作总结\n1、集群配置部署\n采用自动化工具部署集群。\n2、数据运算优化\n运算效率低，做了改造。\n主要改造措施：\n1、统一数据上报\n2、预先处理原始数据\n3、提供查询服务\n4、固化分析维度\n3、日志数据分析\n将日志导入数据仓库。\n";
    let report = import_text(text).report;
    let items = &report.sections[0].items;
    let headings: Vec<&str> = items.iter().map(|i| i.heading.as_str()).collect();
    assert_eq!(headings, ["集群配置部署", "数据运算优化", "日志数据分析"]);
    assert_eq!(items[1].children.len(), 4, "{:?}", items[1]);
    assert_eq!(items[1].children[2].heading, "提供查询服务");
}

/// A 述职报告 without parts: the work done as a list after "…总结如下：", then a sentence that
/// announces next year's plan and its own list. Two untitled parts: what was done, and the
/// plans (its announcing sentence the lead-in) — not the plan list inside the last done item.
#[test]
fn a_plan_list_announced_after_a_done_list_is_the_plans() {
    let text = "述职报告\n入职以来，我一直从事测试工作，现将工作情况简要总结如下：\n1.搭建了项目管理系统\n2.完成了两个版本的测试\n3.后台功能测试\n入职以来没有出现重大问题，明年我也做了一个初步的工作计划：\n1.逐步过渡到自动化测试\n2.完善后台测试用例\n";
    let report = import_text(text).report;
    let parts = parts_of(&report);
    assert_eq!(
        parts,
        [
            (SectionKind::Achievements, "", 3),
            (SectionKind::Plans, "", 2),
        ]
    );
    assert!(report.sections[1].lead.ends_with("初步的工作计划："));
}

/// Four parts: progress, problems, a plan for the organisation, next month's plan. The plans
/// of the next period are the part named by it; the other keeps its name as another part.
#[test]
fn the_plans_are_the_part_named_by_the_next_period() {
    let text = "某协会2024年5月工作报告\n一、本月工作进展\n完成会员走访20家。\n二、存在的问题\n会员参与度不高。\n三、组织结构调整计划\n拟设立两个专业委员会。\n四、下月工作计划\n1.召开理事会\n2.开展会员调查\n";
    let r = import_text(text).report;
    let plans = r.section(SectionKind::Plans).expect("plans");
    assert_eq!(plans.title, "下月工作计划");
    let other: Vec<&str> = r
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Other)
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(other, ["组织结构调整计划"]);
    let titles: Vec<&str> = r
        .sections
        .iter()
        .map(|s| s.title.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    assert_eq!(
        titles,
        [
            "本月工作进展",
            "存在的问题",
            "组织结构调整计划",
            "下月工作计划"
        ]
    );
}

/// A line inside the summary that looks like site furniture but shares its words is kept and
/// listed as a suspect; deleting it from the report reads the import again without it.
#[test]
fn a_furniture_like_line_inside_the_text_is_kept_listed_and_can_be_deleted() {
    let text = "某县民政局2024年工作总结\n今年以来，县民政局认真落实社会救助政策，全年发放救助资金5520万元。\n更多民政工作总结范文请到本站会员下载专区\n一、社会救助水平有新提高\n全年新增低保对象320户，发放临时救助金635万元。\n二、养老服务\n新建农村幸福院12所。\n";
    let imported = import_text(text);
    let line = "更多民政工作总结范文请到本站会员下载专区";
    assert!(text_of(&imported.report).contains(line), "kept");
    let suspect = imported
        .suspects
        .iter()
        .find(|s| s.text == line)
        .unwrap_or_else(|| panic!("listed as a suspect: {:?}", imported.suspects));
    let dropped = imported.dropping(suspect.at);
    assert!(!text_of(&dropped.report).contains(line));
    assert!(dropped.removed.iter().any(|r| r.text == line));
    assert!(text_of(&dropped.report).contains("新建农村幸福院12所。"));
    // Kept again from the removed list, it is back.
    assert!(text_of(&dropped.keeping(suspect.at).report).contains(line));
}

/// 保留此行 on a line removed as the page's title makes it the title; the line chosen as
/// the title before goes back to the text.
#[test]
fn keeping_a_removed_title_makes_it_the_title() {
    let text = "年终总结\n信息科个人工作总结\n今年以来，我在科室领导的带领下，认真完成各项工作任务，全年撰写材料86篇。\n2、存在的不足\n学习不够深入。\n";
    let imported = import_text(text);
    let title_line = imported
        .removed
        .iter()
        .find(|r| r.text == "年终总结")
        .unwrap_or_else(|| {
            panic!(
                "removed: {:?} title {:?}",
                imported.removed, imported.report.title
            )
        });
    let kept = imported.keeping(title_line.at);
    assert_eq!(kept.report.title, "年终总结");
    let out = text_of(&kept.report);
    assert!(out.contains("信息科个人工作总结"), "{out}");
    assert!(out.contains("全年撰写材料86篇。"), "{out}");
}

/// An old Word file's shape: the title 年终总结, then the author's outline (1、工作总结 2、存在的
/// 不足 3、明年计划) and a closing thanks. The title is the title, the outline lines head the
/// parts, the thanks is the closing — not a plan item.
#[test]
fn an_outline_under_the_title_heads_the_parts_and_the_thanks_closes() {
    let text = "年终总结\n1、工作总结\n今年以来，我认真完成各项工作任务，全年撰写材料86篇。\n2、存在的不足\n学习不够深入。\n3、明年计划\n加强学习。\n最后，感谢各位领导和同事一年来的支持和帮助！\n";
    let r = import_text(text).report;
    assert_eq!(r.title, "年终总结");
    let parts: Vec<(&str, SectionKind)> = r
        .sections
        .iter()
        .map(|s| (s.title.as_str(), s.kind))
        .collect();
    assert_eq!(
        parts,
        [
            ("工作总结", SectionKind::Achievements),
            ("存在的不足", SectionKind::Problems),
            ("明年计划", SectionKind::Plans),
        ]
    );
    assert_eq!(r.closing, "最后，感谢各位领导和同事一年来的支持和帮助！");
    let text = "某科室2026年上半年工作总结\n一、主要工作\n（一）完成调研12次。\n二、下半年计划\n（一）抓好学习\n组织学习6次。\n（二）完善制度\n修订制度3项。\n此致\n敬礼！\n";
    let r = import_text(text).report;
    let plans = r.section(SectionKind::Plans).expect("plans");
    assert_eq!(plans.items.len(), 2, "{:?}", plans.items);
    assert!(r.closing.starts_with("此致"), "{:?}", r.closing);
}

/// A document-sharing site's chunk markers: "1、" "2、" "3、" start chunks cut anywhere —
/// inside a word, a number, before a semicolon. They go (listed) and the text is whole
/// again; an author's own 1、 2、 list stays.
#[test]
fn a_sharing_sites_chunk_markers_go_and_the_text_is_whole_again() {
    let text = "1、-精品范文推荐- 2008年某街道办工作总结一年来，某街道办事处在区党工委的领导下，全力加强社区建设，社区环境进一步改善，人民生活水平进一步提高，有力地促进了管区经济和社会的协调发展。一、加大环境整治力度，绿化美化社区。社区环境是居民关注的热点，街\n2、道办事处切实担负起整治环境的责任，投资104万元铺设水泥路1.4万余平方米，彻底改变了居民行路难的状况，同时投资130万元对北陈社区进行上下水改造工程，发放资助金额5\n3、05.3万元，解决了居民吃水难的问题，群众满意度明显提升，社区面貌焕然一新，得到了居民的一致好评，也得到了上级的充分肯定和表扬\n4、;二是加强社区服务。\n";
    let imported = import_text(text);
    let out = squash(&text_of(&imported.report));
    assert!(out.contains("街道办事处切实担负起"), "{out}");
    assert!(out.contains("资助金额505.3万元"), "{out}");
    assert!(out.contains("表扬;二是加强社区服务"), "{out}");
    assert_eq!(imported.report.title, "2008年某街道办工作总结");
    let markers: Vec<&str> = imported
        .removed
        .iter()
        .filter(|r| r.why == Why::PageMarker)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(markers, ["1、", "2、", "3、", "4、"]);

    // The author's own list: short lines, each ending a sentence.
    let own =
        "某科室工作总结\n一、主要工作\n1、完成调研12次。\n2、修订制度3项。\n3、开展培训5期。\n";
    let r = import_text(own);
    assert!(r.removed.iter().all(|x| x.why != Why::PageMarker));
    assert!(text_of(&r.report).contains("修订制度3项。"));
}

// Shapes found in real personal summaries from public repositories (issue 30's note lists
// them); the texts below are written for these tests.

/// A daily report numbered 一. 二. (the Latin full stop after the numeral), signed with a name
/// and a date in figures.
#[test]
fn parts_numbered_with_a_latin_full_stop_and_a_date_in_figures() {
    let text = "日工作总结\n一.今日完成以下事项：\n1、核对了三个网点的报表。\n2、修改了接口文档。\n二.明日工作安排：\n1、联调支付模块。\n总结人：陈某\n2018/07/06\n";
    let r = import_text(text).report;
    let kinds: Vec<SectionKind> = r.sections.iter().map(|s| s.kind).collect();
    assert_eq!(r.sections.len(), 2, "{:#?}", r.sections);
    assert_eq!(kinds[1], SectionKind::Plans, "{kinds:?}");
    assert_eq!(r.sections[0].items.len(), 2);
    assert_eq!(r.signature.unit, "总结人：陈某");
    assert_eq!(r.signature.date, "2018/07/06");
}

/// The author's date under the name, after a label (时间：), at the end of the text: the
/// signature's date, never removed as a page's publication date.
#[test]
fn a_labelled_date_under_the_name_is_the_signature() {
    let text = "个人工作总结\n一、工作完成情况\n全年维护了四套系统，处理故障三十余次，保障了业务连续运行。\n二、存在的不足\n文档写得不够及时，今后要改进。\n总结者：周某\n时间： 2019/1/2\n";
    let imported = import_text(text);
    let r = &imported.report;
    assert_eq!(
        r.signature.date, "时间： 2019/1/2",
        "{:?}",
        imported.removed
    );
    assert_eq!(r.signature.unit, "总结者：周某");
    assert!(imported.removed.is_empty(), "{:?}", imported.removed);
}

/// 第一部分， followed by a short name and a whole paragraph: the name heads the part and the
/// paragraph is its lead-in (before, the whole line was a title the export dropped); a short
/// one is a heading without the comma.
#[test]
fn a_part_marker_before_a_paragraph_keeps_the_paragraph() {
    let long = "第一部分，开发，在很紧的工期里我们把三个版本按时交付了，团队每个人都加了很多班，状态一直很饱满。";
    let text = format!(
        "2021年终总结\n{long}\n第二部分，沟通与培养\n今年带了两名新同事，每周做一次分享。\n"
    );
    let r = import_text(&text).report;
    let out = squash(&text_of(&r));
    assert!(
        out.contains(&squash(&long["第一部分，开发，".len()..])),
        "{out}"
    );
    assert_eq!(r.sections[0].title, "开发");
    assert!(
        r.sections.iter().any(|s| s.title == "沟通与培养"),
        "{:?}",
        r.sections.iter().map(|s| &s.title).collect::<Vec<_>>()
    );
}

/// A text that is only a numbered list has no title: its first item stays an item.
#[test]
fn an_untitled_numbered_list_keeps_its_first_item() {
    let text = "1、搭建了测试集群\n2、整理了部署脚本\n3、编写了巡检手册\n";
    let r = import_text(text).report;
    assert_eq!(r.title, "");
    let out = text_of(&r);
    for item in ["搭建了测试集群", "整理了部署脚本", "编写了巡检手册"] {
        assert!(out.contains(item), "{out}");
    }
}

/// Markdown notes: a name masked with ** (no closing mark) keeps its mask, a page's
/// <style> block is listed as removed, &nbsp; indents are spaces.
#[test]
fn markdown_masks_styles_and_entities() {
    let md = "---\ntitle: 2022年终总结\n---\n<style scoped>\nimg { width: 49%; }\n</style>\n\n## 工作\n\n&nbsp;&nbsp;九月初接手了**重点**项目，和李**一起完成。\n\n## 明年计划\n\n- 学好 `Rust`</br>\n- ~~少熬夜~~ 按时休息<br>\n";
    let imported = import_text(md);
    let out = text_of(&imported.report);
    // A struck-through wish keeps its words; HTML line breaks are no text.
    assert!(out.contains("少熬夜 按时休息"), "{out}");
    assert!(!out.contains("br>") && !out.contains("~~"), "{out}");
    assert!(
        out.contains("九月初接手了重点项目，和李**一起完成。"),
        "{out}"
    );
    assert!(!out.contains("&nbsp;") && !out.contains("width"), "{out}");
    assert!(out.contains("学好 Rust"), "{out}");
    assert!(
        imported.removed.iter().any(|r| r.text.contains("<style")),
        "{:?}",
        imported.removed
    );
}

/// A Markdown work log: parts headed "第一阶段——…" (words, not a number of their own) are
/// numbered as parts, and the lines of a code block or a quote (paths, a module replace) are
/// the author's.
#[test]
fn markdown_stages_are_parts_and_code_is_kept() {
    let md = "# 入职半年工作总结\n\n## 第一阶段——熟悉业务\n\n九月接手了对账服务，先读了全部接口文档。\n\n```\nreplace example.org/rpc v1.29.1 => example.org/rpc v1.26.0\n/home/dev/go/pkg/mod/example.org/rpc@v1.29.1/server.go:12\n```\n\n> replace example.org/rpc v1.29.1 => example.org/rpc v1.26.0\n\n## 第二阶段——独立开发\n\n十月起独立负责两个需求，按期上线。\n\n## 下阶段计划\n\n- 补齐单元测试\n";
    let imported = import_text(md);
    let r = &imported.report;
    let titles: Vec<&str> = r.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        ["第一阶段——熟悉业务", "第二阶段——独立开发", "下阶段计划"],
        "{:#?}",
        r.sections
    );
    assert_eq!(r.sections[2].kind, SectionKind::Plans);
    let out = text_of(r);
    assert!(out.contains("replace example.org/rpc v1.29.1"), "{out}");
    assert!(out.contains("server.go:12"), "{out}");
    assert!(imported.removed.is_empty(), "{:?}", imported.removed);
}

/// A Markdown weekly log under one top heading, a monthly part at the end: the top heading
/// is the title, though a "#### 总结" nearer the body has title words too (it was taken, and
/// the top heading removed as a page title); the week's dates stay.
#[test]
fn markdown_top_heading_is_the_title_of_a_weekly_log() {
    let md = "# 工作总结\n\n### 25_3.03 --- 25_3.07\n\n#### 总结\n\n**1、熟悉了报表系统**\n\n读完了报表模块的代码，改了两个缺陷。\n\n#### 下周计划\n\n- 接手导出功能\n\n### 25_3.10 --- 25_3.14\n\n#### 总结\n\n完成了导出功能的第一版。\n\n## 月结\n\n本月完成了两项功能。\n";
    let imported = import_text(md);
    assert_eq!(imported.report.title, "工作总结");
    let out = text_of(&imported.report);
    assert!(out.contains("25_3.03 --- 25_3.07"), "{out}");
    assert!(out.contains("读完了报表模块的代码"), "{out}");
    assert!(imported.removed.is_empty(), "{:?}", imported.removed);
}

/// A paragraph of the author's that happens to hold a phrase of page furniture (希望对大家有所
/// 帮助) and site words (app, 下载) is kept, listed for the user to judge (it was removed);
/// a letter's "写于…晚" at the end is the date.
#[test]
fn a_long_paragraph_with_a_furniture_phrase_stays_and_a_written_on_date_signs() {
    let long = "经过对市场的分析，发现工具类的app下载量很大，于是又做了一个图片整理的app。之所以做它，是想让大家一眼看清每天的事情。可惜收集的素材全部丢失(最遗憾的事)，项目就此停了下来。项目过几天会开源，连同这一年业余时间写的开发框架。框架改了不少开源组件，希望对大家有所帮助。";
    let text = format!(
        "2014年度总结\n一、今年的工作\n上半年主要维护老项目，修复了四十多个问题。\n{long}\n二、明年的打算\n把框架整理好，写完文档。\n写于2015年1月16日晚\n"
    );
    let imported = import_text(&text);
    let out = squash(&text_of(&imported.report));
    assert!(out.contains(&squash(long)), "{out}");
    assert!(imported.removed.is_empty(), "{:?}", imported.removed);
    assert!(
        imported.suspects.iter().any(|s| s.text == long),
        "listed: {:?}",
        imported.suspects
    );
    assert_eq!(imported.report.signature.date, "写于2015年1月16日晚");
}

/// Three unnumbered parts, each with its 1、 2、 list: short list items that name a part's
/// word (问题) are items, not an outline of parts — a part with nothing under it prints
/// nothing, and "1、项目中内存问题排查" was lost from the export that way.
#[test]
fn short_list_items_one_after_another_are_no_outline() {
    let text = "下半年工作内容总结:\n1、完成车联模块各批次迭代开发上线，按期交付\n2、完成打包脚本的更新\n工作中的不足:\n1、上线前自查力度不足，低级错误较多\n近期计划\n1、内存未及时释放的问题排查\n2、组件改为纯Swift开发\n3、混合开发的组件化\n";
    let imported = import_text(text);
    let out = text_of(&imported.report);
    for line in [
        "内存未及时释放的问题排查",
        "组件改为纯Swift开发",
        "混合开发的组件化",
    ] {
        assert!(out.contains(line), "{line} lost:\n{out}");
    }
}

/// Thanks at the end in words other than the usual cues (最后还是要感谢…) close the summary;
/// they are no part of the last item.
#[test]
fn thanks_at_the_end_in_other_words_are_the_closing() {
    let text = "2019年度总结\n一、工作完成情况\n（一）维护了三套系统\n全年没有出现重大故障。\n最后还是要感谢领导和同事们一年来的帮助。\n";
    let r = import_text(text).report;
    assert!(r.closing.contains("最后还是要感谢"), "{:#?}", r);
    let last = &r.sections[0].items[0];
    assert!(!last.body.contains("感谢"), "{:?}", last.body);
}

/// A Markdown heading that is a date ("## 2019.10.20" over a week's notes) is a part's heading
/// like any other, not an outline number of the author's: the headings after it stay parts.
#[test]
fn a_date_heading_is_no_outline_number() {
    let md = "# 周报\n\n## 2019.10.20\n\n截至目前，完成了甲模块。\n\n## 下周计划\n\n完成乙模块的测试。\n";
    let report = import_text(md).report;
    let parts = parts_of(&report);
    assert_eq!(
        parts,
        [
            (SectionKind::Other, "2019.10.20", 0),
            (SectionKind::Plans, "下周计划", 0),
        ],
        "{report:?}"
    );
}

/// After the parts (一、… 三、存在不足 with its list), a line of its own naming next year's plan
/// ("2021年度工作计划" under a 2020 summary) heads the plans: its paragraph is the lead-in and
/// its list the items — not the body of the last problem.
#[test]
fn a_next_year_plan_line_after_the_parts_heads_the_plans() {
    let text = "2020年度工作总结\n现将半年来的工作总结如下：\n一、工作方面：\n完成了以下工作：\n1.维护后台系统。\n2.开发报表页面。\n二、存在不足：\n不足有以下几点：\n1.工作中容易急躁。\n2.专业知识不够深入。\n2021年度工作计划\n新的一年意味着新的起点，现把工作计划列一下。\n1.持续开发后台系统。\n2.学习新的语法。\n";
    let report = import_text(text).report;
    let parts = parts_of(&report);
    assert_eq!(
        parts,
        [
            (SectionKind::Other, "工作方面：", 2),
            (SectionKind::Problems, "存在不足：", 2),
            (SectionKind::Plans, "2021年度工作计划", 2),
        ],
        "{report:?}"
    );
    assert!(report.sections[2].lead.starts_with("新的一年"));
    assert!(report.sections[1].items[1].body.is_empty());
}

/// A list of one-line items and then a paragraph about the list as a whole ("针对以上难点，…"):
/// the paragraph is the text after the list (an untitled part printed after the items, with
/// no heading), not the last item's body; the next part follows as written.
#[test]
fn a_paragraph_about_the_whole_list_follows_the_list() {
    let text = "试用期工作总结\n一、报表功能开发\n该任务有以下几个难点：\n1.对业务代码不熟悉\n2.修改表结构影响面大\n针对以上难点，我先通读了业务代码，再和组长商定了改表方案。\n在这项任务中，组长给了我很大帮助。\n二、平台部署\n完成了两套集群的部署。\n";
    let report = import_text(text).report;
    let parts = parts_of(&report);
    assert_eq!(
        parts,
        [
            (SectionKind::Other, "报表功能开发", 2),
            (SectionKind::Other, "", 0),
            (SectionKind::Other, "平台部署", 0),
        ],
        "{report:?}"
    );
    let first = &report.sections[0];
    assert!(first.items[1].body.is_empty(), "{:?}", first.items[1]);
    assert!(report.sections[1].lead.starts_with("针对以上难点"));
    assert!(report.sections[1].lead.ends_with("很大帮助。"));
    // Printed in the author's order, the paragraph after the items and before 二、.
    let out = text_of(&report);
    let (items_end, after, next) = (
        out.find("修改表结构影响面大").expect("items"),
        out.find("针对以上难点").expect("after"),
        out.find("平台部署").expect("next"),
    );
    assert!(items_end < after && after < next, "{out}");
    assert!(out.contains("二、平台部署"), "{out}");
}

/// A weekly report without parts: what was done as plain lines, then the next week's plans
/// under a line of their own ("下周计划") or as a label that runs in ("下周计划：…"). The plans
/// are a part of their own, titled as written; what came before stays the opening text.
#[test]
fn a_weekly_report_without_parts_finds_next_weeks_plans() {
    for (text, lead) in [
        (
            "周报\n任务一：修复菜单切换的显示问题。\n完成度：90%\n任务二：优化保存按钮。\n下周计划：修完角色管理的遗留问题。\n",
            "修完角色管理的遗留问题。",
        ),
        (
            "周报\n本周完成了菜单切换的修复。\n遗留问题：域名校验还不完善。\n下周计划\n修完角色管理的遗留问题。\n",
            "修完角色管理的遗留问题。",
        ),
    ] {
        let report = import_text(text).report;
        assert_eq!(
            parts_of(&report),
            [(SectionKind::Plans, "下周计划", 0)],
            "{report:?}"
        );
        assert_eq!(report.sections[0].lead, lead);
        assert!(report.intro.contains("任务") || report.intro.contains("本周完成"));
    }
    // A label naming plans but not the next period ("工作计划：按月推进") stays text.
    let report = import_text("周报\n本周完成了菜单修复。\n工作计划：按月推进。\n").report;
    assert!(report.sections.is_empty(), "{report:?}");
}

/// Text out of a PDF or page that lost the line break after each heading: "一、主要工作与成效
/// 在过去的一年中，…" — the short heading before the space is the part's title, the paragraph
/// its lead-in; a long 一、 paragraph without such a heading stays an enumeration.
#[test]
fn a_heading_run_in_with_a_space_is_a_part() {
    let text = "社区工作总结\n一、主要工作与成效 在过去的一年中，我们社区组织了多次志愿服务活动，居民参与热情很高，环境明显改善。\n二、存在问题与改进措施 尽管取得了一定成绩，但部分居民参与度不高，宣传方式也比较单一，需要改进。\n三、未来展望\n明年将继续开展文明创建活动。\n";
    let report = import_text(text).report;
    assert_eq!(
        parts_of(&report),
        [
            (SectionKind::Achievements, "主要工作与成效", 0),
            (SectionKind::Problems, "存在问题与改进措施", 0),
            (SectionKind::Plans, "未来展望", 0),
        ],
        "{report:?}"
    );
    assert!(report.sections[0].lead.starts_with("在过去的一年中"));
    let out = text_of(&report);
    assert!(
        out.contains("在过去的一年中，我们社区组织了多次志愿服务活动"),
        "{out}"
    );
}

/// A blog header's name, licence and metadata lines (本文作者 / 创建时间 / 阅读时间) above the post's title are the page's,
/// not the author's opening text: removed, each listed.
#[test]
fn a_blog_headers_time_lines_are_page_metadata() {
    let md = "# Notes-Someone\n\n本文采用 CC BY 4.0 许可协议，转载请注明出处。\n\n本文作者: 某某\n创建时间: 2022年1月21日\n阅读时间: 5分钟阅读\n\n-----\n\n# 年终总结\n\n今年过得很快，收获依旧不少。\n\n## 技术\n\n学了三个新框架。\n";
    let imported = import_text(md);
    let intro = &imported.report.intro;
    assert!(
        !intro.contains("创建时间") && !intro.contains("阅读时间"),
        "{intro}"
    );
    assert!(intro.contains("今年过得很快"), "{intro}");
    for gone in ["创建时间", "阅读时间"] {
        assert!(
            imported.removed.iter().any(|r| r.text.contains(gone)),
            "{gone}: {:?}",
            imported.removed
        );
    }
}

/// A probation report whose first part is the training plan the author went through (新人学习
/// 计划), followed by the tasks done: that part is work done, not next period's plans; a part
/// naming the next period keeps the plans' role wherever it stands.
#[test]
fn a_plan_carried_out_before_other_parts_is_no_plans() {
    let text = "试用期工作总结\n一、新人学习计划\n按计划学完了语言基础和框架。\n二、报表功能开发\n完成了频道统计功能。\n三、平台部署\n完成了两套集群的部署。\n";
    let report = import_text(text).report;
    assert_eq!(
        parts_of(&report),
        [
            (SectionKind::Other, "新人学习计划", 0),
            (SectionKind::Other, "报表功能开发", 0),
            (SectionKind::Other, "平台部署", 0),
        ],
        "{report:?}"
    );
    let text = "工作总结\n一、下月工作计划\n完成报表。\n二、本月进展\n完成了统计功能。\n三、问题\n人手不足。\n";
    let report = import_text(text).report;
    assert_eq!(report.sections[0].kind, SectionKind::Plans, "{report:?}");
}

/// A number that lost its dot between its neighbours ("3要提高大局观" after "2." and before
/// "4.") is the list's third item; the items after it stay items. A figure that opens a line
/// ("3年来…") without a next item numbered one more stays text.
#[test]
fn an_item_number_without_its_dot_is_still_the_item() {
    let text = "年度总结\n一、工作目标\n1.要提高工作的主动性。\n2.工作要注重实效。\n3要提高大局观。\n4.精细化工作方式。\n5.多向同事请教。\n二、其他\n1.按时完成任务。\n2.主动沟通。\n3年来一直坚持学习。\n";
    let report = import_text(text).report;
    let headings: Vec<&str> = report.sections[0]
        .items
        .iter()
        .map(|i| i.heading.as_str())
        .collect();
    assert_eq!(
        headings,
        [
            "要提高工作的主动性。",
            "工作要注重实效。",
            "要提高大局观。",
            "精细化工作方式。",
            "多向同事请教。"
        ],
        "{report:?}"
    );
    let other = &report.sections[1];
    assert_eq!(other.items.len(), 2, "{other:?}");
    assert_eq!(other.items[1].body, "3年来一直坚持学习。");
}

/// A weekly log in Markdown: "### 2025.7.21 --- 7.28" weeks, each with "#### 总结" and "#### 下周计划",
/// then two "## 月结" / "## 转正答辩" headings at the end that hold none of the weeks. The
/// weeks are the parts (not items of an untitled part), the later headings parts of their own.
#[test]
fn weeks_before_a_higher_heading_at_the_end_are_the_parts() {
    let md = "# 工作总结\n\n### 2025.7.21 --- 7.28\n\n#### 总结\n\n**1、熟悉了框架**\n\n读懂了配置的联动。\n\n#### 下周计划\n\n1. 完成增删改查\n\n### 2025.7.28 --- 8.4\n\n#### 总结\n\n**1、完成了表格组件**\n\n按钮可编辑删除。\n\n#### 下周计划\n\n1. 梳理交互流程\n\n## 月结\n\n本月完成了入门。\n\n## 转正答辩\n\n准备答辩材料。\n";
    let report = import_text(md).report;
    let titles: Vec<&str> = report.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "2025.7.21 --- 7.28",
            "2025.7.28 --- 8.4",
            "月结",
            "转正答辩"
        ],
        "{report:?}"
    );
    let week = &report.sections[0];
    let items: Vec<&str> = week.items.iter().map(|i| i.heading.as_str()).collect();
    assert_eq!(items, ["总结", "下周计划"], "{week:?}");
    assert_eq!(week.items[0].children[0].heading, "熟悉了框架");
    assert_eq!(report.sections[2].lead, "本月完成了入门。");
}

/// A work log of dated entries ("2023.3.6 工作", "2023.3.7 计划"), each with lines or a list
/// under it: each entry is a part titled as written, the list its items; the latest plan is
/// the plans.
#[test]
fn a_logs_dated_entries_are_its_parts() {
    let text = "2023.3.6 工作\n查看了首页的效果图。\n拟定了首页的布局。\n\n2023.3.7 计划\n完成首页的整体代码。\n\n2023.3.7 工作\n1. 完成首页主体。\n2. 修改首页样式。\n\n2023.3.8 计划\n完成剩余页面的编写。\n";
    let report = import_text(text).report;
    let titles: Vec<&str> = report.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "2023.3.6 工作",
            "2023.3.7 计划",
            "2023.3.7 工作",
            "2023.3.8 计划"
        ],
        "{report:?}"
    );
    assert_eq!(report.sections[2].items.len(), 2);
    assert_eq!(report.sections[3].kind, SectionKind::Plans);
    assert!(report.intro.is_empty(), "{report:?}");
}

/// An untitled list of tasks whose first items come again further down (a weekly list pasted
/// twice), one of them naming a report ("…明确每日汇报格式"): no item is the title, none is
/// removed as the page's title.
#[test]
fn an_item_that_names_a_report_is_no_title() {
    let text = "1、与测试组制定测试流程，明确每日汇报格式\n2、讨论相机参数的转换\n3、组织组内会议\n4、与测试组制定测试流程，明确每日汇报格式\n5、讨论相机参数的转换\n6、解决统计空指针问题\n";
    let imported = import_text(text);
    assert_eq!(imported.report.title, "", "{:?}", imported.report);
    assert!(imported.removed.is_empty(), "{:?}", imported.removed);
    let out = text_of(&imported.report);
    assert_eq!(out.matches("明确每日汇报格式").count(), 2, "{out}");
}

/// "工作总结 - 周某某" at the top of a Word file: the name after the dash is the author's, not
/// a site's; it stays with the title, nothing is removed. A blog's name still goes.
#[test]
fn a_name_after_the_titles_dash_is_the_authors() {
    let imported = import_text("工作总结 - 周明轩\n本周完成了信道仿真的第一版。\n");
    assert_eq!(imported.report.title, "工作总结 - 周明轩");
    assert!(imported.removed.is_empty(), "{:?}", imported.removed);
    let imported = import_text("年终总结 - 小周的书店\n今年读了二十本书。\n");
    assert_eq!(imported.report.title, "年终总结");
}

/// A log kept week by week: "第一周：" then blocks such as "本周工作：" with a list and
/// "下周任务：" with a line, the same for each week (one of them with 一、 notes inside). Each
/// week is a part titled as written; its blocks are items, a block's list its children.
#[test]
fn a_weekly_logs_weeks_are_parts_and_its_blocks_items() {
    let text = "第一周：\n本周工作：\n1. 整理了实验数据。\n2. 读了两篇论文。\n下周任务：\n完成分割实验。\n第二周：\n本周工作：\n1. 完成分割实验。\n下周任务：\n写论文初稿。\n心得：\n一、先做小实验\n二、再扩大规模\n第三周\n本周工作：\n1. 写完初稿。\n";
    let report = import_text(text).report;
    let titles: Vec<&str> = report.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["第一周", "第二周", "第三周"], "{report:?}");
    let first = &report.sections[0];
    let blocks: Vec<&str> = first.items.iter().map(|i| i.heading.as_str()).collect();
    assert_eq!(blocks, ["本周工作", "下周任务"], "{first:?}");
    assert_eq!(first.items[0].children.len(), 2);
    assert_eq!(first.items[1].body, "完成分割实验。");
    let second = &report.sections[1];
    assert_eq!(second.items.len(), 3, "{second:?}");
    assert!(
        second.items[2].body.contains("一、先做小实验"),
        "{second:?}"
    );
    assert!(report.intro.is_empty());
}

/// "2025-06-06周报" on the first line of a group's weekly report: a title that opens with its
/// date, not a page's dateline (which has a clock time: "2025-12-17 14:42:05…").
#[test]
fn a_dated_weekly_report_title_is_the_title() {
    let report =
        import_text("2025-06-06周报\n一、主要工作\n完成了数据标注。\n二、问题\n显存不够。\n")
            .report;
    assert_eq!(report.title, "2025-06-06周报", "{report:?}");
    assert_eq!(report.sections.len(), 2);
}

/// A weekly report written as answers to its form's questions ("本周完成了什么工作？" and the
/// answer, "下周有什么工作计划？", "遇到什么问题了吗？"): each question heads a part with its
/// answer, the roles by the question's words.
#[test]
fn questions_and_their_answers_are_parts() {
    let text = "第三周\n本周完成了什么工作？\n整理了需求文档。\n下周有什么工作计划？\n搭好后台框架。\n遇到什么问题了吗？\n服务器权限还没批下来。\n有什么经验想分享吗？\n无。\n";
    let report = import_text(text).report;
    assert_eq!(report.title, "第三周");
    let parts: Vec<SectionKind> = report.sections.iter().map(|s| s.kind).collect();
    assert_eq!(
        parts,
        [
            SectionKind::Achievements,
            SectionKind::Plans,
            SectionKind::Problems,
            SectionKind::Other
        ],
        "{report:?}"
    );
    assert_eq!(report.sections[2].lead, "服务器权限还没批下来。");
    assert!(report.intro.is_empty());
}

/// A weekly report sent as an e-mail opens with its greeting ("Hi All"): no title.
#[test]
fn a_greeting_is_no_title() {
    let report =
        import_text("Hi\u{a0}All\n本周主要工作：\n1. 完成推广页面。\n2. 联调接口。\n").report;
    assert_eq!(report.title, "", "{report:?}");
    assert!(report.intro.starts_with("Hi\u{a0}All"), "{report:?}");
}

/// A text file wrapped by hand with tabs: a line set in deeper than the one before it, which
/// ends no sentence, continues it; a deeper line after a colon, or a numbered one, does not.
#[test]
fn a_line_set_in_deeper_continues_the_sentence_before() {
    let text = "本周总结：\n\t1.熟悉了公司的流程：\n\t\ta.学习了项目管理工具，理解了依赖\n\t\t\t管理的好处。\n\t\tb.学习了版本控制系统。\n\t2.搭建了本机环境。\n下周计划：\n\t1.继续熟悉业务。\n";
    let report = import_text(text).report;
    let out = text_of(&report);
    assert!(out.contains("理解了依赖管理的好处。"), "{out}");
    assert!(!out.contains("依赖\n"), "{out}");
    assert!(out.contains("学习了版本控制系统。"), "{out}");
}

/// Two weekly reports in one file, each 一、本周工作 / 二、下周计划 / 三、本周心得: the second
/// report's parts follow the first's (not in the body of the first report's last part), and
/// the plans are the latest week's.
#[test]
fn a_second_report_after_the_first_follows_it() {
    let text = "一、本周工作\n1.完成模块编写\n2.更新表结构\n二、下周计划\n1.对接邮件模块\n三、本周心得\n规范开发。\n一、本周工作\n1.修改报告任务表\n二、下周计划\n1.完成待办模块\n2.修复流程缺陷\n三、本周心得\n1.学习开发规范\n";
    let report = import_text(text).report;
    let titles: Vec<&str> = report.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "本周工作",
            "下周计划",
            "本周心得",
            "本周工作",
            "下周计划",
            "本周心得"
        ],
        "{report:?}"
    );
    let plans: Vec<usize> = (0..6)
        .filter(|&k| report.sections[k].kind == SectionKind::Plans)
        .collect();
    assert_eq!(plans, [4], "{report:?}");
    assert_eq!(report.sections[4].items.len(), 2);
}

/// The name and the date on one line at the end ("员工签名：某某    日期：2018/08/28", or the
/// name then the date after spaces): the signature, as written — never removed as junk.
#[test]
fn a_signature_on_one_line_is_the_signature() {
    for (last, unit, date) in [
        (
            "员工签名：王小明                         日期：2018/08/28",
            "员工签名：王小明",
            "日期：2018/08/28",
        ),
        (
            "签名：王小明 日期：2018/08/28",
            "签名：王小明",
            "日期：2018/08/28",
        ),
        ("王小明    2018年8月28日", "王小明", "2018年8月28日"),
    ] {
        let text = format!(
            "实习总结\n这段时间我在后台组实习，完成了报表模块的开发。\n感谢同事们的帮助。\n{last}\n"
        );
        let imported = import_text(&text);
        let sig = &imported.report.signature;
        assert_eq!(
            (sig.unit.as_str(), sig.date.as_str()),
            (unit, date),
            "{last}: {:?}",
            imported.removed
        );
        assert!(
            imported.removed.is_empty(),
            "{last}: {:?}",
            imported.removed
        );
    }
}

/// A link the author gives under a label of its own ("相关链接" then the repository's name and
/// address): the author's line, kept and listed, never removed. A blog theme's post line
/// (发表于2021-01-20 分类于…) is the page's.
#[test]
fn a_labelled_link_is_the_authors_and_a_post_line_the_pages() {
    let md = "# 实习总结\n\n## 一、解析器\n\n实现了文件结构的解析器。\n\n* 相关链接\n\n  [someone/parser (github.com)](https://github.com/someone/parser)\n\n## 二、个人总结\n\n收获很多。\n";
    let imported = import_text(md);
    assert!(
        text_of(&imported.report).contains("someone/parser (github.com)"),
        "{:?}",
        imported.removed
    );
    let page = "发表于2021-01-20分类于 年终总结\n年终总结\n今年换了工作，也搬了家。\n";
    let imported = import_text(page);
    assert_eq!(imported.report.title, "年终总结", "{:?}", imported.removed);
    assert!(!imported.report.intro.contains("发表于"));
}

/// "第二部份：" (份, as many write it) is a part like 第二部分; and a numbered heading that
/// announces plans ("一、下周安排：" over a list) is a part, not a lead-in holding its number.
#[test]
fn parts_written_bu_fen_with_fen_and_plan_headings_are_parts() {
    let text = "周报\n第一部分：本周工作完成情况\n完成了接口联调。\n第二部份：下周工作计划\n测试打包流程。\n";
    let report = import_text(text).report;
    let titles: Vec<&str> = report.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["本周工作完成情况", "下周工作计划"], "{report:?}");
    let text = "个人周报\n一、下周安排：\n1.学习样式表\n2.完成俱乐部任务\n";
    let report = import_text(text).report;
    assert_eq!(report.sections[0].title, "下周安排：", "{report:?}");
    assert!(!report.sections[0].lead.contains("一、"), "{report:?}");
    assert_eq!(report.sections[0].items.len(), 2);
}

/// Parts headed by labels that end in a colon in a text without 一、 ("主要工作内容：" over a
/// list, "学习与收获：" over unnumbered headings, "总结与感想：" over a paragraph): each label
/// heads a part; the blocks do not nest under the last item of the list before.
#[test]
fn labels_ending_in_a_colon_head_parts() {
    let text = "实习总结\n主要工作内容：\n1. 搭建数据管道\n写了清洗脚本。\n2. 数据清洗\n处理了缺失值。\n学习与收获：\n技术提升\n学会了调度工具。\n总结与感想：\n这次实习让我收获很多。\n";
    let report = import_text(text).report;
    let titles: Vec<&str> = report.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        ["主要工作内容", "学习与收获", "总结与感想"],
        "{report:?}"
    );
    assert_eq!(report.sections[0].items.len(), 2);
    assert_eq!(report.sections[0].items[1].body, "处理了缺失值。");
    assert!(report.sections[2].lead.contains("收获很多"));
}

/// A heading with nothing under it and then a label over a list ("2019年度工作计划", then
/// "工作计划：" and 1. 2.): the label is the heading's lead-in — the heading is never left
/// empty (an empty part prints nothing, and the author's line would be lost).
#[test]
fn a_label_right_under_a_heading_is_its_lead_in() {
    let text = "2018年度工作总结\n存在不足：\n1. 工作中容易急躁。\n2. 思路不够成熟。\n2019年度工作计划\n工作计划：\n1. 维护后台系统。\n2. 开发新页面。\n";
    let report = import_text(text).report;
    let out = text_of(&report);
    assert!(out.contains("2019年度工作计划"), "{out}");
    let plans = report
        .sections
        .iter()
        .find(|s| s.kind == SectionKind::Plans)
        .expect("plans");
    assert_eq!(plans.title, "2019年度工作计划", "{report:?}");
    assert_eq!(plans.lead, "工作计划：");
    assert_eq!(plans.items.len(), 2);
}

/// Tabs used as line breaks (one Word paragraph per block: "二、收获与心得⇥⇥⇥⇥1、技术学习：…",
/// "1、…⇥⇥2、…⇥3、…"): a run of tabs or a tab before the next number ends the line, so parts and
/// items come out, with no tab in the text.
#[test]
fn tabs_used_as_line_breaks_end_lines() {
    let text = "一、主要工作\t\t\t\n\t1、模块开发：完成报告书开发。\t\t\t2、列表改修：完成列宽调整。\t3、工具改修：完成改修。\n二、收获与心得\t\t\t\t1、技术学习：学习了两门语言。\n\t2、设计理念：理解了分层。\n";
    let report = import_text(text).report;
    let parts: Vec<(SectionKind, &str, usize)> = parts_of(&report);
    assert_eq!(
        parts,
        [
            (SectionKind::Achievements, "主要工作", 3),
            (SectionKind::Other, "收获与心得", 2)
        ],
        "{report:?}"
    );
    assert!(!text_of(&report).contains('\t'));
    // A word spaced out with tabs on a cover is the word.
    let report = import_text("某\t州\t学\t院\n毕业实习总结\n这次实习我学到了很多。\n").report;
    assert!(!report.title.contains('\t'), "{report:?}");
    assert!(text_of(&report).contains("某州学院"), "{report:?}");
}

/// A label the author repeats under each project (工作职责：…, 工作结果：…) frames the
/// author's own lines: none of them is listed as possible web junk, even one in words an
/// advert would use (方便快捷、提升用户体验). Shape of a real year-end summary in Markdown.
#[test]
fn lines_under_a_repeated_label_are_the_authors_frame() {
    let text = "# 年度总结\n\n## 本职工作\n\n### 1. 报名小程序\n\n工作职责：负责报名小程序的开发与上线，处理测试中的问题\n\n工作结果：报名流程从五步减到两步，提交成功率明显提高\n\n### 2. 登录页改版\n\n工作职责：负责登录页与注册页以及两端小程序相应的开发\n\n工作结果：使用户能够方便快捷地扫码登录，实现一键注册，提升用户体验\n\n### 3. 数据看板\n\n工作职责：负责看板的接口设计与图表开发\n\n工作结果：每周报表由人工汇总改为自动生成\n\n## 明年计划\n\n1. 完成小程序的性能优化\n2. 整理组件库文档\n";
    let imported = import_text(text);
    let out = text_of(&imported.report);
    assert!(out.contains("提升用户体验"), "{out}");
    assert!(
        imported.suspects.is_empty() && imported.removed.is_empty(),
        "suspects {:?}, removed {:?}",
        imported.suspects,
        imported.removed
    );
}

/// A half-year summary told month by month ("3月：开学准备，井然有序" over what was done that
/// month, then 4月, 5月…, and "总结：…" at the end): each month is a part, in order, with its
/// paragraphs; the closing label is a part too. Shape of a real school office's summary.
#[test]
fn a_chronicle_by_month_has_the_months_as_its_parts() {
    let text = "2024年上半年后勤处工作总结\n\n上半年，后勤处围绕保障教学这一中心，完成了各项工作，现按月回顾如下。\n\n3月：开学准备，井然有序\n开学前完成了全部教室的检修，更换灯管一百二十支，食堂通过了开学检查。\n4月：春季维修，细致入微\n修补了操场跑道，清理了三处排水沟，配合完成了两场考试的考务。\n5月：安全为先，守住底线\n组织了消防演练，检查了配电房和电梯，整改隐患七处。\n6月：学期收尾，圆满完成\n维修课桌椅八十套，完成了中考考场的布置和资产报表的上报。\n\n总结：默默付出，守护校园\n半年来，后勤处以师生需求为己任，下半年将继续推进食堂改造和中庭提升。\n";
    let imported = import_text(text);
    let report = &imported.report;
    assert_eq!(report.title, "2024年上半年后勤处工作总结");
    let parts: Vec<&str> = report.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        parts,
        [
            "3月：开学准备，井然有序",
            "4月：春季维修，细致入微",
            "5月：安全为先，守住底线",
            "6月：学期收尾，圆满完成",
            "总结：默默付出，守护校园",
        ],
        "{report:#?}"
    );
    assert!(
        report.intro.contains("现按月回顾如下"),
        "{:?}",
        report.intro
    );
    let out = text_of(report);
    for line in text.lines().filter(|l| !l.is_empty()) {
        assert!(out.contains(line.trim()), "lost: {line}\n{out}");
    }
}
