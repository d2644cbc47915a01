//! The proofreading benchmark (issue 14): precision and recall per rule on sentences with one
//! known error each, and false alarms per 10 000 characters of clean official-style text.
//! `cargo run --release --example check_bench`

use std::collections::BTreeMap;
use work_summary::check::{self, Rule};

const ERRORS: &str = include_str!("../benches/data/errors.tsv");
const CLEAN: &str = include_str!("../benches/data/clean.txt");

#[derive(Default)]
struct Tally {
    expected: usize,
    hit: usize,
    reported: usize,
}

fn main() {
    let mut by_rule: BTreeMap<Rule, Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut strays = Vec::new();
    for line in ERRORS.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let (Some(rule), Some(found), Some(text)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        let Some(rule) = Rule::from_id(rule) else {
            eprintln!("unknown rule {rule}");
            continue;
        };
        let text = text.replace("\\n", "\n");
        // A title line first, so the sentence is checked as body text.
        let findings = check::check_text(&format!("标题\n{text}"));
        by_rule.entry(rule).or_default().expected += 1;
        let mut hit = false;
        for f in &findings {
            if !(f.rule.is_word_rule() || f.rule.is_figure_rule()) {
                continue;
            }
            by_rule.entry(f.rule).or_default().reported += 1;
            if f.rule == rule && f.found == found && !hit {
                hit = true;
                by_rule.entry(rule).or_default().hit += 1;
            } else {
                strays.push(format!("{} “{}” in {}", f.rule.id(), f.found, text));
            }
        }
        if !hit {
            misses.push(format!("{} “{found}”: {text}", rule.id()));
        }
    }
    println!("| rule | sentences | found | reported | precision | recall |");
    println!("|---|---|---|---|---|---|");
    let (mut e, mut h, mut r) = (0, 0, 0);
    for (rule, t) in &by_rule {
        let precision = if t.reported == 0 {
            1.0
        } else {
            t.hit as f64 / t.reported as f64
        };
        let recall = if t.expected == 0 {
            0.0
        } else {
            t.hit as f64 / t.expected as f64
        };
        println!(
            "| `{}` | {} | {} | {} | {:.2} | {:.2} |",
            rule.id(),
            t.expected,
            t.hit,
            t.reported,
            precision,
            recall
        );
        e += t.expected;
        h += t.hit;
        r += t.reported;
    }
    println!(
        "| all | {e} | {h} | {r} | {:.2} | {:.2} |",
        h as f64 / r.max(1) as f64,
        h as f64 / e.max(1) as f64
    );
    let clean: Vec<&str> = CLEAN.lines().filter(|l| !l.starts_with('#')).collect();
    let chars: usize = clean.iter().map(|l| l.chars().count()).sum();
    let mut alarms = Vec::new();
    for line in &clean {
        for f in check::check_text(&format!("标题\n{line}")) {
            alarms.push(format!("{} “{}” in {line}", f.rule.id(), f.found));
        }
    }
    println!(
        "\nclean text: {} sentences, {chars} characters, {} false alarms = {:.2} per 10 000 characters",
        clean.len(),
        alarms.len(),
        alarms.len() as f64 * 10_000.0 / chars as f64
    );
    if std::env::args().any(|a| a == "-v") {
        for m in misses.iter().chain(&strays).chain(&alarms) {
            println!("{m}");
        }
    }
}
