//! Character slips by sound and by shape, scored in context (issue 25): 己经 for 已经, 资今 for
//! 资金, 依法制国 for 依法治国. Each character of a stretch of Chinese is tried against the
//! characters that sound or look like it (the ECSpell confusion sets) and the slips seen in
//! real text; a candidate is reported when it puts the character into a dictionary word and the
//! stretch reads much better with it, by two models together:
//!
//! - jieba's dictionary (word frequencies): the log-probability of the best segmentation of the
//!   nine characters around the slip, with and without the candidate;
//! - a character bigram model (counts from the corrected ECSpell train sentences,
//!   `assets/check/slips/`): how well the character fits its two neighbours.
//!
//! The weights and the threshold were set on the ECSpell train splits for precision first
//! (`examples/ecspell_eval.rs`; the README gives the figures on the test splits).

use super::lexicon::{jieba, pairs, sound_alike};
use super::short_words::ln_freq;
use crate::han::is_han_or_zero;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

mod lattice;
use lattice::{Lattice, Route, holder};

const CONFUSION: &str = include_str!("../../../assets/check/slips/confusion.tsv");
const BIGRAMS: &str = include_str!("../../../assets/check/slips/bigrams.tsv");
const UNIGRAMS: &str = include_str!("../../../assets/check/slips/unigrams.tsv");
const PAIRS: &str = include_str!("../../../assets/check/slips/pairs.tsv");

/// A report needs this much gain in log-probability (natural log).
const THRESHOLD: f64 = 13.0;
/// Weight of the character bigram model against the dictionary's segmentation.
const BIGRAM_WEIGHT: f64 = 0.5;
/// A shape slip is a little less likely than a sound slip (typing is by pinyin).
const SHAPE_COST: f64 = 1.0;
/// A slip seen in real text is likelier than one that is only possible.
const SEEN_BONUS: f64 = 4.0;
/// ln of the frequency from which a character is a common word on its own (about 1 000).
const COMMON_SINGLE: f64 = 6.9;
/// ln of the frequency from which a word of the segmentation is taken as meant (about 1 100).
const SETTLED_WORD: f64 = 7.0;
/// Length from which a word of the segmentation is taken as meant whatever its frequency:
/// jieba's four-character entries (贯彻落实, 重点项目) are set phrases that a slip seldom makes.
/// (Same findings on the ECSpell train and test splits as with frequent words only, in half the
/// time: most characters of official prose sit in such phrases.)
const SETTLED_LENGTH: usize = 4;
/// Longest dictionary word the segmentation looks for.
const MAX_WORD: usize = 6;
// The short words' tables hold every word the segmentation looks for.
const _: () = assert!(MAX_WORD <= super::short_words::LONGEST);
/// Characters each side of the slip that the segmentation sees.
const WINDOW: usize = 4;

/// Characters that are words on their own and are never taken for a slip.
pub(super) const FUNCTION: &str =
    "的了是在和与及对把被将为地得着过也都就向于而并其之以所这那有无不没很更最已又再还等个";

/// Is `c` one of `FUNCTION` (asked for most characters of a text: a bit filter and a sorted
/// list, not a search of the string's UTF-8)?
pub(super) fn is_function(c: char) -> bool {
    static SORTED: OnceLock<(CharBits, Box<[char]>)> = OnceLock::new();
    let (bits, sorted) = SORTED.get_or_init(|| {
        let mut v: Vec<char> = FUNCTION.chars().collect();
        v.sort_unstable();
        let mut bits = CharBits::default();
        for &c in &v {
            bits.insert(c);
        }
        (bits, v.into_boxed_slice())
    });
    bits.may_hold(c) && sorted.binary_search(&c).is_ok()
}

/// Characters by their low ten bits: a set that answers "surely not" for most characters
/// at the cost of one load (the lists below are asked of nearly every character of a text).
#[derive(Default)]
struct CharBits([u64; 16]);

impl CharBits {
    fn insert(&mut self, c: char) {
        let b = c as usize & 1023;
        self.0[b >> 6] |= 1 << (b & 63);
    }

    fn may_hold(&self, c: char) -> bool {
        let b = c as usize & 1023;
        self.0[b >> 6] & (1 << (b & 63)) != 0
    }
}

/// Words of two characters, for comparing with a text's characters: sorted, behind a filter
/// of their first characters.
struct PairSet {
    first: CharBits,
    pairs: Box<[[char; 2]]>,
}

