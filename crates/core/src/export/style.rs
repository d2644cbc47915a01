//! The GB/T 9704-2012 page: fonts, sizes, the 22 × 28 grid, signature placement, page count.

use super::BlockKind;
use serde::{Deserialize, Serialize};

/// A4 in millimetres and the margins of §5.2.1 (天头 37, 订口 28; text block 156 × 225).
pub const PAGE_WIDTH_MM: f32 = 210.0;
pub const PAGE_HEIGHT_MM: f32 = 297.0;
pub const MARGIN_TOP_MM: f32 = 37.0;
pub const MARGIN_BOTTOM_MM: f32 = 35.0;
pub const MARGIN_LEFT_MM: f32 = 28.0;
pub const MARGIN_RIGHT_MM: f32 = 26.0;
/// §5.2.2: 22 lines a page, 28 characters a line.
pub const LINES_PER_PAGE: usize = 22;
pub const CHARS_PER_LINE: usize = 28;
/// Font sizes in points: 二号 title, 三号 body, 四号 page numbers.
pub const TITLE_PT: f32 = 22.0;
pub const BODY_PT: f32 = 16.0;
pub const PAGE_NUMBER_PT: f32 = 14.0;
/// Fixed line pitch giving 22 lines in the 225 mm text block: 579 twips (28.95 pt). The block
/// is 16838 − 2098 − 1984 = 12756 twips high as Word and LibreOffice store the margins, and
/// 22 lines of 580 twips (the rounded 225 mm / 22 = 28.99 pt) would need 12760: LibreOffice
/// then fits 21 grid lines a page.
pub const LINE_PITCH_PT: f32 = 579.0 / 20.0;

/// Font names for each part of the document. The first name of each list is what Windows
/// machines with the usual 公文 fonts have; the rest are fallbacks (HTML lists them all, DOCX
/// names the first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Fonts {
    pub body: Vec<String>,
    pub title: Vec<String>,
    /// 一、 headings.
    pub heading1: Vec<String>,
    /// （一） headings.
    pub heading2: Vec<String>,
    pub page_number: Vec<String>,
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

impl Default for Fonts {
    fn default() -> Self {
        Self {
            body: names(&["仿宋_GB2312", "仿宋", "FangSong", "STFangsong"]),
            title: names(&["方正小标宋简体", "小标宋", "宋体", "SimSun"]),
            heading1: names(&["黑体", "SimHei", "Heiti SC"]),
            heading2: names(&["楷体_GB2312", "楷体", "KaiTi", "STKaiti"]),
            page_number: names(&["宋体", "SimSun"]),
        }
    }
}

impl Fonts {
    /// The font list for a block (GB/T 9704 §7.2, §7.3.3).
    pub fn for_block(&self, kind: BlockKind) -> &[String] {
        match kind {
            BlockKind::Title => &self.title,
            BlockKind::Heading(1) => &self.heading1,
            BlockKind::Heading(2) => &self.heading2,
            _ => &self.body,
        }
    }

    /// The first (preferred) name of a list.
    pub fn primary(list: &[String]) -> &str {
        list.first().map_or("仿宋", String::as_str)
    }
}

/// Width of text in body characters: CJK and full-width forms count 1, ASCII half.
pub fn width_in_chars(text: &str) -> f32 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
        .sum()
}

/// Right indents, in characters, of the signature's unit and date (§7.3.5.2 for a document
/// without a seal): the date starts two characters right of the unit's first character, and
/// whichever line reaches further right keeps two characters of space.
pub fn signature_right_indents(unit: &str, date: &str) -> (f32, f32) {
    signature_right_indents_by(unit, date, grid_width)
}

/// [`signature_right_indents`] with text widths measured by `width`: the grid's cells for the
/// pages and the DOCX, half a character a Latin letter or digit for HTML, whose receivers set
/// text at its natural widths.
pub fn signature_right_indents_by(unit: &str, date: &str, width: fn(&str) -> f32) -> (f32, f32) {
    let unit_end = width(unit);
    let date_end = 2.0 + width(date);
    let right = unit_end.max(date_end);
    (2.0 + right - unit_end, 2.0 + right - date_end)
}

