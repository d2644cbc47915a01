//! Export: the report laid out as numbered blocks ([`layout`]), then written per format.

pub mod docx;
pub mod fonts;
pub mod html;
pub mod linebreak;
pub mod markdown;
pub mod ofd;
pub mod ooxml;
mod ooxml_order;
pub mod pages;
pub mod pdf;
pub mod print;
pub mod style;
pub mod text;

use crate::i18n::Text;
use crate::model::{Item, ItemStyle, Report, paragraphs_of};
use crate::numbering;
use serde::{Deserialize, Serialize};
pub use style::Fonts;
pub use text::LineEnding;

/// The formats a report exports to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Format {
    #[default]
    Text,
    Markdown,
    Html,
    Docx,
    Pdf,
    /// GB/T 33190 fixed layout, the format of 信创 offices' document exchange.
    Ofd,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Self::Docx,
        Self::Pdf,
        Self::Ofd,
        Self::Text,
        Self::Html,
        Self::Markdown,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            Self::Text => "txt",
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Docx => "docx",
            Self::Pdf => "pdf",
            Self::Ofd => "ofd",
        }
    }

    /// The name shown in the export dialog.
    pub fn label(self) -> &'static str {
        match self {
            Self::Text => "纯文本 (.txt)",
            Self::Markdown => "Markdown (.md)",
            Self::Html => "网页 HTML (.html)",
            Self::Docx => "Word 公文 (.docx)",
            Self::Pdf => "PDF (.pdf)",
            Self::Ofd => "OFD 版式文件 (.ofd)",
        }
    }
}

/// Everything an export can be told; each format uses what applies to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportOptions {
    pub format: Format,
    /// First-line indent of two characters (text: two full-width spaces).
    pub indent: bool,
    /// Line endings of text and Markdown.
    pub line_ending: LineEnding,
    /// Print the signature (unit and date).
    pub signature: bool,
    pub fonts: Fonts,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            format: Format::Docx,
            indent: true,
            line_ending: LineEnding::NATIVE,
            signature: true,
            fonts: Fonts::default(),
        }
    }
}

impl ExportOptions {
    /// The text options for the clipboard's plain text: on Windows always CRLF, which every
    /// Windows program pastes as line breaks; elsewhere the chosen line ending.
    pub fn clipboard_text_options(&self) -> text::TextOptions {
        text::TextOptions {
            line_ending: self.line_ending.for_clipboard(),
            ..self.text_options()
        }
    }

    pub fn text_options(&self) -> text::TextOptions {
        text::TextOptions {
            indent: self.indent,
            line_ending: self.line_ending,
            signature: self.signature,
        }
    }
}

/// Export in the chosen format. DOCX packing and PDF writing can fail (a message saying why,
/// in both languages, for the status line in the UI's language).
pub fn write(report: &Report, options: &ExportOptions) -> Result<Vec<u8>, Text> {
    if matches!(options.format, Format::Docx | Format::Pdf | Format::Ofd)
        && !pages::title_fits(&report.title)
    {
        // A title over two lines is broken between jieba's words: an export (a task in the
        // window, the command line) waits for the dictionary; the preview uses it once in.
        let _ = crate::check::jieba();
    }
    Ok(match options.format {
        Format::Text => text::write(report, &options.text_options()).into_bytes(),
        Format::Markdown => markdown::write(report, options).into_bytes(),
        Format::Html => html::write(report, options).into_bytes(),
        Format::Docx => docx::write(report, options)?,
        Format::Pdf => pdf::write(report, options)?,
        Format::Ofd => ofd::write(report, options)?,
    })
}

/// The layout with the options applied (signature on or off).
pub fn layout_for(report: &Report, options: &ExportOptions) -> Vec<Block> {
    let mut blocks = layout(report);
    if !options.signature {
        blocks.retain(|b| !matches!(b.kind, BlockKind::SignatureUnit | BlockKind::SignatureDate));
    }
    blocks
}

/// What a block of the laid-out document is; formats style each kind (GB/T 9704 §7.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// The document title, centred.
    Title,
    /// A heading at `level` 1–4 (一、 （一） 1. （1））, on a line of its own.
    Heading(usize),
    /// A body paragraph, first-line indented.
    Paragraph,
    /// One line of the 附件说明 (GB/T 9704 §7.3.4), by index from 0: the first reads
    /// "附件：1．name" after a blank line, indented like a paragraph; the others ("2．name") are
    /// indented by the width of "附件：" more, so their numbers stand under the first's.
    Attachment(usize),
    /// The unit of the signature, right-aligned.
    SignatureUnit,
    /// The date of the signature, right-aligned.
    SignatureDate,
}

/// One paragraph of output, numbering markers included.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

impl Block {
    fn new(kind: BlockKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
        }
    }
}

/// Whitespace the user typed around a paragraph (including the full-width indent of pasted
/// text) is dropped: each format indents on its own. Control characters (pasted junk, which
/// neither XML nor a printed page can hold) are removed; tabs stay.
fn clean(paragraph: &str) -> std::borrow::Cow<'_, str> {
    let trimmed = paragraph.trim();
    if trimmed.chars().any(is_junk_control) {
        std::borrow::Cow::Owned(
            trimmed
                .chars()
                .filter(|c| !is_junk_control(*c))
                .collect::<String>()
                .trim()
                .to_owned(),
        )
    } else {
        std::borrow::Cow::Borrowed(trimmed)
    }
}

