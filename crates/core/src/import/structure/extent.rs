//! The summary's extent first, then junk only outside it (issue 24): which lines of a page
//! are the summary's body by their own evidence (`is_anchor`), which are a table's rows (the
//! author's content, never junk), and `remove_junk`, which scores the rest in context.

use super::*;

/// A line of the summary's body by its own evidence: numbered, or a sentence (prose, the
/// unit speaking of itself, a line ending in a sentence mark), and not junk by its shape.
pub(super) fn is_anchor(line: &str, score: f32, features: &[Feature]) -> bool {
    if is_long_prose(line) {
        return true;
    }
    if score >= JUNK_AT {
        return false;
    }
    let cjk = line
        .chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count();
    features.contains(&Feature::Numbered)
        || features.contains(&Feature::Prose)
        || (cjk >= 8 && (is_body_line(line) || features.contains(&Feature::FirstPerson)))
}

/// The label a line opens with ("工作职责：负责…" → 工作职责): two to eight Chinese characters
/// before a colon, with words after it.
fn label_of(line: &str) -> Option<&str> {
    use crate::han::is_han;
    let (label, rest) = line.trim().split_once(['：', ':'])?;
    ((2..=8).contains(&label.chars().count())
        && label.chars().all(is_han)
        && rest.chars().filter(|c| is_han(*c)).count() >= 6)
        .then_some(label)
}

/// A paragraph of four sentences or more and a hundred Chinese characters: the author's,
/// even when a phrase of page furniture stands in it ("…希望对大家有所帮助。" in a real
/// summary's paragraph about a project); site furniture is a line or two of its own.
fn is_long_prose(line: &str) -> bool {
    line.matches(['。', '！', '？']).count() >= 4
        && line
            .chars()
            .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
            .count()
            >= 100
}

