//! Compare two drafts (版本对比): per section, the items kept, changed, added and removed —
//! matched by heading and content, not by position — with a character-level diff inside
//! changed text and the figures whose value changed listed apart.

use super::figures::{self, FigureChange};
use super::{Located, bigrams, dice, items_where};
use crate::model::{Report, Section, SectionKind};
use serde::Serialize;
use similar::{ChangeTag, TextDiff};
use std::collections::HashMap;
use std::time::Duration;

/// Items this alike (0 to 1, by character bigrams) are one item changed, not one removed and
/// one added.
const SAME_ITEM: f32 = 0.5;
/// Above this many pairs of unmatched items the search for changed items by content stops
/// (two unrelated drafts of 100 000 characters: their items are added and removed).
const MAX_FUZZY_PAIRS: usize = 60_000;

/// Everything that differs between two drafts.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Diff {
    /// Title, 导语, section titles and lead-ins, closing, signature: those that changed.
    pub fields: Vec<FieldChange>,
    pub sections: Vec<SectionDiff>,
    /// Every figure whose value changed, in reading order.
    pub figures: Vec<PlacedFigure>,
}

impl Diff {
    /// True when the drafts say the same thing.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
            && self
                .sections
                .iter()
                .all(|s| s.items.iter().all(|i| i.change == Change::Kept))
    }

    /// How many items were kept, changed, added and removed.
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for s in &self.sections {
            c.add(&s.counts());
        }
        c
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub kept: usize,
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.kept += other.kept;
        self.changed += other.changed;
        self.added += other.added;
        self.removed += other.removed;
    }
}

/// A text field outside the items.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldChange {
    /// Which field, in Chinese (标题, 导语, 第二部分标题…); `render` translates it.
    pub field: Field,
    pub old: String,
    pub new: String,
    pub spans: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Intro,
    SectionTitle,
    SectionLead,
    Closing,
    SignatureUnit,
    SignatureDate,
}

/// One section of the drafts (matched by kind; extra sections by title).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SectionDiff {
    pub kind: SectionKind,
    /// The new title (the old one when the section was removed).
    pub title: String,
    /// In the new draft's order; removed items after the item that preceded them.
    pub items: Vec<ItemDiff>,
}

impl SectionDiff {
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for i in &self.items {
            match i.change {
                Change::Kept => c.kept += 1,
                Change::Changed => c.changed += 1,
                Change::Added => c.added += 1,
                Change::Removed => c.removed += 1,
            }
        }
        c
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Kept,
    Changed,
    Added,
    Removed,
}

/// One item (at any level; its children are items of their own).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemDiff {
    pub change: Change,
    /// "1.2" in the old draft, when it was there.
    pub old_name: Option<String>,
    /// "1.2" in the new draft, when it is there.
    pub new_name: Option<String>,
    /// Indices in the new draft (for jumping to it), or in the old one when removed.
    #[serde(skip)]
    pub indices: Vec<usize>,
    pub old_heading: String,
    pub new_heading: String,
    pub old_body: String,
    pub new_body: String,
    /// Character-level diff of the heading and of the body (changed items only).
    pub heading_spans: Vec<Span>,
    pub body_spans: Vec<Span>,
}

/// A run of text that is the same, inserted or deleted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    pub op: Op,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    Equal,
    Insert,
    Delete,
}

/// A changed figure and where it is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlacedFigure {
    /// The section kind, or `None` for a field outside the sections.
    pub section: Option<SectionKind>,
    /// The item's name in the new draft ("1.2"), or the field.
    pub item: Option<String>,
    pub field: Option<Field>,
    #[serde(flatten)]
    pub figure: FigureChange,
}

/// The character-level diff of two texts (given up on after a few milliseconds for huge
/// texts, when the diff is coarser but still right).
pub fn spans(old: &str, new: &str) -> Vec<Span> {
    let diff = TextDiff::configure()
        .timeout(Duration::from_millis(50))
        .diff_chars(old, new);
    let mut out: Vec<Span> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => Op::Equal,
            ChangeTag::Insert => Op::Insert,
            ChangeTag::Delete => Op::Delete,
        };
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => out.push(Span {
                op,
                text: change.value().to_owned(),
            }),
        }
    }
    out
}

/// Compare two drafts.
pub fn diff(old: &Report, new: &Report) -> Diff {
    let mut out = Diff::default();
    fields(old, new, &mut out);
    for (o, n) in pair_sections(&old.sections, &new.sections) {
        let section = section_diff(old, new, o, n, &mut out.figures);
        out.sections.push(section);
    }
    out
}

