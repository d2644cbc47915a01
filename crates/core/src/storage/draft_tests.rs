//! Tests of `draft`: formats, versions, atomic saves, backups and failures.

use super::*;
use crate::model::{Item, ItemStyle, SectionKind};

fn sample() -> Report {
    let mut r = Report {
        title: "某局2022年上半年工作总结".into(),
        intro: "今年上半年，我局……\n第二段".into(),
        ..Report::default()
    };
    r.sections[0]
        .items
        .push(Item::new("注重阵地建设", "正文一\n正文二"));
    r.sections[2].style = ItemStyle::Inline;
    r
}

#[test]
fn round_trip_and_readable() {
    let r = sample();
    let text = to_string(&r);
    assert!(text.starts_with("(\n    format: \"work-summary-draft\",\n    version: 2,"));
    // The same bytes on every system: no CRLF from ron's Windows default.
    assert!(!text.contains('\r'), "LF only:\n{text:?}");
    assert!(
        text.contains("\"正文一\",\n"),
        "paragraphs one per line:\n{text}"
    );
    let back = from_str(&text, Path::new("x.ron")).expect("loads");
    assert_eq!(back, r);
}

#[test]
fn version_1_drafts_load_and_new_fields_round_trip() {
    let v1 = "(format: \"work-summary-draft\", version: 1, report: (title: \"T\", sections: [(kind: Achievements, items: [(heading: \"甲\", body: [\"正文\"])])]))";
    let r = from_str(v1, Path::new("v1.ron")).expect("version 1 loads");
    assert_eq!(r.sections[0].items[0].source, None);
    assert_eq!(r.reference, None);
    assert!(!to_string(&r).contains("source") && !to_string(&r).contains("reference"));
    let mut r = sample();
    r.sections[0].items[0].source = Some("办公室".into());
    r.sections[0].items[0].hint = "抓好项目建设".into();
    r.reference = Some(crate::model::Reference {
        path: "上半年.ron".into(),
        links: vec![crate::model::ManualLink {
            plan: crate::model::ItemKey {
                kind: SectionKind::Plans,
                text: "抓好项目建设".into(),
                nth: 0,
            },
            answer: crate::model::ItemKey {
                kind: SectionKind::Achievements,
                text: "注重阵地建设".into(),
                nth: 1,
            },
            linked: true,
        }],
    });
    let text = to_string(&r);
    assert_eq!(from_str(&text, Path::new("x.ron")).expect("loads"), r);
}

#[test]
fn errors_name_the_file_and_cause() {
    let p = Path::new("/tmp/草稿.ron");
    let cases = [
        ("", "空文件"),
        ("   \n", "空文件"),
        ("hello world", "不是工作总结草稿"),
        ("(format: \"other-app\", version: 1)", "other-app"),
        (
            "(format: \"work-summary-draft\", version: 9, report: ())",
            "更新版本",
        ),
        (
            "(format: \"work-summary-draft\", version: 1, report: (title: 5))",
            "已损坏",
        ),
        (
            "(format: \"work-summary-draft\", version: 1, report: (title: \"a\"",
            "已损坏",
        ),
        ("(version: 1)", "format"),
    ];
    for (text, want) in cases {
        let err = from_str(text, p).expect_err(text);
        let msg = err.to_string();
        assert!(msg.contains("/tmp/草稿.ron"), "{msg}");
        assert!(msg.contains(want), "{text:?} → {msg}");
    }
}

#[test]
fn unknown_fields_are_refused_with_their_name() {
    let text = "(format: \"work-summary-draft\", version: 1, report: (titel: \"T\"))";
    let err = from_str(text, Path::new("typo.ron")).expect_err("refused");
    let msg = err.to_string();
    assert!(msg.contains("typo.ron") && msg.contains("titel"), "{msg}");
    let text = "(format: \"work-summary-draft\", version: 1, extra: 1, report: ())";
    assert!(from_str(text, Path::new("x.ron")).is_err());
}

