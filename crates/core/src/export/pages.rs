//! The GB/T 9704 pages: the one layout behind the paper preview, the page count and the PDF.
//!
//! A4, margins 37 / 35 / 28 / 26 mm, 22 lines of 28 三号 cells a page, the way the DOCX
//! ([`super::docx`]) sets them and LibreOffice prints it:
//!
//! - **Cells.** The text block is 442.25 pt wide; a cell is 442.25 / 28 = 15.795 pt. A
//!   full-width character (Chinese, full-width punctuation, “” ‘’ — …) takes one cell.
//!   Half-width characters (Latin letters, digits, ASCII punctuation) take their width in the
//!   Latin face LibreOffice falls back to (DejaVu Sans, [`half_width_em`], at the DOCX's 98 %),
//!   and a run of them followed by Chinese text is widened to the next cell boundary, as
//!   LibreOffice kerns it on the grid: "24" takes 2 cells, "8" 1, "12.6%" 4. Measured with
//!   LibreOffice 7.4 (see the README).
//! - **Line breaks** ([`super::linebreak`]): any two full-width characters may be split, a Latin
//!   word may not; 、。，． hang past the line end, the other closing marks (；：？！）」》”…)
//!   never start a line and pull the character before them down, opening marks (（“《…) never
//!   end one. Lines other than a paragraph's last are justified.
//! - **Title**: 二号 22 pt, off the grid (natural pitch, 20 characters a line), centred, one
//!   grid line per title line, then one blank line.
//! - **Signature** (§7.3.5.2): one blank line, the unit and the date under it at the DOCX's
//!   left indents ([`super::style::signature_left_indents`]): the date two characters right.
//! - **Page numbers** "— N —", 四号 14 pt, 7 mm under the text block, one character in from
//!   the right edge on odd pages and from the left on even ones.

use super::linebreak::{self, Glyph, is_full_width};
use super::style::{self, BODY_PT, LINES_PER_PAGE, PAGE_NUMBER_PT, TITLE_PT};
use super::{Block, BlockKind, ExportOptions, layout_for};
use crate::model::Report;

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;
/// A4 in points.
pub const PAGE_WIDTH_PT: f32 = style::PAGE_WIDTH_MM * PT_PER_MM;
pub const PAGE_HEIGHT_PT: f32 = style::PAGE_HEIGHT_MM * PT_PER_MM;
/// The text block: left edge, top edge, width (8845 twips, as Word rounds it) and height.
pub const LEFT_PT: f32 = style::MARGIN_LEFT_MM * PT_PER_MM;
pub const TOP_PT: f32 = style::MARGIN_TOP_MM * PT_PER_MM;
pub const BLOCK_WIDTH_PT: f32 = 442.25;
pub const BLOCK_HEIGHT_PT: f32 = LINES_PER_PAGE as f32 * style::LINE_PITCH_PT;
/// One cell of the 28-character grid.
pub const CELL_PT: f32 = BLOCK_WIDTH_PT / style::CHARS_PER_LINE as f32;
/// The baseline sits this far below the middle of its grid line, in ems: the ideographic em
/// box (−0.12 to 0.88 em around the baseline) centred on the line.
const BASELINE_BELOW_MIDDLE_EM: f32 = 0.38;

/// What a line of a page is; the preview and the PDF choose font and size by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Title,
    /// 一、 headings (黑体).
    Heading1,
    /// （一） headings (楷体).
    Heading2,
    /// Body text, and 1. / （1） headings (仿宋).
    Body,
    Signature,
    PageNumber,
}

impl Role {
    pub fn of(kind: BlockKind) -> Self {
        match kind {
            BlockKind::Title => Self::Title,
            BlockKind::Heading(1) => Self::Heading1,
            BlockKind::Heading(2) => Self::Heading2,
            BlockKind::Heading(_) | BlockKind::Paragraph | BlockKind::Attachment(_) => Self::Body,
            BlockKind::SignatureUnit | BlockKind::SignatureDate => Self::Signature,
        }
    }

    /// Font size in points.
    pub fn size(self) -> f32 {
        match self {
            Self::Title => TITLE_PT,
            Self::PageNumber => PAGE_NUMBER_PT,
            _ => BODY_PT,
        }
    }
}

