//! The first hour of a new user (issue 34), walked in the order it was met: an empty draft's
//! findings, a new item's cursor, the findings' order, saving and importing with no system
//! file dialog, the side panel's width, the export dialog's height.

use crate::common::{self, click, press, type_into};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use std::path::Path;
use work_summary::i18n::Text;
use work_summary::storage::AppDirs;
use work_summary::storage::draft;
use work_summary::ui::clipboard::RecordingClipboard;
use work_summary::ui::dialogs::{DialogOutcome, ScriptedDialogs};
use work_summary::ui::{AppOptions, WorkSummaryApp};
use work_summary::{Item, Report};

type App = Harness<'static, WorkSummaryApp>;

/// The app with its own folders under `root` (documents in `root/文档`).
fn app(
    root: &Path,
    path: Option<std::path::PathBuf>,
    dialogs: &ScriptedDialogs,
    size: [f32; 2],
) -> App {
    let mut dirs = AppDirs::under(&root.join("data"), &root.join("config"));
    dirs.documents = Some(root.join("文档"));
    std::fs::create_dir_all(root.join("文档")).expect("documents");
    common::launch(
        AppOptions {
            path,
            dialogs: Box::new(dialogs.clone()),
            dirs: Some(dirs),
            clipboard: Some(Box::new(RecordingClipboard::default())),
            clock: None,
        },
        size,
    )
}

fn no_dialog() -> DialogOutcome {
    DialogOutcome::Unavailable(Text::raw("no portal, no zenity"))
}

/// Every label and shown text on screen, in tree order.
fn labels(h: &App) -> Vec<String> {
    h.query_all(By::new().predicate(|_| true))
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .collect()
}

#[test]
fn an_empty_part_is_named_as_a_part_not_as_its_title() {
    let root = tempfile::tempdir().expect("tempdir");
    let mut h = app(
        root.path(),
        None,
        &ScriptedDialogs::default(),
        [1200.0, 800.0],
    );
    click(&mut h, "校对（3）");
    let all = labels(&h).join("\n");
    assert!(
        all.contains("第1部分标题：这一部分只有标题，还没有内容"),
        "{all}"
    );
    assert!(!all.contains("这里还是空的"), "{all}");
}

#[test]
fn a_new_item_takes_the_cursor() {
    let root = tempfile::tempdir().expect("tempdir");
    let mut h = app(
        root.path(),
        Some(Path::new("examples/sample.ron").to_path_buf()),
        &ScriptedDialogs::default(),
        [1200.0, 800.0],
    );
    click(&mut h, "工作成效");
    let before = h.state().report().sections[0].items.len();
    click(&mut h, "添加条目");
    common::settle(&mut h);
    let new = format!("条目 {} 标题", before + 1);
    assert!(h.get_by_label(&new).is_focused(), "{new} has the focus");
    // Typing goes into it.
    h.event(egui::Event::Ime(egui::ImeEvent::Commit("新的一条".into())));
    common::settle(&mut h);
    assert_eq!(
        h.state().report().sections[0].items[before].heading,
        "新的一条"
    );
}

#[test]
fn findings_are_listed_in_the_order_of_the_document() {
    let root = tempfile::tempdir().expect("tempdir");
    let mut report = Report {
        title: "某局工作总结。".into(),
        intro: "今年以来,我局圆满完成任务。".into(),
        closing: "我局己经做好准备。".into(),
        ..Report::default()
    };
    report.sections[0].items.push(Item {
        heading: "抓好学习".into(),
        body: "全年共开展学习12次,参加人数300人次。".into(),
        ..Item::default()
    });
    for s in &mut report.sections[1..] {
        s.items.push(Item {
            heading: "一项工作".into(),
            body: "认真做好各项工作。".into(),
            ..Item::default()
        });
    }
    let path = root.path().join("order.ron");
    draft::save_atomic(&report, &path).expect("saved");
    let mut h = app(
        root.path(),
        Some(path),
        &ScriptedDialogs::default(),
        [1200.0, 800.0],
    );
    h.get_by_label_contains("校对（").click();
    common::settle(&mut h);
    let rows: Vec<String> = labels(&h)
        .into_iter()
        .filter(|l| {
            l.contains('：')
                && (l.contains("标题")
                    || l.contains("导语")
                    || l.contains("结束语")
                    || l.contains("一、"))
        })
        .collect();
    let at = |needle: &str| {
        rows.iter()
            .position(|r| r.starts_with(needle))
            .unwrap_or_else(|| panic!("no row for {needle}: {rows:#?}"))
    };
    let (title, intro, item, closing) = (at("标题"), at("导语"), at("一、"), at("结束语"));
    assert!(title < intro && intro < item && item < closing, "{rows:#?}");
}

