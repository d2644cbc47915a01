//! Figures (数据核对): every number with its unit and the words before it (`extract`), and the
//! checks across them: one indicator with different values or units, a total that is not the sum of
//! its parts, a rate that does not match its two counts, a change rate that does not match
//! the old and new values.

mod changes;
mod extract;
mod rates;
mod totals;

use super::rule::Rule;
use super::{Finding, Place};
use serde::Serialize;
use std::ops::Range;

use changes::changes;
pub(crate) use extract::read_numbers;
pub(super) use extract::{extract, label};
use rates::rates;
use totals::totals;

/// A number in the text with its unit and the indicator (the words before it).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    pub place: Place,
    /// Character range of the number and its unit.
    pub range: Range<usize>,
    /// As written: 3260人次, 97.4%, 560万元.
    pub text: String,
    /// The number as written, without its unit (560 for 560万元).
    pub value: f64,
    /// 人次, %, 万元 … ("" when none).
    pub unit: String,
    /// The words before it, trimmed of 共, 累计, 达 …: 法律咨询, 调解成功率 (what the checks
    /// compare).
    pub indicator: String,
    /// What it counts for a reader (the 数据 tab): the indicator cut at word boundaries
    /// (成立了乡镇文化分馆, not 牌成立了乡镇文化分馆), or the nearest words when there is none.
    /// Filled by `check::figures` and `check::text_figures` only.
    #[serde(skip)]
    pub label: String,
    /// Index of the sentence in the document, for figures read together.
    pub sentence: usize,
    /// The words right before it as written (共排查, 其中婚姻家庭).
    pub before: String,
    /// Written as a bound or an estimate (约, 超过, 近, …以上, …余, …左右): not checked
    /// against other figures.
    #[serde(skip)]
    pub approx: bool,
    /// The first characters of its sentence (其中， opening a list of parts).
    #[serde(skip)]
    pub head: String,
}

fn money_scale(unit: &str) -> Option<f64> {
    match unit {
        "元" => Some(1.0),
        "千元" => Some(1e3),
        "万元" => Some(1e4),
        "亿元" => Some(1e8),
        _ => None,
    }
}

fn push(out: &mut Vec<Finding>, rule: Rule, f: &Figure, note: String) {
    out.push(Finding {
        rule,
        severity: rule.severity(),
        place: f.place.clone(),
        range: f.range.clone(),
        found: f.text.clone(),
        fix: None,
        note: Some(note),
    });
}

fn show(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Does an indicator name a thing counted, rather than a change or a comparison?
fn plain_indicator(ind: &str) -> bool {
    ind.chars().count() >= 4
        && ![
            "由", "从", "增", "降", "减", "同比", "较", "比", "上年", "去年", "其中", "到", "至",
            "占",
        ]
        .iter()
        .any(|w| ind.contains(w))
}

/// The checks across every figure of a document.
pub(super) fn check(figures: &[Figure], out: &mut Vec<Finding>) {
    conflicts(figures, out);
    let sentences = sentences(figures);
    for (k, s) in sentences.iter().enumerate() {
        totals(s, sentences.get(k + 1).copied(), out);
        let prev = k
            .checked_sub(1)
            .map(|j| sentences[j])
            .filter(|p| p.last().is_some_and(|f| f.sentence + 1 == s[0].sentence));
        rates(s, prev, out);
        changes(s, out);
    }
}

fn sentences(figures: &[Figure]) -> Vec<&[Figure]> {
    figures.chunk_by(|a, b| a.sentence == b.sentence).collect()
}

/// A count or an amount (not a percentage, a multiple or a difference of percentages).
fn is_quantity(f: &Figure) -> bool {
    !matches!(f.unit.as_str(), "%" | "倍" | "个百分点")
}

/// The figure in its base unit, with the class of units it can be compared within:
/// 1.2亿元 = 120000000 元, 3.5万人次 = 35000 人次.
fn base(f: &Figure) -> (&str, f64) {
    let (class, scale) = match f.unit.as_str() {
        "元" => ("元", 1.0),
        "千元" => ("元", 1e3),
        "万元" => ("元", 1e4),
        "亿元" => ("元", 1e8),
        "人次" => ("人次", 1.0),
        "万人次" => ("人次", 1e4),
        "人" => ("人", 1.0),
        "万人" => ("人", 1e4),
        "米" => ("米", 1.0),
        "公里" | "千米" => ("米", 1e3),
        unit => (unit, 1.0),
    };
    (class, f.value * scale)
}

/// A figure's value in the unit of `like` (for messages: 1.2亿元 shown as 12000 beside 万元).
fn value_in(f: &Figure, like: &Figure) -> f64 {
    let (_, v) = base(f);
    let (_, one) = base(&Figure {
        value: 1.0,
        ..like.clone()
    });
    v / one
}

fn same_class(a: &Figure, b: &Figure) -> bool {
    base(a).0 == base(b).0
}

/// The words of the clause right before a figure (after the last comma or colon).
fn clause(f: &Figure) -> &str {
    f.before
        .rsplit(['，', '、', '：', ',', '；', '。'])
        .next()
        .unwrap_or("")
}

fn conflicts(figures: &[Figure], out: &mut Vec<Finding>) {
    // The quantities met so far by indicator, in order (a long draft holds thousands of
    // figures: each is compared with those of its own indicator only).
    let mut earlier: rustc_hash::FxHashMap<&str, Vec<&Figure>> = Default::default();
    for b in figures {
        if !is_quantity(b) {
            continue;
        }
        let list = earlier.entry(b.indicator.as_str()).or_default();
        let first = list.iter().find(|a| a.sentence != b.sentence).copied();
        list.push(b);
        let Some(a) = first.filter(|_| plain_indicator(&b.indicator)) else {
            continue;
        };
        if a.unit == b.unit {
            if a.value != b.value {
                push(out, Rule::FigureConflict, b, a.text.clone());
            }
        } else if let (Some(x), Some(y)) = (money_scale(&a.unit), money_scale(&b.unit)) {
            if (a.value * x - b.value * y).abs() > 0.5 {
                let rule = if a.value == b.value {
                    Rule::FigureUnit
                } else {
                    Rule::FigureConflict
                };
                push(out, rule, b, a.text.clone());
            }
        } else if a.value == b.value && unit_class(&a.unit) == unit_class(&b.unit) {
            push(out, Rule::FigureUnit, b, a.unit.clone());
        }
    }
}

fn unit_class(unit: &str) -> &'static str {
    match unit {
        "人" | "万人" | "名" => "people",
        "人次" | "万人次" => "visits",
        "平方米" | "平方公里" | "亩" | "公顷" => "area",
        _ => "other",
    }
}

/// The words that mark a figure as a total (the totals, and the whole that 占 N% is a share of).
const TOTAL_MARKS: [&str; 5] = ["共", "累计", "合计", "总计", "总数"];

/// Decimals written in a figure (95.0% → 1).
fn decimals(p: &Figure) -> usize {
    p.text.split_once('.').map_or(0, |(_, d)| {
        d.chars().take_while(char::is_ascii_digit).count()
    })
}

/// `v` to the decimals of `p` plus one (90.0 beside 95, 97.4 beside 96.4), at most two.
fn fixed(v: f64, p: &Figure) -> String {
    let d = (decimals(p) + 1).min(2);
    format!("{v:.d$}")
}

/// Does the figure as written match `want`, to the decimals it is written with?
fn matches_rate(p: &Figure, want: f64) -> bool {
    let step = 10f64.powi(-(decimals(p) as i32));
    (p.value - want).abs() <= step / 2.0 + 1e-9
}

#[cfg(test)]
mod tests;