/// One positioned line. Coordinates are points from the page's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub text: String,
    pub role: Role,
    /// Left edge of the first character.
    pub x: f32,
    /// Baseline.
    pub y: f32,
    /// Font size in points.
    pub size: f32,
    /// Left edge of each character (one per `char` of `text`), relative to `x`.
    pub offsets: Vec<f32>,
    /// From `x` to the right edge of the last character's cell.
    pub width: f32,
}

/// One A4 sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// From 1.
    pub number: usize,
    /// In reading order; the page number is the last line.
    pub lines: Vec<Line>,
}

impl Page {
    /// The page's text lines without the page number.
    pub fn text_lines(&self) -> impl Iterator<Item = &Line> {
        self.lines.iter().filter(|l| l.role != Role::PageNumber)
    }
}

/// The pages of a report as exported with `options` (indent and signature apply).
pub fn paginate(report: &Report, options: &ExportOptions) -> Vec<Page> {
    paginate_blocks(&layout_for(report, options), options.indent)
}

/// The pages of laid-out blocks; `indent` is the first-line indent of two cells.
pub fn paginate_blocks(blocks: &[Block], indent: bool) -> Vec<Page> {
    let mut flow = Flow::default();
    let mut signature_started = false;
    let pads = signature_pads(blocks);
    for (i, block) in blocks.iter().enumerate() {
        let role = Role::of(block.kind);
        match block.kind {
            BlockKind::Title => {
                for line in title_lines(&block.text) {
                    flow.push(line);
                }
                flow.blank();
            }
            BlockKind::SignatureUnit | BlockKind::SignatureDate => {
                if !signature_started && i > 0 {
                    // §7.3.5: the signature is never alone on a page. When the blank line and
                    // the signature do not fit under the body, the body's last paragraph goes
                    // over with them (the DOCX keeps that paragraph with the next).
                    let signature: usize = blocks[i..]
                        .iter()
                        .map(|b| match b.kind {
                            BlockKind::SignatureUnit => signature_lines(&b.text, pads.0).len(),
                            BlockKind::SignatureDate => signature_lines(&b.text, pads.1).len(),
                            _ => 0,
                        })
                        .sum();
                    flow.keep_with_last_block(1 + signature);
                    flow.blank();
                }
                signature_started = true;
                // The unit and the date stay on one page (as the DOCX keeps the unit with the
                // next paragraph): a unit that would end a page goes over with its date.
                if block.kind == BlockKind::SignatureUnit {
                    let date = blocks[i + 1..]
                        .iter()
                        .find(|b| b.kind == BlockKind::SignatureDate)
                        .map_or(0, |b| signature_lines(&b.text, pads.1).len());
                    flow.keep(signature_lines(&block.text, pads.0).len() + date);
                }
                let left = if block.kind == BlockKind::SignatureUnit {
                    pads.0
                } else {
                    pads.1
                };
                for line in signature_lines(&block.text, left) {
                    flow.push(line);
                }
            }
            BlockKind::Heading(_) | BlockKind::Paragraph => {
                flow.begin_block();
                for line in body_lines(&block.text, role, indent) {
                    flow.push(line);
                }
            }
            BlockKind::Attachment(n) => {
                // §7.3.4: a blank line after the body, then 附件：1．… with the later names
                // under the first one's name (as the DOCX indents them).
                // A name too long for its line continues under its own first character
                // (§7.3.4): after "附件：1．" for the first, after "2．" for a later one.
                let offset = style::attachment_name_offset(&block.text);
                let (first, rest) = if n == 0 {
                    if i > 0 {
                        flow.blank();
                    }
                    let first = if indent { 2.0 } else { 0.0 };
                    (first, first + offset)
                } else {
                    let left = style::attachment_indent(indent);
                    (left, left + offset)
                };
                flow.begin_block();
                for line in attachment_lines(&block.text, first, rest) {
                    flow.push(line);
                }
            }
        }
    }
    flow.finish()
}

/// The left indents of the signature's two lines, in characters.
fn signature_pads(blocks: &[Block]) -> (f32, f32) {
    let text = |kind| {
        blocks
            .iter()
            .find(|b| b.kind == kind)
            .map_or("", |b| b.text.as_str())
    };
    style::signature_left_indents(
        text(BlockKind::SignatureUnit),
        text(BlockKind::SignatureDate),
    )
}

/// Lines placed horizontally; `Flow` gives them their page and baseline.
#[derive(Default)]
struct Flow {
    pages: Vec<Page>,
    current: Vec<Line>,
    /// Grid lines used on the current page.
    used: usize,
    /// Where the block being laid out began: (page index, index in `current`, grid row).
    block_start: Option<(usize, usize, usize)>,
}

