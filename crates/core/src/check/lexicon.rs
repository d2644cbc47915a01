//! The word dictionary (jieba's, with frequencies; the one segmenter of the program, also used
//! by `compare::terms`) and the characters that sound alike (pinyin). Both are built once, on
//! first use.

use jieba_rs::Jieba;
use pinyin::ToPinyinMulti;
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The part of jieba's dictionary the checker loads (`scripts/jieba-dict-subset.py`): its
/// words of one, two or four characters, those with a frequency of 4 or more and its idioms
/// and set phrases, about 271 000 of its 349 000 words. The rest are rare names, nouns and
/// numbers of three or five and more characters; leaving them out halves the segmenter's
/// memory (about 15 MB instead of 30). Compressed: the program carries 1.5 MB instead of
/// 3.9 MB of text, and the text is read once, through the decompressor, never held whole.
const WORDS_GZ: &[u8] = include_bytes!("../../assets/check/dict/words.txt.gz");

/// The dictionary's lines, decompressed as they are read.
fn words() -> impl std::io::BufRead {
    std::io::BufReader::new(flate2::read::GzDecoder::new(WORDS_GZ))
}

/// The segmenter and the two-character words, from one reading of the dictionary.
struct Lexicon {
    jieba: Jieba,
    pairs: Pairs,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// The segmenter when the dictionary is already in (no waiting for it on a frame).
pub(crate) fn jieba_if_loaded() -> Option<&'static Jieba> {
    LEXICON.get().map(|l| &l.jieba)
}

fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(|| {
        // Read whole once (3.9 MB, freed at the end), for jieba and for the pairs.
        let mut text = String::new();
        // A read error leaves a smaller dictionary, never a panic; a test reads it whole.
        let _ = std::io::Read::read_to_string(&mut words(), &mut text);
        let mut jieba = Jieba::empty();
        let _ = jieba.load_dict(&mut text.as_bytes());
        let pairs = Pairs::of_lines(&text, &jieba);
        Lexicon { jieba, pairs }
    })
}

/// The segmenter with that dictionary (words with frequencies and part-of-speech tags).
pub(crate) fn jieba() -> &'static Jieba {
    &lexicon().jieba
}

/// The dictionary's two-character words, the second characters by the first: the slip check
/// asks, for each character and each of its 50–80 candidates, whether the candidate makes a
/// word with a neighbour, and a look-up here is a small sorted list where jieba's walks its
/// trie from the UTF-8 of the pair (it was a third of the check's time on real sentences).
/// It also holds the frequencies the slip check's segmentation reads for words of one and two
/// characters (most of its look-ups), worked out once when the dictionary loads.
pub(crate) struct Pairs {
    /// For each character, the characters after it that make a word with it or open a
    /// longer one: a longer word can only start where these do (most look-ups of the slip
    /// check are of strings that are no word, and this answers them without the trie).
    after: FxHashMap<char, Row>,
    /// For each character, the summed frequency of the dictionary's words that hold it.
    weight: FxHashMap<char, u32>,
    /// ln of jieba's `suggest_freq` of each character of `han::BASIC` that is a word, NaN
    /// for the others.
    singles: Box<[f64]>,
}

/// The characters that follow one character at the start of a word, sorted; for each, ln of
/// jieba's `suggest_freq` of the two-character word (NaN when the two are no word) and
/// whether they open a word of three characters or more.
struct Row {
    next: Box<[char]>,
    ln_freq: Box<[f64]>,
    longer: Box<[bool]>,
}

/// What the dictionary says of two characters at the start of a word: ln of the frequency of
/// the two as a word (None when they are none), and whether they open a longer word.
#[derive(Clone, Copy, Default)]
pub(crate) struct Opening {
    pub word: Option<f64>,
    pub longer: bool,
}