/// The lines of the text without the junk, and the junk removed. See [`super::junk`] for the
/// scoring; here the lines are scored in their context, **extent first**:
///
/// - the summary's extent runs from its first to its last body line (numbered, prose, the
///   unit speaking of itself). Inside it a line is removed only on overwhelming evidence (a
///   furniture phrase, a breadcrumb, a page marker, a bare address, spam) — and a line that
///   shares the document's words is kept unless a furniture phrase or a bare address says
///   otherwise; outside it the lines are scored as they are;
/// - after a label such as 相关推荐, the short title-like lines that follow are the list of
///   links — but only as long as they look like links: the first line of prose ends the
///   list, and a title and unit line right above that prose are the document's own title;
/// - a line that already looks suspicious and shares almost no words with the rest of the
///   document (an ad dropped into the text) is junk.
pub(super) fn remove_junk(
    lines: Vec<Piece>,
    forced: &[(usize, Why)],
    protected: &[usize],
    options: &ImportOptions,
    removed: &mut Vec<Removed>,
    suspects: &mut Vec<Removed>,
) -> Vec<Piece> {
    let keep = &options.keep;
    let scores: Vec<(f32, Vec<Feature>)> = lines
        .iter()
        .map(|l| {
            let features = junk::features(&l.text, is_numbered(&l.text));
            (junk::score(&features), features)
        })
        .collect();
    let table = table_rows(&lines);
    let mut why: Vec<Option<Why>> = scores
        .iter()
        .map(|(s, f)| (*s >= JUNK_AT).then(|| Why::of(f)))
        .collect();

    // What the format pass knows is metadata (front matter, a licence footer).
    for (i, l) in lines.iter().enumerate() {
        if let Some((_, reason)) = forced.iter().find(|(n, _)| *n == l.line) {
            why[i] = Some(*reason);
        }
    }

    // Link lists after their label.
    let mut i = 0;
    while i < lines.len() {
        if !junk::is_link_list_label(&lines[i].text) {
            i += 1;
            continue;
        }
        why[i] = Some(Why::LinkList);
        let mut end = i + 1;
        while end < lines.len()
            && junk::is_link_entry(&lines[end].text)
            && !is_numbered(&lines[end].text)
            && !is_date_line(&lines[end].text)
            && !table[end]
        {
            end += 1;
        }
        // Prose follows: the title (and a unit line above it) just before it are its own.
        let mut last = end;
        if end < lines.len() && why[end].is_none() {
            while last > i + 1
                && end - last < 2
                && !scores[last - 1].1.contains(&Feature::LinkList)
                && (is_title_like(&lines[last - 1].text) || is_unit_line(&lines[last - 1].text))
            {
                last -= 1;
            }
        }
        for flag in &mut why[i + 1..last] {
            *flag = Some(Why::LinkList);
        }
        i = end.max(i + 1);
    }

    let mut suspect: Vec<Option<Why>> = vec![None; lines.len()];
    // A label that opens three lines or more with words of their own (工作职责：…, 工作结果：…
    // under each project) is the author's frame: such a line is not listed as furniture.
    let mut labels: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for l in &lines {
        if let Some(label) = label_of(&l.text) {
            *labels.entry(label).or_default() += 1;
        }
    }
    let framed =
        |text: &str| label_of(text).is_some_and(|l| labels.get(l).is_some_and(|n| *n >= 3));
    let vocabulary = junk::Vocabulary::of(
        lines
            .iter()
            .zip(&why)
            .filter(|(_, j)| j.is_none())
            .map(|(l, _)| l.text.as_str()),
    );

    // The extent: from the first to the last body line. Inside it, only overwhelming
    // evidence removes a line, and a line in the document's words stays.
    let anchors: Vec<usize> = (0..lines.len())
        .filter(|&i| why[i].is_none() && is_anchor(&lines[i].text, scores[i].0, &scores[i].1))
        .collect();
    if let (Some(&first), Some(&last)) = (anchors.first(), anchors.last()) {
        for i in first..=last {
            let Some(reason) = why[i] else { continue };
            if forced.iter().any(|(n, _)| *n == lines[i].line) {
                continue;
            }
            let (line, features) = (&lines[i].text, &scores[i].1);
            let strong = (junk::overwhelming(line, features) && !is_long_prose(line))
                || (reason == Why::LinkList && !table[i]);
            let related = !vocabulary.unrelated(line);
            let decisive = features.contains(&Feature::KnownPhrase)
                || features.contains(&Feature::Breadcrumb)
                || features.contains(&Feature::PageMarker)
                || (features.contains(&Feature::Url)
                    && !author_labelled_address(line)
                    && line
                        .chars()
                        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
                        .count()
                        < 6);
            if !strong || (related && !decisive && reason != Why::LinkList) {
                why[i] = None;
                // Kept, but it looks like site furniture: listed for the user to judge.
                if scores[i].0 >= JUNK_AT && !table[i] && !framed(line) {
                    suspect[i] = Some(reason);
                }
            }
        }
    }
    // The signature after the body: a date line among the last lines (时间：2019/1/2 under
    // the name) is the author's date, not a page's publication date.
    if let Some(&last) = anchors.last() {
        let tail = lines.len().saturating_sub(3).max(last + 1);
        for i in tail..lines.len() {
            let forced_out = forced.iter().any(|(n, _)| *n == lines[i].line);
            if why[i].is_some()
                && !forced_out
                && (is_signature_date(&lines[i].text) || split_signature(&lines[i].text).is_some())
            {
                why[i] = None;
            }
        }
    }
    // A table row is the author's content wherever it stands, and so is a code block's line.
    for i in 0..lines.len() {
        if (table[i] && !scores[i].1.contains(&Feature::KnownPhrase))
            || protected.contains(&lines[i].line)
        {
            why[i] = None;
        }
    }

    // Suspicious lines with no relation to the document (inside the extent, only spam).
    let inside = |i: usize| {
        anchors
            .first()
            .zip(anchors.last())
            .is_some_and(|(&f, &l)| (f..=l).contains(&i))
    };
    for i in 0..lines.len() {
        if why[i].is_none()
            && scores[i].0 + Feature::Unrelated.weight() >= JUNK_AT
            && scores[i].0 > 0.0
            && (!inside(i) || scores[i].1.contains(&Feature::Spam))
            && !table[i]
            && !protected.contains(&lines[i].line)
            && vocabulary.unrelated(&lines[i].text)
            // The author's signature is theirs, whatever words it has.
            && !is_signature_date(&lines[i].text)
            && split_signature(&lines[i].text).is_none()
            // A title whose only mark of a site is a word sites use too (客服部…工作总结).
            && !(is_title_like(&lines[i].text)
                && scores[i].1.iter().all(|f| *f == Feature::SiteWord))
        {
            why[i] = Some(Why::Unrelated);
        }
    }

    // A line the author announced ("…记录如下：" then the line), or an address the author
    // labels in their own words ("路径：https://…"), is theirs however it looks: kept, and
    // listed.
    for i in 0..lines.len() {
        // (A label of its own announces too: "相关链接", "项目地址".)
        let label = |t: &str| {
            let t = t.trim_end();
            t.chars().count() <= 12
                && ["链接", "地址", "网址", "主页", "仓库", "源码", "代码"]
                    .iter()
                    .any(|w| t.ends_with(w))
        };
        let announced = i > 0
            && why[i - 1].is_none()
            && (lines[i - 1].text.trim_end().ends_with(['：', ':']) || label(&lines[i - 1].text));
        let labelled =
            scores[i].1.contains(&Feature::Url) && author_labelled_address(&lines[i].text);
        if let Some(reason) = why[i]
            && (announced || labelled)
            && !forced.iter().any(|(n, _)| *n == lines[i].line)
            && !scores[i].1.contains(&Feature::KnownPhrase)
            && !scores[i].1.contains(&Feature::Spam)
        {
            why[i] = None;
            suspect[i] = Some(reason);
        }
    }
    // Lines the user chose to delete from the import report.
    for (i, l) in lines.iter().enumerate() {
        if options.drop.contains(&l.at) && why[i].is_none() {
            why[i] = Some(suspect[i].unwrap_or(Why::Deleted));
        }
    }
    let mut kept = Vec::with_capacity(lines.len());
    for (i, (piece, why)) in lines.into_iter().zip(why).enumerate() {
        if why.is_none()
            && let Some(reason) = suspect[i]
        {
            suspects.push(Removed {
                text: piece.text.clone(),
                why: reason,
                line: piece.line,
                at: piece.at,
            });
        }
        match why {
            Some(why) if !keep.contains(&piece.at) => removed.push(Removed {
                text: piece.text,
                why,
                line: piece.line,
                at: piece.at,
            }),
            _ => kept.push(piece),
        }
    }
    kept
}

