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
    names.join(", ")
}

/// The inline style of one block.
fn block_style(block: &Block, fonts: &Fonts, options: &ExportOptions, pads: (f32, f32)) -> String {
    let family = font_family(fonts.for_block(block.kind));
    let pitch = style::LINE_PITCH_PT;
    let base = format!("margin:0;line-height:{pitch:.2}pt;font-family:{family};");
    let indent = if options.indent { "2em" } else { "0" };
    match block.kind {
        BlockKind::Title => format!(
            "{base}font-size:{}pt;text-align:center;font-weight:normal;margin-bottom:{pitch:.2}pt;",
            style::TITLE_PT
        ),
        BlockKind::SignatureUnit => format!(
            "{base}font-size:{}pt;text-align:right;padding-right:{}em;margin-top:{pitch:.2}pt;",
            style::BODY_PT,
            pads.0
        ),
        BlockKind::SignatureDate => format!(
            "{base}font-size:{}pt;text-align:right;padding-right:{}em;",
            style::BODY_PT,
            pads.1
        ),
        BlockKind::Attachment(0) => format!(
            "{base}font-size:{}pt;text-indent:{indent};text-align:left;margin-top:{pitch:.2}pt;",
            style::BODY_PT
        ),
        BlockKind::Attachment(_) => format!(
            "{base}font-size:{}pt;padding-left:{}em;text-align:left;",
            style::BODY_PT,
            style::attachment_indent(options.indent)
        ),
        BlockKind::Heading(_) | BlockKind::Paragraph => format!(
            "{base}font-size:{}pt;text-indent:{indent};text-align:justify;",
            style::BODY_PT
        ),
    }
}

/// The blocks as HTML elements, every style inline (what Word keeps when pasting).
pub fn fragment(report: &Report, options: &ExportOptions) -> String {
    let blocks = layout_for(report, options);
    let pads = style::signature_right_indents(&report.signature.unit, &report.signature.date);
    let mut out = String::new();
    for block in &blocks {
        let tag = match block.kind {
            BlockKind::Title => "h1",
            _ => "p",
        };
        let css = block_style(block, &options.fonts, options, pads);
        out.push_str(&format!(
            "<{tag} style=\"{}\">{}</{tag}>\n",
            escape(&css),
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
