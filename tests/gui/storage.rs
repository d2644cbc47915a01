//! Recovery, changed-on-disk, settings and recent-file flows, driven through the real app.

use crate::common::{self, click, press, type_into};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};
use work_summary::Report;
use work_summary::storage::AppDirs;
use work_summary::storage::draft::{self, RecoveryInfo};
use work_summary::ui::clock::ManualClock;
use work_summary::ui::dialogs::{DialogOutcome, ScriptedDialogs};
use work_summary::ui::{AppOptions, WorkSummaryApp};

type App = Harness<'static, WorkSummaryApp>;

/// The app with a clock that stands still: recovery copies are written only when a test
/// moves it past the pause.
fn harness(path: Option<PathBuf>, dialogs: &ScriptedDialogs, dirs: &AppDirs) -> App {
    harness_with_clock(path, dialogs, dirs, &ManualClock::default())
}

fn harness_with_clock(
    path: Option<PathBuf>,
    dialogs: &ScriptedDialogs,
    dirs: &AppDirs,
    clock: &ManualClock,
) -> App {
    common::launch(
        AppOptions {
            path,
            dialogs: Box::new(dialogs.clone()),
            dirs: Some(dirs.clone()),
            clipboard: None,
            clock: Some(Arc::new(clock.clone())),
        },
        [1200.0, 900.0],
    )
}

/// The typing pause after which a recovery copy is due.
const PAUSE: Duration = Duration::from_millis(1000);

fn dirs(root: &Path) -> AppDirs {
    AppDirs::under(&root.join("data"), &root.join("config"))
}

/// Run frames until `done` holds: the autosave thread writes on its own, so this waits for
/// the disk (at most 5 s, a timeout rather than a measure).
fn run_until(h: &mut App, mut done: impl FnMut(&App) -> bool) {
    let start = Instant::now();
    while !done(h) {
        assert!(start.elapsed() < Duration::from_secs(5), "timed out");
        std::thread::sleep(Duration::from_millis(50));
        h.step();
    }
}

fn report_titled(title: &str) -> Report {
    Report {
        title: title.into(),
        ..Report::default()
    }
}

#[test]
fn typing_writes_a_recovery_copy_and_saving_removes_it() {
    let root = tempfile::tempdir().expect("tempdir");
    let dirs = dirs(root.path());
    let path = root.path().join("a.ron");
    let dialogs = ScriptedDialogs::default();
    let clock = ManualClock::default();
    let mut h = harness_with_clock(Some(path.clone()), &dialogs, &dirs, &clock);
    let copy = h.state().recovery_file().expect("recovery on");
    type_into(&mut h, "标题", "自动保存的标题");
    clock.advance(PAUSE - Duration::from_millis(100));
    common::settle(&mut h);
    std::thread::sleep(Duration::from_millis(200));
    assert!(!copy.exists(), "not before the pause");
    clock.advance(Duration::from_millis(100));
    run_until(&mut h, |_| copy.exists());
    let loaded = draft::load_full(&copy).expect("the copy is a whole draft");
    assert_eq!(loaded.report.title, "自动保存的标题");
    assert_eq!(
        loaded.recovery.expect("info").original.as_deref(),
        Some(path.as_path())
    );
    assert!(!path.exists(), "never written over the user's own file");

    press(&mut h, Modifiers::COMMAND, Key::S);
    assert_eq!(draft::load(&path).expect("saved").title, "自动保存的标题");
    run_until(&mut h, |_| !copy.exists());
}

/// Issue 15: after a save the first window removed its lock with its copy, so its next copy
/// looked like a crashed window's to a second window, which offered it (or deleted it).
#[test]
fn a_running_window_keeps_its_lock_after_saving() {
    let root = tempfile::tempdir().expect("tempdir");
    let dirs = dirs(root.path());
    let path = root.path().join("a.ron");
    let clock = ManualClock::default();
    let mut first = harness_with_clock(
        Some(path.clone()),
        &ScriptedDialogs::default(),
        &dirs,
        &clock,
    );
    let copy = first.state().recovery_file().expect("recovery on");
    type_into(&mut first, "标题", "保存前");
    clock.advance(PAUSE);
    run_until(&mut first, |_| copy.exists());
    press(&mut first, Modifiers::COMMAND, Key::S);
    assert_eq!(draft::load(&path).expect("saved").title, "保存前");
    run_until(&mut first, |_| !copy.exists());
    type_into(&mut first, "标题", "，保存后");
    clock.advance(PAUSE);
    run_until(&mut first, |_| {
        draft::load(&copy).is_ok_and(|r| r.title == "保存前，保存后")
    });
    assert!(copy.with_extension("lock").exists(), "the lock stays");

    let second = harness(None, &ScriptedDialogs::default(), &dirs);
    assert!(second.state().recovered().is_empty(), "no offer");
    assert!(second.query_by_label("恢复未保存的草稿").is_none());
    assert!(copy.exists(), "nothing deleted");
    drop(second);
    assert!(
        copy.exists(),
        "the second window's exit leaves the first one's copy"
    );
    drop(first);
    assert!(
        !copy.exists() && !copy.with_extension("lock").exists(),
        "a clean exit leaves nothing"
    );
}