impl Flow {
    fn push(&mut self, mut line: Line) {
        if self.used == LINES_PER_PAGE {
            self.break_page();
        }
        line.y = baseline(self.used, line.size);
        self.current.push(line);
        self.used += 1;
    }

    /// The next `n` lines go on one page: a new page when they do not fit on this one.
    fn keep(&mut self, n: usize) {
        if self.used > 0 && self.used + n > LINES_PER_PAGE && n <= LINES_PER_PAGE {
            self.break_page();
        }
    }

    /// A block (a paragraph, a heading, an attachment line) starts with the next line.
    fn begin_block(&mut self) {
        self.block_start = Some((self.pages.len(), self.current.len(), self.used));
    }

    /// The next `n` lines go on the page of the last block: when they do not fit on this
    /// one, the block goes over with them — as LibreOffice moves a paragraph kept with the
    /// next — or, when the block fills the page from its top (or began on the page before),
    /// its last line.
    fn keep_with_last_block(&mut self, n: usize) {
        if self.used + n > LINES_PER_PAGE && n < LINES_PER_PAGE && self.used >= 2 {
            let from = match self.block_start {
                Some((page, index, row))
                    if page == self.pages.len()
                        && row > 0
                        && self.used - row + n <= LINES_PER_PAGE =>
                {
                    (index, row)
                }
                _ => (self.current.len().saturating_sub(1), self.used - 1),
            };
            // Only lines that end the page move (no blank line after them).
            let last_row = self.used - 1;
            let ends_page = self
                .current
                .last()
                .is_some_and(|l| (l.y - baseline(last_row, l.size)).abs() < 0.01);
            if !ends_page || from.0 >= self.current.len() {
                return;
            }
            let moved: Vec<Line> = self.current.drain(from.0..).collect();
            self.used = from.1;
            self.break_page();
            for line in moved {
                self.push(line);
            }
        }
    }

    /// An empty paragraph: a grid line with nothing on it.
    fn blank(&mut self) {
        if self.used == LINES_PER_PAGE {
            self.break_page();
        }
        self.used += 1;
    }

    fn break_page(&mut self) {
        let number = self.pages.len() + 1;
        let mut lines = std::mem::take(&mut self.current);
        lines.push(page_number_line(number));
        self.pages.push(Page { number, lines });
        self.used = 0;
    }

    fn finish(mut self) -> Vec<Page> {
        if self.used > 0 || self.pages.is_empty() {
            self.break_page();
        }
        self.pages
    }
}

/// Baseline of grid line `row` (from 0) for text of `size` points.
fn baseline(row: usize, size: f32) -> f32 {
    TOP_PT + (row as f32 + 0.5) * style::LINE_PITCH_PT + BASELINE_BELOW_MIDDLE_EM * size
}

/// Width of a half-width character in ems: DejaVu Sans, the Latin face LibreOffice prints
/// 仿宋_GB2312's Latin text in where that font is not installed (digits 0.636 em).
pub fn half_width_em(c: char) -> f32 {
    match c {
        '0'..='9' | 'b' | 'd' | 'g' | 'h' | 'n' | 'p' | 'q' | 'u' | 'S' => 0.636,
        ' ' | '.' | ',' | '\t' | '·' => 0.3179,
        ':' | ';' | '/' | '\\' => 0.337,
        'i' | 'j' | 'l' | '\'' | '|' | 'I' | 'J' => 0.278,
        '!' | '(' | ')' | '[' | ']' | '{' | '}' | '-' | 'f' | 't' | 'r' => 0.39,
        '%' | 'W' => 0.95,
        'm' => 0.974,
        'w' | 'M' => 0.818,
        'D' | 'G' | 'H' | 'N' | 'O' | 'Q' | 'U' => 0.76,
        'A'..='Z' => 0.68,
        _ => 0.6,
    }
}

/// Horizontal scale of the body's glyphs in the DOCX (98 %), which LibreOffice applies to
/// the Latin text it measures.
const BODY_GLYPH_SCALE: f32 = 0.98;

/// Space LibreOffice puts between Chinese and Latin text off the grid (the title), in ems.
const TITLE_LATIN_GAP_EM: f32 = 0.2;

