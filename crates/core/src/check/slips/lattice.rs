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
    /// The window `lo..hi` of a run, from the run's words (looked up once for all windows).
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
            for k in 1..=MAX_WORD.min(l.n - i) {
                let at = &mut known[lo + i][k - 1];
                if *at == f64::INFINITY {
                    *at = word_freq(&run[lo + i..lo + i + k]).unwrap_or(f64::NAN);
                }
                l.words[i][k - 1] = *at;
            }
        }
        l
    }

    /// The same window with `chars[q]` changed: only the words over `q` are looked up again.
    pub(super) fn with(&self, chars: &[char], q: usize) -> Self {
        let mut l = self.clone();
        for i in q.saturating_sub(MAX_WORD - 1)..=q {
            for k in (q + 1 - i)..=MAX_WORD.min(l.n - i) {
                l.words[i][k - 1] = word_freq(&chars[i..i + k]).unwrap_or(f64::NAN);
            }
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
