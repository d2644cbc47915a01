//! Recognising the shape of a work summary in plain lines: title, 导语, sections by their
//! headings and title words (REFERENCE.md), items and their nesting, 一是… runs, lead-ins,
//! closing, 附件说明 and signature; and removing the junk template sites wrap around the text
//! (scored by shape in [`super::junk`]).

use super::junk::{self, Feature, JUNK_AT};
use crate::model::{Item, ItemStyle, MAX_ITEM_DEPTH, Report, Section, SectionKind};

const CN_DIGITS: &str = "一二三四五六七八九十百零〇";

/// 文种 words: what a summary's title ends in.
const DOC_KINDS: &[&str] = &[
    "总结", "报告", "计划", "述职", "汇报", "要点", "打算", "情况", "思路", "安排",
];

fn is_cn_numeral(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| CN_DIGITS.contains(c))
}

/// The value of a Chinese numeral up to 九十九 (一, 十, 十二, 二十, 二十三).
fn cn_value(s: &str) -> Option<usize> {
    let digit = |c: char| {
        "一二三四五六七八九"
            .find(c)
            .map(|at| at / '一'.len_utf8() + 1)
    };
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        [d] if *d == '十' => Some(10),
        [d] => digit(*d),
        ['十', d] => Some(10 + digit(*d)?),
        [d, '十'] => Some(10 * digit(*d)?),
        [a, '十', b] => Some(10 * digit(*a)? + digit(*b)?),
        _ => None,
    }
}

fn ascii_value(s: &str) -> Option<usize> {
    s.parse().ok()
}

/// `一、标题` / `一．标题` / `第一部分 标题` → (its number, the title of the section).
fn section_heading(line: &str) -> Option<(usize, &str)> {
    if let Some(rest) = line.strip_prefix('第') {
        let end = rest.find(['部', '章'])?;
        let (num, tail) = rest.split_at(end);
        if is_cn_numeral(num) {
            let tail = tail
                .strip_prefix("部分")
                .or_else(|| tail.strip_prefix('章'))?;
            let title = tail.trim_start_matches(['：', ':', '、', ' ', '　']).trim();
            return Some((cn_value(num)?, title));
        }
        return None;
    }
    let sep = line.find(['、', '．'])?;
    let (num, tail) = line.split_at(sep);
    if !is_cn_numeral(num) || num.chars().count() > 3 {
        return None;
    }
    let title = tail[tail.chars().next()?.len_utf8()..].trim();
    // "一、" then a whole paragraph is an enumeration, not a heading.
    (title.chars().count() <= 40).then_some((cn_value(num)?, title))
}

/// Which part a section title names, by the title words of REFERENCE.md.
fn kind_of(title: &str) -> SectionKind {
    const PLANS: &[&str] = &[
        "下步",
        "下一步",
        "计划",
        "打算",
        "思路",
        "安排",
        "展望",
        "谋划",
        "今后",
        "努力方向",
    ];
    const PROBLEMS: &[&str] = &["问题", "不足", "短板", "困难", "差距", "薄弱"];
    const ACHIEVEMENTS: &[&str] = &[
        "成效",
        "成绩",
        "做法",
        "开展情况",
        "完成情况",
        "主要工作",
        "工作情况",
        "取得",
        "回顾",
        "亮点",
        "进展",
    ];
    let has = |words: &[&str]| words.iter().any(|w| title.contains(w));
    if has(PROBLEMS) {
        SectionKind::Problems
    } else if has(PLANS) {
        SectionKind::Plans
    } else if has(ACHIEVEMENTS) {
        SectionKind::Achievements
    } else {
        SectionKind::Other
    }
}

/// The kinds of item marker, from the outermost usual level inwards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    /// （一） or (一)
    CnParen,
    /// 1. 1、 1．
    Arabic,
    /// （1） or (1)
    ArabicParen,
}

