//! 的/地/得 in their clearest patterns only: an adverb-like adjective from a short list, 的,
//! then a common verb (认真的落实 → 认真地落实); a verb from a short list, 的, then a degree
//! complement (完成的非常好 → 完成得非常好).

use crate::han::is_han_or_zero;

/// A misused 的: character range of the whole phrase and the phrase corrected.
pub(super) struct DeSlip {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
}

const ADVERBIAL: [&str; 34] = [
    "认真",
    "积极",
    "扎实",
    "切实",
    "深入",
    "大力",
    "稳步",
    "持续",
    "有序",
    "主动",
    "及时",
    "广泛",
    "严格",
    "逐步",
    "迅速",
    "顺利",
    "圆满",
    "牢牢",
    "紧紧",
    "自觉",
    "坚定",
    "扎扎实实",
    "认认真真",
    "全力",
    "努力",
    "不断",
    "高效",
    "有力",
    "有效",
    "全面",
    "充分",
    "坚决",
    "精准",
    "统筹",
];

const VERBS: [&str; 36] = [
    "推进", "开展", "落实", "完成", "推动", "提升", "提高", "加强", "解决", "执行", "实施", "贯彻",
    "发挥", "做好", "维护", "保障", "促进", "化解", "处理", "参与", "配合", "学习", "抓好", "组织",
    "协调", "整改", "排查", "防范", "服务", "回应", "履行", "把握", "谋划", "部署", "查处", "投入",
];

/// Words before which 的 + verb is a nominalised verb and right (得到了有效的落实).
const NOMINALISING: [&str; 14] = [
    "得到",
    "进行",
    "实现",
    "加以",
    "给予",
    "受到",
    "作出",
    "做出",
    "取得",
    "获得",
    "带来",
    "迎来",
    "予以",
    "开展了",
];

const COMPLEMENT_VERBS: [&str; 16] = [
    "做", "完成", "落实", "开展", "推进", "干", "执行", "处理", "解决", "搞", "抓", "办", "发展",
    "进展", "贯彻", "组织",
];

const DEGREE: [&str; 10] = [
    "很好",
    "非常",
    "十分",
    "更加",
    "比较",
    "较为",
    "相当",
    "不够",
    "不太",
    "越来越",
];

fn starts_at(chars: &[char], at: usize, word: &str) -> bool {
    word.chars()
        .enumerate()
        .all(|(k, c)| chars.get(at + k) == Some(&c))
}

fn ends_at(chars: &[char], end: usize, word: &str) -> bool {
    // Compared from the end (asked of every 的 for each word of a list: no counting).
    let mut at = end;
    word.chars().rev().all(|c| {
        let ok = at > 0 && chars[at - 1] == c;
        at = at.wrapping_sub(1);
        ok
    })
}

/// Misused 的 in one field.
pub(super) fn de_slips(chars: &[char]) -> Vec<DeSlip> {
    let mut out = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if c != '的' {
            continue;
        }
        if let Some(s) = adverbial(chars, i).or_else(|| complement(chars, i)) {
            out.push(s);
        }
    }
    out
}

fn phrase(chars: &[char], start: usize, at: usize, end: usize, with: char) -> DeSlip {
    let mut replacement: String = chars[start..at].iter().collect();
    replacement.push(with);
    replacement.extend(&chars[at + 1..end]);
    DeSlip {
        start,
        end,
        replacement,
    }
}

fn adverbial(chars: &[char], i: usize) -> Option<DeSlip> {
    let adj = ADVERBIAL.iter().find(|a| ends_at(chars, i, a))?;
    let start = i - adj.chars().count();
    let verb = VERBS.iter().find(|v| starts_at(chars, i + 1, v))?;
    let end = i + 1 + verb.chars().count();
    // The adjective must start a phrase: after punctuation, a function word or a subject, not
    // inside a longer word (不认真的, 最有效的).
    if start > 0 && matches!(chars[start - 1], '不' | '最' | '很' | '更' | '较' | '太') {
        return None;
    }
    // A nominalised verb: 得到了有效的落实, 进行全面的排查.
    let window: String = chars[start.saturating_sub(8)..start].iter().collect();
    if NOMINALISING.iter().any(|n| window.contains(n)) {
        return None;
    }
    // Followed by 的 or a noun-like 工作/机制: 有效的落实机制 is a noun phrase.
    let after: String = chars[end..chars.len().min(end + 2)].iter().collect();
    if after.starts_with('的')
        || [
            "工作", "机制", "措施", "情况", "能力", "体系", "力度", "效果", "任务", "举措",
        ]
        .iter()
        .any(|n| after.starts_with(n))
    {
        return None;
    }
    Some(phrase(chars, start, i, end, '地'))
}

fn complement(chars: &[char], i: usize) -> Option<DeSlip> {
    let verb = COMPLEMENT_VERBS.iter().find(|v| ends_at(chars, i, v))?;
    let start = i - verb.chars().count();
    let degree = DEGREE.iter().find(|d| starts_at(chars, i + 1, d))?;
    let mut end = i + 1 + degree.chars().count();
    // 做的很多 (quantity), 完成的比较多的是…: not a degree complement.
    if matches!(chars.get(end), Some('多' | '少'))
        || *degree == "很好" && chars.get(end) == Some(&'的')
    {
        return None;
    }
    // Take the adjective after the degree word into the phrase (完成得非常出色).
    while end < chars.len()
        && is_han_or_zero(chars[end])
        && end < i + 1 + degree.chars().count() + 2
    {
        end += 1;
    }
    if chars[i + 1..end].contains(&'的') {
        return None;
    }
    Some(phrase(chars, start, i, end, '得'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        de_slips(&chars)
            .into_iter()
            .map(|s| s.replacement)
            .collect()
    }

    #[test]
    fn adverbial_and_complement_slips_are_found() {
        assert_eq!(found("各部门认真的落实了要求。"), vec!["认真地落实"]);
        assert_eq!(found("全年工作完成的非常出色。"), vec!["完成得非常出色"]);
    }

    #[test]
    fn right_uses_of_de_are_not_flagged() {
        assert!(found("问题得到了有效的解决。").is_empty());
        assert!(found("建立有效的落实机制。").is_empty());
        assert!(found("我们做的很多工作。").is_empty());
        assert!(found("认真地落实，完成得很好。").is_empty());
    }
}
