//! Wrong characters and words from the word list (`assets/check/words.tsv`): well-known 别字,
//! GF 1001-2001 variant forms and 公文 usage confusions, matched in one linear pass
//! (Aho–Corasick, leftmost-longest).

use super::lexicon;
use super::rule::Rule;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

const LIST: &str = include_str!("../../assets/check/words.tsv");

/// One entry of the word list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordEntry {
    pub wrong: String,
    pub right: String,
    pub rule: Rule,
    /// The wrong form can never be right: 全部安全修正 may apply it.
    pub safe: bool,
    guards: Vec<Guard>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
/// Where an entry does not apply: right after, right before, or in a sentence with a text.
enum Guard {
    After(String),
    Before(String),
    InSentence(String),
}

struct Matcher {
    entries: Vec<WordEntry>,
    ac: Option<AhoCorasick>,
}

fn parse(list: &str) -> Vec<WordEntry> {
    let mut out = Vec::new();
    for line in list.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(wrong), Some(right), Some(kind)) = (cols.first(), cols.get(1), cols.get(2))
        else {
            continue;
        };
        let rule = match *kind {
            "bie" => Rule::WrongWord,
            "yixing" => Rule::VariantForm,
            _ => Rule::WordUsage,
        };
        let guards = cols
            .get(4)
            .map(|g| {
                g.split('|')
                    .filter_map(|g| {
                        let mut it = g.chars();
                        let head = it.next()?;
                        let rest = it.as_str().to_owned();
                        match head {
                            '<' => Some(Guard::After(rest)),
                            '>' => Some(Guard::Before(rest)),
                            '~' => Some(Guard::InSentence(rest)),
                            _ => None,
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.push(WordEntry {
            wrong: (*wrong).to_owned(),
            right: (*right).to_owned(),
            rule,
            safe: cols.get(3) == Some(&"1"),
            guards,
        });
    }
    out
}

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| {
        let entries = parse(LIST);
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(entries.iter().map(|e| e.wrong.as_str()))
            .ok();
        Matcher { entries, ac }
    })
}

/// Every entry of the built-in word list (for the README's count and the GUI).
pub fn entries() -> &'static [WordEntry] {
    &matcher().entries
}

/// A hit of the word list: character range, the entry.
pub(super) struct Hit {
    pub start: usize,
    pub end: usize,
    pub entry: &'static WordEntry,
}

const SENTENCE_END: &str = "。！？；\n";

/// Hits of the word list in `text` (`chars` is the same text as characters).
pub(super) fn hits(text: &str, chars: &[char]) -> Vec<Hit> {
    let m = matcher();
    let Some(ac) = &m.ac else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut char_at = 0;
    let mut byte_at = 0;
    for mat in ac.find_iter(text) {
        // Byte offsets to character offsets, walking forward only.
        char_at += text[byte_at..mat.start()].chars().count();
        byte_at = mat.start();
        let entry = &m.entries[mat.pattern().as_usize()];
        let start = char_at;
        let end = start + entry.wrong.chars().count();
        if guarded(entry, chars, start, end) || splits_words(chars, start, end) {
            continue;
        }
        out.push(Hit { start, end, entry });
    }
    out
}

fn sentence(chars: &[char], start: usize, end: usize) -> (usize, usize) {
    let from = chars[..start]
        .iter()
        .rposition(|c| SENTENCE_END.contains(*c))
        .map_or(0, |p| p + 1);
    let to = chars[end..]
        .iter()
        .position(|c| SENTENCE_END.contains(*c))
        .map_or(chars.len(), |p| end + p);
    (from, to)
}

fn guarded(entry: &WordEntry, chars: &[char], start: usize, end: usize) -> bool {
    let text_of = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    entry.guards.iter().any(|g| match g {
        Guard::After(s) => text_of(0, start).ends_with(s.as_str()),
        Guard::Before(s) => text_of(end, chars.len()).starts_with(s.as_str()),
        Guard::InSentence(s) => {
            let (from, to) = sentence(chars, start, end);
            text_of(from, start).contains(s.as_str()) || text_of(end, to).contains(s.as_str())
        }
    })
}

/// Does the match cut through a word the sentence is better read with (按装机容量 is 按 +
/// 装机容量, 确定单位 is 确定 + 单位)?
fn splits_words(chars: &[char], start: usize, end: usize) -> bool {
    let (from, to) = sentence(chars, start, end);
    let s: String = chars[from..to].iter().collect();
    let (a, b) = (start - from, end - from);
    lexicon::jieba()
        .cut(&s, false)
        .iter()
        .any(|t| t.end - t.start > 1 && ((t.start < a && t.end > a) || (t.start < b && t.end > b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, String)> {
        let chars: Vec<char> = text.chars().collect();
        hits(text, &chars)
            .iter()
            .map(|h| {
                (
                    chars[h.start..h.end].iter().collect(),
                    h.entry.right.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn the_list_parses_and_every_entry_differs_from_its_fix() {
        assert!(entries().len() >= 300);
        assert!(entries().iter().all(|e| e.wrong != e.right));
    }

    #[test]
    fn well_known_misspellings_are_found_with_their_fix() {
        assert_eq!(
            found("大家再接再励，一如继往。"),
            vec![
                ("再接再励".to_owned(), "再接再厉".to_owned()),
                ("一如继往".to_owned(), "一如既往".to_owned())
            ]
        );
    }

    #[test]
    fn a_match_across_word_boundaries_is_not_a_hit() {
        assert!(found("按装机容量计算补贴。").is_empty());
        assert!(found("既使企业受益，又使群众满意。").is_empty());
    }
}
