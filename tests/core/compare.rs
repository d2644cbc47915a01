//! Diff and merge: examples and properties.

use proptest::prelude::*;
use work_summary::compare::diff::{Change, diff};
use work_summary::compare::merge::{MergeInput, Outcome, merge};
use work_summary::compare::{items_where, render};
use work_summary::i18n::Lang;
use work_summary::model::{Item, Report, Section, SectionKind};

fn report(achievements: &[(&str, &str)]) -> Report {
    let mut r = Report::default();
    r.sections[0].items = achievements
        .iter()
        .map(|(h, b)| Item::new(*h, *b))
        .collect();
    r
}

#[test]
fn items_are_matched_by_heading_and_content_not_position() {
    let old = report(&[
        ("甲", "一二三"),
        ("乙", "四五六"),
        ("丙", "七八九十"),
        ("丁", "删掉的"),
    ]);
    let mut new = report(&[
        ("乙", "四五六"),
        ("甲", "一二三四"),
        ("新丙", "七八九十"),
        ("戊", "新的"),
    ]);
    new.title = "新标题".into();
    let d = diff(&old, &new);
    let items = &d.sections[0].items;
    let view: Vec<_> = items
        .iter()
        .map(|i| (i.change, i.old_name.as_deref(), i.new_name.as_deref()))
        .collect();
    assert_eq!(
        view,
        [
            (Change::Kept, Some("2"), Some("1")),
            (Change::Changed, Some("1"), Some("2")),
            (Change::Changed, Some("3"), Some("3")),
            (Change::Removed, Some("4"), None),
            (Change::Added, None, Some("4")),
        ]
    );
    assert_eq!(render::marked(&items[1].body_spans), "一二三{+四+}");
    assert_eq!(render::marked(&items[2].heading_spans), "{+新+}丙");
    assert_eq!(d.fields.len(), 1);
    let text = render::text(&d, "a.ron", "b.ron", Lang::En);
    assert!(text.contains("Title: {+新标题+}"), "{text}");
}

#[test]
fn changed_figures_are_listed_apart() {
    let old = report(&[("文化惠民", "全年接待游客3260人次，收入1.2亿元，增长5%。")]);
    let new = report(&[("文化惠民", "全年接待游客3620人次，收入1.2亿元，增长6.5%。")]);
    let d = diff(&old, &new);
    let lines: Vec<_> = d
        .figures
        .iter()
        .map(|f| render::figure_line(f, Lang::Zh))
        .collect();
    assert_eq!(
        lines,
        [
            "接待游客 3260 → 3620 人次（工作成效 1）",
            "增长 5 → 6.5 %（工作成效 1）"
        ]
    );
}

#[test]
fn a_removed_section_lists_its_items_as_removed() {
    let mut old = report(&[("甲", "正文")]);
    old.sections.push(Section {
        title: "其他事项".into(),
        items: vec![Item::new("附", "附带")],
        ..Section::new(SectionKind::Other)
    });
    let new = report(&[("甲", "正文")]);
    let d = diff(&old, &new);
    let last = d.sections.last().expect("section");
    assert_eq!(last.title, "其他事项");
    assert_eq!(last.items[0].change, Change::Removed);
    assert!(render::html(&d, "<a>", "b", Lang::Zh).contains("&lt;a&gt;"));
}

const WORDS: &[&str] = &[
    "学习",
    "安全生产",
    "文物保护",
    "营商环境",
    "民生",
    "项目",
    "3260人次",
    "，",
    "。",
    "乡村振兴",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..5).prop_map(|w| w.concat())
}

fn item() -> impl Strategy<Value = Item> {
    let leaf = (text(), text()).prop_map(|(h, b)| Item::new(h, b));
    leaf.prop_recursive(2, 12, 3, |inner| {
        (text(), text(), prop::collection::vec(inner, 0..3)).prop_map(|(h, b, children)| Item {
            children,
            ..Item::new(h, b)
        })
    })
}

fn any_report() -> impl Strategy<Value = Report> {
    (
        text(),
        prop::collection::vec(item(), 0..6),
        prop::collection::vec(item(), 0..3),
        prop::collection::vec(item(), 0..4),
    )
        .prop_map(|(title, a, p, n)| {
            let mut r = Report {
                title,
                ..Report::default()
            };
            r.sections[0].items = a;
            r.sections[1].items = p;
            r.sections[2].items = n;
            r
        })
}

