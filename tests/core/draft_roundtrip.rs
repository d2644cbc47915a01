//! Property: any report survives save → load unchanged, through text and through a file.

use proptest::prelude::*;
use std::path::Path;
use work_summary::storage::draft;
use work_summary::{Item, ItemStyle, Report, Section, SectionKind, Signature};

/// Any text, weighted towards what drafts hold: Chinese, punctuation, quotes, newlines.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[一二三是的，。；：“”（）\"'\\\\\n\r\t a-z0-9　]{0,40}",
    ]
}

fn item() -> impl Strategy<Value = Item> {
    let leaf = (text(), text()).prop_map(|(h, b)| Item::new(h, b));
    leaf.prop_recursive(3, 24, 4, |inner| {
        (text(), text(), prop::collection::vec(inner, 0..4)).prop_map(|(h, b, children)| Item {
            heading: h,
            body: b,
            children,
            ..Item::default()
        })
    })
}

fn section(kind: SectionKind) -> impl Strategy<Value = Section> {
    (
        text(),
        text(),
        prop::collection::vec(item(), 0..4),
        prop_oneof![Just(ItemStyle::Headed), Just(ItemStyle::Inline)],
    )
        .prop_map(move |(title, lead, items, style)| Section {
            kind,
            title,
            lead,
            items,
            style,
        })
}

fn report() -> impl Strategy<Value = Report> {
    (
        (text(), text(), text(), text(), text()),
        section(SectionKind::Achievements),
        section(SectionKind::Problems),
        section(SectionKind::Plans),
        prop::collection::vec(section(SectionKind::Other), 0..2),
    )
        .prop_map(|((title, intro, closing, unit, date), a, p, n, extra)| {
            let mut sections = vec![a, p, n];
            sections.extend(extra);
            Report {
                title,
                intro,
                sections,
                closing,
                signature: Signature { unit, date },
                ..Report::default()
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_report_survives_text_round_trip(r in report()) {
        let text = draft::to_string(&r);
        let back = draft::from_str(&text, Path::new("p.ron")).expect("loads");
        prop_assert_eq!(back, r);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn any_report_survives_file_round_trip(r in report()) {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("草稿.ron");
        draft::save_atomic(&r, &path).expect("saved");
        prop_assert_eq!(draft::load(&path).expect("loaded"), r);
    }
}
