//! Recognising the shape of a work summary in plain lines: title, 导语, sections by their
//! headings and title words (REFERENCE.md), items and their nesting, 一是… runs, lead-ins,
//! closing and signature; and removing the junk template sites wrap around the text.

use crate::model::{Item, ItemStyle, MAX_ITEM_DEPTH, Report, Section, SectionKind};

const CN_DIGITS: &str = "一二三四五六七八九十百零〇";

/// Lines that are page furniture of template and government sites (REFERENCE.md).
fn is_junk(line: &str) -> bool {
    const STARTS: &[&str] = &[
        "下面是小编",
        "以下是小编",
        "小编为大家",
        "【#",
        "推荐访问",
        "相关推荐",
        "相关文章",
        "更新时间",
        "来源:网友投稿",
        "来源：网友投稿",
        "---此处隐藏",
        "—此处隐藏",
        "首页 >",
        "首页>",
        "首页 ＞",
        "当前位置",
        "发布时间",
        "上一篇",
        "下一篇",
        "本文来源",
        "【打印本页】",
        "【关闭窗口】",
        "扫一扫",
        "分享到",
    ];
    const CONTAINS: &[&str] = &[
        "字号【",
        "字号：【",
        "【打印本页】",
        "【关闭窗口】",
        "此处隐藏",
        "下载后查看",
        "供大家参考",
        "供您参考",
        "欢迎阅读",
    ];
    let is_link_list = line.starts_with("- [") || line.starts_with("* [") || line.starts_with("·[");
    let is_url =
        line.starts_with("http://") || line.starts_with("https://") || line.starts_with("www.");
    STARTS.iter().any(|s| line.starts_with(s))
        || CONTAINS.iter().any(|s| line.contains(s))
        || is_link_list
        || is_url
}

/// Cues that a run of junk continues to the end (link lists below "相关推荐").
fn starts_junk_tail(line: &str) -> bool {
    ["相关推荐", "相关文章", "猜你喜欢", "热门推荐", "推荐阅读"]
        .iter()
        .any(|s| line.starts_with(s))
}

fn is_cn_numeral(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| CN_DIGITS.contains(c))
}

/// `一、标题` / `一．标题` / `第一部分 标题` → the title of a section.
fn section_heading(line: &str) -> Option<&str> {
    if let Some(rest) = line.strip_prefix('第') {
        let end = rest.find(['部', '章'])?;
        let (num, tail) = rest.split_at(end);
        if is_cn_numeral(num) {
            let tail = tail
                .strip_prefix("部分")
                .or_else(|| tail.strip_prefix('章'))?;
            return Some(tail.trim_start_matches(['：', ':', '、', ' ', '　']).trim());
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
    (title.chars().count() <= 40).then_some(title)
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

/// `（一）标题` → (marker, rest of the line).
fn item_marker(line: &str) -> Option<(Marker, &str)> {
    let open = line.strip_prefix('（').or_else(|| line.strip_prefix('('));
    if let Some(inner) = open {
        let close = inner.find(['）', ')'])?;
        let (num, rest) = inner.split_at(close);
        let rest = rest[rest.chars().next()?.len_utf8()..].trim_start();
        if is_cn_numeral(num) && num.chars().count() <= 3 {
            return Some((Marker::CnParen, rest));
        }
        if !num.is_empty() && num.len() <= 2 && num.chars().all(|c| c.is_ascii_digit()) {
            return Some((Marker::ArabicParen, rest));
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
        return Some((Marker::Arabic, after.trim_start()));
    }
    None
}

/// `一是…` at the start of a line → the rest.
fn inline_marker(line: &str) -> Option<&str> {
    let at = line.find('是')?;
    let num = &line[..at];
    (is_cn_numeral(num) && num.chars().count() <= 3).then(|| &line[at + '是'.len_utf8()..])
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

/// Parse text into a report; the second value lists the junk lines removed.
pub fn parse(text: &str) -> (Report, Vec<String>) {
    let mut removed = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    let mut in_junk_tail = false;
    for raw in text.lines() {
        let line = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if line.is_empty() {
            continue;
        }
        if in_junk_tail || starts_junk_tail(line) {
            in_junk_tail = true;
            removed.push(line.to_owned());
            continue;
        }
        if is_junk(line) {
            removed.push(line.to_owned());
            continue;
        }
        lines.push(line.to_owned());
    }

    let mut report = Report {
        sections: Vec::new(),
        ..Report::default()
    };

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

    // Title: the last of the title-like lines before the body; an earlier line with the same
    // words (the page's own title) is junk, anything else stays as the first of the 导语.
    let first_section = lines.iter().position(|l| section_heading(l).is_some());
    let head_end = first_section.unwrap_or(lines.len());
    let title_lines = lines[..head_end]
        .iter()
        .take_while(|l| is_title_like(l) || l.starts_with("——") || l.starts_with("--"))
        .count();
    let mut start = 0;
    if title_lines > 0 {
        let mut title_at = title_lines - 1;
        // A subtitle "——…" belongs to the title above it.
        while title_at > 0 && lines[title_at].starts_with(['—', '-']) {
            title_at -= 1;
        }
        let title_skeleton = skeleton(&lines[title_at]);
        for line in &lines[..title_at] {
            let s = skeleton(line);
            if !s.is_empty() && (title_skeleton.contains(&s) || s.contains(&title_skeleton)) {
                removed.push(line.clone());
            } else {
                push_paragraph(&mut report.intro, line);
            }
        }
        report.title = lines[title_at].clone();
        for subtitle in &lines[title_at + 1..title_lines] {
            report.title.push(' ');
            report.title.push_str(subtitle);
        }
        start = title_lines;
    } else if let Some(first) = lines.first()
        && first.chars().count() <= 40
        && !first.ends_with(['。', '；', '，', '：'])
        && section_heading(first).is_none()
    {
        report.title = first.clone();
        start = 1;
    }

    let mut target = Target::Intro;
    // The marker kinds open at each depth of the current section.
    let mut open: Vec<Marker> = Vec::new();
    for line in &lines[start..] {
        if let Some(title) = section_heading(line) {
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

        if let Some(rest) = inline_marker(line).filter(|_| open.is_empty()) {
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

        if let Some((marker, rest)) = item_marker(line) {
            let depth = match open.iter().position(|m| *m == marker) {
                Some(d) => d,
                None => open.len(),
            };
            // Inline sections' items are the first level; markers then nest under them.
            let base = usize::from(section.style == ItemStyle::Inline && !section.items.is_empty());
            let depth = (depth + base).min(MAX_ITEM_DEPTH - 1);
            open.truncate(depth.saturating_sub(base));
            open.push(marker);
            let (heading, body) = split_heading(rest);
            let item = Item::new(heading, body.unwrap_or_default());
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
            list.push(item);
            path.push(list.len() - 1);
            target = Target::Item(path);
            continue;
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

    // A closing paragraph: the last paragraphs of the last section that sum up.
    if let Some(section) = report.sections.last_mut() {
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

    // The three standard sections exist even when the text lacks one.
    report.normalize();
    (report, removed)
}
