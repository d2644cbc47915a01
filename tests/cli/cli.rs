//! The command line, run as a user runs it.

use crate::bin::run;
use std::path::Path;
use std::process::Output;
use work_summary::storage::draft;
use work_summary::{Item, Report};

fn sample(dir: &Path) -> std::path::PathBuf {
    let mut r = Report {
        title: "某局2024年上半年工作总结".into(),
        intro: "上半年工作总结如下：".into(),
        ..Report::default()
    };
    r.sections[0]
        .items
        .push(Item::new("抓好学习", "组织学习12次。"));
    let path = dir.join("草稿.ron");
    draft::save_atomic(&r, &path).expect("saved");
    path
}

#[test]
fn export_prints_the_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = sample(dir.path());
    let out = run(&["export".as_ref(), path.as_os_str()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    // The system's line ending by default, as the window's export: CRLF on Windows.
    let expected = "某局2024年上半年工作总结\n\n　　上半年工作总结如下：\n　　一、主要工作及成效\n　　（一）抓好学习\n　　组织学习12次。\n";
    let native = if cfg!(windows) { "\r\n" } else { "\n" };
    assert_eq!(text, expected.replace('\n', native));
    let lf = run(&["export".as_ref(), path.as_os_str(), "--lf".as_ref()]);
    assert_eq!(String::from_utf8(lf.stdout).expect("utf-8"), expected);
    let both = run(&[
        "export".as_ref(),
        path.as_os_str(),
        "--lf".as_ref(),
        "--crlf".as_ref(),
    ]);
    assert_eq!(both.status.code(), Some(2), "--lf and --crlf conflict");
}

#[test]
fn export_to_a_file_with_options() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = sample(dir.path());
    let out_path = dir.path().join("out.txt");
    let out = run(&[
        "export".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        "text".as_ref(),
        "--no-indent".as_ref(),
        "--crlf".as_ref(),
        "-o".as_ref(),
        out_path.as_os_str(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let text = std::fs::read_to_string(&out_path).expect("written");
    assert!(text.starts_with(
        "某局2024年上半年工作总结\r\n\r\n上半年工作总结如下：\r\n一、主要工作及成效\r\n"
    ));
}

fn assert_error(out: &Output, needles: &[&str]) {
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr.clone()).expect("utf-8");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    for needle in needles {
        assert!(err.contains(needle), "{needle:?} not in {err:?}");
    }
}

#[test]
fn broken_draft_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("broken.ron");
    std::fs::write(
        &path,
        "(format: \"work-summary-draft\", version: 1, report: (title: \"半",
    )
    .expect("write");
    let out = run(&["export".as_ref(), path.as_os_str()]);
    assert_error(&out, &["broken.ron", "已损坏"]);
}

#[test]
fn missing_file_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nowhere.ron");
    let out = run(&["export".as_ref(), path.as_os_str()]);
    assert_error(&out, &["nowhere.ron", "无法读取"]);
}

#[test]
fn newer_version_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("future.ron");
    std::fs::write(
        &path,
        "(format: \"work-summary-draft\", version: 7, report: (title: \"x\", hologram: true))",
    )
    .expect("write");
    let out = run(&["export".as_ref(), path.as_os_str()]);
    assert_error(&out, &["future.ron", "版本 7", "升级"]);
}

#[test]
fn binary_and_foreign_files_are_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let binary = dir.path().join("image.ron");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0xff, 0x00, 0xfe]).expect("write");
    assert_error(
        &run(&["export".as_ref(), binary.as_os_str()]),
        &["image.ron", "不是文本文件"],
    );
    let foreign = dir.path().join("other.ron");
    std::fs::write(&foreign, "(name: \"config\", size: 3)").expect("write");
    assert_error(
        &run(&["export".as_ref(), foreign.as_os_str()]),
        &["other.ron", "不是工作总结草稿"],
    );
}

#[test]
fn unwritable_output_is_an_error_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = sample(dir.path());
    let target = dir.path().join("missing-folder").join("out.txt");
    let out = run(&[
        "export".as_ref(),
        path.as_os_str(),
        "-o".as_ref(),
        target.as_os_str(),
    ]);
    assert_error(&out, &["out.txt", "无法保存"]);
    assert!(!target.exists());
}

