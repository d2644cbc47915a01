//! Templates (built-in ones embedded from assets/templates/, and the user's own in the config
//! folder) and the title builder: unit + year + period + topic + 文种.

use crate::date::Date;
use crate::i18n::Text;
use crate::model::Report;
use crate::storage::draft;
use std::path::{Path, PathBuf};

/// A template: a draft with section titles and hints, or a user's saved draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Template {
    pub name: String,
    pub report: Report,
    /// The user's own (saved from a draft), as opposed to built in.
    pub file: Option<PathBuf>,
    /// A whole example summary of one kind of unit, to start from and write over.
    pub example: bool,
}

const BUILTIN: [(&str, &str); 5] = [
    (
        "半年工作总结",
        include_str!("../assets/templates/half-year.ron"),
    ),
    (
        "年度工作总结",
        include_str!("../assets/templates/annual.ron"),
    ),
    (
        "季度工作总结",
        include_str!("../assets/templates/quarterly.ron"),
    ),
    (
        "专项工作总结",
        include_str!("../assets/templates/special.ron"),
    ),
    (
        "个人工作总结",
        include_str!("../assets/templates/personal.ron"),
    ),
];

/// Example summaries, one per kind of unit: every part written, figures made up.
const EXAMPLES: [(&str, &str); 7] = [
    (
        "示例：县局机关",
        include_str!("../assets/templates/examples/bureau.ron"),
    ),
    (
        "示例：乡镇（街道）",
        include_str!("../assets/templates/examples/township.ron"),
    ),
    (
        "示例：学校",
        include_str!("../assets/templates/examples/school.ron"),
    ),
    (
        "示例：医院",
        include_str!("../assets/templates/examples/hospital.ron"),
    ),
    (
        "示例：企业",
        include_str!("../assets/templates/examples/company.ron"),
    ),
    (
        "示例：党支部",
        include_str!("../assets/templates/examples/party-branch.ron"),
    ),
    (
        "示例：个人述职",
        include_str!("../assets/templates/examples/personal.ron"),
    ),
];

/// The period a summary written on a day is about: from April to September the first half
/// of the year; from October the whole year; until March the whole of the year before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub year: i16,
    /// The first half (上半年) rather than the whole year.
    pub half: bool,
}

impl Period {
    pub fn of(day: Date) -> Self {
        match day.month() {
            4..=9 => Self {
                year: day.year(),
                half: true,
            },
            10..=12 => Self {
                year: day.year(),
                half: false,
            },
            _ => Self {
                year: day.year() - 1,
                half: false,
            },
        }
    }

