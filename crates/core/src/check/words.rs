//! Wrong characters and words from the word list (`assets/check/words.tsv`): well-known 别字,
//! GF 1001-2001 variant forms and 公文 usage confusions, matched in one linear pass
//! (Aho–Corasick, leftmost-longest).

use super::lexicon;
use super::rule::Rule;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

const LIST: &str = include_str!("../../assets/check/words.tsv");
/// Known slips (issue 31): forms wrong wherever they stand as a word, from the 公文常见错别字
/// table and ECSpell's train splits (`scripts/known-slips.py`), found with certainty:
/// wrong<TAB>right<TAB>kind<TAB>source[<TAB>guards].
const KNOWN: &str = include_str!("../../assets/check/known-slips.tsv");

/// One entry of the word list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordEntry {
    pub wrong: String,
    pub right: String,
    pub rule: Rule,
    /// The wrong form can never be right: 全部安全修正 may apply it.
    pub safe: bool,
    guards: Vec<Guard>,
    /// From the known-slips table's lists of common slips: wrong wherever it stands as a word,
    /// even where the sentence as written cuts through it.
    known: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
/// Where an entry does not apply: right after, right before, or in a sentence with a text.
enum Guard {
    After(String),
    Before(String),
    InSentence(String),
}

struct Matcher {
    entries: Vec<WordEntry>,
    ac: Option<AhoCorasick>,
}

fn parse(list: &str) -> Vec<WordEntry> {
    let mut out = Vec::new();
    for line in list.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(wrong), Some(right), Some(kind)) = (cols.first(), cols.get(1), cols.get(2))
        else {
            continue;
        };
        let rule = match *kind {
            "bie" => Rule::WrongWord,
            "yixing" => Rule::VariantForm,
            _ => Rule::WordUsage,
        };
        let guards = cols.get(4).map(|g| parse_guards(g)).unwrap_or_default();
        out.push(WordEntry {
            wrong: (*wrong).to_owned(),
            right: (*right).to_owned(),
            rule,
            safe: cols.get(3) == Some(&"1"),
            guards,
            known: false,
        });
    }
    out
}

/// The known-slips table: every form is wrong wherever it stands as a word (a 别字, or a
/// traditional or variant character in a simplified word), safe to fix.
fn parse_known(list: &str) -> Vec<WordEntry> {
    let mut out = Vec::new();
    for line in list.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(wrong), Some(right), Some(kind)) = (cols.first(), cols.get(1), cols.get(2))
        else {
            continue;
        };
        let ecspell = cols.get(3).is_some_and(|s| s.starts_with("ecspell"));
        // A two-character slip seen in ECSpell's sentences can be two words of another
        // sentence (并依院团委要求: 依 + 院团委); the scored check judges those in context.
        if ecspell && wrong.chars().count() < 3 {
            continue;
        }
        out.push(WordEntry {
            wrong: (*wrong).to_owned(),
            right: (*right).to_owned(),
            rule: if *kind == "char" {
                Rule::VariantForm
            } else {
                Rule::WrongWord
            },
            safe: true,
            guards: cols.get(4).map(|g| parse_guards(g)).unwrap_or_default(),
            // A slip learnt from ECSpell's sentences is trusted only where the sentence as
            // written reads it as a word too (依院 in 依院团委 is 依 + 院团委).
            known: !cols.get(3).is_some_and(|s| s.starts_with("ecspell")),
        });
    }
    out
}

fn parse_guards(g: &str) -> Vec<Guard> {
    g.split('|')
        .filter_map(|g| {
            let mut it = g.chars();
            let head = it.next()?;
            let rest = it.as_str().to_owned();
            match head {
                '<' => Some(Guard::After(rest)),
                '>' => Some(Guard::Before(rest)),
                '~' => Some(Guard::InSentence(rest)),
                _ => None,
            }
        })
        .collect()
}

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| {
        let mut entries = parse(LIST);
        let known = parse_known(KNOWN);
        let known_forms: std::collections::HashSet<&str> =
            known.iter().map(|e| e.wrong.as_str()).collect();
        // A form in both lists keeps the word list's fix and guards, found with certainty.
        for e in &mut entries {
            e.known |= known_forms.contains(e.wrong.as_str()) && e.rule == Rule::WrongWord;
        }
        let listed: std::collections::HashSet<String> =
            entries.iter().map(|e| e.wrong.clone()).collect();
        entries.extend(known.into_iter().filter(|e| !listed.contains(&e.wrong)));
        // Every match, overlapping ones too: `hits` chooses among them.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(entries.iter().map(|e| e.wrong.as_str()))
            .ok();
        Matcher { entries, ac }
    })
}

