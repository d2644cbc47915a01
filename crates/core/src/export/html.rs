//! HTML in official style: one self-contained file with inline CSS (fonts, sizes, indents of
//! GB/T 9704), and the same body as a fragment for rich-text copy into Word or WPS.

use super::style::{self, Fonts};
use super::{Block, BlockKind, ExportOptions, layout_for};
use crate::model::Report;

/// Escape text for HTML content and attribute values. The output is also well-formed XML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn font_family(list: &[String]) -> String {
    let mut names: Vec<String> = list.iter().map(|n| format!("'{}'", escape(n))).collect();
    names.push("serif".to_owned());
    names.join(",")
}

/// Points, as Word writes them ("32.0pt", "28.95pt").
fn pt(value: f32) -> String {
    let tenths = (value * 10.0).round();
    if (value * 10.0 - tenths).abs() < 0.001 {
        format!("{:.1}pt", tenths / 10.0)
    } else {
        format!("{value:.2}pt")
    }
}

/// The character properties of a block: the size, the font list for browsers (preferred
/// name first), and Word's `mso-` font properties, which name one font where a receiver
/// (Word, WPS) takes a single name for Latin and for Chinese text.
fn char_style(list: &[String], size: f32) -> String {
    let first = escape(Fonts::primary(list));
    format!(
        "font-size:{};font-family:{};mso-ascii-font-family:'{first}';\
         mso-fareast-font-family:'{first}';mso-hansi-font-family:'{first}';",
        pt(size),
        font_family(list)
    )
}

/// The inline style of one block. Every length is absolute (points at 三号 = 16 pt: a
/// two-character indent is 32 pt), because Writer and Word ignore `em` in pasted HTML; the
/// indent is repeated as Word's own `mso-char-indent-count`, and the line height is exact
/// (`mso-line-height-rule:exactly`), as Word writes them when it copies.
fn block_style(block: &Block, fonts: &Fonts, options: &ExportOptions, pads: (f32, f32)) -> String {
    let body = style::BODY_PT;
    let chars = |n: f32| pt(n * body);
    let pitch = pt(style::LINE_PITCH_PT);
    let line = format!("margin:0;line-height:{pitch};mso-line-height-rule:exactly;");
    let indent = if options.indent {
        format!("text-indent:{};mso-char-indent-count:2.0;", chars(2.0))
    } else {
        "text-indent:0pt;".to_owned()
    };
    let font = |size| char_style(fonts.for_block(block.kind), size);
    let justify = "text-align:justify;text-justify:inter-ideograph;";
    match block.kind {
        BlockKind::Title => format!(
            "{line}text-align:center;margin-bottom:{pitch};font-weight:normal;{}",
            font(style::TITLE_PT)
        ),
        BlockKind::SignatureUnit => format!(
            "{line}text-align:right;margin-right:{};margin-top:{pitch};{}",
            chars(pads.0),
            font(body)
        ),
        BlockKind::SignatureDate => format!(
            "{line}text-align:right;margin-right:{};{}",
            chars(pads.1),
            font(body)
        ),
        // A name too long for its line continues under its own first character (§7.3.4):
        // the label and number hang.
        BlockKind::Attachment(0) => {
            let first = if options.indent { 2.0 } else { 0.0 };
            let offset = attachment_offset(&block.text);
            format!(
                "{line}margin-left:{};text-indent:-{};text-align:left;margin-top:{pitch};{}",
                chars(first + offset),
                chars(offset),
                font(body)
            )
        }
        BlockKind::Attachment(_) => {
            let offset = attachment_offset(&block.text);
            format!(
                "{line}margin-left:{};text-indent:-{};text-align:left;{}",
                chars(style::attachment_indent(options.indent) + offset),
                chars(offset),
                font(body)
            )
        }
        BlockKind::Heading(_) | BlockKind::Paragraph => {
            format!("{line}{indent}{justify}font-weight:normal;{}", font(body))
        }
    }
}

/// The blocks as HTML elements, every style inline (what Word keeps when pasting); the title
/// is an `<h1>`.
pub fn fragment(report: &Report, options: &ExportOptions) -> String {
    blocks_html(report, options, "h1")
}

/// The width, at natural widths (half a character a digit), of "附件：1．" or "2．" before an
/// attachment's name.
fn attachment_offset(text: &str) -> f32 {
    style::width_in_chars(style::attachment_prefix(text))
}

/// The fragment 复制为公文格式 puts on the clipboard: the title is a paragraph like the others
/// (an `<h1>` would paste as the receiver's own Heading 1 style, with its colour and outline
/// level).
pub fn clipboard_fragment(report: &Report, options: &ExportOptions) -> String {
    blocks_html(report, options, "p")
}

fn blocks_html(report: &Report, options: &ExportOptions, title_tag: &str) -> String {
    let blocks = layout_for(report, options);
    let pads = style::signature_right_indents_by(
        &report.signature.unit,
        &report.signature.date,
        style::width_in_chars,
    );
    let mut out = String::new();
    for block in &blocks {
        let tag = match block.kind {
            BlockKind::Title => title_tag,
            _ => "p",
        };
        let css = block_style(block, &options.fonts, options, pads);
        // The run repeats the characters' properties: a receiver that merges the first or last
        // pasted paragraph into the one at the cursor (Writer) keeps the run's, not the
        // paragraph's.
        let size = if block.kind == BlockKind::Title {
            style::TITLE_PT
        } else {
            style::BODY_PT
        };
        let run = char_style(options.fonts.for_block(block.kind), size);
        out.push_str(&format!(
            "<{tag} style=\"{}\"><span style=\"{}\">{}</span></{tag}>\n",
            escape(&css),
            escape(&run),
            escape(&block.text)
        ));
    }
    out
}

/// A whole HTML document: A4 page with the margins of GB/T 9704 when printed.
pub fn write(report: &Report, options: &ExportOptions) -> String {
    let title = escape(report.title.trim());
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <title>{title}</title>\n<style>@page {{ size: A4; margin: {}mm {}mm {}mm {}mm; }} \
         body {{ max-width: 156mm; margin: 0 auto; }}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
        style::MARGIN_TOP_MM,
        style::MARGIN_RIGHT_MM,
        style::MARGIN_BOTTOM_MM,
        style::MARGIN_LEFT_MM,
        fragment(report, options)
    )
}
