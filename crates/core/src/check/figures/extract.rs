//! Reading figures out of text: the numbers with their units (one unit table, for the checks
//! and for `compare`), and a figure's indicator (the words before it).

use super::super::lexicon::jieba;
use super::Figure;
use crate::han::is_han_or_zero;
use crate::model::Place;

/// Units after a number, longest first (万人次 before 万人 before 万), each with whether the
/// figure checks read it (the others are listed by `compare` only).
const UNITS: [(&str, bool); 60] = [
    ("个百分点", true),
    ("平方公里", true),
    ("百分点", false),
    ("平方米", true),
    ("万人次", true),
    ("人次", true),
    ("场次", true),
    ("万元", true),
    ("亿元", true),
    ("千元", true),
    ("万亩", false),
    ("万吨", false),
    ("万人", true),
    ("万户", false),
    ("公里", true),
    ("千米", true),
    ("公顷", true),
    ("小时", true),
    ("倍", true),
    ("元", true),
    ("人", true),
    ("件", true),
    ("户", true),
    ("个", true),
    ("家", true),
    ("次", true),
    ("项", true),
    ("场", true),
    ("起", true),
    ("条", true),
    ("所", true),
    ("名", true),
    ("宗", true),
    ("期", true),
    ("篇", true),
    ("份", true),
    ("套", true),
    ("台", true),
    ("辆", true),
    ("吨", true),
    ("米", true),
    ("亩", true),
    ("天", true),
    ("批", true),
    ("处", true),
    ("间", true),
    ("座", true),
    ("%", true),
    ("％", true),
    ("‰", false),
    ("万", true),
    ("亿", false),
    ("册", false),
    ("架", false),
    ("种", false),
    ("支", false),
    ("队", false),
    ("村", false),
    ("镇", false),
    ("乡", false),
];

/// The longest unit at `at` (only those the checks read when `checked_only`).
fn unit_at(chars: &[char], at: usize, checked_only: bool) -> Option<&'static str> {
    let rest = chars.get(at..).unwrap_or_default();
    UNITS
        .iter()
        .filter(|(_, checked)| *checked || !checked_only)
        .map(|(u, _)| *u)
        .find(|u| {
            let mut i = 0;
            u.chars().all(|c| {
                let ok = rest.get(i) == Some(&c);
                i += 1;
                ok
            })
        })
}

/// A number written in digits, with what follows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Number {
    /// Character range of the digits (with their . and , inside).
    pub start: usize,
    pub digits_end: usize,
    /// The digits as written (1,200 keeps its comma).
    pub written: String,
    /// 余 or 多 right after the digits (1200余人).
    pub about: Option<char>,
    /// The longest unit after the digits and 余/多 ("" when none), and where it ends.
    pub unit: &'static str,
    pub end: usize,
    /// A date or an ordinal (2024年, 6月, 第3), not a quantity.
    pub date_or_ordinal: bool,
}

/// Every number written in digits, in order.
pub(crate) fn read_numbers(chars: &[char]) -> Vec<Number> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || (matches!(chars[i], '.' | ',')
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
        {
            i += 1;
        }
        let digits_end = i;
        let about = chars.get(i).copied().filter(|c| matches!(c, '余' | '多'));
        let after = digits_end + usize::from(about.is_some());
        let unit = unit_at(chars, after, false).unwrap_or("");
        let date_or_ordinal = matches!(chars.get(after), Some('年' | '月' | '日' | '时' | '号'))
            || (start > 0 && chars[start - 1] == '第');
        out.push(Number {
            start,
            digits_end,
            written: chars[start..digits_end].iter().collect(),
            about,
            unit,
            end: after + unit.chars().count(),
            date_or_ordinal,
        });
    }
    out
}

/// Words trimmed from the start of an indicator.
const LEAD: [&str; 14] = [
    "其中", "共计", "合计", "总计", "累计", "全年", "共", "先后", "已", "均", "并", "和", "及",
    "与",
];
/// Words trimmed from the end of an indicator.
const TAIL: [&str; 12] = [
    "达到", "超过", "约为", "共计", "累计", "达", "为", "约", "近", "超", "逾", "计",
];