/// `（一）标题` → (marker, its number, rest of the line).
fn item_marker(line: &str) -> Option<(Marker, usize, &str)> {
    let open = line.strip_prefix('（').or_else(|| line.strip_prefix('('));
    if let Some(inner) = open {
        // At most three numerals: the closing bracket is among the first four characters.
        let close = inner
            .char_indices()
            .take(4)
            .find(|(_, c)| *c == '）' || *c == ')')?
            .0;
        let (num, rest) = inner.split_at(close);
        let rest = rest[rest.chars().next()?.len_utf8()..].trim_start();
        if is_cn_numeral(num) && num.chars().count() <= 3 {
            return Some((Marker::CnParen, cn_value(num)?, rest));
        }
        if !num.is_empty() && num.len() <= 2 && num.chars().all(|c| c.is_ascii_digit()) {
            return Some((Marker::ArabicParen, ascii_value(num)?, rest));
        }
        return None;
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &line[digits..];
        // "2022年…" or "1.5倍" are not markers; "1." "1、" "1．" followed by text are.
        let after = rest
            .strip_prefix('.')
            .or_else(|| rest.strip_prefix('、'))
            .or_else(|| rest.strip_prefix('．'))?;
        if after.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        return Some((
            Marker::Arabic,
            ascii_value(&line[..digits])?,
            after.trim_start(),
        ));
    }
    None
}

/// `一是…` at the start of a line → (its number, the rest).
fn inline_marker(line: &str) -> Option<(usize, &str)> {
    let at = line.find('是')?;
    let num = &line[..at];
    if !is_cn_numeral(num) || num.chars().count() > 3 {
        return None;
    }
    Some((cn_value(num)?, &line[at + '是'.len_utf8()..]))
}

/// A line that starts with one of the document's own numbering markers.
fn is_numbered(line: &str) -> bool {
    section_heading(line).is_some() || item_marker(line).is_some() || inline_marker(line).is_some()
}

/// The text after 一是, cut where 二是, 三是… follow in sequence after 。 or ；.
fn split_inline_run(rest: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut next = 2;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        current.push(c);
        if c == '。' || c == '；' {
            let marker = crate::numbering::inline_marker(next);
            if rest[i + c.len_utf8()..].starts_with(&marker) {
                parts.push(std::mem::take(&mut current));
                // Skip the marker itself.
                for _ in 0..marker.chars().count() {
                    chars.next();
                }
                next += 1;
            }
        }
    }
    parts.push(current);
    parts
}

/// Split an item line into heading and the start of its body: a short line is all heading; a
/// long one is headed by its first sentence, 。 included, so the text stays as written.
fn split_heading(rest: &str) -> (String, Option<String>) {
    if let Some(at) = rest.find('。') {
        let end = at + '。'.len_utf8();
        let heading = &rest[..end];
        let body = rest[end..].trim();
        if heading.chars().count() <= 60 {
            return (
                heading.to_owned(),
                (!body.is_empty()).then(|| body.to_owned()),
            );
        }
    }
    (rest.to_owned(), None)
}

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
        "总结", "计划", "报告", "汇报", "情况", "要点", "打算", "述职",
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