#[test]
fn a_crashed_instances_draft_is_offered_and_restored() {
    let root = tempfile::tempdir().expect("tempdir");
    let dirs = dirs(root.path());
    let original = root.path().join("半年总结.ron");
    draft::save_atomic(&report_titled("磁盘上的旧标题"), &original).expect("saved");
    std::fs::create_dir_all(&dirs.recovery).expect("dir");
    let orphan = dirs.recovery.join("4242-1-1.ron");
    let info = RecoveryInfo {
        original: Some(original.clone()),
        saved_at: 1,
    };
    let typed = report_titled("崩溃前输入的标题");
    std::fs::write(&orphan, draft::to_string_with(&typed, Some(&info))).expect("write");

    let mut h = harness(None, &ScriptedDialogs::default(), &dirs);
    assert!(
        h.query_by_label("恢复未保存的草稿").is_some(),
        "offered at start"
    );
    assert!(
        h.query_by_label_contains("崩溃前输入的标题").is_some(),
        "title preview"
    );
    assert!(
        h.query_by_label_contains("半年总结.ron").is_some(),
        "file name"
    );
    click(&mut h, "恢复 第1份");
    assert_eq!(h.state().report().title, "崩溃前输入的标题");
    assert_eq!(h.state().path(), Some(original.as_path()));
    assert!(h.state().is_dirty(), "recovered text is not saved yet");
    run_until(&mut h, |_| !orphan.exists());
    let own = h.state().recovery_file().expect("own copy");
    assert_eq!(
        draft::load(&own).expect("taken over").title,
        "崩溃前输入的标题"
    );
    assert_eq!(
        draft::load(&original).expect("untouched").title,
        "磁盘上的旧标题"
    );

    press(&mut h, Modifiers::COMMAND, Key::S);
    assert_eq!(
        draft::load(&original).expect("saved").title,
        "崩溃前输入的标题"
    );

    // A clean exit leaves nothing to recover.
    drop(h);
    assert!(!own.exists());
    let h2 = harness(None, &ScriptedDialogs::default(), &dirs);
    assert!(h2.state().recovered().is_empty());
    assert!(h2.query_by_label("恢复未保存的草稿").is_none());
}

#[test]
fn an_untitled_draft_can_be_discarded_from_the_offer() {
    let root = tempfile::tempdir().expect("tempdir");
    let dirs = dirs(root.path());
    std::fs::create_dir_all(&dirs.recovery).expect("dir");
    let orphan = dirs.recovery.join("1-1-1.ron");
    let info = RecoveryInfo {
        original: None,
        saved_at: 1,
    };
    std::fs::write(
        &orphan,
        draft::to_string_with(&report_titled("不要了"), Some(&info)),
    )
    .expect("write");
    let mut h = harness(None, &ScriptedDialogs::default(), &dirs);
    assert!(h.query_by_label("未命名草稿").is_some());
    click(&mut h, "丢弃 第1份");
    assert!(!orphan.exists());
    assert_eq!(h.state().report(), &Report::default());
    assert!(h.query_by_label("恢复未保存的草稿").is_none());
}