/// Every figure in one field; `sentence` counts sentences across fields. Numbers with a unit
/// the checks read, shares and multiples in Chinese numerals (三成, 一半, 两倍).
pub(in super::super) fn extract(
    chars: &[char],
    place: &Place,
    sentence: &mut usize,
) -> Vec<Figure> {
    let mut out = Vec::new();
    let nums = read_numbers(chars);
    let mut next = nums.iter().peekable();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, '。' | '！' | '？' | '；' | '\n') {
            *sentence += 1;
        }
        let figure = |end: usize, value: f64, unit: &str, approx: bool| Figure {
            place: place.clone(),
            range: i..end,
            text: chars[i..end].iter().collect(),
            value,
            unit: unit.to_owned(),
            indicator: indicator(chars, i),
            label: String::new(),
            sentence: *sentence,
            before: chars[i.saturating_sub(10)..i].iter().collect(),
            approx,
            head: head(chars, i),
        };
        if let Some((end, value, unit)) = cn_figure(chars, i) {
            out.push(figure(end, value, unit, approx(chars, i, end)));
            i = end;
            continue;
        }
        while next.next_if(|n| n.start < i).is_some() {}
        let Some(n) = next.next_if(|n| n.start == i) else {
            i += 1;
            continue;
        };
        let digits: String = n.written.chars().filter(|c| *c != ',').collect();
        let (Ok(value), None, Some(unit)) = (
            digits.parse::<f64>(),
            n.about,
            unit_at(chars, n.digits_end, true),
        ) else {
            i = n.digits_end;
            continue;
        };
        let unit_end = n.digits_end + unit.chars().count();
        let unit = if unit == "％" { "%" } else { unit };
        let approx = approx(chars, i, unit_end) || approx(chars, i, n.digits_end);
        out.push(figure(unit_end, value, unit, approx));
        i = unit_end;
    }
    out
}

