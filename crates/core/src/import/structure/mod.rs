//! Recognising the shape of a work summary in plain lines: title, 导语, sections by their
//! headings and title words (REFERENCE.md), items and their nesting, 一是… runs, lead-ins,
//! closing, 附件说明 and signature; and removing the junk template sites wrap around the text
//! (scored by shape in [`super::junk`]).

use super::junk::{self, Feature, JUNK_AT, Why};
use super::{ImportOptions, Prepared, Removed};
use crate::model::{Item, ItemStyle, MAX_ITEM_DEPTH, Report, Section, SectionKind};

mod attachments;
mod extent;
mod markers;
mod runon;
mod title;
use attachments::*;
use extent::*;
use markers::*;
use runon::*;
use title::*;

const CN_DIGITS: &str = "一二三四五六七八九十百零〇";

/// 文种 words: what a summary's title ends in.
const DOC_KINDS: &[&str] = &[
    "总结", "报告", "计划", "述职", "汇报", "要点", "打算", "情况", "思路", "安排", "總結", "報告",
    "計劃", "計畫", "述職", "匯報", "要點", "情況", "安排",
];

fn is_date_line(line: &str) -> bool {
    let l = line.trim();
    if !(l.ends_with('日') && l.contains('年') && l.contains('月')) || l.chars().count() > 16 {
        return false;
    }
    l.chars()
        .all(|c| c.is_ascii_digit() || "年月日〇零一二三四五六七八九十 ".contains(c))
}

fn is_title_like(line: &str) -> bool {
    const WORDS: &[&str] = &[
        "总结", "计划", "报告", "汇报", "情况", "要点", "打算", "述职", "總結", "計劃", "計畫",
        "報告", "匯報", "情況", "要點", "述職",
    ];
    let n = line.chars().count();
    n <= 60
        && !line.ends_with(['。', '；', '，', '：', ':', ';', ','])
        && WORDS.iter().any(|w| line.contains(w))
}

/// A line with no digits, 年 or spaces: to see that a page title and the document title are
/// the same words ("某局上半年…总结" and "某局2022年上半年…总结").
fn skeleton(line: &str) -> String {
    line.chars()
        .filter(|c| !c.is_ascii_digit() && !c.is_whitespace() && *c != '年')
        .collect()
}

fn is_closing_cue(line: &str) -> bool {
    [
        "总之",
        "总而言之",
        "综上",
        "总的来说",
        "总的来看",
        "新的一年",
        "展望未来",
        "让我们",
        "站在新",
        "我们将以",
        "我们坚信",
        "我们相信",
    ]
    .iter()
    .any(|cue| line.starts_with(cue))
}

/// Where the next body line goes.
enum Target {
    Intro,
    Lead,
    Item(Vec<usize>),
}

fn item_at<'a>(items: &'a mut [Item], path: &[usize]) -> Option<&'a mut Item> {
    let (first, rest) = path.split_first()?;
    let item = items.get_mut(*first)?;
    if rest.is_empty() {
        Some(item)
    } else {
        item_at(&mut item.children, rest)
    }
}

fn push_paragraph(text: &mut String, line: &str) {
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(line);
}

fn ends_with_sentence_mark(line: &str) -> bool {
    line.ends_with(['。', '；', '，', '：', ':', ';', ',', '！', '？'])
}

/// A line of the body rather than of the head: a sentence, or anything long.
fn is_body_line(line: &str) -> bool {
    ends_with_sentence_mark(line) || line.contains('。') || line.chars().count() > 60
}

/// A short line naming a unit (the first half of a title split over two lines).
fn is_unit_line(line: &str) -> bool {
    const UNITS: &[&str] = &[
        "局",
        "院",
        "校",
        "镇",
        "乡",
        "街道",
        "办事处",
        "公司",
        "委员会",
        "支部",
        "总支",
        "党委",
        "中心",
        "科",
        "处",
        "室",
        "所",
        "队",
        "站",
        "厅",
        "委",
        "部",
        "社区",
        "村",
        "集团",
        "政府",
        "书记",
        "主任",
        "校长",
        "院长",
        "局长",
        "镇长",
        "经理",
        "学",
        "园",
        "馆",
        "会",
    ];
    line.chars().count() <= 30
        && !line.contains(['。', '，', '；', '：', ':'])
        && !is_title_like(line)
        && UNITS.iter().any(|u| line.ends_with(u))
}

