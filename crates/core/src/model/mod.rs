//! The document: a work summary as plain data, with no knowledge of the UI or file formats.

use serde::{Deserialize, Serialize};

mod place;
pub use place::Place;

/// The deepest level of nesting GB/T 9704 defines (一、 → （一） → 1. → （1））.
/// The section is level 1, so items live on levels 2 to 4.
pub const MAX_LEVEL: usize = 4;
/// How many levels of items a section holds: its own items plus two levels of children.
pub const MAX_ITEM_DEPTH: usize = MAX_LEVEL - 1;

/// A whole work summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Report {
    pub title: String,
    /// 导语: the opening paragraph(s). Paragraphs are separated by `\n`.
    #[serde(with = "crate::model::paragraphs")]
    pub intro: String,
    /// Achievements, problems and plans are always present, in that order; extra sections
    /// (e.g. from an import) follow.
    pub sections: Vec<Section>,
    /// The closing paragraph(s) before the signature.
    #[serde(with = "crate::model::paragraphs")]
    pub closing: String,
    /// 附件说明 (GB/T 9704 §7.3.4): the names of the attachments, in order, without their
    /// numbers; printed as "附件：1．…" after the body and before the signature.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<String>,
    pub signature: Signature,
    /// Hint texts from a template, shown in empty fields until the user types.
    #[serde(skip_serializing_if = "Hints::is_empty")]
    pub hints: Hints,
    /// Last period's draft this one answers (计划落实对照), with the links set by hand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Reference>,
}

/// Last period's draft, read for the plan follow-through, and the user's own decisions about
/// which of its plans (and problems) the items of this draft answer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Reference {
    /// The draft's path as the user chose it; a relative path is relative to this draft's
    /// folder (see `compare::follow::resolve_reference`).
    pub path: String,
    /// Links made or refused by hand; they win over the automatic ones.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<ManualLink>,
}

/// One decision of the user: `answer` (an item of this draft) does or does not answer `plan`
/// (an item of the reference).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManualLink {
    pub plan: ItemKey,
    pub answer: ItemKey,
    /// `true`: linked by hand; `false`: an automatic link the user removed.
    pub linked: bool,
}

/// Names an item so that the name survives edits of its body, moves and insertions: the kind
/// of its section, its heading (or the start of its body when it has none), and which of the
/// items with that same text it is. A renamed heading is found again by similarity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ItemKey {
    pub kind: SectionKind,
    pub text: String,
    /// 0 for the first item of this kind with this text, 1 for the second…
    #[serde(skip_serializing_if = "is_zero")]
    pub nth: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// What a template suggests writing in each field (never printed).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Hints {
    pub title: String,
    pub intro: String,
    /// Per section, by index: the lead-in's hint.
    pub leads: Vec<String>,
    /// Per section, by index: the hint for an item's heading.
    pub items: Vec<String>,
    pub closing: String,
}

impl Hints {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

impl Default for Report {
    fn default() -> Self {
        Self {
            title: String::new(),
            intro: String::new(),
            sections: SectionKind::STANDARD
                .iter()
                .map(|&k| Section::new(k))
                .collect(),
            closing: String::new(),
            attachments: Vec::new(),
            signature: Signature::default(),
            hints: Hints::default(),
            reference: None,
        }
    }
}

impl Report {
    /// Nothing but a new draft's section titles, with no item: no text of the author's to check
    /// or print.
    pub fn is_blank(&self) -> bool {
        self.sections.iter().all(|s| s.items.is_empty())
            && self.fields().iter().all(|(place, text)| match place {
                Place::SectionTitle { section } => self
                    .sections
                    .get(*section)
                    .is_some_and(|s| *text == s.kind.default_title()),
                _ => text.is_empty(),
            })
    }

    /// The sections that print, each with its ordinal (一、 is 1): a section that does not
    /// print uses up none. The one count of the export, the preview and the editor's markers.
    /// An untitled section (plans the author announced in a sentence, not under a heading)
    /// prints its lead-in and items with no heading and gets 0.
    pub fn printed_sections(&self) -> impl Iterator<Item = (usize, &Section)> {
        let mut n = 0;
        self.sections.iter().filter(|s| s.prints()).map(move |s| {
            if s.headed() {
                n += 1;
                (n, s)
            } else {
                (0, s)
            }
        })
    }

    /// The ordinal section `index` prints with, or would print with once it has text.
    pub fn section_ordinal(&self, index: usize) -> usize {
        self.sections
            .iter()
            .take(index)
            .filter(|s| s.prints() && s.headed())
            .count()
            + 1
    }

