//! What only Windows does, run on Windows (under Wine in CI: scripts/windows-test.sh). On other
//! systems this file is empty.
#![cfg(windows)]

#[path = "support/bin.rs"]
mod bin;

use std::os::windows::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use work_summary::export::{self, ExportOptions, Format};
use work_summary::storage::draft::{self, DraftError};
use work_summary::storage::settings::{Settings, same_path};
use work_summary::storage::write::WriteError;
use work_summary::storage::{AppDirs, entered_path};
use work_summary::{Item, Report};

fn sample() -> Report {
    let mut r = Report {
        title: "某局2024年工作总结".into(),
        intro: "今年以来，我局扎实推进各项工作。".into(),
        ..Report::default()
    };
    r.sections[0]
        .items
        .push(Item::new("抓好学习", "组织学习12次。\n开展调研3次。"));
    r
}

#[test]
fn text_export_ends_lines_with_crlf_by_default() {
    let options = ExportOptions {
        format: Format::Text,
        ..ExportOptions::default()
    };
    let text =
        String::from_utf8(export::write(&sample(), &options).expect("export")).expect("utf-8");
    assert!(text.contains("某局2024年工作总结\r\n\r\n"), "{text:?}");
    assert_eq!(
        text.matches('\n').count(),
        text.matches("\r\n").count(),
        "every line ends in CRLF: {text:?}"
    );
}

#[test]
fn a_draft_saved_on_windows_is_the_same_bytes_as_anywhere() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("总结.ron");
    draft::save_atomic(&sample(), &path).expect("saved");
    let bytes = std::fs::read(&path).expect("read");
    assert!(!bytes.contains(&b'\r'), "LF only");
    assert_eq!(bytes, draft::to_string(&sample()).into_bytes());
}

#[test]
fn drive_letter_and_backslash_paths() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A full path with a drive letter and backslashes, as Explorer's "Copy as path" gives it.
    let full = std::path::absolute(dir.path().join("年度 总结.ron")).expect("absolute");
    let text = full.to_str().expect("utf-8 path");
    assert!(text.as_bytes()[1] == b':' && text.contains('\\'), "{text}");
    let pasted = format!("\"{text}\"");
    let path = entered_path(Path::new(&pasted)).expect("a path");
    assert_eq!(path, full);
    draft::save_atomic(&sample(), &path).expect("saved through the pasted path");
    // The same file by forward slashes and other case.
    let other = PathBuf::from(text.replace('\\', "/").to_uppercase());
    assert_eq!(draft::load(&other).expect("loads"), sample());
}

#[test]
fn recent_files_ignore_case() {
    let mut settings = Settings::default();
    settings.add_recent(Path::new(r"C:\Users\Zhang\Documents\总结.ron"));
    settings.add_recent(Path::new(r"c:\users\zhang\documents\总结.RON"));
    assert_eq!(settings.recent.len(), 1, "{:?}", settings.recent);
    assert!(same_path(
        Path::new(r"C:\A\b.ron"),
        Path::new(r"c:\a\B.RON")
    ));
}

#[test]
fn recovery_copies_live_in_local_appdata() {
    let dirs = AppDirs::system().expect("the system's folders");
    let local = std::env::var_os("LOCALAPPDATA").expect("LOCALAPPDATA is set");
    assert!(
        dirs.recovery.starts_with(&local),
        "{} is not under {}",
        dirs.recovery.display(),
        PathBuf::from(local).display()
    );
    if let Some(roaming) = std::env::var_os("APPDATA") {
        assert!(
            !dirs.recovery.starts_with(roaming),
            "not in the roaming profile"
        );
    }
}

#[test]
fn saving_over_a_file_another_program_holds_fails_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("总结.ron");
    std::fs::write(&path, "the old draft").expect("write");
    // As Word holds its document: no sharing for anyone else.
    let held = std::fs::OpenOptions::new()
        .read(true)
        .share_mode(0)
        .open(&path)
        .expect("held");
    let started = std::time::Instant::now();
    let err = draft::save_atomic(&sample(), &path).expect_err("cannot replace a held file");
    assert!(
        matches!(err, DraftError::Write(WriteError::InUse { .. })),
        "{err:?}"
    );
    // Four more tries over about two seconds before giving up.
    assert!(started.elapsed() >= std::time::Duration::from_millis(1500));
    let message = err.text();
    assert!(message.zh.contains("另一个程序"), "{}", message.zh);
    assert!(message.en.contains("another program"), "{}", message.en);
    drop(held);
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "the old draft"
    );
    // No temporary file is left behind.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
    draft::save_atomic(&sample(), &path).expect("saves once released");
}

#[test]
fn the_cli_prints_to_the_console_it_was_started_from() {
    let out = bin::output(Command::new("cmd").args([
        "/c",
        env!("CARGO_BIN_EXE_work-summary"),
        "--version",
    ]));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(env!("CARGO_PKG_VERSION")),
        "stdout {text:?}, stderr {:?}",
        String::from_utf8_lossy(&out.stderr)
    );
}
