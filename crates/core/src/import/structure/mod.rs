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

pub use markers::{opens_with_marker, without_marker};
use title::*;

const CN_DIGITS: &str = "一二三四五六七八九十百零〇";

/// 文种 words: what a summary's title ends in.
const DOC_KINDS: &[&str] = &[
    "总结", "报告", "计划", "述职", "汇报", "要点", "打算", "情况", "思路", "安排", "總結", "報告",
    "計劃", "計畫", "述職", "匯報", "要點", "情況", "安排", "周报", "月报", "季报", "年报", "日报",
    "週報", "月報",
];

fn is_date_line(line: &str) -> bool {
    let l = line.trim();
    if !(l.ends_with('日') && l.contains('年') && l.contains('月')) || l.chars().count() > 16 {
        return false;
    }
    l.chars()
        .all(|c| c.is_ascii_digit() || "年月日〇零一二三四五六七八九十 ".contains(c))
}

/// A line that opens with a page's date in figures (2025-12-17 14:42:05…, 2023/5/6) or is a
/// date in English (23 Dec 2023): a web page's dateline, never a title.
fn opens_with_web_date(line: &str) -> bool {
    (opens_with_figures_date(line) && !is_dated_title(line)) || is_english_date(line)
}

/// "2025-06-06周报", "2024.1.5 工作汇报": a date and then a document's kind and nothing more
/// (no clock time, as a page's dateline has) — a title.
fn is_dated_title(line: &str) -> bool {
    let rest = line
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit() || "-/.".contains(c))
        .trim();
    !junk::has_clock_time(line)
        && rest.chars().count() <= 16
        && DOC_KINDS.iter().any(|k| rest.ends_with(k))
}

fn opens_with_figures_date(line: &str) -> bool {
    let b = line.trim().as_bytes();
    b.len() >= 8
        && b[..4].iter().all(u8::is_ascii_digit)
        && matches!(b[4], b'-' | b'/' | b'.')
        && b[5].is_ascii_digit()
}

/// "23 Dec 2023", "Dec 23, 2023".
fn is_english_date(line: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() == 3
        && words
            .iter()
            .any(|w| MONTHS.iter().any(|m| w.starts_with(m)))
        && words
            .iter()
            .filter(|w| w.trim_end_matches(',').chars().all(|c| c.is_ascii_digit()))
            .count()
            == 2
}