/// A row of a table: cells between `|` (Markdown pipes), or several cells separated by tabs.
/// A table's rows are the author's content.
pub(super) fn is_table_row(line: &str) -> bool {
    let t = line.trim();
    // A row of one cell ("| 实习单位评语： |", a merged row of a Word table) is a row too.
    (t.len() > 2 && t.starts_with('|') && t.ends_with('|')) || line.matches('\t').count() >= 2
}

/// Which lines are table rows: Markdown rows, and a table flattened with `|` between cells —
/// two or more lines in a row with the same number of cells, not `label：value` page
/// metadata and not a link list's "- [tag]" lines. A navigation bar ("首页 | 工作总结 | …")
/// stands alone.
pub(super) fn table_rows(lines: &[Piece]) -> Vec<bool> {
    let cells = |line: &str| -> usize {
        if line.starts_with("- [") || line.starts_with("* [") {
            return 0;
        }
        let parts: Vec<&str> = line
            .split(['|', '｜'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let labelled = parts.iter().filter(|p| p.contains(['：', ':'])).count();
        if parts.len() < 2 || labelled * 2 >= parts.len() {
            0
        } else {
            parts.len()
        }
    };
    let counts: Vec<usize> = lines.iter().map(|l| cells(&l.text)).collect();
    (0..lines.len())
        .map(|i| {
            is_table_row(&lines[i].text)
                || (counts[i] > 0
                    && ((i > 0 && counts[i - 1] == counts[i])
                        || counts.get(i + 1) == Some(&counts[i])))
        })
        .collect()
}

/// An address the author labels in their own words ("路径：https://…", "参考：…") inside the
/// text: not a page's link line (本文网址：, 原文链接：, 来源：), so it is kept and listed.
fn author_labelled_address(line: &str) -> bool {
    let Some(at) = line.find(['：', ':']) else {
        return false;
    };
    let label = line[..at].trim();
    let n = label.chars().count();
    (1..=6).contains(&n)
        && label
            .chars()
            .all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && ![
            "网",
            "链接",
            "地址",
            "来源",
            "出处",
            "本文",
            "原文",
            "转载",
            "下载",
            "手机",
            "访问",
            "官网",
            "微信",
            "公众号",
            "扫码",
        ]
        .iter()
        .any(|w| label.contains(w))
}
