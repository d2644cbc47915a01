//! Bad input and failing disks: every bad draft gets a clear error naming the file, nothing
//! panics, and a failed save leaves the old file exactly as it was.

use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use work_summary::storage::draft;
use work_summary::{Item, Report};

use crate::bin;
use crate::tools;

fn valid_draft_text() -> String {
    let mut r = Report {
        title: "某局2024年工作总结".into(),
        intro: "导语第一段\n导语第二段".into(),
        ..Report::default()
    };
    let mut item = Item::new("抓学习", "正文");
    item.children.push(Item::new("子项", "子项正文"));
    r.sections[0].items.push(item);
    r.signature.unit = "某局".into();
    draft::to_string(&r)
}

/// Each bad file, and a word its error message must contain.
fn bad_files(dir: &Path) -> Vec<(PathBuf, &'static str)> {
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("write");
        path
    };
    let valid = valid_draft_text();
    let nested = format!(
        "(format: \"work-summary-draft\", version: 1, report: (sections: [(items: [{}{}])]))",
        "(children: [".repeat(5_000),
        "])".repeat(5_000)
    );
    let huge = dir.join("huge.ron");
    std::fs::File::create(&huge)
        .and_then(|f| f.set_len(100 * 1024 * 1024))
        .expect("sparse 100 MB file");
    vec![
        (write("empty.ron", b""), "空文件"),
        (
            write("truncated.ron", &valid.as_bytes()[..valid.len() / 2]),
            "已损坏",
        ),
        (
            write("binary.ron", &[0x89, b'P', b'N', b'G', 0, 0xff, 0xfe, 7]),
            "不是文本文件",
        ),
        (
            write("prose.ron", "这只是一段文字，不是草稿。".as_bytes()),
            "不是工作总结草稿",
        ),
        (
            write("other.ron", b"(name: \"settings\", values: [1, 2, 3])"),
            "format",
        ),
        (
            write(
                "other-format.ron",
                b"(format: \"someone-else\", version: 1, report: ())",
            ),
            "someone-else",
        ),
        (
            write(
                "newer.ron",
                b"(format: \"work-summary-draft\", version: 3, report: (x: 1))",
            ),
            "更新版本",
        ),
        (
            write(
                "unknown-field.ron",
                valid.replace("title:", "titel:").as_bytes(),
            ),
            "titel",
        ),
        (write("nested.ron", nested.as_bytes()), "已损坏"),
        (huge, "太大"),
    ]
}

#[test]
fn every_bad_file_is_a_clear_error_from_the_loader_and_the_cli() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (path, needle) in bad_files(dir.path()) {
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        let before = std::fs::metadata(&path).expect("meta").len();
        let err = draft::load(&path).expect_err(name).to_string();
        assert!(err.contains(name), "{name}: {err}");
        assert!(err.contains(needle), "{name}: {needle:?} not in {err}");

        let out = bin::run(&["export".as_ref(), path.as_os_str()]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(name) && stderr.contains(needle),
            "{name}: {stderr}"
        );
        assert_eq!(stderr.trim_end().lines().count(), 1, "{name}: one line");
        assert_eq!(
            std::fs::metadata(&path).expect("meta").len(),
            before,
            "{name} untouched"
        );
    }
}

#[test]
fn saving_over_a_device_or_folder_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let err = draft::save_atomic(&Report::default(), dir.path()).expect_err("a folder");
    assert!(err.to_string().contains("不是普通文件"), "{err}");
    assert!(
        err.text().en.contains("not a regular file"),
        "in English too: {err}"
    );
    if Path::new("/dev/full").exists() {
        let err =
            draft::save_atomic(&Report::default(), Path::new("/dev/full")).expect_err("a device");
        assert!(err.to_string().contains("/dev/full"));
        assert!(
            !Path::new("/dev/full").is_file(),
            "the device is still a device"
        );
    }
}

/// Mount a tmpfs of `size` at `dir` (needs root, as CI runs). Returns false where mounting is
/// not allowed, so that a developer's unprivileged `cargo test` still runs the rest.
fn mount_tmpfs(dir: &Path, size: &str) -> bool {
    Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(dir)
        .status()
        .is_ok_and(|s| s.success())
}

fn umount(dir: &Path) {
    let _ = Command::new("umount").arg(dir).status();
}

/// A report whose draft is about `kb` kilobytes.
fn big_report(kb: usize) -> Report {
    Report {
        intro: "文字".repeat(kb * 1024 / 6),
        ..Report::default()
    }
}

#[test]
fn a_full_disk_or_read_only_folder_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mnt = dir.path().join("tiny");
    std::fs::create_dir(&mnt).expect("mkdir");
    if !mount_tmpfs(&mnt, "256k") {
        tools::unavailable(
            "a_full_disk_or_read_only_folder_leaves_the_old_file_intact",
            "mounting a tmpfs needs root (CI runs this as root)",
        );
        return;
    }
    let path = mnt.join("草稿.ron");
    let original = Report {
        title: "原来的内容".into(),
        ..Report::default()
    };
    let result = std::panic::catch_unwind(|| {
        draft::save_atomic(&original, &path).expect("first save fits");
        let before = std::fs::read(&path).expect("read");

        // Full disk: the new draft does not fit; the write fails midway.
        let err = draft::save_atomic(&big_report(400), &path).expect_err("disk full");
        assert!(err.to_string().contains("草稿.ron"), "{err}");
        assert_eq!(
            std::fs::read(&path).expect("read"),
            before,
            "old file intact"
        );
        let leftovers: Vec<_> = std::fs::read_dir(&mnt)
            .expect("dir")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(leftovers.len(), 1, "no temporary files left: {leftovers:?}");

        // Read-only folder.
        let ro = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&mnt)
            .status()
            .expect("remount");
        assert!(ro.success());
        let err = draft::save_atomic(&original, &path).expect_err("read-only");
        assert!(err.to_string().contains("草稿.ron"), "{err}");
        assert_eq!(
            std::fs::read(&path).expect("read"),
            before,
            "old file intact"
        );
    });
    umount(&mnt);
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

fn mutate(text: &str, edits: &[(usize, u8, u8)]) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    for &(at, kind, byte) in edits {
        if bytes.is_empty() {
            bytes.push(byte);
            continue;
        }
        let at = at % bytes.len();
        match kind % 4 {
            0 => bytes[at] = byte,
            1 => bytes.insert(at, byte),
            2 => {
                bytes.remove(at);
            }
            _ => {
                // Duplicate a slice: repeated brackets and fields.
                let end = (at + usize::from(byte)).min(bytes.len());
                let slice = bytes[at..end].to_vec();
                bytes.splice(at..at, slice);
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = draft::from_bytes(&bytes, Path::new("fuzz.ron"));
    }

    #[test]
    fn mutated_drafts_never_panic(edits in prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..12)) {
        let text = valid_draft_text();
        let bytes = mutate(&text, &edits);
        if let Ok(loaded) = draft::from_bytes(&bytes, Path::new("mutant.ron")) {
            // Whatever loads must save and load back the same.
            let again = draft::to_string(&loaded.report);
            let back = draft::from_str(&again, Path::new("again.ron")).expect("reloads");
            prop_assert_eq!(back, loaded.report);
        }
    }
}
