//! `work-summary diff` and `work-summary merge`, run as a user runs them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use work_summary::export::{self, ExportOptions, Format};
use work_summary::storage::draft;
use work_summary::{Item, Report};

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_work-summary"))
        .args(args)
        .output()
        .expect("binary runs")
}

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