    /// Make sure the three standard sections exist, each once. Sections keep their order (an
    /// imported extra section stays where it was); a missing standard section is inserted
    /// before the first later standard one. Nothing the user wrote is dropped.
    pub fn normalize(&mut self) {
        for (rank, kind) in SectionKind::STANDARD.iter().enumerate() {
            if self.sections.iter().any(|s| s.kind == *kind) {
                continue;
            }
            let later = &SectionKind::STANDARD[rank + 1..];
            let at = self
                .sections
                .iter()
                .position(|s| later.contains(&s.kind))
                .unwrap_or(self.sections.len());
            // Blank title: a section the text did not have is not printed (export skips it)
            // until the user writes in it; the pane shows the usual title as a hint.
            let section = Section {
                title: String::new(),
                ..Section::new(*kind)
            };
            self.sections.insert(at, section);
        }
    }

    /// Add a part of `kind` with its usual title where it goes: a standard part before the
    /// later standard parts it precedes, another part before the plans (or last). Returns its
    /// index.
    pub fn add_section(&mut self, kind: SectionKind) -> usize {
        let later: &[SectionKind] = match kind {
            SectionKind::Achievements => &[SectionKind::Problems, SectionKind::Plans],
            SectionKind::Problems => &[SectionKind::Plans],
            SectionKind::Plans => &[],
            SectionKind::Other => &[SectionKind::Plans],
        };
        let at = self
            .sections
            .iter()
            .position(|s| later.contains(&s.kind))
            .unwrap_or(self.sections.len());
        self.sections.insert(at, Section::new(kind));
        at
    }

    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    pub fn section_mut(&mut self, kind: SectionKind) -> Option<&mut Section> {
        self.sections.iter_mut().find(|s| s.kind == kind)
    }
}

/// Which part of the summary a section is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum SectionKind {
    /// 工作成效
    #[default]
    Achievements,
    /// 存在的问题
    Problems,
    /// 下步计划
    Plans,
    /// A section that is none of the three (kept from an import, never dropped).
    Other,
}

impl SectionKind {
    pub const STANDARD: [SectionKind; 3] = [Self::Achievements, Self::Problems, Self::Plans];

    /// The part's name where the document's own title is not shown (the tabs, reports, the
    /// template list in English): a table key, translated where shown.
    pub fn name(self) -> &'static str {
        match self {
            Self::Achievements => "工作成效",
            Self::Problems => "存在的问题",
            Self::Plans => "下步计划",
            Self::Other => "其他部分",
        }
    }

    /// The title a new section starts with.
    pub fn default_title(self) -> &'static str {
        match self {
            Self::Achievements => "主要工作及成效",
            Self::Problems => "存在的问题",
            Self::Plans => "下一步工作打算",
            Self::Other => "",
        }
    }
}

/// How a section lays out its items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum ItemStyle {
    /// （一）heading on its own line, the body below it.
    #[default]
    Headed,
    /// 一是heading。body — each item one paragraph, as in the plans of most summaries.
    Inline,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Section {
    pub kind: SectionKind,
    /// The title without its ordinal; 一、 二、 三、 are generated.
    pub title: String,
    /// An optional lead-in paragraph before the items ("下一步，我们将……：").
    #[serde(with = "crate::model::paragraphs")]
    pub lead: String,
    pub items: Vec<Item>,
    pub style: ItemStyle,
}

impl Default for Section {
    fn default() -> Self {
        Self::new(SectionKind::Other)
    }
}

impl Section {
    pub fn new(kind: SectionKind) -> Self {
        Self {
            kind,
            title: kind.default_title().to_owned(),
            lead: String::new(),
            items: Vec::new(),
            style: if kind == SectionKind::Plans {
                ItemStyle::Inline
            } else {
                ItemStyle::Headed
            },
        }
    }

    /// True when the section holds nothing to print.
    pub fn is_blank(&self) -> bool {
        self.title.trim().is_empty() && self.lead.trim().is_empty() && self.items.is_empty()
    }

    /// Whether the section is printed: it has a lead-in or an item that prints. A title alone
    /// prints nothing (no bare 一、 heading) and uses up no ordinal.
    pub fn prints(&self) -> bool {
        has_text(&self.lead) || self.items.iter().any(Item::prints)
    }

    /// Whether the section prints a heading (一、title): one without a title prints its
    /// lead-in and items only, and uses up no ordinal.
    pub fn headed(&self) -> bool {
        has_text(&self.title)
    }
}

/// One numbered point: （一）heading, its body, and child items (1., then （1））.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Item {
    pub heading: String,
    /// Body paragraphs, separated by `\n`.
    #[serde(with = "crate::model::paragraphs")]
    pub body: String,
    pub children: Vec<Item>,
    /// A run-in heading ("1.加强学习。正文……"): in a headed section the heading and the first
    /// body paragraph are printed as one paragraph, as the author wrote them.
    #[serde(skip_serializing_if = "is_false")]
    pub run_in: bool,
    /// Where a merged item came from (a department's draft); shown in the editor, never
    /// exported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// What to write in the heading while it is empty (last period's plan, when a draft is
    /// started from the last one); shown as a hint, never printed.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub hint: String,
}

