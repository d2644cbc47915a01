//! Breaking a paragraph into lines the way LibreOffice does for Chinese (zh-CN): the
//! forbidden characters of its locale data, hanging punctuation for 、。，．, and no break
//! inside a Latin word.

use std::ops::Range;

/// A character and the width it takes on the line, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Glyph {
    pub c: char,
    pub width: f32,
}

/// Marks that may hang past the line's end instead of starting the next line.
pub const HANGING: &str = "、。，．";

/// Characters that never start a line (LibreOffice's zh-CN `ForbiddenLineBeginCharacters`).
pub const NO_START: &str =
    "!%),.:;?]}¢°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｝～￠";

/// Characters that never end a line (`ForbiddenLineEndCharacters`).
pub const NO_END: &str = "$(£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥";

/// Quotation marks (ICU's class QU).
const QUOTES: &str = "“”‘’\"'";

/// Slack for rounding when a line is exactly full.
const EPSILON: f32 = 0.01;

/// Whether a character takes a full cell: everything from U+2000 on (Chinese, full-width
/// forms, and “” ‘’ — …, which Chinese faces set full-width), and the Latin-1 signs that
/// GB 2312 holds as full-width characters (× ÷ ± ° § ¨ ¤: the ×× of a placeholder is as wide
/// as the characters it stands for, in 仿宋_GB2312 and in the CJK faces that stand in). Other
/// ASCII and Latin-1, the middle dot · included, are set in the Latin face.
pub fn is_full_width(c: char) -> bool {
    c as u32 >= 0x2000 || matches!(c, '×' | '÷' | '±' | '°' | '§' | '¨' | '¤')
}

fn is_word_char(c: char) -> bool {
    !is_full_width(c) && !c.is_whitespace()
}

/// Whether a line may start at `glyphs[i]`.
fn can_break_before(glyphs: &[Glyph], i: usize) -> bool {
    let (Some(prev), Some(next)) = (glyphs.get(i.wrapping_sub(1)), glyphs.get(i)) else {
        return false;
    };
    let (prev, next) = (prev.c, next.c);
    if is_word_char(prev) && is_word_char(next) {
        return false;
    }
    // Quotation marks hold to Latin text on either side (ICU's rule LB19, which LibreOffice
    // keeps for Chinese): “乡”20” does not break before 20.
    let quote = |c: char| QUOTES.contains(c);
    if (quote(prev) && is_word_char(next)) || (is_word_char(prev) && quote(next)) {
        return false;
    }
    !next.is_whitespace() && !NO_START.contains(next) && !NO_END.contains(prev)
}

/// The lines of a paragraph as ranges of `glyphs`: the first line has `first` points, the
/// others `rest`. Every glyph is on exactly one line; an empty paragraph has no line.
pub fn break_lines(glyphs: &[Glyph], first: f32, rest: f32) -> Vec<Range<usize>> {
    let n = glyphs.len();
    let mut lines = Vec::new();
    let mut start = 0;
    while start < n {
        let cap = if lines.is_empty() { first } else { rest };
        let mut used = 0.0;
        let mut i = start;
        while i < n && used + glyphs[i].width <= cap + EPSILON {
            used += glyphs[i].width;
            i += 1;
        }
        // Spaces at the end of a line take no room.
        while i < n && glyphs[i].c.is_whitespace() {
            i += 1;
        }
        if i == n {
            lines.push(start..n);
            break;
        }
        let end = if hangs(glyphs, start, i) {
            i + 1
        } else {
            let mut j = i;
            while j > start && !can_break_before(glyphs, j) {
                j -= 1;
            }
            if j == start {
                // Nothing allowed: break where the line is full (a very long Latin word).
                i.max(start + 1)
            } else {
                j
            }
        };
        lines.push(start..end);
        start = end;
    }
    lines
}

/// `glyphs[i]` (the first that does not fit) is a hanging mark that may stay on the line.
fn hangs(glyphs: &[Glyph], start: usize, i: usize) -> bool {
    i > start
        && HANGING.contains(glyphs[i].c)
        && !glyphs
            .get(i + 1)
            .is_some_and(|g| NO_START.contains(g.c) || g.c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str) -> Vec<Glyph> {
        text.chars().map(|c| Glyph { c, width: 1.0 }).collect()
    }

    fn lines(text: &str, width: f32) -> Vec<String> {
        let glyphs = cells(text);
        break_lines(&glyphs, width, width)
            .into_iter()
            .map(|r| glyphs[r].iter().map(|g| g.c).collect())
            .collect()
    }

    #[test]
    fn full_width_text_fills_each_line() {
        assert_eq!(lines("一二三四五六七", 3.0), ["一二三", "四五六", "七"]);
        assert!(lines("", 3.0).is_empty());
    }

    #[test]
    fn comma_and_full_stop_hang() {
        assert_eq!(lines("一二三，四五", 3.0), ["一二三，", "四五"]);
        assert_eq!(lines("一二三。", 3.0), ["一二三。"]);
    }

    #[test]
    fn other_closing_marks_pull_the_character_before_them() {
        assert_eq!(lines("一二三；四五", 3.0), ["一二", "三；四", "五"]);
        assert_eq!(lines("一二三”四五", 3.0), ["一二", "三”四", "五"]);
        assert_eq!(lines("一二三）四五", 3.0), ["一二", "三）四", "五"]);
    }

    #[test]
    fn opening_marks_never_end_a_line() {
        assert_eq!(lines("一二“三四五", 3.0), ["一二", "“三四", "五"]);
        assert_eq!(lines("一二（三四五", 3.0), ["一二", "（三四", "五"]);
    }

    #[test]
    fn latin_words_are_not_split() {
        assert_eq!(lines("一二1200三", 4.0), ["一二", "1200", "三"]);
        assert_eq!(lines("abcdefg", 3.0), ["abc", "def", "g"]);
    }
}