fn push_field(out: &mut Diff, field: Field, old: &str, new: &str) {
    if old == new {
        return;
    }
    for figure in figures::changed(old, new) {
        out.figures.push(PlacedFigure {
            section: None,
            item: None,
            field: Some(field),
            figure,
        });
    }
    out.fields.push(FieldChange {
        field,
        old: old.to_owned(),
        new: new.to_owned(),
        spans: spans(old, new),
    });
}

fn fields(old: &Report, new: &Report, out: &mut Diff) {
    push_field(out, Field::Title, &old.title, &new.title);
    push_field(out, Field::Intro, &old.intro, &new.intro);
    for (o, n) in pair_sections(&old.sections, &new.sections) {
        let (Some(o), Some(n)) = (o, n) else { continue };
        let (o, n) = (&old.sections[o], &new.sections[n]);
        push_field(out, Field::SectionTitle, &o.title, &n.title);
        push_field(out, Field::SectionLead, &o.lead, &n.lead);
    }
    push_field(out, Field::Closing, &old.closing, &new.closing);
    push_field(
        out,
        Field::SignatureUnit,
        &old.signature.unit,
        &new.signature.unit,
    );
    push_field(
        out,
        Field::SignatureDate,
        &old.signature.date,
        &new.signature.date,
    );
}

/// Sections paired: the standard kinds in order of appearance, extra sections by title, then
/// in order. Unpaired sections pair with `None`.
fn pair_sections(old: &[Section], new: &[Section]) -> Vec<(Option<usize>, Option<usize>)> {
    let mut used = vec![false; old.len()];
    let mut pairs = Vec::new();
    for (n, section) in new.iter().enumerate() {
        let same_title = |o: usize| old[o].kind == section.kind && old[o].title == section.title;
        let same_kind = |o: usize| old[o].kind == section.kind;
        let found = (0..old.len())
            .find(|&o| !used[o] && same_title(o))
            .or_else(|| (0..old.len()).find(|&o| !used[o] && same_kind(o)));
        if let Some(o) = found {
            used[o] = true;
        }
        pairs.push((found, Some(n)));
    }
    for (o, used) in used.iter().enumerate() {
        if !used {
            pairs.push((Some(o), None));
        }
    }
    pairs
}

fn section_items(report: &Report, index: Option<usize>) -> Vec<Located<'_>> {
    match index {
        Some(i) => items_where(report, |_| true)
            .into_iter()
            .filter(|l| l.section == i)
            .collect(),
        None => Vec::new(),
    }
}

fn section_diff(
    old: &Report,
    new: &Report,
    o: Option<usize>,
    n: Option<usize>,
    figures_out: &mut Vec<PlacedFigure>,
) -> SectionDiff {
    let olds = section_items(old, o);
    let news = section_items(new, n);
    let pairs = match_items(&olds, &news);
    let (kind, title) = match (n, o) {
        (Some(n), _) => (new.sections[n].kind, new.sections[n].title.clone()),
        (None, Some(o)) => (old.sections[o].kind, old.sections[o].title.clone()),
        (None, None) => (SectionKind::Other, String::new()),
    };
    let mut items = Vec::new();
    for (oi, ni) in order(&pairs, olds.len(), news.len()) {
        let item = item_diff(oi.map(|i| &olds[i]), ni.map(|i| &news[i]));
        if item.change == Change::Changed {
            let (Some(a), Some(b)) = (oi.map(|i| olds[i].item), ni.map(|i| news[i].item)) else {
                continue;
            };
            let text_a = format!("{}\n{}", a.heading, a.body);
            let text_b = format!("{}\n{}", b.heading, b.body);
            for figure in figures::changed(&text_a, &text_b) {
                figures_out.push(PlacedFigure {
                    section: Some(kind),
                    item: item.new_name.clone(),
                    field: None,
                    figure,
                });
            }
        }
        items.push(item);
    }
    SectionDiff { kind, title, items }
}

fn item_diff(old: Option<&Located<'_>>, new: Option<&Located<'_>>) -> ItemDiff {
    let text = |l: Option<&Located<'_>>| {
        l.map_or((String::new(), String::new()), |l| {
            (l.item.heading.clone(), l.item.body.clone())
        })
    };
    let (old_heading, old_body) = text(old);
    let (new_heading, new_body) = text(new);
    let change = match (old, new) {
        (Some(_), None) => Change::Removed,
        (None, _) => Change::Added,
        (Some(_), Some(_)) if old_heading == new_heading && old_body == new_body => Change::Kept,
        _ => Change::Changed,
    };
    let (heading_spans, body_spans) = if change == Change::Changed {
        (
            spans(&old_heading, &new_heading),
            spans(&old_body, &new_body),
        )
    } else {
        (Vec::new(), Vec::new())
    };
    ItemDiff {
        change,
        old_name: old.map(Located::name),
        new_name: new.map(Located::name),
        indices: new.or(old).map(|l| l.indices.clone()).unwrap_or_default(),
        old_heading,
        new_heading,
        old_body,
        new_body,
        heading_spans,
        body_spans,
    }
}

