//! Texts with no line breaks (pasted from a PDF or a page that lost its markup), cut at
//! the structural markers they still contain before the structure is read.

use super::*;

/// `二、…` at the start of `rest` → 2 (the marker alone; what follows may be long).
pub(super) fn section_number_at(rest: &str) -> Option<usize> {
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
pub(super) fn section_title_end(piece: &str) -> Option<usize> {
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
pub(super) fn is_boundary(c: char) -> bool {
    "。！？；：:;!?”」".contains(c) || c.is_whitespace()
}

/// A text that lost its line breaks (pasted from a PDF or a page without markup) is one long
/// line holding "一、…二、…". Such a line is cut before each structural marker that follows a
/// sentence end in sequence (一、 二、, （一）, 1., （1）, 附件：, 总之), the title is cut from the
/// front after its 文种 word and a date with its unit from the end. Other lines are left as
/// they are.
pub(super) fn split_run_on(line: &str) -> Vec<String> {
    // A run-on body whose title was cut off starts at its 一、 (a preview cut before 二、).
    let opens_with_first = section_number_at(line) == Some(1);
    if line.chars().count() < 80 || !(line.contains("二、") || opens_with_first) {
        return vec![line.to_owned()];
    }
    let (mut sec, mut cn, mut ar, mut ap) = (1, 1, 1, 1);
    if opens_with_first {
        sec = 2;
    }
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
            in_heading = opens_with_first;
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
                // (Never a marker of a line.)
                Marker::Label => continue,
            };
            if n == *expected {
                *expected += 1;
                match marker {
                    Marker::CnParen => (ar, ap) = (1, 1),
                    Marker::Arabic => ap = 1,
                    Marker::ArabicParen | Marker::Label => {}
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
    if sec < 3 && (!opens_with_first || cuts.is_empty()) {
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

/// A long first line that runs a title straight into the text ("某局2022年工作总结及2023年工作
/// 谋划一、工作开展情况…", "某局2015年工作总结暨2016年工作计划今年以来，我局…"): where the title
/// ends — after its last 文种 word before the first section marker or sentence mark, a title
/// naming a year or a unit, not continued by 及 / 和 / 暨 / 与.
pub(super) fn title_front(line: &str) -> Option<usize> {
    let sentence = line
        .find(['，', '。', '；', '：', ',', ';', ':'])
        .unwrap_or(line.len());
    let marker = line
        .char_indices()
        .find(|(i, _)| section_number_at(&line[*i..]) == Some(1))
        .map(|(i, _)| i);
    let stop = marker.map_or(sentence, |m| m.min(sentence));
    let head = &line[..stop];
    const KINDS: &[&str] = &[
        "总结", "报告", "计划", "述职", "汇报", "要点", "打算", "思路", "安排", "谋划", "重点",
        "總結", "報告", "計劃", "計畫", "述職", "匯報", "要點",
    ];
    let end = KINDS
        .iter()
        .flat_map(|k| head.match_indices(k).map(|(at, k)| at + k.len()))
        .filter(|&e| {
            let next = head[e..].chars().next();
            head[..e].chars().count() <= 60
                && !next.is_some_and(|c| "及和暨与、".contains(c))
                && (e < stop || marker == Some(stop))
        })
        .max()?;
    let title = &head[..end];
    let names_period_or_unit = title.chars().any(|c| c.is_ascii_digit() || c == '年')
        || [
            "局", "镇", "乡", "院", "校", "委", "办", "公司", "中心", "社区", "街道", "支部",
        ]
        .iter()
        .any(|u| title.contains(u));
    let opens_a_sentence = ["根据", "按照", "为了", "为", "在", "今年", "我", "本"]
        .iter()
        .any(|w| title.starts_with(w));
    (names_period_or_unit && !opens_a_sentence && is_title_like(title)).then_some(end)
}