#[test]
fn the_example_draft_exports_every_paragraph() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample.ron");
    let out = run(&["export".as_ref(), sample.as_os_str()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let report = draft::load(&sample).expect("loads");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "某局2022年上半年精神文明建设工作总结");
    for expected in [
        "　　一、上半年工作成效",
        "　　（三）注重文化环境净化",
        "　　二、存在的问题",
        "　　三、下步计划",
        "　　一是健全全县特别是农村公共文化服务设施网络。推进乡镇（街道）、村（社区）综合文化服务网络建设，完善和巩固图书馆、文化馆总分馆建设，进一步促进基本公共文化服务，均等化，更好地满足人民群众精神文化需求。",
        "某县文化旅游广电体育局",
    ] {
        assert!(lines.contains(&expected), "{expected} missing from\n{text}");
    }
    // Every body paragraph of every item is there, indented: in a headed section each on its
    // own line; in a 一是 section the first runs on after the heading, in the same line.
    for section in &report.sections {
        for item in &section.items {
            for (n, p) in item.body.split('\n').enumerate() {
                let own_line = lines.contains(&format!("　　{p}").as_str());
                let run_on = n == 0
                    && section.style == work_summary::ItemStyle::Inline
                    && lines.iter().any(|l| l.ends_with(p));
                assert!(own_line || run_on, "{p}");
            }
        }
    }
}

#[test]
fn export_every_format_to_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = sample(dir.path());
    for (format, magic) in [
        ("docx", &b"PK"[..]),
        ("pdf", &b"%PDF-"[..]),
        ("ofd", &b"PK"[..]),
        ("html", &b"<!DOCTYPE html>"[..]),
        ("markdown", &b"# "[..]),
        ("text", "某局".as_bytes()),
    ] {
        let out_path = dir.path().join(format!("out.{format}"));
        let out = run(&[
            "export".as_ref(),
            path.as_os_str(),
            "--format".as_ref(),
            format.as_ref(),
            "-o".as_ref(),
            out_path.as_os_str(),
        ]);
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = std::fs::read(&out_path).expect("written");
        assert!(bytes.starts_with(magic), "{format}");
    }
    let out = run(&[
        "export".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        "rtf".as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(2), "unknown format");
}

#[test]
fn version_prints_the_package_version() {
    for flag in ["--version", "-V"] {
        let out = run(&[flag.as_ref()]);
        assert!(out.status.success(), "{flag}");
        let text = String::from_utf8(out.stdout).expect("utf-8");
        assert_eq!(
            text.trim(),
            format!("work-summary {}", env!("CARGO_PKG_VERSION"))
        );
    }
}

#[test]
fn import_lists_junk_on_stderr_and_keep_junk_keeps_it() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import_inputs/township-site.txt");
    let out = run(&["import".as_ref(), page.as_os_str()]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("已删除（第 2 行，页面路径）：首页 > 工作总结 > 乡镇工作总结"),
        "{stderr}"
    );
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(
        draft.contains("version: 2,") && !draft.contains("首页 >"),
        "{draft}"
    );

    let out = run(&["import".as_ref(), page.as_os_str(), "--keep-junk".as_ref()]);
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(draft.contains("首页 > 工作总结 > 乡镇工作总结"), "{draft}");
    assert!(
        draft.contains("title: \"柳河镇2017年工作总结及2018年工作思路\""),
        "{draft}"
    );
}

#[test]
fn export_takes_the_format_from_the_output_extension() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = sample(dir.path());
    for (ext, magic) in [
        ("docx", &b"PK"[..]),
        ("pdf", &b"%PDF-"[..]),
        ("html", &b"<!DOCTYPE html>"[..]),
        ("md", &b"# "[..]),
        ("txt", "某局".as_bytes()),
        ("PDF", &b"%PDF-"[..]),
    ] {
        let out_path = dir.path().join(format!("x.{ext}"));
        let out = run(&[
            "export".as_ref(),
            path.as_os_str(),
            "-o".as_ref(),
            out_path.as_os_str(),
        ]);
        assert!(
            out.status.success(),
            "{ext}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = std::fs::read(&out_path).expect("written");
        assert!(bytes.starts_with(magic), "{ext}");
    }
    // --format still wins over the extension.
    let forced = dir.path().join("forced.pdf");
    let out = run(&[
        "export".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        "text".as_ref(),
        "-o".as_ref(),
        forced.as_os_str(),
    ]);
    assert!(out.status.success());
    assert!(
        std::fs::read(&forced)
            .expect("written")
            .starts_with("某局".as_bytes())
    );
    // An extension that names no format is refused, naming the formats, and nothing written.
    let odt = dir.path().join("x.odt");
    let out = run(&[
        "export".as_ref(),
        path.as_os_str(),
        "-o".as_ref(),
        odt.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("x.odt")
            && err.contains(".docx")
            && err.contains(".pdf")
            && err.contains(".ofd"),
        "{err}"
    );
    assert!(!odt.exists());
}
