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

/// Findings on the reports that are right: two slips of the reports themselves (抉贫 for 扶贫,
/// 健立 for 建立), and 成份, the variant GF 1001-2001 puts after 成分 (twice, in a report of
/// 1997, before that table). Facts about the texts: report and written form.
const SOURCE_SLIPS: [(&str, &str); 3] = [
    ("guowuyuan-2006.txt", "抉贫"),
    ("hailaer-2017.txt", "健立"),
    ("guowuyuan-1997.txt", "成份"),
];

#[test]
fn government_work_reports_get_no_wrong_character_finding() {
    let Some(dir) = shared("gov-reports") else {
        return;
    };
    let (found, chars) = findings_in(&dir.join("texts"), "txt");
    assert!(chars > 1_000_000, "{chars}");
    // The goal is none (issue 31). Today: 164 in 1.23 million characters (1.34 per 10 000),
    // almost all near-words of one report alone the sound-and-shape model takes for slips
    // (勠力, 模力, 中芯); the official words of two reports or more (兜底, 研学, 起数) and
    // the place-name slips of "某城市" are gone. The words come from these same reports: on
    // reports it did not learn from, leaving each out in turn, the list takes away 101 of the
    // 320 findings without it, not 156 (`scripts/official-words.py --held-out`). A slip is
    // no longer read into a term's characters (区住建局 has no 居住), nor into a name of a 、
    // list that opens with a common surname, nor a numbered slogan in quotes (“三检”): 150.
    // Context then shows what is meant without any list: a short quotation is a coined name
    // (“苏服办”: a slip there needs more gain), parallel items that share a character (川茶、
    // 川药; 以学铸魂、以学增智), the two characters before a name's suffix (兰海高速, 喇家遗址),
    // a measure word after a number (3亿辆), no function word doubled (鱼灯等 → 等等), a rare
    // character before a place's suffix (湔江堰) and opposites at the same places: 107
    // (0.87 per 10 000), at the cost of one sentence of the ECSpell law train split and none
    // of the test splits.
    // Four of them are right, the reports' own (`SOURCE_SLIPS`): listed, found, not counted.
    // An official word is then meant only where it stands as a word of the text's
    // segmentation (刑期末满 has no 期末): one sentence of ECSpell's med.test and one of
    // law.train found again, two findings more here (抓实跨省区: 跨省 across 省区; 宜西攀高铁:
    // 攀高 across 高铁, each a protection by a word that was not there): 105 false
    // (0.86 per 10 000).
    // This bound keeps the count from growing back.
    let (right, false_alarms): (Vec<String>, Vec<String>) = found.iter().cloned().partition(|f| {
        SOURCE_SLIPS.iter().any(|(file, form)| {
            f.starts_with(&format!("{file}: ")) && f.contains(&format!(" {form} → "))
        })
    });
    for (file, form) in SOURCE_SLIPS {
        assert!(
            right
                .iter()
                .any(|f| f.starts_with(&format!("{file}: ")) && f.contains(form)),
            "{file}: {form} not found"
        );
    }
    let per_10k = false_alarms.len() as f64 * 10_000.0 / chars as f64;
    eprintln!(
        "{} wrong-character findings, {} of them the reports' own slips; {} false, {per_10k:.2} per 10 000 characters:\n{}",
        found.len(),
        right.len(),
        false_alarms.len(),
        found.join("\n")
    );
    assert!(
        per_10k <= 0.86,
        "{} false findings ({per_10k:.2} per 10 000 characters):\n{}",
        false_alarms.len(),
        false_alarms.join("\n")
    );
}

/// The real published summaries of `../shared/data/real-import`, imported as a user would:
/// the same wrong-character rules, their findings printed with where they are. The texts hold
/// two slips of their authors (道路二侧 for 两侧, 门厅若市 for 门庭若市), found; every other
/// finding is a false alarm. Were 5 in 18 104 characters (基卫, 依院, 瀍河, 对屋, 补足); the
/// context now shows four of them meant — 屋前屋后 (opposites at the same places), 瀍河 (a
/// rare character before a place's suffix), 补足 (a word standing alone), 基卫及 (基于 would
/// have no object) — and one is left: 依院 of 依院团委要求 (0.55 per 10 000; the issue asks 1
/// at most). 发改委, 青志协, 住建局 (terms), a document number's issuer code (办发〔…〕), a name
/// in a list (彭小苑) and a quoted numbered slogan (“三检”) were handled before.
#[test]
fn real_summaries_get_few_wrong_character_findings() {
    let Some(dir) = shared("real-import") else {
        return;
    };
    let mut found = Vec::new();
    let mut chars = 0usize;
    for set in ["set1", "set2"] {
        let Ok(entries) = std::fs::read_dir(dir.join(set)) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        for path in files {
            let Ok(imported) = work_summary::import::import_file(&path) else {
                continue;
            };
            let report = &imported.report;
            chars += report_chars(report);
            for f in check::check_report(report)
                .iter()
                .filter(|f| wrong_character(f))
            {
                found.push(format!(
                    "{set}/{}: {:?} {} → {:?}",
                    path.file_name().unwrap_or_default().to_string_lossy(),
                    f.rule,
                    f.found,
                    f.fix.as_ref().map(|x| x.replacement.as_str())
                ));
            }
        }
    }
    assert!(chars > 10_000, "{chars}");
    let per_10k = found.len() as f64 * 10_000.0 / chars as f64;
    eprintln!(
        "{} wrong-character findings in {chars} characters, {per_10k:.2} per 10 000:\n{}",
        found.len(),
        found.join("\n")
    );
    // The two true slips and one false alarm.
    assert!(found.len() <= 3, "{per_10k:.2}: {}", found.join("\n"));
}

/// The characters a report's author wrote: title, lead, parts and items, closing.
fn report_chars(report: &work_summary::model::Report) -> usize {
    fn items(list: &[work_summary::model::Item]) -> usize {
        list.iter()
            .map(|i| i.heading.chars().count() + i.body.chars().count() + items(&i.children))
            .sum()
    }
    report.title.chars().count()
        + report.intro.chars().count()
        + report.closing.chars().count()
        + report
            .sections
            .iter()
            .map(|s| s.title.chars().count() + s.lead.chars().count() + items(&s.items))
            .sum::<usize>()
}