impl PairSet {
    fn of(words: &[&str]) -> Self {
        let mut pairs: Vec<[char; 2]> = words
            .iter()
            .filter_map(|w| {
                let mut it = w.chars();
                Some([it.next()?, it.next()?])
            })
            .collect();
        pairs.sort_unstable();
        let mut first = CharBits::default();
        for p in &pairs {
            first.insert(p[0]);
        }
        PairSet {
            first,
            pairs: pairs.into_boxed_slice(),
        }
    }

    fn contains(&self, a: char, b: char) -> bool {
        self.first.may_hold(a) && self.pairs.binary_search(&[a, b]).is_ok()
    }
}

/// Titles after a name (two characters each): the characters right before one are a person's
/// name.
const TITLES_TEXT: [&str; 16] = [
    "同志", "书记", "主任", "局长", "部长", "处长", "科长", "县长", "市长", "镇长", "主席", "经理",
    "院长", "所长", "队长", "组长",
];

fn titles() -> &'static PairSet {
    static T: OnceLock<PairSet> = OnceLock::new();
    T.get_or_init(|| PairSet::of(&TITLES_TEXT))
}

/// A likely slip: character range (the word it breaks) and that word corrected.
pub(super) struct Slip {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
    gain: f64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Sound,
    Shape,
    Seen,
}

/// The characters one may have been meant as, each with the way it is alike.
type Candidates = Box<[(char, Kind)]>;

struct Model {
    /// The confusion-set row of each character that has one: its sound-alike and shape-alike
    /// columns, read when the character is first met.
    rows: FxHashMap<char, &'static str>,
    /// Slips seen in real text (written, meant) with their counts, and the meant characters of
    /// each written one in the list's order.
    seen: FxHashMap<(char, char), u32>,
    seen_for: FxHashMap<char, Vec<char>>,
    /// The candidates of each character from U+4E00 to U+9FA5, put together when a text first
    /// holds it: a document meets a few thousand of the 20 902, and all of them would take
    /// about 11 MB.
    lists: Box<[OnceLock<Candidates>]>,
    /// The candidates of the few characters outside that range that have any.
    others: FxHashMap<char, Candidates>,
    bigrams: FxHashMap<(char, char), u32>,
    unigrams: FxHashMap<char, u32>,
    /// The same counts for the characters of `LAZY`, by offset (read for every candidate).
    basic_unigrams: Box<[u32]>,
    /// Total count and number of distinct characters of the unigram model.
    total: f64,
    distinct: f64,
}

/// The characters whose candidates are put together lazily (the sound-alike sets cover them).
const LAZY: std::ops::RangeInclusive<char> = crate::han::BASIC;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let mut rows = FxHashMap::default();
        for line in CONFUSION.lines().filter(|l| !l.starts_with('#')) {
            if let Some((c, rest)) = line.split_once('\t')
                && let Some(c) = c.chars().next()
            {
                rows.insert(c, rest);
            }
        }
        let mut seen = FxHashMap::default();
        let mut seen_for: FxHashMap<char, Vec<char>> = FxHashMap::default();
        for line in PAIRS.lines() {
            let mut cols = line.split('\t');
            let (Some(a), Some(b), Some(n)) = (
                cols.next().and_then(|c| c.chars().next()),
                cols.next().and_then(|c| c.chars().next()),
                cols.next().and_then(|n| n.parse::<u32>().ok()),
            ) else {
                continue;
            };
            seen.insert((a, b), n);
            seen_for.entry(a).or_default().push(b);
        }
        let mut bigrams = FxHashMap::default();
        for line in BIGRAMS.lines() {
            let Some((k, n)) = line.split_once('\t') else {
                continue;
            };
            let mut it = k.chars();
            if let (Some(a), Some(b), Ok(n)) = (it.next(), it.next(), n.parse::<u32>()) {
                bigrams.insert((a, b), n);
            }
        }
        let mut unigrams = FxHashMap::default();
        for line in UNIGRAMS.lines() {
            let Some((k, n)) = line.split_once('\t') else {
                continue;
            };
            if let (Some(a), Ok(n)) = (k.chars().next(), n.parse::<u32>()) {
                unigrams.insert(a, n);
            }
        }
        let size = *LAZY.end() as usize - *LAZY.start() as usize + 1;
        let mut basic_unigrams = vec![0u32; size];
        for (&c, &n) in &unigrams {
            if LAZY.contains(&c) {
                basic_unigrams[c as usize - *LAZY.start() as usize] = n;
            }
        }
        let total = unigrams.values().map(|n| f64::from(*n)).sum();
        let distinct = unigrams.len() as f64;
        let mut model = Model {
            rows,
            seen,
            seen_for,
            lists: (0..size).map(|_| OnceLock::new()).collect(),
            others: FxHashMap::default(),
            bigrams,
            unigrams,
            basic_unigrams: basic_unigrams.into_boxed_slice(),
            total,
            distinct,
        };
        let outside: Vec<char> = model
            .rows
            .keys()
            .chain(model.seen_for.keys())
            .copied()
            .filter(|c| !LAZY.contains(c))
            .collect();
        for c in outside {
            let list = model.gather(c);
            model.others.insert(c, list);
        }
        model
    })
}

