//! The word dictionary (jieba's, with frequencies; the one segmenter of the program, also used
//! by `compare::terms`) and the characters that sound alike (pinyin). Both are built once, on
//! first use.

use jieba_rs::Jieba;
use pinyin::ToPinyinMulti;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The segmenter with jieba's bundled dictionary (about 350 000 words with frequencies).
pub(crate) fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

use crate::han::is_han;

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

struct Confusions {
    /// Character → common characters that sound like it.
    alike: HashMap<char, Vec<char>>,
}

/// Characters common enough to be the intended character of a slip: those the dictionary
/// knows as a word of their own with some frequency.
const COMMON_CHAR_FREQ: usize = 300;

fn confusions() -> &'static Confusions {
    static SETS: OnceLock<Confusions> = OnceLock::new();
    SETS.get_or_init(|| {
        let j = jieba();
        let mut by_syllable: HashMap<String, Vec<char>> = HashMap::new();
        let mut buf = [0u8; 4];
        for c in '\u{4e00}'..='\u{9fa5}' {
            let s: &str = c.encode_utf8(&mut buf);
            if !j.has_word(s) || j.suggest_freq(s) < COMMON_CHAR_FREQ {
                continue;
            }
            for syl in syllables(c) {
                by_syllable.entry(syl).or_default().push(c);
            }
        }
        let mut alike = HashMap::new();
        for c in '\u{4e00}'..='\u{9fa5}' {
            let mut out: Vec<char> = Vec::new();
            for syl in syllables(c) {
                for f in fuzzy(&syl) {
                    for &x in by_syllable.get(&f).map_or(&[][..], Vec::as_slice) {
                        if x != c && !out.contains(&x) {
                            out.push(x);
                        }
                    }
                }
            }
            if !out.is_empty() {
                alike.insert(c, out);
            }
        }
        Confusions { alike }
    })
}

/// Characters that sound like `c` (same syllable, or a fuzzy one), common ones only.
pub(super) fn sound_alike(c: char) -> &'static [char] {
    if !is_han(c) {
        return &[];
    }
    confusions().alike.get(&c).map_or(&[], Vec::as_slice)
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
    fn the_dictionary_knows_common_words_only() {
        assert!(jieba().has_word("部署"));
        assert!(!jieba().has_word("按装"));
    }
}
