//! The language of official texts as data (issue 31): policy terms, slogans, set phrases and
//! names of bodies (`assets/check/terms.txt`, built by `scripts/terms-lexicon.py` from real
//! government work reports). A character inside such a term is never a slip: 三会一课 is not
//! 三会一个, 放管服 not 放管理.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../assets/check/terms.txt");
/// Three-character sequences at least two government work reports use
/// (`scripts/official-ngrams.py`): a character between the same two neighbours is meant.
const TRIGRAMS_GZ: &[u8] = include_bytes!("../../assets/check/official-trigrams.txt.gz");

/// The lines of a gzip-compressed list of up to three characters a line as a set, a shorter
/// entry padded with `\0`; entries shorter than `min` characters are skipped.
fn char_set(gz: &[u8], min: usize) -> rustc_hash::FxHashSet<[char; 3]> {
    let mut text = String::new();
    // A read error leaves the set smaller, never a panic; a test counts it.
    let _ = std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(gz), &mut text);
    text.lines()
        .filter(|l| (min..=3).contains(&l.chars().count()))
        .map(|l| {
            let mut c = l.chars();
            [0; 3].map(|_| c.next().unwrap_or('\0'))
        })
        .collect()
}

fn trigrams() -> &'static rustc_hash::FxHashSet<[char; 3]> {
    static T: OnceLock<rustc_hash::FxHashSet<[char; 3]>> = OnceLock::new();
    T.get_or_init(|| char_set(TRIGRAMS_GZ, 3))
}

/// Mark the characters of `run` that stand between the same two neighbours as in official
/// texts (a sequence two government work reports use).
pub(super) fn mark_official(run: &[char], settled: &mut [bool]) {
    if run.len() < 3 {
        return;
    }
    let set = trigrams();
    for p in 1..run.len() - 1 {
        if set.contains(&[run[p - 1], run[p], run[p + 1]]) {
            settled[p] = true;
        }
    }
}

/// Words of two or three characters that at least two government work reports use, as
/// jieba cuts them with its HMM (`scripts/official-words.py`): 兜底, 研学, 时艰, 增信.
const WORDS_GZ: &[u8] = include_bytes!("../../assets/check/official-words.txt.gz");

/// The official words, a two-character one padded with `\0`.
fn words() -> &'static rustc_hash::FxHashSet<[char; 3]> {
    static W: OnceLock<rustc_hash::FxHashSet<[char; 3]>> = OnceLock::new();
    W.get_or_init(|| char_set(WORDS_GZ, 2))
}

/// Mark the characters of `run` inside a word official texts use (`words`) that starts and
/// ends where `bounds` allows (`bounds[i]`: a word may start or end before `run[i]`).
pub(super) fn mark_words(run: &[char], bounds: &[bool], settled: &mut [bool]) {
    let set = words();
    for p in 0..run.len().saturating_sub(1) {
        if !bounds[p] {
            continue;
        }
        if bounds[p + 2] && set.contains(&[run[p], run[p + 1], '\0']) {
            settled[p..p + 2].fill(true);
        }
        if p + 2 < run.len() && bounds[p + 3] && set.contains(&[run[p], run[p + 1], run[p + 2]]) {
            settled[p..p + 3].fill(true);
        }
    }
}

fn terms() -> &'static [&'static str] {
    static T: OnceLock<Vec<&'static str>> = OnceLock::new();
    T.get_or_init(|| {
        LIST.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Terms as characters, by their first two.
type ByOpening = FxHashMap<[char; 2], Vec<Box<[char]>>>;

/// The terms by their first two characters (every term has two or more).
fn by_opening() -> &'static ByOpening {
    static M: OnceLock<ByOpening> = OnceLock::new();
    M.get_or_init(|| {
        let mut map = ByOpening::default();
        for term in terms() {
            let chars: Box<[char]> = term.chars().collect();
            if let [a, b, ..] = chars[..] {
                map.entry([a, b]).or_default().push(chars);
            }
        }
        map
    })
}

/// How many terms the lexicon holds.
pub fn count() -> usize {
    terms().len()
}

/// Mark the characters of `chars` that stand inside a term (terms may overlap). Each place
/// is looked up by its two characters: a search of the run's UTF-8 for five thousand terms
/// was a twentieth of the whole check.
pub(super) fn mark(chars: &[char], settled: &mut [bool]) {
    let index = by_opening();
    for i in 0..chars.len().saturating_sub(1) {
        let Some(list) = index.get(&[chars[i], chars[i + 1]]) else {
            continue;
        };
        for term in list {
            if chars[i..].starts_with(term) {
                settled[i..i + term.len()].fill(true);
            }
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
    fn official_trigrams_are_read() {
        assert!(trigrams().len() > 50_000, "{}", trigrams().len());
        let run: Vec<char> = "打造沿江智造走廊".chars().collect();
        let mut settled = vec![false; run.len()];
        mark_official(&run, &mut settled);
        assert!(settled.iter().any(|s| *s));
    }

    #[test]
    fn official_words_are_read_and_mark_their_characters() {
        assert!(words().len() > 5_000, "{}", words().len());
        // 兜底 is no word of jieba's dictionary's frequent ones; 己经 is a slip, never listed.
        let run: Vec<char> = "兜底保障己经落实".chars().collect();
        let mut settled = vec![false; run.len()];
        mark_words(&run, &vec![true; run.len() + 1], &mut settled);
        assert_eq!(&settled[..2], [true, true]);
        assert!(!settled[4] && !settled[5], "{settled:?}");
        // Not across a word: where no word may start before 兜, 兜底 is not marked.
        let mut bounds = vec![true; run.len() + 1];
        bounds[0] = false;
        let mut settled = vec![false; run.len()];
        mark_words(&run, &bounds, &mut settled);
        assert!(!settled[0] && !settled[1], "{settled:?}");
    }

    #[test]
    fn characters_inside_a_term_are_marked() {
        let text: Vec<char> = "开展三会一课46次".chars().collect();
        let mut settled = vec![false; text.len()];
        mark(&text, &mut settled);
        assert_eq!(
            settled,
            [false, false, true, true, true, true, false, false, false]
        );
    }
}