impl Model {
    /// The characters `c` may have been meant as, in this order: its confusion set's
    /// sound-alike then shape-alike column, the slips seen in real text, then the characters
    /// of the same syllable (with the fuzzy pairs zh/z, -ng/-n…) that the sets miss.
    fn candidates(&self, c: char) -> &[(char, Kind)] {
        if LAZY.contains(&c) {
            let i = c as usize - *LAZY.start() as usize;
            self.lists[i].get_or_init(|| self.gather(c))
        } else {
            self.others.get(&c).map_or(&[], |list| list)
        }
    }

    fn gather(&self, c: char) -> Candidates {
        let mut list: Vec<(char, Kind)> = Vec::new();
        if let Some(row) = self.rows.get(&c) {
            for (col, kind) in row.split('\t').zip([Kind::Sound, Kind::Shape]) {
                list.extend(col.chars().map(|x| (x, kind)));
            }
        }
        for &b in self.seen_for.get(&c).map_or(&[][..], Vec::as_slice) {
            if !list.iter().any(|(x, _)| *x == b) {
                list.push((b, Kind::Seen));
            }
        }
        for x in sound_alike(c) {
            if !list.iter().any(|(y, _)| *y == x) {
                list.push((x, Kind::Sound));
            }
        }
        list.into_boxed_slice()
    }

    /// ln P(b | a), interpolated with the unigram model.
    fn bigram(&self, a: char, b: char) -> f64 {
        let uni = |c: char| {
            f64::from(if LAZY.contains(&c) {
                self.basic_unigrams[c as usize - *LAZY.start() as usize]
            } else {
                self.unigrams.get(&c).copied().unwrap_or(0)
            })
        };
        let pu = (uni(b) + 0.5) / (self.total + self.distinct);
        let pair = f64::from(self.bigrams.get(&(a, b)).copied().unwrap_or(0));
        ((pair + 3.0 * pu) / (uni(a) + 3.0)).ln()
    }

    /// How well the character at `p` of `run` fits its two neighbours (^ and $ at the ends).
    fn fit(&self, run: &[char], p: usize, c: char) -> f64 {
        let before = if p == 0 { '^' } else { run[p - 1] };
        let after = run.get(p + 1).copied().unwrap_or('$');
        self.bigram(before, c) + self.bigram(c, after)
    }
}

/// A word of at most `MAX_WORD` characters packed into one number (21 bits a character; Chinese
/// characters are never 0, so words of different lengths never share a key).
fn key(chars: &[char]) -> u128 {
    chars
        .iter()
        .fold(0u128, |k, &c| (k << 21) | u128::from(u32::from(c)))
}

/// `chars` (at most `MAX_WORD`) as UTF-8 on the stack, for the dictionary's look-ups.
fn with_str<R>(chars: &[char], f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 4 * MAX_WORD];
    let mut n = 0;
    for c in chars {
        n += c.encode_utf8(&mut buf[n..]).len();
    }
    // SAFETY: the bytes are `char::encode_utf8`'s, one whole character after another, so they
    // are valid UTF-8; checking them again was a tenth of the whole check's time.
    f(unsafe { std::str::from_utf8_unchecked(&buf[..n]) })
}

/// A memo shared by every thread that checks: a pass runs on threads of its own, which a
/// memo of each thread's would meet empty every time. Split in shards so that two threads
/// seldom wait for each other; bounded, for a long session meets many keys.
struct Shared<K, V> {
    shards: Box<[std::sync::Mutex<FxHashMap<K, V>>]>,
}

impl<K: Copy + Eq + std::hash::Hash + Into<u128>, V> Shared<K, V> {
    const SHARDS: usize = 16;
    /// Entries a shard holds before it starts afresh.
    const LIMIT: usize = 1 << 16;

    fn new() -> Self {
        Shared {
            shards: (0..Self::SHARDS)
                .map(|_| std::sync::Mutex::new(FxHashMap::default()))
                .collect(),
        }
    }

