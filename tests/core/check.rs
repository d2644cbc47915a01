//! Proofreading: the seed's defects, no false positives on a clean summary, safe fixes, each
//! rule on its own, and the CLI.

use crate::bin;
use crate::seed;

use std::collections::BTreeMap;
use std::ffi::OsStr;

use work_summary::check::{self, Finding, Place, Rule};
use work_summary::import;
use work_summary::storage::draft;
use work_summary::{Item, ItemStyle, Report, Section, SectionKind, Signature};

/// (rule, found) → count, over findings on the given lines (all when None).
fn tally(
    findings: &[Finding],
    lines: Option<std::ops::RangeInclusive<usize>>,
) -> BTreeMap<(&'static str, String), usize> {
    let mut out = BTreeMap::new();
    for f in findings {
        if let (Some(lines), Place::Line { line }) = (&lines, &f.place)
            && !lines.contains(line)
        {
            continue;
        }
        *out.entry((f.rule.id(), f.found.clone())).or_default() += 1;
    }
    out
}

fn expected(list: &[(&'static str, &str, usize)]) -> BTreeMap<(&'static str, String), usize> {
    list.iter()
        .map(|(r, f, n)| ((*r, (*f).to_owned()), *n))
        .collect()
}

/// The seed's document lines (3–23) hold exactly these defects.
const SEED_FINDINGS: &[(&str, &str, usize)] = &[
    ("mask", "***", 1),
    ("mask", "**", 3),
    ("mask", "*", 2),
    ("lost-interpunct", "?", 2),
    ("half-width-punct", ",", 45),
    ("half-width-punct", ";", 5),
    ("half-width-punct", ":", 2),
    ("half-width-punct", "(", 5),
    ("half-width-punct", ")", 5),
    ("straight-quote", "\"", 2),
    ("unbalanced", "“", 1),
    ("doubled-punct", "、,", 1),
];

#[test]
fn the_seed_checked_as_text_yields_each_defect() {
    let Some(seed_file) = seed::shared_seed() else {
        return;
    };
    let text = std::fs::read_to_string(seed_file.clone()).expect("seed");
    let findings = check::check_text(&text);
    assert_eq!(tally(&findings, Some(3..=23)), expected(SEED_FINDINGS));
    // The places are exact: 5?18 on line 11, 中国梦?湖湘 on line 21.
    let interpuncts: Vec<(usize, usize)> = findings
        .iter()
        .filter(|f| f.rule == Rule::LostInterpunct)
        .map(|f| match f.place {
            Place::Line { line } => (line, f.range.start),
            _ => (0, 0),
        })
        .collect();
    let lines: Vec<&str> = text.lines().collect();
    for (line, at) in interpuncts {
        let around: String = lines[line - 1].chars().skip(at - 1).take(3).collect();
        assert!(around == "5?1" || around == "梦?湖", "{around}");
    }
}

#[test]
fn the_seed_imported_yields_the_same_defects() {
    let Some(seed_file) = seed::shared_seed() else {
        return;
    };
    let report = import::import_file(&seed_file.clone())
        .expect("import")
        .report;
    let findings = check::check_report(&report);
    let mut tally = tally(&findings, None);
    // Import turned the (一) markers into structure, so their parentheses are gone: 3 pairs.
    let mut want = expected(SEED_FINDINGS);
    *want
        .get_mut(&("half-width-punct", "(".to_owned()))
        .expect("(") -= 3;
    *want
        .get_mut(&("half-width-punct", ")".to_owned()))
        .expect(")") -= 3;
    // 某局 in the title is worth a look.
    want.insert(("placeholder", "某局".to_owned()), 1);
    tally.retain(|_, n| *n > 0);
    want.retain(|_, n| *n > 0);
    assert_eq!(tally, want);
}

#[test]
fn safe_fixes_leave_only_what_needs_a_person() {
    let Some(seed_file) = seed::shared_seed() else {
        return;
    };
    let mut report = import::import_file(&seed_file.clone())
        .expect("import")
        .report;
    let applied = check::apply_safe(&mut report);
    assert!(applied >= 55, "{applied}");
    let left: Vec<Rule> = check::check_report(&report)
        .iter()
        .map(|f| f.rule)
        .collect();
    for rule in &left {
        assert!(
            matches!(
                rule,
                Rule::Mask
                    | Rule::Unbalanced
                    | Rule::StraightQuote
                    | Rule::LostInterpunct
                    | Rule::Placeholder
            ),
            "{rule:?} left after safe fixes"
        );
    }
    assert_eq!(left.iter().filter(|r| **r == Rule::Mask).count(), 6);
    assert!(
        report.sections[0].items[0]
            .body
            .contains("免费开放，乡镇综合")
    );
    assert!(
        report.sections[0].items[1]
            .body
            .contains("宣传展示活动，与县作协"),
        "、, became ，"
    );
    assert!(report.sections[2].items[0].body.contains("乡镇（街道）"));
}

fn clean_summary() -> Report {
    let mut achievements = Section::new(SectionKind::Achievements);
    achievements.items.push(Item::new(
        "强化理论武装",
        "全年组织集中学习24次，开展“学思想、强党性”主题活动，覆盖党员1200余人次。",
    ));
    let mut sub = Item::new("推进重点项目", "完成投资3.5亿元，同比增长12.6%。");
    sub.children
        .push(Item::new("交通项目", "新建道路18千米（含农村公路6千米）。"));
    achievements.items.push(sub);
    let mut problems = Section::new(SectionKind::Problems);
    problems.lead = "一是基层力量薄弱；二是经费保障不足；三是考核机制有待完善。".into();
    let mut plans = Section::new(SectionKind::Plans);
    plans.style = ItemStyle::Inline;
    plans.lead = "2024年，我们将重点做好以下工作：".into();
    plans.items.push(Item::new(
        "抓好学习教育。",
        "深入学习《中国共产党章程》，做到学思用贯通。",
    ));
    plans.items.push(Item::new(
        "抓好安全生产。",
        "增长幅度控制在5%～8%，确保“5·18”活动有序开展……",
    ));
    Report {
        title: "县文化旅游广电体育局2023年度工作总结".into(),
        intro: "2023年，我局坚持稳中求进工作总基调，各项工作取得新成效。现将有关情况总结如下："
            .into(),
        sections: vec![achievements, problems, plans],
        closing: "新的一年，我们将再接再厉，奋力开创工作新局面。".into(),
        signature: Signature {
            unit: "县文化旅游广电体育局".into(),
            date: "2024年1月5日".into(),
        },
        ..Report::default()
    }
}

#[test]
fn a_correct_summary_has_no_findings() {
    let findings = check::check_report(&clean_summary());
    assert!(findings.is_empty(), "{findings:#?}");
    let text = work_summary::export::text::write(&clean_summary(), &Default::default());
    let findings = check::check_text(&text);
    assert!(findings.is_empty(), "as text: {findings:#?}");
}

/// Findings of one rule in a paragraph field.
fn of(rule: Rule, text: &str) -> Vec<Finding> {
    let report = Report {
        intro: text.into(),
        ..Report::default()
    };
    check::check_report(&report)
        .into_iter()
        .filter(|f| f.rule == rule)
        .collect()
}

fn fixed(text: &str) -> String {
    let mut report = Report {
        intro: text.into(),
        ..Report::default()
    };
    check::apply_safe(&mut report);
    report.intro
}

#[test]
fn rule_half_width_punct() {
    assert_eq!(
        fixed("我局坚持学习,取得成效;主要是:一(二)三!"),
        "我局坚持学习，取得成效；主要是：一（二）三！"
    );
    assert_eq!(of(Rule::HalfWidthPunct, "完成了.下一步").len(), 1);
    for clean in [
        "投资2.3亿元",
        "共1,200人",
        "10:30开会",
        "使用Word.docx格式",
        "版本v1.2",
    ] {
        assert!(of(Rule::HalfWidthPunct, clean).is_empty(), "{clean}");
    }
}

#[test]
fn rule_straight_quote_and_unbalanced() {
    assert_eq!(fixed("开展\"送戏下乡\"活动"), "开展“送戏下乡”活动");
    // Mixed with curly quotes the pairing is unclear: reported, not fixed.
    let mixed = "“文化日\"\"宣传";
    assert_eq!(of(Rule::StraightQuote, mixed).len(), 2);
    assert!(
        of(Rule::StraightQuote, mixed)
            .iter()
            .all(|f| f.fix.is_none())
    );
    assert_eq!(of(Rule::Unbalanced, "“开展活动").len(), 1);
    assert_eq!(of(Rule::Unbalanced, "《条例》【注】（一）").len(), 0);
    assert_eq!(of(Rule::Unbalanced, "（一）》").len(), 1);
    assert!(
        of(Rule::StraightQuote, "He said \"ok\"").is_empty(),
        "no Chinese"
    );
}

#[test]
fn rule_doubled_punct() {
    assert_eq!(fixed("活动、，与县"), "活动，与县");
    assert_eq!(fixed("好，，很好"), "好，很好");
    assert_eq!(fixed("完成了，。"), "完成了。");
    assert_eq!(of(Rule::DoubledPunct, "什么？！").len(), 1);
    assert!(of(Rule::DoubledPunct, "完成了。接着，").is_empty());
    assert!(
        of(Rule::DoubledPunct, "等等。。。").is_empty(),
        "an ellipsis"
    );
}

#[test]
fn rule_masks_and_placeholders() {
    for mask in [
        "以***思想",
        "开展**场次",
        "共*家",
        "＊＊局",
        "××县",
        "XX单位",
        "某某同志",
        "（此处填写数据）",
        "____年",
    ] {
        assert_eq!(of(Rule::Mask, mask).len(), 1, "{mask}");
    }
    for clean in ["3×4的矩阵", "XXL号", "某些方面"] {
        assert!(of(Rule::Mask, clean).is_empty(), "{clean}");
    }
    let report = Report {
        title: "某局工作总结".into(),
        intro: "某局领导".into(),
        ..Report::default()
    };
    let placeholders: Vec<_> = check::check_report(&report)
        .into_iter()
        .filter(|f| f.rule == Rule::Placeholder)
        .collect();
    assert_eq!(placeholders.len(), 1, "only in the title or signature");
}

#[test]
fn rule_lost_interpunct() {
    let found = of(
        Rule::LostInterpunct,
        "5?18国际博物馆日，中国梦?湖湘，乱\u{fffd}码",
    );
    assert_eq!(found.len(), 3);
    assert!(found.iter().all(|f| {
        f.fix
            .as_ref()
            .is_some_and(|x| !x.safe && x.replacement == "·")
    }));
    assert!(of(Rule::LostInterpunct, "怎么办?").is_empty());
    assert_eq!(fixed("5?18"), "5?18", "needs confirmation");
}

#[test]
fn rule_dashes_and_ellipses() {
    assert_eq!(fixed("主题--奋斗"), "主题——奋斗");
    assert_eq!(fixed("等等...还有。。。以及…"), "等等……还有……以及……");
    assert_eq!(of(Rule::Dash, "主题—奋斗").len(), 1);
    assert!(
        of(Rule::Dash, "2022年2月3日—10日").is_empty(),
        "a span of dates"
    );
    assert!(of(Rule::Ellipsis, "等等……").is_empty());
}

#[test]
fn rule_numbering() {
    assert_eq!(fixed("1、加强学习\n2、改进作风"), "1.加强学习\n2.改进作风");
    assert_eq!(fixed("（一）、加强学习"), "（一）加强学习");
    assert_eq!(fixed("一.加强学习"), "一、加强学习");
    assert_eq!(
        of(Rule::NumberingGap, "一是学习；二是调研；四是总结。").len(),
        1
    );
    assert!(of(Rule::NumberingGap, "一是学习；二是调研；三是总结。").is_empty());
    let text = "标题\n一、工作\n（1）学习\n二、问题\n四、计划";
    let findings = check::check_text(text);
    let rules: Vec<Rule> = findings.iter().map(|f| f.rule).collect();
    assert!(rules.contains(&Rule::NumberingLevel), "{findings:#?}");
    assert!(rules.contains(&Rule::NumberingGap), "{findings:#?}");
}

#[test]
fn rule_title_empty_spaces_doubles() {
    let report = Report {
        title: "工作总结。".into(),
        ..Report::default()
    };
    let mut r = report.clone();
    check::apply_safe(&mut r);
    assert_eq!(r.title, "工作总结");
    // The default sections have titles and nothing in them.
    assert_eq!(
        check::check_report(&Report::default())
            .iter()
            .filter(|f| f.rule == Rule::Empty)
            .count(),
        3
    );
    let mut with_item = Report::default();
    with_item.sections[0].items.push(Item::default());
    assert!(
        check::check_report(&with_item)
            .iter()
            .any(|f| f.rule == Rule::Empty && matches!(f.place, Place::ItemHeading { .. }))
    );
    assert_eq!(fixed("精神 文明\u{3000}建设"), "精神文明建设");
    assert!(of(Rule::CjkSpace, "共 5 家").is_empty());
    assert_eq!(of(Rule::DoubledChar, "我们的的工作").len(), 1);
    assert!(of(Rule::DoubledChar, "的的确确，常常，不了了之").is_empty());
}

#[test]
fn rule_numbers_and_dates() {
    assert_eq!(fixed("２０２２年完成"), "2022年完成");
    assert_eq!(fixed("2022年07月01日"), "2022年7月1日");
    assert_eq!(fixed("增长4-6%"), "增长4%～6%");
    assert_eq!(of(Rule::DateForm, "二〇二二年7月").len(), 1);
    let dotted = of(Rule::DateForm, "于2023.7.5召开");
    assert_eq!(dotted.len(), 1);
    assert_eq!(
        dotted[0].fix.as_ref().map(|f| f.replacement.as_str()),
        Some("2023年7月5日")
    );
    assert_eq!(of(Rule::DateForm, "03年以来").len(), 1);
    assert_eq!(of(Rule::DateForm, "98年5月").len(), 1);
    // Spans of time are not years.
    assert!(of(Rule::DateForm, "门诊楼建成使用已近30年").is_empty());
    assert!(of(Rule::DateForm, "从事这项工作20年，积累了经验").is_empty());
    assert!(of(Rule::DateForm, "2022年7月1日").is_empty());
    assert!(of(Rule::DateForm, "二〇二二年七月").is_empty());
}

fn run_check(args: &[&str]) -> std::process::Output {
    let args: Vec<&OsStr> = std::iter::once("check")
        .chain(args.iter().copied())
        .map(OsStr::new)
        .collect();
    bin::run(&args)
}

#[test]
fn cli_exit_codes_and_json() {
    let Some(seed_file) = seed::shared_seed() else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let clean = dir.path().join("clean.ron");
    draft::save_atomic(&clean_summary(), &clean).expect("saved");
    let out = run_check(&[clean.to_str().expect("utf-8")]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let seed = seed_file.clone();
    let out = run_check(&[seed.to_str().expect("utf-8"), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let json = String::from_utf8(out.stdout).expect("utf-8");
    for key in [
        "\"file\"",
        "\"count\"",
        "\"rule\": \"mask\"",
        "\"severity\": \"error\"",
        "\"field\": \"line\"",
        "\"range\"",
        "\"fix\"",
        "\"message\"",
    ] {
        assert!(json.contains(key), "{key} in {json}");
    }

    let out = run_check(&[seed.to_str().expect("utf-8")]);
    let human = String::from_utf8(out.stdout).expect("utf-8");
    assert!(human.contains("第 11 行 第109字 [间隔号丢失]"), "{human}");

    let out = run_check(&["/nonexistent/x.ron"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("x.ron"));
}

#[test]
fn a_lone_connector_dash_in_a_chain_or_span_is_not_flagged() {
    let text = "标题\n按照立项—交办—跟踪—反馈—销号的流程推进。\n开通北京—上海线路。\n我们的目标—建设美丽乡村。";
    let dashes: Vec<usize> = check::check_text(text)
        .iter()
        .filter(|f| f.rule == Rule::Dash)
        .map(|f| match f.place {
            Place::Line { line } => line,
            _ => 0,
        })
        .collect();
    assert_eq!(dashes, vec![4]);
}

#[test]
fn word_rules_respect_the_word_list_and_disabled_rules() {
    let text = "标题\n大家再接再励，认真惯彻落实。";
    let ids = |f: Vec<Finding>| f.iter().map(|f| f.rule.id()).collect::<Vec<_>>();
    assert_eq!(
        ids(check::check_text(text)),
        vec!["wrong-word", "near-word"]
    );
    let options = check::Options {
        words: check::WordList::parse("惯彻\n"),
        ..check::Options::default()
    };
    assert_eq!(
        ids(check::check_text_with(text, &options)),
        vec!["wrong-word"]
    );
    let options = check::Options::only(&[Rule::NearWord]);
    assert_eq!(
        ids(check::check_text_with(text, &options)),
        vec!["near-word"]
    );
}

#[test]
fn check_rules_runs_a_subset_and_rejects_unknown_ids() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.txt");
    std::fs::write(&path, "标题\n大家再接再励, 认真惯彻落实。\n").expect("written");
    let run = |rules: &str| {
        bin::run(&[
            OsStr::new("check"),
            OsStr::new("--format"),
            OsStr::new("json"),
            OsStr::new("--rules"),
            OsStr::new(rules),
            path.as_os_str(),
        ])
    };
    let out = run("wrong-word,near-word");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let rules: Vec<&str> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["rule"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(rules, vec!["wrong-word", "near-word"]);
    assert_eq!(run("no-such-rule").status.code(), Some(2));
}

/// Our own text in the seed's shape (tests/data/seed-like.txt): each planted defect of its
/// document lines (3–19) is found, and nothing else.
#[test]
fn the_seed_like_text_yields_each_planted_defect() {
    let text = std::fs::read_to_string(seed::seed_like()).expect("seed-like");
    let findings = check::check_text(&text);
    assert_eq!(
        tally(&findings, Some(3..=19)),
        expected(&[
            ("doubled-punct", "、,", 1),
            ("half-width-punct", "(", 5),
            ("half-width-punct", ")", 5),
            ("half-width-punct", ",", 19),
            ("half-width-punct", ":", 2),
            ("half-width-punct", ";", 5),
            ("lost-interpunct", "?", 1),
            ("mask", "*", 1),
            ("mask", "**", 1),
            ("mask", "***", 1),
            ("straight-quote", "\"", 2),
            ("unbalanced", "“", 1),
        ])
    );
}

/// A summary with the figure statements of real reports, three of them wrong.
fn figures_summary(wrong: bool) -> Report {
    let pick = |w: &'static str, r: &'static str| if wrong { w } else { r };
    let mut work = Section::new(SectionKind::Achievements);
    work.items.push(Item::new(
        "强化干部教育培训",
        pick(
            "全年共培训干部300人次，其中科级干部120人次、一般干部150人次。应完成年度培训任务120项，实际完成108项，完成率为95%。",
            "全年共培训干部300人次，其中科级干部120人次、一般干部180人次。应完成年度培训任务120项，实际完成108项，完成率为90%。",
        ),
    ));
    work.items.push(Item::new(
        "稳步增加财政收入",
        pick(
            "一般公共预算收入由去年的500万元增长到600万元，同比增长25%。城镇化率从45%提高到52%，提高7个百分点。",
            "一般公共预算收入由去年的500万元增长到600万元，同比增长20%。城镇化率从45%提高到52%，提高7个百分点。",
        ),
    ));
    Report {
        title: "县委组织部2024年工作总结".into(),
        sections: vec![work],
        ..Report::default()
    }
}

#[test]
fn figures_in_official_phrasing_are_checked_and_the_finding_shows_the_sum() {
    assert_eq!(check::check_report(&figures_summary(false)), vec![]);
    let findings = check::check_report(&figures_summary(true));
    let got: Vec<(Rule, &str, Option<&str>)> = findings
        .iter()
        .map(|f| (f.rule, f.found.as_str(), f.note.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Rule::FigureTotal, "300人次", Some("120+150=270")),
            (Rule::FigurePercent, "95%", Some("108÷120=90.0%")),
            (Rule::FigureChange, "25%", Some("(600−500)÷500=20.0%")),
        ]
    );
    assert_eq!(
        findings[1].message(false),
        "百分比“95%”与所依据的两个数不符：108÷120=90.0%，文中写95%。"
    );
    assert_eq!(
        findings[1].message(true),
        "“95%” does not match its two counts: 108÷120=90.0%, the text says 95%."
    );
    assert_eq!(
        findings[0].message(false),
        "合计“300人次”与所列分项之和不符：120+150=270，文中写300人次。"
    );
    // The same as plain text, line by line, and through the CLI.
    let text = work_summary::export::text::write(&figures_summary(true), &Default::default());
    let as_text = check::check_text(&text);
    assert_eq!(
        as_text.iter().filter(|f| f.rule.is_figure_rule()).count(),
        3,
        "{as_text:#?}"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("figures.txt");
    std::fs::write(&file, &text).expect("written");
    let out = run_check(&[
        file.to_str().expect("utf-8"),
        "--rules",
        "figure-total,figure-percent,figure-change",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let human = String::from_utf8(out.stdout).expect("utf-8");
    assert!(human.contains("108÷120=90.0%，文中写95%"), "{human}");
    assert!(human.contains("(600−500)÷500=20.0%，文中写25%"), "{human}");
}

#[test]
fn no_figure_alarm_on_the_clean_texts_of_the_repository() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut drafts = vec![(
        "sample".to_owned(),
        draft::load(&root.join("examples/sample.ron")).expect("loads"),
    )];
    // The templates and examples as a user gets them: for a half year and for a whole year.
    for day in [(2026, 7, 3), (2026, 12, 6)] {
        let today = work_summary::date::Date::new(day.0, day.1, day.2).expect("date");
        for t in work_summary::template::builtin(today) {
            drafts.push((t.name, t.report));
        }
    }
    for (name, report) in drafts {
        let figures: Vec<Finding> = check::check_report(&report)
            .into_iter()
            .filter(|f| f.rule.is_figure_rule() || f.rule == Rule::NameSlip)
            .collect();
        assert_eq!(figures, vec![], "{name}");
    }
    // Figures and names: the seed's defects are of other kinds.
    let text = std::fs::read_to_string(root.join("tests/data/seed-like.txt")).expect("seed-like");
    let figures: Vec<Finding> = check::check_text(&text)
        .into_iter()
        .filter(|f| f.rule.is_figure_rule() || f.rule == Rule::NameSlip)
        .collect();
    assert_eq!(figures, vec![]);
}

#[test]
fn rule_name_slip() {
    let found = of(
        Rule::NameSlip,
        "今年，县财政局会同县住房和城乡健设局完成老旧小区改造12个。",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].found, "住房和城乡健设局");
    let fix = found[0].fix.as_ref().expect("a fix");
    assert_eq!(fix.replacement, "住房和城乡建设局");
    assert!(!fix.safe, "a name is confirmed by a person");
    // The same name written twice the same way is meant (a name the list lacks).
    assert!(of(Rule::NameSlip, "赴石家装市调研。石家装市的经验值得推广。").is_empty());
    // A near-word finding never doubles a name finding.
    let all = check::check_report(&Report {
        intro: "近日，石家装市召开全市工作会议。".into(),
        ..Report::default()
    });
    let words: Vec<Rule> = all
        .iter()
        .map(|f| f.rule)
        .filter(|r| r.is_word_rule())
        .collect();
    assert_eq!(words, vec![Rule::NameSlip], "{all:#?}");
}

#[test]
fn a_checker_reading_only_changed_fields_finds_what_a_fresh_check_finds() {
    let mut report = Report {
        intro: "全年共开展培训12场。".into(),
        sections: vec![Section {
            kind: SectionKind::Achievements,
            title: "工作成效".into(),
            lead: "全年共受理投诉120件。其中，已办结112件，办结率为93.3%。".into(),
            items: Vec::new(),
            style: ItemStyle::Headed,
        }],
        ..Report::default()
    };
    let mut checker = check::Checker::default();
    let first = checker.check(&report);
    assert_eq!(first, check::check_report(&report));
    assert!(
        !first.iter().any(|f| f.rule == Rule::FigurePercent),
        "{first:#?}"
    );
    // One more sentence before (the sentences after it move on), then a count changed.
    report.intro = "全年共开展培训12场。参训干部300人次。".into();
    assert_eq!(checker.check(&report), check::check_report(&report));
    report.sections[0].lead = "全年共受理投诉128件。其中，已办结112件，办结率为93.3%。".into();
    let again = checker.check(&report);
    assert_eq!(again, check::check_report(&report));
    assert!(
        again.iter().any(|f| f.rule == Rule::FigurePercent),
        "{again:#?}"
    );
    // A part gains an item that states the same count differently (figures across fields),
    // the text before it grows by a sentence, and the item goes again.
    report.sections[0].items.push(work_summary::Item {
        heading: "受理情况".into(),
        body: "全年共受理投诉130件。".into(),
        ..work_summary::Item::default()
    });
    let conflict = checker.check(&report);
    assert_eq!(conflict, check::check_report(&report));
    assert!(
        conflict.iter().any(|f| f.rule == Rule::FigureConflict),
        "{conflict:#?}"
    );
    report.sections[0]
        .lead
        .insert_str(0, "投诉渠道进一步畅通。");
    assert_eq!(checker.check(&report), check::check_report(&report));
    report.sections[0].items.clear();
    assert_eq!(checker.check(&report), check::check_report(&report));
}

#[test]
fn a_fix_in_a_later_paragraph_replaces_just_the_slip() {
    let mut report = Report::default();
    report.sections[0].items.push(work_summary::Item {
        heading: "抓好学习".into(),
        body: "深化商事制度改革，为经营主体答疑解惑400余人次。\n我局己经圆满完成。".into(),
        ..work_summary::Item::default()
    });
    let findings = check::check_report(&report);
    let slip = findings
        .iter()
        .find(|f| f.found == "己经")
        .unwrap_or_else(|| panic!("己经 found: {findings:#?}"));
    let text = slip.place.text(&report).expect("text");
    let at: String = text
        .chars()
        .skip(slip.range.start)
        .take(slip.range.len())
        .collect();
    assert_eq!(at, "己经", "{slip:#?}");
    check::apply(&mut report, &[slip]);
    assert_eq!(
        report.sections[0].items[0].body,
        "深化商事制度改革，为经营主体答疑解惑400余人次。\n我局已经圆满完成。"
    );
}
