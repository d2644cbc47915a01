//! Place and body names written one character wrong (石家装市 for 石家庄市, 发展和改革为员会 for
//! 发展和改革委员会): a name that is one sound or shape slip away from a name of the gazetteer
//! (`assets/check/names/`: China's provincial and prefecture-level divisions, a selection of
//! county-level ones, and the common names of government and Party bodies) and is not itself a
//! name the gazetteer or the dictionary knows.

use super::lexicon::jieba;
use super::slips::{confusable, is_function};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

const PLACES: &str = include_str!("../../assets/check/names/places.txt");
const BODIES: &str = include_str!("../../assets/check/names/bodies.txt");

/// The endings of place names, longest first.
const PLACE_ENDS: [&str; 11] = [
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "地区",
    "林区",
    "省",
    "市",
    "县",
    "区",
    "盟",
];

/// Words a place ending starts that are not a place (城市场, 地区域).
const NOT_AN_END: [&str; 6] = ["市场", "区域", "区别", "区分", "区间", "市值"];

/// A name written wrong: character range and the name meant.
pub(super) struct NameSlip {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Place,
    Body,
}

struct Gazetteer {
    /// Every name as written.
    names: FxHashSet<Vec<char>>,
    /// A name with one character (not its last) blanked out → the names it comes from.
    blanked: FxHashMap<Vec<char>, Vec<usize>>,
    list: Vec<(Vec<char>, Kind)>,
    /// Last characters of names, with the lengths of the names that end in them.
    lengths: FxHashMap<char, Vec<usize>>,
}

/// The length of a place name's ending (0 for a body).
fn ending(name: &[char], kind: Kind) -> usize {
    if kind == Kind::Body {
        return 0;
    }
    let s: String = name.iter().collect();
    PLACE_ENDS
        .iter()
        .find(|e| s.ends_with(*e))
        .map_or(0, |e| e.chars().count())
}

const BLANK: char = '\0';

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let mut list = Vec::new();
        for (text, kind) in [(PLACES, Kind::Place), (BODIES, Kind::Body)] {
            for line in text.lines() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                list.push((line.chars().collect::<Vec<char>>(), kind));
            }
        }
        let mut names = FxHashSet::default();
        let mut blanked: FxHashMap<Vec<char>, Vec<usize>> = FxHashMap::default();
        let mut lengths: FxHashMap<char, Vec<usize>> = FxHashMap::default();
        for (k, (name, kind)) in list.iter().enumerate() {
            names.insert(name.clone());
            let stem = name.len() - ending(name, *kind);
            // One-character stems (忠县) and two-character bodies (妇联) are too short to
            // tell a slip from another word.
            if stem < 2 || (*kind == Kind::Body && name.len() < 3) {
                continue;
            }
            // Any character but the last, which anchors the look-up (自冶区 for 自治区).
            for i in 0..name.len() - 1 {
                let mut key = name.clone();
                key[i] = BLANK;
                blanked.entry(key).or_default().push(k);
            }
            let Some(&last) = name.last() else { continue };
            let l = lengths.entry(last).or_default();
            if !l.contains(&name.len()) {
                l.push(name.len());
            }
        }
        Gazetteer {
            names,
            blanked,
            list,
            lengths,
        }
    })
}

fn is_word(chars: &[char]) -> bool {
    let s: String = chars.iter().collect();
    jieba().has_word(&s)
}

/// Names one slip away from a name of the gazetteer, in one field.
pub(super) fn name_slips(chars: &[char]) -> Vec<NameSlip> {
    let g = gazetteer();
    let mut out: Vec<NameSlip> = Vec::new();
    for end in 1..=chars.len() {
        let Some(lengths) = g.lengths.get(&chars[end - 1]) else {
            continue;
        };
        if let Some(&next) = chars.get(end)
            && NOT_AN_END.iter().any(|w| {
                let mut it = w.chars();
                it.next() == Some(chars[end - 1]) && it.next() == Some(next)
            })
        {
            continue;
        }
        for &n in lengths {
            let Some(start) = end.checked_sub(n) else {
                continue;
            };
            if out.last().is_some_and(|s| s.end > start) {
                continue;
            }
            let written = &chars[start..end];
            if g.names.contains(written) {
                continue;
            }
            if let Some(slip) = one_slip(g, chars, start, written) {
                out.push(slip);
                break;
            }
        }
    }
    out
}