/// Decorations a site adds to a title: a leading 篇一：, a trailing file extension, a
/// bracketed count or page marker, a site-name suffix, 范文 / 精选 / N篇. Returns the title and
/// what was cut, for the list of removed junk. A title is never cut to nothing.
fn strip_title_decorations(title: &str) -> (String, Vec<String>) {
    let mut t = title.trim().to_owned();
    let mut cut = Vec::new();
    loop {
        let before = t.len();
        // 篇一：… / 范文一：… / 【范文】…
        for prefix in ["篇", "范文"] {
            if let Some(rest) = t.strip_prefix(prefix) {
                let num: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || CN_DIGITS.contains(*c))
                    .collect();
                let after = &rest[num.len()..];
                if let Some(body) = after
                    .strip_prefix('：')
                    .or_else(|| after.strip_prefix(':'))
                    .or_else(|| after.strip_prefix('、'))
                {
                    cut.push(t[..t.len() - body.len()].to_owned());
                    t = body.trim().to_owned();
                }
            }
        }
        if t.starts_with("【范文】") || t.starts_with("【精选】") {
            let n = "【范文】".len();
            cut.push(t[..n].to_owned());
            t = t[n..].trim().to_owned();
        }
        // A file extension.
        let lower = t.to_ascii_lowercase();
        if let Some(ext) = [".docx", ".doc", ".pdf", ".txt", ".wps", ".pptx", ".ppt"]
            .iter()
            .find(|e| lower.ends_with(*e))
        {
            let at = t.len() - ext.len();
            cut.push(t[at..].to_owned());
            t = t[..at].trim_end().to_owned();
        }
        // A bracketed decoration at the end: （精选8篇）, 【完整版】, (9).
        if let Some(close) = t.chars().last().filter(|c| "）)】]".contains(*c)) {
            let open = match close {
                '）' => '（',
                ')' => '(',
                '】' => '【',
                _ => '[',
            };
            if let Some(at) = t.rfind(open) {
                let inner = &t[at + open.len_utf8()..t.len() - close.len_utf8()];
                let decoration = [
                    "篇",
                    "范文",
                    "精选",
                    "完整",
                    "通用",
                    "最新",
                    "优秀",
                    "推荐",
                    "下载",
                    "页",
                    "字",
                    "word",
                    "Word",
                    "可编辑",
                    "doc",
                    "大全",
                    "合集",
                ];
                if at > 0
                    && (inner.chars().all(|c| c.is_ascii_digit())
                        || decoration.iter().any(|d| inner.contains(d)))
                {
                    cut.push(t[at..].to_owned());
                    t = t[..at].trim_end().to_owned();
                }
            }
        }
        // A site's name after a separator: …总结_某某范文网, …总结 - 某某文库.
        for sep in ["_", " - ", " — ", "|", "｜", " -- "] {
            if let Some(at) = t.rfind(sep) {
                let suffix = &t[at + sep.len()..];
                if at > 0
                    && ["网", "文库", "站", "频道", "范文", "首页"]
                        .iter()
                        .any(|w| suffix.contains(w))
                {
                    cut.push(t[at..].to_owned());
                    t = t[..at].trim_end().to_owned();
                }
            }
        }
        // N篇 / 五篇, and 范文 / 精选 / 大全 at the end.
        let without_pian = t
            .strip_suffix('篇')
            .map(|r| r.trim_end_matches(|c: char| c.is_ascii_digit() || CN_DIGITS.contains(c)));
        if let Some(rest) = without_pian
            && rest.len() + '篇'.len_utf8() < t.len()
            && !rest.is_empty()
        {
            cut.push(t[rest.len()..].to_owned());
            t = rest.trim_end().to_owned();
        }
        for word in ["范文", "精选", "大全", "汇编", "合集"] {
            if t.len() > word.len() && t.ends_with(word) {
                cut.push(word.to_owned());
                t.truncate(t.len() - word.len());
            }
        }
        if t.len() == before {
            break;
        }
    }
    if t.is_empty() || (is_title_like(title) && !is_title_like(&t)) {
        return (title.trim().to_owned(), Vec::new());
    }
    (t, cut)
}

/// `二、…` at the start of `rest` → 2 (the marker alone; what follows may be long).
fn section_number_at(rest: &str) -> Option<usize> {
    // Numerals have at most three characters: look no further (long lines are scanned here
    // at every position).
    let sep = rest
        .char_indices()
        .take(4)
        .find(|(_, c)| *c == '、' || *c == '．')?
        .0;
    let num = &rest[..sep];
    if num.chars().count() > 3 || !is_cn_numeral(num) {
        return None;
    }
    cn_value(num)
}