/// The characters of `text` with their widths. On the grid (`grid`) a full-width character
/// takes a cell and a run of half-width ones is snapped to the next cell boundary unless it
/// ends the paragraph (as LibreOffice kerns it); off the grid full-width characters are 1 em
/// and Latin runs get a small gap from Chinese text on each side.
fn measure(text: &str, size: f32, grid: bool) -> Vec<Glyph> {
    let mut out: Vec<Glyph> = text
        .chars()
        .map(|c| {
            let width = match (is_full_width(c), grid) {
                (true, true) => CELL_PT,
                (true, false) => size,
                (false, true) => half_width_em(c) * size * BODY_GLYPH_SCALE,
                (false, false) => half_width_em(c) * size,
            };
            Glyph { c, width }
        })
        .collect();
    let mut start = 0;
    while start < out.len() {
        if is_full_width(out[start].c) {
            start += 1;
            continue;
        }
        let end = (start..out.len())
            .find(|&i| is_full_width(out[i].c))
            .unwrap_or(out.len());
        if grid && end < out.len() {
            let natural: f32 = out[start..end].iter().map(|g| g.width).sum();
            let snapped = (natural / CELL_PT - 0.001).ceil() * CELL_PT;
            out[end - 1].width += snapped - natural;
        } else if !grid {
            let gap = TITLE_LATIN_GAP_EM * size;
            if start > 0 {
                out[start].width += gap;
            }
            if end < out.len() {
                out[end - 1].width += gap;
            }
        }
        start = end;
    }
    out
}

fn body_lines(text: &str, role: Role, indent: bool) -> Vec<Line> {
    let glyphs = measure(text, BODY_PT, true);
    let first_indent = if indent { 2.0 * CELL_PT } else { 0.0 };
    let broken = linebreak::break_lines(&glyphs, BLOCK_WIDTH_PT - first_indent, BLOCK_WIDTH_PT);
    let count = broken.len();
    broken
        .into_iter()
        .enumerate()
        .map(|(n, range)| {
            let indent = if n == 0 { first_indent } else { 0.0 };
            let justify = n + 1 < count;
            let avail = BLOCK_WIDTH_PT - indent;
            place(&glyphs[range], role, LEFT_PT + indent, avail, justify)
        })
        .collect()
}

/// An attachment's lines, left-aligned: the first `first` cells in, the others `rest`.
fn attachment_lines(text: &str, first: f32, rest: f32) -> Vec<Line> {
    let glyphs = measure(text, BODY_PT, true);
    let (first, rest) = (first * CELL_PT, rest * CELL_PT);
    let broken = linebreak::break_lines(&glyphs, BLOCK_WIDTH_PT - first, BLOCK_WIDTH_PT - rest);
    broken
        .into_iter()
        .enumerate()
        .map(|(n, range)| {
            let indent = if n == 0 { first } else { rest };
            place(
                &glyphs[range],
                Role::Body,
                LEFT_PT + indent,
                BLOCK_WIDTH_PT - indent,
                false,
            )
        })
        .collect()
}

/// A line of `glyphs` from `x`, spread over `avail` points when `justify`.
fn place(glyphs: &[Glyph], role: Role, x: f32, avail: f32, justify: bool) -> Line {
    let natural: f32 = glyphs.iter().map(|g| g.width).sum();
    // A hanging mark sits past the edge; it takes no part in the spreading.
    let hangs = natural > avail + 0.01;
    let spread_over = glyphs.len().saturating_sub(1 + usize::from(hangs));
    let extra = if justify && spread_over > 0 && natural < avail {
        (avail - natural) / spread_over as f32
    } else {
        0.0
    };
    let mut offsets = Vec::with_capacity(glyphs.len());
    let mut at = 0.0;
    for (i, g) in glyphs.iter().enumerate() {
        offsets.push(at);
        at += g.width;
        if i < spread_over {
            at += extra;
        }
    }
    Line {
        text: glyphs.iter().map(|g| g.c).collect(),
        role,
        x,
        y: 0.0,
        size: role.size(),
        offsets,
        width: at,
    }
}

/// The title: 22 pt characters at their natural pitch, centred. A title longer than a line is
/// broken as §7.3.1 asks: between words (never inside a number or a name), its lines a
/// trapezoid, the longer first, as even as the words allow ([`title_breaks`]).
fn title_lines(text: &str) -> Vec<Line> {
    let glyphs = measure(text, TITLE_PT, false);
    let mut lines = Vec::new();
    let mut from = 0;
    for to in title_breaks(text)
        .into_iter()
        .chain(std::iter::once(glyphs.len()))
    {
        let mut line = place(&glyphs[from..to], Role::Title, 0.0, BLOCK_WIDTH_PT, false);
        line.x = LEFT_PT + ((BLOCK_WIDTH_PT - line.width) / 2.0).max(0.0);
        lines.push(line);
        from = to;
    }
    lines
}