/// The date of a signature: a date line (2024年7月1日), a date in figures (2019/1/2,
/// 2018-07-06, 2017.12.12), either after a label (时间：, 日期：), or a letter's 写于…(晚).
/// A line cut where tabs stand for line breaks: at a run of two or more tabs, and at a tab
/// right before a number that continues the line's own list (1、… ⇥2、…) or starts one.
fn tab_lines(line: &str) -> Vec<String> {
    if !line.contains('\t') {
        return vec![line.to_owned()];
    }
    // A word spaced out with tabs, one character apart (a cover's "郑⇥州⇥航⇥院"): the word.
    let spaced: Vec<&str> = line.split('\t').filter(|s| !s.trim().is_empty()).collect();
    if spaced.len() >= 3 && spaced.iter().all(|s| s.trim().chars().count() == 1) {
        return vec![spaced.iter().map(|s| s.trim()).collect()];
    }
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut rest = line;
    while let Some(at) = rest.find('\t') {
        current.push_str(&rest[..at]);
        let tabs = rest[at..].chars().take_while(|c| *c == '\t').count();
        let after = &rest[at + tabs..];
        if (tabs >= 2 || opens_with_marker(after)) && !current.trim().is_empty() {
            out.push(current.trim().to_owned());
            current.clear();
        } else if !after.is_empty() {
            current.push('\t');
        }
        rest = after;
    }
    current.push_str(rest);
    if !current.trim().is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

/// A signature on one line: a name or unit (at most 30 characters, perhaps labelled 签名：)
/// and then the date, after spaces or its label ("员工签名：某某    日期：2018/08/28",
/// "某某 2018年8月28日"): the two, as written.
pub(super) fn split_signature(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let labelled = ["落款时间", "日期", "时间"]
        .iter()
        .filter_map(|l| line.rfind(l))
        .max();
    let spaced = line
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map(|(i, c)| i + c.len_utf8());
    let at = labelled.or(spaced)?;
    let (unit, date) = (line[..at].trim(), line[at..].trim());
    (!unit.is_empty()
        && unit.chars().count() <= 30
        && !unit.ends_with(['。', '；', '，', '：', ':'])
        && section_heading(unit).is_none()
        && item_marker(unit).is_none()
        && is_signature_date(date))
    .then_some((unit, date))
}

pub(super) fn is_signature_date(line: &str) -> bool {
    let mut l = line.trim();
    for label in ["落款时间", "报告时间", "总结时间", "时间", "日期"] {
        if let Some(rest) = l.strip_prefix(label)
            && let Some(rest) = rest.trim_start().strip_prefix(['：', ':'])
        {
            l = rest.trim();
            break;
        }
    }
    // A letter's "写于2015年1月16日晚".
    if let Some(rest) = l.strip_prefix("写于") {
        l = rest.trim_start();
        l = l
            .strip_suffix('晚')
            .or_else(|| l.strip_suffix('夜'))
            .unwrap_or(l);
    }
    if is_date_line(l) {
        return true;
    }
    let parts: Vec<&str> = l.split(['/', '-', '.']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        && parts[0].len() == 4
        && parts[1].len() <= 2
        && parts[2].len() <= 2
}

/// A field of a form (报告日期：2018年9月12日, 报告人：张某): its label names the field.
fn is_form_field(line: &str) -> bool {
    const FIELDS: &[&str] = &[
        "日期", "时间", "人", "单位", "编号", "名称", "类型", "部门", "职务", "姓名", "地点",
        "班级", "学号", "专业",
    ];
    line.split_once(['：', ':']).is_some_and(|(label, _)| {
        let label = label.trim();
        label.chars().count() <= 6 && FIELDS.iter().any(|f| label.ends_with(f))
    })
}

fn is_title_like(line: &str) -> bool {
    const WORDS: &[&str] = &[
        "总结", "计划", "报告", "汇报", "情况", "要点", "打算", "述职", "總結", "計劃", "計畫",
        "報告", "匯報", "情況", "要點", "述職",
    ];
    let n = line.chars().count();
    n <= 60
        && !line.ends_with(['。', '；', '，', '：', ':', ';', ','])
        && !is_form_field(line)
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
        // Thanks and the letter's close: the closing, never an item.
        "最后，感谢",
        "最后,感谢",
        "最后感谢",
        "感谢各位领导",
        "衷心感谢",
        "谢谢大家",
        "此致",
        "以上是我",
        "以上是本人",
        "以上就是",
    ]
    .iter()
    .any(|cue| line.starts_with(cue))
        // 最后还是要感谢…, 最后我要感谢…: thanks at the very end.
        || (line.starts_with("最后")
            && line.chars().take(12).collect::<String>().contains("感谢"))
}

/// A heading's words that run on into a paragraph (more than 40 characters): the first
/// short clause (up to 12 characters before ， or ：) is the title and the rest its lead-in;
/// without such a clause the words stay the title.
fn run_in_heading(words: &str) -> (&str, &str) {
    if words.chars().count() <= 40 {
        return (words, "");
    }
    if let Some(split) = space_run_in(words) {
        return split;
    }
    match words
        .char_indices()
        .find(|(_, c)| matches!(c, '，' | '：' | ','))
    {
        Some((at, c)) if words[..at].chars().count() <= 12 => {
            (&words[..at], words[at + c.len_utf8()..].trim())
        }
        _ => (words, ""),
    }
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

/// Text copied out of a PDF keeps the PDF's line ends inside its paragraphs ("…学初,学校投资近 5
/// 千元添置了" / "多媒体教室桌凳,…"): when most of the long lines end without a sentence's
/// end and the PDF's spaces around figures are there, each line of about the full width that
/// ends so is joined with the next line of the source, unless the next opens with a number
/// (an item) or is a short heading — the paragraphs come back whole.
fn rejoin_wrapped(pieces: &mut Vec<Piece>) {
    let ends = |t: &str| {
        t.trim_end().ends_with([
            '。', '！', '？', '；', '：', '…', '”', '」', '）', '!', '?', ';', ':', ')', '.',
        ])
    };
    let mut lens: Vec<usize> = pieces.iter().map(|p| p.text.chars().count()).collect();
    lens.sort_unstable();
    let Some(&width) = lens.get(lens.len() * 9 / 10) else {
        return;
    };
    if width < 20 {
        return;
    }
    let full = |t: &str| t.chars().count() * 10 >= width * 7;
    let long: Vec<&Piece> = pieces
        .iter()
        .filter(|p| full(&p.text) && p.text.contains(['，', ',', '、']))
        .collect();
    let open = long.iter().filter(|p| !ends(&p.text)).count();
    // And the PDF's mark: spaces around figures inside Chinese ("投资近 5 千元"), at least
    // three times (a writer who ends no line with a full stop writes no such spaces).
    let spaced = pieces
        .iter()
        .map(|p| {
            let c: Vec<char> = p.text.chars().collect();
            let han = |x: char| ('\u{4e00}'..='\u{9fff}').contains(&x);
            (1..c.len().saturating_sub(1))
                .filter(|&k| c[k] == ' ' && han(c[k - 1]) && c[k + 1].is_ascii_digit())
                .count()
        })
        .sum::<usize>();
    if long.len() < 5 || open * 10 < long.len() * 6 || spaced < 3 {
        return;
    }
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    // The source line each joined piece ends on: only lines next to each other are joined
    // (a blank line between two is a paragraph's end).
    let mut ends_on = 0;
    for piece in pieces.drain(..) {
        let next_line = piece.line == ends_on + 1;
        ends_on = piece.line;
        match out.last_mut() {
            Some(last)
                if next_line
                    && full(&last.text)
                    && !ends(&last.text)
                    // A sentence runs on: the line holds a comma (a list of links or titles
                    // has none), and neither line is a list's.
                    && last.text.contains(['，', ',', '、'])
                    && !last.text.starts_with(['-', '*', '•'])
                    && !last.text.contains('|')
                    && !piece.text.contains('|')
                    && !is_title_like(&piece.text)
                    // A short line that ends no sentence is a heading ("2017年"), not a
                    // paragraph's last words ("为零。").
                    && (ends(&piece.text) || piece.text.chars().count() * 3 >= width)
                    && !is_numbered(&piece.text)
                    && !piece.text.starts_with(['-', '*', '•']) =>
            {
                last.text.push_str(&piece.text);
            }
            _ => out.push(piece),
        }
    }
    for (at, piece) in out.iter_mut().enumerate() {
        piece.at = at;
    }
    *pieces = out;
}

/// Parse text into a report; the second value lists the junk removed.
pub fn parse(text: &str) -> (Report, Vec<Removed>) {
    let (report, removed, _) = parse_with(text, &ImportOptions::default());
    (report, removed)
}

/// Parse text into a report. With `keep_junk` nothing is removed (for the rare page where the
/// scoring is wrong): every line ends up in the draft, still structured. The pieces listed in
/// `options.keep` are kept where they stand.
pub fn parse_with(text: &str, options: &ImportOptions) -> (Report, Vec<Removed>, Vec<Removed>) {
    let prepared = Prepared {
        text: text.to_owned(),
        ..Prepared::default()
    };
    parse_prepared(&prepared, options)
}

/// [`parse_with`] on a format pass's output: its `forced` lines are removed for its reason
/// (unless kept).
/// The third value lists the lines kept inside the summary that look like site furniture
/// (可能是网页杂项), for the user to delete with one click.
pub fn parse_prepared(
    prepared: &Prepared,
    options: &ImportOptions,
) -> (Report, Vec<Removed>, Vec<Removed>) {
    let mut removed = Vec::new();
    let mut suspects = Vec::new();
    let rejoined;
    let text = if options.keep_junk {
        prepared.text.as_str()
    } else {
        rejoined = rejoin_chunks(&prepared.text, options, &mut removed);
        rejoined.as_str()
    };
    let mut pieces: Vec<Piece> = Vec::new();
    let mut first = true;
    // The indent of the last line read and its number: a line set in deeper than the line
    // before it, right after it, continues that line's sentence when the line before ends
    // none ("\t\ta.学习了项目管理工具，" / "\t\t\t更加深刻地理解了…": text wrapped by hand).
    let mut last_indent: Option<(usize, usize)> = None;
    // (Tabs only: a paragraph's first-line indent of two 　 is no wrap.)
    let indent_of = |raw: &str| raw.chars().take_while(|c| *c == '\t').count();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if line.is_empty() {
            continue;
        }
        let indent = indent_of(raw);
        let continues = last_indent.is_some_and(|(i, at)| at + 1 == n && i >= 1 && indent > i)
            && !is_numbered(line)
            && !opens_with_marker(line)
            && !line.starts_with(['-', '*', '•', '|'])
            && pieces.last().is_some_and(|p| {
                let t = p.text.trim_end();
                // The sentence runs on: after a comma, or from words to words (a sub-list
                // in English under a line, "design review", is no run-on).
                (t.ends_with(['，', ',', '、'])
                    || (t.ends_with(|c: char| crate::han::is_han(c) || c.is_ascii_alphanumeric())
                        && line.starts_with(crate::han::is_han)))
                    && !is_title_like(t)
            });
        last_indent = Some((indent, n));
        if continues && let Some(last) = pieces.last_mut() {
            last.text.push_str(line);
            continue;
        }
        // Tabs used as line breaks (a Word paragraph "二、收获⇥⇥⇥⇥1、技术学习：…⇥2、…"): a run
        // of tabs, or a tab before the next number, ends a line.
        let segments = tab_lines(line);
        let tabbed = segments.len() > 1 || segments.first().is_some_and(|s| s != line);
        let mut split = if tabbed { segments } else { split_run_on(line) };
        // A title run into the first line's text.
        if first
            && !tabbed
            && split.len() == 1
            && line.chars().count() >= 80
            && let Some(end) = title_front(line)
        {
            split = vec![line[..end].to_owned()];
            split.extend(split_run_on(line[end..].trim()));
        }
        first = false;
        for text in split {
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
    rejoin_wrapped(&mut pieces);
    if !options.keep_junk {
        cut_inline_junk(&mut pieces, options, &mut removed);
        if let Some(next) = next_piece_start(&pieces) {
            for piece in pieces.split_off(next) {
                if options.keep.contains(&piece.at) {
                    pieces.push(piece);
                } else {
                    removed.push(Removed {
                        text: piece.text,
                        why: Why::NextPiece,
                        line: piece.line,
                        at: piece.at,
                    });
                }
            }
        }
    }
    // A flattened metadata table's 标题 cell names the title.
    let cell = pieces.iter().take(30).find_map(|p| title_cell(&p.text));
    if !options.keep_junk {
        pieces = remove_junk(
            pieces,
            &prepared.forced,
            &prepared.protected,
            options,
            &mut removed,
            &mut suspects,
        );
    }
    let ats: Vec<(usize, usize)> = pieces.iter().map(|p| (p.line, p.at)).collect();
    let mut lines: Vec<String> = pieces.into_iter().map(|p| p.text).collect();

    let mut report = Report {
        sections: Vec::new(),
        ..Report::default()
    };

    report.attachments = take_attachments(&mut lines);

    // Signature: a date line at the end (in words or figures, perhaps after 时间：), and a
    // short unit or name line before it (总结人：…).
    // The name and the date on one line ("员工签名：某某    日期：2018/08/28").
    if let Some(last) = lines.last()
        && !is_signature_date(last)
        && let Some((unit, date)) = split_signature(last)
    {
        report.signature.unit = unit.to_owned();
        report.signature.date = date.to_owned();
        lines.pop();
    }
    if lines.last().is_some_and(|l| is_signature_date(l)) {
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

    let marked = prepared.title.as_deref();
    let start = take_title(
        &mut report,
        &lines,
        &ats,
        &mut removed,
        options,
        cell,
        marked,
    );
    read_body(&mut report, &lines[start..]);
    resolve_kinds(&mut report.sections);
    take_closing(&mut report);

    // Only the parts the text has: no empty standard part is added (the user adds one from
    // the tabs' 添加部分 when wanted).
    removed.sort_by_key(|r| r.at);
    (report, removed, suspects)
}

/// A collection page's label of one of its texts: "某某总结篇2", "某某总结2" → (stem, 2).
fn piece_label(line: &str) -> Option<(&str, usize)> {
    if line.chars().count() > 40 || line.contains(['。', '，', '；', ',', ';', '：', ':']) {
        return None;
    }
    let digits = line.chars().rev().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let number: usize = line[line.len() - digits..].parse().ok()?;
    let stem = &line[..line.len() - digits];
    let stem = stem.strip_suffix('篇').unwrap_or(stem);
    (is_title_like(stem) && stem.chars().count() >= 4).then_some((stem, number))
}

/// Where the next text of a collection page starts: a piece label numbered one more than an
/// earlier label with the same words ("…篇1" … "…篇2"), after body text.
fn next_piece_start(pieces: &[Piece]) -> Option<usize> {
    let labels: Vec<(usize, &str, usize)> = pieces
        .iter()
        .enumerate()
        .filter_map(|(k, p)| piece_label(&p.text).map(|(stem, n)| (k, stem, n)))
        .collect();
    labels.iter().find_map(|&(k, stem, n)| {
        labels
            .iter()
            .find(|&&(j, s, m)| j > k + 1 && s == stem && m == n + 1)
            .filter(|&&(j, _, _)| pieces[k + 1..j].iter().any(|p| is_body_line(&p.text)))
            .map(|&(j, _, _)| j)
    })
}

/// Keys of a document-sharing site's chunk markers ([`rejoin_chunks`]).
const CHUNK_KEYS: usize = 1 << 25;

/// A document-sharing site cuts a document's text into numbered chunks, "1、" "2、" at the
/// start of each, wherever the chunk ends — inside a sentence, inside a word ("街" / "2、道办
/// 事处"), inside a number ("资助金额5" / "2、05.3万元"). Where such markers follow one another
/// in sequence and each follows a long line that stops mid-sentence, in a word or a number,
/// the marker is removed (listed, keepable) and the chunk joined to the line before it. The
/// text keeps its line count (the joined line is left empty), so the report's line numbers
/// stay the file's.
fn rejoin_chunks(text: &str, options: &ImportOptions, removed: &mut Vec<Removed>) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let marker = |line: &str| -> Option<(usize, usize)> {
        let t = line.trim_start();
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        let rest = &t[digits..];
        (digits > 0 && digits <= 3 && rest.starts_with('、'))
            .then(|| {
                (
                    t[..digits].parse().ok(),
                    line.len() - t.len() + digits + '、'.len_utf8(),
                )
            })
            .and_then(|(n, len)| n.map(|n| (n, len)))
    };
    let prev_of = |k: usize| (0..k).rev().find(|&j| !lines[j].trim().is_empty());
    // A break inside a word or a number: the two sides read as a word of the dictionary's
    // pairs, or digits on both sides.
    let inside = |before: &str, after: &str| {
        let (Some(a), Some(b)) = (before.trim_end().chars().last(), after.chars().next()) else {
            return false;
        };
        if ends_with_sentence_mark(before.trim_end())
            || before.trim_end().ends_with(['。', '！', '？'])
        {
            return false;
        }
        // No sentence starts with a comma or a semicolon either.
        (a.is_ascii_digit() && (b.is_ascii_digit() || b == '.'))
            || ",;，；、：:)）".contains(b)
            || (crate::han::is_han(a) && crate::han::is_han(b) && crate::check::is_word_pair(a, b))
    };
    let mut chunks = Vec::new();
    let mut expected = 1;
    for (k, line) in lines.iter().enumerate() {
        let Some((n, len)) = marker(line) else {
            continue;
        };
        if n != expected {
            continue;
        }
        let joins = prev_of(k)
            .is_some_and(|p| lines[p].chars().count() >= 60 && inside(lines[p], &line[len..]));
        if n == 1 || joins {
            chunks.push((k, len, joins));
            expected += 1;
        }
    }
    // At least two markers after the first that join: a chunked page, not the author's list.
    if chunks.iter().filter(|c| c.2).count() < 1 || chunks.len() < 2 {
        return text.to_owned();
    }
    let mut out: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    for (i, &(k, len, joins)) in chunks.iter().enumerate() {
        let at = CHUNK_KEYS + i;
        if options.keep.contains(&at) {
            continue;
        }
        removed.push(Removed {
            text: lines[k][..len].trim().to_owned(),
            why: Why::PageMarker,
            line: k + 1,
            at,
        });
        let rest = lines[k][len..].to_owned();
        match prev_of(k).filter(|_| joins) {
            Some(p) => {
                out[p] = format!("{}{}", out[p].trim_end(), rest.trim_start());
                out[k] = String::new();
            }
            None => out[k] = rest,
        }
    }
    out.join("\n")
}

/// Keys of the pieces cut out of a line ([`Removed::at`]), after every line's index.
const INLINE_KEYS: usize = 1 << 24;

/// Junk inside a line cut out of it (a gambling brand pasted into a sentence, a preview's
/// page markers), each listed as removed under a key of its own so that it can be kept. A
/// line left empty goes.
fn cut_inline_junk(pieces: &mut Vec<Piece>, options: &ImportOptions, removed: &mut Vec<Removed>) {
    let texts: Vec<&str> = pieces.iter().map(|p| p.text.as_str()).collect();
    let totals = junk::inline::page_marker_totals(&texts);
    let mut key = INLINE_KEYS;
    for piece in pieces.iter_mut() {
        let mut spans: Vec<(usize, usize, Why)> = junk::inline::spam_spans(&piece.text)
            .into_iter()
            .map(|(a, b)| (a, b, Why::Spam))
            .chain(
                junk::inline::page_marker_spans(&piece.text, &totals)
                    .into_iter()
                    .map(|(a, b)| (a, b, Why::PageMarker)),
            )
            .collect();
        if spans.is_empty() {
            continue;
        }
        spans.sort_by_key(|s| s.0);
        let mut text = String::with_capacity(piece.text.len());
        let mut from = 0;
        for (a, b, why) in spans {
            if a < from {
                continue;
            }
            let at = key;
            key += 1;
            if options.keep.contains(&at) {
                continue;
            }
            text.push_str(&piece.text[from..a]);
            removed.push(Removed {
                text: piece.text[a..b].trim().to_owned(),
                why,
                line: piece.line,
                at,
            });
            from = b;
        }
        text.push_str(&piece.text[from..]);
        piece.text = text.trim().to_owned();
    }
    pieces.retain(|p| !p.text.is_empty());
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
    let plain = if outline.is_empty() {
        plain_outline(lines)
    } else {
        Vec::new()
    };
    // A log's stages (第N周) are its parts; the blocks in each (本周工作：, 下周任务：) its items,
    // their lists the items' children.
    let stages = !plain.is_empty() && plain.iter().all(|&k| stage_label(&lines[k]).is_some());
    // Items of an untitled part of plans: a sentence announced them and a new 一、 series
    // began (…现就明年的工作做如下安排： 一、… 二、…): its 一、 二、 are the part's items.
    let mut announced = false;
    for (k, line) in lines.iter().enumerate() {
        let heading = match section_heading(line) {
            Some(h) if !stages => Some(h),
            None if outline.contains(&k) => item_marker(line).map(|(_, n, rest)| (n, rest)),
            _ => plain
                .iter()
                .position(|&p| p == k)
                .map(|at| (at + 1, line.trim_end_matches([':', '：']).trim_end())),
        };
        // The same after a heading of the author's that names the plans ("2017年工作计划"
        // over a new 一、 series): the part takes that heading as its title.
        let plans_heading = section_heading(line).is_none()
            && !is_numbered(line)
            && line.chars().count() <= 30
            && !line.contains(['。', '，', '；', ',', ';'])
            && kind_of(line) == SectionKind::Plans
            // "现就明年的工作做如下安排：" announces; it is no heading.
            && !line.contains("如下");
        // In a text without parts whose list became an untitled part, a sentence that
        // announces the plans before a new list ("2017年我也做了一个初步的工作计划：" then 1.)
        // starts the plans' own untitled part.
        let plans_list = numbered_sections == 0
            && section_heading(line).is_none()
            && is_plans_announcement(line)
            && report
                .sections
                .last()
                .is_some_and(|s| !s.headed() && s.kind != SectionKind::Plans)
            && lines
                .get(k + 1)
                .and_then(|l| item_marker(l))
                .is_some_and(|(_, n, _)| n == 1);
        // After the parts, a new 一、 series announced by a sentence, or under a heading of the
        // author's that names the plans: its 一、 二、 are the plans' items.
        let restart = numbered_sections > 0
            && (is_plans_announcement(line) || plans_heading)
            && lines
                .get(k + 1)
                .and_then(|l| cn_enumeration(l))
                .is_some_and(|(n, _)| n == 1);
        // After the parts, a line of its own that names the next period's plans ("2019年度工作
        // 计划" under a 2018 summary, "下半年工作打算") heads the plans' part, whatever follows
        // it: lists from 1. are its items (not the last part's item's body).
        // In a text without parts (a weekly report), the same line, or a label that runs in
        // ("下周计划：完成角色管理。"), begins the plans after what was done.
        let next_period = |words: &str| {
            names_next_period(words)
                || year_in(words)
                    .zip(year_in(&report.title))
                    .is_some_and(|(this, summed)| this > summed)
        };
        let partless = numbered_sections == 0
            && report.sections.last().is_none_or(|s| !s.headed())
            && !report.intro.is_empty();
        let not_in_plans = report
            .sections
            .last()
            .is_none_or(|s| s.kind != SectionKind::Plans);
        let run_in_plans =
            (partless && not_in_plans && !stages && heading.is_none() && !is_numbered(line))
                .then(|| line.split_once(['：', ':']))
                .flatten()
                .filter(|(label, rest)| {
                    let label = label.trim();
                    label.chars().count() <= 8
                        && !rest.trim().is_empty()
                        && kind_of(label) == SectionKind::Plans
                        && next_period(label)
                });
        // (After the parts: after what was done or fell short — a log's week, a part of
        // its own kind, holds its own 下周计划 among its blocks.)
        let after_review = report
            .sections
            .last()
            .is_some_and(|s| matches!(s.kind, SectionKind::Achievements | SectionKind::Problems));
        let next_plans = !stages
            && heading.is_none()
            && ((numbered_sections > 0 && after_review) || partless)
            && plans_heading
            && !restart
            && not_in_plans
            && next_period(line);
        if next_plans || run_in_plans.is_some() {
            let (title, lead) = match run_in_plans {
                Some((label, rest)) => (label.trim(), rest.trim()),
                None => (line.trim_end_matches([':', '：']).trim_end(), ""),
            };
            report.sections.push(part(SectionKind::Plans, title, lead));
            target = Target::Lead;
            open.clear();
            continue;
        }
        if plans_list || restart {
            let part = if restart && plans_heading {
                part(SectionKind::Plans, line.trim_end_matches([':', '：']), "")
            } else {
                part(SectionKind::Plans, "", line)
            };
            report.sections.push(part);
            announced |= restart;
            target = Target::Lead;
            open.clear();
            continue;
        }
        if announced
            && let Some((n, title)) = cn_enumeration(line)
            && let Some(section) = report.sections.last_mut()
            && n == section.items.len() + 1
        {
            let (heading, body) = split_heading(title);
            let mut item = Item::new(heading, body.clone().unwrap_or_default());
            item.run_in = body.is_some();
            section.items.push(item);
            target = Target::Item(vec![section.items.len() - 1]);
            open.clear();
            continue;
        }
        // A second report after the first (two weeks' reports in one file): its 一、 repeats
        // the first part's title; its parts follow the first report's.
        if let Some((1, title)) = heading
            && numbered_sections >= 2
            && report
                .sections
                .iter()
                .find(|s| s.headed())
                .is_some_and(|s| s.title == run_in_heading(title).0)
        {
            numbered_sections = 0;
        }
        // A part's number written twice (三、… 四、… 四、…): the author's slip, a new part.
        let repeated = |n: usize, title: &str| {
            n == numbered_sections
                && n > 0
                && title.chars().count() <= 20
                && !title.contains(['。', '，', '；', ',', ';'])
                && report.sections.last().is_some_and(|s| s.title != title)
        };
        if let Some((n, title)) = heading
            && (n == numbered_sections + 1 || repeated(n, title))
            && !announced
        {
            numbered_sections = n;
            // A label ("工作计划：") right under a heading with nothing under it yet ("2019年度
            // 工作计划"): the heading's lead-in, not a part of its own that would leave the
            // heading empty (an empty part prints nothing: the heading would be lost).
            if section_heading(line).is_none()
                && !outline.contains(&k)
                && line.trim_end().ends_with([':', '：'])
                && let Some(last) = report.sections.last_mut()
                && last.headed()
                && last.lead.trim().is_empty()
                && last.items.is_empty()
            {
                push_paragraph(&mut last.lead, line);
                target = Target::Lead;
                open.clear();
                continue;
            }
            // "第一部分，开发，在很紧的工期里……": a run-in heading, its paragraph the lead.
            let (title, lead) = run_in_heading(title);
            let kind = kind_of(title);
            report.sections.push(part(kind, title, lead));
            target = Target::Lead;
            open.clear();
            continue;
        }
        // A text with no parts that holds a numbered list (1、 then 2、): the list is the
        // items of an untitled part, the line that announces it (…收获：) its lead-in, its
        // role by that line or else by the title (a 工作计划's list is the plans).
        if report.sections.is_empty()
            && let Some((marker, 1, _)) = item_marker(line)
            && lines[k + 1..]
                .iter()
                .any(|l| item_marker(l).is_some_and(|(m, n, _)| m == marker && n == 2))
        {
            let lead = match report.intro.rsplit_once('\n') {
                Some((_, last)) if last.trim_end().ends_with(['：', ':']) => last.to_owned(),
                None if report.intro.trim_end().ends_with(['：', ':']) => report.intro.clone(),
                _ => String::new(),
            };
            report.intro.truncate(report.intro.len() - lead.len());
            let intro_len = report.intro.trim_end_matches('\n').len();
            report.intro.truncate(intro_len);
            let kind = match kind_of(lead.trim_end_matches(['：', ':'])) {
                SectionKind::Other if is_plans_announcement(&lead) => SectionKind::Plans,
                SectionKind::Other => kind_of(&report.title),
                kind => kind,
            };
            report.sections.push(part(kind, "", &lead));
            open.clear();
        }
        // After a list of one-line items, a paragraph that speaks of the list as a whole
        // ("针对以上难点，…", "以上的四个任务…") is no item's body: it is the text after the
        // list, an untitled part of its own (printed after the items, with no heading).
        if let Target::Item(path) = &target
            && speaks_of_the_list(line)
            && !is_numbered(line)
            && report.sections.last().is_some_and(|s| {
                s.items.len() >= 2
                    && s.items
                        .iter()
                        .all(|i| i.body.is_empty() && i.children.is_empty())
                    && path.len() == 1
            })
        {
            report.sections.push(part(SectionKind::Other, "", line));
            target = Target::Lead;
            open.clear();
            continue;
        }
        let Some(section) = report.sections.last_mut() else {
            push_paragraph(&mut report.intro, line);
            continue;
        };
        if stages && numbered_sections > 0 && is_block_label(line) {
            let words = line.trim().trim_end_matches([':', '：']).trim_end();
            section.items.push(Item::new(words, ""));
            target = Target::Item(vec![section.items.len() - 1]);
            open = vec![Marker::Label];
            continue;
        }

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

        if let Some((marker, n, rest)) = item_marker(line).or_else(|| missing_dot(lines, k)) {
            // Inline sections' items (and an announced series' 一、 items) are the first
            // level; markers then nest under them.
            let base = usize::from(
                (section.style == ItemStyle::Inline || announced) && !section.items.is_empty(),
            );
            // The level the number continues, deepest first; a 1 where the marker is open
            // already with items is a list of its own under the last item (主要措施：1、…
            // 4、 inside item 2、, then 3、 of the outer list again)
            let len_at = |items: &[Item], depth: usize| {
                let mut list = items;
                for _ in 0..depth {
                    list = &list.last()?.children;
                }
                Some(list.len())
            };
            let fits = open
                .iter()
                .enumerate()
                .rev()
                .filter(|(_, m)| **m == marker)
                .map(|(d, _)| d)
                .find(|&d| len_at(&section.items, d + base).is_some_and(|len| n == len + 1));
            // (Only after a line that announces it with a colon: a repeated 1. after text
            // stays text, as the author wrote it.)
            let announced_list =
                k > 0 && lines[k - 1].trim_end().ends_with(['：', ':']) && !open.is_empty();
            // The first item of a list under a stage's block label is its child.
            let under_label = open == [Marker::Label]
                && n == 1
                && section.items.last().is_some_and(|i| i.children.is_empty());
            let depth = match fits {
                Some(d) => d,
                None if under_label => 1,
                None if n == 1 && announced_list => open.len(),
                None => open.iter().position(|m| *m == marker).unwrap_or(open.len()),
            };
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

/// An item whose number lost its dot ("3要提高大局观…" between "2." and "4."): the number and
/// the rest, in the marker of the item after it — only when that item is numbered one more.
fn missing_dot(lines: &[String], k: usize) -> Option<(Marker, usize, &str)> {
    let line = &lines[k];
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let rest = &line[digits..];
    if !rest.starts_with(crate::han::is_han) {
        return None;
    }
    let n: usize = line[..digits].parse().ok()?;
    let (marker, next, _) = item_marker(lines.get(k + 1)?)?;
    (n >= 2 && next == n + 1).then_some((marker, n, rest))
}

/// A sentence that speaks of the list above it as a whole: 针对以上…, 以上…, 综上…, 总之….
fn speaks_of_the_list(line: &str) -> bool {
    const BACK: &[&str] = &[
        "针对以上",
        "针对上述",
        "以上",
        "上述",
        "综上",
        "总之",
        "总的来说",
        "总而言之",
        "通过以上",
        "通过上述",
    ];
    let line = line.trim_start();
    BACK.iter().any(|w| line.starts_with(w)) && line.contains(['，', '。', ','])
}

/// A sentence that announces the plans below it: it ends with a colon and names plans or
/// the next period (…做如下安排：, 明年的工作打算如下：).
fn is_plans_announcement(line: &str) -> bool {
    let line = line.trim_end();
    line.ends_with(['：', ':'])
        && line.chars().count() <= 120
        && (names_next_period(line)
            || ["安排", "计划", "打算", "设想", "思路", "计劃"]
                .iter()
                .any(|w| line.contains(w)))
}

/// A part as the text gives it: its role, its title (empty for an untitled part), its lead-in;
/// the items follow.
fn part(kind: SectionKind, title: &str, lead: &str) -> Section {
    Section {
        kind,
        title: title.to_owned(),
        lead: lead.to_owned(),
        items: Vec::new(),
        style: ItemStyle::Headed,
    }
}

/// One section of each standard kind. Achievements and problems: the first that names them.
/// Plans: the part named by the next period (下月工作计划 after 组织结构调整计划; 2024年工作打算
/// in a 2023 report), else the last that names plans, the part a summary ends with. The others
/// keep their own names and places as other parts.
fn resolve_kinds(sections: &mut [Section]) {
    for kind in [SectionKind::Achievements, SectionKind::Problems] {
        let mut seen = false;
        for section in sections.iter_mut().filter(|s| s.kind == kind) {
            if seen {
                section.kind = SectionKind::Other;
            }
            seen = true;
        }
    }
    // A part naming a later year than the work summed up (2015年工作总体部署 after 2014年工作
    // 回顾) is the next period's.
    let reviewed = sections
        .iter()
        .filter(|s| s.kind == SectionKind::Achievements)
        .filter_map(|s| year_in(&s.title))
        .max();
    if let Some(reviewed) = reviewed {
        for section in sections.iter_mut() {
            if section.kind == SectionKind::Other
                && year_in(&section.title).is_some_and(|y| y > reviewed)
                && ["工作", "部署", "任务", "重点", "安排", "目标"]
                    .iter()
                    .any(|w| section.title.contains(w))
            {
                section.kind = SectionKind::Plans;
            }
        }
    }
    // A report that looks back on the past year (过去一年…回顾) and then on "this year" (对今年
    // 政府工作的建议): this year's work is the next period's.
    let looks_back = sections.iter().any(|s| {
        s.kind == SectionKind::Achievements && s.title.contains("回顾") && !s.title.contains("今年")
    });
    if looks_back
        && !sections.iter().any(|s| s.kind == SectionKind::Plans)
        && let Some(section) = sections.iter_mut().find(|s| {
            s.kind == SectionKind::Other
                && s.title.contains("今年")
                && ["工作", "任务", "建议", "安排", "打算"]
                    .iter()
                    .any(|w| s.title.contains(w))
        })
    {
        section.kind = SectionKind::Plans;
    }
    // A report whose last part names aims (工作目标, 重点任务) after what was done and what
    // fell short, and no plans otherwise: those aims are the next period's.
    if !sections.iter().any(|s| s.kind == SectionKind::Plans)
        && sections.iter().any(|s| s.kind != SectionKind::Other)
        && let Some(last) = sections.last_mut()
        && last.kind == SectionKind::Other
        && ["目标", "重点", "措施", "任务"]
            .iter()
            .any(|w| last.title.contains(w))
        && !["完成", "情况", "成效", "成绩", "回顾"]
            .iter()
            .any(|w| last.title.contains(w))
    {
        last.kind = SectionKind::Plans;
    }
    let next_year =
        |s: &Section| reviewed.is_some_and(|r| year_in(&s.title).is_some_and(|y| y > r));
    // A part named after a plan (大数据新人学习计划) with two or more titled parts of other
    // kinds after it is work carried out: the next period's plans come last, or name it.
    for k in 0..sections.len() {
        let later_others = sections[k + 1..]
            .iter()
            .filter(|s| s.headed() && s.kind != SectionKind::Plans)
            .count();
        if sections[k].kind == SectionKind::Plans
            && sections[k].headed()
            && later_others >= 2
            && !names_next_period(&sections[k].title)
            && !next_year(&sections[k])
        {
            sections[k].kind = SectionKind::Other;
        }
    }
    let plans: Vec<usize> = (0..sections.len())
        .filter(|&k| sections[k].kind == SectionKind::Plans)
        .collect();
    if plans.len() < 2 {
        return;
    }
    // (The last of them: a file of several weeks' reports plans from its latest week.)
    let chosen = plans
        .iter()
        .copied()
        .rfind(|&k| names_next_period(&sections[k].title) || next_year(&sections[k]))
        .or_else(|| plans.last().copied());
    for k in plans {
        if Some(k) != chosen {
            sections[k].kind = SectionKind::Other;
        }
    }
}

/// The first four-digit year (1950–2099) a title names.
fn year_in(title: &str) -> Option<u32> {
    let chars: Vec<char> = title.chars().collect();
    chars.windows(5).find_map(|w| {
        let digits: String = w[..4].iter().collect();
        (w[4] == '年' && w[..4].iter().all(char::is_ascii_digit))
            .then(|| digits.parse().ok())
            .flatten()
            .filter(|y| (1950..2100).contains(y))
    })
}

/// A part's title that names the period after the one summed up.
fn names_next_period(title: &str) -> bool {
    const NEXT: &[&str] = &[
        "下步",
        "下一步",
        "下月",
        "下个月",
        "下周",
        "明日",
        "明天",
        "下半年",
        "下阶段",
        "下一阶段",
        "下季度",
        "下一季度",
        "下学期",
        "下一年",
        "明年",
        "来年",
        "今后",
        "新的一年",
        "下年度",
    ];
    NEXT.iter().any(|w| title.contains(w))
}

/// A text with no 一、 sections whose outline is 1、 2、 3、 or (一) (二) (三): the short heading
/// lines numbered 1, 2, 3… in sequence, at least two of them and one naming a part (成效, 问题,
/// 打算…), are its sections.
fn arabic_outline(lines: &[String]) -> Vec<usize> {
    if lines.iter().any(|l| section_heading(l).is_some()) {
        return Vec::new();
    }
    // The outline's marker is the one that comes first: (一) over 1、 under it, or 1、 alone.
    [Marker::CnParen, Marker::Arabic]
        .into_iter()
        .map(|marker| outline_of(lines, marker))
        .filter(|out| !out.is_empty())
        .min_by_key(|out| out[0])
        .unwrap_or_default()
}

fn outline_of(lines: &[String], marker: Marker) -> Vec<usize> {
    let mut out = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        if let Some((m, n, rest)) = item_marker(line)
            && m == marker
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
    // Each heading has something under it: lines numbered 1、 2、 one after the other are a
    // list's items, not an outline (a part with nothing under it would print nothing).
    let headed =
        out.windows(2).all(|w| w[1] > w[0] + 1) && out.last().is_some_and(|&k| k + 1 < lines.len());
    if out.len() >= 2 && names_a_part && headed {
        out
    } else {
        Vec::new()
    }
}

/// Do these words name a part of a summary (本周工作, 存在的问题, 下周安排, 心得)? For the
/// format passes, which see a label before the structure pass does.
pub(crate) fn names_a_part(words: &str) -> bool {
    kind_of(words) != SectionKind::Other
}

/// A text with no numbered parts whose parts are headed by lines without a number: short
/// lines that name a part (工作内容总结：, 工作中的不足及改善：, 近期计划), each followed by a
/// list that starts at 1 — at least two of them.
fn plain_outline(lines: &[String]) -> Vec<usize> {
    // A log's stages (第五周：, 第六周：…, 第一阶段): numbered one after the other, at least two;
    // whatever is numbered inside them (一、 in a week's notes) is not the text's parts.
    let stages: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&k| stage_label(&lines[k]).is_some())
        .collect();
    if stages.len() >= 2
        && stages.windows(2).all(|w| {
            stage_label(&lines[w[1]]) == stage_label(&lines[w[0]]).map(|(n, unit)| (n + 1, unit))
        })
    {
        return stages;
    }
    if lines.iter().any(|l| section_heading(l).is_some()) {
        return Vec::new();
    }
    // A chronicle by month ("2月：新春启幕，温暖开篇" over what was done that month, then
    // "3月：…"): months one after the other, at least three, each a short line over prose; a
    // short label of the same form after the last ("总结：无私奉献，书写担当") is a part too.
    let months: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&k| month_label(&lines[k]).is_some() && month_label(&lines[k + 1]).is_none())
        .collect();
    if months.len() >= 3
        && months
            .windows(2)
            .all(|w| month_label(&lines[w[1]]) == month_label(&lines[w[0]]).map(|n| n % 12 + 1))
    {
        let last = months[months.len() - 1];
        let mut out = months;
        out.extend((last + 1..lines.len() - 1).filter(|&k| closing_label(&lines[k])));
        return out;
    }
    // A label that ends in a colon and names a part ("本周遇到的困难及解决方案:", "学习与收获：").
    let label = |l: &str| {
        let l = l.trim();
        let words = l.trim_end_matches([':', '：']).trim_end();
        l.ends_with([':', '：'])
            && (2..=16).contains(&words.chars().count())
            && !is_numbered(l)
            && !words.contains(['。', '，', '；', ',', ';', '：', ':', '、'])
            && (kind_of(words) != SectionKind::Other
                || ["收获", "心得", "体会", "感想", "工作", "总结"]
                    .iter()
                    .any(|w| words.contains(w)))
    };
    let mut out: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&k| {
            let line = lines[k].trim_end_matches([':', '：']).trim_end();
            line.chars().count() <= 25
                && !line.is_empty()
                && !is_numbered(line)
                && !line.contains(['。', '，', '；', ',', ';', '：', ':'])
                && kind_of(line) != SectionKind::Other
                && item_marker(&lines[k + 1]).is_some_and(|(_, n, _)| n == 1)
        })
        .collect();
    if out.len() >= 2 {
        // Parts headed "本周工作：" over a list: a label of the same kind over prose
        // ("本周遇到的技术困难及解决方案:" then what happened) is a part too, not a line of the
        // list's last item.
        if out.iter().all(|&k| label(&lines[k])) {
            let more: Vec<usize> = (0..lines.len() - 1)
                .filter(|&k| label(&lines[k]) && !label(&lines[k + 1]) && !out.contains(&k))
                .collect();
            out.extend(more);
            out.sort_unstable();
        }
        return out;
    }
    // A report written as answers to its form's questions ("本周完成了什么工作？" then the
    // answer, "下周有什么工作计划？"…): the questions, at least two, each with its answer.
    let asked = |l: &str| {
        let l = l.trim();
        l.ends_with(['？', '?']) && l.chars().count() <= 30 && !is_numbered(l)
    };
    let questions: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&k| asked(&lines[k]) && !asked(&lines[k + 1]))
        .collect();
    if questions.len() >= 2
        && questions
            .iter()
            .any(|&k| kind_of(&lines[k]) != SectionKind::Other)
    {
        return questions;
    }
    // Parts headed by labels that end in a colon ("主要工作内容：", "学习与收获：", "总结与感想："),
    // at least two, one of them over a list from 1.
    let labels: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&k| label(&lines[k]) && !label(&lines[k + 1]))
        .collect();
    if labels.len() >= 2
        && labels
            .iter()
            .any(|&k| item_marker(&lines[k + 1]).is_some_and(|(_, n, _)| n == 1))
    {
        return labels;
    }
    // A log's dated entries ("2017.2.6 工作", "2017.2.7 计划"): a date and a word or two,
    // each with text under it — at least two of them.
    let dated: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&k| is_dated_heading(&lines[k]) && !is_dated_heading(&lines[k + 1]))
        .collect();
    if dated.len() >= 2 { dated } else { Vec::new() }
}