/// Every entry of the built-in word list (for the README's count and the GUI).
pub fn entries() -> &'static [WordEntry] {
    &matcher().entries
}

/// A hit of the word list: character range, the entry.
pub(super) struct Hit {
    pub start: usize,
    pub end: usize,
    pub entry: &'static WordEntry,
}

const SENTENCE_END: &str = "。！？；\n";

/// Hits of the word list in `text` (`chars` is the same text as characters).
pub(super) fn hits(text: &str, chars: &[char]) -> Vec<Hit> {
    let m = matcher();
    let Some(ac) = &m.ac else {
        return Vec::new();
    };
    let mut matches: Vec<(usize, usize)> = ac
        .find_overlapping_iter(text)
        .map(|mat| (mat.start(), mat.pattern().as_usize()))
        .collect();
    matches.sort_unstable();
    // Byte offsets to character offsets, walking forward only.
    let (mut char_at, mut byte_at) = (0, 0);
    let mut found: Vec<Hit> = Vec::with_capacity(matches.len());
    for (byte, pattern) in matches {
        char_at += text[byte_at..byte].chars().count();
        byte_at = byte;
        let entry = &m.entries[pattern];
        let end = char_at + entry.wrong.chars().count();
        found.push(Hit {
            start: char_at,
            end,
            entry,
        });
    }
    let reported = |h: &Hit| {
        !(guarded(h.entry, chars, h.start, h.end)
            || (splits_words(chars, h.start, h.end)
                && !known_slip_reads(h.entry, chars, h.start, h.end)))
    };
    // The leftmost, longest form at each place — except that a known slip of idiom length
    // wins over a shorter form it overlaps (要末齿不忘 is 要 + 末齿不忘, not 要末).
    let certain = |h: &Hit| h.entry.known && h.end - h.start >= 4;
    found.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    let mut chosen: Vec<Hit> = Vec::new();
    for h in found {
        match chosen.last() {
            Some(last) if h.start < last.end => {
                if certain(&h) && !certain(last) && reported(&h) {
                    chosen.pop();
                    chosen.push(h);
                }
            }
            _ => chosen.push(h),
        }
    }
    chosen.retain(|h| reported(h));
    chosen
}

fn sentence(chars: &[char], start: usize, end: usize) -> (usize, usize) {
    let from = chars[..start]
        .iter()
        .rposition(|c| SENTENCE_END.contains(*c))
        .map_or(0, |p| p + 1);
    let to = chars[end..]
        .iter()
        .position(|c| SENTENCE_END.contains(*c))
        .map_or(chars.len(), |p| end + p);
    (from, to)
}

fn guarded(entry: &WordEntry, chars: &[char], start: usize, end: usize) -> bool {
    let text_of = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    entry.guards.iter().any(|g| match g {
        Guard::After(s) => text_of(0, start).ends_with(s.as_str()),
        Guard::Before(s) => text_of(end, chars.len()).starts_with(s.as_str()),
        Guard::InSentence(s) => {
            let (from, to) = sentence(chars, start, end);
            text_of(from, start).contains(s.as_str()) || text_of(end, to).contains(s.as_str())
        }
    })
}

/// A known slip cutting through a word of the sentence as written is still a slip when it is
/// an idiom-length form (殆害无穷), or when the sentence corrected reads the right form as a word
/// or inside one (兰球场 → 篮球场; 欣尝 → 欣赏). Context the slip does not fit is in the
/// entry's guards (己经 not after 自).
fn known_slip_reads(entry: &WordEntry, chars: &[char], start: usize, end: usize) -> bool {
    if !entry.known {
        return false;
    }
    if end - start >= 4 {
        return true;
    }
    let (from, to) = sentence(chars, start, end);
    let mut fixed: String = chars[from..start].iter().collect();
    let a = fixed.chars().count();
    fixed.push_str(&entry.right);
    let b = fixed.chars().count();
    fixed.extend(&chars[end..to]);
    lexicon::jieba()
        .cut(&fixed, false)
        .iter()
        .any(|t| t.start <= a && t.end >= b && t.end - t.start >= 2)
}

