//! Follow-through on real consecutive reports (issue 30): six pairs of government work
//! reports (`../shared/data/gov-reports`), year N's plan units linked by hand to year N+1's
//! review units (`tests/data/follow-gov`, keys only). Each pair is imported and followed as a
//! user would; every automatic link of a plan unit is scored against the hand links.
//! `scripts/follow-gov-report.py` prints the same per pair from the command line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use work_summary::compare::follow;
use work_summary::import;

fn texts() -> Option<PathBuf> {
    crate::seed::shared_data("gov-reports/texts")
}

fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !"\u{3000}\u{200b}\u{200c}\u{200d}\u{feff}".contains(*c))
        .collect()
}

fn rows(name: &str) -> Vec<Vec<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/follow-gov")
        .join(name);
    std::fs::read_to_string(&path)
        .expect("facts")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

/// The unit a target's text is: the key found earliest in it.
fn unit_of<'a>(text: &str, keys: &'a [String]) -> Option<&'a String> {
    let t = squash(text);
    keys.iter()
        .filter_map(|k| {
            t.find(&squash(k))
                .map(|at| (at, std::cmp::Reverse(k.len()), k))
        })
        .min()
        .map(|(_, _, k)| k)
}

#[derive(Default, Debug)]
struct Score {
    predicted: usize,
    correct: usize,
    gold: usize,
    found: usize,
}

fn score_pair(region: &str, year: u32, dir: &Path) -> Score {
    let plan_keys: Vec<String> = rows("units.tsv")
        .into_iter()
        .filter(|r| r[0] == region && r[1] == year.to_string() && r[2] == "plan")
        .map(|r| r[3].clone())
        .collect();
    let mut links: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in rows("links.tsv") {
        if r[0] == region && r[1] == year.to_string() {
            links.entry(r[2].clone()).or_default().push(r[3].clone());
        }
    }
    let last = import::import_file(&dir.join(format!("{region}-{year}.txt"))).expect("last");
    let this = import::import_file(&dir.join(format!("{region}-{}.txt", year + 1))).expect("this");
    let result = follow::follow_through(&last.report, &this.report);
    let mut score = Score {
        gold: links.values().map(Vec::len).sum(),
        ..Score::default()
    };
    let mut found: BTreeSet<(String, String)> = BTreeSet::new();
    for target in &result.targets {
        let Some(unit) = unit_of(&target.text, &plan_keys) else {
            continue;
        };
        for answer in &target.answers {
            score.predicted += 1;
            let text = squash(&answer.text);
            if let Some(hit) = links
                .get(unit)
                .into_iter()
                .flatten()
                .find(|r| text.contains(&squash(r)))
            {
                score.correct += 1;
                found.insert((unit.clone(), hit.clone()));
            }
        }
    }
    score.found = found.len();
    score
}

const PAIRS: [(&str, u32); 6] = [
    ("guowuyuan", 2015),
    ("guowuyuan", 2016),
    ("guowuyuan", 2021),
    ("guowuyuan", 2023),
    ("hailaer", 2015),
    ("hailaer", 2016),
];

fn check_pair(region: &str, year: u32) {
    let Some(dir) = texts() else {
        return;
    };
    let s = score_pair(region, year, &dir);
    eprintln!(
        "{region} {year}→{}: {} links shown, {} right; {} of {} hand links",
        year + 1,
        s.predicted,
        s.correct,
        s.found,
        s.gold
    );
    assert!(s.gold > 0, "{region} {year}: hand links");
    // Each pair: at least 7 in 10 links shown are right and half the hand links are found
    // (measured: precision 0.71–1.00, recall 0.50–0.89); all pairs together are held to the
    // issue's 0.8 and 0.6 below.
    assert!(
        s.correct * 10 >= s.predicted * 7,
        "{region} {year}: precision {} of {}",
        s.correct,
        s.predicted
    );
    assert!(
        s.found * 2 >= s.gold,
        "{region} {year}: recall {} of {}",
        s.found,
        s.gold
    );
}

/// guowuyuan-2015 writes its tasks as paragraphs with run-in headings, not items: each
/// paragraph is followed.
#[test]
fn guowuyuan_2015_tasks_written_as_paragraphs() {
    check_pair("guowuyuan", 2015);
}

#[test]
fn guowuyuan_2016() {
    check_pair("guowuyuan", 2016);
}

#[test]
fn guowuyuan_2021() {
    check_pair("guowuyuan", 2021);
}

#[test]
fn guowuyuan_2023() {
    check_pair("guowuyuan", 2023);
}

#[test]
fn hailaer_2015() {
    check_pair("hailaer", 2015);
}

#[test]
fn hailaer_2016() {
    check_pair("hailaer", 2016);
}

/// All pairs together: precision at least 0.8 and recall at least 0.6, the goal
/// (measured 0.88 and 0.73: 66 of 75 links shown are right, 65 of 89 hand links found;
/// `scripts/follow-gov-report.py` prints the same).
#[test]
fn government_report_pairs_are_followed_with_precise_links() {
    let Some(dir) = texts() else {
        return;
    };
    let mut total = Score::default();
    for (region, year) in PAIRS {
        let s = score_pair(region, year, &dir);
        total.predicted += s.predicted;
        total.correct += s.correct;
        total.gold += s.gold;
        total.found += s.found;
    }
    assert!(total.correct * 10 >= total.predicted * 8, "{total:?}");
    assert!(total.found * 10 >= total.gold * 6, "recall: {total:?}");
}