/// Does the title fit one line?
pub fn title_fits(text: &str) -> bool {
    measure(text, TITLE_PT, false)
        .iter()
        .map(|g| g.width)
        .sum::<f32>()
        <= BLOCK_WIDTH_PT + 0.01
}

/// Where a title breaks (character offsets), for the pages and the DOCX alike: none when it
/// fits one line; else at word boundaries, the lines as even as possible with none longer than
/// the line before (a trapezoid), or, for three lines, the middle one the longest (a diamond)
/// when that is more even. Without a boundary that fits, the plain line breaking's.
pub fn title_breaks(text: &str) -> Vec<usize> {
    let glyphs = measure(text, TITLE_PT, false);
    let total: f32 = glyphs.iter().map(|g| g.width).sum();
    if total <= BLOCK_WIDTH_PT + 0.01 || glyphs.is_empty() {
        return Vec::new();
    }
    let mut prefix = Vec::with_capacity(glyphs.len() + 1);
    prefix.push(0.0f32);
    for g in &glyphs {
        prefix.push(prefix.last().copied().unwrap_or(0.0) + g.width);
    }
    let width = |a: usize, b: usize| prefix[b] - prefix[a];
    let fits = |a: usize, b: usize| width(a, b) <= BLOCK_WIDTH_PT + 0.01;
    let cuts = title_word_boundaries(text);
    let n = glyphs.len();
    // Two lines: a trapezoid, the longer first, as even as possible; a break before 及 / 和
    // / 暨 / 与 joining two titles ("…工作总结 / 及2023年工作计划") is worth some unevenness.
    let chars: Vec<char> = text.chars().collect();
    let cost = |k: usize| {
        let joins = "及和暨与".contains(chars[k]);
        width(0, k) - width(k, n) - if joins { 0.25 * BLOCK_WIDTH_PT } else { 0.0 }
    };
    let two = cuts
        .iter()
        .copied()
        .filter(|&b| fits(0, b) && fits(b, n) && width(0, b) + 0.01 >= width(b, n))
        .min_by(|&a, &b| cost(a).total_cmp(&cost(b)));
    if let Some(b) = two {
        return vec![b];
    }
    // Three lines: a trapezoid (each no longer than the one above) or a diamond (the middle
    // the longest), the most even.
    let mut best: Option<(f32, usize, usize)> = None;
    for (i, &a) in cuts.iter().enumerate() {
        for &b in &cuts[i + 1..] {
            if !(fits(0, a) && fits(a, b) && fits(b, n)) {
                continue;
            }
            let (l1, l2, l3) = (width(0, a), width(a, b), width(b, n));
            let trapezoid = l1 + 0.01 >= l2 && l2 + 0.01 >= l3;
            let diamond = l2 + 0.01 >= l1 && l2 + 0.01 >= l3;
            if !(trapezoid || diamond) {
                continue;
            }
            let spread = l1.max(l2).max(l3) - l1.min(l2).min(l3);
            if best.is_none_or(|(s, _, _)| spread < s) {
                best = Some((spread, a, b));
            }
        }
    }
    if let Some((_, a, b)) = best {
        return vec![a, b];
    }
    let ranges = linebreak::break_lines(&glyphs, BLOCK_WIDTH_PT, BLOCK_WIDTH_PT);
    ranges.iter().skip(1).map(|r| r.start).collect()
}

/// Offsets where a title may break: between jieba's words when the dictionary is in (the
/// window loads it on a thread; the command line and export tasks load it here), else after
/// the words that end a title's units (年, 局, 和…); never inside a run of Latin letters and
/// digits, between a number and its unit (2026年, 12个), after 第, after an opening mark or
/// before a closing one.
fn title_word_boundaries(text: &str) -> Vec<usize> {
    let chars: Vec<char> = text.chars().collect();
    let mut starts: Vec<usize> = match crate::check::jieba_if_loaded() {
        Some(jieba) => jieba.cut(text, false).iter().map(|t| t.start).collect(),
        None => {
            const AFTER: &str = "年度季月局委院厅办会区县市镇乡村司校部处室所队站和及暨与的关于";
            (1..chars.len())
                .filter(|&k| AFTER.contains(chars[k - 1]) || "工总计报汇".contains(chars[k]))
                .collect()
        }
    };
    // jieba cuts 2026年 into 2026 / 年 and 12个 into 12 / 个: a number keeps its unit, and 第
    // its numeral.
    let numeral = |c: char| c.is_ascii_digit() || "〇零一二三四五六七八九十百千万两".contains(c);
    starts.retain(|&k| {
        k > 0
            && k < chars.len()
            && !(chars[k - 1].is_ascii_alphanumeric() && chars[k].is_ascii_alphanumeric())
            && !(numeral(chars[k - 1]) && "年月日号季度届次期个项件批家所%％".contains(chars[k]))
            && chars[k - 1] != '第'
            && !"（(《“‘【〔".contains(chars[k - 1])
            && !"）)》”’】〕，。、；：！？—…".contains(chars[k])
    });
    starts.dedup();
    starts
}

