//! The word rules on one field: the word list, place and body names, near-words and 的/地/得,
//! turned into findings.

use super::rule::Rule;
use super::{Finding, Fix, Place, dedi, names, slips, words};

fn finding(rule: Rule, place: &Place, chars: &[char], start: usize, end: usize) -> Finding {
    Finding {
        rule,
        severity: rule.severity(),
        place: place.clone(),
        range: start..end,
        found: chars[start..end].iter().collect(),
        fix: None,
        note: None,
    }
}

pub(super) fn check_field(text: &str, chars: &[char], place: &Place, out: &mut Vec<Finding>) {
    let first = out.len();
    let hits = words::hits(text, chars);
    for h in &hits {
        let mut f = finding(h.entry.rule, place, chars, h.start, h.end);
        f.fix = Some(Fix {
            replacement: h.entry.right.clone(),
            safe: h.entry.safe,
        });
        out.push(f);
    }
    let mut names = names::name_slips(chars);
    names.retain(|n| !hits.iter().any(|h| h.start < n.end && n.start < h.end));
    let taken = |s: usize, e: usize| {
        hits.iter().any(|h| h.start < e && s < h.end)
            || names.iter().any(|n| n.start < e && s < n.end)
    };
    for n in &names {
        let mut f = finding(Rule::NameSlip, place, chars, n.start, n.end);
        f.fix = Some(Fix {
            replacement: n.replacement.clone(),
            safe: false,
        });
        out.push(f);
    }
    for s in slips::slips(chars) {
        if taken(s.start, s.end) {
            continue;
        }
        let mut f = finding(Rule::NearWord, place, chars, s.start, s.end);
        f.fix = Some(Fix {
            replacement: s.replacement,
            safe: false,
        });
        out.push(f);
    }
    for s in dedi::de_slips(chars) {
        if taken(s.start, s.end) {
            continue;
        }
        let mut f = finding(Rule::DeDiDe, place, chars, s.start, s.end);
        f.fix = Some(Fix {
            replacement: s.replacement,
            safe: false,
        });
        out.push(f);
    }
    out[first..].sort_by_key(|f| (f.range.start, f.range.end));
}
