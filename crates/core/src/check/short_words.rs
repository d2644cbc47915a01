//! The dictionary's words of up to six characters in flat tables, for the slip check: it asks,
//! for each character and each of its 50–80 candidates, which strings around it are words and
//! how frequent, hundreds of thousands of times a document. jieba answers from a trie walked
//! from the UTF-8 of each string; here a word is found from its first character by index, its
//! second by a binary search in that character's short sorted row, and the rest (up to four
//! characters packed in one number) by a binary search in the pair's row. All rows lie in a
//! few arrays, so the rows of the common characters stay in the cache.
//!
//! The frequency of a word is jieba's `suggest_freq` (what the check scores by), worked out
//! the first time the word is asked for and kept in the table (an atomic per word, so the
//! check's threads share it without a lock).

use jieba_rs::Jieba;
use rustc_hash::FxHashMap;
use std::sync::atomic::{AtomicU64, Ordering};

/// The characters the tables hold (a word with another character is asked of jieba).
const BASIC: std::ops::RangeInclusive<char> = crate::han::BASIC;
/// Longest word the tables hold.
pub(crate) const LONGEST: usize = 6;

/// A frequency not worked out yet, and "no word", as the bits of two NaNs no arithmetic makes.
const UNKNOWN: u64 = 0x7ff8_0000_0000_0a01;
const NOT_WORD: u64 = 0x7ff8_0000_0000_0a02;

/// The code of a character of `BASIC`: 1 to 20 902 (0 is never a code, so packed tails of
/// different lengths differ).
fn code(c: char) -> Option<u16> {
    BASIC
        .contains(&c)
        .then(|| (c as u32 - *BASIC.start() as u32 + 1) as u16)
}

/// Up to four characters after a word's first two, packed; None when one is outside `BASIC`.
fn tail_key(chars: &[char]) -> Option<u64> {
    chars
        .iter()
        .try_fold(0u64, |k, &c| Some((k << 16) | u64::from(code(c)?)))
}

/// How many characters a packed tail holds (codes are never 0).
fn tail_codes(tail: u64) -> u32 {
    (64 - tail.leading_zeros()).div_ceil(16)
}

/// ln of jieba's `suggest_freq` of a word (at least 1): what the slip check scores a word by.
pub(crate) fn ln_freq(jieba: &Jieba, word: &str) -> f64 {
    (jieba.suggest_freq(word).max(1) as f64).ln()
}

/// A word's frequency in the table: read, or worked out with jieba and kept.
fn freq_of(cell: &AtomicU64, jieba: &Jieba, chars: &[char]) -> Option<f64> {
    match cell.load(Ordering::Relaxed) {
        NOT_WORD => None,
        UNKNOWN => {
            let word: String = chars.iter().collect();
            let f = ln_freq(jieba, &word);
            // Two threads may both work it out: the same value.
            cell.store(f.to_bits(), Ordering::Relaxed);
            Some(f)
        }
        bits => Some(f64::from_bits(bits)),
    }
}

/// Two characters of the tables that start a string (`ShortWords::start`).
#[derive(Clone, Copy)]
pub(crate) struct Start {
    /// Index of the pair in the tables, when the two start any word.
    entry: Option<u32>,
}

pub(crate) struct ShortWords {
    /// For each character of `BASIC` by code, and one past the last: where its row of second
    /// characters starts in `second`.
    rows: Box<[u32]>,
    /// The codes of the second characters of the words of two characters or more, row by row,
    /// each row sorted; `pairs` holds what is known of each pair, in the same order.
    second: Box<[u16]>,
    pairs: Box<[Pair]>,
    /// The packed rest (`tail_key`) of the words of three to six characters, row by row
    /// (each pair's row sorted), and the words.
    tails: Box<[u64]>,
    tail_words: Box<[Word]>,
    /// For each character of `BASIC` by code (index 0 unused): the word of one.
    singles: Box<[Word]>,
    /// The words of more than `LONGEST` characters (a thousand), by pair: the codes after the
    /// first two, and ln of the frequency.
    long: FxHashMap<u32, Vec<LongWord>>,
    /// ln of the sum of the dictionary's frequencies (jieba's `log_total`).
    log_total: f64,
}

