//! Figures (数据核对): every number with its unit and the words before it (`extract`), and the
//! checks across them: one indicator with different values or units, a total that is not the sum of
//! its parts, a rate that does not match its two counts, a change rate that does not match
//! the old and new values.

mod extract;

use super::rule::Rule;
use super::{Finding, Place};
use serde::Serialize;
use std::ops::Range;

pub(crate) use extract::numbers;
pub(super) use extract::{extract, label};

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
    for (k, b) in figures.iter().enumerate() {
        if !plain_indicator(&b.indicator) || !is_quantity(b) {
            continue;
        }
        let Some(a) = figures[..k]
            .iter()
            .find(|a| a.indicator == b.indicator && a.sentence != b.sentence && is_quantity(a))
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

const TOTAL_MARKS: [&str; 5] = ["共", "累计", "合计", "总计", "总数"];

/// Parts that must add up to a total, where the text says so:
/// "共…N件，其中…a件、…b件" (其中 or 分别; or 其中 opening the next sentence) and
/// "…a件、…b件，合计N件".
fn totals(s: &[Figure], next: Option<&[Figure]>, out: &mut Vec<Finding>) {
    let q: Vec<&Figure> = s.iter().filter(|f| is_quantity(f)).collect();
    let Some(first) = q.first() else {
        return;
    };
    if q.iter()
        .any(|f| !same_class(f, first) || f.place != first.place)
    {
        return;
    }
    let marked = |f: &Figure| TOTAL_MARKS.iter().any(|w| clause(f).contains(w));
    let listed = |f: &Figure| {
        clause(f).starts_with("其中")
            || f.before.contains("其中，")
            || f.before.contains("其中：")
            || ["分别", "分别为", "分别是", "分别有", "分别达"]
                .iter()
                .any(|w| clause(f).ends_with(w))
    };
    // 共N件，其中a件、b件
    if q.len() >= 3 && marked(first) && listed(q[1]) && !q[2..].iter().any(|f| marked(f)) {
        return total_of(first, &q[1..], out);
    }
    // a件、b件，合计N件
    let last = q[q.len() - 1];
    if q.len() >= 3
        && (clause(last) == "共"
            || ["合计", "总计", "共计"]
                .iter()
                .any(|w| clause(last).starts_with(w) && clause(last).chars().count() <= 4))
        && !q[..q.len() - 1].iter().any(|f| marked(f))
    {
        return total_of(last, &q[..q.len() - 1], out);
    }
    // 共N件。其中，a件，b件。
    let Some(next) = next else { return };
    let parts: Vec<&Figure> = next.iter().filter(|f| is_quantity(f)).collect();
    let opens = next.first().is_some_and(|f| f.head.starts_with("其中"));
    if q.len() == 1
        && marked(first)
        && opens
        && parts.len() >= 2
        && parts
            .iter()
            .all(|p| same_class(p, first) && p.place == first.place)
    {
        total_of(first, &parts, out);
    }
}

fn total_of(total: &Figure, parts: &[&Figure], out: &mut Vec<Finding>) {
    let sum: f64 = parts.iter().map(|p| base(p).1).sum();
    if (sum - base(total).1).abs() > 1e-6 * sum.abs().max(1.0) {
        let terms: Vec<String> = parts.iter().map(|p| show(value_in(p, total))).collect();
        let note = format!("{}={}", terms.join("+"), show(value_in_sum(sum, total)));
        push(out, Rule::FigureTotal, total, note);
    }
}

fn value_in_sum(sum: f64, like: &Figure) -> f64 {
    sum / base(&Figure {
        value: 1.0,
        ..like.clone()
    })
    .1
}

/// A rate (…率 N%, 占 N%) after two counts of one unit: the smaller over the larger, or the
/// larger over the smaller where the rate is over 100% (超额完成). With more counts, 占 N%
/// is the count right before it over the total marked 共. The counts may stand in the sentence
/// before (`prev`): both of them, with the rate alone in its sentence ("受理120件，办结108件。
/// 办结率90%。"), or the total, with the sentence opening with 其中 ("共受理120件。其中，办结108件，
/// 办结率90%。").
fn rates(s: &[Figure], prev: Option<&[Figure]>, out: &mut Vec<Finding>) {
    for (k, p) in s.iter().enumerate() {
        let ind = p.indicator.as_str();
        let share = ind.ends_with('占') || ind.ends_with("占比");
        if p.unit != "%" || !(ind.ends_with('率') || share) || p.approx {
            continue;
        }
        let mut counts: Vec<&Figure> = s[..k].iter().filter(|f| is_quantity(f)).collect();
        if let Some(prev) = prev {
            let prior: Vec<&Figure> = prev
                .iter()
                .filter(|f| is_quantity(f) && f.place == p.place)
                .collect();
            let opens = p.head.starts_with("其中");
            let marked = |f: &Figure| TOTAL_MARKS.iter().any(|w| clause(f).contains(w));
            if counts.is_empty() && prior.len() == 2 && s[..k].is_empty() {
                counts = prior;
            } else if counts.len() == 1 && opens && prior.len() == 1 && marked(prior[0]) {
                counts.insert(0, prior[0]);
            }
        }
        let (num, den) = match counts[..] {
            [a, b] => {
                let (small, large) = if base(a).1 <= base(b).1 {
                    (a, b)
                } else {
                    (b, a)
                };
                if p.value > 100.0 {
                    (large, small)
                } else {
                    (small, large)
                }
            }
            [first, .., last] if share && TOTAL_MARKS.iter().any(|w| clause(first).contains(w)) => {
                (last, first)
            }
            _ => continue,
        };
        if !same_class(num, den) || num.value == 0.0 || den.value == 0.0 || num.approx || den.approx
        {
            continue;
        }
        // 办结率 after 办结224件, 合格率 after 合格441批次: the rate names what was counted
        // (not 满意率 after two counts of cases).
        if !share {
            let stem: Vec<char> = ind.trim_end_matches('率').chars().collect();
            let Some(&head) = stem.len().checked_sub(2).and_then(|k| stem.get(k)) else {
                continue;
            };
            if !clause(num).contains(head) && !clause(den).contains(head) {
                continue;
            }
        }
        let want = base(num).1 / base(den).1 * 100.0;
        if !matches_rate(p, want) {
            let note = format!(
                "{}÷{}={}%",
                show(num.value),
                show(value_in(den, num)),
                fixed(want, p)
            );
            push(out, Rule::FigurePercent, p, note);
        }
    }
}

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

const CHANGE_WORDS: [&str; 9] = [
    "增长", "下降", "增加", "减少", "提高", "降低", "上升", "提升", "回落",
];

/// A change between two values of one sentence and the change written after them:
/// "由A增长到B，增长P%", "B，较上年的A增长P%", "增长N倍" (B = A×(N+1)), "增长到N倍"
/// (B = A×N), and "从45%提高到52%，提高7个百分点".
fn changes(s: &[Figure], out: &mut Vec<Finding>) {
    let from = |f: &Figure| {
        let c = clause(f);
        (c.contains('由') && !c.contains("由于")) || c.contains('从')
    };
    let to = |f: &Figure| ["到", "至", "为"].iter().any(|w| clause(f).contains(w));
    let compared = |f: &Figure| {
        let c = clause(f);
        c.contains('较')
            || c.contains("同比")
            || [
                "比上",
                "比去",
                "比19",
                "比20",
                "是上年",
                "是去年",
                "为上年",
                "为去年",
            ]
            .iter()
            .any(|w| c.contains(w))
    };
    // The two values (old, new) and the figures of the change after them.
    let q: Vec<&Figure> = s.iter().filter(|f| is_quantity(f)).collect();
    let pcts: Vec<&Figure> = s.iter().filter(|f| f.unit == "%").collect();
    // The old and new values, in the unit of the first one written.
    let (o, n, first, second) = match q[..] {
        [a, b] if from(a) && to(b) => (a.value, value_in(b, a), a, b),
        // 600万元，比上年增加100万元，增长20%: the second is the difference.
        [a, b]
            if compared(b) && !from(a) && CHANGE_WORDS.iter().any(|w| clause(b).ends_with(w)) =>
        {
            let d = value_in(b, a);
            let down = ["下降", "减少", "降低", "回落"]
                .iter()
                .any(|w| clause(b).ends_with(w));
            (if down { a.value + d } else { a.value - d }, a.value, a, b)
        }
        [a, b] if compared(b) && !from(a) => (value_in(b, a), a.value, a, b),
        _ => {
            if let [a, b] = pcts[..]
                && from(a)
                && to(b)
                && q.is_empty()
            {
                points(s, a, b, out);
            }
            return;
        }
    };
    if !same_class(first, second)
        || o <= 0.0
        || first.place != second.place
        || first.approx
        || second.approx
    {
        return;
    }
    let after = first.range.end.max(second.range.end);
    for p in s.iter().filter(|f| f.range.start > after && !f.approx) {
        let ind = p.indicator.as_str();
        let c = clause(p);
        let change = CHANGE_WORDS.iter().any(|w| ind.ends_with(w));
        let (want, note) = match p.unit.as_str() {
            "%" if change => {
                let want = (n - o).abs() / o * 100.0;
                let note = format!(
                    "({}−{})÷{}={}%",
                    show(n.max(o)),
                    show(n.min(o)),
                    show(o),
                    fixed(want, p)
                );
                (want, note)
            }
            // 增长到3倍, 是上年的3倍: B = A×N
            "倍" if ["到", "为", "是", "的", "翻", "翻了"]
                .iter()
                .any(|w| c.ends_with(w)) =>
            {
                let want = n / o;
                (want, format!("{}÷{}={}", show(n), show(o), show(want)))
            }
            // 增长2倍: B = A×(N+1)
            "倍" if n > o
                && ["增长", "增加", "提高", "上升"]
                    .iter()
                    .any(|w| c.ends_with(w)) =>
            {
                let want = (n - o) / o;
                let note = format!("({}−{})÷{}={}", show(n), show(o), show(o), show(want));
                (want, note)
            }
            _ => continue,
        };
        if !matches_rate(p, want) {
            push(out, Rule::FigureChange, p, note);
        }
    }
}

/// "从45%提高到52%，提高7个百分点": the difference of two percentages.
fn points(s: &[Figure], a: &Figure, b: &Figure, out: &mut Vec<Finding>) {
    if a.approx || b.approx {
        return;
    }
    for p in s.iter().filter(|f| f.unit == "个百分点" && !f.approx) {
        if !CHANGE_WORDS.iter().any(|w| p.indicator.ends_with(w)) {
            continue;
        }
        let want = (b.value - a.value).abs();
        if !matches_rate(p, want) {
            let note = format!(
                "{}%−{}%={}",
                show(b.value.max(a.value)),
                show(b.value.min(a.value)),
                show(want)
            );
            push(out, Rule::FigureChange, p, note);
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

    fn found(text: &str) -> Vec<(Rule, String, String)> {
        let lines: Vec<&str> = text.lines().collect();
        run(&lines).1
    }

    /// The wrong sentence gives exactly (rule, figure, computation); its corrected form
    /// gives nothing.
    fn pair(wrong: &str, right: &str, rule: Rule, figure: &str, note: &str) {
        assert_eq!(
            found(wrong),
            vec![(rule, figure.to_owned(), note.to_owned())],
            "{wrong}"
        );
        assert_eq!(found(right), vec![], "{right}");
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
        let s = |s: &str| s.to_owned();
        assert_eq!(
            found,
            vec![
                (Rule::FigureConflict, s("3620人次"), s("3260人次")),
                (Rule::FigureTotal, s("120件"), s("50+40+20=110")),
                (Rule::FigurePercent, s("96.4%"), s("1251÷1284=97.43%")),
                (Rule::FigureChange, s("20%"), s("(250−200)÷200=25.0%")),
            ]
        );
    }

    #[test]
    fn rates_from_two_counts() {
        let p = Rule::FigurePercent;
        pair(
            "应完成120件，实际完成108件，完成率为95%。",
            "应完成120件，实际完成108件，完成率为90%。",
            p,
            "95%",
            "108÷120=90.0%",
        );
        pair(
            "全年受理群众来信来访236件，按期办结224件，办结率94.1%。",
            "全年受理群众来信来访236件，按期办结224件，办结率94.9%。",
            p,
            "94.1%",
            "224÷236=94.92%",
        );
        // To the decimals written: 98.0% is not 99.0%, 98% is 98.0%.
        pair(
            "抽检食品样品450批次，合格441批次，抽检合格率为99.0%。",
            "抽检食品样品450批次，合格441批次，抽检合格率为98%。",
            p,
            "99.0%",
            "441÷450=98.00%",
        );
        pair(
            "纳入监测的32个断面中，水质达到三类以上的29个，达标率89%。",
            "纳入监测的32个断面中，水质达到三类以上的29个，达标率90.6%。",
            p,
            "89%",
            "29÷32=90.6%",
        );
        // Over 100%: the larger count over the plan.
        pair(
            "年度计划新建农村公路80公里，实际完成92公里，完成率112%。",
            "年度计划新建农村公路80公里，实际完成92公里，完成率115%。",
            p,
            "112%",
            "92÷80=115.0%",
        );
        // A share of a total marked 共, with several counts before it.
        pair(
            "全系统共有干部职工300人，其中女性干部120人，占35%。",
            "全系统共有干部职工300人，其中女性干部120人，占40%。",
            p,
            "35%",
            "120÷300=40.0%",
        );
        // 三成, 一半 in words.
        pair(
            "共有行政村60个，其中已建成文化广场的24个，占三成。",
            "共有行政村60个，其中已建成文化广场的18个，占三成。",
            p,
            "三成",
            "24÷60=40.0%",
        );
        pair(
            "共有行政村60个，其中集体经济收入超10万元的20个，占一半。",
            "共有行政村60个，其中集体经济收入超10万元的30个，占一半。",
            p,
            "一半",
            "20÷60=33.3%",
        );
    }

    #[test]
    fn rates_from_counts_in_the_sentence_before() {
        let p = Rule::FigurePercent;
        // The total before, the part and the rate after 其中.
        pair(
            "全年共受理投诉120件。其中，已办结112件，办结率为95%。",
            "全年共受理投诉120件。其中，已办结112件，办结率为93.3%。",
            p,
            "95%",
            "112÷120=93.3%",
        );
        pair(
            "全县共有适龄儿童860人。其中，已接种疫苗817人，接种率98%。",
            "全县共有适龄儿童860人。其中，已接种疫苗817人，接种率95%。",
            p,
            "98%",
            "817÷860=95.0%",
        );
        // Both counts before, the rate alone in the next sentence.
        pair(
            "今年计划改造老旧小区40个，完成改造36个。改造完成率达95%。",
            "今年计划改造老旧小区40个，完成改造36个。改造完成率达90%。",
            p,
            "95%",
            "36÷40=90.0%",
        );
    }

    #[test]
    fn counts_in_another_sentence_link_only_where_the_text_says_so() {
        for clean in [
            // The rate names something else than the counts.
            "全年共受理投诉120件。其中，已办结112件，群众满意率98%。",
            // No 共 before, no 其中 after: two separate statements.
            "全年受理投诉120件。新办结112件，办结率为60%。",
            // A bound.
            "全年共受理投诉120件。其中，已办结112件，办结率为90%以上。",
            // Two sentences apart.
            "全年共受理投诉120件。工作有序推进。其中，已办结112件，办结率为95%。",
        ] {
            assert_eq!(found(clean), vec![], "{clean}");
        }
    }

    #[test]
    fn changes_between_two_values() {
        let c = Rule::FigureChange;
        pair(
            "全县财政收入由去年的500万元增长到600万元，同比增长25%。",
            "全县财政收入由去年的500万元增长到600万元，同比增长20%。",
            c,
            "25%",
            "(600−500)÷500=20.0%",
        );
        pair(
            "全年接待游客60万人次，较上年的48万人次增长20%。",
            "全年接待游客60万人次，较上年的48万人次增长25%。",
            c,
            "20%",
            "(60−48)÷48=25.0%",
        );
        pair(
            "安全生产事故从去年的25起下降到20起，下降25%。",
            "安全生产事故从去年的25起下降到20起，下降20%。",
            c,
            "25%",
            "(25−20)÷25=20.0%",
        );
        // The difference written instead of the old value.
        pair(
            "实现营业收入600万元，比上年增加100万元，增长25%。",
            "实现营业收入600万元，比上年增加100万元，增长20%。",
            c,
            "25%",
            "(600−500)÷500=20.0%",
        );
        pair(
            "全年发生火灾45起，比2023年减少5起，下降11.1%。",
            "全年发生火灾45起，比2023年减少5起，下降10%。",
            c,
            "11.1%",
            "(50−45)÷50=10.00%",
        );
        // 1.2亿元 = 12000万元.
        pair(
            "招商引资到位资金由8000万元增加到1.2亿元，增长40%。",
            "招商引资到位资金由8000万元增加到1.2亿元，增长50%。",
            c,
            "40%",
            "(12000−8000)÷8000=50.0%",
        );
        // 增长N倍 = ×(N+1); 增长到N倍 = ×N.
        pair(
            "网上办件量由200件增长到600件，增长3倍。",
            "网上办件量由200件增长到600件，增长2倍。",
            c,
            "3倍",
            "(600−200)÷200=2",
        );
        pair(
            "网上办件量由200件增长到600件，增长到原来的2倍。",
            "网上办件量由200件增长到600件，增长到原来的3倍。",
            c,
            "2倍",
            "600÷200=3",
        );
        pair(
            "网上办件量由200件增长到600件，增长为两倍。",
            "网上办件量由200件增长到600件，增长两倍，是原来的三倍。",
            c,
            "两倍",
            "600÷200=3",
        );
        pair(
            "全年网上办件量600件，是上年200件的2倍。",
            "全年网上办件量600件，是上年200件的3倍。",
            c,
            "2倍",
            "600÷200=3",
        );
        // 翻一番 = ×2, 翻两番 = ×4.
        pair(
            "村集体经济收入由15万元增加到45万元，翻了一番。",
            "村集体经济收入由15万元增加到60万元，翻了两番。",
            c,
            "一番",
            "45÷15=3",
        );
        // 百分点 for the difference of two percentages.
        pair(
            "城镇化率从45%提高到52%，提高8个百分点。",
            "城镇化率从45%提高到52%，提高7个百分点。",
            c,
            "8个百分点",
            "52%−45%=7",
        );
    }

    #[test]
    fn parts_add_up_to_the_total() {
        let t = Rule::FigureTotal;
        pair(
            "共培训干部300人次，其中科级干部120人次、一般干部150人次。",
            "共培训干部300人次，其中科级干部120人次、一般干部180人次。",
            t,
            "300人次",
            "120+150=270",
        );
        pair(
            "全年新建农家书屋12个、文化广场8个，合计25个。",
            "全年新建农家书屋12个、文化广场8个，合计20个。",
            t,
            "25个",
            "12+8=20",
        );
        pair(
            "共发放补贴资金1.5亿元，城市和农村分别为8000万元、6000万元。",
            "共发放补贴资金1.4亿元，城市和农村分别为8000万元、6000万元。",
            t,
            "1.5亿元",
            "0.8+0.6=1.4",
        );
        pair(
            "全年共办理行政复议案件46件。其中，依法维持原具体行政行为30件，撤销10件，责令履行4件。",
            "全年共办理行政复议案件44件。其中，依法维持原具体行政行为30件，撤销10件，责令履行4件。",
            t,
            "46件",
            "30+10+4=44",
        );
    }

    #[test]
    fn unlinked_figures_raise_nothing() {
        for clean in [
            // Parts without 其中/分别, or in other units: not a sum.
            "共培训干部300人次，开展专题讲座12场、现场教学8场。",
            "共有行政村60个，其中集体经济收入超10万元的20个、超50万元的6个。",
            // A rate with three counts and no 共: which two is unclear.
            "受理120件，办结108件，转办6件，办结率90%。",
            // 由于 is not 由.
            "由于资金200万元到位较晚，工程进度为80%，增长放缓。",
            // Growth on one value only.
            "实现营业收入600万元，同比增长12.5%。",
            // A rate that is not the ratio of the counts before it.
            "共受理120件，办结108件，群众满意率98%。",
            // Bounds and estimates.
            "共有行政村60个，其中35个村集体经济收入达标，占比超过一半。",
            "应完成120件，实际完成108件，完成率90%以上。",
            "收入由500万元增长到600万元，增长近25%。",
            // A 共 that starts another count, a 分别 that is not a list of parts.
            "走访企业12家、个体工商户30家，共帮扶企业8家。",
            "共检查企业60家，对其中12家、3家分别下达整改通知和立案处罚。",
            // 增长到 is not an estimate.
            "由45%提高到52%，提高7个百分点。",
            // 一成不变, 形成, 完成: not shares.
            "坚持一成不变的标准，完成120件，形成机制。",
        ] {
            assert_eq!(found(clean), vec![], "{clean}");
        }
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
