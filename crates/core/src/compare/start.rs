//! Start this period from the last one (以上期为基础新建): a new draft whose 工作成效 items are
//! prompted by last period's plans — as hints, not text — and whose reference is the old
//! draft, ready for the follow-through.

use super::key_text;
use crate::model::{Item, Reference, Report, Section, SectionKind};

/// A new draft started from `last`, the draft at `reference_path` (as stored in the new
/// draft: see `follow::reference_path_for`). The sections keep last period's layout (item
/// style) with their usual titles; the unit is kept; every top-level plan becomes an empty
/// 工作成效 item whose hint is the plan's heading.
pub fn start_from_last(last: &Report, reference_path: &str) -> Report {
    let mut report = Report {
        sections: Vec::new(),
        ..Report::default()
    };
    report.signature.unit = last.signature.unit.clone();
    report.hints = last.hints.clone();
    if report.hints.title.is_empty() {
        report.hints.title = last.title.clone();
    }
    for kind in SectionKind::STANDARD {
        let mut section = Section::new(kind);
        if let Some(old) = last.section(kind) {
            section.style = old.style;
        }
        report.sections.push(section);
    }
    let plans: Vec<Item> = last
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Plans)
        .flat_map(|s| &s.items)
        .filter(|i| !i.is_empty())
        .map(|plan| Item {
            hint: key_text(plan),
            ..Item::default()
        })
        .collect();
    if let Some(achievements) = report.section_mut(SectionKind::Achievements) {
        achievements.items = plans;
    }
    report.reference = Some(Reference {
        path: reference_path.to_owned(),
        links: Vec::new(),
    });
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_become_hints_of_empty_achievements() {
        let mut last = Report {
            title: "某镇2024年上半年工作总结".into(),
            ..Report::default()
        };
        last.signature.unit = "某镇人民政府".into();
        last.sections[2].items = vec![
            Item::new("抓好秋粮生产", "确保颗粒归仓。"),
            Item::new("", "推进人居环境整治，完成改厕200户。"),
            Item::default(),
        ];
        let new = start_from_last(&last, "上半年.ron");
        let items = &new.sections[0].items;
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].hint, "抓好秋粮生产");
        assert!(items[0].heading.is_empty() && items[0].body.is_empty());
        assert!(items[1].hint.starts_with("推进人居环境整治"));
        assert_eq!(new.signature.unit, "某镇人民政府");
        assert_eq!(new.hints.title, "某镇2024年上半年工作总结");
        assert_eq!(
            new.reference.as_ref().map(|r| r.path.as_str()),
            Some("上半年.ron")
        );
        assert!(new.title.is_empty() && new.sections[2].items.is_empty());
    }
}
