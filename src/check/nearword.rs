//! Near-words: the one-off slip of a character that no list holds (贯彻落实 typed 贯切落实,
//! 服务群众 typed 服务群从). A stretch of Chinese is segmented with the dictionary; where two
//! characters stand alone, or form a rare word, each is swapped for the characters that sound
//! like it; a finding needs a swap that makes a common word, far more frequent than what is
//! written, and a sentence that segments much better with it. Precision comes first.

use super::lexicon::{freq, jieba, sound_alike};
use super::rules::is_cjk;

/// A likely slip: character range and the word it should be.
pub(super) struct Slip {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
}

/// The replacement must be a word at least this frequent in the dictionary.
const MIN_WORD_FREQ: usize = 800;
/// …and this many times more frequent than what is written, when that is a word too.
const MIN_RATIO: usize = 60;
/// The log-likelihood of the stretch must rise by this much with the replacement.
const MIN_GAIN: f64 = 7.0;

/// Characters that are words on their own and never the slip in a pair of single characters.
const FUNCTION: &str =
    "的了是在和与及对把被将为地得着过也都就向于而并其之以所这那有无不没很更最已又再还等个";

/// Titles after a name: a stretch right before one is a person's name, not a slip.
const TITLES: [&str; 16] = [
    "同志", "书记", "主任", "局长", "部长", "处长", "科长", "县长", "市长", "镇长", "主席", "经理",
    "院长", "所长", "队长", "组长",
];

/// Likely slips in one field.
pub(super) fn slips(chars: &[char]) -> Vec<Slip> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_cjk(chars[i]) {
            i += 1;
            continue;
        }
        let end = i + chars[i..].iter().take_while(|c| is_cjk(**c)).count();
        if end - i >= 3 {
            run_slips(chars, i, end, &mut out);
        }
        i = end;
    }
    out
}

/// The log-likelihood of a segmentation, as jieba scores it.
fn score(tokens: &[&str]) -> f64 {
    let total = (60_000_000f64).ln();
    tokens
        .iter()
        .map(|t| (freq(t).max(1) as f64).ln() - total)
        .sum()
}

fn run_slips(chars: &[char], from: usize, to: usize, out: &mut Vec<Slip>) {
    let run: String = chars[from..to].iter().collect();
    let tokens = jieba().cut(&run, false);
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        let single = |t: &jieba_rs::Token<'_>| t.end - t.start == 1;
        let span = if single(t) && tokens.get(k + 1).is_some_and(single) {
            Some((t.start, t.start + 2))
        } else {
            None
        };
        let Some((a, b)) = span else {
            k += 1;
            continue;
        };
        let near_title = TITLES.iter().any(|title| {
            run[..]
                .chars()
                .skip(b)
                .collect::<String>()
                .starts_with(title)
        });
        if !near_title && let Some(replacement) = best_swap(&run, &tokens, a, b) {
            out.push(Slip {
                start: from + a,
                end: from + b,
                replacement,
            });
            k += 2;
            continue;
        }
        k += 1;
    }
}

/// The best replacement word for the two characters at `a..b` of `run`, if one is convincing.
fn best_swap(run: &str, tokens: &[jieba_rs::Token<'_>], a: usize, b: usize) -> Option<String> {
    let chars: Vec<char> = run.chars().collect();
    let written: String = chars[a..b].iter().collect();
    if written.chars().all(|c| FUNCTION.contains(c)) {
        return None;
    }
    let written_freq = freq(&written);
    let mut best: Option<(usize, String)> = None;
    for p in a..b {
        for &c in sound_alike(chars[p]) {
            let mut w: Vec<char> = chars[a..b].to_vec();
            w[p - a] = c;
            let word: String = w.iter().collect();
            let f = freq(&word);
            if f >= MIN_WORD_FREQ
                && f >= MIN_RATIO * written_freq.max(1)
                && best.as_ref().is_none_or(|(bf, _)| f > *bf)
            {
                best = Some((f, word));
            }
        }
    }
    let (_, word) = best?;
    // The sentence must read much better with it: fewer pieces, and a clear gain in
    // likelihood over the whole stretch.
    let fixed: String = chars[..a]
        .iter()
        .chain(word.chars().collect::<Vec<_>>().iter())
        .chain(chars[b..].iter())
        .collect();
    let new_tokens = jieba().cut(&fixed, false);
    let kept = new_tokens
        .iter()
        .any(|t| t.start <= a && t.end >= b && t.end - t.start >= 2);
    let before: Vec<&str> = tokens.iter().map(|t| t.word).collect();
    let after: Vec<&str> = new_tokens.iter().map(|t| t.word).collect();
    (kept && after.len() < before.len() && score(&after) - score(&before) >= MIN_GAIN)
        .then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, String)> {
        let chars: Vec<char> = text.chars().collect();
        slips(&chars)
            .into_iter()
            .map(|s| (chars[s.start..s.end].iter().collect(), s.replacement))
            .collect()
    }

    #[test]
    fn a_slip_of_a_sound_alike_character_is_found() {
        assert_eq!(
            found("各部门认真惯彻落实会议精神"),
            vec![("惯彻".to_owned(), "贯彻".to_owned())]
        );
    }

    #[test]
    fn clean_text_has_no_slips() {
        assert!(found("认真贯彻落实上级决策部署，切实服务人民群众。").is_empty());
    }
}
