//! The word dictionary (jieba's, with frequencies; the one segmenter of the program, also used
//! by `compare::terms`) and the characters that sound alike (pinyin). Both are built once, on
//! first use.

use jieba_rs::Jieba;
use pinyin::ToPinyinMulti;
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

/// The segmenter with that dictionary (words with frequencies and part-of-speech tags).
pub(crate) fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(|| {
        let mut jieba = Jieba::empty();
        // Jieba's own lines, read whole by a test: a read error leaves a smaller dictionary,
        // never a panic.
        let _ = jieba.load_dict(&mut words());
        jieba
    })
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
    fn the_dictionary_knows_common_words_only() {
        assert!(jieba().has_word("部署"));
        assert!(!jieba().has_word("按装"));
    }
}
