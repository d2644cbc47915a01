//! The language of official texts as data (issue 31): policy terms, slogans, set phrases and
//! names of bodies (`assets/check/terms.txt`, built by `scripts/terms-lexicon.py` from real
//! government work reports). A character inside such a term is never a slip: 三会一课 is not
//! 三会一个, 放管服 not 放管理.

use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../assets/check/terms.txt");

fn terms() -> &'static [&'static str] {
    static T: OnceLock<Vec<&'static str>> = OnceLock::new();
    T.get_or_init(|| {
        LIST.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

fn matcher() -> Option<&'static AhoCorasick> {
    static M: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    M.get_or_init(|| AhoCorasick::new(terms()).ok()).as_ref()
}

/// How many terms the lexicon holds.
pub fn count() -> usize {
    terms().len()
}

/// Mark the characters of `run` (the same text as `text`) that stand inside a term.
pub(super) fn mark(text: &str, settled: &mut [bool]) {
    let Some(ac) = matcher() else {
        return;
    };
    // Byte offset → character index, walking forward only.
    let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    starts.push(text.len());
    for m in ac.find_overlapping_iter(text) {
        let (Ok(from), Ok(to)) = (
            starts.binary_search(&m.start()),
            starts.binary_search(&m.end()),
        ) else {
            continue;
        };
        if let Some(span) = settled.get_mut(from..to) {
            span.fill(true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_holds_the_terms_of_official_writing() {
        assert!(count() >= 2000, "{}", count());
        for term in [
            "三会一课",
            "一岗双责",
            "放管服",
            "三重一大",
            "四风",
            "一网通办",
            "六稳六保",
            "千万工程",
        ] {
            assert!(terms().contains(&term), "{term}");
        }
    }

    #[test]
    fn characters_inside_a_term_are_marked() {
        let text = "开展三会一课46次";
        let mut settled = vec![false; text.chars().count()];
        mark(text, &mut settled);
        assert_eq!(
            settled,
            [false, false, true, true, true, true, false, false, false]
        );
    }
}
