//! Changes (增长 P%, 增长 N 倍, 提高 N 个百分点) against the old and new values they describe.

use super::*;

const CHANGE_WORDS: [&str; 9] = [
    "增长", "下降", "增加", "减少", "提高", "降低", "上升", "提升", "回落",
];

/// A change between two values of one sentence and the change written after them:
/// "由A增长到B，增长P%", "B，较上年的A增长P%", "增长N倍" (B = A×(N+1)), "增长到N倍"
/// (B = A×N), and "从45%提高到52%，提高7个百分点".
pub(super) fn changes(s: &[Figure], out: &mut Vec<Finding>) {
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
