//! DOCX in the layout of GB/T 9704-2012: A4, the official margins, 22 lines of 28 characters,
//! 二号 小标宋 title, 三号 仿宋 body, 黑体 / 楷体 headings, signature per §7.3.5, and page numbers
//! "— 1 —" in 四号 宋体, right on odd pages and left on even ones (§7.5).

use super::style::{self, Fonts};
use super::{Block, BlockKind, ExportOptions, layout_for};
use crate::model::Report;
use docx_rs::{
    AlignmentType, DocGrid, DocGridType, Docx, Footer, LineSpacing, LineSpacingType, PageMargin,
    PageNum, Paragraph, Run, RunFonts, SpecialIndentType,
};

/// Twentieths of a point per millimetre.
fn mm(v: f32) -> i32 {
    (v * 1440.0 / 25.4).round() as i32
}

fn pt(v: f32) -> i32 {
    (v * 20.0).round() as i32
}

/// Half-points, the unit of `w:sz`.
fn half_points(v: f32) -> usize {
    (v * 2.0).round() as usize
}

/// Every slot of the run's fonts, East-Asian included, names the font: no theme font is left
/// to override it (the trap where headings come out in 等线).
fn fonts(name: &str) -> RunFonts {
    RunFonts::new()
        .ascii(name)
        .hi_ansi(name)
        .east_asia(name)
        .cs(name)
}

fn exact_pitch() -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Exact)
        .line(pt(style::LINE_PITCH_PT))
        .before(0)
        .after(0)
}

fn paragraph_for(
    block: &Block,
    fonts_of: &Fonts,
    options: &ExportOptions,
    pads: (f32, f32),
) -> Paragraph {
    let font = Fonts::primary(fonts_of.for_block(block.kind));
    let size = if block.kind == BlockKind::Title {
        style::TITLE_PT
    } else {
        style::BODY_PT
    };
    let run = Run::new()
        .add_text(&block.text)
        .size(half_points(size))
        .fonts(fonts(font));
    let body_char = pt(style::BODY_PT);
    let paragraph = Paragraph::new()
        .add_run(run)
        .line_spacing(exact_pitch())
        .size(half_points(size))
        .fonts(fonts(font));
    match block.kind {
        BlockKind::Title => paragraph.align(AlignmentType::Center),
        BlockKind::SignatureUnit | BlockKind::SignatureDate => {
            let pad = if block.kind == BlockKind::SignatureUnit {
                pads.0
            } else {
                pads.1
            };
            paragraph.align(AlignmentType::Right).indent(
                None,
                None,
                Some((pad * body_char as f32).round() as i32),
                None,
            )
        }
        BlockKind::Attachment(0) => {
            let first_line = if options.indent { 2 * body_char } else { 0 };
            paragraph.align(AlignmentType::Left).indent(
                None,
                Some(SpecialIndentType::FirstLine(first_line)),
                None,
                None,
            )
        }
        BlockKind::Attachment(_) => {
            let left = style::attachment_indent(options.indent) * body_char as f32;
            paragraph
                .align(AlignmentType::Left)
                .indent(Some(left.round() as i32), None, None, None)
        }
        BlockKind::Heading(_) | BlockKind::Paragraph => {
            let first_line = if options.indent { 2 * body_char } else { 0 };
            paragraph.align(AlignmentType::Both).indent(
                None,
                Some(SpecialIndentType::FirstLine(first_line)),
                None,
                None,
            )
        }
    }
}

fn empty_line(font: &str) -> Paragraph {
    Paragraph::new()
        .line_spacing(exact_pitch())
        .size(half_points(style::BODY_PT))
        .fonts(fonts(font))
}

/// "— 1 —": the page field between em dashes, one character in from the outer edge.
fn page_number_footer(fonts_of: &Fonts, align: AlignmentType) -> Footer {
    let font = Fonts::primary(&fonts_of.page_number);
    let size = half_points(style::PAGE_NUMBER_PT);
    let text = |t: &str| Run::new().add_text(t).size(size).fonts(fonts(font));
    let one_char = pt(style::PAGE_NUMBER_PT);
    let (left, right) = match align {
        AlignmentType::Left => (Some(one_char), None),
        _ => (None, Some(one_char)),
    };
    let paragraph = Paragraph::new()
        .align(align)
        .indent(left, None, right, None)
        .size(size)
        .fonts(fonts(font))
        .add_run(text("— "))
        .add_page_num(PageNum::new())
        .add_run(text(" —"));
    Footer::new().add_paragraph(paragraph)
}

/// The DOCX package.
pub fn build(report: &Report, options: &ExportOptions) -> Docx {
    let fonts_of = &options.fonts;
    let body_font = Fonts::primary(&fonts_of.body);
    let blocks = layout_for(report, options);
    let pads = style::signature_right_indents(&report.signature.unit, &report.signature.date);

    let mut docx = Docx::new()
        .page_size(
            mm(style::PAGE_WIDTH_MM) as u32,
            mm(style::PAGE_HEIGHT_MM) as u32,
        )
        .page_margin(
            PageMargin::new()
                .top(mm(style::MARGIN_TOP_MM))
                .bottom(mm(style::MARGIN_BOTTOM_MM))
                .left(mm(style::MARGIN_LEFT_MM))
                .right(mm(style::MARGIN_RIGHT_MM))
                .header(mm(15.0))
                // The page number's line sits 7 mm below the text block (§7.5).
                .footer(mm(style::MARGIN_BOTTOM_MM - 7.0 - 5.0))
                .gutter(0),
        )
        .default_fonts(fonts(body_font))
        .default_size(half_points(style::BODY_PT))
        .default_line_spacing(exact_pitch())
        .footer(page_number_footer(fonts_of, AlignmentType::Right))
        .even_footer(page_number_footer(fonts_of, AlignmentType::Left));
    // 22 lines a page (§5.2.2); characters keep their natural 16 pt pitch, which gives 27–28
    // a line in the 156 mm block without squeezing glyphs.
    docx.document.section_property = docx.document.section_property.clone().doc_grid(
        DocGrid::new()
            .grid_type(DocGridType::Lines)
            .line_pitch(pt(style::LINE_PITCH_PT) as usize),
    );

    let mut signature_started = false;
    for (i, block) in blocks.iter().enumerate() {
        let is_signature = matches!(
            block.kind,
            BlockKind::SignatureUnit | BlockKind::SignatureDate
        );
        if is_signature && !signature_started && i > 0 {
            // One blank line between the body and the signature (§7.3.5).
            docx = docx.add_paragraph(empty_line(body_font));
        }
        if block.kind == BlockKind::Attachment(0) && i > 0 {
            // One blank line between the body and the 附件说明 (§7.3.4).
            docx = docx.add_paragraph(empty_line(body_font));
        }
        signature_started |= is_signature;
        docx = docx.add_paragraph(paragraph_for(block, fonts_of, options, pads));
        if block.kind == BlockKind::Title {
            docx = docx.add_paragraph(empty_line(body_font));
        }
    }
    docx
}

/// The DOCX file's bytes.
pub fn write(report: &Report, options: &ExportOptions) -> Result<Vec<u8>, String> {
    let mut out = std::io::Cursor::new(Vec::new());
    build(report, options)
        .build()
        .pack(&mut out)
        .map_err(|e| format!("无法生成 DOCX：{e}。"))?;
    Ok(out.into_inner())
}
