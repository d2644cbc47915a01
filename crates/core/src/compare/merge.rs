//! Merge department drafts (汇总): items gathered into one draft section by section, each tagged
//! with its source, items with the same heading put together, duplicates kept once. Nothing
//! is lost: the log says where every source item went.

use crate::i18n::{Lang, tr, trf};
use crate::model::{Item, Report, Section, SectionKind};
use serde::Serialize;

/// A draft to merge and the name its items are tagged with (a file stem or a unit).
pub struct MergeInput<'a> {
    pub name: String,
    pub report: &'a Report,
}

/// The merged draft and what happened to each source item.
pub struct Merged {
    pub report: Report,
    pub log: Vec<MergeEntry>,
}

/// One top-level item of one source draft (its children go with it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MergeEntry {
    pub source: String,
    pub kind: SectionKind,
    /// The section's title in the source.
    pub section_title: String,
    /// "3": its place in the source's section.
    pub from: String,
    /// Its heading, or the start of its body.
    pub text: String,
    pub outcome: Outcome,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Placed as item `at` of the merged section `section` (1-based), next to items with
    /// the same heading when `grouped`.
    Placed {
        section: usize,
        at: usize,
        grouped: bool,
    },
    /// The same text was already there: kept once, as item `at`.
    Duplicate { section: usize, at: usize },
    /// No text at all: left out.
    Empty,
}

/// An item in a merged section, with the log entries it stands for.
struct Slot {
    item: Item,
    entries: Vec<usize>,
}

struct MergedSection {
    section: Section,
    slots: Vec<Slot>,
}