    /// `read` of the value of `k`, made by `make` the first time.
    fn with<R>(&self, k: K, make: impl FnOnce() -> V, read: impl FnOnce(&V) -> R) -> R {
        let wide: u128 = k.into();
        let h = (wide as u64 ^ (wide >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let shard = &self.shards[(h >> 60) as usize % Self::SHARDS];
        // A thread that panicked while holding it left a whole map: use it.
        let mut map = shard
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // One look-up when the value is there (nearly always, once a text is under way).
        if let Some(v) = map.get(&k) {
            return read(v);
        }
        if map.len() >= Self::LIMIT {
            map.clear();
        }
        let v = make();
        let out = read(&v);
        map.insert(k, v);
        out
    }
}

/// ln(frequency) of the dictionary words met so far that the short words' tables cannot hold
/// (a character outside them): jieba's `suggest_freq` segments the word each time it is asked.
fn freqs() -> &'static Shared<u128, f64> {
    static FREQS: OnceLock<Shared<u128, f64>> = OnceLock::new();
    FREQS.get_or_init(Shared::new)
}

/// ln(frequency) of the word `chars` (at most `MAX_WORD` characters), None when it is not
/// one: from the short words' tables, or from jieba for a character outside them.
fn word_freq(chars: &[char]) -> Option<f64> {
    let short = &pairs().short;
    let j = jieba();
    match chars {
        [] => None,
        [c] => short.single(j, *c).unwrap_or_else(|| jieba_freq(chars)),
        [a, b, ..] => match short.start(*a, *b) {
            None => jieba_freq(chars),
            Some(s) if chars.len() == 2 => short.pair(j, s, [*a, *b]),
            Some(s) => short
                .longer(j, s, chars)
                .unwrap_or_else(|| jieba_freq(chars)),
        },
    }
}

/// ln(frequency) of `chars` as jieba's dictionary has it (remembered), None when it is no
/// word: for strings with a character outside the short words' tables.
fn jieba_freq(chars: &[char]) -> Option<f64> {
    let j = jieba();
    with_str(chars, |word| {
        if !j.has_word(word) {
            return None;
        }
        Some(freqs().with(key(chars), || ln_freq(j, word), |f| *f))
    })
}

fn log_total() -> f64 {
    static TOTAL: OnceLock<f64> = OnceLock::new();
    // jieba's bundled dictionary sums to about 60 million.
    *TOTAL.get_or_init(|| (60_101_964f64).ln())
}

/// For a character, a neighbour and its side: which of the character's candidates make a
/// two-character word with that neighbour, for the pairs of characters met so far.
fn partners() -> &'static Shared<u64, Partners> {
    static PARTNERS: OnceLock<Shared<u64, Partners>> = OnceLock::new();
    PARTNERS.get_or_init(Shared::new)
}

/// Indices into a character's candidate list. Most such lists hold a few, kept in the memo's
/// own entry (no second look-up in memory); a longer one is on the heap.
enum Partners {
    Few(u8, [u16; Partners::FEW]),
    Many(Box<[u16]>),
}

impl Partners {
    const FEW: usize = 7;

    fn of(list: Vec<u16>) -> Self {
        if list.len() <= Self::FEW {
            let mut few = [0; Self::FEW];
            few[..list.len()].copy_from_slice(&list);
            Partners::Few(list.len() as u8, few)
        } else {
            Partners::Many(list.into_boxed_slice())
        }
    }

    fn as_slice(&self) -> &[u16] {
        match self {
            Partners::Few(n, few) => &few[..usize::from(*n)],
            Partners::Many(list) => list,
        }
    }
}

/// The candidates of `c` that make a two-character word with the character before (`before`)
/// or after (`after`) it, as indices in list order. (Most slips break such a word; longer
/// words cost many more look-ups for few more finds.)
fn word_making(
    c: char,
    candidates: &[(char, Kind)],
    before: Option<char>,
    after: Option<char>,
    out: &mut Vec<u16>,
) {
    out.clear();
    let pairs = pairs();
    for (n, side) in [(before, 0u64), (after, 1u64)] {
        let Some(n) = n else { continue };
        let k = (u64::from(u32::from(n)) << 22) | (u64::from(u32::from(c)) << 1) | side;
        partners().with(
            k,
            || {
                Partners::of(
                    candidates
                        .iter()
                        .enumerate()
                        .filter(|(_, (x, _))| {
                            if side == 0 {
                                pairs.is_word(n, *x)
                            } else {
                                pairs.is_word(*x, n)
                            }
                        })
                        .map(|(i, _)| i as u16)
                        .collect(),
                )
            },
            |list| out.extend_from_slice(list.as_slice()),
        );
    }
    out.sort_unstable();
    out.dedup();
}

/// Is `written` a character that sounds or looks like `meant` (the confusion sets, the slips
/// seen in real text, the same syllable)?
pub(super) fn confusable(written: char, meant: char) -> bool {
    model().candidates(written).iter().any(|(x, _)| *x == meant)
}

