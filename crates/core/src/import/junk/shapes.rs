//! Shapes of a junk line that need more than a word: counters, web dates, URLs, link lists,
//! breadcrumbs, page markers, tables of contents.

use super::*;

/// `浏览：123`, `阅读 456`, `点击数:78`.
pub(super) fn has_label_then_count(line: &str) -> bool {
    for label in COUNT_LABELS {
        let mut from = 0;
        while let Some(at) = line[from..].find(label) {
            let after = &line[from + at + label.len()..];
            let after = after.trim_start_matches(['数', '量', '次', '：', ':', ' ', '　']);
            if after.starts_with(|c: char| c.is_ascii_digit()) {
                return true;
            }
            from += at + label.len();
        }
    }
    false
}

/// Units after a count, by kind of counter: views, downloads, sizes and pages, words.
pub(super) const COUNT_UNITS: [&[&str]; 4] = [
    &["次浏览", "次阅读", "人阅读", "人浏览", "次点击", "人看过"],
    &["次下载", "人下载"],
    &["篇", "页", "KB", "MB", "kb"],
    &["字)", "字）", "字 ", "字|"],
];

/// Which kinds of [`COUNT_UNITS`] follow a number in the line (bit per kind), and whether
/// 篇 does (bit 4), in one pass over its digit runs.
pub(super) fn count_units(line: &str) -> u8 {
    let bytes = line.as_bytes();
    let mut bits = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.' || bytes[i] == b',')
        {
            i += 1;
        }
        let rest = line[i..].trim_start();
        for (kind, units) in COUNT_UNITS.iter().enumerate() {
            if units.iter().any(|u| rest.starts_with(u)) {
                bits |= 1 << kind;
            }
        }
        if rest.starts_with('篇') {
            bits |= 1 << 4;
        }
    }
    bits
}

/// How many kinds of page counter the line shows (a view count and a word count are two).
pub(super) fn counters(line: &str, units: u8, labelled: bool) -> usize {
    (units & 0xf).count_ones() as usize + usize::from(labelled && has_label_then_count(line))
}

/// `2017-12-05`, `2017/12/5`, `10:32`.
pub(super) fn has_web_date(line: &str) -> bool {
    let b = line.as_bytes();
    let digits_at =
        |i: usize, n: usize| i + n <= b.len() && b[i..i + n].iter().all(u8::is_ascii_digit);
    (0..b.len()).any(|i| {
        digits_at(i, 4)
            && i + 5 < b.len()
            && (b[i + 4] == b'-' || b[i + 4] == b'/')
            && digits_at(i + 5, 1)
    }) || has_clock_time(line)
}

/// A time of day: `10:32`.
pub(in crate::import) fn has_clock_time(line: &str) -> bool {
    let b = line.as_bytes();
    let digits_at =
        |i: usize, n: usize| i + n <= b.len() && b[i..i + n].iter().all(u8::is_ascii_digit);
    (0..b.len())
        .any(|i| digits_at(i, 2) && i + 4 < b.len() && b[i + 2] == b':' && digits_at(i + 3, 2))
}

/// Page metadata: a label and a colon at the start, or several labels with colons.
pub(super) fn has_meta_label(line: &str) -> bool {
    let labelled = |l: &str| {
        META_LABELS.iter().any(|m| {
            l.starts_with(m)
                && l[m.len()..]
                    .trim_start_matches([' ', '　'])
                    .starts_with(['：', ':'])
        })
    };
    if labelled(line) {
        return true;
    }
    // "时间：01-19 作者：王某 栏目：总结" — the second label after a space.
    line.split([' ', '　'])
        .filter(|part| !part.is_empty() && labelled(part))
        .count()
        >= 2
}

pub(super) fn has_file_extension(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    FILE_EXTENSIONS.iter().any(|ext| {
        lower.match_indices(ext).any(|(at, _)| {
            // ".doc" followed by a letter is something else (".document").
            !lower[at + ext.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        })
    })
}

pub(super) fn has_url(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    lower.contains("http://")
        || lower.contains("https://")
        || lower.contains("www.")
        || [".com", ".cn", ".net", ".org"].iter().any(|d| {
            lower.match_indices(d).any(|(at, _)| {
                at > 0
                    && lower[..at].ends_with(|c: char| c.is_ascii_alphanumeric())
                    && !lower[at + d.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
            })
        })
        || (lower.contains("qq") && lower.chars().filter(char::is_ascii_digit).count() >= 5)
}

pub(super) fn has_link_list(line: &str) -> bool {
    let starts = line.starts_with("- [")
        || line.starts_with("* [")
        || line.starts_with("·[")
        || line.starts_with("• ");
    let pipes = line.matches(['|', '｜']).count() >= 2;
    // "[工作总结] 某某总结" / "【工作计划】…" at the start of a short line.
    let tagged = (line.starts_with('[') && line.contains("] "))
        || (line.starts_with("[") && line.chars().count() < 50 && line.contains(']'));
    // Several titles in a row, separated by spaces: each ends in a 文种 word.
    let titles = line
        .split([' ', '　'])
        .filter(|p| {
            p.chars().count() >= 4
                && ["总结", "计划", "报告", "范文", "汇报", "心得"]
                    .iter()
                    .any(|w| p.ends_with(w))
        })
        .count()
        >= 3;
    starts || pipes || tagged || titles
}

pub(super) fn has_breadcrumb(line: &str) -> bool {
    let arrows = line.matches(['>', '＞', '»', '›']).count();
    (arrows >= 2 && !line.contains('。'))
        || ((line.starts_with("首页") || line.starts_with("首頁")) && arrows >= 1)
}

/// An eleven-digit mobile number.
pub(super) fn has_mobile_number(line: &str) -> bool {
    let b = line.as_bytes();
    let mut run = 0;
    for (i, c) in b.iter().enumerate() {
        if c.is_ascii_digit() {
            run += 1;
            if run == 11 && b[i + 1 - 11] == b'1' && !b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

pub(super) fn is_page_marker(line: &str) -> bool {
    let l = line.trim();
    let inner = l
        .trim_start_matches(['-', '—', '－', '–', ' '])
        .trim_end_matches(['-', '—', '－', '–', ' ']);
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if inner.len() < l.len() && all_digits(inner) {
        return true;
    }
    if let Some((a, b)) = l.split_once('/')
        && all_digits(a.trim())
        && all_digits(b.trim())
    {
        return true;
    }
    // 第2页 / 第 2 页 共 10 页
    let stripped: String = l.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(rest) = stripped.strip_prefix('第') {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        let tail = &rest[digits..];
        if digits > 0 && tail.starts_with('页') {
            let tail = &tail['页'.len_utf8()..];
            return tail.is_empty()
                || (tail.starts_with('共') && tail.ends_with('页') && tail.chars().count() <= 6);
        }
    }
    false
}

pub(super) fn is_contents(line: &str) -> bool {
    let squeezed: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    if matches!(squeezed.as_str(), "目录" | "目錄" | "本文目录") {
        return true;
    }
    let body = squeezed.trim_end_matches(|c: char| c.is_ascii_digit());
    body.len() < squeezed.len()
        && (body.ends_with("……") || body.ends_with("...") || body.ends_with("··"))
}