/// A line of the text as the structure pass reads it: its words, the source line it came
/// from (1-based; a run-on line gives several pieces) and its index among the pieces (the key
/// by which the user keeps a removed line).
#[derive(Clone, Debug)]
pub(super) struct Piece {
    pub text: String,
    pub line: usize,
    pub at: usize,
}

/// Parse text into a report; the second value lists the junk removed.
pub fn parse(text: &str) -> (Report, Vec<Removed>) {
    parse_with(text, &ImportOptions::default())
}

/// Parse text into a report. With `keep_junk` nothing is removed (for the rare page where the
/// scoring is wrong): every line ends up in the draft, still structured. The pieces listed in
/// `options.keep` are kept where they stand.
pub fn parse_with(text: &str, options: &ImportOptions) -> (Report, Vec<Removed>) {
    let prepared = Prepared {
        text: text.to_owned(),
        ..Prepared::default()
    };
    parse_prepared(&prepared, options)
}

/// [`parse_with`] on a format pass's output: its `forced` lines are removed for its reason
/// (unless kept).
pub fn parse_prepared(prepared: &Prepared, options: &ImportOptions) -> (Report, Vec<Removed>) {
    let text = prepared.text.as_str();
    let mut removed = Vec::new();
    let mut pieces: Vec<Piece> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if line.is_empty() {
            continue;
        }
        for text in split_run_on(line) {
            // Spam glued to a real line is scored as a line of its own.
            let parts = match junk::glued_spam(&text) {
                Some(cut) => vec![text[..cut].to_owned(), text[cut..].to_owned()],
                None => vec![text],
            };
            for text in parts {
                let at = pieces.len();
                pieces.push(Piece {
                    text,
                    line: prepared.source_lines.get(n).copied().unwrap_or(n + 1),
                    at,
                });
            }
        }
    }
    // A flattened metadata table's 标题 cell names the title.
    let cell = pieces.iter().take(30).find_map(|p| title_cell(&p.text));
    if !options.keep_junk {
        pieces = remove_junk(pieces, &prepared.forced, &options.keep, &mut removed);
    }
    let ats: Vec<(usize, usize)> = pieces.iter().map(|p| (p.line, p.at)).collect();
    let mut lines: Vec<String> = pieces.into_iter().map(|p| p.text).collect();

    let mut report = Report {
        sections: Vec::new(),
        ..Report::default()
    };

    report.attachments = take_attachments(&mut lines);

    // Signature: a date line at the end, and a short unit line before it.
    if lines.last().is_some_and(|l| is_date_line(l)) {
        report.signature.date = lines.pop().unwrap_or_default();
        if let Some(unit) = lines.last()
            && unit.chars().count() <= 30
            && !unit.ends_with(['。', '；', '，', '：'])
            && section_heading(unit).is_none()
            && item_marker(unit).is_none()
        {
            report.signature.unit = lines.pop().unwrap_or_default();
        }
    }

    let start = take_title(&mut report, &lines, &ats, &mut removed, options, cell);
    read_body(&mut report, &lines[start..]);
    take_closing(&mut report);

    // The three standard sections exist even when the text lacks one.
    report.normalize();
    removed.sort_by_key(|r| r.at);
    (report, removed)
}

