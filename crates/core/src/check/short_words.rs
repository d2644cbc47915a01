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

fn cells(n: usize, bits: impl Fn(usize) -> u64) -> Box<[AtomicU64]> {
    (0..n).map(|i| AtomicU64::new(bits(i))).collect()
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
    /// each row sorted.
    second: Box<[u16]>,
    /// For each pair: its frequency as a word of two (or `NOT_WORD`).
    pair_freq: Box<[AtomicU64]>,
    /// For each pair, and one past the last: where its row of tails starts in `tails`.
    tail_rows: Box<[u32]>,
    /// The packed rest (`tail_key`) of the words of three to six characters, row by row,
    /// each row sorted, and their frequencies.
    tails: Box<[u64]>,
    tail_freq: Box<[AtomicU64]>,
    /// For each character of `BASIC` by code (index 0 unused): its frequency as a word of one.
    single_freq: Box<[AtomicU64]>,
}

impl ShortWords {
    /// The tables of the dictionary's words (one a line, the word first).
    pub(crate) fn of_lines(text: &str) -> Self {
        let size = *BASIC.end() as usize - *BASIC.start() as usize + 2;
        let mut single = vec![false; size];
        // (first, second, tail or 0 for a word of two)
        let mut entries: Vec<(u16, u16, u64)> = Vec::new();
        for line in text.lines() {
            let word = line.split_whitespace().next().unwrap_or_default();
            let chars: Vec<char> = word.chars().collect();
            if chars.len() > LONGEST {
                continue;
            }
            let Some(codes) = chars.iter().map(|&c| code(c)).collect::<Option<Vec<u16>>>() else {
                continue;
            };
            match codes[..] {
                [a] => single[usize::from(a)] = true,
                [a, b, ..] => entries.push((a, b, tail_key(&chars[2..]).unwrap_or(0))),
                _ => {}
            }
        }
        entries.sort_unstable();
        entries.dedup();
        let mut rows = vec![0u32; size + 1];
        let mut second = Vec::new();
        let mut pair_word = Vec::new();
        let mut tail_rows = Vec::new();
        let mut tails = Vec::new();
        let mut last: Option<(u16, u16)> = None;
        for &(a, b, tail) in &entries {
            if last != Some((a, b)) {
                last = Some((a, b));
                second.push(b);
                pair_word.push(false);
                tail_rows.push(tails.len() as u32);
                rows[usize::from(a) + 1] += 1;
            }
            if tail == 0 {
                *pair_word.last_mut().expect("a pair was pushed") = true;
            } else {
                tails.push(tail);
            }
        }
        tail_rows.push(tails.len() as u32);
        for i in 1..rows.len() {
            rows[i] += rows[i - 1];
        }
        ShortWords {
            rows: rows.into_boxed_slice(),
            pair_freq: cells(
                second.len(),
                |i| if pair_word[i] { UNKNOWN } else { NOT_WORD },
            ),
            second: second.into_boxed_slice(),
            tail_rows: tail_rows.into_boxed_slice(),
            tail_freq: cells(tails.len(), |_| UNKNOWN),
            tails: tails.into_boxed_slice(),
            single_freq: cells(size, |i| if single[i] { UNKNOWN } else { NOT_WORD }),
        }
    }

    /// The frequency of `c` as a word: `None` when `c` is outside the tables (ask jieba),
    /// `Some(None)` when it is no word.
    pub(crate) fn single(&self, jieba: &Jieba, c: char) -> Option<Option<f64>> {
        let a = code(c)?;
        Some(freq_of(&self.single_freq[usize::from(a)], jieba, &[c]))
    }

    /// The pair `a`, `b` as the start of words: `None` when a character is outside the
    /// tables (ask jieba).
    pub(crate) fn start(&self, a: char, b: char) -> Option<Start> {
        let (a, b) = (code(a)?, code(b)?);
        let (lo, hi) = (
            self.rows[usize::from(a)] as usize,
            self.rows[usize::from(a) + 1] as usize,
        );
        let entry = self.second[lo..hi]
            .binary_search(&b)
            .ok()
            .map(|i| (lo + i) as u32);
        Some(Start { entry })
    }

    /// Is the pair a word of two characters?
    pub(crate) fn is_pair(&self, s: Start) -> bool {
        s.entry
            .is_some_and(|e| self.pair_freq[e as usize].load(Ordering::Relaxed) != NOT_WORD)
    }

    /// The frequency of the pair as a word of two, None when it is none.
    pub(crate) fn pair(&self, jieba: &Jieba, s: Start, chars: [char; 2]) -> Option<f64> {
        freq_of(&self.pair_freq[s.entry? as usize], jieba, &chars)
    }

    /// Does the pair open a word of three characters or more?
    pub(crate) fn opens_longer(&self, s: Start) -> bool {
        s.entry.is_some_and(|e| {
            let e = e as usize;
            self.tail_rows[e] < self.tail_rows[e + 1]
        })
    }

    /// The frequency of `chars` (three to six characters, opening with the pair `s`) as a
    /// word: `None` when a character is outside the tables (ask jieba), `Some(None)` when it
    /// is no word.
    pub(crate) fn longer(&self, jieba: &Jieba, s: Start, chars: &[char]) -> Option<Option<f64>> {
        let key = tail_key(&chars[2..])?;
        let Some(e) = s.entry else {
            return Some(None);
        };
        let e = e as usize;
        let (lo, hi) = (self.tail_rows[e] as usize, self.tail_rows[e + 1] as usize);
        let Ok(i) = self.tails[lo..hi].binary_search(&key) else {
            return Some(None);
        };
        Some(freq_of(&self.tail_freq[lo + i], jieba, chars))
    }
}
