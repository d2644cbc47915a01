//! `work-summary diff` and `work-summary merge`, run as a user runs them.

use crate::bin::run;
use std::path::{Path, PathBuf};
use work_summary::export::{self, ExportOptions, Format};
use work_summary::storage::draft;
use work_summary::{Item, Report};

fn save(dir: &Path, name: &str, items: &[(&str, &str)]) -> PathBuf {
    let mut r = Report {
        title: "某局2024年工作总结".into(),
        ..Report::default()
    };
    r.sections[0].items = items.iter().map(|(h, b)| Item::new(*h, *b)).collect();
    let path = dir.join(name);
    draft::save_atomic(&r, &path).expect("saved");
    path
}

#[test]
fn diff_in_three_formats() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = save(
        dir.path(),
        "old.ron",
        &[
            ("抓好学习", "组织学习12次。"),
            ("文化惠民", "接待游客3260人次。"),
        ],
    );
    let new = save(
        dir.path(),
        "new.ron",
        &[("文化惠民", "接待游客3620人次。"), ("新的工作", "内容。")],
    );
    let out = run(&["diff".as_ref(), old.as_os_str(), new.as_os_str()]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.contains("修改 1 文化惠民"), "{text}");
    assert!(text.contains("新增 2 新的工作"), "{text}");
    assert!(text.contains("删去 1 抓好学习"), "{text}");
    assert!(text.contains("接待游客 3260 → 3620 人次"), "{text}");

    let out = run(&[
        "diff".as_ref(),
        old.as_os_str(),
        new.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["counts"]["changed"], 1);
    assert_eq!(json["figures"][0]["old"], "3260");

    let html = dir.path().join("diff.html");
    let out = run(&[
        "diff".as_ref(),
        old.as_os_str(),
        new.as_os_str(),
        "--format".as_ref(),
        "html".as_ref(),
        "-o".as_ref(),
        html.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let page = std::fs::read_to_string(&html).expect("written");
    assert!(
        page.starts_with("<!DOCTYPE html>") && page.contains("<del>"),
        "{page}"
    );

    let same = run(&["diff".as_ref(), old.as_os_str(), old.as_os_str()]);
    assert_eq!(same.status.code(), Some(0));
}

#[test]
fn diff_of_a_missing_file_is_one_line_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = save(dir.path(), "old.ron", &[]);
    let missing = dir.path().join("没有.ron");
    let out = run(&["diff".as_ref(), old.as_os_str(), missing.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("没有.ron") && err.trim().lines().count() == 1,
        "{err}"
    );
}

#[test]
fn merge_writes_a_draft_and_a_report_and_exports_no_source() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = save(
        dir.path(),
        "SRCTAGA.ron",
        &[("抓好学习", "甲的学习。"), ("共同", "相同。")],
    );
    let b = save(
        dir.path(),
        "SRCTAGB.ron",
        &[("抓好学习", "乙的学习。"), ("共同", "相同。")],
    );
    let out_path = dir.path().join("merged.ron");
    let out = run(&[
        "merge".as_ref(),
        a.as_os_str(),
        b.as_os_str(),
        "-o".as_ref(),
        out_path.as_os_str(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        log.contains("SRCTAGB：工作成效第2条“共同”→ 与第1部分第3条相同，只保留一次"),
        "{log}"
    );
    let merged = draft::load(&out_path).expect("an ordinary draft");
    let items = &merged.sections[0].items;
    assert_eq!(items.len(), 3);
    assert_eq!(items[1].source.as_deref(), Some("SRCTAGB"));
    for format in [Format::Text, Format::Html, Format::Markdown, Format::Docx] {
        let options = ExportOptions {
            format,
            ..ExportOptions::default()
        };
        let bytes = export::write(&merged, &options).expect("exported");
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("SRCTAG"), "{format:?} exports the source");
        if format == Format::Docx {
            let doc = zip_text(&bytes);
            assert!(doc.contains("甲的学习") && !doc.contains("SRCTAG"));
        }
    }
    let report = dir.path().join("report.txt");
    let out = run(&[
        "merge".as_ref(),
        a.as_os_str(),
        b.as_os_str(),
        "-o".as_ref(),
        out_path.as_os_str(),
        "--report".as_ref(),
        report.as_os_str(),
    ]);
    assert!(out.status.success() && out.stderr.is_empty());
    assert!(
        std::fs::read_to_string(report)
            .expect("report")
            .contains("共 4 条")
    );
}

/// The text of every part of a DOCX (a ZIP).
fn zip_text(bytes: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut out = String::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("entry");
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut file, &mut text);
        out.push_str(&text);
    }
    out
}