/// The month of a chronicle's label: "2月：", "3月份：", "十月：", perhaps with a short motto
/// after the colon ("2月：新春启幕，温暖开篇"), never a sentence.
fn month_label(line: &str) -> Option<usize> {
    let line = line.trim();
    let end = line.find('月')?;
    let num = &line[..end];
    let n = if !num.is_empty() && num.chars().all(|c| c.is_ascii_digit()) {
        num.parse().ok()?
    } else {
        cn_value(num)?
    };
    if !(1..=12).contains(&n) {
        return None;
    }
    let rest = &line[end + '月'.len_utf8()..];
    let rest = rest.strip_prefix('份').unwrap_or(rest);
    let motto = rest.strip_prefix(['：', ':'])?;
    (motto.chars().count() <= 16 && !motto.contains(['。', '；', ';', '！', '？'])).then_some(n)
}

/// A closing part's label in a chronicle's form: "总结：无私奉献，书写担当", "展望：" — words
/// that name a summing up or what comes next, a colon, at most a short motto.
fn closing_label(line: &str) -> bool {
    let Some((label, motto)) = line.trim().split_once(['：', ':']) else {
        return false;
    };
    (2..=6).contains(&label.chars().count())
        && [
            "总结", "小结", "结语", "展望", "计划", "打算", "体会", "不足", "问题",
        ]
        .iter()
        .any(|w| label.contains(w))
        && motto.chars().count() <= 16
        && !motto.contains(['。', '；', ';', '！', '？'])
}

