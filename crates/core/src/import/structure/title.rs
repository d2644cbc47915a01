//! The title: the line with a 文种 word closest above the body, site decorations cut off
//! (and listed as removed), a title split over two lines joined.

use super::*;

/// Decorations a site adds to a title: a leading 篇一：, a trailing file extension, a
/// bracketed count or page marker, a site-name suffix, 范文 / 精选 / N篇. Returns the title and
/// what was cut, for the list of removed junk. A title is never cut to nothing.
pub(super) fn strip_title_decorations(title: &str) -> (String, Vec<String>) {
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
        // 【第二篇】… / 【篇二】… / 第2篇：…
        if let Some(inner_end) = t.strip_prefix('【').and_then(|r| r.find('】')) {
            let inner = &t['【'.len_utf8()..'【'.len_utf8() + inner_end];
            if (inner.starts_with('第') || inner.starts_with('篇')) && inner.chars().count() <= 6
                || inner.ends_with('篇') && inner.chars().count() <= 6
            {
                let n = '【'.len_utf8() + inner_end + '】'.len_utf8();
                cut.push(t[..n].to_owned());
                t = t[n..].trim().to_owned();
            }
        }
        // A site's tag between dashes before the title: "-精品合同推荐- 2008年…总结".
        for dash in ['-', '—', '－'] {
            if let Some(rest) = t.strip_prefix(dash)
                && let Some(end) = rest.find(dash)
                && rest[..end].chars().count() <= 10
                && !rest[..end].is_empty()
                && !rest[end + dash.len_utf8()..].trim().is_empty()
            {
                let n = dash.len_utf8() + end + dash.len_utf8();
                cut.push(t[..n].to_owned());
                t = t[n..].trim().to_owned();
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
        // A site's name after a separator: …总结_某某范文网, …总结 - 某某文库, …安排-某某娱乐官网首页.
        for sep in ["_", " - ", " — ", "|", "｜", " -- ", "-", "－", "—"] {
            if let Some(at) = t.rfind(sep) {
                let suffix = &t[at + sep.len()..];
                let before = &t[..at];
                if at > 0
                    // "工作总结 - 周某某": the author's name, not a site's.
                    && !crate::han::is_person_name(suffix.trim())
                    // A bare dash only right after the 文种 word (a date range has dashes too).
                    && (DOC_KINDS.iter().any(|k| before.trim_end().ends_with(k))
                        || sep.starts_with(' ')
                        || ["_", "|", "｜"].contains(&sep))
                    && (["网", "文库", "站", "频道", "范文", "首页", "官网", "娱乐", "平台", "首頁", "網"]
                        .iter()
                        .any(|w| suffix.contains(w))
                        // "年终总结 - Leo的书店": a blog's name after a title that ends in
                        // its 文种 word, with spaces or a bar between.
                        || (sep != "-"
                            && sep != "－"
                            && sep != "—"
                            && DOC_KINDS.iter().any(|k| before.trim_end().ends_with(k))
                            && !is_title_like(suffix))
                        // "…总结_工作总结": a page title's category after an underscore.
                        || (sep == "_" && DOC_KINDS.iter().any(|k| before.ends_with(k))))
                {
                    cut.push(t[at..].to_owned());
                    t = t[..at].trim_end().to_owned();
                }
            }
        }
        // A blog's name before a bar: "某某 : 每天都有新生活 | 年终总结".
        for sep in [" | ", "|", "｜"] {
            if let Some(at) = t.find(sep) {
                let (site, rest) = (&t[..at], t[at + sep.len()..].trim());
                if is_title_like(rest) && !is_title_like(site) && !site.trim().is_empty() {
                    cut.push(t[..at + sep.len()].to_owned());
                    t = rest.to_owned();
                }
            }
        }
        // A piece number glued on: …工作总结1, …计划篇2, …工作总结（2）is above.
        let digits = t.chars().rev().take_while(char::is_ascii_digit).count();
        if (1..=2).contains(&digits) {
            let stem = &t[..t.len() - digits];
            let stem = stem.strip_suffix('篇').unwrap_or(stem);
            if DOC_KINDS.iter().any(|k| stem.ends_with(k)) {
                cut.push(t[stem.len()..].to_owned());
                t = stem.to_owned();
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

/// Title by evidence: of the title-like lines (文种 words, short, no sentence end) before the
/// body, the one closest above it; a "——subtitle" below it, a unit line above it ("某县人民
/// 医院" / "2016年上半年工作总结") or a continuation ("…工作总结" / "和2018年工作计划") are
/// joined to it, and site decorations are cut off. Above the title, a line with the same words
/// (the page's own title), another title (a collection's) or anything that looks a little like
/// junk is removed; the rest opens the 导语. Returns the index of the first body line.
pub(super) fn take_title(
    report: &mut Report,
    lines: &[String],
    ats: &[(usize, usize)],
    removed: &mut Vec<Removed>,
    options: &ImportOptions,
    cell: Option<String>,
    marked: Option<&str>,
) -> usize {
    let keeps = |k: usize| options.keep_junk || options.keep.contains(&ats[k].1);
    let removal = |k: usize, text: String, why: Why| Removed {
        text,
        why,
        line: ats[k].0,
        at: ats[k].1,
    };
    let head_end = lines
        .iter()
        .position(|l| section_heading(l).is_some() || stage_label(l).is_some())
        .unwrap_or(lines.len());
    let body_start = lines[..head_end]
        .iter()
        .position(|l| !is_title_like(l) && is_body_line(l))
        .unwrap_or(head_end);
    // The title the format marks (a Markdown file's single top heading); else, of the lines
    // with title words, the nearest the body — an outline line of the author ("1、工作总结")
    // is a heading, not the title.
    // (The marked title is the title even when it reads as a part's label, "## 年度总结：" over
    // "### 2017：": it opens the text.)
    let found = marked
        .and_then(|title| {
            lines[..body_start.max(1).min(lines.len())]
                .iter()
                .position(|l| l.trim() == title)
        })
        .or_else(|| {
            lines[..body_start]
                .iter()
                .rposition(|l| is_title_like(l) && !is_numbered(l) && !opens_with_web_date(l))
        })
        .or_else(|| {
            // A numbered line only when it is a title and nothing more ("1、工作总结"), not
            // an item that names a report ("5、…明确每日汇报格式").
            lines[..body_start].iter().rposition(|l| {
                is_title_like(l)
                    && !opens_with_web_date(l)
                    && DOC_KINDS
                        .iter()
                        .any(|k| without_marker(l).trim_end().ends_with(k))
            })
        });
    // A 标题 cell names the title: lines before the body in other words are the page's.
    if let Some(cell) = &cell
        && found.is_none_or(|at| {
            let s = skeleton(&strip_title_decorations(&lines[at]).0);
            let c = skeleton(cell);
            !(s.contains(&c) || c.contains(&s))
        })
    {
        report.title = strip_title_decorations(cell).0;
        let title_skeleton = skeleton(&report.title);
        for (k, line) in lines[..body_start].iter().enumerate() {
            if !keeps(k) && skeleton(line).contains(&title_skeleton) {
                removed.push(removal(k, line.clone(), Why::PageTitle));
            } else {
                push_paragraph(&mut report.intro, line);
            }
        }
        return body_start;
    }
    let Some(mut title_at) = found else {
        // No title words: a short first line is the title.
        if let Some(first) = lines.first()
            && first.chars().count() <= 40
            && !ends_with_sentence_mark(first)
            && !opens_with_web_date(first)
            && section_heading(first).is_none()
            // An untitled list ("1、…" "2、…") starts with its first item, not a title.
            && !is_numbered(first)
            // Nor is a greeting ("Hi All", "各位领导：") of a report sent as a letter.
            && !is_greeting(first)
        {
            report.title = first.clone();
            return 1;
        }
        return 0;
    };
    // A collection page's label of one of its texts ("某某计划篇1" under the page's title
    // "某某计划十篇") names a kind of document the text itself says it is not ("现将…总结如
    // 下"): the collection's words, not the text's title; the text has none.
    if !keeps(title_at)
        && let Some((stem, _)) = super::piece_label(&lines[title_at])
        && (0..title_at).any(|k| skeleton(&lines[k]).contains(&skeleton(stem)))
        && other_kind(stem, &lines[title_at + 1..])
    {
        let stem = skeleton(stem);
        for (k, line) in lines[..=title_at].iter().enumerate() {
            if keeps(k) || !skeleton(line).contains(&stem) {
                push_paragraph(&mut report.intro, line);
            } else {
                let why = if k == title_at {
                    Why::Collection
                } else {
                    Why::PageTitle
                };
                removed.push(removal(k, line.clone(), why));
            }
        }
        for line in &lines[title_at + 1..body_start] {
            push_paragraph(&mut report.intro, line);
        }
        return body_start;
    }
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
            || lines[end - 1].ends_with(['和', '及', '暨', '与', '的', '年'])
            // "…工作总结及2020年" / "工作思路": a short 文种 phrase alone continues it.
            || (DOC_KINDS.iter().any(|k| lines[end].ends_with(k))
                && lines[end].chars().count() <= 8
                && !lines[end - 1].ends_with(|c: char| DOC_KINDS.iter().any(|k| k.ends_with(c)))))
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
    // A line above that title the user kept from the import report ("保留此行" on a line
    // removed as the page's title) is the title; the line chosen before goes to the text.
    if !options.keep_junk
        && let Some(kept) = (0..first).rev().find(|&k| {
            let features = junk::features(&lines[k], is_numbered(&lines[k]));
            options.keep.contains(&ats[k].1)
                && is_title_like(&lines[k])
                && junk::score(&features) < JUNK_AT / 2.0
                && !is_site_tag(&lines[k])
        })
    {
        report.title = squeeze_pdf_spaces(&lines[kept]);
        take_above_title(report, &lines[..kept], removed, &keeps, &removal);
        for line in &lines[kept + 1..body_start] {
            push_paragraph(&mut report.intro, line);
        }
        return body_start;
    }
    let mut title = String::new();
    for (k, part) in lines[first..end].iter().enumerate() {
        // "——subtitle" after a space, as before; the halves of a split title run together.
        if k > 0 && part.starts_with(['—', '-']) {
            title.push(' ');
        }
        if keeps(first + k) {
            title.push_str(part);
        } else {
            let (clean, cut) = strip_title_decorations(part);
            title.push_str(&clean);
            removed.extend(
                cut.into_iter()
                    .map(|c| removal(first + k, c, Why::TitleDecoration)),
            );
        }
    }
    report.title = squeeze_pdf_spaces(&title);

    take_above_title(report, &lines[..first], removed, &keeps, &removal);
    // Lines between the title and the body (an author line, a date) open the 导语; an
    // outline line ("1、工作总结") starts the body.
    let mut next = end;
    while next < body_start && !is_numbered(&lines[next]) {
        // A page's dateline under the title (2025-12-17 14:42:05…, 23 Dec 2023) is the
        // site's, not the author's.
        if !keeps(next) && is_dateline(&lines[next]) {
            removed.push(removal(next, lines[next].clone(), Why::PageMeta));
        } else {
            push_paragraph(&mut report.intro, &lines[next]);
        }
        next += 1;
    }
    next
}

/// A web page's dateline: a date in figures with a time of day (2025-12-17 14:42:05…), or a
/// date in English (23 Dec 2023).
fn is_dateline(line: &str) -> bool {
    (opens_with_figures_date(line) && junk::has_clock_time(line)) || is_english_date(line)
}

/// Does `label` name a kind of document (a plan, or a 总结 looking back) other than the one
/// the text's first lines say they are (现将…总结如下)?
fn other_kind(label: &str, text: &[String]) -> bool {
    let kind = |s: &str| {
        DOC_KINDS
            .iter()
            .filter_map(|k| s.rfind(k).map(|at| (at, *k)))
            .max()
            .map(|(_, k)| k)
    };
    let said = text.iter().take(3).find_map(|line| {
        let before = &line[..line.find("如下")?];
        DOC_KINDS.iter().find(|k| before.ends_with(*k)).copied()
    });
    // A plan looks ahead; a 总结, 报告, 汇报 or 述职 looks back.
    let ahead = |k: &str| {
        [
            "计划", "計劃", "計畫", "打算", "安排", "要点", "要點", "思路",
        ]
        .contains(&k)
    };
    matches!((kind(label), said), (Some(a), Some(b)) if ahead(a) != ahead(b))
}

/// The lines above the title: the page's copies of the title, other titles and anything that
/// looks a little like junk are removed; the rest opens the 导语.
fn take_above_title(
    report: &mut Report,
    above: &[String],
    removed: &mut Vec<Removed>,
    keeps: &dyn Fn(usize) -> bool,
    removal: &dyn Fn(usize, String, Why) -> Removed,
) {
    let title_skeleton = skeleton(&report.title);
    for (k, line) in above.iter().enumerate() {
        let s = skeleton(line);
        let same = !s.is_empty() && (title_skeleton.contains(&s) || s.contains(&title_skeleton));
        let features = junk::features(line, is_numbered(line));
        // A table's row (a report's cover form) is the author's, above the title too.
        let junkish =
            (junk::score(&features) >= JUNK_AT / 2.0 || is_site_tag(line)) && !is_table_row(line);
        if !keeps(k) && (same || junkish || is_title_like(line)) {
            let why = if same || !junkish {
                Why::PageTitle
            } else {
                Why::of(&features)
            };
            removed.push(removal(k, line.clone(), why));
        } else {
            push_paragraph(&mut report.intro, line);
        }
    }
}

/// Above the title, a short line of the site rather than of the document: a site's name with
/// its Latin domain word ("某某网 abcd"), an uploader's tag ("| abc2"), anything without a
/// Chinese character. (A 文号 or a 密级 line above a title has Chinese characters and no
/// Latin words.)
fn is_site_tag(line: &str) -> bool {
    let han = line.chars().filter(|c| crate::han::is_han(*c)).count();
    let latin = line.chars().any(|c| c.is_ascii_alphabetic());
    line.chars().count() <= 20
        && !ends_with_sentence_mark(line)
        && !is_date_line(line)
        && (han == 0 || latin)
}

/// The spaces a PDF puts between Chinese and digits ("某中心 2019 年工作总结") taken out of a
/// title; other spaces (before a "——subtitle") stay.
pub(super) fn squeeze_pdf_spaces(title: &str) -> String {
    let chars: Vec<char> = title.chars().collect();
    let mut out = String::with_capacity(title.len());
    for (k, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let prev = chars[..k].iter().rev().find(|c| **c != ' ');
            let next = chars[k + 1..].iter().find(|c| **c != ' ');
            let cjk = |c: &char| ('\u{4e00}'..='\u{9fff}').contains(c);
            if let (Some(p), Some(n)) = (prev, next)
                && ((p.is_ascii_digit() && cjk(n)) || (cjk(p) && n.is_ascii_digit()))
            {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// The greeting of a report sent as a letter or an e-mail: "Hi All", "Dear team", "各位领导：",
/// "尊敬的…：".
fn is_greeting(line: &str) -> bool {
    let line = line.trim();
    let lower = line.to_ascii_lowercase();
    // (A non-breaking space after "Hi", as mail programs write it, is a space too.)
    ["hi", "hello", "dear"].iter().any(|g| {
        lower.strip_prefix(g).is_some_and(|rest| {
            rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == ',')
        })
    }) || ((line.starts_with("尊敬的") || line.starts_with("各位") || line.starts_with("亲爱的"))
        && line.ends_with(['：', ':', '，', ',']))
}