impl Pairs {
    fn of_lines(text: &str, jieba: &Jieba) -> Self {
        // For each first character: (second character, makes a word of two, opens a longer).
        let mut after: FxHashMap<char, Vec<(char, bool, bool)>> = FxHashMap::default();
        let mut weight: FxHashMap<char, u32> = FxHashMap::default();
        let basic = crate::han::BASIC;
        let mut singles = vec![f64::NAN; *basic.end() as usize - *basic.start() as usize + 1];
        for line in text.lines() {
            let mut cols = line.split_whitespace();
            let word = cols.next().unwrap_or_default();
            let freq: u32 = cols.next().and_then(|f| f.parse().ok()).unwrap_or(0);
            for c in word.chars() {
                let w = weight.entry(c).or_default();
                *w = w.saturating_add(freq);
            }
            let mut chars = word.chars();
            match (chars.next(), chars.next(), chars.next()) {
                (Some(a), None, None) if basic.contains(&a) => {
                    singles[a as usize - *basic.start() as usize] = ln_freq(jieba, word);
                }
                (Some(a), Some(b), rest) => {
                    after
                        .entry(a)
                        .or_default()
                        .push((b, rest.is_none(), rest.is_some()));
                }
                _ => {}
            }
        }
        let after = after
            .into_iter()
            .map(|(a, mut list)| {
                list.sort_unstable_by_key(|e| e.0);
                let mut merged: Vec<(char, bool, bool)> = Vec::with_capacity(list.len());
                for (b, word, longer) in list {
                    match merged.last_mut() {
                        Some(last) if last.0 == b => {
                            last.1 |= word;
                            last.2 |= longer;
                        }
                        _ => merged.push((b, word, longer)),
                    }
                }
                let row = Row {
                    next: merged.iter().map(|e| e.0).collect(),
                    ln_freq: merged
                        .iter()
                        .map(|&(b, word, _)| {
                            if word {
                                ln_freq(jieba, &String::from_iter([a, b]))
                            } else {
                                f64::NAN
                            }
                        })
                        .collect(),
                    longer: merged.iter().map(|e| e.2).collect(),
                };
                (a, row)
            })
            .collect();
        Pairs {
            after,
            weight,
            singles: singles.into_boxed_slice(),
        }
    }

    /// How common `c` is: the summed frequency of the dictionary's words that hold it (0 for
    /// a character no word holds).
    pub(crate) fn weight(&self, c: char) -> u32 {
        self.weight.get(&c).copied().unwrap_or(0)
    }

    /// Is `a` followed by `b` a word of the dictionary (`jieba().has_word("ab")`)?
    pub(crate) fn is_word(&self, a: char, b: char) -> bool {
        self.opening(a, b).word.is_some()
    }

    /// Whether `a` and `b` are a word, and whether they open a longer one.
    pub(crate) fn opening(&self, a: char, b: char) -> Opening {
        let Some(row) = self.after.get(&a) else {
            return Opening::default();
        };
        let Ok(i) = row.next.binary_search(&b) else {
            return Opening::default();
        };
        let f = row.ln_freq[i];
        Opening {
            word: (!f.is_nan()).then_some(f),
            longer: row.longer[i],
        }
    }

    /// ln of jieba's `suggest_freq` of the word `c`: None when it is no word, and when `c`
    /// is outside `han::BASIC` (not known here: ask jieba).
    pub(crate) fn single_freq(&self, c: char) -> Option<Option<f64>> {
        let basic = crate::han::BASIC;
        if !basic.contains(&c) {
            return None;
        }
        let f = self.singles[c as usize - *basic.start() as usize];
        Some((!f.is_nan()).then_some(f))
    }
}

/// ln of jieba's `suggest_freq` of a word (at least 1): what the slip check scores a word by.
pub(crate) fn ln_freq(jieba: &Jieba, word: &str) -> f64 {
    (jieba.suggest_freq(word).max(1) as f64).ln()
}

pub(crate) fn pairs() -> &'static Pairs {
    &lexicon().pairs
}