/// In a piece starting "二、" that runs on into prose, where the section's title ends: after
/// the first word that ends section titles (问题, 打算, 成效…; "问题和不足" read as one), or
/// after 工作 when there is none, before the first sentence mark.
fn section_title_end(piece: &str) -> Option<usize> {
    section_number_at(piece)?;
    let marker_end = piece.find(['、', '．'])? + '、'.len_utf8();
    let stop = piece
        .find(['，', '。', '；', '：', ','])
        .filter(|&s| s > marker_end)?;
    let head = &piece[..stop];
    const ENDS: &[&str] = &[
        "问题", "不足", "困难", "短板", "差距", "打算", "计划", "思路", "安排", "成效", "成绩",
        "情况", "做法", "措施", "方向", "经验", "体会", "亮点", "进展",
    ];
    let first_end = |from: usize| {
        ENDS.iter()
            .filter_map(|w| head[from..].find(w).map(|at| from + at + w.len()))
            .min()
    };
    let mut end = first_end(marker_end).or_else(|| {
        head[marker_end..]
            .find("工作")
            .map(|at| marker_end + at + "工作".len())
    })?;
    while head[end..].starts_with(['和', '及', '与']) {
        match first_end(end) {
            Some(next) => end = next,
            None => break,
        }
    }
    (end < head.len()).then_some(end)
}

/// Sentence ends and pauses after which a numbering marker starts a new paragraph.
fn is_boundary(c: char) -> bool {
    "。！？；：:;!?”」".contains(c) || c.is_whitespace()
}

/// A text that lost its line breaks (pasted from a PDF or a page without markup) is one long
/// line holding "一、…二、…". Such a line is cut before each structural marker that follows a
/// sentence end in sequence (一、 二、, （一）, 1., （1）, 附件：, 总之), the title is cut from the
/// front after its 文种 word and a date with its unit from the end. Other lines are left as
/// they are.
fn split_run_on(line: &str) -> Vec<String> {
    if line.chars().count() < 80 || !line.contains("二、") {
        return vec![line.to_owned()];
    }
    let (mut sec, mut cn, mut ar, mut ap) = (1, 1, 1, 1);
    let mut cuts = Vec::new();
    let mut prev: Option<char> = None;
    // Since the last cut at a heading (一、 or （一）) no sentence mark has passed: a heading
    // runs straight into the next marker ("一、主要工作（一）加强学习。").
    let mut in_heading = false;
    for (i, c) in line.char_indices() {
        let rest = &line[i..];
        let at_boundary = prev.is_none_or(is_boundary);
        prev = Some(c);
        if "。！？；".contains(c) {
            in_heading = false;
        }
        if i == 0 {
            continue;
        }
        let after_kind =
            DOC_KINDS.iter().any(|k| line[..i].ends_with(k)) || line[..i].ends_with("如下");
        if let Some(n) = section_number_at(rest)
            && n == sec
            && (at_boundary || (sec == 1 && after_kind))
        {
            cuts.push(i);
            sec += 1;
            (cn, ar, ap) = (1, 1, 1);
            in_heading = true;
            continue;
        }
        if sec == 1 || !(at_boundary || in_heading) {
            continue;
        }
        if let Some((marker, n, _)) = item_marker(rest) {
            let expected = match marker {
                Marker::CnParen => &mut cn,
                Marker::Arabic => &mut ar,
                Marker::ArabicParen => &mut ap,
            };
            if n == *expected {
                *expected += 1;
                match marker {
                    Marker::CnParen => (ar, ap) = (1, 1),
                    Marker::Arabic => ap = 1,
                    Marker::ArabicParen => {}
                }
                in_heading = marker == Marker::CnParen;
                cuts.push(i);
            }
            continue;
        }
        if !at_boundary {
            continue;
        }
        if rest.starts_with("附件：") || rest.starts_with("附件:") {
            cuts.push(i);
            (ar, ap) = (1, 1);
            continue;
        }
        if is_closing_cue(rest) {
            cuts.push(i);
        }
    }
    if sec < 3 {
        return vec![line.to_owned()];
    }
    let mut pieces: Vec<String> = Vec::new();
    let mut from = 0;
    for &at in cuts.iter().chain(std::iter::once(&line.len())) {
        let piece = line[from..at].trim();
        if !piece.is_empty() {
            pieces.push(piece.to_owned());
        }
        from = at;
    }
    // A section heading runs into its body: "二、存在的问题基层力量薄弱，…".
    let mut split = Vec::with_capacity(pieces.len() + 4);
    for piece in pieces {
        match section_title_end(&piece) {
            Some(at) => {
                split.push(piece[..at].to_owned());
                split.push(piece[at..].trim().to_owned());
            }
            None => split.push(piece),
        }
    }
    let mut pieces = split;
    // The title at the front: up to the last 文种 word before the first sentence mark.
    if let Some(first) = pieces.first().cloned() {
        let stop = first.find(['，', '。', ',']).unwrap_or(first.len());
        let head = &first[..stop];
        let end = DOC_KINDS
            .iter()
            .filter_map(|k| head.rfind(k).map(|at| at + k.len()))
            .max()
            .filter(|&e| e < stop && head[..e].chars().count() <= 60);
        if let Some(e) = end {
            pieces[0] = first[..e].trim().to_owned();
            pieces.insert(1, first[e..].trim().to_owned());
        }
    }
    // The date (and the unit before it) at the end.
    if let Some(last) = pieces.last().cloned() {
        let tail_from = last
            .rfind(['。', '！', '；'])
            .map_or(0, |at| at + '。'.len_utf8());
        let tail = &last[tail_from..];
        if tail.chars().count() <= 40
            && let Some(k) = tail
                .char_indices()
                .map(|(k, _)| k)
                .find(|&k| is_date_line(&tail[k..]))
        {
            let keep = last[..tail_from].trim().to_owned();
            let unit = tail[..k].trim().to_owned();
            let date = tail[k..].trim().to_owned();
            pieces.pop();
            pieces.extend([keep, unit, date].into_iter().filter(|p| !p.is_empty()));
        }
    }
    pieces
}

