//! Proofreading (校对) to GB/T 15834-2011 (punctuation) and GB/T 15835-2011 (numbers): rules
//! over each text field of a report, or over raw text line by line, returning findings with
//! their exact place and, where the fix is certain, the replacement.

mod rules;

use crate::edit;
use crate::model::{Item, ItemPath, Report, Section};
use serde::Serialize;
use std::ops::Range;

pub use rules::Rule;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed before the document goes out: masks, garbled characters.
    Error,
    /// Against the standard: half-width punctuation, wrong numbering.
    Warning,
    /// Worth a look: template placeholders like 某局.
    Info,
}

/// Which text a finding is in.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum Place {
    Title,
    Intro,
    SectionTitle {
        section: usize,
    },
    SectionLead {
        section: usize,
    },
    ItemHeading {
        section: usize,
        item: Vec<usize>,
    },
    ItemBody {
        section: usize,
        item: Vec<usize>,
    },
    Closing,
    SignatureUnit,
    SignatureDate,
    /// A line of raw text (1-based), when checking a text file.
    Line {
        line: usize,
    },
}

impl Place {
    /// Where this is, for people: 标题, 第一部分 条目 1.2 正文, 第 3 行…
    pub fn describe(&self, english: bool) -> String {
        let item_name = |item: &[usize]| {
            item.iter()
                .map(|i| (i + 1).to_string())
                .collect::<Vec<_>>()
                .join(".")
        };
        match (self, english) {
            (Self::Title, false) => "标题".to_owned(),
            (Self::Title, true) => "Title".to_owned(),
            (Self::Intro, false) => "导语".to_owned(),
            (Self::Intro, true) => "Introduction".to_owned(),
            (Self::SectionTitle { section }, false) => format!("第{}部分标题", section + 1),
            (Self::SectionTitle { section }, true) => format!("Part {} title", section + 1),
            (Self::SectionLead { section }, false) => format!("第{}部分引语", section + 1),
            (Self::SectionLead { section }, true) => format!("Part {} lead-in", section + 1),
            (Self::ItemHeading { section, item }, false) => {
                format!("第{}部分 条目 {} 标题", section + 1, item_name(item))
            }
            (Self::ItemHeading { section, item }, true) => {
                format!("Part {} item {} heading", section + 1, item_name(item))
            }
            (Self::ItemBody { section, item }, false) => {
                format!("第{}部分 条目 {} 正文", section + 1, item_name(item))
            }
            (Self::ItemBody { section, item }, true) => {
                format!("Part {} item {} body", section + 1, item_name(item))
            }
            (Self::Closing, false) => "结束语".to_owned(),
            (Self::Closing, true) => "Closing".to_owned(),
            (Self::SignatureUnit, false) => "落款单位".to_owned(),
            (Self::SignatureUnit, true) => "Signature unit".to_owned(),
            (Self::SignatureDate, false) => "日期".to_owned(),
            (Self::SignatureDate, true) => "Date".to_owned(),
            (Self::Line { line }, false) => format!("第 {line} 行"),
            (Self::Line { line }, true) => format!("Line {line}"),
        }
    }

    /// The text of this field in the report.
    pub fn text<'a>(&self, report: &'a Report) -> Option<&'a str> {
        Some(match self {
            Self::Title => &report.title,
            Self::Intro => &report.intro,
            Self::SectionTitle { section } => &report.sections.get(*section)?.title,
            Self::SectionLead { section } => &report.sections.get(*section)?.lead,
            Self::ItemHeading { section, item } => {
                &edit::item(report, &ItemPath::new(*section, item.clone()))?.heading
            }
            Self::ItemBody { section, item } => {
                &edit::item(report, &ItemPath::new(*section, item.clone()))?.body
            }
            Self::Closing => &report.closing,
            Self::SignatureUnit => &report.signature.unit,
            Self::SignatureDate => &report.signature.date,
            Self::Line { .. } => return None,
        })
    }

    pub fn text_mut<'a>(&self, report: &'a mut Report) -> Option<&'a mut String> {
        Some(match self {
            Self::Title => &mut report.title,
            Self::Intro => &mut report.intro,
            Self::SectionTitle { section } => &mut report.sections.get_mut(*section)?.title,
            Self::SectionLead { section } => &mut report.sections.get_mut(*section)?.lead,
            Self::ItemHeading { section, item } => {
                &mut edit::item_mut(report, &ItemPath::new(*section, item.clone()))?.heading
            }
            Self::ItemBody { section, item } => {
                &mut edit::item_mut(report, &ItemPath::new(*section, item.clone()))?.body
            }
            Self::Closing => &mut report.closing,
            Self::SignatureUnit => &mut report.signature.unit,
            Self::SignatureDate => &mut report.signature.date,
            Self::Line { .. } => return None,
        })
    }
}

