//! Figures (数据核对): every number with its unit and the words before it, and the checks
//! across them: one indicator with different values or units, a total that is not the sum of
//! its parts, a rate that does not match its two counts, a change rate that does not match
//! the old and new values.

use super::rule::Rule;
use super::rules::is_cjk;
use super::{Finding, Place};
use serde::Serialize;
use std::ops::Range;

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
    /// The words before it, trimmed of 共, 累计, 达 …: 法律咨询, 调解成功率.
    pub indicator: String,
    /// Index of the sentence in the document, for figures read together.
    pub sentence: usize,
    /// The words right before it as written (共排查, 其中婚姻家庭).
    pub before: String,
}

const UNITS: [&str; 44] = [
    "个百分点",
    "平方公里",
    "平方米",
    "万人次",
    "人次",
    "万元",
    "亿元",
    "千元",
    "元",
    "万人",
    "人",
    "件",
    "户",
    "个",
    "家",
    "次",
    "项",
    "场",
    "起",
    "条",
    "所",
    "名",
    "宗",
    "期",
    "篇",
    "份",
    "套",
    "台",
    "辆",
    "吨",
    "公里",
    "千米",
    "米",
    "亩",
    "公顷",
    "小时",
    "天",
    "批",
    "处",
    "间",
    "座",
    "%",
    "％",
    "万",
];

/// Words trimmed from the start of an indicator.
const LEAD: [&str; 14] = [
    "其中", "共计", "合计", "总计", "累计", "全年", "共", "先后", "已", "均", "并", "和", "及",
    "与",
];
/// Words trimmed from the end of an indicator.
const TAIL: [&str; 12] = [
    "达到", "超过", "约为", "共计", "累计", "达", "为", "约", "近", "超", "逾", "计",
];

fn money_scale(unit: &str) -> Option<f64> {
    match unit {
        "元" => Some(1.0),
        "千元" => Some(1e3),
        "万元" => Some(1e4),
        "亿元" => Some(1e8),
        _ => None,
    }
}

/// Every figure in one field; `sentence` counts sentences across fields.
pub(super) fn extract(chars: &[char], place: &Place, sentence: &mut usize) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, '。' | '！' | '？' | '；' | '\n') {
            *sentence += 1;
        }
        if !c.is_ascii_digit() || (i > 0 && (chars[i - 1].is_ascii_digit() || chars[i - 1] == '.'))
        {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < chars.len()
            && (chars[end].is_ascii_digit() || chars[end] == '.' || chars[end] == ',')
        {
            end += 1;
        }
        let digits: String = chars[i..end].iter().filter(|c| **c != ',').collect();
        let rest: String = chars[end..chars.len().min(end + 4)].iter().collect();
        let unit = UNITS.iter().find(|u| rest.starts_with(*u));
        let (Ok(value), Some(unit)) = (digits.trim_end_matches('.').parse::<f64>(), unit) else {
            i = end;
            continue;
        };
        let unit_end = end + unit.chars().count();
        let unit = if *unit == "％" { "%" } else { unit };
        out.push(Figure {
            place: place.clone(),
            range: i..unit_end,
            text: chars[i..unit_end].iter().collect(),
            value,
            unit: unit.to_owned(),
            indicator: indicator(chars, i),
            sentence: *sentence,
            before: chars[i.saturating_sub(10)..i].iter().collect(),
        });
        i = unit_end;
    }
    out
}

fn indicator(chars: &[char], at: usize) -> String {
    let start = chars[..at]
        .iter()
        .rposition(|c| !is_cjk(*c))
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
    for s in sentences(figures) {
        totals(s, out);
        rates(s, out);
        changes(s, out);
    }
}

fn sentences(figures: &[Figure]) -> Vec<&[Figure]> {
    figures.chunk_by(|a, b| a.sentence == b.sentence).collect()
}

