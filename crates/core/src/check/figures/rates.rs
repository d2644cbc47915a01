//! Rates (…率 N%, 占 N%) against the two counts they are worked out from.

use super::*;

/// A rate (…率 N%, 占 N%) after two counts of one unit: the smaller over the larger, or the
/// larger over the smaller where the rate is over 100% (超额完成). With more counts, 占 N%
/// is the count right before it over the total marked 共. The counts may stand in the sentence
/// before (`prev`): both of them, with the rate alone in its sentence ("受理120件，办结108件。
/// 办结率90%。"), or the total, with the sentence opening with 其中 ("共受理120件。其中，办结108件，
/// 办结率90%。").
pub(super) fn rates(s: &[Figure], prev: Option<&[Figure]>, out: &mut Vec<Finding>) {
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