/// A draft with achievements, problems and plans, each (heading, body).
fn save_periods(
    dir: &Path,
    name: &str,
    achievements: &[(&str, &str)],
    plans: &[(&str, &str)],
) -> PathBuf {
    let mut r = Report {
        title: "某区档案馆工作总结".into(),
        ..Report::default()
    };
    let items = |list: &[(&str, &str)]| list.iter().map(|(h, b)| Item::new(*h, *b)).collect();
    r.sections[0].items = items(achievements);
    r.sections[2].items = items(plans);
    let path = dir.join(name);
    draft::save_atomic(&r, &path).expect("saved");
    path
}

#[test]
fn follow_in_three_formats() {
    let dir = tempfile::tempdir().expect("tempdir");
    let last = save_periods(
        dir.path(),
        "上半年.ron",
        &[("馆藏接收", "接收档案1200卷。")],
        &[
            (
                "推进馆藏档案数字化",
                "完成馆藏档案数字化扫描20万页，建设数字档案馆。",
            ),
            ("开展档案安全检查", "对库房温湿度和消防设施开展安全检查。"),
            ("筹办档案文化展览", "举办建党主题档案文化展览一场。"),
        ],
    );
    let this = save_periods(
        dir.path(),
        "全年.ron",
        &[
            (
                "档案数字化取得突破",
                "全年完成馆藏档案数字化扫描26万页，数字档案馆通过验收。",
            ),
            (
                "库房安全管理加强",
                "开展档案安全检查4次，更换库房消防设施，温湿度全年达标。",
            ),
        ],
        &[],
    );
    let out = run(&["follow".as_ref(), last.as_os_str(), this.as_os_str()]);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    // One of the three plans is left unanswered: exit code 1, as `check` with findings.
    assert_eq!(
        out.status.code(),
        Some(1),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("上期共 3 条计划和问题，1 条未对应"), "{text}");
    let plan = text
        .lines()
        .position(|l| l.contains("推进馆藏档案数字化"))
        .expect("plan listed");
    let answer = text.lines().nth(plan + 1).expect("answer line");
    assert!(
        answer.contains("← 工作成效 第1项 档案数字化取得突破") && answer.contains("数字化"),
        "{text}"
    );
    let unanswered = text.split("未对应：").nth(1).expect("unanswered list");
    assert!(unanswered.contains("筹办档案文化展览"), "{text}");
    assert!(!unanswered.contains("档案安全检查"), "{text}");

    let out = run(&[
        "follow".as_ref(),
        last.as_os_str(),
        this.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["counts"]["targets"], 3);
    assert_eq!(json["counts"]["unanswered"], 1);
    assert_eq!(json["unanswered"][0]["text"], "筹办档案文化展览");
    let first = &json["targets"][0];
    assert_eq!(first["kind"], "Plans");
    assert_eq!(first["answers"][0]["text"], "档案数字化取得突破");
    assert_eq!(first["answers"][0]["item"], "1");
    let strength = first["answers"][0]["strength"].as_f64().expect("strength");
    assert!(strength > 0.2 && strength <= 1.0, "{strength}");
    let terms = first["answers"][0]["terms"].as_array().expect("terms");
    assert!(
        terms
            .iter()
            .any(|t| t.as_str().is_some_and(|t| t.contains("数字"))),
        "{terms:?}"
    );

    let page = dir.path().join("follow.html");
    let out = run(&[
        "follow".as_ref(),
        last.as_os_str(),
        this.as_os_str(),
        "--format".as_ref(),
        "html".as_ref(),
        "-o".as_ref(),
        page.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let page = std::fs::read_to_string(&page).expect("written");
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    assert_eq!(page.matches("class=\"target open\"").count(), 1, "{page}");
    assert!(page.contains("档案数字化取得突破"), "{page}");

    // Against itself minus the unanswered plan: everything answered, exit code 0.
    let answered = save_periods(
        dir.path(),
        "答复.ron",
        &[(
            "档案文化展览成功举办",
            "举办建党主题档案文化展览，接待观众3000人次。数字化扫描26万页；档案安全检查4次。",
        )],
        &[],
    );
    let out = run(&["follow".as_ref(), last.as_os_str(), answered.as_os_str()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(!text.contains("未对应："), "{text}");
}

#[test]
fn follow_of_a_missing_file_is_one_line_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let last = save(dir.path(), "last.ron", &[]);
    let missing = dir.path().join("本期.ron");
    let out = run(&["follow".as_ref(), last.as_os_str(), missing.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("本期.ron") && err.trim().lines().count() == 1,
        "{err}"
    );
}
