//! Junk inside a line of the author's text (issue 30), cut out of the line rather than
//! removing it: a gambling brand a spam mirror pasted into sentences
//! (`某某城_某某网-【投注官网平台】`), and the page markers of a document-sharing site's
//! preview (`1 / 3` glued to the title, `2 / 3` inside a number). Each cut is listed as removed
//! and can be kept like a line.

use crate::han::is_han;

/// Words a gambling brand is built from.
const BRANDS: &[&str] = &[
    "澳门",
    "金沙",
    "威尼斯人",
    "葡京",
    "欧洲杯",
    "世界杯",
    "足球",
    "体育",
    "娱乐",
    "彩票",
    "皇冠",
    "银河",
    "博彩",
    "棋牌",
    "真人",
    "太阳城",
    "永利",
    "新濠",
    "百家乐",
];

/// What a bracketed brand tag says.
const TAG_WORDS: &[&str] = &[
    "投注", "下注", "博彩", "娱乐", "彩票", "棋牌", "真人", "官网", "平台", "开户",
];

fn is_word_char(c: char) -> bool {
    is_han(c) || c.is_ascii_alphanumeric()
}

/// Byte ranges of gambling brands pasted into a line: segments joined by `_` or `-` ending in
/// a 【…】 tag that names betting, the first segment starting at its first brand word.
pub fn spam_spans(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open_rel) = line[from..].find('【') {
        let open = from + open_rel;
        let Some(close_rel) = line[open..].find('】') else {
            break;
        };
        let close = open + close_rel + '】'.len_utf8();
        from = close;
        let inner = &line[open + '【'.len_utf8()..close - '】'.len_utf8()];
        if inner.chars().count() > 12 || !TAG_WORDS.iter().any(|w| inner.contains(w)) {
            continue;
        }
        // Walk back over "-", then segments joined by "_" or "-".
        let head = line[..open].trim_end_matches(['-', '－', ' ']);
        let mut start = head.len();
        let mut joined = false;
        // The start of the last segment taken (after its joiner).
        let mut taken = head.len();
        loop {
            let seg_start = head[..start]
                .char_indices()
                .rev()
                .take_while(|(_, c)| is_word_char(*c))
                .last()
                .map_or(start, |(i, _)| i);
            let segment = &head[seg_start..start];
            if segment.is_empty() {
                break;
            }
            let before = &head[..seg_start];
            let joiner = before.ends_with(['_', '-', '－']);
            if joiner {
                joined = true;
                taken = seg_start;
                start = seg_start;
                start -= before.chars().next_back().map_or(0, char::len_utf8);
                continue;
            }
            // The first segment: from its first brand word, or whole when short.
            start = match BRANDS.iter().filter_map(|b| segment.find(b)).min() {
                Some(at) => seg_start + at,
                None if segment.chars().count() <= 8 => seg_start,
                None => taken,
            };
            break;
        }
        let span = &line[start..close];
        let brand = BRANDS.iter().any(|b| span.contains(b));
        if joined && brand && start < open {
            out.push((start, close));
        }
    }
    out
}

/// `N / M` at `at` (digits, a space, a slash, a space, digits): its end and (N, M).
fn marker_at(line: &str, at: usize) -> Option<(usize, usize, usize)> {
    let bytes = line.as_bytes();
    let digits = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let n_len = digits(at);
    if n_len == 0 || n_len > 3 || (at > 0 && bytes[at - 1].is_ascii_digit()) {
        return None;
    }
    let slash = at + n_len;
    if !line[slash..].starts_with(" / ") {
        return None;
    }
    let m_at = slash + 3;
    let m_len = digits(m_at);
    if m_len == 0 || m_len > 3 {
        return None;
    }
    let n: usize = line[at..slash].parse().ok()?;
    let m: usize = line[m_at..m_at + m_len].parse().ok()?;
    (1..=m).contains(&n).then_some((m_at + m_len, n, m))
}

/// The denominators of a preview's page markers: `N / M` with the same M at least twice with
/// different N, or once at the start of a line.
pub fn page_marker_totals(lines: &[&str]) -> Vec<usize> {
    let mut seen: Vec<(usize, usize, bool)> = Vec::new();
    for line in lines {
        for (at, _) in line.char_indices().filter(|(_, c)| c.is_ascii_digit()) {
            if let Some((_, n, m)) = marker_at(line, at) {
                seen.push((n, m, at == 0));
            }
        }
    }
    let mut totals: Vec<usize> = seen
        .iter()
        .filter(|(n, m, first)| *first || seen.iter().any(|(n2, m2, _)| m2 == m && n2 != n))
        .map(|(_, m, _)| *m)
        .collect();
    totals.sort_unstable();
    totals.dedup();
    totals
}

/// Byte ranges of page markers with one of `totals` as denominator in a line, each with the
/// space after it when it starts the line.
pub fn page_marker_spans(line: &str, totals: &[usize]) -> Vec<(usize, usize)> {
    if totals.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut skip_to = 0;
    for (at, c) in line.char_indices() {
        if at < skip_to || !c.is_ascii_digit() {
            continue;
        }
        if let Some((end, _, m)) = marker_at(line, at)
            && totals.contains(&m)
        {
            let end = if line[end..].starts_with(' ') {
                end + 1
            } else {
                end
            };
            out.push((at, end));
            skip_to = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(line: &str, spans: &[(usize, usize)]) -> String {
        let mut out = String::new();
        let mut from = 0;
        for &(a, b) in spans {
            out.push_str(&line[from..a]);
            from = b;
        }
        out.push_str(&line[from..]);
        out
    }

    #[test]
    fn a_gambling_brand_is_cut_out_of_the_sentence_and_the_sentence_stays() {
        let line = "按照《某某城_某某足球网-【投注官网平台】安全生产委员会办公室澳门某某城_某某网-【投注官网平台】：关于开展活动的通知》要求，我镇组织学习。";
        let spans = spam_spans(line);
        assert_eq!(spans.len(), 2, "{spans:?}");
        assert_eq!(
            cut(line, &spans),
            "按照《安全生产委员会办公室：关于开展活动的通知》要求，我镇组织学习。"
        );
        // A bracketed note of the author is not a brand.
        let own = "召开党员大会_第三次-【会议纪要】，研究部署工作。";
        assert!(spam_spans(own).is_empty());
        let own = "建成“一网通办”服务平台【全省首个】。";
        assert!(spam_spans(own).is_empty());
    }

    #[test]
    fn page_markers_of_a_preview_are_found_by_their_shared_total() {
        let lines = [
            "1 / 3 某乡2016年卫生工作总结 我乡下辖21个村",
            "共3000 余2 / 3 份宣传资料",
        ];
        let totals = page_marker_totals(&lines);
        assert_eq!(totals, vec![3]);
        assert_eq!(
            cut(lines[0], &page_marker_spans(lines[0], &totals)),
            "某乡2016年卫生工作总结 我乡下辖21个村"
        );
        assert_eq!(
            cut(lines[1], &page_marker_spans(lines[1], &totals)),
            "共3000 余份宣传资料"
        );
        // A lone fraction in a sentence is the author's.
        let own = ["完成任务的 2 / 3 以上。"];
        assert!(page_marker_totals(&own).is_empty());
    }
}