/// The name `written` (at `start`) stands for, when exactly one character differs by a
/// confusion and nothing says it is meant.
fn one_slip(g: &Gazetteer, chars: &[char], start: usize, written: &[char]) -> Option<NameSlip> {
    let mut key = written.to_vec();
    let mut found: Option<(usize, usize)> = None;
    for i in 0..written.len() {
        key[i] = BLANK;
        if let Some(list) = g.blanked.get(&key) {
            for &k in list {
                let (name, _) = &g.list[k];
                if confusable(written[i], name[i]) {
                    if found.is_some_and(|(_, f)| f != k) {
                        // Two names fit: which one is meant is unclear.
                        return None;
                    }
                    found = Some((i, k));
                }
            }
        }
        key[i] = written[i];
    }
    let (i, k) = found?;
    let (name, kind) = &g.list[k];
    let end = start + written.len();
    match kind {
        Kind::Place => {
            // A stem the dictionary knows is another place or a word (保山区, 精华市).
            let stem = written.len() - ending(name, *kind);
            if i < stem && is_word(&written[..stem]) {
                return None;
            }
            // A word of its own before a place ending is no slip (的城市 is not 白城市).
            if is_function(written[i]) {
                return None;
            }
            // A changed first character before a common word reads as a modifier of that word
            // (中心城市, 做强城市, 紧密型城市, 旅游城市 are not 晋城市, 盐城市, 聊城市), or as part
            // of a word with its left neighbour.
            if i == 0
                && (is_word(&written[1..])
                    || (start > 0 && is_word(&[chars[start - 1], written[0]])))
            {
                return None;
            }
        }
        Kind::Body => {
            // The changed character makes a word with its neighbour outside the name (兴办公司,
            // 审计据此) or, in a short name, inside it (办公司).
            if i == 0 && start > 0 && is_word(&[chars[start - 1], written[0]]) {
                return None;
            }
            if i + 1 == written.len()
                && let Some(&next) = chars.get(end)
                && is_word(&[written[i], next])
            {
                return None;
            }
            if written.len() < 5
                && ((i > 0 && is_word(&written[i - 1..=i]))
                    || (i + 1 < written.len() && is_word(&written[i..i + 2])))
            {
                return None;
            }
        }
    }
    Some(NameSlip {
        start,
        end,
        replacement: name.iter().collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, String)> {
        let chars: Vec<char> = text.chars().collect();
        name_slips(&chars)
            .into_iter()
            .map(|s| (chars[s.start..s.end].iter().collect(), s.replacement))
            .collect()
    }

    fn one(wrong: &str, right: &str) -> Vec<(String, String)> {
        vec![(wrong.to_owned(), right.to_owned())]
    }

    #[test]
    fn a_place_one_slip_away_is_found_with_the_name_meant() {
        assert_eq!(
            found("近日，石家装市召开全市工作会议。"),
            one("石家装市", "石家庄市")
        );
        assert_eq!(
            found("赴呼和浩特市、包头市和鄂尔朵斯市调研。"),
            one("鄂尔朵斯市", "鄂尔多斯市")
        );
        assert_eq!(
            found("与广西壮族自冶区签订合作协议。"),
            one("广西壮族自冶区", "广西壮族自治区")
        );
    }

    #[test]
    fn a_body_one_slip_away_is_found_with_the_name_meant() {
        assert_eq!(
            found("经县发展和改革为员会审核同意。"),
            one("发展和改革为员会", "发展和改革委员会")
        );
        assert_eq!(
            found("会同市人力资源和社会保瘴局开展专项检查。"),
            one("人力资源和社会保瘴局", "人力资源和社会保障局")
        );
        assert_eq!(
            found("报住房和城乡健设局备案。"),
            one("住房和城乡健设局", "住房和城乡建设局")
        );
    }

    #[test]
    fn real_names_and_ordinary_words_are_left_alone() {
        for clean in [
            "石家庄市、保定市、朝阳区和吉林市的财政局、教育局参加会议。",
            "县发展和改革委员会、人力资源和社会保障局、住房和城乡建设局联合发文。",
            "广西壮族自治区、宁夏回族自治区和新疆维吾尔自治区的代表。",
            // Words that end like a name: 城市, 全市, 市场, 地区域.
            "推动城市更新，规范全市市场秩序，优化区域布局。",
            "鼓励群众兴办公司，审计据此提出整改意见。",
            "全县上下，各乡镇、各部门，党政办公室。",
            "根据所在的城市而定，报检察委员会讨论决定。",
        ] {
            assert_eq!(found(clean), vec![], "{clean}");
        }
    }
}
