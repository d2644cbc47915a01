//! The word dictionary (jieba's, with frequencies; the one segmenter of the program, also used
//! by `compare::terms`) and the characters that sound alike (pinyin). Both are built once, on
//! first use.

use super::short_words::ShortWords;
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

/// The segmenter and the short words' tables, from one reading of the dictionary.
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
        // Read whole once (3.9 MB, freed at the end), for jieba and for the tables.
        let mut text = String::new();
        // A read error leaves a smaller dictionary, never a panic; a test reads it whole.
        let _ = std::io::Read::read_to_string(&mut words(), &mut text);
        let mut jieba = Jieba::empty();
        let _ = jieba.load_dict(&mut text.as_bytes());
        let pairs = Pairs::of_lines(&text);
        Lexicon { jieba, pairs }
    })
}

/// The segmenter with that dictionary (words with frequencies and part-of-speech tags).
pub(crate) fn jieba() -> &'static Jieba {
    &lexicon().jieba
}

/// The dictionary's short words for the checker's many small questions (`ShortWords`: is
/// this pair a word, how frequent is this string), and how common each character is.
pub(crate) struct Pairs {
    pub(crate) short: ShortWords,
    /// For each character, the summed frequency of the dictionary's words that hold it.
    weight: FxHashMap<char, u32>,
}

impl Pairs {
    fn of_lines(text: &str) -> Self {
        let mut weight: FxHashMap<char, u32> = FxHashMap::default();
        for line in text.lines() {
            let mut cols = line.split_whitespace();
            let word = cols.next().unwrap_or_default();
            let freq: u32 = cols.next().and_then(|f| f.parse().ok()).unwrap_or(0);
            for c in word.chars() {
                let w = weight.entry(c).or_default();
                *w = w.saturating_add(freq);
            }
        }
        Pairs {
            short: ShortWords::of_lines(text),
            weight,
        }
    }

    /// How common `c` is: the summed frequency of the dictionary's words that hold it (0 for
    /// a character no word holds).
    pub(crate) fn weight(&self, c: char) -> u32 {
        self.weight.get(&c).copied().unwrap_or(0)
    }

    /// Is `a` followed by `b` a word of the dictionary (`jieba().has_word("ab")`)?
    pub(crate) fn is_word(&self, a: char, b: char) -> bool {
        match self.short.start(a, b) {
            Some(s) => self.short.is_pair(s),
            None => jieba().has_word(&String::from_iter([a, b])),
        }
    }
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
    fn the_short_words_are_jiebas() {
        use super::super::short_words::ln_freq;
        let short = &pairs().short;
        let j = jieba();
        let (mut n, mut longer) = (0, 0);
        for line in std::io::BufRead::lines(words()) {
            let line = line.expect("line");
            let word = line.split_whitespace().next().expect("word");
            let chars: Vec<char> = word.chars().collect();
            let basic = chars.iter().all(|c| crate::han::BASIC.contains(c));
            // The frequency the slip check reads is jieba's own.
            let f = Some(Some(ln_freq(j, word)));
            match chars[..] {
                [a] if basic => assert_eq!(short.single(j, a), f, "{word}"),
                [a, b] => {
                    assert!(pairs().is_word(a, b), "{word}");
                    if basic {
                        let s = short.start(a, b).expect("in the tables");
                        assert_eq!(Some(short.pair(j, s, [a, b])), f, "{word}");
                    }
                    n += 1;
                }
                [a, b, _, ..] if basic && chars.len() <= 6 => {
                    let s = short.start(a, b).expect("in the tables");
                    assert!(short.opens_longer(s), "{word}");
                    assert_eq!(short.longer(j, s, &chars), f, "{word}");
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
            assert_eq!(pairs().is_word(a, b), j.has_word(&word), "{word}");
        }
        // 贯彻 is a word and opens 贯彻落实; 彻落 opens none; 贯彻落 is no word; 按装 is none.
        let s = short.start('贯', '彻').expect("in the tables");
        assert!(short.is_pair(s) && short.opens_longer(s));
        assert_eq!(short.longer(j, s, &['贯', '彻', '落']), Some(None));
        let s = short.start('彻', '落').expect("in the tables");
        assert!(!short.opens_longer(s));
        let s = short.start('按', '装').expect("in the tables");
        assert_eq!(short.pair(j, s, ['按', '装']), None);
        // Outside the tables: the caller asks jieba.
        assert_eq!(short.single(j, 'a'), None);
        assert!(short.start('a', '部').is_none());
    }

    #[test]
    fn the_dictionary_knows_common_words_only() {
        assert!(jieba().has_word("部署"));
        assert!(!jieba().has_word("按装"));
    }
}
