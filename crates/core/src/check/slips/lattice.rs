//! The dictionary words of a window of text and its best segmentation (jieba's frequencies).

use super::*;

/// The dictionary words of a window: `words[i][k - 1]` is ln(frequency) of the `k`
/// characters from `i`, NaN when they are not a word; `longer[i]`: whether the two from `i`
/// open a word of three characters or more.
pub(super) struct Lattice {
    n: usize,
    pub(super) words: [[f64; MAX_WORD]; 2 * WINDOW + 1],
    longer: [bool; 2 * WINDOW + 1],
}

/// The words that start at one place of a run (`words_from`).
#[derive(Clone, Copy)]
pub(super) struct Starts {
    words: [f64; MAX_WORD],
    longer: bool,
}

impl Lattice {
    /// The window `lo..hi` of a run, from the run's words (looked up once for all windows:
    /// `known[i]` holds the words that start at `i`).
    pub(super) fn of_run(run: &[char], known: &mut [Option<Starts>], lo: usize, hi: usize) -> Self {
        let mut l = Lattice {
            n: hi - lo,
            words: [[f64::NAN; MAX_WORD]; 2 * WINDOW + 1],
            longer: [false; 2 * WINDOW + 1],
        };
        for i in 0..l.n {
            let at = *known[lo + i].get_or_insert_with(|| {
                words_from(&run[lo + i..run.len().min(lo + i + MAX_WORD)], 1)
            });
            // Words that reach past the window are not the window's.
            let fit = MAX_WORD.min(l.n - i);
            l.words[i][..fit].copy_from_slice(&at.words[..fit]);
            l.longer[i] = at.longer;
        }
        l
    }

    /// The best segmentation as jieba scores it: for each start, the log-probability of the
    /// best segmentation from there and the end of the word taken there.
    pub(super) fn segment(&self) -> Route {
        let mut route = Route {
            score: [0.0; 2 * WINDOW + 2],
            next: [self.n; 2 * WINDOW + 2],
        };
        self.segment_to(self.n, &mut route);
        route
    }

    /// For each end, the score of the best segmentation of the window up to there (what
    /// `Route::score` is for each start, from the other side).
    pub(super) fn prefix(&self) -> [f64; 2 * WINDOW + 2] {
        let lt = log_total();
        let mut best = [f64::NEG_INFINITY; 2 * WINDOW + 2];
        best[0] = 0.0;
        for e in 1..=self.n {
            for s in e.saturating_sub(MAX_WORD)..e {
                let Some(f) = self.word_or_single(s, e - s) else {
                    continue;
                };
                let v = best[s] + f - lt;
                if v > best[e] {
                    best[e] = v;
                }
            }
        }
        best
    }

    /// The score of the best segmentation of this window with `chars[q]` changed (`chars`
    /// holds the change), and the word it takes over `q`. Every segmentation takes exactly one
    /// word over `q`, and what lies before and after that word is unchanged: the best is the
    /// best over the words that hold `q` of the window's best up to the word (`prefix`), the
    /// word, and its best from after the word (`route`). Only the words over `q` are looked
    /// up, and nothing is segmented again.
    pub(super) fn best_with(
        &self,
        chars: &[char],
        q: usize,
        prefix: &[f64],
        route: &Route,
    ) -> (f64, (usize, usize)) {
        let lt = log_total();
        let mut best = (f64::NEG_INFINITY, (q, q + 1));
        for i in q.saturating_sub(MAX_WORD - 1)..=q {
            // Two unchanged characters that open no longer word: no word from here holds `q`.
            if i + 1 < q && !self.longer[i] {
                continue;
            }
            let at = words_from(&chars[i..self.n.min(i + MAX_WORD)], q - i + 1);
            for k in q - i + 1..=MAX_WORD.min(self.n - i) {
                let f = at.words[k - 1];
                let f = if !f.is_nan() {
                    f
                } else if k == 1 {
                    0.0
                } else {
                    continue;
                };
                let v = prefix[i] + (f - lt + route.score[i + k]);
                if v > best.0 {
                    best = (v, (i, i + k));
                }
            }
        }
        best
    }

    /// ln(frequency) of the `k` characters from `i` as a word; a single character that is
    /// no word scores as 0 (jieba's route); None for a longer string that is none.
    fn word_or_single(&self, i: usize, k: usize) -> Option<f64> {
        let f = self.words[i][k - 1];
        if !f.is_nan() {
            Some(f)
        } else if k == 1 {
            Some(0.0)
        } else {
            None
        }
    }

    /// Work out `route` for the starts before `end` (those from `end` on are known).
    fn segment_to(&self, end: usize, route: &mut Route) {
        let n = self.n;
        let lt = log_total();
        for i in (0..end.min(n)).rev() {
            let mut b = (f64::NEG_INFINITY, i + 1);
            for k in 1..=MAX_WORD.min(n - i) {
                let Some(f) = self.word_or_single(i, k) else {
                    continue;
                };
                let v = f - lt + route.score[i + k];
                if v > b.0 {
                    b = (v, i + k);
                }
            }
            route.score[i] = b.0;
            route.next[i] = b.1;
        }
    }
}

/// A window's best segmentation: for each start, its score from there and the end of the word
/// taken there (`score[0]` is the window's).
pub(super) struct Route {
    pub(super) score: [f64; 2 * WINDOW + 2],
    pub(super) next: [usize; 2 * WINDOW + 2],
}

/// ln(frequency) of the words that start `chars` and have at least `from` characters (of
/// at most `MAX_WORD`; NaN where the first `k` are no word, and below `from`), and whether
/// its first two open a longer word.
fn words_from(chars: &[char], from: usize) -> Starts {
    let mut out = Starts {
        words: [f64::NAN; MAX_WORD],
        longer: false,
    };
    if from <= 1 {
        out.words[0] = word_freq(&chars[..1]).unwrap_or(f64::NAN);
    }
    if chars.len() < 2 {
        return out;
    }
    let short = &pairs().short;
    let j = jieba();
    let Some(s) = short.start(chars[0], chars[1]) else {
        // A character outside the tables: every length is asked.
        out.longer = true;
        for k in from.max(2)..=chars.len() {
            out.words[k - 1] = word_freq(&chars[..k]).unwrap_or(f64::NAN);
        }
        return out;
    };
    if from <= 2 {
        out.words[1] = short.pair(j, s, [chars[0], chars[1]]).unwrap_or(f64::NAN);
    }
    out.longer = short.opens_longer(s);
    if out.longer {
        for k in from.max(3)..=chars.len() {
            let word = &chars[..k];
            out.words[k - 1] = short
                .longer(j, s, word)
                .unwrap_or_else(|| jieba_freq(word))
                .unwrap_or(f64::NAN);
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