/// A certain replacement for the finding's range.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub replacement: String,
    /// Applied by 全部安全修正; otherwise the user confirms it one by one (修正).
    pub safe: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub place: Place,
    /// Character (not byte) range in the field or line.
    pub range: Range<usize>,
    /// The text at the range.
    pub found: String,
    pub fix: Option<Fix>,
}

impl Finding {
    pub fn message(&self, english: bool) -> String {
        self.rule.message(&self.found, self.fix.as_ref(), english)
    }
}

/// Check every field of a report.
pub fn check_report(report: &Report) -> Vec<Finding> {
    Checker::default().check(report)
}

/// Checks a report again and again as it is edited, re-checking only the fields whose text
/// changed since the last call (typing changes one field at a time).
#[derive(Default)]
pub struct Checker {
    cache: std::collections::HashMap<Place, (String, Vec<Finding>)>,
}

impl Checker {
    pub fn check(&mut self, report: &Report) -> Vec<Finding> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (place, text) in fields(report) {
            let kind = match place {
                Place::Title => rules::FieldKind::Title,
                Place::SectionTitle { .. } | Place::ItemHeading { .. } => rules::FieldKind::Heading,
                Place::SignatureUnit => rules::FieldKind::Signature,
                Place::SignatureDate => rules::FieldKind::Date,
                _ => rules::FieldKind::Paragraphs,
            };
            match self.cache.get(&place) {
                Some((cached, findings)) if cached == text => out.extend(findings.iter().cloned()),
                _ => {
                    let mut findings = Vec::new();
                    rules::check_field(text, kind, &place, &mut findings);
                    out.extend(findings.iter().cloned());
                    self.cache
                        .insert(place.clone(), (text.to_owned(), findings));
                }
            }
            seen.insert(place);
        }
        // Fields that no longer exist (deleted items) leave the cache.
        self.cache.retain(|place, _| seen.contains(place));
        for (s, section) in report.sections.iter().enumerate() {
            rules::check_structure(section, s, &mut out);
        }
        out
    }
}

/// Check raw text (a .txt file as it is), line by line; numbering is checked across lines.
pub fn check_text(text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut first = true;
    for (n, line) in text.lines().enumerate() {
        let place = Place::Line { line: n + 1 };
        let kind = if first && !line.trim().is_empty() {
            first = false;
            rules::FieldKind::Title
        } else {
            rules::FieldKind::Paragraphs
        };
        rules::check_field(line, kind, &place, &mut out);
    }
    rules::check_text_numbering(text, &mut out);
    out
}

/// Every text field of a report with its place, in reading order.
pub fn fields(report: &Report) -> Vec<(Place, &str)> {
    fn items<'a>(
        list: &'a [Item],
        section: usize,
        path: &mut Vec<usize>,
        out: &mut Vec<(Place, &'a str)>,
    ) {
        for (i, item) in list.iter().enumerate() {
            path.push(i);
            let item_path = path.clone();
            out.push((
                Place::ItemHeading {
                    section,
                    item: item_path.clone(),
                },
                &item.heading,
            ));
            out.push((
                Place::ItemBody {
                    section,
                    item: item_path,
                },
                &item.body,
            ));
            items(&item.children, section, path, out);
            path.pop();
        }
    }
    let mut out = vec![
        (Place::Title, report.title.as_str()),
        (Place::Intro, &report.intro),
    ];
    for (s, section) in report.sections.iter().enumerate() {
        out.push((Place::SectionTitle { section: s }, &section.title));
        out.push((Place::SectionLead { section: s }, &section.lead));
        items(&section.items, s, &mut Vec::new(), &mut out);
    }
    out.push((Place::Closing, &report.closing));
    out.push((Place::SignatureUnit, &report.signature.unit));
    out.push((Place::SignatureDate, &report.signature.date));
    out
}