/// A word of the tables (or a place where none is): ln of the dictionary's own frequency,
/// what jieba's segmentation scores by (NaN: no word), and the frequency the slip check scores
/// by, worked out when first asked for (`freq_of`). Together, so that one look-up reads one
/// line of memory.
struct Word {
    raw: f64,
    freq: AtomicU64,
}

impl Word {
    fn new(raw: f64) -> Self {
        Word {
            raw,
            freq: AtomicU64::new(if raw.is_nan() { NOT_WORD } else { UNKNOWN }),
        }
    }
}

/// Two characters that start a word: the word of the two, where its row of tails starts and
/// how long it is, and whether the two open a word of more than `LONGEST` characters.
struct Pair {
    word: Word,
    tails_from: u32,
    /// (A pair opens a few hundred words at most; the test that reads every word of the
    /// dictionary back would see one lost.)
    tails_len: u16,
    beyond: bool,
    /// The lengths of the pair's words of three to six characters, a bit each (1 for three):
    /// most pairs open words of one or two lengths, and the others need no search.
    lengths: u8,
}

impl Pair {
    fn tail_range(&self) -> std::ops::Range<usize> {
        let from = self.tails_from as usize;
        from..from + usize::from(self.tails_len)
    }
}

/// A word longer than `LONGEST` characters: the codes after its first two, ln of its
/// frequency.
type LongWord = (Box<[u16]>, f64);

/// A tail that marks a word longer than `LONGEST` characters.
const BEYOND: u64 = u64::MAX;

impl ShortWords {
    /// The tables of the dictionary's words (one a line, the word first).
    pub(crate) fn of_lines(text: &str) -> Self {
        let size = *BASIC.end() as usize - *BASIC.start() as usize + 2;
        let mut single_raw = vec![f64::NAN; size];
        // (first, second, tail or 0 for a word of two, ln of the frequency)
        let mut entries: Vec<(u16, u16, u64, f64)> = Vec::new();
        let mut long_words: Vec<(u16, u16, Box<[u16]>, f64)> = Vec::new();
        let mut total: usize = 0;
        for line in text.lines() {
            let mut cols = line.split_whitespace();
            let word = cols.next().unwrap_or_default();
            // As jieba reads it: no frequency is 0 (a test reads every line).
            let Ok(freq) = cols.next().map_or(Ok(0), str::parse::<usize>) else {
                continue;
            };
            total += freq;
            let raw = (freq as f64).ln();
            let chars: Vec<char> = word.chars().collect();
            let Some(codes) = chars.iter().map(|&c| code(c)).collect::<Option<Vec<u16>>>() else {
                continue;
            };
            match codes[..] {
                [a] => single_raw[usize::from(a)] = raw,
                [a, b, ref rest @ ..] if chars.len() > LONGEST => {
                    entries.push((a, b, BEYOND, raw));
                    long_words.push((a, b, rest.into(), raw));
                }
                [a, b, ..] => entries.push((a, b, tail_key(&chars[2..]).unwrap_or(0), raw)),
                _ => {}
            }
        }
        entries.sort_unstable_by_key(|e| (e.0, e.1, e.2));
        // A word listed twice: jieba keeps the last frequency.
        entries.reverse();
        entries.dedup_by_key(|e| (e.0, e.1, e.2));
        entries.reverse();
        let mut rows = vec![0u32; size + 1];
        let mut second = Vec::new();
        let mut pairs: Vec<Pair> = Vec::new();
        let mut tails = Vec::new();
        let mut tail_words = Vec::new();
        let mut last: Option<(u16, u16)> = None;
        for &(a, b, tail, raw) in &entries {
            if last != Some((a, b)) {
                last = Some((a, b));
                second.push(b);
                pairs.push(Pair {
                    word: Word::new(f64::NAN),
                    tails_from: tails.len() as u32,
                    tails_len: 0,
                    beyond: false,
                    lengths: 0,
                });
                rows[usize::from(a) + 1] += 1;
            }
            let pair = pairs.last_mut().expect("a pair was pushed");
            match tail {
                0 => pair.word = Word::new(raw),
                BEYOND => pair.beyond = true,
                _ => {
                    tails.push(tail);
                    tail_words.push(Word::new(raw));
                    pair.tails_len += 1;
                    pair.lengths |= 1 << tail_codes(tail).saturating_sub(1);
                }
            }
        }
        for i in 1..rows.len() {
            rows[i] += rows[i - 1];
        }
        let mut long: FxHashMap<u32, Vec<LongWord>> = FxHashMap::default();
        for (a, b, rest, raw) in long_words {
            let (lo, hi) = (
                rows[usize::from(a)] as usize,
                rows[usize::from(a) + 1] as usize,
            );
            if let Ok(i) = second[lo..hi].binary_search(&b) {
                let list = long.entry((lo + i) as u32).or_default();
                // Listed twice: jieba keeps the last frequency.
                list.retain(|(r, _)| *r != rest);
                list.push((rest, raw));
            }
        }
        ShortWords {
            rows: rows.into_boxed_slice(),
            second: second.into_boxed_slice(),
            pairs: pairs.into_boxed_slice(),
            tails: tails.into_boxed_slice(),
            tail_words: tail_words.into_boxed_slice(),
            singles: single_raw.into_iter().map(Word::new).collect(),
            long,
            log_total: (total as f64).ln(),
        }
    }