/// The first characters of the sentence holding `at`.
fn head(chars: &[char], at: usize) -> String {
    let start = chars[..at]
        .iter()
        .rposition(|c| matches!(c, '。' | '！' | '？' | '；' | '\n'))
        .map_or(0, |p| p + 1);
    chars[start..at.min(start + 3)]
        .iter()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Is the figure at `start..end` a bound or an estimate: 约120件, 超过一半, 300余人次,
/// 95%以上, 20万元左右?
fn approx(chars: &[char], start: usize, end: usize) -> bool {
    let before: String = chars[start.saturating_sub(2)..start].iter().collect();
    let after: String = chars[end..chars.len().min(end + 2)].iter().collect();
    [
        "约", "超过", "超", "近", "逾", "不到", "不足", "高于", "低于", "大于", "小于", "多于",
        "少于",
    ]
    .iter()
    .any(|w| before.ends_with(w))
        || ["以上", "以下", "左右", "上下", "多", "余", "以内", "之内"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// A share or a multiple in Chinese numerals: 三成 = 30%, 一半 = 50%, 两倍 = 2倍.
fn cn_figure(chars: &[char], i: usize) -> Option<(usize, f64, &'static str)> {
    // (An array, not a string: asked of every character, it answers without decoding UTF-8.)
    const DIGITS: [char; 10] = ['一', '二', '两', '三', '四', '五', '六', '七', '八', '九'];
    let c = chars[i];
    let value = DIGITS.iter().position(|d| *d == c)?;
    let prev = i.checked_sub(1).map(|p| chars[p]);
    if prev.is_some_and(|p| DIGITS.contains(&p) || "十百千万几第".contains(p)) {
        return None;
    }
    let next = chars.get(i + 1).copied();
    let after = chars.get(i + 2).copied();
    if c == '一' && next == Some('半') {
        return Some((i + 2, 50.0, "%"));
    }
    let value = [1.0, 2.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0][value];
    match next {
        // 一成不变, 三成为, 两成本: not a share.
        Some('成') if !after.is_some_and(|a| "不为立员本功绩果熟就效型".contains(a)) => {
            Some((i + 2, value * 10.0, "%"))
        }
        Some('倍') => Some((i + 2, value, "倍")),
        // 翻一番 = 2倍, 翻两番 = 4倍.
        Some('番') if value <= 3.0 => Some((i + 2, 2f64.powf(value), "倍")),
        _ => None,
    }
}

/// Up to ten characters of Chinese before `at`, trimmed of 共, 累计, 达 …
fn indicator(chars: &[char], at: usize) -> String {
    let start = chars[..at]
        .iter()
        .rposition(|c| !is_han_or_zero(*c))
        .map_or(0, |p| p + 1);
    let start = start.max(at.saturating_sub(10));
    let mut s: String = chars[start..at].iter().collect();
    loop {
        let before = s.len();
        for lead in LEAD {
            if let Some(rest) = s.strip_prefix(lead) {
                s = rest.to_owned();
            }
        }
        for tail in TAIL {
            if let Some(rest) = s.strip_suffix(tail) {
                s = rest.to_owned();
            }
        }
        if s.len() == before {
            break;
        }
    }
    s
}

/// Longest label, in characters (whole words: the last word may make it longer).
const LABEL: usize = 10;

/// What the figure at `range` counts, for a reader: the Chinese right before it cut at word
/// boundaries to about ten characters and trimmed of 共, 累计, 达 …; when nothing is left, the
/// words right after it in its clause (20场 惠民演出), else the last words of the clause before.
pub(in super::super) fn label(chars: &[char], range: &std::ops::Range<usize>) -> String {
    let clause_start = chars[..range.start]
        .iter()
        .rposition(|c| !is_han_or_zero(*c))
        .map_or(0, |p| p + 1);
    let before = words(&chars[clause_start..range.start]);
    let label = trimmed(&before, true);
    if !label.is_empty() {
        return label;
    }
    // Right after a closing quote or title mark, the quoted name is what is counted:
    // 开展“送戏下乡”20场次.
    if clause_start == range.start
        && range.start > 0
        && matches!(chars[range.start - 1], '”' | '’' | '》' | '」')
    {
        let quoted = clause_before(chars, clause_start);
        if !quoted.is_empty() {
            return quoted;
        }
    }
    let after_end = range.end
        + chars[range.end..]
            .iter()
            .take_while(|c| is_han_or_zero(**c))
            .count();
    let after = words(&chars[range.end..after_end]);
    let label = trimmed(&after, false);
    if !label.is_empty() {
        return label;
    }
    clause_before(chars, clause_start)
}

/// The words of the clause before `clause_start`: back over the punctuation (and digits) to
/// its Chinese.
fn clause_before(chars: &[char], clause_start: usize) -> String {
    let Some(end) = chars[..clause_start]
        .iter()
        .rposition(|c| is_han_or_zero(*c))
    else {
        return String::new();
    };
    let start = chars[..end]
        .iter()
        .rposition(|c| !is_han_or_zero(*c))
        .map_or(0, |p| p + 1);
    trimmed(&words(&chars[start..=end]), true)
}

/// The words of a stretch of Chinese, as jieba cuts it.
fn words(chars: &[char]) -> Vec<String> {
    let text: String = chars.iter().collect();
    jieba()
        .cut(&text, false)
        .into_iter()
        .map(|t| t.word.to_owned())
        .collect()
}

/// Whole words from the end (`from_end`) or the start, about `LABEL` characters, without the
/// counting words (共, 累计, 达, 为 …) at either end.
fn trimmed(words: &[String], from_end: bool) -> String {
    let is_filler = |w: &String| LEAD.contains(&w.as_str()) || TAIL.contains(&w.as_str());
    let mut list: Vec<&String> = words.iter().collect();
    while list.first().is_some_and(|w| is_filler(w)) {
        list.remove(0);
    }
    while list.last().is_some_and(|w| is_filler(w)) {
        list.pop();
    }
    let mut taken: Vec<&String> = Vec::new();
    let mut len = 0;
    let ordered: Vec<&String> = if from_end {
        list.iter().rev().copied().collect()
    } else {
        list
    };
    for w in ordered {
        let n = w.chars().count();
        if !taken.is_empty() && len + n > LABEL {
            break;
        }
        len += n;
        taken.push(w);
    }
    if from_end {
        taken.reverse();
    }
    while taken.first().is_some_and(|w| is_filler(w)) {
        taken.remove(0);
    }
    taken.into_iter().map(String::as_str).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str) -> Vec<(String, String)> {
        let chars: Vec<char> = text.chars().collect();
        let mut sentence = 0;
        extract(&chars, &Place::Intro, &mut sentence)
            .into_iter()
            .map(|f| (f.text.clone(), label(&chars, &f.range)))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    #[test]
    fn labels_are_whole_words() {
        assert_eq!(
            labels("全年在各乡镇综合文化站挂牌成立了乡镇文化分馆5家。"),
            pairs(&[("5家", "成立了乡镇文化分馆")])
        );
        assert_eq!(
            labels("全年累计提供法律咨询3260人次，共计挽回经济损失560万元。"),
            pairs(&[("3260人次", "提供法律咨询"), ("560万元", "挽回经济损失")])
        );
    }

    #[test]
    fn a_quoted_name_right_before_a_figure_is_what_it_counts() {
        assert_eq!(
            labels("上半年共开展“送戏下乡”20场次，观众逾万人。"),
            pairs(&[("20场次", "送戏下乡")])
        );
        assert_eq!(
            labels("编印《工作简报》36期。"),
            pairs(&[("36期", "工作简报")])
        );
    }

    #[test]
    fn a_figure_without_words_before_it_takes_the_nearest() {
        assert_eq!(
            labels("开展送戏下乡活动，共20场惠民演出。"),
            pairs(&[("20场", "惠民演出")])
        );
        assert_eq!(
            labels("组织文艺骨干开展送戏下乡，共20场。"),
            pairs(&[("20场", "文艺骨干开展送戏下乡")])
        );
    }

    #[test]
    fn numbers_carry_what_follows_them() {
        let chars: Vec<char> = "2024年共1,200余人参加，第3次会议，新增5公顷"
            .chars()
            .collect();
        let got: Vec<(String, Option<char>, &str, bool)> = read_numbers(&chars)
            .into_iter()
            .map(|n| (n.written, n.about, n.unit, n.date_or_ordinal))
            .collect();
        assert_eq!(
            got,
            vec![
                ("2024".to_owned(), None, "", true),
                ("1,200".to_owned(), Some('余'), "人", false),
                ("3".to_owned(), None, "次", true),
                ("5".to_owned(), None, "公顷", false),
            ]
        );
    }
}