/// Width of text in cells of the 28-cell grid as the page layout sets it: each CJK character a
/// cell, each run of Latin letters and digits the whole cells its half-width characters need
/// (a year of four digits takes three cells: 32 pt of 16 pt digits in cells of 15.8 pt).
pub fn grid_width(text: &str) -> f32 {
    let cell =
        (PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM) / CHARS_PER_LINE as f32 / 25.4 * 72.0;
    let mut cells = 0.0;
    let mut run = 0usize;
    let close = |run: &mut usize, cells: &mut f32| {
        if *run > 0 {
            *cells += (*run as f32 * 0.5 * BODY_PT / cell - 0.001).ceil();
            *run = 0;
        }
    };
    for c in text.chars() {
        if c.is_ascii() {
            run += 1;
        } else {
            close(&mut run, &mut cells);
            cells += 1.0;
        }
    }
    close(&mut run, &mut cells);
    cells
}

/// Left indents, in characters from the type area's left edge, of the signature's unit and date
/// (§7.3.5.2 for a document without a seal): the date starts exactly two characters right of
/// the unit's first character, and whichever line reaches further right ends two characters
/// before the right edge (a date longer than the unit moves the unit left). Left indents hold
/// the two-character step whatever the digits' real widths; only the right margin depends on
/// the estimate. A unit too long for that starts at the left edge.
pub fn signature_left_indents(unit: &str, date: &str) -> (f32, f32) {
    let (unit_right, _) = signature_right_indents(unit, date);
    let unit_left = (CHARS_PER_LINE as f32 - unit_right - grid_width(unit)).max(0.0);
    (unit_left, unit_left + 2.0)
}

/// Width, in grid cells, of what stands before an attachment's name on its first line: "附件："
/// and the number "1．" (for the first), or the number "2．" (for a later one). A name too long
/// for one line continues under its own first character (§7.3.4).
pub fn attachment_name_offset(text: &str) -> f32 {
    grid_width(attachment_prefix(text))
}

/// "附件：1．" (or "2．", or "附件：" alone) at the start of an attachment's line.
pub fn attachment_prefix(text: &str) -> &str {
    let rest = text.strip_prefix(super::ATTACHMENT_LABEL).unwrap_or(text);
    let label = text.len() - rest.len();
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let number = if digits > 0 && rest[digits..].starts_with('．') {
        digits + '．'.len_utf8()
    } else {
        0
    };
    &text[..label + number]
}

/// Left indent, in characters, of the second and later attachment lines: the paragraph
/// indent plus the width of "附件：", so their numbers stand under the first one's.
pub fn attachment_indent(paragraph_indent: bool) -> f32 {
    let label = width_in_chars(super::ATTACHMENT_LABEL);
    if paragraph_indent { 2.0 + label } else { label }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_date_starts_two_characters_right_of_the_unit() {
        // Unit 11 cells, date 8 (the year's four digits take three cells of the grid): the
        // unit keeps 2 cells of space on the right and the date, starting 2 further right,
        // ends 3 cells before the edge.
        assert_eq!(grid_width("2022年7月1日"), 8.0);
        let (unit, date) = signature_right_indents("某县文化旅游广电体育局", "2022年7月1日");
        assert_eq!((unit, date), (2.0, 3.0));
        assert_eq!(
            signature_left_indents("某县文化旅游广电体育局", "2022年7月1日"),
            (15.0, 17.0)
        );
        // A date longer than the unit: the date keeps 2, the unit moves left.
        assert_eq!(grid_width("2022年12月31日"), 10.0);
        let (unit, date) = signature_right_indents("某局", "2022年12月31日");
        assert_eq!((unit, date), (12.0, 2.0));
        assert_eq!(
            signature_left_indents("某局", "2022年12月31日"),
            (14.0, 16.0)
        );
    }

    #[test]
    fn line_pitch_gives_22_lines_in_the_text_block() {
        let block_mm = PAGE_HEIGHT_MM - MARGIN_TOP_MM - MARGIN_BOTTOM_MM;
        assert!((block_mm - 225.0).abs() < 0.01);
        assert!((LINE_PITCH_PT - 28.95).abs() < 0.01, "{LINE_PITCH_PT}");
        // 22 lines fit the block in twips as stored, 23 do not.
        let block_twips = 16838 - 2098 - 1984;
        let pitch = (LINE_PITCH_PT * 20.0).round() as i32;
        assert!(22 * pitch <= block_twips && 23 * pitch > block_twips);
    }
}