#[test]
fn two_instances_do_not_silently_overwrite_each_other() {
    let root = tempfile::tempdir().expect("tempdir");
    let path = root.path().join("共用.ron");
    draft::save_atomic(&report_titled("原稿"), &path).expect("saved");
    let dirs_a = dirs(&root.path().join("a"));
    let dirs_b = dirs(&root.path().join("b"));
    let dialogs = ScriptedDialogs::default();
    let mut a = harness(Some(path.clone()), &dialogs, &dirs_a);
    let mut b = harness(Some(path.clone()), &dialogs, &dirs_b);

    type_into(&mut a, "标题", "A的");
    press(&mut a, Modifiers::COMMAND, Key::S);
    assert_eq!(draft::load(&path).expect("a saved").title, "原稿A的");

    type_into(&mut b, "标题", "B的");
    press(&mut b, Modifiers::COMMAND, Key::S);
    assert!(b.query_by_label("文件已被修改").is_some(), "B is asked");
    assert_eq!(draft::load(&path).expect("still A's").title, "原稿A的");

    // Reload takes A's version; B's typing is dropped by choice.
    click(&mut b, "重新载入");
    assert_eq!(b.state().report().title, "原稿A的");
    assert!(!b.state().is_dirty());

    // Now B types again and saves without a question; then A must be asked and may overwrite.
    type_into(&mut b, "标题", "B");
    press(&mut b, Modifiers::COMMAND, Key::S);
    assert!(b.query_by_label("文件已被修改").is_none());
    type_into(&mut a, "标题", "再改");
    press(&mut a, Modifiers::COMMAND, Key::S);
    assert!(a.query_by_label("文件已被修改").is_some());
    click(&mut a, "覆盖");
    assert_eq!(draft::load(&path).expect("a wins").title, "原稿A的再改");
    assert_eq!(
        draft::load(&draft::backup_path(&path))
            .expect("backup")
            .title,
        "原稿A的B",
        "the overwritten version is kept as .bak"
    );
}

#[test]
fn recent_files_are_remembered_and_a_missing_one_can_be_removed() {
    let root = tempfile::tempdir().expect("tempdir");
    let dirs = dirs(root.path());
    let first = root.path().join("一.ron");
    let second = root.path().join("二.ron");
    draft::save_atomic(&report_titled("一"), &first).expect("saved");
    draft::save_atomic(&report_titled("二"), &second).expect("saved");
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(None, &dialogs, &dirs);
    for path in [&first, &second] {
        dialogs.answer(DialogOutcome::Picked(path.clone()));
        press(&mut h, Modifiers::COMMAND, Key::O);
    }
    assert_eq!(h.state().report().title, "二");
    drop(h);

    std::fs::remove_file(&second).expect("remove");
    let mut h = harness(None, &dialogs, &dirs);
    assert_eq!(h.state().settings().recent, [second.clone(), first.clone()]);
    click(&mut h, "文件");
    click(&mut h, "最近打开");
    let gone = format!("{}（已不存在）", second.display());
    assert!(h.query_by_label(&gone).is_some(), "shown as missing");
    click(&mut h, &format!("移除 {}", second.display()));
    assert_eq!(h.state().settings().recent, std::slice::from_ref(&first));
    click(&mut h, "文件");
    click(&mut h, "最近打开");
    click(&mut h, &first.display().to_string());
    assert_eq!(h.state().report().title, "一");
    let saved = std::fs::read_to_string(&dirs.settings_file).expect("settings");
    assert!(!saved.contains("二.ron"), "{saved}");
}

#[test]
fn corrupt_settings_fall_back_to_defaults_with_a_warning() {
    let root = tempfile::tempdir().expect("tempdir");
    let dirs = dirs(root.path());
    std::fs::create_dir_all(dirs.settings_file.parent().expect("parent")).expect("dir");
    std::fs::write(&dirs.settings_file, "(recent: [\"unterminated").expect("write");
    let h = harness(None, &ScriptedDialogs::default(), &dirs);
    let status = h.state().status();
    assert!(status.is_error);
    assert!(
        status.text.contains("settings.ron") && status.text.contains("默认设置"),
        "{status:?}"
    );
    assert!(h.state().settings().recent.is_empty());
}

/// After input stops (and the pending recovery copy is written), the app asks for no frames.
#[test]
fn idle_app_requests_no_repaints() {
    let root = tempfile::tempdir().expect("tempdir");
    let dirs = dirs(root.path());
    let clock = ManualClock::default();
    let mut h = harness_with_clock(None, &ScriptedDialogs::default(), &dirs, &clock);
    let idle = |h: &App| {
        h.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay == Duration::MAX
    };
    h.step();
    assert!(idle(&h), "a fresh window is idle");
    type_into(&mut h, "标题", "空闲测试");
    // A recovery copy is due: the app wakes itself for it…
    h.step();
    assert!(!idle(&h), "waiting for the autosave");
    let copy = h.state().recovery_file().expect("recovery");
    clock.advance(PAUSE);
    run_until(&mut h, |_| copy.exists());
    // …and then sleeps: no timer keeps it awake.
    h.step();
    h.step();
    assert!(
        idle(&h),
        "{:?}",
        h.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay
    );
}