#[test]
fn missing_fields_and_sections_still_load() {
    let text = "(format: \"work-summary-draft\", version: 1, report: (title: \"T\", sections: [(kind: Plans, title: \"下步计划\")]))";
    let r = from_str(text, Path::new("a.ron")).expect("loads");
    assert_eq!(r.title, "T");
    // The parts as saved: none is added (the window's 添加部分 adds one on request).
    let kinds: Vec<_> = r.sections.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [SectionKind::Plans]);
    assert_eq!(r.sections[0].title, "下步计划");
}

#[test]
fn version_2_fields_round_trip_and_version_1_drafts_still_load() {
    let mut r = sample();
    r.attachments = vec!["2023年度工作台账".to_owned(), "经费使用明细表".to_owned()];
    r.sections[0].items[0].run_in = true;
    let text = to_string(&r);
    assert!(text.contains("attachments: ["), "{text}");
    assert!(text.contains("run_in: true"), "{text}");
    assert_eq!(from_str(&text, Path::new("v2.ron")).expect("loads"), r);
    // A version-1 draft has neither field; written by an older build it loads unchanged.
    let v1 = to_string(&sample()).replace("version: 2,", "version: 1,");
    assert!(!v1.contains("attachments") && !v1.contains("run_in"));
    let back = from_str(&v1, Path::new("v1.ron")).expect("v1 loads");
    assert_eq!(back, sample());
    assert!(back.attachments.is_empty());
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let text = format!(
        "(format: \"work-summary-draft\", version: 1, report: (title: {}\"\"{}))",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(from_str(&text, Path::new("deep.ron")).is_err());
}

#[test]
fn save_replaces_atomically_and_load_reads_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.ron");
    save_atomic(&sample(), &path).expect("saved");
    assert_eq!(load(&path).expect("loaded"), sample());
    let leftovers = std::fs::read_dir(dir.path()).expect("dir").count();
    assert_eq!(leftovers, 1, "no temporary file left behind");
    let mut changed = sample();
    changed.title = "第二版".into();
    save_atomic(&changed, &path).expect("saved again");
    assert_eq!(load(&path).expect("loaded").title, "第二版");
    assert_eq!(
        load(&backup_path(&path)).expect("backup").title,
        sample().title
    );
    assert!(backup_path(&path).ends_with("a.ron.bak"));
}

#[test]
fn a_save_into_a_missing_folder_names_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing_dir = dir.path().join("no-such-folder").join("a.ron");
    let err = save_atomic(&sample(), &missing_dir).expect_err("cannot write");
    assert!(err.to_string().contains("no-such-folder"));
}

#[test]
fn failed_save_leaves_the_old_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.ron");
    save_atomic(&Report::default(), &path).expect("first save");
    let before = std::fs::read(&path).expect("read");
    // The backup cannot be written (a folder with something in it stands in its place),
    // so the save fails half-way — even for root, which ignores permissions.
    let bak = backup_path(&path);
    std::fs::create_dir(&bak).expect("dir");
    std::fs::write(bak.join("x"), "x").expect("file");
    let err = save_atomic(&sample(), &path).expect_err("cannot keep the backup");
    assert!(err.to_string().contains("a.ron"), "{err}");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "old file intact"
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["a.ron", "a.ron.bak"], "no temporary files left");
}

#[cfg(unix)]
#[test]
fn new_files_follow_the_umask_not_0600() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("export.txt");
    write::write_file(&path, b"text").expect("written");
    let mode = std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
    // Group and others may read unless the umask forbids it; tests run with 022 or 002.
    assert_eq!(mode & 0o044, 0o044, "mode {mode:o}");
    assert_eq!(mode & 0o111, 0, "never executable");
}

#[test]
fn a_busy_file_is_named_in_words_in_both_languages() {
    let err = DraftError::Write(write::WriteError::InUse {
        path: PathBuf::from("总结.ron"),
        source: std::io::Error::from_raw_os_error(32),
    });
    let text = err.text();
    assert!(text.zh.contains("另一个程序") && text.zh.contains("原文件未被改动"));
    assert!(
        text.en.contains("another program") && text.en.contains("may have the file open"),
        "{}",
        text.en
    );
    assert!(text.en.contains("总结.ron"));
    assert!(crate::i18n::has_english("系统文件对话框无法打开。"));
}
