//! Time the full check of about 100 000 characters of real sentences (the correct side of
//! ECSpell's train splits, never its test splits), one paragraph a sentence, in one draft:
//! `cargo run --release -p work-summary-core --example check_profile [-- ROUNDS [SENTENCES_PER_ITEM]]`. Skips without ../shared.
use std::time::Instant;
use work_summary_core::check::{self, Checker};
use work_summary_core::model::{Item, Report};

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);
    // Sentences in one item's text: 1 checks each sentence as a field of its own (the most
    // work per character); real paragraphs hold about 90 characters (the 27 real summaries
    // of ../shared/data/real-import, imported: 186 paragraphs, mean 93), about 8 of these.
    let per_item: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(1);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ecspell");
    let mut sentences = Vec::new();
    for split in ["law.train", "med.train"] {
        let Ok(text) = std::fs::read_to_string(dir.join(split)) else {
            eprintln!("{}: not found, skipped", dir.join(split).display());
            return;
        };
        sentences.extend(
            text.lines()
                .filter_map(|l| l.split('\t').nth(2))
                .map(str::to_owned),
        );
    }
    let mut report = Report {
        title: "某局2024年工作总结".into(),
        ..Report::default()
    };
    let (mut chars, mut n) = (0, 0);
    for sentence in sentences {
        if chars >= 100_000 {
            break;
        }
        chars += sentence.chars().count();
        let section = &mut report.sections[(n / per_item) % 3];
        if n % per_item == 0 {
            section.items.push(Item::new("", format!("{sentence}。")));
        } else if let Some(item) = section.items.last_mut() {
            item.body.push_str(&format!("{sentence}。"));
        }
        n += 1;
    }
    check::warm_up();
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let started = Instant::now();
        let findings = Checker::default().check(&report);
        let ms = started.elapsed().as_secs_f64() * 1e3;
        best = best.min(ms);
        eprintln!(
            "{chars} characters, {} findings, {ms:.1} ms",
            findings.len()
        );
    }
    println!(
        "best {best:.1} ms for {chars} characters ({:.1} ms per 100 000)",
        best * 100_000.0 / chars as f64
    );
}