/// Whether a field holds anything an export prints (not only spaces or control characters,
/// which the layout drops).
pub fn has_text(text: &str) -> bool {
    text.chars().any(|c| !c.is_whitespace() && !c.is_control())
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Item {
    pub fn new(heading: impl Into<String>, body: impl Into<String>) -> Self {
        Self {
            heading: heading.into(),
            body: body.into(),
            ..Self::default()
        }
    }

    /// True when the item and its children hold no text at all.
    pub fn is_empty(&self) -> bool {
        self.heading.trim().is_empty()
            && self.body.trim().is_empty()
            && self.children.iter().all(Item::is_empty)
    }

    /// Whether the item is printed: it has a heading or a body, or a child that prints. An item
    /// that does not print uses up no ordinal.
    pub fn prints(&self) -> bool {
        has_text(&self.heading) || has_text(&self.body) || self.children.iter().any(Item::prints)
    }

    /// Depth of the deepest chain of items starting here (a leaf has depth 1).
    pub fn depth(&self) -> usize {
        1 + self.children.iter().map(Item::depth).max().unwrap_or(0)
    }
}

/// The ordinal of each item of a list as it prints (the next one for an item that does not
/// print yet): items that print nothing use up no ordinal. With `Report::section_ordinal`, the
/// one numbering of the export, the editor's markers and the findings' places.
pub fn item_ordinals(items: &[Item]) -> Vec<usize> {
    let mut printed = 0;
    items
        .iter()
        .map(|item| {
            let ordinal = printed + 1;
            printed += usize::from(item.prints());
            ordinal
        })
        .collect()
}

/// 落款: the unit name and the date, printed right-aligned at the end.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Signature {
    pub unit: String,
    pub date: String,
}

/// Split text into paragraphs (lines), as the exporters and the draft file see them.
pub fn paragraphs_of(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').map(|p| p.strip_suffix('\r').unwrap_or(p))
}

/// Multi-paragraph text is kept in the model as one string with `\n` between paragraphs
/// (so one text field edits it) but stored in drafts as a list of paragraphs, one per line of
/// the file, which reads and diffs well. A plain string is accepted too.
pub(crate) mod paragraphs {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(text: &str, serializer: S) -> Result<S::Ok, S::Error> {
        if text.is_empty() {
            return Vec::<&str>::new().serialize(serializer);
        }
        text.split('\n').collect::<Vec<_>>().serialize(serializer)
    }

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Repr {
        List(Vec<String>),
        Text(String),
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
        Ok(match Repr::deserialize(deserializer)? {
            Repr::List(list) => list.join("\n"),
            Repr::Text(text) => text,
        })
    }
}

/// Where an item sits: the section's index, then the index at each level of nesting.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ItemPath {
    pub section: usize,
    pub indices: Vec<usize>,
}

impl ItemPath {
    pub fn new(section: usize, indices: Vec<usize>) -> Self {
        Self { section, indices }
    }

    /// Level of the item under GB/T 9704: items of a section are level 2.
    pub fn level(&self) -> usize {
        self.indices.len() + 1
    }
}

impl ItemPath {
    /// "1.2" for the second child of the first item: how items are named to people.
    pub fn name(&self) -> String {
        item_name(&self.indices)
    }
}

/// "1.2" for the indices [0, 1].
pub fn item_name(indices: &[usize]) -> String {
    indices
        .iter()
        .map(|i| (i + 1).to_string())
        .collect::<Vec<_>>()
        .join(".")
}

impl Report {
    pub fn item(&self, path: &ItemPath) -> Option<&Item> {
        let mut list = &self.sections.get(path.section)?.items;
        let (last, parents) = path.indices.split_last()?;
        for &i in parents {
            list = &list.get(i)?.children;
        }
        list.get(*last)
    }

    pub fn item_mut(&mut self, path: &ItemPath) -> Option<&mut Item> {
        let (last, parents) = path.indices.split_last()?;
        let mut list = &mut self.sections.get_mut(path.section)?.items;
        for &i in parents {
            list = &mut list.get_mut(i)?.children;
        }
        list.get_mut(*last)
    }

    /// Every text field of a report with its place, in reading order.
    pub fn fields(&self) -> Vec<(Place, &str)> {
        let report = self;
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
        for (index, name) in report.attachments.iter().enumerate() {
            out.push((Place::Attachment { index }, name.as_str()));
        }
        out.push((Place::SignatureUnit, &report.signature.unit));
        out.push((Place::SignatureDate, &report.signature.date));
        out
    }
}