/// Likely slips in one field.
pub(super) fn slips(chars: &[char]) -> Vec<Slip> {
    let mut out = Vec::new();
    let cx = meant_by_context(chars);
    let mut i = 0;
    while i < chars.len() {
        if !is_han_or_zero(chars[i]) {
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|c| is_han_or_zero(**c))
            .count();
        // A run right before 〔 is a document number's issuer code (县委办发〔2023〕5号, GB/T
        // 9704 §7.2.4): an abbreviation as the issuer writes it, never a slip. A short run
        // between 、 that opens with a common surname is a name in a list (…、彭小苑、…).
        let before = i.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(end).copied();
        let short = end - i <= 3;
        let listed = short
            && before == Some('、')
            && after == Some('、')
            && crate::han::SURNAMES.contains(chars[i]);
        // A short run that stands alone (no sentence punctuation either side) and is a word
        // of the dictionary has no context to say it is not meant (a list's 补足 web 端).
        let alone = |c: Option<char>| c.is_none_or(|c| !is_sentence_mark(c));
        let word = short
            && alone(before)
            && alone(after)
            && with_str(&chars[i..end], |w| jieba().has_word(w));
        if end - i >= 2 && after != Some('〔') && !listed && !word {
            run_slips(&chars[i..end], i, &cx, &mut out);
        }
        i = end;
    }
    out
}

/// Longest quotation, in characters, read as a coined name or slogan (“疏整促”, “苏服办”,
/// “三检”): official texts quote their campaigns, platforms and brands, which are made of
/// abbreviations no dictionary holds.
const COINED_QUOTE: usize = 6;
/// A slip inside such a quotation needs this much more gain.
const QUOTED_COST: f64 = 6.0;
/// Longest parallel item (川茶、川药) whose shared character marks it as meant.
const LIST_ITEM: usize = 4;
/// Words after which the two characters before are a proper name (沈海高速, 国机集团, 喇家遗址).
const NAME_SUFFIXES_TEXT: [&str; 14] = [
    "集团", "高速", "铁路", "遗址", "电厂", "机场", "大桥", "水库", "煤矿", "故城", "古城", "港区",
    "公司", "园区",
];

fn name_suffixes() -> &'static PairSet {
    static T: OnceLock<PairSet> = OnceLock::new();
    T.get_or_init(|| PairSet::of(&NAME_SUFFIXES_TEXT))
}

/// Chinese punctuation (、，。《》“”…): what joins a run to a sentence.
fn is_sentence_mark(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}' | '“' | '”' | '‘' | '’' | '…' | '—' | '·')
}

/// Single characters that end a place's name.
fn is_place_suffix(c: char) -> bool {
    matches!(
        c,
        '河' | '江'
            | '湖'
            | '山'
            | '港'
            | '堰'
            | '村'
            | '镇'
            | '县'
            | '区'
            | '市'
            | '乡'
            | '湾'
            | '岛'
            | '溪'
    )
}
/// Below this weight (`Pairs::weight`) a character is rare.
const RARE: u32 = 50;
/// Opposites that make the four-character shape X前X后.
const OPPOSITES_TEXT: [&str; 12] = [
    "前后", "上下", "左右", "内外", "里外", "东西", "南北", "大小", "高低", "进出", "来去", "远近",
];

fn opposites() -> &'static PairSet {
    static T: OnceLock<PairSet> = OnceLock::new();
    T.get_or_init(|| PairSet::of(&OPPOSITES_TEXT))
}