/// Pairs of (old index, new index): same text first, then same heading, then alike content.
fn match_items(olds: &[Located<'_>], news: &[Located<'_>]) -> Vec<Option<usize>> {
    let mut pair_of_new: Vec<Option<usize>> = vec![None; news.len()];
    let mut old_used = vec![false; olds.len()];
    let text = |l: &Located<'_>| (l.item.heading.clone(), l.item.body.clone());
    // Same heading and body.
    let mut by_text: HashMap<(String, String), Vec<usize>> = HashMap::new();
    for (i, l) in olds.iter().enumerate().rev() {
        by_text.entry(text(l)).or_default().push(i);
    }
    for (n, l) in news.iter().enumerate() {
        if let Some(o) = by_text.get_mut(&text(l)).and_then(Vec::pop) {
            pair_of_new[n] = Some(o);
            old_used[o] = true;
        }
    }
    // Same (non-empty) heading, in order.
    let mut by_heading: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, l) in olds.iter().enumerate().rev() {
        let h = l.item.heading.trim();
        if !old_used[i] && !h.is_empty() {
            by_heading.entry(h).or_default().push(i);
        }
    }
    for (n, l) in news.iter().enumerate() {
        if pair_of_new[n].is_none()
            && let Some(o) = by_heading.get_mut(l.item.heading.trim()).and_then(Vec::pop)
        {
            pair_of_new[n] = Some(o);
            old_used[o] = true;
        }
    }
    fuzzy(olds, news, &mut pair_of_new, &mut old_used);
    pair_of_new
}

/// Pair the rest by content, most alike first.
fn fuzzy(
    olds: &[Located<'_>],
    news: &[Located<'_>],
    pair_of_new: &mut [Option<usize>],
    old_used: &mut [bool],
) {
    let free_old: Vec<usize> = (0..olds.len()).filter(|&o| !old_used[o]).collect();
    let free_new: Vec<usize> = (0..news.len())
        .filter(|&n| pair_of_new[n].is_none())
        .collect();
    if free_old.is_empty()
        || free_new.is_empty()
        || free_old.len() * free_new.len() > MAX_FUZZY_PAIRS
    {
        return;
    }
    let grams = |l: &Located<'_>| bigrams(&format!("{}{}", l.item.heading, l.item.body));
    let old_grams: Vec<Vec<u64>> = free_old.iter().map(|&o| grams(&olds[o])).collect();
    let new_grams: Vec<Vec<u64>> = free_new.iter().map(|&n| grams(&news[n])).collect();
    let mut candidates = Vec::new();
    for (a, og) in old_grams.iter().enumerate() {
        for (b, ng) in new_grams.iter().enumerate() {
            let s = dice(og, ng);
            if s >= SAME_ITEM {
                candidates.push((s, a, b));
            }
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    for (_, a, b) in candidates {
        let (o, n) = (free_old[a], free_new[b]);
        if !old_used[o] && pair_of_new[n].is_none() {
            old_used[o] = true;
            pair_of_new[n] = Some(o);
        }
    }
}

/// The order items are shown in: the new draft's, each removed item after the new item paired
/// with the nearest kept or changed item before it in the old draft.
fn order(
    pair_of_new: &[Option<usize>],
    olds: usize,
    news: usize,
) -> Vec<(Option<usize>, Option<usize>)> {
    let mut new_of_old: Vec<Option<usize>> = vec![None; olds];
    for (n, o) in pair_of_new.iter().enumerate() {
        if let Some(o) = o {
            new_of_old[*o] = Some(n);
        }
    }
    // Removed items, by the new index they follow (None: at the start).
    let mut after: HashMap<Option<usize>, Vec<usize>> = HashMap::new();
    let mut anchor = None;
    for (o, n) in new_of_old.iter().enumerate() {
        match n {
            Some(n) => anchor = Some(*n),
            None => after.entry(anchor).or_default().push(o),
        }
    }
    let mut out = Vec::with_capacity(olds.max(news));
    let removed = |at: Option<usize>, out: &mut Vec<_>| {
        for &o in after.get(&at).map_or(&[][..], Vec::as_slice) {
            out.push((Some(o), None));
        }
    };
    removed(None, &mut out);
    for (n, o) in pair_of_new.iter().enumerate() {
        out.push((*o, Some(n)));
        removed(Some(n), &mut out);
    }
    out
}
