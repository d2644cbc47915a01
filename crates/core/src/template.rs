//! Templates (built-in ones embedded from assets/templates/, and the user's own in the config
//! folder) and the title builder: unit + year + period + topic + 文种.

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

/// The built-in templates, in menu order.
pub fn builtin() -> Vec<Template> {
    BUILTIN
        .iter()
        .filter_map(|(name, text)| {
            // Checked by a test; a broken one is left out rather than taking the app down.
            let report = draft::from_str(text, Path::new(name)).ok()?;
            Some(Template {
                name: (*name).to_owned(),
                report,
                file: None,
            })
        })
        .collect()
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

    #[test]
    fn every_builtin_template_loads_with_its_sections_and_hints() {
        let all = builtin();
        assert_eq!(all.len(), BUILTIN.len(), "a template failed to load");
        for t in &all {
            let kinds: Vec<_> = t.report.sections.iter().map(|s| s.kind).collect();
            assert_eq!(kinds, SectionKind::STANDARD, "{}", t.name);
            assert!(
                t.report.sections.iter().all(|s| !s.title.is_empty()),
                "{}",
                t.name
            );
            assert!(!t.report.hints.title.is_empty(), "{}", t.name);
            assert!(
                t.report.title.is_empty(),
                "{}: the title is the user's",
                t.name
            );
        }
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