/// Characters of a field that its context shows are meant as written, and that make no word
/// with a neighbour: the Han characters of a short quotation (a coined name); items of a 、
/// list that share their first or last character with a neighbouring item (川茶、川药,
/// 赣服通、赣政通: parallel abbreviations); the two characters before a name's suffix (兰海高速);
/// a measure word right after a number (3亿辆, 91艘次, 65岁及以上).
fn meant_by_context(chars: &[char]) -> Context {
    let mut meant = vec![false; chars.len()];
    let mut parallel = vec![false; chars.len()];
    let mut quoted = vec![false; chars.len()];
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '“'
            && let Some(len) = chars[i + 1..]
                .iter()
                .take(COINED_QUOTE + 1)
                .position(|c| *c == '”')
        {
            quoted[i + 1..i + 1 + len].fill(true);
            i += len + 1;
        }
        i += 1;
    }
    // Parallel items: runs between 、，； that share a character at the
    // same place (赋权、赋能、赋责; 凝侨心、引侨资; 以学铸魂、以学增智).
    let runs: Vec<(usize, usize)> = {
        let mut v = Vec::new();
        let mut start = 0;
        for (j, c) in chars.iter().enumerate() {
            if !is_han_or_zero(*c) {
                if j > start {
                    v.push((start, j));
                }
                start = j + 1;
            }
        }
        if chars.len() > start {
            v.push((start, chars.len()));
        }
        v
    };
    for w in runs.windows(2) {
        let ((a0, a1), (b0, b1)) = (w[0], w[1]);
        // The last item of a 、 list may run on into its sentence (…、赋能、赋责相统一): an
        // item between two 、 against the start of the next.
        let (la, lb) = (a1 - a0, b1 - b0);
        let last = la < lb && chars[a1] == '、' && a0 > 0 && chars[a0 - 1] == '、';
        if a1 + 1 == b0
            && "、，；".contains(chars[a1])
            && (la == lb || last)
            && (2..=LIST_ITEM).contains(&la)
        {
            mark_parallel(chars, a0, b0, la, &mut parallel);
        }
    }
    for j in 2..chars.len().saturating_sub(1) {
        let pair = [chars[j], chars[j + 1]];
        if name_suffixes().contains(pair[0], pair[1]) {
            meant[j - 2..j].fill(true);
        }
    }
    // A rare character before a place's suffix is a place's name (瀍河, 湔江堰): input
    // methods offer common characters, so a rare one was chosen.
    for j in 0..chars.len().saturating_sub(1) {
        if is_place_suffix(chars[j + 1]) && pairs().weight(chars[j]) < RARE {
            meant[j] = true;
        }
    }
    // Opposites at the same places (屋前屋后, 房前屋后, 村里村外): a set four-character shape.
    for j in 0..chars.len().saturating_sub(3) {
        let (b, d) = (chars[j + 1], chars[j + 3]);
        if opposites().contains(b, d) && chars[j..j + 4].iter().all(|c| is_han_or_zero(*c)) {
            parallel[j..j + 4].fill(true);
        }
    }
    for j in 1..chars.len() {
        if chars[j - 1].is_ascii_digit() || ('０'..='９').contains(&chars[j - 1]) {
            meant[j] = true;
        }
    }
    Context {
        meant,
        parallel,
        quoted,
    }
}

/// What the context of a field says of each of its characters (`meant_by_context`).
struct Context {
    /// Meant as written, making no word with a neighbour.
    meant: Vec<bool>,
    /// Meant as written (a parallel item), but its neighbours may still be slips.
    parallel: Vec<bool>,
    /// Inside a short quotation: a slip needs more gain.
    quoted: Vec<bool>,
}

/// Two parallel items of `len` characters at `a` and `b`: when they share a character at the
/// same place and no word, their characters are meant, except where the two differ by characters that
/// sound or look alike (自治区、自制州: 制 for 治 is a slip the sibling shows).
fn mark_parallel(chars: &[char], a: usize, b: usize, len: usize, meant: &mut [bool]) {
    let same = |k: usize| chars[a + k] == chars[b + k];
    // Items that share a word (饮食因素、解部因素) are phrases of words, not coined ones.
    let shares_word = (0..len.saturating_sub(1))
        .any(|k| same(k) && same(k + 1) && pairs().is_word(chars[a + k], chars[a + k + 1]));
    if shares_word || !(0..len).any(same) {
        return;
    }
    for k in 0..len {
        let (x, y) = (chars[a + k], chars[b + k]);
        if x == y || !(confusable(x, y) || confusable(y, x)) {
            meant[a + k] = true;
            meant[b + k] = true;
        }
    }
}

