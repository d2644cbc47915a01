//! The numbering of headings and items (一、 （一） 1. （1） 第一部分 一是…), their values, and the
//! part a section heading's words name.

use super::*;

pub(super) fn is_cn_numeral(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| CN_DIGITS.contains(c))
}

/// The value of a Chinese numeral up to 九十九 (一, 十, 十二, 二十, 二十三).
pub(super) fn cn_value(s: &str) -> Option<usize> {
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

pub(super) fn ascii_value(s: &str) -> Option<usize> {
    s.parse().ok()
}

/// `一、标题` / `一．标题` / `第一部分 标题` → (its number, the title of the section).
pub(super) fn section_heading(line: &str) -> Option<(usize, &str)> {
    if let Some(rest) = line.strip_prefix('第') {
        let end = rest.find(['部', '章'])?;
        let (num, tail) = rest.split_at(end);
        if is_cn_numeral(num) {
            // (部份, as many write it.)
            let tail = tail
                .strip_prefix("部分")
                .or_else(|| tail.strip_prefix("部份"))
                .or_else(|| tail.strip_prefix('章'))?;
            let title = tail
                .trim_start_matches(['：', ':', '、', '，', ',', ' ', '　'])
                .trim();
            return Some((cn_value(num)?, title));
        }
        return None;
    }
    // 一、 一． and, as many write it, 一. with the Latin full stop.
    let sep = line.find(['、', '．', '.'])?;
    let (num, tail) = line.split_at(sep);
    if !is_cn_numeral(num) || num.chars().count() > 3 {
        return None;
    }
    let title = tail[tail.chars().next()?.len_utf8()..].trim();
    // "一、" then a whole paragraph is an enumeration, not a heading — unless a short heading
    // runs in before the paragraph with a space ("一、主要工作与成效 在过去的一年中，…").
    (title.chars().count() <= 40 || space_run_in(title).is_some())
        .then_some((cn_value(num)?, title))
}

/// A heading that runs in before its paragraph with a space (text out of a PDF or a web page
/// that lost the line break): the heading (4 to 20 characters, no punctuation, no figures) and
/// the paragraph.
pub(super) fn space_run_in(words: &str) -> Option<(&str, &str)> {
    let at = words.find([' ', '\u{3000}'])?;
    let (heading, rest) = words.split_at(at);
    let rest = rest.trim_start_matches([' ', '\u{3000}']);
    let n = heading.chars().count();
    ((4..=20).contains(&n)
        && !heading.contains(['。', '，', '；', '：', ',', ';', ':', '、'])
        && !heading.chars().any(|c| c.is_ascii_alphanumeric())
        && rest.chars().count() > 20)
        .then_some((heading, rest))
}

/// `一、…` of any length (an enumeration's item as well as a heading) → (number, the rest).
pub(super) fn cn_enumeration(line: &str) -> Option<(usize, &str)> {
    let sep = line.find(['、', '．'])?;
    let (num, tail) = line.split_at(sep);
    if !is_cn_numeral(num) || num.chars().count() > 3 {
        return None;
    }
    Some((
        cn_value(num)?,
        tail[tail.chars().next()?.len_utf8()..].trim(),
    ))
}

/// Which part a section title names, by the title words of REFERENCE.md.
pub(super) fn kind_of(title: &str) -> SectionKind {
    const PLANS: &[&str] = &[
        "下步",
        "下一步",
        "计划",
        "打算",
        "思路",
        "安排",
        "展望",
        "谋划",
        // A person's plan; 规划 alone is also work done (国土空间规划编制).
        "个人规划",
        "发展规划",
        "职业规划",
        "今后",
        "努力方向",
        // Parts named by the next period (下年度规划, 明年重点).
        "下年度",
        "下一年",
        "明年",
        "来年",
        "新的一年",
        "下半年",
        "下季度",
        "下一季度",
        "下月",
        "下个月",
        "下周",
        "明日",
        "明天",
        "計劃",
        "計畫",
        "今後",
    ];
    const PROBLEMS: &[&str] = &[
        "问题", "不足", "短板", "困难", "差距", "薄弱", "問題", "困難", "差距",
    ];
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
        "业绩",
        "成果",
        "成績",
        "做法",
        "開展情況",
        "完成情況",
        "主要工作",
        "工作情況",
        "回顧",
        "亮點",
        "進展",
        "業績",
        // A weekly or monthly note's done part.
        "工作内容",
        "本周完成",
        "本月完成",
        "本周工作",
        "本月工作",
        // A daily note's.
        "今日完成",
        "今天完成",
        // Parts named by the period the text sums up (一、关于今年 over what was done), as
        // the plans are named by the next one.
        "今年",
        "本年度",
        "这一年",
        "过去一年",
        "过去的一年",
        "一年来",
        // "一、2022年工作总结" in a 总结和安排: what was done.
        "总结",
        "總結",
    ];
    let has = |words: &[&str]| words.iter().any(|w| title.contains(w));
    // A title that ends in 总结 sums up the period it names (2022下半年工作内容总结).
    let sums_up = ["总结", "總結"]
        .iter()
        .any(|w| title.trim_end().ends_with(w));
    if has(PROBLEMS) {
        SectionKind::Problems
    } else if sums_up {
        SectionKind::Achievements
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
pub(super) enum Marker {
    /// （一） or (一)
    CnParen,
    /// 1. 1、 1．
    Arabic,
    /// （1） or (1), and 1） or 1) as many write it
    ArabicParen,
    /// A block's label in a log's stage (本周工作：): the level its list nests under
    Label,
}

/// `（一）标题` → (marker, its number, rest of the line).
pub(super) fn item_marker(line: &str) -> Option<(Marker, usize, &str)> {
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
        // "1）" and "1)" with text after them: the same level as （1）.
        if let Some(after) = rest.strip_prefix('）').or_else(|| rest.strip_prefix(')'))
            && !after.trim().is_empty()
        {
            return Some((
                Marker::ArabicParen,
                ascii_value(&line[..digits])?,
                after.trim_start(),
            ));
        }
        // "2022年…" or "1.5倍" are not markers; "1." "1、" "1．" followed by text are.
        // "1：" and "1:" as some write it, too; "5 、" with a space, as text out of a PDF has;
        // "1，" as many type it in a hurry ("3，4月份" and "1,000" are figures: a digit follows).
        let after = rest
            .strip_prefix('.')
            .or_else(|| rest.trim_start_matches(' ').strip_prefix('、'))
            .or_else(|| rest.strip_prefix('．'))
            .or_else(|| rest.strip_prefix('：'))
            .or_else(|| rest.strip_prefix(':'))
            .or_else(|| rest.strip_prefix('，'))
            .or_else(|| rest.strip_prefix(','))?;
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
pub(super) fn inline_marker(line: &str) -> Option<(usize, &str)> {
    let at = line.find('是')?;
    let num = &line[..at];
    if !is_cn_numeral(num) || num.chars().count() > 3 {
        return None;
    }
    Some((cn_value(num)?, &line[at + '是'.len_utf8()..]))
}

/// Does a line open with a numbering marker the importer reads (一、 一. （一） 1. （1）
/// 第一部分 一是…)? "第一阶段" and "2023年" do not.
pub fn opens_with_marker(line: &str) -> bool {
    is_numbered(line)
}

/// A line without the numbering marker it opens with (一、 （一） 1. 一是 第一，), for
/// matching its words; the line itself when it has none.
pub fn without_marker(line: &str) -> &str {
    if let Some(rest) = line.strip_prefix('第') {
        let end = rest
            .char_indices()
            .take(4)
            .find(|(_, c)| matches!(c, '，' | '、' | ','))
            .map(|(i, _)| i);
        if let Some(end) = end.filter(|&e| is_cn_numeral(&rest[..e])) {
            return rest[end..]
                .trim_start_matches(['，', '、', ','])
                .trim_start();
        }
    }
    if let Some((_, rest)) = section_heading(line).filter(|(_, rest)| !rest.is_empty()) {
        return rest;
    }
    if let Some((_, _, rest)) = item_marker(line) {
        return rest;
    }
    if let Some((_, rest)) = inline_marker(line) {
        return rest;
    }
    line
}

/// A line that starts with one of the document's own numbering markers.
pub(super) fn is_numbered(line: &str) -> bool {
    section_heading(line).is_some() || item_marker(line).is_some() || inline_marker(line).is_some()
}

/// The text after 一是, cut where 二是, 三是… follow in sequence after 。 or ；.
pub(super) fn split_inline_run(rest: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut next = 2;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        current.push(c);
        if matches!(c, '。' | '；' | ';') {
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
pub(super) fn split_heading(rest: &str) -> (String, Option<String>) {
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

#[cfg(test)]
mod tests {
    use super::without_marker;

    #[test]
    fn a_part_named_by_the_next_period_is_the_plans() {
        use super::kind_of;
        use crate::model::SectionKind;
        for title in [
            "下年度规划",
            "明年重点",
            "新的一年工作思路",
            "下半年重点",
            "下月安排",
            "个人发展规划",
            "明日工作安排",
        ] {
            assert_eq!(kind_of(title), SectionKind::Plans, "{title}");
        }
        assert_eq!(kind_of("国土空间规划编制"), SectionKind::Other);
        assert_eq!(kind_of("今日完成以下事项"), SectionKind::Achievements);
        assert_eq!(kind_of("关于今年"), SectionKind::Achievements);
        assert_eq!(kind_of("今年的不足"), SectionKind::Problems);
        assert_eq!(kind_of("今年工作计划"), SectionKind::Plans);
        assert_eq!(kind_of("2026下半年工作内容总结"), SectionKind::Achievements);
        assert_eq!(kind_of("下半年存在的问题"), SectionKind::Problems);
    }

    #[test]
    fn markers_are_taken_off_and_plain_lines_kept() {
        for (line, want) in [
            ("第一，稳定宏观政策", "稳定宏观政策"),
            ("第十二、加强队伍建设", "加强队伍建设"),
            ("一、工作成效", "工作成效"),
            ("（三）优化服务", "优化服务"),
            ("2. 完善制度", "完善制度"),
            ("3：扬长避短", "扬长避短"),
            ("5 、安全工作", "安全工作"),
            ("1）客户画像", "客户画像"),
            ("一是强化学习", "强化学习"),
            ("第一书记驻村帮扶", "第一书记驻村帮扶"),
            ("2023年工作安排", "2023年工作安排"),
            ("加大简政放权", "加大简政放权"),
            ("1：30开始", "1：30开始"),
        ] {
            assert_eq!(without_marker(line), want, "{line}");
        }
    }
}
