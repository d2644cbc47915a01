//! Sentence-level precision and recall of the word checks on an ECSpell split (issue 25).
//!
//! `cargo run --release --example ecspell_eval -- PATH [PATH…]`, e.g.
//! `../shared/data/ecspell/law.test`. Each line is `N<TAB>source<TAB>target` (same length).
//! The sentence is checked as body text (after a title line) with every rule on; only the
//! rules that claim a wrong character or word count (`Rule::is_word_rule`).
//!
//! Definitions (also in the README):
//! - a finding is *right* when its range covers at least one character where source and
//!   target differ, a *false alarm* otherwise;
//! - a sentence is *flagged* when it has a finding; *detected* when it has wrong characters,
//!   at least one finding, and every finding is right (no false alarm in it);
//! - sentence precision = detected / flagged; sentence recall = detected / sentences with
//!   wrong characters;
//! - also printed: the finding precision (right / findings) and how many right findings
//!   carry the exact correction.
//!
//! `-v` prints every flagged sentence's findings (use it on train splits only).

use std::collections::BTreeMap;
use work_summary::check::{self, Rule};

#[derive(Default)]
struct Tally {
    sentences: usize,
    with_errors: usize,
    flagged: usize,
    detected: usize,
    findings: usize,
    right: usize,
    corrected: usize,
    by_rule: BTreeMap<&'static str, (usize, usize)>,
    /// Characters checked and the time the checks took (the models loaded before).
    chars: usize,
    time: std::time::Duration,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if paths.is_empty() {
        eprintln!("usage: ecspell_eval [-v] SPLIT [SPLIT…]");
        std::process::exit(2);
    }
    // Load the dictionary and the models before anything is timed.
    check::check_text("标题\n我们已经完成任务");
    for path in paths {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        };
        let t = evaluate(&text, verbose);
        let p = t.detected as f64 / t.flagged.max(1) as f64;
        let r = t.detected as f64 / t.with_errors.max(1) as f64;
        println!(
            "{path}: {} sentences, {} with wrong characters; flagged {}, detected {}; \
             sentence P {p:.3} R {r:.3}; findings {} right {} (P {:.3}), exact fix {}",
            t.sentences,
            t.with_errors,
            t.flagged,
            t.detected,
            t.findings,
            t.right,
            t.right as f64 / t.findings.max(1) as f64,
            t.corrected
        );
        println!(
            "  checked {} characters in {:.1} ms ({:.1} ms per 100 000; real sentences, few repeats)",
            t.chars,
            t.time.as_secs_f64() * 1e3,
            t.time.as_secs_f64() * 1e3 * 100_000.0 / t.chars.max(1) as f64
        );
        for (rule, (n, right)) in &t.by_rule {
            println!("  {rule}: {n} findings, {right} right");
        }
    }
}

fn evaluate(text: &str, verbose: bool) -> Tally {
    let mut t = Tally::default();
    for line in text.lines() {
        let mut cols = line.split('\t');
        let (Some(_), Some(source), Some(target)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        let src: Vec<char> = source.chars().collect();
        let tgt: Vec<char> = target.chars().collect();
        if src.len() != tgt.len() {
            continue;
        }
        t.sentences += 1;
        let wrong: Vec<usize> = (0..src.len()).filter(|&i| src[i] != tgt[i]).collect();
        if !wrong.is_empty() {
            t.with_errors += 1;
        }
        let input = format!("标题\n{source}");
        let started = std::time::Instant::now();
        let all = check::check_text(&input);
        t.time += started.elapsed();
        t.chars += input.chars().count();
        let findings: Vec<check::Finding> = all
            .into_iter()
            .filter(|f| f.rule.is_word_rule() && f.place == check::Place::Line { line: 2 })
            .collect();
        if findings.is_empty() {
            continue;
        }
        t.flagged += 1;
        let mut all_right = true;
        for f in &findings {
            t.findings += 1;
            let right = wrong.iter().any(|w| f.range.contains(w));
            let e = t.by_rule.entry(rule_id(f.rule)).or_default();
            e.0 += 1;
            if right {
                e.1 += 1;
                t.right += 1;
                let fixed = f.fix.as_ref().is_some_and(|fix| {
                    let want: String = tgt[f.range.clone()].iter().collect();
                    fix.replacement == want
                });
                if fixed {
                    t.corrected += 1;
                }
            } else {
                all_right = false;
            }
            if verbose {
                let want: String = tgt[f.range.clone()].iter().collect();
                println!(
                    "{} {} {}→{} (want {want}) | {source}",
                    if right { "OK " } else { "BAD" },
                    rule_id(f.rule),
                    f.found,
                    f.fix.as_ref().map_or("", |x| x.replacement.as_str()),
                );
            }
        }
        if all_right && !wrong.is_empty() {
            t.detected += 1;
        }
    }
    t
}

fn rule_id(rule: Rule) -> &'static str {
    rule.id()
}