/// Merge drafts, in the order given.
pub fn merge(inputs: &[MergeInput<'_>]) -> Merged {
    let mut sections: Vec<MergedSection> = Vec::new();
    let mut log = Vec::new();
    let mut report = Report {
        sections: Vec::new(),
        ..Report::default()
    };
    for input in inputs {
        merge_fields(&mut report, input.report);
        for section in &input.report.sections {
            let at = section_for(&mut sections, section);
            merge_section(&mut sections[at], section, &input.name, &mut log);
        }
    }
    // Now that every item is in place, say where.
    for (s, merged) in sections.iter().enumerate() {
        for (i, slot) in merged.slots.iter().enumerate() {
            for (n, &e) in slot.entries.iter().enumerate() {
                log[e].outcome = match log[e].outcome {
                    Outcome::Empty => Outcome::Empty,
                    Outcome::Placed { grouped, .. } if n == 0 => Outcome::Placed {
                        section: s + 1,
                        at: i + 1,
                        grouped,
                    },
                    _ => Outcome::Duplicate {
                        section: s + 1,
                        at: i + 1,
                    },
                };
            }
        }
    }
    report.sections = sections
        .into_iter()
        .map(|m| Section {
            items: m.slots.into_iter().map(|s| s.item).collect(),
            ..m.section
        })
        .collect();
    report.normalize();
    Merged { report, log }
}

/// Title, signature: the first draft's that has one. 导语 and closing: each different text
/// once, in order, as paragraphs.
fn merge_fields(report: &mut Report, from: &Report) {
    let first = |into: &mut String, text: &str| {
        if into.trim().is_empty() {
            *into = text.to_owned();
        }
    };
    first(&mut report.title, &from.title);
    first(&mut report.signature.unit, &from.signature.unit);
    first(&mut report.signature.date, &from.signature.date);
    append_distinct(&mut report.intro, &from.intro);
    append_distinct(&mut report.closing, &from.closing);
}

/// Add `text` as paragraphs after `into`, unless `into` holds it already.
fn append_distinct(into: &mut String, text: &str) {
    let text = text.trim();
    if text.is_empty() || into.contains(text) {
        return;
    }
    if !into.is_empty() {
        into.push('\n');
    }
    into.push_str(text);
}

/// The merged section a source section goes into: the one of its kind, or for an extra
/// section the one with its title; a new one otherwise.
fn section_for(sections: &mut Vec<MergedSection>, section: &Section) -> usize {
    let found = sections.iter().position(|m| {
        m.section.kind == section.kind
            && (section.kind != SectionKind::Other
                || m.section.title.trim() == section.title.trim())
    });
    if let Some(at) = found {
        let merged = &mut sections[at].section;
        if merged.title.trim().is_empty() {
            merged.title = section.title.clone();
        }
        append_distinct(&mut merged.lead, &section.lead);
        return at;
    }
    sections.push(MergedSection {
        section: Section {
            items: Vec::new(),
            ..section.clone()
        },
        slots: Vec::new(),
    });
    sections.len() - 1
}

fn merge_section(
    merged: &mut MergedSection,
    section: &Section,
    source: &str,
    log: &mut Vec<MergeEntry>,
) {
    for (i, item) in section.items.iter().enumerate() {
        let entry = log.len();
        log.push(MergeEntry {
            source: source.to_owned(),
            kind: section.kind,
            section_title: section.title.clone(),
            from: (i + 1).to_string(),
            text: super::key_text(item),
            outcome: Outcome::Empty,
        });
        if item.is_empty() {
            continue;
        }
        if let Some(slot) = merged.slots.iter_mut().find(|s| same_text(&s.item, item)) {
            log[entry].outcome = Outcome::Duplicate { section: 0, at: 0 };
            slot.entries.push(entry);
            continue;
        }
        let mut tagged = item.clone();
        if tagged.source.is_none() {
            tagged.source = Some(source.to_owned());
        }
        let heading = item.heading.trim();
        let group_end = if heading.is_empty() {
            None
        } else {
            merged
                .slots
                .iter()
                .rposition(|s| s.item.heading.trim() == heading)
        };
        log[entry].outcome = Outcome::Placed {
            section: 0,
            at: 0,
            grouped: group_end.is_some(),
        };
        let slot = Slot {
            item: tagged,
            entries: vec![entry],
        };
        match group_end {
            Some(at) => merged.slots.insert(at + 1, slot),
            None => merged.slots.push(slot),
        }
    }
}

/// Same heading, body and children, whatever their sources.
fn same_text(a: &Item, b: &Item) -> bool {
    a.heading.trim() == b.heading.trim()
        && a.body.trim() == b.body.trim()
        && a.children.len() == b.children.len()
        && a.children
            .iter()
            .zip(&b.children)
            .all(|(x, y)| same_text(x, y))
}

/// The merge report: one line per source item, saying where it went.
pub fn log_text(log: &[MergeEntry], lang: Lang) -> String {
    let mut out = String::new();
    for e in log {
        let kind = super::kind_name(e.kind, lang);
        let what = match &e.outcome {
            Outcome::Placed {
                section,
                at,
                grouped: false,
            } => trf(lang, "→ 第{}部分第{}条", &[section, at]),
            Outcome::Placed {
                section,
                at,
                grouped: true,
            } => trf(
                lang,
                "→ 第{}部分第{}条（与同标题条目放在一起）",
                &[section, at],
            ),
            Outcome::Duplicate { section, at } => {
                trf(lang, "→ 与第{}部分第{}条相同，只保留一次", &[section, at])
            }
            Outcome::Empty => tr(lang, "→ 空条目，未合并").to_owned(),
        };
        out.push_str(&trf(
            lang,
            "{}：{}第{}条“{}”{}",
            &[&e.source, &kind, &e.from, &e.text, &what],
        ));
        out.push('\n');
    }
    let placed = log
        .iter()
        .filter(|e| matches!(e.outcome, Outcome::Placed { .. }))
        .count();
    let dup = log
        .iter()
        .filter(|e| matches!(e.outcome, Outcome::Duplicate { .. }))
        .count();
    out.push_str(&trf(
        lang,
        "共 {} 条：合并 {} 条，重复 {} 条，空条目 {} 条。",
        &[&log.len(), &placed, &dup, &(log.len() - placed - dup)],
    ));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(unit: &str, items: &[(&str, &str)]) -> Report {
        let mut r = Report::default();
        r.signature.unit = unit.into();
        r.sections[0].items = items.iter().map(|(h, b)| Item::new(*h, *b)).collect();
        r
    }

    #[test]
    fn same_headings_go_together_duplicates_once_sources_tagged() {
        let a = draft(
            "甲科",
            &[("抓好安全生产", "甲的内容"), ("强化学习", "共同内容")],
        );
        let b = draft(
            "乙科",
            &[
                ("优化营商环境", "乙的内容"),
                ("抓好安全生产", "乙的安全"),
                ("强化学习", "共同内容"),
                ("", ""),
            ],
        );
        let m = merge(&[
            MergeInput {
                name: "甲科".into(),
                report: &a,
            },
            MergeInput {
                name: "乙科".into(),
                report: &b,
            },
        ]);
        let items = &m.report.sections[0].items;
        let view: Vec<_> = items
            .iter()
            .map(|i| (i.heading.as_str(), i.source.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            view,
            [
                ("抓好安全生产", "甲科"),
                ("抓好安全生产", "乙科"),
                ("强化学习", "甲科"),
                ("优化营商环境", "乙科"),
            ]
        );
        let outcomes: Vec<_> = m.log.iter().map(|e| e.outcome.clone()).collect();
        assert_eq!(
            outcomes,
            [
                Outcome::Placed {
                    section: 1,
                    at: 1,
                    grouped: false
                },
                Outcome::Placed {
                    section: 1,
                    at: 3,
                    grouped: false
                },
                Outcome::Placed {
                    section: 1,
                    at: 4,
                    grouped: false
                },
                Outcome::Placed {
                    section: 1,
                    at: 2,
                    grouped: true
                },
                Outcome::Duplicate { section: 1, at: 3 },
                Outcome::Empty,
            ]
        );
        let text = log_text(&m.log, Lang::Zh);
        assert!(
            text.contains(
                "乙科：工作成效第2条“抓好安全生产”→ 第1部分第2条（与同标题条目放在一起）"
            ),
            "{text}"
        );
        assert!(
            text.contains("共 6 条：合并 4 条，重复 1 条，空条目 1 条。"),
            "{text}"
        );
        assert_eq!(m.report.signature.unit, "甲科");
    }
}