fn conflicts(figures: &[Figure], out: &mut Vec<Finding>) {
    for (k, b) in figures.iter().enumerate() {
        if !plain_indicator(&b.indicator) || b.unit == "%" {
            continue;
        }
        let Some(a) = figures[..k]
            .iter()
            .find(|a| a.indicator == b.indicator && a.sentence != b.sentence && a.unit != "%")
        else {
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

/// "共…N件，其中…a件、…b件": the parts must add up to the total.
fn totals(s: &[Figure], out: &mut Vec<Finding>) {
    let Some(t) = s.iter().position(|f| f.unit != "%") else {
        return;
    };
    let total = &s[t];
    let parts: Vec<&Figure> = s[t + 1..].iter().filter(|f| f.unit == total.unit).collect();
    if parts.len() < 2 || parts.iter().any(|p| p.place != total.place) {
        return;
    }
    // Only where the text says it: 共 (累计, 合计) before the total, 其中 before the parts,
    // and every other figure of the sentence is a part.
    let marked = ["共", "累计", "合计", "总计"]
        .iter()
        .any(|w| total.before.contains(w));
    let listed = parts[0].before.contains("其中");
    if !marked || !listed || parts.len() + 1 != s.len() {
        return;
    }
    let sum: f64 = parts.iter().map(|p| p.value).sum();
    if (sum - total.value).abs() > 1e-6 {
        push(out, Rule::FigureTotal, total, show(sum));
    }
}

/// A rate (…率 N%) after two counts of one unit: the smaller over the larger.
fn rates(s: &[Figure], out: &mut Vec<Finding>) {
    for (k, p) in s.iter().enumerate() {
        if p.unit != "%" || !(p.indicator.ends_with('率') || p.indicator.ends_with("占比")) {
            continue;
        }
        let counts: Vec<&Figure> = s[..k].iter().filter(|f| f.unit != "%").collect();
        let [a, b] = counts[..] else {
            continue;
        };
        if a.unit != b.unit || a.value == 0.0 || b.value == 0.0 {
            continue;
        }
        let (num, den) = if a.value <= b.value { (a, b) } else { (b, a) };
        let want = num.value / den.value * 100.0;
        if !matches_rate(p, want) {
            push(out, Rule::FigurePercent, p, format!("{want:.1}%"));
        }
    }
}

/// Does the percentage as written match `want`, to the decimals it is written with?
fn matches_rate(p: &Figure, want: f64) -> bool {
    let decimals = p.text.split_once('.').map_or(0, |(_, d)| {
        d.chars().take_while(char::is_ascii_digit).count()
    });
    let step = 10f64.powi(-(decimals as i32));
    (p.value - want).abs() <= step / 2.0 + 1e-9
}

/// "由A增长到B，增长P%" / "从A下降到B，下降P%": P must be |B−A|/A.
fn changes(s: &[Figure], out: &mut Vec<Finding>) {
    let counts: Vec<&Figure> = s.iter().filter(|f| f.unit != "%").collect();
    let [a, b] = counts[..] else {
        return;
    };
    if a.unit != b.unit || a.value == 0.0 || a.place != b.place {
        return;
    }
    let from_marked = a.indicator.ends_with('由') || a.indicator.ends_with('从');
    if !from_marked {
        return;
    }
    for p in s
        .iter()
        .filter(|f| f.unit == "%" && f.range.start > b.range.end)
    {
        let ind = &p.indicator;
        if !["增长", "下降", "增加", "减少", "提高", "降低", "上升"]
            .iter()
            .any(|w| ind.ends_with(w))
        {
            continue;
        }
        let want = (b.value - a.value).abs() / a.value * 100.0;
        if !matches_rate(p, want) {
            push(out, Rule::FigureChange, p, format!("{want:.1}%"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(lines: &[&str]) -> (Vec<Figure>, Vec<(Rule, String, String)>) {
        let mut figures = Vec::new();
        let mut sentence = 0;
        for (n, line) in lines.iter().enumerate() {
            let chars: Vec<char> = line.chars().collect();
            figures.extend(extract(&chars, &Place::Line { line: n + 1 }, &mut sentence));
            sentence += 1;
        }
        let mut out = Vec::new();
        check(&figures, &mut out);
        let found = out
            .into_iter()
            .map(|f| (f.rule, f.found, f.note.unwrap_or_default()))
            .collect();
        (figures, found)
    }

    #[test]
    fn figures_carry_unit_and_indicator() {
        let (figures, _) = run(&["全年提供法律咨询3260人次，挽回经济损失560万元。"]);
        let got: Vec<(&str, &str, f64)> = figures
            .iter()
            .map(|f| (f.indicator.as_str(), f.unit.as_str(), f.value))
            .collect();
        assert_eq!(
            got,
            vec![
                ("提供法律咨询", "人次", 3260.0),
                ("挽回经济损失", "万元", 560.0)
            ]
        );
    }

    #[test]
    fn each_check_finds_its_case() {
        let (_, found) = run(&[
            "提供法律咨询3260人次。",
            "提供法律咨询3620人次。",
            "共排查矛盾纠纷120件，其中婚姻家庭50件、邻里纠纷40件、土地纠纷20件。",
            "共排查1284件，调解成功1251件，调解成功率96.4%。",
            "受理量由200件增长到250件，增长20%。",
        ]);
        assert_eq!(
            found,
            vec![
                (
                    Rule::FigureConflict,
                    "3620人次".to_owned(),
                    "3260人次".to_owned()
                ),
                (Rule::FigureTotal, "120件".to_owned(), "110".to_owned()),
                (Rule::FigurePercent, "96.4%".to_owned(), "97.4%".to_owned()),
                (Rule::FigureChange, "20%".to_owned(), "25.0%".to_owned()),
            ]
        );
    }

    #[test]
    fn consistent_figures_raise_nothing() {
        let (_, found) = run(&[
            "共排查矛盾纠纷110件，其中婚姻家庭50件、邻里纠纷40件、土地纠纷20件。",
            "共排查1284件，调解成功1251件，调解成功率97.4%。",
            "受理量由200件增长到250件，增长25%。",
            "挽回经济损失560万元。",
            "挽回经济损失5600000元。",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
