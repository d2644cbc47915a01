//! Findings for people (issue 25): the same finding in one field folded into one group, the
//! place in the document's own numbering with the sentence (二、（三）正文第2句), and a few
//! characters of context around the finding.

use super::Finding;
use crate::model::Report;

const SENTENCE_END: &str = "。！？；\n";

/// The sentence (1-based) of `text` that holds character `at`.
pub fn sentence_number(text: &str, at: usize) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let at = at.min(chars.len());
    // The last mark of a run of sentence ends (！！) closes a sentence.
    let end = |c: &char| SENTENCE_END.contains(*c);
    1 + (0..at)
        .filter(|&i| end(&chars[i]) && chars.get(i + 1).is_none_or(|c| !end(c)))
        .count()
}

/// Where a finding is, in the document's numbering: 导语第2句, 二、（三）正文第1句.
pub fn where_in(report: &Report, finding: &Finding, english: bool) -> String {
    let field = finding.place.numbered(report, english);
    let Some(text) = finding.place.text(report) else {
        return field;
    };
    let n = sentence_number(text, finding.range.start);
    if text.chars().any(|c| SENTENCE_END.contains(c)) || n > 1 {
        if english {
            format!("{field}, sentence {n}")
        } else {
            format!("{field}第{n}句")
        }
    } else {
        field
    }
}

/// The text before the finding, the finding, and the text after it, at most `width`
/// characters each side, within its line; … where the line goes on.
pub fn context(text: &str, range: &std::ops::Range<usize>, width: usize) -> [String; 3] {
    let chars: Vec<char> = text.chars().collect();
    let start = range.start.min(chars.len());
    let end = range.end.clamp(start, chars.len());
    let line_start = chars[..start]
        .iter()
        .rposition(|c| *c == '\n')
        .map_or(0, |p| p + 1);
    let line_end = chars[end..]
        .iter()
        .position(|c| *c == '\n')
        .map_or(chars.len(), |p| end + p);
    let from = line_start.max(start.saturating_sub(width));
    let to = line_end.min(end + width);
    let mut before: String = chars[from..start].iter().collect();
    if from > line_start {
        before.insert(0, '…');
    }
    let mut after: String = chars[end..to].iter().collect();
    if to < line_end {
        after.push('…');
    }
    [before, chars[start..end].iter().collect(), after]
}

/// Findings that are the same (rule, text found, fix) in the same field, folded: indices into
/// `findings`, groups in the order of their first finding.
pub fn group(findings: &[Finding]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let key = |f: &Finding| {
        (
            f.rule,
            f.place.clone(),
            f.found.clone(),
            f.fix.as_ref().map(|x| x.replacement.clone()),
            f.note.clone(),
        )
    };
    let mut index: std::collections::HashMap<_, usize> = std::collections::HashMap::new();
    for (i, f) in findings.iter().enumerate() {
        match index.get(&key(f)) {
            Some(&g) => groups[g].push(i),
            None => {
                index.insert(key(f), groups.len());
                groups.push(vec![i]);
            }
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Item, ItemStyle, Place, Section, SectionKind};

    #[test]
    fn sentences_are_counted_from_one() {
        assert_eq!(sentence_number("甲乙。丙丁。", 0), 1);
        assert_eq!(sentence_number("甲乙。丙丁。", 2), 1);
        assert_eq!(sentence_number("甲乙。丙丁。", 3), 2);
        assert_eq!(sentence_number("甲乙！！丙丁", 4), 2);
    }

    #[test]
    fn context_is_cut_at_the_width_and_the_line() {
        let [a, b, c] = context("一二三四五六七八九十", &(4..5), 3);
        assert_eq!(
            (a.as_str(), b.as_str(), c.as_str()),
            ("…二三四", "五", "六七八…")
        );
        let [a, _, c] = context("一二\n三四五\n六", &(4..5), 5);
        assert_eq!((a.as_str(), c.as_str()), ("三", "五"));
    }

    #[test]
    fn places_are_named_in_the_documents_numbering() {
        let mut report = Report::default();
        let mut s1 = Section::new(SectionKind::Achievements);
        s1.items.push(Item::new("甲", "乙"));
        let mut s2 = Section::new(SectionKind::Plans);
        s2.style = ItemStyle::Inline;
        let mut item = Item::new("丙", "丁");
        item.children.push(Item::new("戊", "己"));
        s2.items.push(Item::new("庚", "辛"));
        s2.items.push(item);
        report.sections = vec![s1, s2];
        let body = Place::ItemBody {
            section: 0,
            item: vec![0],
        };
        assert_eq!(body.numbered(&report, false), "一、（一）正文");
        let nested = Place::ItemHeading {
            section: 1,
            item: vec![1, 0],
        };
        assert_eq!(nested.numbered(&report, false), "二、二是1.标题");
        assert_eq!(nested.numbered(&report, true), "二、二是1. heading");
        assert_eq!(Place::Intro.numbered(&report, false), "导语");

        // As it prints: an empty section and an empty item before use up no ordinal.
        report.sections.insert(0, Section::new(SectionKind::Other));
        report.sections[1].items.insert(0, Item::default());
        let body = Place::ItemBody {
            section: 1,
            item: vec![1],
        };
        assert_eq!(body.numbered(&report, false), "一、（一）正文");
        let nested = Place::ItemHeading {
            section: 2,
            item: vec![1, 0],
        };
        assert_eq!(nested.numbered(&report, false), "二、二是1.标题");

        // A part that prints nothing is named by its place: the three empty parts of a new
        // draft are not all "一、".
        let blank = Report::default();
        let names: Vec<String> = (0..3)
            .map(|section| Place::SectionTitle { section }.numbered(&blank, false))
            .collect();
        assert_eq!(names, ["第1部分标题", "第2部分标题", "第3部分标题"]);
        assert_eq!(
            Place::SectionTitle { section: 0 }.numbered(&report, true),
            "Part 1 title"
        );
    }
}