fn run_slips(run: &[char], offset: usize, cx: &Context, out: &mut Vec<Slip>) {
    let span = offset..offset + run.len();
    let first = out.len();
    let m = model();
    let mut window: Vec<char> = Vec::with_capacity(2 * WINDOW + 1);
    let mut making: Vec<u16> = Vec::new();
    // The dictionary words of the run, looked up as windows need them (∞: not yet).
    let mut known = vec![None; run.len()];
    // Characters inside a frequent word of the run's best segmentation, or a long one, are
    // taken as meant (below).
    // A term of official writing (三会一课, 放管服, 住建局…) is meant as written, and its
    // characters make no new word with a neighbour outside it (区住建局 has no 居住).
    let mut termed = cx.meant[span.clone()].to_vec();
    super::terms::mark(run, &mut termed);
    super::terms::mark_official(run, &mut termed);
    let mut settled = termed.clone();
    for (s, p) in settled.iter_mut().zip(&cx.parallel[span.clone()]) {
        *s |= *p;
    }
    // The words official texts use (兜底, 研学) are meant too where they stand as words: not
    // across a word of the run's segmentation (刑期末满 has no 期末, 过分校瘦 no 分校). They
    // do pair with neighbours (as a slip next to one often does).
    let ends = cut(run);
    let mut bounds = vec![false; run.len() + 1];
    bounds[0] = true;
    for &end in &ends {
        bounds[end] = true;
    }
    super::terms::mark_words(run, &bounds, &mut settled);
    let mut start = 0;
    for end in ends {
        let len = end - start;
        if len >= SETTLED_LENGTH
            || (len >= 2 && word_freq(&run[start..end]).is_some_and(|f| f >= SETTLED_WORD))
        {
            settled[start..end].fill(true);
        }
        start = end;
    }
    let mut p = 0;
    while p < run.len() {
        let c = run[p];
        let candidates = m.candidates(c);
        if candidates.is_empty() || settled[p] || is_function(c) || before_title(run, p) {
            p += 1;
            continue;
        }
        let lo = p.saturating_sub(WINDOW);
        let hi = run.len().min(p + WINDOW + 1);
        let q = p - lo;
        window.clear();
        window.extend_from_slice(&run[lo..hi]);
        let mut base: Option<(Route, [f64; 2 * WINDOW + 2], bool, Lattice)> = None;
        let fit0 = m.fit(run, p, c);
        let mut best: Option<(f64, char, (usize, usize))> = None;
        word_making(
            c,
            candidates,
            q.checked_sub(1)
                .filter(|_| !termed[p - 1])
                .map(|b| window[b]),
            window
                .get(q + 1)
                .filter(|_| !termed.get(p + 1).copied().unwrap_or(false))
                .copied(),
            &mut making,
        );
        for &(x, kind) in making.iter().map(|&i| &candidates[usize::from(i)]) {
            // 鱼灯等 is not 鱼等等: a function word doubled is no word a slip breaks.
            if is_function(x)
                && (q.checked_sub(1).map(|b| window[b]) == Some(x) || window.get(q + 1) == Some(&x))
            {
                continue;
            }
            let (route0, prefix, packed, lattice) = base.get_or_insert_with(|| {
                let lattice = Lattice::of_run(run, &mut known, lo, hi);
                let route = lattice.segment();
                let packed = in_single_run(&window, &lattice, &route.next, q);
                (route, lattice.prefix(), packed, lattice)
            });
            if *packed {
                break;
            }
            let b0 = route0.score[0];
            window[q] = x;
            let (b1, holder) = lattice.best_with(&window, q, prefix, route0);
            window[q] = c;
            if holder.1 - holder.0 < 2 {
                continue;
            }
            let mut gain = b1 - b0 + BIGRAM_WEIGHT * (m.fit(run, p, x) - fit0);
            if kind == Kind::Shape {
                gain -= SHAPE_COST;
            }
            if m.seen.contains_key(&(c, x)) {
                gain += SEEN_BONUS;
            }
            if best.is_none_or(|(g, _, _)| gain > g) {
                best = Some((gain, x, holder));
            }
        }
        if let Some((gain, x, (a, b))) = best
            && gain
                >= THRESHOLD
                    + if cx.quoted[offset + p] {
                        QUOTED_COST
                    } else {
                        0.0
                    }
        {
            let (a, b) = narrow(&window, q, x, (a, b));
            let mut word: Vec<char> = window[a..b].to_vec();
            word[q - a] = x;
            // A preposition needs its object: 基于 right before 及, or at the end of a
            // stretch, is not what was meant (公基卫及…).
            let object = run.get(lo + b).copied();
            if word.last() == Some(&'于') && object.is_none_or(is_function) {
                p += 1;
                continue;
            }
            out.push(Slip {
                start: offset + lo + a,
                end: offset + lo + b,
                replacement: word.into_iter().collect(),
                gain,
            });
        }
        p += 1;
    }
    // Slips that overlap (a real slip makes its neighbour look odd too): the likelier stays.
    let mut kept: Vec<Slip> = Vec::new();
    for s in out.drain(first..) {
        match kept.last_mut() {
            Some(last) if s.start < last.end => {
                if s.gain > last.gain {
                    *last = s;
                }
            }
            _ => kept.push(s),
        }
    }
    out.extend(kept);
}

/// jieba's segmentation (no HMM) of a run of Chinese characters, as the ends of its words:
/// from the short words' tables, or from jieba itself when the run holds what they do not.
fn cut(run: &[char]) -> Vec<usize> {
    let mut ends = Vec::with_capacity(run.len());
    if pairs().short.cut(run, &mut ends).is_none() {
        let text: String = run.iter().collect();
        ends = jieba().cut(&text, false).iter().map(|t| t.end).collect();
    }
    ends
}