    /// The frequency of `c` as a word: `None` when `c` is outside the tables (ask jieba),
    /// `Some(None)` when it is no word.
    pub(crate) fn single(&self, jieba: &Jieba, c: char) -> Option<Option<f64>> {
        let a = code(c)?;
        Some(freq_of(&self.singles[usize::from(a)].freq, jieba, &[c]))
    }

    /// The pair `a`, `b` as the start of words: `None` when a character is outside the
    /// tables (ask jieba).
    pub(crate) fn start(&self, a: char, b: char) -> Option<Start> {
        let (a, b) = (code(a)?, code(b)?);
        Some(Start {
            entry: self.entry(a, b),
        })
    }

    /// The index of the pair of codes `a`, `b`, when the two start a word.
    fn entry(&self, a: u16, b: u16) -> Option<u32> {
        let (lo, hi) = (
            self.rows[usize::from(a)] as usize,
            self.rows[usize::from(a) + 1] as usize,
        );
        self.second[lo..hi]
            .binary_search(&b)
            .ok()
            .map(|i| (lo + i) as u32)
    }

    /// Is the pair a word of two characters?
    pub(crate) fn is_pair(&self, s: Start) -> bool {
        s.entry
            .is_some_and(|e| !self.pairs[e as usize].word.raw.is_nan())
    }

    /// The frequency of the pair as a word of two, None when it is none.
    pub(crate) fn pair(&self, jieba: &Jieba, s: Start, chars: [char; 2]) -> Option<f64> {
        freq_of(&self.pairs[s.entry? as usize].word.freq, jieba, &chars)
    }

    /// Does the pair open a word of three characters or more?
    pub(crate) fn opens_longer(&self, s: Start) -> bool {
        s.entry
            .is_some_and(|e| self.pairs[e as usize].tails_len > 0)
    }

    /// The frequency of `chars` (three to six characters, opening with the pair `s`) as a
    /// word: `None` when a character is outside the tables or `chars` is longer than they
    /// hold (ask jieba), `Some(None)` when it is no word.
    pub(crate) fn longer(&self, jieba: &Jieba, s: Start, chars: &[char]) -> Option<Option<f64>> {
        if chars.len() > LONGEST {
            return None;
        }
        let key = tail_key(&chars[2..])?;
        let Some(e) = s.entry else {
            return Some(None);
        };
        let pair = &self.pairs[e as usize];
        if chars.len() < 3 || pair.lengths & (1 << (chars.len() - 3)) == 0 {
            return Some(None);
        }
        let range = pair.tail_range();
        let lo = range.start;
        let Ok(i) = self.tails[range].binary_search(&key) else {
            return Some(None);
        };
        Some(freq_of(&self.tail_words[lo + i].freq, jieba, chars))
    }