/// Control characters other than tab (line breaks split paragraphs before this is asked).
pub fn is_junk_control(c: char) -> bool {
    c.is_control() && c != '\t'
}

fn push_paragraphs(out: &mut Vec<Block>, text: &str) {
    out.extend(
        paragraphs_of(text)
            .map(clean)
            .filter(|p| !p.is_empty())
            .map(|p| Block::new(BlockKind::Paragraph, p)),
    );
}

/// Characters after which an inline heading needs no 。 before its body.
const ENDING_PUNCTUATION: &str = "。！？；：，、…!?;:,";

fn ends_with_punctuation(text: &str) -> bool {
    text.chars()
        .last()
        .is_some_and(|c| ENDING_PUNCTUATION.contains(c))
}

/// Lay the report out in reading order, numbering sections and items.
/// Sections and items that print nothing (`Section::prints`, `Item::prints`: no bare 一、 or
/// （一）) are skipped and do not use up an ordinal; the proofreading keeps pointing at them.
pub fn layout(report: &Report) -> Vec<Block> {
    let mut out = Vec::new();
    let title = clean(&report.title);
    if !title.is_empty() {
        out.push(Block::new(BlockKind::Title, title));
    }
    push_paragraphs(&mut out, &report.intro);

    for (n, section) in report.printed_sections() {
        if section.headed() {
            let heading = format!("{}{}", numbering::marker(1, n), clean(&section.title));
            out.push(Block::new(BlockKind::Heading(1), heading));
        }
        push_paragraphs(&mut out, &section.lead);
        match section.style {
            ItemStyle::Headed => layout_headed(&mut out, &section.items, 2),
            ItemStyle::Inline => {
                for (n, item) in printed_items(&section.items).enumerate() {
                    layout_inline(&mut out, item, n + 1);
                }
            }
        }
    }

    push_paragraphs(&mut out, &report.closing);
    push_attachments(&mut out, &report.attachments);
    let unit = clean(&report.signature.unit);
    if !unit.is_empty() {
        out.push(Block::new(BlockKind::SignatureUnit, unit));
    }
    let date = clean(&report.signature.date);
    if !date.is_empty() {
        out.push(Block::new(BlockKind::SignatureDate, date));
    }
    out
}

/// What the attachment block says before the first name.
pub const ATTACHMENT_LABEL: &str = "附件：";

/// "附件：1．…", "2．…": numbered when there are several, a single one has no number.
fn push_attachments(out: &mut Vec<Block>, names: &[String]) {
    let names: Vec<_> = names
        .iter()
        .map(|n| clean(n))
        .filter(|n| !n.is_empty())
        .collect();
    let several = names.len() > 1;
    for (i, name) in names.iter().enumerate() {
        let number = if several {
            format!("{}．", i + 1)
        } else {
            String::new()
        };
        let label = if i == 0 { ATTACHMENT_LABEL } else { "" };
        out.push(Block::new(
            BlockKind::Attachment(i),
            format!("{label}{number}{name}"),
        ));
    }
}

/// The items that print, in order; their position here is their ordinal.
fn printed_items(items: &[Item]) -> impl Iterator<Item = &Item> {
    items.iter().filter(|i| i.prints())
}

fn layout_headed(out: &mut Vec<Block>, items: &[Item], level: usize) {
    for (n, item) in printed_items(items).enumerate() {
        let marker = numbering::marker(level, n + 1);
        let heading = clean(&item.heading);
        let mut body = paragraphs_of(&item.body)
            .map(clean)
            .filter(|p| !p.is_empty());
        if heading.is_empty() {
            // No heading: the marker leads the first body paragraph.
            let first = body.next().unwrap_or_default();
            out.push(Block::new(BlockKind::Paragraph, format!("{marker}{first}")));
        } else if item.run_in {
            // A run-in heading: heading and first paragraph stay one paragraph, as written.
            let mut first = format!("{marker}{heading}");
            if let Some(p) = body.next() {
                if !ends_with_punctuation(&heading) {
                    first.push('。');
                }
                first.push_str(&p);
            }
            out.push(Block::new(BlockKind::Paragraph, first));
        } else {
            out.push(Block::new(
                BlockKind::Heading(level),
                format!("{marker}{heading}"),
            ));
        }
        out.extend(body.map(|p| Block::new(BlockKind::Paragraph, p)));
        layout_headed(out, &item.children, level + 1);
    }
}

fn layout_inline(out: &mut Vec<Block>, item: &Item, n: usize) {
    let heading = clean(&item.heading);
    let mut body = paragraphs_of(&item.body)
        .map(clean)
        .filter(|p| !p.is_empty());
    let mut first = format!("{}{heading}", numbering::inline_marker(n));
    if let Some(p) = body.next() {
        if !heading.is_empty() && !ends_with_punctuation(&heading) {
            first.push('。');
        }
        first.push_str(&p);
    }
    out.push(Block::new(BlockKind::Paragraph, first));
    out.extend(body.map(|p| Block::new(BlockKind::Paragraph, p)));
    // Children of an inline item are numbered as the third and fourth levels.
    layout_headed(out, &item.children, 3);
}