/// The shortest part of the corrected word `a..b` that is a word itself and holds the slip
/// at `q` (贯彻落实 → 贯彻), so the finding shows what changes.
fn narrow(chars: &[char], q: usize, x: char, (a, b): (usize, usize)) -> (usize, usize) {
    let mut best: Option<(f64, (usize, usize))> = None;
    for (s, e) in [(q.wrapping_sub(1), q + 1), (q, q + 2)] {
        if s < a || e > b || s >= e {
            continue;
        }
        let mut word = [x; 2];
        word.copy_from_slice(&chars[s..e]);
        word[q - s] = x;
        if let Some(f) = word_freq(&word)
            && best.is_none_or(|(g, _)| f > g)
        {
            best = Some((f, (s, e)));
        }
    }
    best.map_or((a, b), |(_, span)| span)
}

/// Are the character at `q` and both its neighbours common words of one character each
/// (学思用, 查改治: official prose packs verbs so, and they are meant)? `next` is the
/// window's best segmentation.
fn in_single_run(chars: &[char], lattice: &Lattice, next: &[usize], q: usize) -> bool {
    if q == 0 || q + 1 >= chars.len() {
        return false;
    }
    let single = |i: usize| holder(next, chars.len(), i) == (i, i + 1);
    let common = |i: usize| !is_function(chars[i]) && lattice.words[i][0] >= COMMON_SINGLE;
    (q - 1..=q + 1).all(common) && single(q - 1) && single(q) && single(q + 1)
}

/// Is `p` within the two characters before a title (张伟同志)?
fn before_title(run: &[char], p: usize) -> bool {
    (1..=3).any(|k| {
        run.get(p + k..p + k + 2)
            .is_some_and(|pair| titles().contains(pair[0], pair[1]))
    })
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
    fn shape_and_sound_slips_are_found_with_the_word_they_break() {
        assert_eq!(
            found("我们己经完成了全年任务"),
            vec![("己经".to_owned(), "已经".to_owned())]
        );
        assert_eq!(
            found("各部门认真惯彻落实会议精神"),
            vec![("惯彻".to_owned(), "贯彻".to_owned())]
        );
        // A set phrase jieba lists among its rarest words (the checker's dictionary keeps
        // every four-character word for such phrases).
        assert_eq!(
            found("全面推进依法制国，建设法治政府"),
            vec![("制国".to_owned(), "治国".to_owned())]
        );
    }

    #[test]
    fn terms_names_in_lists_and_numbered_slogans_are_no_slips() {
        // A neighbour inside a term makes no word with the character before it.
        assert!(found("区住建局2015年工作总结").is_empty());
        // A name among others of a list; a numbered slogan in quotes.
        assert!(found("获奖的有高洁、李耀、彭小苑、蔡金祝等同志").is_empty());
        assert!(found("严格执行“三检”制度").is_empty());
        // The same words unquoted and outside a list are still read.
        assert_eq!(
            found("我们己经完成了全年任务"),
            vec![("己经".to_owned(), "已经".to_owned())]
        );
    }

    #[test]
    fn context_shows_coined_names_parallel_items_and_measure_words() {
        // A short quotation is a coined name; parallel items sharing a character are meant;
        // the two characters before a name's suffix are a name; a measure word after a
        // number is meant; a function word is not doubled into a word; opposites at the same
        // places (屋前屋后), a rare character before a place's suffix, a word standing alone
        // and a preposition with no object (基于及) are not slips either.
        for clean in [
            "持续推广“苏服办”便民平台",
            "完善赋权、赋能、赋责相统一的机制",
            "沿兰海高速新建两个服务区",
            "全年接待邮轮91艘次",
            "推广鱼灯等民俗活动",
            "各户对屋前屋后开展清理",
            "沿瀍河两岸新建绿道",
            "🎉 补足 报表功能",
            "安排公基卫及其他经费",
        ] {
            assert_eq!(found(clean), vec![], "{clean}");
        }
        // A sibling that shows the meant character keeps the slip (制 for 治).
        assert_eq!(
            found("设立自治区、自制州、自治县"),
            vec![("自制".to_owned(), "自治".to_owned())]
        );
        // Outside the quotation the text is read as before.
        assert_eq!(
            found("“三检”制度我们己经落实"),
            vec![("己经".to_owned(), "已经".to_owned())]
        );
    }

    #[test]
    fn clean_text_has_no_slips() {
        assert!(found("认真贯彻落实上级决策部署，切实服务人民群众。").is_empty());
        // A document number's issuer code, and the same characters as a slip elsewhere.
        assert!(found("根据县委办发〔2023〕5号文件要求").is_empty());
        assert!(found("张伟同志负责财政资金的拨付和监管").is_empty());
    }
}