    /// The template's words for the period, `{年}` and the like, with what they become.
    fn tokens(self, written: Date) -> [(&'static str, String); 7] {
        let (period, this, next) = if self.half {
            ("上半年", "上半年".to_owned(), "下半年".to_owned())
        } else {
            ("", "今年".to_owned(), format!("{}年", self.year + 1))
        };
        [
            ("{年}", self.year.to_string()),
            ("{期}", period.to_owned()),
            ("{本期}", this),
            ("{下期}", next),
            ("{上年}", (self.year - 1).to_string()),
            ("{下年}", (self.year + 1).to_string()),
            ("{日期}", crate::date::format_gb(written)),
        ]
    }
}

/// Put the period and the date into every text of a template (title, parts, hints).
pub fn fill(report: &mut Report, period: Period, written: Date) {
    let tokens = period.tokens(written);
    let fill_one = |text: &mut String| {
        if text.contains('{') {
            for (token, value) in &tokens {
                if text.contains(token) {
                    *text = text.replace(token, value);
                }
            }
        }
    };
    fn items(list: &mut [crate::model::Item], f: &dyn Fn(&mut String)) {
        for item in list {
            f(&mut item.heading);
            f(&mut item.body);
            f(&mut item.hint);
            items(&mut item.children, f);
        }
    }
    fill_one(&mut report.title);
    fill_one(&mut report.intro);
    for section in &mut report.sections {
        fill_one(&mut section.title);
        fill_one(&mut section.lead);
        items(&mut section.items, &fill_one);
    }
    fill_one(&mut report.closing);
    report.attachments.iter_mut().for_each(&fill_one);
    fill_one(&mut report.signature.unit);
    fill_one(&mut report.signature.date);
    let hints = &mut report.hints;
    fill_one(&mut hints.title);
    fill_one(&mut hints.intro);
    fill_one(&mut hints.closing);
    hints.leads.iter_mut().for_each(&fill_one);
    hints.items.iter_mut().for_each(&fill_one);
}

fn load_builtin(list: &[(&str, &str)], example: bool, today: Date) -> Vec<Template> {
    list.iter()
        .filter_map(|(name, text)| {
            // Checked by a test; a broken one is left out rather than taking the app down.
            let mut report = draft::from_str(text, Path::new(name)).ok()?;
            fill(&mut report, Period::of(today), today);
            Some(Template {
                name: (*name).to_owned(),
                report,
                file: None,
                example,
            })
        })
        .collect()
}

/// The built-in templates, in menu order, for a summary written `today`: the blank ones,
/// then the examples.
pub fn builtin(today: Date) -> Vec<Template> {
    let mut all = load_builtin(&BUILTIN, false, today);
    all.extend(load_builtin(&EXAMPLES, true, today));
    all
}

/// The user's templates in `dir` (sorted by name), and messages for files that would not load.
pub fn user_templates(dir: &Path) -> (Vec<Template>, Vec<Text>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (found, problems);
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != draft::EXTENSION) {
            continue;
        }
        match draft::load(&path) {
            Ok(report) => found.push(Template {
                name: path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                report,
                file: Some(path),
                example: false,
            }),
            Err(err) => problems.push(err.text()),
        }
    }
    found.sort_by(|a, b| a.name.cmp(&b.name));
    (found, problems)
}