/// Does the match cut through a word the sentence is better read with (按装机容量 is 按 +
/// 装机容量, 确定单位 is 确定 + 单位)?
fn splits_words(chars: &[char], start: usize, end: usize) -> bool {
    let (from, to) = sentence(chars, start, end);
    let s: String = chars[from..to].iter().collect();
    let (a, b) = (start - from, end - from);
    lexicon::jieba()
        .cut(&s, false)
        .iter()
        .any(|t| t.end - t.start > 1 && ((t.start < a && t.end > a) || (t.start < b && t.end > b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, String)> {
        let chars: Vec<char> = text.chars().collect();
        hits(text, &chars)
            .iter()
            .map(|h| {
                (
                    chars[h.start..h.end].iter().collect(),
                    h.entry.right.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn the_list_parses_and_every_entry_differs_from_its_fix() {
        assert!(entries().len() >= 300);
        assert!(entries().iter().all(|e| e.wrong != e.right));
    }

    #[test]
    fn well_known_misspellings_are_found_with_their_fix() {
        assert_eq!(
            found("大家再接再励，一如继往。"),
            vec![
                ("再接再励".to_owned(), "再接再厉".to_owned()),
                ("一如继往".to_owned(), "一如既往".to_owned())
            ]
        );
    }

    #[test]
    fn a_match_across_word_boundaries_is_not_a_hit() {
        assert!(found("按装机容量计算补贴。").is_empty());
        assert!(found("既使企业受益，又使群众满意。").is_empty());
    }

    #[test]
    fn a_known_idiom_slip_wins_over_a_shorter_form_it_overlaps() {
        // 要末 (a variant of 要么) starts first; the sentence is 要 + 末齿不忘.
        assert_eq!(
            found("我们要末齿不忘，把工作做好。"),
            vec![("末齿不忘".to_owned(), "没齿不忘".to_owned())]
        );
        // Alone, 要末 is still found.
        assert_eq!(
            found("要末今天去，要末明天去。"),
            vec![
                ("要末".to_owned(), "要么".to_owned()),
                ("要末".to_owned(), "要么".to_owned())
            ]
        );
    }
}

#[cfg(test)]
mod known_tests {
    use super::*;

    /// Every pair of the known-slips cases (the ones most relevant to official writing) is
    /// found, with its fix, in each of its three sentences: opening a sentence, inside a long
    /// one, before the final 。.
    #[test]
    fn every_known_slip_is_found_in_three_sentence_shapes() {
        const CASES: &str = include_str!("../../assets/check/known-slips-cases.tsv");
        let mut missed = Vec::new();
        let mut n = 0;
        for line in CASES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let cols: Vec<&str> = line.split('\t').collect();
            let [wrong, right, sentence] = cols[..] else {
                panic!("bad case line {line}");
            };
            n += 1;
            let chars: Vec<char> = sentence.chars().collect();
            // The pair itself, or a longer listed form holding it (针贬时弊 for 针贬).
            let found = hits(sentence, &chars).iter().any(|h| {
                let hit: String = chars[h.start..h.end].iter().collect();
                hit.contains(wrong) && h.entry.right.contains(right)
            });
            if !found {
                missed.push(sentence.to_owned());
            }
        }
        assert!(n >= 180, "{n} cases");
        assert!(
            missed.is_empty(),
            "{} of {n} missed:\n{}",
            missed.len(),
            missed.join("\n")
        );
    }

    #[test]
    fn yijing_is_found_and_its_neighbours_are_not() {
        let found = |text: &str| -> Vec<String> {
            let chars: Vec<char> = text.chars().collect();
            hits(text, &chars)
                .iter()
                .map(|h| h.entry.right.clone())
                .collect()
        };
        assert_eq!(found("我局己经圆满完成全年目标任务。"), ["已经"]);
        assert_eq!(found("工作己经取得明显成效。"), ["已经"]);
        assert!(found("他自己经常加班到深夜。").is_empty());
        assert!(found("坚持以经济建设为中心。").is_empty());
        assert!(found("发展悦己经济新业态。").is_empty());
    }
}