    /// jieba's segmentation without its HMM (`Jieba::cut(text, false)`) of a stretch of
    /// Chinese characters, as the ends of its words in order; None when the stretch holds a
    /// character outside the tables (ask jieba).
    /// The same route by the same scores: the dictionary's frequencies, a character that
    /// starts no word scored as frequency 1, ties to the longer word.
    pub(crate) fn cut(&self, chars: &[char], ends: &mut Vec<usize>) -> Option<()> {
        let n = chars.len();
        let codes: Vec<u16> = chars.iter().map(|&c| code(c)).collect::<Option<_>>()?;
        let lt = self.log_total;
        // (score of the best route from here, end of its first word)
        let mut route = vec![(0.0f64, n); n + 1];
        for idx in (0..n).rev() {
            let mut best: Option<(f64, usize)> = None;
            let mut consider = |end: usize, raw: f64| {
                let prob = raw - lt + route[end].0;
                if best.is_none_or(|(p, e)| prob > p || (prob == p && end > e)) {
                    best = Some((prob, end));
                }
            };
            let single = self.singles[usize::from(codes[idx])].raw;
            if !single.is_nan() {
                consider(idx + 1, single);
            }
            if idx + 1 < n
                && let Some(e) = self.entry(codes[idx], codes[idx + 1])
            {
                let pair = &self.pairs[e as usize];
                if pair.beyond {
                    for (rest, raw) in self.long.get(&e).map_or(&[][..], |v| v) {
                        let end = idx + 2 + rest.len();
                        if codes.get(idx + 2..end) == Some(&rest[..]) {
                            consider(end, *raw);
                        }
                    }
                }
                if !pair.word.raw.is_nan() {
                    consider(idx + 2, pair.word.raw);
                }
                let range = pair.tail_range();
                if !range.is_empty() {
                    let mut key = 0u64;
                    for end in idx + 3..=n.min(idx + LONGEST) {
                        key = (key << 16) | u64::from(codes[end - 1]);
                        if pair.lengths & (1 << (end - idx - 3)) == 0 {
                            continue;
                        }
                        if let Ok(t) = self.tails[range.clone()].binary_search(&key) {
                            consider(end, self.tail_words[range.start + t].raw);
                        }
                    }
                }
            }
            route[idx] = best.unwrap_or((-lt + route[idx + 1].0, idx + 1));
        }
        ends.clear();
        let mut x = 0;
        while x < n {
            x = route[x].1;
            ends.push(x);
        }
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{jieba, pairs};

    /// Our `cut` and jieba's, as word ends, on every run of Chinese characters of `text`;
    /// returns how many runs the tables cut themselves.
    fn same_cut(text: &str) -> usize {
        let chars: Vec<char> = text.chars().collect();
        let mut ours = 0;
        for run in chars.split(|c| !crate::han::is_han(*c)) {
            if run.is_empty() {
                continue;
            }
            let s: String = run.iter().collect();
            let theirs: Vec<usize> = jieba().cut(&s, false).iter().map(|t| t.end).collect();
            let mut ends = Vec::new();
            if pairs().short.cut(run, &mut ends).is_some() {
                assert_eq!(ends, theirs, "{s}");
                ours += 1;
            }
        }
        ours
    }

    #[test]
    fn the_tables_cut_as_jieba_does() {
        let text = "认真贯彻落实上级决策部署，切实服务人民群众。我们己经完成了全年任务，\
                    开展三会一课46次；全面推进依法治国，建设法治政府。中华人民共和国国务院\
                    办公厅印发通知，要求各地区各部门结合实际认真贯彻执行。研究生命起源，\
                    结婚的和尚未结婚的，南京市长江大桥，乒乓球拍卖完了。";
        assert!(same_cut(text) >= 8);
        // Real sentences when ../shared is there (ECSpell's train splits).
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ecspell");
        for split in ["law.train", "med.train"] {
            if let Ok(text) = std::fs::read_to_string(dir.join(split)) {
                let n: usize = text
                    .lines()
                    .flat_map(|l| l.split('\t').skip(1))
                    .map(same_cut)
                    .sum();
                assert!(n > 1000, "{split}: {n} runs");
            }
        }
    }

    #[test]
    fn a_run_the_tables_cannot_cut_is_left_to_jieba() {
        // A character outside the tables.
        let run: Vec<char> = "人民㐀".chars().collect();
        assert!(pairs().short.cut(&run, &mut Vec::new()).is_none());
        // Words longer than six characters (中华人民共和国国务院) are the tables' too.
        let run: Vec<char> = "中华人民共和国国务院".chars().collect();
        let mut ends = Vec::new();
        assert!(pairs().short.cut(&run, &mut ends).is_some());
        assert_eq!(ends, [10]);
        assert_eq!(
            same_cut("中华人民共和国成立以来，全国人民代表大会常务委员会"),
            2
        );
    }
}