/// "第五周：", "第二个月", "第一阶段：" on a line of its own (perhaps with dates in brackets
/// after it): the stage's number and unit.
fn stage_label(line: &str) -> Option<(usize, &str)> {
    let line = line.trim().trim_end_matches([':', '：']).trim_end();
    // ("在第一个月" as some open the first of them.)
    let line = line.strip_prefix('在').unwrap_or(line);
    let rest = line.strip_prefix('第')?;
    let digits = rest
        .char_indices()
        .find(|(_, c)| !(CN_DIGITS.contains(*c) || c.is_ascii_digit()))?
        .0;
    let (num, after) = rest.split_at(digits);
    let n = if num.chars().all(|c| c.is_ascii_digit()) {
        num.parse().ok()?
    } else {
        cn_value(num)?
    };
    let unit = ["周", "个月", "月", "阶段", "季度", "天", "周期"]
        .into_iter()
        .find(|u| after.starts_with(u))?;
    let tail = after[unit.len()..].trim();
    (tail.is_empty() || tail.starts_with(['（', '('])).then_some((n, unit))
}

/// A label that opens a block inside a log's stage ("本周工作：", "下周任务：", "心得体会"):
/// short, not numbered, naming work, plans, problems or thoughts.
fn is_block_label(line: &str) -> bool {
    let words = line.trim().trim_end_matches([':', '：']).trim_end();
    let colon = line.trim_end().ends_with([':', '：']);
    (2..=16).contains(&words.chars().count())
        && !is_numbered(line)
        && !words.contains(['。', '，', '；', ',', ';', '：', ':'])
        && (colon || kind_of(words) != SectionKind::Other)
        && [
            "本周", "下周", "上周", "本月", "下月", "工作", "任务", "计划", "安排", "总结", "问题",
            "心得", "体会", "收获", "分享", "困难", "进展", "完成",
        ]
        .iter()
        .any(|w| words.contains(w))
}