/// Sections, items, 一是 runs and lead-ins. A numbering marker becomes structure only when its
/// number is the next one where it stands; any other (a repeated 1., a 3. after 1.) stays
/// text, so export never prints a number the author did not write.
fn read_body(report: &mut Report, lines: &[String]) {
    let mut target = Target::Intro;
    // The marker kinds open at each depth of the current section.
    let mut open: Vec<Marker> = Vec::new();
    let mut numbered_sections = 0;
    let outline = arabic_outline(lines);
    for (k, line) in lines.iter().enumerate() {
        let heading = match section_heading(line) {
            Some(h) => Some(h),
            None if outline.contains(&k) => item_marker(line).map(|(_, n, rest)| (n, rest)),
            None => None,
        };
        if let Some((n, title)) = heading
            && n == numbered_sections + 1
        {
            numbered_sections += 1;
            let mut kind = kind_of(title);
            if report.sections.iter().any(|s| s.kind == kind) {
                kind = SectionKind::Other;
            }
            report.sections.push(Section {
                kind,
                title: title.to_owned(),
                lead: String::new(),
                items: Vec::new(),
                style: ItemStyle::Headed,
            });
            target = Target::Lead;
            open.clear();
            continue;
        }
        let Some(section) = report.sections.last_mut() else {
            push_paragraph(&mut report.intro, line);
            continue;
        };

        if let Some((n, rest)) = inline_marker(line).filter(|_| open.is_empty()) {
            let next = match section.style {
                ItemStyle::Inline => section.items.len() + 1,
                ItemStyle::Headed if section.items.is_empty() => 1,
                ItemStyle::Headed => 0,
            };
            if n == next {
                section.style = ItemStyle::Inline;
                // "一是…。二是…。" in one line: each ordinal in sequence starts an item.
                for part in split_inline_run(rest) {
                    let (heading, body) = split_heading(&part);
                    section
                        .items
                        .push(Item::new(heading, body.unwrap_or_default()));
                }
                target = Target::Item(vec![section.items.len() - 1]);
                continue;
            }
        }

        if let Some((marker, n, rest)) = item_marker(line) {
            let depth = match open.iter().position(|m| *m == marker) {
                Some(d) => d,
                None => open.len(),
            };
            // Inline sections' items are the first level; markers then nest under them.
            let base = usize::from(section.style == ItemStyle::Inline && !section.items.is_empty());
            let depth = (depth + base).min(MAX_ITEM_DEPTH - 1);
            // Find the parent: the last item at each level above.
            let mut path = Vec::new();
            let mut list = &mut section.items;
            for _ in 0..depth {
                if list.is_empty() {
                    break;
                }
                let last = list.len() - 1;
                path.push(last);
                list = &mut list[last].children;
            }
            if n == list.len() + 1 {
                open.truncate(depth.saturating_sub(base));
                open.push(marker);
                let (heading, body) = split_heading(rest);
                let mut item = Item::new(heading, body.clone().unwrap_or_default());
                item.run_in = body.is_some();
                list.push(item);
                path.push(list.len() - 1);
                target = Target::Item(path);
                continue;
            }
        }

        match &target {
            Target::Intro => push_paragraph(&mut report.intro, line),
            Target::Lead => push_paragraph(&mut section.lead, line),
            Target::Item(path) => {
                if let Some(item) = item_at(&mut section.items, path) {
                    push_paragraph(&mut item.body, line);
                }
            }
        }
    }
}

/// A text with no 一、 sections whose outline is 1、 2、 3、: the short heading lines numbered
/// 1, 2, 3… in sequence, at least two of them and one naming a part (成效, 问题, 打算…), are
/// its sections.
fn arabic_outline(lines: &[String]) -> Vec<usize> {
    if lines.iter().any(|l| section_heading(l).is_some()) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        if let Some((Marker::Arabic, n, rest)) = item_marker(line)
            && n == out.len() + 1
            && rest.chars().count() <= 20
            && !rest.contains(['。', '，', '；', ',', ';'])
        {
            out.push(k);
        }
    }
    let names_a_part = out
        .iter()
        .filter_map(|&k| item_marker(&lines[k]))
        .any(|(_, _, rest)| kind_of(rest) != SectionKind::Other);
    if out.len() >= 2 && names_a_part {
        out
    } else {
        Vec::new()
    }
}

/// `标题：某局…总结 | 发文日期：…` → the title in the cell.
fn title_cell(line: &str) -> Option<String> {
    let at = ["标题：", "标题:", "標題：", "標題:", "标　题：", "标 题："]
        .iter()
        .find_map(|l| line.find(l).map(|at| at + l.len()))?;
    let value = line[at..]
        .split(['|', '｜', '\t'])
        .next()?
        .split("  ")
        .next()?
        .trim();
    is_title_like(value).then(|| value.to_owned())
}

/// A closing paragraph: the last paragraphs of the last section that sum up.
fn take_closing(report: &mut Report) {
    let Some(section) = report.sections.last_mut() else {
        return;
    };
    // An item's body may be all closing (its heading stays); a lead keeps its first line.
    let (body, keep) = match section.items.last_mut() {
        Some(item) => {
            let mut item = item;
            while !item.children.is_empty() {
                let last = item.children.len() - 1;
                item = &mut item.children[last];
            }
            (&mut item.body, 0)
        }
        None => (&mut section.lead, 1),
    };
    let paragraphs: Vec<&str> = body.split('\n').collect();
    if let Some(at) = paragraphs.iter().position(|p| is_closing_cue(p))
        && at >= keep
    {
        report.closing = paragraphs[at..].join("\n");
        *body = paragraphs[..at].join("\n");
    }
}
