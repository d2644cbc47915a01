//! Plain text in official style: paragraphs indented two full-width spaces, one per line.

use super::{BlockKind, layout};
use crate::model::Report;
use serde::{Deserialize, Serialize};

/// Two full-width spaces: the first-line indent of GB/T 9704 in plain text.
pub const INDENT: &str = "\u{3000}\u{3000}";
/// As wide as "附件：": puts the second and later attachment numbers under the first.
pub const ATTACHMENT_ALIGN: &str = "\u{3000}\u{3000}\u{3000}";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineEnding {
    /// `\n`, as Linux and most editors write.
    Lf,
    /// `\r\n`, what Windows Notepad and some OA systems expect.
    CrLf,
}

/// The system's own: CRLF on Windows, LF elsewhere.
impl Default for LineEnding {
    fn default() -> Self {
        Self::NATIVE
    }
}

impl LineEnding {
    /// The system's own line ending, the default for text exports and copies.
    pub const NATIVE: Self = if cfg!(windows) { Self::CrLf } else { Self::Lf };

    /// The line ending for the clipboard's plain text: CRLF on Windows whatever was chosen.
    pub fn for_clipboard(self) -> Self {
        if cfg!(windows) { Self::CrLf } else { self }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Lf => "\n",
            Self::CrLf => "\r\n",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TextOptions {
    /// Start body paragraphs and headings with two full-width spaces. Off for pasting into a
    /// document whose styles already indent.
    pub indent: bool,
    pub line_ending: LineEnding,
    /// End with the signature's unit and date.
    pub signature: bool,
}

impl Default for TextOptions {
    fn default() -> Self {
        Self {
            indent: true,
            line_ending: LineEnding::NATIVE,
            signature: true,
        }
    }
}

/// The whole report as text. Deterministic: the same report and options give the same bytes.
///
/// Title first, then a blank line; every paragraph and heading on its own line; a blank line
/// before the signature (GB/T 9704 §7.3.5), whose unit and date close the text.
pub fn write(report: &Report, options: &TextOptions) -> String {
    write_blocks(&layout(report), options)
}

/// The text of blocks already laid out (the editor lays out once for preview and page count).
pub fn write_blocks(blocks: &[super::Block], options: &TextOptions) -> String {
    let eol = options.line_ending.as_str();
    let indent = if options.indent { INDENT } else { "" };
    let mut out = String::new();
    let mut after_title = false;
    let mut in_signature = false;
    for block in blocks {
        match block.kind {
            BlockKind::Title => {
                out.push_str(&block.text);
                out.push_str(eol);
                after_title = true;
                continue;
            }
            BlockKind::SignatureUnit | BlockKind::SignatureDate if !options.signature => continue,
            BlockKind::SignatureUnit | BlockKind::SignatureDate => {
                if !in_signature && !out.is_empty() {
                    out.push_str(eol);
                }
                in_signature = true;
                out.push_str(&block.text);
            }
            BlockKind::Attachment(i) => {
                // A blank line after the body (§7.3.4); later names align under the first.
                if i == 0 && !out.is_empty() {
                    out.push_str(eol);
                }
                out.push_str(indent);
                if i > 0 {
                    out.push_str(ATTACHMENT_ALIGN);
                }
                out.push_str(&block.text);
            }
            BlockKind::Heading(_) | BlockKind::Paragraph => {
                if after_title {
                    out.push_str(eol);
                }
                out.push_str(indent);
                out.push_str(&block.text);
            }
        }
        after_title = false;
        out.push_str(eol);
    }
    out
}