/// The lines of the text without the junk, and the junk removed. See [`super::junk`] for the
/// scoring; here the lines are scored in their context:
///
/// - after a label such as 相关推荐, the short title-like lines that follow are the list of
///   links — but only as long as they look like links: the first line of prose ends the
///   list, and a title and unit line right above that prose are the document's own title;
/// - a line that already looks suspicious and shares almost no words with the rest of the
///   document (an ad dropped into the text) is junk.
fn remove_junk(lines: Vec<String>, removed: &mut Vec<String>) -> Vec<String> {
    let scores: Vec<(f32, Vec<Feature>)> = lines
        .iter()
        .map(|l| {
            let features = junk::features(l, is_numbered(l));
            (junk::score(&features), features)
        })
        .collect();
    let mut is_junk: Vec<bool> = scores.iter().map(|(s, _)| *s >= JUNK_AT).collect();

    // Link lists after their label.
    let mut i = 0;
    while i < lines.len() {
        if !junk::is_link_list_label(&lines[i]) {
            i += 1;
            continue;
        }
        is_junk[i] = true;
        let mut end = i + 1;
        while end < lines.len()
            && junk::is_link_entry(&lines[end])
            && !is_numbered(&lines[end])
            && !is_date_line(&lines[end])
        {
            end += 1;
        }
        // Prose follows: the title (and a unit line above it) just before it are its own.
        let mut last = end;
        if end < lines.len() && !is_junk[end] {
            while last > i + 1
                && end - last < 2
                && !scores[last - 1].1.contains(&Feature::LinkList)
                && (is_title_like(&lines[last - 1]) || is_unit_line(&lines[last - 1]))
            {
                last -= 1;
            }
        }
        for flag in &mut is_junk[i + 1..last] {
            *flag = true;
        }
        i = end.max(i + 1);
    }

    // Suspicious lines with no relation to the document.
    let suspicious: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            !is_junk[i] && scores[i].0 + Feature::Unrelated.weight() >= JUNK_AT && scores[i].0 > 0.0
        })
        .collect();
    if !suspicious.is_empty() {
        let vocabulary = junk::Vocabulary::of(
            lines
                .iter()
                .zip(&is_junk)
                .filter(|(_, j)| !**j)
                .map(|(l, _)| l.as_str()),
        );
        for i in suspicious {
            if vocabulary.unrelated(&lines[i]) {
                is_junk[i] = true;
            }
        }
    }

    let mut kept = Vec::with_capacity(lines.len());
    for (line, junk) in lines.into_iter().zip(is_junk) {
        if junk {
            removed.push(line);
        } else {
            kept.push(line);
        }
    }
    kept
}