/// Where `query` occurs in the report: (place, character range), in reading order.
pub fn find(report: &Report, query: &str) -> Vec<(Place, Range<usize>)> {
    if query.is_empty() {
        return Vec::new();
    }
    let len = query.chars().count();
    let mut out = Vec::new();
    for (place, text) in fields(report) {
        for (byte, _) in text.match_indices(query) {
            let start = text[..byte].chars().count();
            out.push((place.clone(), start..start + len));
        }
    }
    out
}

/// Replace the characters `range` of a field; false if the field or range is gone.
pub fn replace_range(report: &mut Report, place: &Place, range: Range<usize>, with: &str) -> bool {
    let Some(text) = place.text_mut(report) else {
        return false;
    };
    let mut chars: Vec<char> = text.chars().collect();
    if range.end > chars.len() || range.start > range.end {
        return false;
    }
    chars.splice(range, with.chars());
    *text = chars.into_iter().collect();
    true
}

/// Replace every occurrence in every field; returns how many.
pub fn replace_all(report: &mut Report, query: &str, with: &str) -> usize {
    if query.is_empty() {
        return 0;
    }
    let places: Vec<Place> = fields(report).into_iter().map(|(p, _)| p).collect();
    let mut n = 0;
    for place in places {
        if let Some(text) = place.text_mut(report) {
            let found = text.matches(query).count();
            if found > 0 {
                *text = text.replace(query, with);
                n += found;
            }
        }
    }
    n
}

/// Findings of a report grouped by rule, with counts, in rule order.
pub fn counts(findings: &[Finding]) -> Vec<(Rule, usize)> {
    let mut counts: Vec<(Rule, usize)> = Vec::new();
    for f in findings {
        match counts.iter_mut().find(|(r, _)| *r == f.rule) {
            Some((_, n)) => *n += 1,
            None => counts.push((f.rule, 1)),
        }
    }
    counts.sort();
    counts
}

/// Apply the fixes of `findings` (those with a fix) to the report. Overlapping fixes in one
/// field are applied once (the first wins). Returns how many were applied.
pub fn apply(report: &mut Report, findings: &[&Finding]) -> usize {
    let mut by_place: Vec<(&Place, Vec<&Finding>)> = Vec::new();
    for f in findings.iter().filter(|f| f.fix.is_some()) {
        match by_place.iter_mut().find(|(p, _)| *p == &f.place) {
            Some((_, list)) => list.push(f),
            None => by_place.push((&f.place, vec![f])),
        }
    }
    let mut applied = 0;
    for (place, mut list) in by_place {
        let Some(text) = place.text_mut(report) else {
            continue;
        };
        list.sort_by_key(|f| std::cmp::Reverse(f.range.start));
        let mut chars: Vec<char> = text.chars().collect();
        let mut limit = usize::MAX;
        for f in list {
            let Some(fix) = &f.fix else { continue };
            if f.range.end > limit || f.range.end > chars.len() {
                continue;
            }
            let found: String = chars[f.range.clone()].iter().collect();
            if found != f.found {
                continue;
            }
            chars.splice(f.range.clone(), fix.replacement.chars());
            limit = f.range.start;
            applied += 1;
        }
        *text = chars.into_iter().collect();
    }
    applied
}

/// Apply every safe fix; returns how many were applied. Fixes that overlap (、, is both a
/// half-width comma and a clash) are settled over a few rounds.
pub fn apply_safe(report: &mut Report) -> usize {
    let mut total = 0;
    for _ in 0..4 {
        let findings = check_report(report);
        let safe: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.fix.as_ref().is_some_and(|fix| fix.safe))
            .collect();
        let applied = apply(report, &safe);
        total += applied;
        if applied == 0 {
            break;
        }
    }
    total
}

/// Sections with no content; used by the structure rule.
pub(crate) fn section_is_empty(section: &Section) -> bool {
    section.lead.trim().is_empty() && section.items.is_empty()
}
