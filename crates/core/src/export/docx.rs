//! DOCX in the layout of GB/T 9704-2012: A4, the official margins, a grid of 22 lines of 28
//! characters, 二号 小标宋 title, 三号 仿宋 body, 黑体 / 楷体 headings, signature per §7.3.5,
//! and page numbers "— 1 —" in 四号 宋体, right on odd pages and left on even ones (§7.5).
//! The package is put into ECMA-376 schema order before it is written ([`super::ooxml`]).

use super::style::{self, Fonts};
use super::{Block, BlockKind, ExportOptions, layout_for};
use crate::i18n::Text;
use crate::model::Report;
use docx_rs::{
    AlignmentType, BreakType, DocGrid, DocGridType, Docx, Footer, LineSpacing, LineSpacingType,
    PageMargin, PageNum, Paragraph, Run, RunFonts, SpecialIndentType,
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

/// Width of the text block in twips, as Word computes it from the section's page size and
/// margins (the rounded twip values it stores, not the millimetres).
fn text_block_twips() -> i32 {
    mm(style::PAGE_WIDTH_MM) - mm(style::MARGIN_LEFT_MM) - mm(style::MARGIN_RIGHT_MM)
}

/// `w:charSpace` of the document grid: 28 characters of 三号 a line (GB/T 9704 §5.2.2).
///
/// With `w:type="linesAndChars"` the grid's character pitch is the default font size (16 pt:
/// `w:docDefaults` and the Normal style) plus `w:charSpace` 4096ths of a point (ECMA-376
/// §17.6.5), and a line holds as many whole pitches as fit in the text block. The block is
/// 11906 − 1587 − 1474 = 8845 twips = 442.25 pt wide (156 mm), so 28 characters need a pitch
/// of at most 442.25 / 28 = 15.794643 pt, i.e. 15.794643 − 16 = −0.205357 pt
/// = −841.14 / 4096 pt. Rounding towards the smaller pitch gives −842: a pitch of
/// 16 − 842 / 4096 = 15.794434 pt, 28 of which take 442.244 pt ≤ 442.25 pt, while 29 would
/// need 458.04 pt. (Rounding to −841 would give 442.251 pt, a hair too wide, and 27 a line.)
fn grid_char_space() -> isize {
    let block_pt = text_block_twips() as f64 / 20.0;
    let pitch_pt = block_pt / style::CHARS_PER_LINE as f64;
    ((pitch_pt - style::BODY_PT as f64) * 4096.0).floor() as isize
}

/// The grid's character pitch in twips (315.89 for −842).
fn grid_pitch_twips() -> f64 {
    (style::BODY_PT as f64 + grid_char_space() as f64 / 4096.0) * 20.0
}

/// First-line indent of two grid cells. LibreOffice keeps the pitch in 0.01 mm (0.555 cm =
/// 15.73 pt, 629.3 twips for two cells) and starts the text in the next cell when the indent
/// passes a cell boundary, which would leave 25 characters on the first line; 3 twips under
/// two of Word's cells (631.8) is inside both. Word places the 26 characters either way.
fn first_line_indent_twips() -> i32 {
    grid_indent_twips(2.0)
}

/// An indent of `cells` grid cells that both Word (15.79 pt cells) and LibreOffice (15.73 pt)
/// count as exactly that many: just under the smaller of the two.
fn grid_indent_twips(cells: f32) -> i32 {
    const LIBREOFFICE_CELL_TWIPS: f64 = 0.555 / 2.54 * 1440.0;
    let cells = f64::from(cells);
    let word = (cells * grid_pitch_twips()).floor() as i32 - 3;
    let libreoffice = (cells * LIBREOFFICE_CELL_TWIPS).floor() as i32 - 1;
    word.min(libreoffice)
}

/// Horizontal scale of the body's glyphs, in percent. Word sets every character of a
/// `linesAndChars` grid on the 15.79 pt pitch, whatever its width; LibreOffice gives a
/// character wider than a cell two cells, so a 16 pt glyph would take 31.5 pt there and a line
/// 14 characters. At 98 % the glyphs are 15.68 pt wide, inside a cell in both (the difference
/// is not visible in print).
const GLYPH_SCALE_PERCENT: i32 = 98;

/// Every paragraph says `w:widowControl w:val="0"`: pages fill all 22 lines of the grid, as
/// GB/T 9704 counts them, in Word (whose default this is) and in LibreOffice (which keeps two
/// lines together at a page break unless told not to).
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
    let mut run = Run::new();
    if block.kind == BlockKind::Title {
        // The title's lines as the pages break it (§7.3.1: whole words, a trapezoid), so
        // Word and LibreOffice do not break it inside a word.
        let chars: Vec<char> = block.text.chars().collect();
        let mut from = 0;
        for to in super::pages::title_breaks(&block.text) {
            run = run
                .add_text(chars[from..to].iter().collect::<String>())
                .add_break(BreakType::TextWrapping);
            from = to;
        }
        run = run.add_text(chars[from..].iter().collect::<String>());
    } else {
        run = run.add_text(&block.text);
    }
    let mut run = run.size(half_points(size)).fonts(fonts(font));
    if block.kind != BlockKind::Title {
        run = run.stretch(GLYPH_SCALE_PERCENT);
    }
    let paragraph = Paragraph::new()
        .add_run(run)
        .widow_control(false)
        .line_spacing(exact_pitch())
        .size(half_points(size))
        .fonts(fonts(font));
    match block.kind {
        // The 22 pt title keeps its natural pitch: on the 16 pt grid each of its characters
        // would take two cells.
        BlockKind::Title => paragraph.align(AlignmentType::Center).snap_to_grid(false),
        BlockKind::SignatureUnit | BlockKind::SignatureDate => {
            let pad = if block.kind == BlockKind::SignatureUnit {
                pads.0
            } else {
                pads.1
            };
            paragraph
                .align(AlignmentType::Left)
                .indent(Some(grid_indent_twips(pad)), None, None, None)
                // The unit stays on the page of its date.
                .keep_next(block.kind == BlockKind::SignatureUnit)
        }
        BlockKind::Attachment(0) => {
            // "附件：1．" hangs: the name's later lines stand under its first character.
            let first = if options.indent { 2.0 } else { 0.0 };
            let offset = style::attachment_name_offset(&block.text);
            let left = grid_indent_twips(first + offset);
            let hanging = left - grid_indent_twips(first).max(0);
            paragraph.align(AlignmentType::Left).indent(
                Some(left),
                Some(SpecialIndentType::Hanging(hanging)),
                None,
                None,
            )
        }
        BlockKind::Attachment(_) => {
            // The number under the first one's, the name's later lines under its first
            // character.
            let number_at = style::attachment_indent(options.indent);
            let offset = style::attachment_name_offset(&block.text);
            let left = grid_indent_twips(number_at + offset);
            let hanging = left - grid_indent_twips(number_at);
            paragraph.align(AlignmentType::Left).indent(
                Some(left),
                Some(SpecialIndentType::Hanging(hanging)),
                None,
                None,
            )
        }
        BlockKind::Heading(_) | BlockKind::Paragraph => {
            let first_line = if options.indent {
                first_line_indent_twips()
            } else {
                0
            };
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
        .widow_control(false)
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
    let pads = style::signature_left_indents(&report.signature.unit, &report.signature.date);

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
    // 22 lines of 28 characters a page (§5.2.2): a line-and-character grid.
    docx.document.section_property = docx.document.section_property.clone().doc_grid(
        DocGrid::new()
            .grid_type(DocGridType::LinesAndChars)
            .line_pitch(pt(style::LINE_PITCH_PT) as usize)
            .char_space(grid_char_space()),
    );

    let mut signature_started = false;
    for (i, block) in blocks.iter().enumerate() {
        let is_signature = matches!(
            block.kind,
            BlockKind::SignatureUnit | BlockKind::SignatureDate
        );
        if is_signature && !signature_started && i > 0 {
            // One blank line between the body and the signature (§7.3.5), kept with it.
            docx = docx.add_paragraph(empty_line(body_font).keep_next(true));
        }
        if block.kind == BlockKind::Attachment(0) && i > 0 {
            // One blank line between the body and the 附件说明 (§7.3.4).
            docx = docx.add_paragraph(empty_line(body_font));
        }
        signature_started |= is_signature;
        let mut paragraph = paragraph_for(block, fonts_of, options, pads);
        // The body's last paragraph is kept with the signature, which is never alone on a
        // page (§7.3.5); with widow control off its last line goes over with it.
        let signs_next = blocks
            .get(i + 1)
            .is_some_and(|b| matches!(b.kind, BlockKind::SignatureUnit | BlockKind::SignatureDate));
        if signs_next && !is_signature {
            paragraph = paragraph.keep_next(true);
        }
        docx = docx.add_paragraph(paragraph);
        if block.kind == BlockKind::Title {
            docx = docx.add_paragraph(empty_line(body_font));
        }
    }
    docx
}

/// The DOCX file's bytes: docx-rs's package with every part put into schema order
/// ([`super::ooxml`]), so that Word and strict readers accept it.
/// The error is the message to show, in both languages.
pub fn write(report: &Report, options: &ExportOptions) -> Result<Vec<u8>, Text> {
    let mut out = std::io::Cursor::new(Vec::new());
    build(report, options)
        .build()
        .pack(&mut out)
        .map_err(|e| Text::tr("无法生成 DOCX：{}。", &[&e]))?;
    let packed = out.into_inner();
    // docx-rs always writes its own Normal style with empty run properties. LibreOffice takes
    // the grid's base character size from that style alone (12 pt when it has none), so it
    // gets the body size too; Word reads the same 16 pt from the document defaults.
    let size = half_points(style::BODY_PT);
    super::ooxml::replace_in_part(
        &packed,
        "word/styles.xml",
        r#"w:styleId="Normal"><w:name w:val="Normal" /><w:rPr />"#,
        &format!(
            r#"w:styleId="Normal"><w:name w:val="Normal" /><w:rPr><w:sz w:val="{size}" /><w:szCs w:val="{size}" /></w:rPr>"#
        ),
    )
    .and_then(|docx| super::ooxml::normalize_package(&docx))
    .map_err(|e| Text::tr("无法生成 DOCX：{}。", &[&e]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_holds_exactly_28_characters_a_line() {
        assert_eq!(text_block_twips(), 8845);
        assert_eq!(grid_char_space(), -842);
        let pitch = grid_pitch_twips();
        let block = text_block_twips() as f64;
        assert!(28.0 * pitch <= block && 29.0 * pitch > block, "{pitch}");
        // One more 4096th of a point and 28 no longer fit.
        assert!(28.0 * (16.0 + (grid_char_space() + 1) as f64 / 4096.0) * 20.0 > block);
        // The first-line indent leaves 26 cells.
        let indent = first_line_indent_twips() as f64;
        assert!(
            indent <= 2.0 * pitch && indent + 26.0 * pitch <= block,
            "{indent}"
        );
        assert_eq!(first_line_indent_twips(), 628);
    }
}