/// A signature line starting `left` cells of the character grid (as the DOCX indents) from the
/// type area's left edge; a line too long for the rest is broken, each piece starting there.
fn signature_lines(text: &str, left: f32) -> Vec<Line> {
    let glyphs = measure(text, BODY_PT, true);
    let avail = (BLOCK_WIDTH_PT - left * CELL_PT).max(CELL_PT);
    linebreak::break_lines(&glyphs, avail, avail)
        .into_iter()
        .map(|range| {
            let mut line = place(&glyphs[range], Role::Signature, 0.0, avail, false);
            line.x = LEFT_PT + BLOCK_WIDTH_PT - avail;
            line
        })
        .collect()
}

/// "— N —" in 四号, one character in from the outer edge, 7 mm under the text block.
fn page_number_line(number: usize) -> Line {
    let text = format!("— {number} —");
    let glyphs = measure(&text, PAGE_NUMBER_PT, false);
    let mut line = place(&glyphs, Role::PageNumber, 0.0, BLOCK_WIDTH_PT, false);
    line.x = if number % 2 == 1 {
        LEFT_PT + BLOCK_WIDTH_PT - PAGE_NUMBER_PT - line.width
    } else {
        LEFT_PT + PAGE_NUMBER_PT
    };
    line.y = TOP_PT + BLOCK_HEIGHT_PT + 7.0 * PT_PER_MM + 0.88 * PAGE_NUMBER_PT;
    line
}

/// Where each character of `line` is drawn, as an x from the line's `x`: a full-width
/// character at the left edge of its cell; a run of half-width ones at their natural advances
/// (`natural(i, c)`, points, for the `i`th character), centred in the room the layout gives
/// the run (as LibreOffice kerns a Latin run on the grid). The one placement routine of the
/// PDF and the paper preview, so that both put every glyph at the same place.
/// Marks that close a phrase: a Latin run before one is set against it.
const CLOSING_MARKS: &str = "。，、；：！？）》」』”’】〕…";

pub fn placements(line: &Line, mut natural: impl FnMut(usize, char) -> f32) -> Vec<f32> {
    let chars: Vec<char> = line.text.chars().collect();
    let offset = |i: usize| line.offsets.get(i).copied().unwrap_or(line.width);
    let mut xs = Vec::with_capacity(chars.len());
    let mut start = 0;
    while start < chars.len() {
        if is_full_width(chars[start]) {
            xs.push(offset(start));
            start += 1;
            continue;
        }
        let end = (start..chars.len())
            .find(|&i| is_full_width(chars[i]))
            .unwrap_or(chars.len());
        let advances: Vec<f32> = (start..end).map(|i| natural(i, chars[i])).collect();
        let room = offset(end) - offset(start);
        // A run inside the line is centred in the cells it takes; a run opening the line
        // starts at its edge (no gap before "98.0%" or a date's year); a run before a closing
        // mark ends at it (no gap before 。，、).
        let slack = (room - advances.iter().sum::<f32>()).max(0.0);
        let closes = chars.get(end).is_some_and(|c| CLOSING_MARKS.contains(*c));
        let mut x = offset(start)
            + if start == 0 {
                0.0
            } else if closes {
                slack
            } else {
                slack / 2.0
            };
        for advance in advances {
            xs.push(x);
            x += advance;
        }
        start = end;
    }
    xs
}

/// Pages the report takes; what the preview shows as "共 N 页".
pub fn page_count(report: &Report, options: &ExportOptions) -> usize {
    paginate(report, options).len()
}

#[cfg(test)]
#[path = "pages_tests.rs"]
mod tests;