/// Save a draft as a template called `name` in `dir`.
pub fn save_user_template(dir: &Path, name: &str, report: &Report) -> Result<PathBuf, Text> {
    let clean: String = name
        .trim()
        .chars()
        .filter(|c| !r#"\/:*?"<>|"#.contains(*c) && !c.is_control())
        .collect();
    if clean.is_empty() {
        return Err(Text::tr("模板名称不能为空。", &[]));
    }
    std::fs::create_dir_all(dir)
        .map_err(|e| Text::tr("无法创建模板文件夹“{}”：{}。", &[&dir.display(), &e]))?;
    let path = dir.join(format!("{clean}.{}", draft::EXTENSION));
    draft::save_atomic(report, &path).map_err(|e| e.text())?;
    Ok(path)
}

/// Periods for the title builder.
pub const PERIODS: [&str; 9] = [
    "上半年",
    "下半年",
    "年度",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "前三季度",
    "",
];
/// 文种 for the title builder.
pub const KINDS: [&str; 5] = [
    "工作总结",
    "工作总结和下步计划",
    "工作总结和下半年工作计划",
    "工作总结及明年工作打算",
    "述职报告",
];

/// 单位 + 年份 + 期间 + 事由 + 文种: 某局 2024年 上半年 精神文明建设 工作总结.
pub fn build_title(unit: &str, year: &str, period: &str, topic: &str, kind: &str) -> String {
    let year = year.trim();
    let year_part = match (year.is_empty(), period) {
        (true, _) => period.to_owned(),
        (false, "年度") => format!("{year}年度"),
        (false, _) => format!("{year}年{period}"),
    };
    format!("{}{year_part}{}{}", unit.trim(), topic.trim(), kind.trim())
}

/// This year, from the system clock (UTC; off by one only in the first hours of January 1).
pub fn current_year() -> i64 {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Civil year from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    yoe + era * 400 + i64::from(month <= 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SectionKind;

    fn day(y: i16, m: i8, d: i8) -> Date {
        Date::new(y, m, d).expect("date")
    }

    #[test]
    fn every_builtin_template_loads_with_its_sections_and_hints() {
        let all = builtin(day(2026, 12, 6));
        assert_eq!(
            all.len(),
            BUILTIN.len() + EXAMPLES.len(),
            "a template failed to load"
        );
        for t in &all {
            let kinds: Vec<_> = t.report.sections.iter().map(|s| s.kind).collect();
            assert_eq!(kinds, SectionKind::STANDARD, "{}", t.name);
            assert!(
                t.report.sections.iter().all(|s| !s.title.is_empty()),
                "{}",
                t.name
            );
            assert!(!t.report.hints.title.is_empty(), "{}", t.name);
            if t.example {
                assert!(t.report.title.contains("2026年"), "{}", t.report.title);
                assert!(
                    t.report.sections.iter().all(|s| !s.items.is_empty()),
                    "{}: an example has every part written",
                    t.name
                );
                assert_eq!(t.report.signature.date, "2026年12月6日", "{}", t.name);
            } else {
                assert!(
                    t.report.title.is_empty(),
                    "{}: the title is the user's",
                    t.name
                );
            }
            let text = crate::storage::draft::to_string(&t.report);
            assert!(
                !text.contains('{'),
                "{}: a token left: {}",
                t.name,
                text.lines().find(|l| l.contains('{')).unwrap_or_default()
            );
            // No year written into a template: each comes from the date.
            for year in 2015..2026 {
                assert!(
                    !text.contains(&format!("{year}年")),
                    "{}: {year} is written in",
                    t.name
                );
            }
        }
    }

    #[test]
    fn the_period_follows_the_date() {
        let half = builtin(day(2026, 7, 3));
        let bureau = half.iter().find(|t| t.example).expect("an example");
        assert!(
            bureau.report.title.ends_with("2026年上半年工作总结"),
            "{}",
            bureau.report.title
        );
        assert!(
            bureau.report.sections[2].title.contains("下半年"),
            "{}",
            bureau.report.sections[2].title
        );
        let year = builtin(day(2027, 1, 12));
        let bureau = year.iter().find(|t| t.example).expect("an example");
        assert!(
            bureau.report.title.ends_with("2026年工作总结"),
            "{}",
            bureau.report.title
        );
        assert!(
            bureau.report.sections[2].title.contains("2027年"),
            "{}",
            bureau.report.sections[2].title
        );
        assert_eq!(
            Period::of(day(2026, 12, 6)),
            Period {
                year: 2026,
                half: false
            }
        );
        assert_eq!(
            Period::of(day(2026, 3, 31)),
            Period {
                year: 2025,
                half: false
            }
        );
        assert_eq!(
            Period::of(day(2026, 4, 1)),
            Period {
                year: 2026,
                half: true
            }
        );
    }

    #[test]
    fn titles() {
        assert_eq!(
            build_title("某局", "2022", "上半年", "精神文明建设", "工作总结"),
            "某局2022年上半年精神文明建设工作总结"
        );
        assert_eq!(
            build_title("县教育局", "2023", "年度", "", "工作总结"),
            "县教育局2023年度工作总结"
        );
        assert_eq!(
            build_title(" 街道 ", "2024", "第一季度", "", "工作总结和下步计划"),
            "街道2024年第一季度工作总结和下步计划"
        );
        assert_eq!(
            build_title("某局", "", "", "安全生产", "工作总结"),
            "某局安全生产工作总结"
        );
    }

    #[test]
    fn current_year_is_plausible() {
        let y = current_year();
        assert!((2024..2200).contains(&y), "{y}");
    }

    #[test]
    fn user_templates_round_trip() {
        let dir = tempfile::tempdir().expect("tempdir");
        let report = Report {
            title: "我的模板".into(),
            ..Report::default()
        };
        let path = save_user_template(dir.path(), "科室/模板", &report).expect("saved");
        assert!(path.ends_with("科室模板.ron"));
        std::fs::write(dir.path().join("坏.ron"), "x").expect("write");
        let (found, problems) = user_templates(dir.path());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].report, report);
        assert_eq!(problems.len(), 1);
        assert!(save_user_template(dir.path(), "  ", &report).is_err());
    }
}
