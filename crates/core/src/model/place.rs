//! Where a text is in the document: the field a finding, a figure or a jump points at.

use super::*;

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
    /// One name of the 附件说明, by index.
    Attachment {
        index: usize,
    },
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
            (Self::Attachment { index }, false) => format!("附件 {}", index + 1),
            (Self::Attachment { index }, true) => format!("Attachment {}", index + 1),
            (Self::SignatureUnit, false) => "落款单位".to_owned(),
            (Self::SignatureUnit, true) => "Signature unit".to_owned(),
            (Self::SignatureDate, false) => "日期".to_owned(),
            (Self::SignatureDate, true) => "Date".to_owned(),
            (Self::Line { line }, false) => format!("第 {line} 行"),
            (Self::Line { line }, true) => format!("Line {line}"),
        }
    }

    /// Where this is in the document's own numbering: 导语, 二、（三）正文, 一、引语…
    /// (`describe` when the report has no such section or item).
    pub fn numbered(&self, report: &Report, english: bool) -> String {
        // A part that prints nothing has no number of its own (every such part would read
        // 一、): it is named by its place instead (第2部分标题).
        let section = match self {
            Self::SectionTitle { section }
            | Self::SectionLead { section }
            | Self::ItemHeading { section, .. }
            | Self::ItemBody { section, .. } => report.sections.get(*section),
            _ => None,
        };
        if section.is_some_and(|s| !s.prints()) {
            return self.describe(english);
        }
        // An untitled section has no 一、 of its own: its items are （一）… alone.
        let section_marker = |s: usize| {
            if report.sections.get(s).is_some_and(Section::headed) {
                crate::numbering::marker(1, report.section_ordinal(s))
            } else {
                String::new()
            }
        };
        let item_marker = |section: usize, item: &[usize]| -> Option<String> {
            let sec = report.sections.get(section)?;
            report.item(&ItemPath::new(section, item.to_vec()))?;
            let mut out = section_marker(section);
            let mut items = sec.items.as_slice();
            for (depth, &i) in item.iter().enumerate() {
                let n = item_ordinals(items).get(i).copied()?;
                if depth == 0 && sec.style == ItemStyle::Inline {
                    out.push_str(&crate::numbering::inline_marker(n));
                } else {
                    out.push_str(&crate::numbering::marker(depth + 2, n));
                }
                items = &items.get(i)?.children;
            }
            Some(out)
        };
        let field = |zh: &str, en: &str| {
            if english {
                format!(" {en}")
            } else {
                zh.to_owned()
            }
        };
        let named = match self {
            Self::SectionTitle { section } if *section < report.sections.len() => {
                Some(section_marker(*section) + &field("标题", "title"))
            }
            Self::SectionLead { section } if *section < report.sections.len() => {
                Some(section_marker(*section) + &field("引语", "lead-in"))
            }
            Self::ItemHeading { section, item } => {
                item_marker(*section, item).map(|m| m + &field("标题", "heading"))
            }
            Self::ItemBody { section, item } => {
                item_marker(*section, item).map(|m| m + &field("正文", "body"))
            }
            _ => None,
        };
        named.unwrap_or_else(|| self.describe(english))
    }

    /// The text of this field in the report.
    pub fn text<'a>(&self, report: &'a Report) -> Option<&'a str> {
        Some(match self {
            Self::Title => &report.title,
            Self::Intro => &report.intro,
            Self::SectionTitle { section } => &report.sections.get(*section)?.title,
            Self::SectionLead { section } => &report.sections.get(*section)?.lead,
            Self::ItemHeading { section, item } => {
                &report.item(&ItemPath::new(*section, item.clone()))?.heading
            }
            Self::ItemBody { section, item } => {
                &report.item(&ItemPath::new(*section, item.clone()))?.body
            }
            Self::Closing => &report.closing,
            Self::SignatureUnit => &report.signature.unit,
            Self::Attachment { index } => report.attachments.get(*index)?,
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
                &mut report
                    .item_mut(&ItemPath::new(*section, item.clone()))?
                    .heading
            }
            Self::ItemBody { section, item } => {
                &mut report
                    .item_mut(&ItemPath::new(*section, item.clone()))?
                    .body
            }
            Self::Closing => &mut report.closing,
            Self::SignatureUnit => &mut report.signature.unit,
            Self::Attachment { index } => report.attachments.get_mut(*index)?,
            Self::SignatureDate => &mut report.signature.date,
            Self::Line { .. } => return None,
        })
    }
}
