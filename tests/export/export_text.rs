//! Text export of a fixed report, compared with the expected text written out in full.

use work_summary::export::text::{LineEnding, TextOptions, write};

/// The expected texts below are written with LF; the default is the system's (CRLF on
/// Windows), tested in `the_default_line_ending_is_the_systems`.
fn lf_options() -> TextOptions {
    TextOptions {
        line_ending: LineEnding::Lf,
        ..TextOptions::default()
    }
}

#[test]
fn the_default_line_ending_is_the_systems() {
    let native = if cfg!(windows) {
        LineEnding::CrLf
    } else {
        LineEnding::Lf
    };
    assert_eq!(TextOptions::default().line_ending, native);
}
use work_summary::{Item, ItemStyle, Report, Section, SectionKind, Signature};

fn fixed_report() -> Report {
    let mut achievements = Section::new(SectionKind::Achievements);
    achievements.title = "上半年工作成效".into();
    let mut culture = Item::new(
        "注重文化阵地建设",
        "全县公共文化场所全部免费开放。\n加快推进了总分馆制建设。",
    );
    let mut libraries = Item::new("推进总分馆建设", "挂牌成立乡镇文化分馆12家。");
    libraries
        .children
        .push(Item::new("图书分馆", "建成图书分馆8家。"));
    libraries.children.push(Item::new("", "文化分馆全部开放。"));
    culture.children.push(libraries);
    culture.children.push(Item::new("开展培训", ""));
    achievements.items.push(culture);
    achievements
        .items
        .push(Item::new("注重创新活动载体", "  开展送戏下乡活动。  "));

    let mut problems = Section::new(SectionKind::Problems);
    problems.lead = "主要表现在：一些乡村公共文化设施管理缺位；\n\n文化队伍建设不相适应。".into();

    let mut plans = Section::new(SectionKind::Plans);
    plans.title = "下步计划".into();
    plans.style = ItemStyle::Inline;
    plans.lead = "下一步，我们将着力做好以下几个方面工作：".into();
    plans.items.push(Item::new(
        "健全公共文化服务设施网络",
        "推进综合文化服务网络建设。\n完善总分馆建设。",
    ));
    plans
        .items
        .push(Item::new("丰富产品和服务供给。", "开展惠民活动。"));
    plans.items.push(Item::new("履行好保障职责", ""));

    Report {
        title: "某局2022年上半年精神文明建设工作总结".into(),
        intro: "今年上半年，我局坚持以新思想为指导，实现了双丰收。现将有关情况总结如下：".into(),
        sections: vec![achievements, problems, plans],
        closing: "我们将再接再厉，推动工作再上新台阶。".into(),
        signature: Signature {
            unit: "某县文化旅游广电体育局".into(),
            date: "2022年7月1日".into(),
        },
        ..Report::default()
    }
}

const EXPECTED: &str = "\
某局2022年上半年精神文明建设工作总结

　　今年上半年，我局坚持以新思想为指导，实现了双丰收。现将有关情况总结如下：
　　一、上半年工作成效
　　（一）注重文化阵地建设
　　全县公共文化场所全部免费开放。
　　加快推进了总分馆制建设。
　　1.推进总分馆建设
　　挂牌成立乡镇文化分馆12家。
　　（1）图书分馆
　　建成图书分馆8家。
　　（2）文化分馆全部开放。
　　2.开展培训
　　（二）注重创新活动载体
　　开展送戏下乡活动。
　　二、存在的问题
　　主要表现在：一些乡村公共文化设施管理缺位；
　　文化队伍建设不相适应。
　　三、下步计划
　　下一步，我们将着力做好以下几个方面工作：
　　一是健全公共文化服务设施网络。推进综合文化服务网络建设。
　　完善总分馆建设。
　　二是丰富产品和服务供给。开展惠民活动。
　　三是履行好保障职责
　　我们将再接再厉，推动工作再上新台阶。

某县文化旅游广电体育局
2022年7月1日
";

#[test]
fn fixed_report_exports_to_the_expected_text() {
    let got = write(&fixed_report(), &lf_options());
    for (i, (g, e)) in got.lines().zip(EXPECTED.lines()).enumerate() {
        assert_eq!(g, e, "line {}", i + 1);
    }
    assert_eq!(got, EXPECTED);
}

#[test]
fn without_indent_and_with_crlf() {
    let options = TextOptions {
        indent: false,
        line_ending: LineEnding::CrLf,
        ..lf_options()
    };
    let got = write(&fixed_report(), &options);
    let expected = EXPECTED.replace('\u{3000}', "").replace('\n', "\r\n");
    assert_eq!(got, expected);
    assert!(!got.replace("\r\n", "").contains('\n'), "no bare LF");
}

#[test]
fn blank_sections_are_skipped_and_do_not_use_an_ordinal() {
    let mut report = fixed_report();
    report.sections[1] = Section {
        title: String::new(),
        ..Section::new(SectionKind::Problems)
    };
    let got = write(&report, &lf_options());
    assert!(got.contains("　　二、下步计划\n"), "{got}");
    assert!(!got.contains("三、"));
}

#[test]
fn empty_report_exports_nothing() {
    // The default sections have titles and nothing else: no bare 一、 headings.
    let got = write(&Report::default(), &lf_options());
    assert_eq!(got, "");
}

#[test]
fn signature_can_be_left_out() {
    let options = TextOptions {
        signature: false,
        ..lf_options()
    };
    let got = write(&fixed_report(), &options);
    assert!(
        got.ends_with("　　我们将再接再厉，推动工作再上新台阶。\n"),
        "{got}"
    );
}

#[test]
fn control_characters_are_dropped_from_output() {
    let mut r = fixed_report();
    r.title = "标题\u{7}\u{0}二".into();
    let got = write(&r, &lf_options());
    assert!(got.starts_with("标题二\n"), "{got:?}");
}

#[test]
fn export_is_deterministic() {
    let r = fixed_report();
    assert_eq!(write(&r, &lf_options()), write(&r.clone(), &lf_options()));
}

/// §7.3.4 in plain text: a blank line after the body, then 附件： with the first name, the
/// later names under the first one's number (three full-width spaces more than the label's
/// indent), then the signature after a blank line of its own.
#[test]
fn attachments_follow_a_blank_line_with_their_numbers_aligned() {
    let mut report = fixed_report();
    report.attachments = vec!["经费明细表".into(), "项目清单".into()];
    let out = write(&report, &lf_options());
    let lines: Vec<&str> = out.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("附件：1．经费明细表"))
        .unwrap_or_else(|| panic!("no 附件 line:\n{out}"));
    assert_eq!(lines[at - 1], "", "a blank line before 附件:\n{out}");
    assert!(!lines[at - 2].is_empty(), "the body right above:\n{out}");
    let label = lines[at].find("附件").expect("label");
    let second = lines[at + 1];
    assert_eq!(second.trim_start_matches('　'), "2．项目清单", "{out}");
    let indent = second.chars().take_while(|c| *c == '　').count();
    let label_indent = lines[at][..label].chars().filter(|c| *c == '　').count();
    assert_eq!(indent, label_indent + 3, "under the first number:\n{out}");
}
