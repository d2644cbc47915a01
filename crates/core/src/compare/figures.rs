//! Figures in prose — 接待游客3260人次, 增长12.6%, 3.5亿元 — with the words before them and
//! their unit, so that a changed value can be listed apart (人次 3260 → 3620). The numbers and
//! their units are read as the checker reads them (`check::read_numbers`).

use crate::check::read_numbers;
use crate::han::is_han_or_zero;
use serde::Serialize;
use std::collections::HashMap;

/// A number in a text, with what names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Figure {
    /// Up to four Chinese characters before the number (接待游客).
    pub context: String,
    /// The number as written, with 余 or 多 after it (1200余).
    pub value: String,
    /// The unit after it (人次), or empty.
    pub unit: String,
}

/// A figure whose value changed between two versions of a text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FigureChange {
    pub context: String,
    pub unit: String,
    pub old: String,
    pub new: String,
}

/// The figures of a text, dates (2024年, 6月30日) and ordinals (第3) left out; the numbers and
/// units are read by the checker's reader (`check::read_numbers`, one unit table).
pub fn figures(text: &str) -> Vec<Figure> {
    let chars: Vec<char> = text.chars().collect();
    read_numbers(&chars)
        .into_iter()
        .filter(|n| !n.date_or_ordinal)
        .map(|n| {
            let before = chars[..n.start]
                .iter()
                .rev()
                .take_while(|c| is_han_or_zero(**c))
                .take(4)
                .collect::<Vec<_>>();
            let mut value = n.written;
            value.extend(n.about);
            Figure {
                context: before.into_iter().rev().collect(),
                value,
                unit: n.unit.to_owned(),
            }
        })
        .collect()
}

/// The figures named alike in `old` and `new` (same words before, same unit, same place among
/// those) whose values differ.
pub fn changed(old: &str, new: &str) -> Vec<FigureChange> {
    let old = figures(old);
    let new = figures(new);
    let mut by_name: HashMap<(&str, &str), Vec<&Figure>> = HashMap::new();
    for f in &old {
        by_name
            .entry((f.context.as_str(), f.unit.as_str()))
            .or_default()
            .push(f);
    }
    let mut taken: HashMap<(&str, &str), usize> = HashMap::new();
    let mut out = Vec::new();
    for f in &new {
        if f.context.is_empty() && f.unit.is_empty() {
            continue;
        }
        let name = (f.context.as_str(), f.unit.as_str());
        let n = taken.entry(name).or_insert(0);
        let Some(before) = by_name.get(&name).and_then(|list| list.get(*n)) else {
            continue;
        };
        *n += 1;
        if before.value != f.value {
            out.push(FigureChange {
                context: f.context.clone(),
                unit: f.unit.clone(),
                old: before.value.clone(),
                new: f.value.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_have_their_words_and_units() {
        let f = figures("全年接待游客3260人次，收入3.5亿元，增长12.6%，共1200余人参加。");
        assert_eq!(f.len(), 4, "{f:?}");
        assert_eq!(f[0].context, "接待游客");
        assert_eq!((f[0].value.as_str(), f[0].unit.as_str()), ("3260", "人次"));
        assert_eq!(
            (f[1].context.as_str(), f[1].unit.as_str()),
            ("收入", "亿元")
        );
        assert_eq!(f[2].unit, "%");
        assert_eq!((f[3].value.as_str(), f[3].unit.as_str()), ("1200余", "人"));
    }

    #[test]
    fn dates_and_ordinals_are_not_figures() {
        assert!(figures("2024年6月30日，第3次会议").is_empty());
    }

    #[test]
    fn changed_values_are_paired_by_name() {
        let c = changed(
            "全年接待游客3260人次，收入3.5亿元。",
            "全年接待游客3620人次，收入3.5亿元，新增项目5个。",
        );
        assert_eq!(
            c,
            [FigureChange {
                context: "接待游客".into(),
                unit: "人次".into(),
                old: "3260".into(),
                new: "3620".into(),
            }]
        );
    }
}
