//! Parts that must add up to the total the text gives for them.

use super::*;

/// Parts that must add up to a total, where the text says so:
/// "共…N件，其中…a件、…b件" (其中 or 分别; or 其中 opening the next sentence) and
/// "…a件、…b件，合计N件".
pub(super) fn totals(s: &[Figure], next: Option<&[Figure]>, out: &mut Vec<Finding>) {
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
    // N件，其中a件、b件、c件 without 共: the parts may be some of the total, but never more
    // than it (受理86件，其中办结61件、转办15件、督办12件: 88 > 86).
    if q.len() >= 3
        && clause(q[1]).starts_with("其中")
        && !q[2..]
            .iter()
            .any(|f| marked(f) || listed(f) && f.before.contains("其中"))
    {
        return more_than(first, &q[1..], out);
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

/// Parts listed after 其中 that add up to more than the total before them.
fn more_than(total: &Figure, parts: &[&Figure], out: &mut Vec<Finding>) {
    let sum: f64 = parts.iter().map(|p| base(p).1).sum();
    if sum > base(total).1 * (1.0 + 1e-6) {
        let terms: Vec<String> = parts.iter().map(|p| show(value_in(p, total))).collect();
        let note = format!(
            "{}={} > {}",
            terms.join("+"),
            show(value_in_sum(sum, total)),
            show(total.value)
        );
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