#[test]
fn with_no_system_dialog_a_draft_is_saved_in_the_documents_folder_and_the_status_says_where() {
    let root = tempfile::tempdir().expect("tempdir");
    let docs = root.path().join("文档");
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(no_dialog());
    let mut h = app(root.path(), None, &dialogs, [1200.0, 800.0]);
    type_into(&mut h, "标题", "某局工作总结");
    press(&mut h, Modifiers::COMMAND, Key::S);
    let status = h.state().status().clone();
    assert!(!status.is_error, "not an error the user made: {status:?}");
    let field = h.get_by_label("文件路径：");
    let expected = docs.join(format!("某局工作总结.{}", draft::EXTENSION));
    assert_eq!(
        field.value().as_deref(),
        Some(expected.display().to_string().as_str())
    );
    // The import runs on a task (a spinner on the status line): step until it is in.
    h.key_press(Key::Enter);
    common::settle(&mut h);
    assert_eq!(draft::load(&expected).expect("saved").title, "某局工作总结");
    assert!(
        h.state()
            .status()
            .text
            .contains(&expected.display().to_string()),
        "the status line says where: {:?}",
        h.state().status()
    );
    assert!(h.query_by_label("未保存").is_none());

    // More typing: no longer 已保存, but 未保存.
    type_into(&mut h, "标题", "（修改）");
    assert!(
        !h.state().status().text.contains("已保存"),
        "{:?}",
        h.state().status()
    );
    assert!(h.query_by_label("未保存").is_some());

    // Save as a bare name: it goes next to the draft, not into the working folder.
    dialogs.answer(no_dialog());
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.get_by_label("文件路径：").type_text("第二稿");
    common::settle(&mut h);
    // The import runs on a task (a spinner on the status line): step until it is in.
    h.key_press(Key::Enter);
    common::settle(&mut h);
    let second = docs.join(format!("第二稿.{}", draft::EXTENSION));
    assert!(second.is_file(), "saved as {}", second.display());
    assert_eq!(h.state().path(), Some(second.as_path()));
}

#[test]
fn an_import_that_fails_asks_nothing_and_says_why_in_chinese() {
    let root = tempfile::tempdir().expect("tempdir");
    let docs = root.path().join("文档");
    let dialogs = ScriptedDialogs::default();
    let mut h = app(root.path(), None, &dialogs, [1200.0, 800.0]);
    std::fs::write(
        docs.join("上半年.txt"),
        "某局上半年工作总结\n\n一、主要工作\n抓好学习。\n",
    )
    .expect("txt");
    type_into(&mut h, "标题", "没保存的标题");
    assert!(h.state().is_dirty());

    dialogs.answer(no_dialog());
    click(&mut h, "文件");
    click(&mut h, "导入…");
    let field = h.get_by_label("文件路径：");
    let start = field.value().unwrap_or_default();
    assert!(
        !Path::new(&start).is_file() && start.ends_with(std::path::MAIN_SEPARATOR),
        "a folder to type on, not a file that is not there: {start:?}"
    );
    field.type_text("没有这个文件.txt");
    common::settle(&mut h);
    // The import runs on a task (a spinner on the status line): step until it is in.
    h.key_press(Key::Enter);
    common::settle(&mut h);
    let status = h.state().status().clone();
    assert!(status.is_error);
    assert!(status.text.contains("文件或文件夹不存在"), "{status:?}");
    assert!(!status.text.contains("os error"), "{status:?}");
    assert!(
        h.query_by_label("保存修改？").is_none(),
        "nothing to answer"
    );
    assert_eq!(h.state().report().title, "没保存的标题");

    // A file that is there: one question, then the import.
    dialogs.answer(no_dialog());
    click(&mut h, "文件");
    click(&mut h, "导入…");
    h.get_by_label("文件路径：").type_text("上半年.txt");
    common::settle(&mut h);
    // The import runs on a task (a spinner on the status line): step until it is in.
    h.key_press(Key::Enter);
    common::settle(&mut h);
    click(&mut h, "不保存");
    assert_eq!(h.state().report().title, "某局上半年工作总结");
}