/// The 附件说明 near the end: "附件：1.…" then "2.…" lines, "附件：" then numbered lines,
/// "附件：name" alone, or "附件1：…" lines. Numbers must run 1, 2, 3…; after the block only a
/// signature may follow. Returns the names and removes their lines.
fn take_attachments(lines: &mut Vec<String>) -> Vec<String> {
    let Some(start) = lines.iter().rposition(|l| {
        l.strip_prefix("附件").is_some_and(|rest| {
            let rest = rest.strip_prefix('1').unwrap_or(rest);
            rest.starts_with(['：', ':'])
        })
    }) else {
        return Vec::new();
    };
    // "1.name" → name when the number is `n` (a name may start with a digit: 1.2018年…).
    let strip_number = |line: &str, n: usize| -> Option<String> {
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 || digits > 2 || line[..digits].parse::<usize>().ok()? != n {
            return None;
        }
        let rest = line[digits..].strip_prefix(['.', '、', '．'])?.trim();
        (!rest.is_empty()).then(|| rest.to_owned())
    };
    let mut names = Vec::new();
    let first = &lines[start];
    let after_label = first["附件".len()..].trim_start_matches(|c: char| c.is_ascii_digit());
    let labelled_each = first["附件".len()..].starts_with(|c: char| c.is_ascii_digit());
    let name = after_label[after_label.chars().next().map_or(0, char::len_utf8)..].trim();
    let mut end = start + 1;
    if labelled_each {
        // 附件1：… 附件2：…
        names.push(name.to_owned());
        while let Some(line) = lines.get(end) {
            let prefix = format!("附件{}", names.len() + 1);
            let Some(rest) = line.strip_prefix(&prefix) else {
                break;
            };
            let Some(rest) = rest.strip_prefix(['：', ':']) else {
                break;
            };
            names.push(rest.trim().to_owned());
            end += 1;
        }
        if first["附件".len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            != "1"
        {
            return Vec::new();
        }
    } else {
        let first_numbered = strip_number(name, 1);
        let numbered = name.is_empty() || first_numbered.is_some();
        if !name.is_empty() {
            match first_numbered {
                Some(n) => names.push(n),
                None if item_marker(name).is_some() => return Vec::new(),
                None => names.push(name.to_owned()),
            }
        }
        if numbered {
            while let Some(n) = lines
                .get(end)
                .and_then(|l| strip_number(l, names.len() + 1))
            {
                names.push(n);
                end += 1;
            }
        }
    }
    // Only a signature (a unit and a date) may follow.
    let rest = &lines[end..];
    let signature_like = |l: &String| {
        is_date_line(l)
            || (l.chars().count() <= 30 && !ends_with_sentence_mark(l) && !is_numbered(l))
    };
    if names.is_empty()
        || names.iter().any(String::is_empty)
        || rest.len() > 2
        || !rest.iter().all(signature_like)
    {
        return Vec::new();
    }
    lines.drain(start..end);
    names
}

/// Parse text into a report; the second value lists the junk removed.
pub fn parse(text: &str) -> (Report, Vec<String>) {
    parse_with(text, false)
}

/// Parse text into a report. With `keep_junk` nothing is removed (for the rare page where the
/// scoring is wrong): every line ends up in the draft, still structured.
pub fn parse_with(text: &str, keep_junk: bool) -> (Report, Vec<String>) {
    let mut removed = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    for raw in text.lines() {
        let line = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if line.is_empty() {
            continue;
        }
        lines.extend(split_run_on(line));
    }
    if !keep_junk {
        lines = remove_junk(lines, &mut removed);
    }

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

    let start = take_title(&mut report, &lines, &mut removed, keep_junk);
    read_body(&mut report, &lines[start..]);
    take_closing(&mut report);

    // The three standard sections exist even when the text lacks one.
    report.normalize();
    (report, removed)
}

/// Title by evidence: of the title-like lines (文种 words, short, no sentence end) before the
/// body, the one closest above it; a "——subtitle" below it, a unit line above it ("某县人民
/// 医院" / "2016年上半年工作总结") or a continuation ("…工作总结" / "和2018年工作计划") are
/// joined to it, and site decorations are cut off. Above the title, a line with the same words
/// (the page's own title), another title (a collection's) or anything that looks a little like
/// junk is removed; the rest opens the 导语. Returns the index of the first body line.
fn take_title(
    report: &mut Report,
    lines: &[String],
    removed: &mut Vec<String>,
    keep_junk: bool,
) -> usize {
    let head_end = lines
        .iter()
        .position(|l| section_heading(l).is_some())
        .unwrap_or(lines.len());
    let body_start = lines[..head_end]
        .iter()
        .position(|l| !is_title_like(l) && is_body_line(l))
        .unwrap_or(head_end);
    let Some(mut title_at) = lines[..body_start].iter().rposition(|l| is_title_like(l)) else {
        // No title words: a short first line is the title.
        if let Some(first) = lines.first()
            && first.chars().count() <= 40
            && !ends_with_sentence_mark(first)
            && section_heading(first).is_none()
        {
            report.title = first.clone();
            return 1;
        }
        return 0;
    };
    // A subtitle "——…" or a continuation "和2018年工作打算" belongs to the title above it.
    let mut end = title_at + 1;
    while title_at > 0
        && (lines[title_at].starts_with(['—', '-', '和', '及', '暨', '与'])
            || lines[title_at - 1].ends_with(['和', '及', '暨', '与']))
        && is_title_like(&lines[title_at - 1])
    {
        title_at -= 1;
    }
    // A continuation below: "和2018年工作计划", or a title cut after 和/及/暨.
    while end < body_start
        && (lines[end].starts_with(['—', '-'])
            || lines[end].starts_with(['和', '及', '暨', '与'])
            || lines[end - 1].ends_with(['和', '及', '暨', '与', '的']))
        && lines[end].chars().count() <= 40
        && !is_body_line(&lines[end])
    {
        end += 1;
    }
    let mut first = title_at;
    if title_at > 0
        && is_unit_line(&lines[title_at - 1])
        && !lines[title_at].contains(lines[title_at - 1].as_str())
        && !lines[title_at].starts_with(['—', '-'])
    {
        first -= 1;
    }
    let mut title = String::new();
    for (k, part) in lines[first..end].iter().enumerate() {
        // "——subtitle" after a space, as before; the halves of a split title run together.
        if k > 0 && part.starts_with(['—', '-']) {
            title.push(' ');
        }
        if keep_junk {
            title.push_str(part);
        } else {
            let (clean, cut) = strip_title_decorations(part);
            title.push_str(&clean);
            removed.extend(cut);
        }
    }
    report.title = title;

    let title_skeleton = skeleton(&report.title);
    for line in &lines[..first] {
        let s = skeleton(line);
        let same = !s.is_empty() && (title_skeleton.contains(&s) || s.contains(&title_skeleton));
        let junkish = junk::score(&junk::features(line, is_numbered(line))) >= JUNK_AT / 2.0;
        if !keep_junk && (same || junkish || is_title_like(line)) {
            removed.push(line.clone());
        } else {
            push_paragraph(&mut report.intro, line);
        }
    }
    // Lines between the title and the body (an author line, a date) open the 导语.
    let mut next = end;
    while next < body_start {
        push_paragraph(&mut report.intro, &lines[next]);
        next += 1;
    }
    body_start
}

/// Sections, items, 一是 runs and lead-ins. A numbering marker becomes structure only when its
/// number is the next one where it stands; any other (a repeated 1., a 3. after 1.) stays
/// text, so export never prints a number the author did not write.
fn read_body(report: &mut Report, lines: &[String]) {
    let mut target = Target::Intro;
    // The marker kinds open at each depth of the current section.
    let mut open: Vec<Marker> = Vec::new();
    let mut numbered_sections = 0;
    for line in lines {
        if let Some((n, title)) = section_heading(line)
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
