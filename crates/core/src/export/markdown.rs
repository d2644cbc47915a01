//! Markdown for people who keep notes in it: the title as `#`, 一、 sections as `##`,
//! （一） items as `###`, deeper headings as `####`, paragraphs separated by blank lines.

use super::{BlockKind, ExportOptions, layout_for};
use crate::model::Report;

/// Escape what Markdown would read as formatting, so the text shows as written.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    // A line starting "1." or "- " would become a list.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if (digits > 0 && out[digits..].starts_with('.'))
        || out.starts_with("- ")
        || out.starts_with("+ ")
    {
        let at = if digits > 0 { digits } else { 0 };
        out.insert(at, '\\');
    }
    out
}

pub fn write(report: &Report, options: &ExportOptions) -> String {
    let mut out = String::new();
    for block in layout_for(report, options) {
        let text = escape(&block.text);
        let line = match block.kind {
            BlockKind::Title => format!("# {text}"),
            BlockKind::Heading(1) => format!("## {text}"),
            BlockKind::Heading(2) => format!("### {text}"),
            BlockKind::Heading(_) => format!("#### {text}"),
            BlockKind::Attachment(i) if i > 0 => format!("{}{text}", super::text::ATTACHMENT_ALIGN),
            BlockKind::Paragraph
            | BlockKind::Attachment(_)
            | BlockKind::SignatureUnit
            | BlockKind::SignatureDate => text,
        };
        out.push_str(&line);
        out.push_str("\n\n");
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out.replace('\n', options.line_ending.as_str())
}
