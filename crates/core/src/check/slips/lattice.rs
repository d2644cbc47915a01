//! The dictionary words of a window of text and its best segmentation (jieba's frequencies).

use super::*;

/// The dictionary words of a window: `words[i][k - 1]` is ln(frequency) of the `k`
/// characters from `i`, NaN when they are not a word.
#[derive(Clone)]
pub(super) struct Lattice {
    n: usize,
    pub(super) words: [[f64; MAX_WORD]; 2 * WINDOW + 1],
}

impl Lattice {
    /// The window `lo..hi` of a run, from the run's words (looked up once for all windows:
    /// `known[i]` holds the words that start at `i`, ∞ when not yet looked up).
    pub(super) fn of_run(
        run: &[char],
        known: &mut [[f64; MAX_WORD]],
        lo: usize,
        hi: usize,
    ) -> Self {
        let mut l = Lattice {
            n: hi - lo,
            words: [[f64::NAN; MAX_WORD]; 2 * WINDOW + 1],
        };
        for i in 0..l.n {
            let at = &mut known[lo + i];
            if at[0] == f64::INFINITY {
                *at = words_from(&run[lo + i..run.len().min(lo + i + MAX_WORD)], 1);
            }
            // Words that reach past the window are not the window's.
            let fit = MAX_WORD.min(l.n - i);
            l.words[i][..fit].copy_from_slice(&at[..fit]);
        }
        l
    }

    /// The same window with `chars[q]` changed: only the words over `q` are looked up again.
    pub(super) fn with(&self, chars: &[char], q: usize) -> Self {
        let mut l = self.clone();
        for i in q.saturating_sub(MAX_WORD - 1)..=q {
            let words = words_from(&chars[i..l.n.min(i + MAX_WORD)], q - i + 1);
            l.words[i][q - i..].copy_from_slice(&words[q - i..]);
        }
        l
    }

    /// The best segmentation as jieba scores it: its log-probability, and for each start the
    /// end of the word taken there.
    pub(super) fn segment(&self) -> (f64, [usize; 2 * WINDOW + 2]) {
        let n = self.n;
        let lt = log_total();
        let mut score = [0.0f64; 2 * WINDOW + 2];
        let mut next = [n; 2 * WINDOW + 2];
        for i in (0..n).rev() {
            let mut b = (f64::NEG_INFINITY, i + 1);
            for k in 1..=MAX_WORD.min(n - i) {
                let f = self.words[i][k - 1];
                let f = if f.is_nan() {
                    if k == 1 {
                        0.0
                    } else {
                        continue;
                    }
                } else {
                    f
                };
                let v = f - lt + score[i + k];
                if v > b.0 {
                    b = (v, i + k);
                }
            }
            score[i] = b.0;
            next[i] = b.1;
        }
        (score[0], next)
    }
}

/// ln(frequency) of the words that start `chars` and have at least `from` characters (of
/// at most `MAX_WORD`; NaN where the first `k` are no word, and below `from`).
fn words_from(chars: &[char], from: usize) -> [f64; MAX_WORD] {
    let mut out = [f64::NAN; MAX_WORD];
    if from <= 1 {
        out[0] = word_freq(&chars[..1]).unwrap_or(f64::NAN);
    }
    if chars.len() < 2 {
        return out;
    }
    let o = pairs().opening(chars[0], chars[1]);
    if from <= 2 {
        out[1] = o.word.unwrap_or(f64::NAN);
    }
    if o.longer {
        for k in from.max(3)..=chars.len() {
            out[k - 1] = jieba_freq(&chars[..k]).unwrap_or(f64::NAN);
        }
    }
    out
}

/// The word (start, end) of a segmentation that holds position `q`.
pub(super) fn holder(next: &[usize], n: usize, q: usize) -> (usize, usize) {
    let mut i = 0;
    while i < n {
        let k = next[i];
        if i <= q && q < k {
            return (i, k);
        }
        i = k;
    }
    (0, 0)
}
