//! From one period to the next (issue 13): how this draft answers last period's plans
//! (`follow`), what changed between two drafts (`diff`, `figures`, `render`), department
//! drafts gathered into one (`merge`), and a new draft started from the last one (`start`).
//!
//! All of it is plain data in, plain data out: the UI calls it, it never calls back.

pub mod diff;
pub mod figures;
pub mod follow;
pub mod follow_render;
pub mod merge;
pub mod render;
pub mod start;
pub mod terms;

use crate::model::{Item, ItemKey, Report, SectionKind};

/// One item of a report with where it is: its section's index and kind, and its indices.
#[derive(Clone, Debug)]
pub struct Located<'a> {
    pub section: usize,
    pub kind: SectionKind,
    pub indices: Vec<usize>,
    pub item: &'a Item,
}

impl Located<'_> {
    /// "1.2": how the item is named to people.
    pub fn name(&self) -> String {
        crate::model::item_name(&self.indices)
    }

    pub fn path(&self) -> crate::model::ItemPath {
        crate::model::ItemPath::new(self.section, self.indices.clone())
    }
}

/// Every item of the sections `keep` accepts, at every level, in reading order.
pub fn items_where(report: &Report, keep: impl Fn(SectionKind) -> bool) -> Vec<Located<'_>> {
    fn walk<'a>(
        list: &'a [Item],
        section: usize,
        kind: SectionKind,
        path: &mut Vec<usize>,
        out: &mut Vec<Located<'a>>,
    ) {
        for (i, item) in list.iter().enumerate() {
            path.push(i);
            out.push(Located {
                section,
                kind,
                indices: path.clone(),
                item,
            });
            walk(&item.children, section, kind, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    for (s, section) in report.sections.iter().enumerate() {
        if keep(section.kind) {
            walk(&section.items, s, section.kind, &mut Vec::new(), &mut out);
        }
    }
    out
}

/// The text an item is known by: its heading, or the start of its body when it has none.
pub fn key_text(item: &Item) -> String {
    let heading = item.heading.trim();
    if !heading.is_empty() {
        return heading.to_owned();
    }
    item.body.trim().chars().take(20).collect()
}

/// Keys for a list of items, numbering repeats of the same kind and text (`nth`).
pub fn keys_for(items: &[Located<'_>]) -> Vec<ItemKey> {
    let mut seen: std::collections::HashMap<(SectionKind, String), u32> =
        std::collections::HashMap::new();
    items
        .iter()
        .map(|l| {
            let text = key_text(l.item);
            let n = seen.entry((l.kind, text.clone())).or_insert(0);
            let key = ItemKey {
                kind: l.kind,
                text,
                nth: *n,
            };
            *n += 1;
            key
        })
        .collect()
}

/// Similarity of two texts by their character bigrams (Dice coefficient, 0 to 1).
pub fn similarity(a: &str, b: &str) -> f32 {
    let (x, y) = (bigrams(a), bigrams(b));
    dice(&x, &y)
}

/// The sorted character bigrams of a text, hashed (a single character counts as one).
pub fn bigrams(text: &str) -> Vec<u64> {
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out: Vec<u64> = if chars.len() == 1 {
        vec![chars[0] as u64]
    } else {
        chars
            .windows(2)
            .map(|w| ((w[0] as u64) << 32) | w[1] as u64)
            .collect()
    };
    out.sort_unstable();
    out
}

/// Dice coefficient of two sorted multisets.
pub fn dice(x: &[u64], y: &[u64]) -> f32 {
    if x.is_empty() && y.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (2 * shared) as f32 / (x.len() + y.len()) as f32
}

/// The style both comparison pages (版本对比, 计划落实对照) start from.
const PAGE_STYLE: &str = "body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.7;color:#222}\
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em;border-bottom:1px solid #ccc}";

/// The start of a comparison page, one self-contained HTML file: its head with the shared
/// style and the page's own `style`, then the title as its heading.
pub(crate) fn html_page_start(title: &str, style: &str, lang: crate::i18n::Lang) -> String {
    let title = crate::export::html::escape(title);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{title}</title><style>{PAGE_STYLE}{style}</style></head><body>\n<h1>{title}</h1>\n",
        if lang == crate::i18n::Lang::En {
            "en"
        } else {
            "zh-CN"
        },
    )
}

/// The name of a section kind, for reports in either language.
pub fn kind_name(kind: SectionKind, lang: crate::i18n::Lang) -> &'static str {
    crate::i18n::tr(lang, kind.name())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_is_one_for_equal_and_low_for_unrelated() {
        assert_eq!(similarity("加强文物保护", "加强文物保护"), 1.0);
        assert!(similarity("加强文物保护", "优化营商环境") < 0.1);
        assert!(similarity("加强文物保护利用", "加强文物保护") > 0.7);
        assert_eq!(similarity("", ""), 1.0);
    }

    #[test]
    fn keys_number_repeated_headings() {
        let mut r = Report::default();
        r.sections[0].items = vec![
            Item::new("甲", ""),
            Item::new("乙", "x"),
            Item::new("甲", "y"),
        ];
        r.sections[0].items[1]
            .children
            .push(Item::new("", "正文开头"));
        let items = items_where(&r, |k| k == SectionKind::Achievements);
        let keys = keys_for(&items);
        let view: Vec<_> = keys.iter().map(|k| (k.text.as_str(), k.nth)).collect();
        assert_eq!(view, [("甲", 0), ("乙", 0), ("正文开头", 0), ("甲", 1)]);
        assert_eq!(items[2].name(), "2.1");
    }
}