/// "2017.2.6 计划", "2023-03-24 工作": a date in figures, then at most six characters with no
/// punctuation.
fn is_dated_heading(line: &str) -> bool {
    let line = line.trim();
    if !opens_with_figures_date(line) {
        return false;
    }
    let rest = line.trim_start_matches(|c: char| c.is_ascii_digit() || "-/.".contains(c));
    let words = rest.trim();
    rest.starts_with([' ', '\u{3000}'])
        && (1..=6).contains(&words.chars().count())
        && !words.contains(['。', '，', '；', ',', ';', '：', ':'])
        && !words.starts_with(|c: char| c.is_ascii_digit())
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
        // A text without parts: a cue among its last three paragraphs (…此致 / 敬礼) closes it.
        let paragraphs: Vec<&str> = report.intro.split('\n').collect();
        let from = paragraphs.len().saturating_sub(3).max(1);
        if let Some(at) = (from..paragraphs.len()).find(|&k| is_closing_cue(paragraphs[k])) {
            report.closing = paragraphs[at..].join("\n");
            report.intro = paragraphs[..at].join("\n");
        }
        return;
    };
    // An item's body may be all closing (its heading stays); a lead keeps its first line,
    // unless it is the text after the last list (an untitled part without items).
    let after_list = !section.headed() && section.items.is_empty();
    let (body, keep) = match section.items.last_mut() {
        Some(item) => {
            let mut item = item;
            while !item.children.is_empty() {
                let last = item.children.len() - 1;
                item = &mut item.children[last];
            }
            (&mut item.body, 0)
        }
        None => (&mut section.lead, usize::from(!after_list)),
    };
    let paragraphs: Vec<&str> = body.split('\n').collect();
    if let Some(at) = paragraphs.iter().position(|p| is_closing_cue(p))
        && at >= keep
    {
        report.closing = paragraphs[at..].join("\n");
        *body = paragraphs[..at].join("\n");
        if after_list && section.lead.is_empty() {
            report.sections.pop();
        }
    }
}