/// A .doc converted by a LibreOffice that takes long (a stand-in that sleeps 30 s): the
/// window stays live — the status line counts the seconds, a tab answers a click at once —
/// and 取消导入 stops the converter (its process is gone) and leaves the draft as it was.
#[cfg(target_os = "linux")]
#[test]
fn a_slow_conversion_runs_behind_a_live_window_and_is_cancelled() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().expect("tempdir");
    let docs = root.path().join("文档");
    let pid_file = root.path().join("converter.pid");
    let fake = root.path().join("soffice");
    std::fs::write(
        &fake,
        format!(
            "#!/bin/sh\necho $$ > '{}'\nexec sleep 30\n",
            pid_file.display()
        ),
    )
    .expect("converter");
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    // SAFETY: set before this test's window starts; no other test of this binary converts a
    // file with LibreOffice, so none reads the variable.
    unsafe { std::env::set_var("WORK_SUMMARY_SOFFICE", &fake) };
    let dialogs = ScriptedDialogs::default();
    let mut h = app(root.path(), None, &dialogs, [1200.0, 800.0]);
    std::fs::write(docs.join("去年.doc"), "an old Word file").expect("doc");
    type_into(&mut h, "标题", "正在写的标题");

    dialogs.answer(no_dialog());
    click(&mut h, "文件");
    click(&mut h, "导入…");
    h.get_by_label("文件路径：").type_text("去年.doc");
    common::settle(&mut h);
    h.key_press(Key::Enter);
    // The converter starts; the status line shows the import (a spinner: step, never run).
    let started = std::time::Instant::now();
    while !pid_file.exists() || h.query_by_label_contains("正在导入“去年.doc”").is_none()
    {
        assert!(started.elapsed().as_secs() < 20, "the import did not start");
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    assert!(h.state().busy());
    // The window answers: a tab opens at the next frame.
    h.get_by_label("工作成效").click();
    h.step();
    h.step();
    assert_eq!(h.state().pane(), work_summary::ui::Pane::Section(0));
    // 取消导入: the converter is stopped, the draft is the one being written.
    h.get_by_label("取消导入").click();
    h.step();
    h.step();
    let pid: u32 = std::fs::read_to_string(&pid_file)
        .expect("pid")
        .trim()
        .parse()
        .expect("a pid");
    let gone = std::time::Instant::now();
    while Path::new(&format!("/proc/{pid}")).exists() {
        assert!(gone.elapsed().as_secs() < 5, "the converter still runs");
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    common::settle(&mut h);
    assert!(!h.state().busy());
    let status = h.state().status().clone();
    assert!(status.text.contains("已取消导入"), "{status:?}");
    assert_eq!(h.state().report().title, "正在写的标题");
    assert!(h.query_by_label("保存修改？").is_none());
}

#[test]
fn the_export_dialog_fits_under_the_menu_bar() {
    let root = tempfile::tempdir().expect("tempdir");
    let mut h = app(
        root.path(),
        Some(Path::new("examples/sample.ron").to_path_buf()),
        &ScriptedDialogs::default(),
        [900.0, 520.0],
    );
    let menu_bottom = h.get_by_label("文件").rect().bottom();
    click(&mut h, "文件");
    click(&mut h, "导出…");
    let heading = h.get_by_label("导出").rect();
    let button = h.get_by_label("导出到文件…").rect();
    assert!(
        heading.top() > menu_bottom,
        "{heading:?} under {menu_bottom}"
    );
    assert!(
        button.bottom() < 520.0,
        "the button is in the window: {button:?}"
    );
}

#[test]
fn the_side_panel_keeps_its_width_across_tabs_and_languages() {
    let root = tempfile::tempdir().expect("tempdir");
    let mut report = draft::load(Path::new("examples/sample.ron")).expect("sample");
    // Figures with long labels and a total its parts exceed: long rows in 数据.
    report.sections[0].items[0].body.push_str(
        "全年共受理群众投诉举报2400件，其中来电投诉1000件、来信投诉800件、网上投诉900件，办结率达到98.0%，比上年同期提高了12.5个百分点。",
    );
    let path = root.path().join("w.ron");
    draft::save_atomic(&report, &path).expect("saved");
    let mut h = app(
        root.path(),
        Some(path),
        &ScriptedDialogs::default(),
        [1280.0, 800.0],
    );
    let before = h.get_by_label("标题").rect().width();
    let same = |h: &mut App, tab: &str, title: &str, step: &str| {
        h.get_by_label_contains(tab).click();
        common::settle(h);
        let now = h.get_by_label(title).rect().width();
        assert!(
            (now - before).abs() < 2.0,
            "{step}: the editor went from {before} to {now} px"
        );
    };
    same(&mut h, "数据（", "标题", "数据");
    same(&mut h, "校对（", "标题", "校对");
    same(&mut h, "预览", "标题", "预览");
    click(&mut h, "视图");
    click(&mut h, "English");
    common::settle(&mut h);
    same(&mut h, "Preview", "Title", "English");
    same(&mut h, "Figures (", "Title", "English, figures");
    same(&mut h, "Proofreading (", "Title", "English, proofreading");
}

#[test]
fn help_has_the_guide_the_shortcuts_and_about_with_the_folders() {
    let root = tempfile::tempdir().expect("tempdir");
    let mut h = app(
        root.path(),
        None,
        &ScriptedDialogs::default(),
        [1200.0, 800.0],
    );
    click(&mut h, "帮助");
    h.get_by_label_contains("使用指南").click();
    common::settle(&mut h);
    assert!(
        h.query_by_label_contains("五分钟上手").is_some(),
        "the guide"
    );
    click(&mut h, "关闭");
    press(&mut h, Modifiers::NONE, Key::F1);
    assert!(
        h.query_by_label_contains("五分钟上手").is_some(),
        "F1 opens the guide"
    );
    click(&mut h, "关闭");
    click(&mut h, "帮助");
    click(&mut h, "快捷键");
    let all = labels(&h).join("\n");
    for command in ["保存", "另存为…", "撤销", "查找…", "打印…", "使用指南"] {
        assert!(all.contains(command), "{command} in the shortcuts: {all}");
    }
    click(&mut h, "关闭");
    click(&mut h, "帮助");
    click(&mut h, "关于");
    let all = labels(&h).join("\n");
    assert!(all.contains(env!("CARGO_PKG_VERSION")), "{all}");
    let docs = root.path().join("文档").display().to_string();
    assert!(all.contains(&docs), "the documents folder: {all}");
    assert!(all.contains("recovery"), "the recovery folder: {all}");
}

#[test]
fn the_english_calendar_names_its_month() {
    let root = tempfile::tempdir().expect("tempdir");
    let config = root.path().join("config");
    std::fs::create_dir_all(&config).expect("config");
    std::fs::write(config.join("settings.ron"), "(lang: En)").expect("settings");
    let mut h = app(
        root.path(),
        None,
        &ScriptedDialogs::default(),
        [1200.0, 800.0],
    );
    click(&mut h, "Closing & signature");
    click(&mut h, "Calendar…");
    let today = work_summary::date::today();
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = format!(
        "{} {}",
        MONTHS[usize::try_from(today.month() - 1).expect("month")],
        today.year()
    );
    let all = labels(&h).join("\n");
    assert!(all.contains(&month), "{month}: {all}");
    let chinese = format!("{}年{}月", today.year(), today.month());
    assert!(!all.lines().any(|l| l == chinese), "{all}");
}