/// Syllables an input method types for `c` without tones, with the fuzzy pairs people
/// confuse (zh/z, ch/c, sh/s, n/l, -ng/-n).
fn syllables(c: char) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let Some(multi) = c.to_pinyin_multi() else {
        return out;
    };
    for p in multi {
        let s = p.plain().to_owned();
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

fn fuzzy(s: &str) -> Vec<String> {
    let mut out = vec![s.to_owned()];
    let swaps = [("zh", "z"), ("ch", "c"), ("sh", "s")];
    for (a, b) in swaps {
        if let Some(rest) = s.strip_prefix(a) {
            out.push(format!("{b}{rest}"));
        } else if let Some(rest) = s.strip_prefix(b) {
            out.push(format!("{a}{rest}"));
        }
    }
    if let Some(rest) = s.strip_suffix("ng")
        && (rest.ends_with("a") || rest.ends_with("e") || rest.ends_with("i"))
    {
        out.push(format!("{rest}n"));
    } else if s.ends_with("an") || s.ends_with("en") || s.ends_with("in") {
        out.push(format!("{s}g"));
    }
    out
}

/// Characters common enough to be the intended character of a slip: those the dictionary
/// knows as a word of their own with some frequency.
const COMMON_CHAR_FREQ: usize = 300;

/// The common characters of each syllable (a few thousand characters in all), built once.
fn by_syllable() -> &'static HashMap<String, Vec<char>> {
    static SETS: OnceLock<HashMap<String, Vec<char>>> = OnceLock::new();
    SETS.get_or_init(|| {
        let j = jieba();
        let mut by_syllable: HashMap<String, Vec<char>> = HashMap::new();
        let mut buf = [0u8; 4];
        for c in crate::han::BASIC {
            let s: &str = c.encode_utf8(&mut buf);
            if !j.has_word(s) || j.suggest_freq(s) < COMMON_CHAR_FREQ {
                continue;
            }
            for syl in syllables(c) {
                by_syllable.entry(syl).or_default().push(c);
            }
        }
        by_syllable
    })
}

/// Characters that sound like `c` (same syllable, or a fuzzy one), common ones only, in the
/// order of the syllables. Worked out on each call: the slip model keeps the lists of the
/// characters it meets.
pub(super) fn sound_alike(c: char) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    if !crate::han::BASIC.contains(&c) {
        return out;
    }
    let sets = by_syllable();
    for syl in syllables(c) {
        for f in fuzzy(&syl) {
            for &x in sets.get(&f).map_or(&[][..], Vec::as_slice) {
                if x != c && !out.contains(&x) {
                    out.push(x);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sound_alike_characters_include_the_homophones() {
        assert!(sound_alike('属').contains(&'署'));
        assert!(sound_alike('从').contains(&'丛'));
        assert!(sound_alike('a').is_empty());
    }

    #[test]
    fn the_dictionary_asset_loads_whole() {
        let mut jieba = Jieba::empty();
        jieba.load_dict(&mut words()).expect("every line reads");
        let lines = std::io::BufRead::lines(words()).count();
        assert!(lines > 200_000, "{lines} words");
        for word in ["部署", "贯彻落实", "一以贯之", "北京", "依法治国"] {
            assert!(jieba.has_word(word), "{word}");
        }
    }

    #[test]
    fn the_pairs_are_jiebas_two_character_words() {
        let (mut n, mut longer) = (0, 0);
        for line in std::io::BufRead::lines(words()) {
            let line = line.expect("line");
            let word = line.split_whitespace().next().expect("word");
            let chars: Vec<char> = word.chars().collect();
            match chars[..] {
                [a] if crate::han::BASIC.contains(&a) => {
                    assert_eq!(pairs().single_freq(a), Some(Some(ln_freq(jieba(), word))));
                }
                [a, b] => {
                    assert!(pairs().is_word(a, b), "{word}");
                    // The frequency the slip check reads is jieba's own.
                    assert_eq!(pairs().opening(a, b).word, Some(ln_freq(jieba(), word)));
                    n += 1;
                }
                [a, b, _, ..] => {
                    assert!(pairs().opening(a, b).longer, "{word}");
                    longer += 1;
                }
                _ => {}
            }
        }
        assert!(n > 60_000, "{n} two-character words");
        assert!(longer > 100_000, "{longer} longer words");
        for (a, b) in [
            ('部', '署'),
            ('落', '实'),
            ('按', '装'),
            ('署', '部'),
            ('己', '经'),
        ] {
            let word: String = [a, b].iter().collect();
            assert_eq!(pairs().is_word(a, b), jieba().has_word(&word), "{word}");
        }
        // 贯彻 is a word and opens 贯彻落实; 彻落 is neither; 按装 is no word.
        assert!(pairs().opening('贯', '彻').longer);
        assert!(!pairs().opening('彻', '落').longer);
        assert_eq!(pairs().opening('按', '装').word, None);
        assert_eq!(pairs().single_freq('a'), None);
    }

    #[test]
    fn the_dictionary_knows_common_words_only() {
        assert!(jieba().has_word("部署"));
        assert!(!jieba().has_word("按装"));
    }
}
