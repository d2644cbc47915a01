//! Real text as the judge (issue 31): published government work reports
//! (`../shared/data/gov-reports`, clean official language) should get no wrong-character
//! finding; the test prints the count and holds today's bound. The texts stay in ../shared; a
//! fresh clone skips (under CI it fails).

use std::path::{Path, PathBuf};
use work_summary::check::{self, Finding, Rule};

fn shared(dir: &str) -> Option<PathBuf> {
    crate::seed::shared_data(dir)
}

/// Findings that say a character or word is wrong.
fn wrong_character(f: &Finding) -> bool {
    matches!(
        f.rule,
        Rule::WrongWord | Rule::VariantForm | Rule::NearWord | Rule::NameSlip
    )
}

/// The corpus's own defects, as its README lists them: zero-width characters, and line
/// breaks inside paragraphs where a hyperlink was (paragraphs are separated by blank lines).
fn normalise(text: &str) -> String {
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{200b}' | '\u{200d}'))
        .collect();
    if text.contains("\n\n") {
        text.split("\n\n")
            .map(|p| p.lines().map(str::trim).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        text
    }
}

fn describe(name: &str, text: &str, f: &Finding) -> String {
    let line = text.lines().nth(match f.place {
        check::Place::Line { line } => line.saturating_sub(1),
        _ => 0,
    });
    let context: String = line
        .map(|l| {
            let chars: Vec<char> = l.chars().collect();
            let a = f.range.start.saturating_sub(8);
            let b = (f.range.end + 8).min(chars.len());
            chars[a..b].iter().collect()
        })
        .unwrap_or_default();
    format!(
        "{name}: {:?} {} → {:?} in …{context}…",
        f.rule,
        f.found,
        f.fix.as_ref().map(|x| x.replacement.as_str())
    )
}

fn findings_in(dir: &Path, ext: &str) -> (Vec<String>, usize) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    let mut out = Vec::new();
    let mut chars = 0;
    for path in files {
        let text = normalise(&std::fs::read_to_string(&path).expect("utf-8"));
        chars += text.chars().count();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        for f in check::check_text(&text)
            .iter()
            .filter(|f| wrong_character(f))
        {
            out.push(describe(&name, &text, f));
        }
    }
    (out, chars)
}

#[test]
fn government_work_reports_get_no_wrong_character_finding() {
    let Some(dir) = shared("gov-reports") else {
        return;
    };
    let (found, chars) = findings_in(&dir.join("texts"), "txt");
    assert!(chars > 1_000_000, "{chars}");
    // The goal is none (issue 31). Today: 320 in 1.23 million characters, almost all
    // near-words the sound-and-shape model takes for slips (智造, 研学, 多措并举, 起数); the
    // place-name slips of "某城市" (92) are gone. This bound keeps it from growing back while
    // the model learns official language.
    let per_10k = found.len() as f64 * 10_000.0 / chars as f64;
    eprintln!(
        "{} wrong-character findings, {per_10k:.2} per 10 000 characters",
        found.len()
    );
    assert!(
        per_10k <= 2.7,
        "{} findings ({per_10k:.2} per 10 000 characters):\n{}",
        found.len(),
        found.join("\n")
    );
}
