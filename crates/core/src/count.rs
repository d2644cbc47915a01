//! Word counts as Word and WPS count Chinese text (字数): each Chinese character and each
//! full-width punctuation mark is one, each run of Latin letters or digits is one word,
//! whitespace and half-width punctuation count nothing. Generated numbering is not counted.

use crate::model::{Item, Report, Section};

fn is_counted_single(c: char) -> bool {
    // CJK ideographs, full-width forms and CJK punctuation.
    crate::han::is_han(c)
        || matches!(c,
        '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff5e}' | '\u{2018}'..='\u{201f}'
        | '\u{2026}' | '\u{2014}' | '\u{00b7}')
            && c != '\u{3000}'
}

/// The 字数 of a text.
pub fn count(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        // 3.5 and 1,200 are one word each.
        if in_word && matches!(c, '.' | ',') && chars.peek().is_some_and(|n| n.is_ascii_digit()) {
            continue;
        }
        if is_counted_single(c) {
            n += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                n += 1;
                in_word = true;
            }
        } else {
            in_word = false;
        }
    }
    n
}

/// An item with its children.
pub fn item(item: &Item) -> usize {
    count(&item.heading) + count(&item.body) + items(&item.children)
}

fn items(list: &[Item]) -> usize {
    list.iter().map(item).sum()
}

pub fn section(section: &Section) -> usize {
    count(&section.title) + count(&section.lead) + items(&section.items)
}

/// The whole report: title, 导语, sections, closing and signature.
pub fn report(report: &Report) -> usize {
    count(&report.title)
        + count(&report.intro)
        + report.sections.iter().map(section).sum::<usize>()
        + count(&report.closing)
        + count(&report.signature.unit)
        + count(&report.signature.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_like_word() {
        assert_eq!(count("工作总结"), 4);
        // 完成投资 3.5 亿元 ， 同比增长 12.6 。 — % is half-width and not counted.
        assert_eq!(count("完成投资3.5亿元，同比增长12.6%。"), 14);
        assert_eq!(count("使用 Word 和 WPS"), 5);
        assert_eq!(count("共1,200人"), 3);
        assert_eq!(count("“送戏下乡”"), 6);
        assert_eq!(count("　　空格 不算\n"), 4);
        assert_eq!(count("2024年7月1日"), 6);
    }
}