fn same_text(a: &Item, b: &Item) -> bool {
    a.heading.trim() == b.heading.trim()
        && a.body.trim() == b.body.trim()
        && a.children.len() == b.children.len()
        && a.children
            .iter()
            .zip(&b.children)
            .all(|(x, y)| same_text(x, y))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn diff_of_a_draft_with_itself_is_empty(r in any_report()) {
        let d = diff(&r, &r);
        prop_assert!(d.is_empty());
        prop_assert!(d.figures.is_empty());
        prop_assert_eq!(d.counts().kept, items_where(&r, |_| true).len());
    }

    #[test]
    fn diff_after_a_random_edit_reports_that_edit(r in any_report(), pick in any::<prop::sample::Index>(), kind in 0..3u8) {
        let items = items_where(&r, |_| true);
        prop_assume!(!items.is_empty());
        let target = &items[pick.index(items.len())];
        let path = target.path();
        let name = target.name();
        let mut edited = r.clone();
        match kind {
            // Change the body.
            0 => {
                let item = edited.item_mut(&path).expect("item");
                item.heading = format!("{}标题", item.heading);
                item.body.push_str("改动后的内容独一无二");
                let d = diff(&r, &edited);
                let changes: Vec<_> = d.sections.iter().flat_map(|s| &s.items).filter(|i| i.change != Change::Kept).collect();
                prop_assert!(!changes.is_empty());
                let reported = changes.iter().any(|c| c.new_name.as_deref() == Some(name.as_str())
                    && (c.change == Change::Changed || c.change == Change::Added)
                    && c.new_body.ends_with("改动后的内容独一无二"));
                prop_assert!(reported, "{:?}", changes);
                prop_assert!(changes.len() <= 2);
            }
            // Add an item after it.
            1 => {
                let mut at = path.clone();
                if let Some(last) = at.indices.last_mut() { *last += 1; }
                let (i, parents) = at.indices.split_last().expect("indices");
                let mut list = &mut edited.sections[at.section].items;
                for &p in parents { list = &mut list[p].children; }
                list.insert(*i, Item::new("新增条目", "新增的正文独一无二"));
                let d = diff(&r, &edited);
                let changes: Vec<_> = d.sections.iter().flat_map(|s| &s.items).filter(|i| i.change != Change::Kept).collect();
                prop_assert_eq!(changes.len(), 1, "{:?}", changes);
                prop_assert_eq!(changes[0].change, Change::Added);
                prop_assert_eq!(&changes[0].new_heading, "新增条目");
            }
            // Remove it (and its children).
            _ => {
                let (i, parents) = path.indices.split_last().expect("indices");
                let mut list = &mut edited.sections[path.section].items;
                for &p in parents { list = &mut list[p].children; }
                let removed = list.remove(*i);
                let gone = 1 + count(&removed.children);
                let d = diff(&r, &edited);
                let c = d.counts();
                // Items whose siblings shifted may pair differently, but nothing else changes
                // in substance: as many items fewer, and the removed text is reported.
                prop_assert_eq!(c.kept + c.changed + c.removed, items.len());
                prop_assert_eq!(c.removed - c.added, gone);
            }
        }
    }

    #[test]
    fn merge_keeps_every_non_empty_item(drafts in prop::collection::vec(any_report(), 1..5)) {
        let inputs: Vec<_> = drafts.iter().enumerate().map(|(i, r)| MergeInput { name: format!("科室{i}"), report: r }).collect();
        let merged = merge(&inputs);
        let total: usize = drafts.iter().map(|d| d.sections.iter().map(|s| s.items.len()).sum::<usize>()).sum();
        prop_assert_eq!(merged.log.len(), total);
        for d in &drafts {
            for s in &d.sections {
                for item in s.items.iter().filter(|i| !i.is_empty()) {
                    let there = merged.report.sections.iter().filter(|m| m.kind == s.kind).flat_map(|m| &m.items).any(|m| same_text(m, item));
                    prop_assert!(there, "lost {:?}", item);
                }
            }
        }
        let placed_right = merged.log.iter().all(|e| match e.outcome {
            Outcome::Empty => true,
            Outcome::Placed { section, at, .. } | Outcome::Duplicate { section, at } => merged
                .report
                .sections
                .get(section - 1)
                .is_some_and(|s| at >= 1 && at <= s.items.len()),
        });
        prop_assert!(placed_right);
    }
}

fn count(items: &[Item]) -> usize {
    items.iter().map(|i| 1 + count(&i.children)).sum()
}
