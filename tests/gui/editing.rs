//! The real app driven through its accessibility labels, as a user drives it.

use crate::common::{self, click, press};
use crate::seed;

use egui::accesskit::Role;
use egui::{Event, ImeEvent, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use work_summary::i18n::Text;
use work_summary::storage::draft;
use work_summary::ui::clipboard::RecordingClipboard;
use work_summary::ui::dialogs::{DialogKind, DialogOutcome, ScriptedDialogs};
use work_summary::ui::{AppOptions, Pane, WorkSummaryApp};
use work_summary::{ItemStyle, Report};

fn harness(path: Option<PathBuf>, dialogs: &ScriptedDialogs) -> Harness<'static, WorkSummaryApp> {
    harness_with(path, dialogs, &RecordingClipboard::default())
}

fn harness_with(
    path: Option<PathBuf>,
    dialogs: &ScriptedDialogs,
    clipboard: &RecordingClipboard,
) -> Harness<'static, WorkSummaryApp> {
    common::launch(
        AppOptions {
            path,
            dialogs: Box::new(dialogs.clone()),
            dirs: None,
            clipboard: Some(Box::new(clipboard.clone())),
            clock: None,
        },
        [1200.0, 900.0],
    )
}

/// Type Chinese the way an input method delivers it: a pre-edit, then a commit.
fn ime_type(harness: &mut Harness<'_, WorkSummaryApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    assert!(harness.get_by_label(label).is_focused(), "{label} focused");
    harness.event(Event::Ime(ImeEvent::Preedit {
        text: "pinyin".into(),
        active_range_chars: None,
    }));
    harness.run();
    harness.event(Event::Ime(ImeEvent::Commit(text.into())));
    harness.run();
}

#[test]
fn new_draft_focuses_the_title_and_takes_ime_input() {
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(None, &dialogs);
    assert_eq!(h.state().pane(), Pane::Header);
    assert!(h.get_by_label("标题").is_focused(), "title field has focus");
    h.event(Event::Ime(ImeEvent::Commit(
        "某局2024年上半年工作总结".into(),
    )));
    common::settle(&mut h);
    assert_eq!(h.state().report().title, "某局2024年上半年工作总结");
    assert!(h.state().is_dirty());
    assert!(
        h.state().window_title().starts_with("未命名 *"),
        "{}",
        h.state().window_title()
    );
    ime_type(&mut h, "导语", "今年以来，我局认真贯彻落实。");
    assert_eq!(h.state().report().intro, "今年以来，我局认真贯彻落实。");
}

#[test]
fn write_in_all_three_panes_reorder_indent_delete_save_and_reopen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("总结.ron");
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(None, &dialogs);

    ime_type(&mut h, "标题", "某局2022年上半年精神文明建设工作总结");

    // Achievements: two headed items, typed with IME commits and plain key text.
    click(&mut h, "工作成效");
    assert_eq!(h.state().pane(), Pane::Section(0));
    click(&mut h, "添加条目");
    click(&mut h, "添加条目");
    ime_type(&mut h, "条目 1 标题", "注重文化阵地建设");
    ime_type(&mut h, "条目 1 正文", "全县公共文化场所全部免费开放。");
    h.get_by_label("条目 2 标题").click();
    common::settle(&mut h);
    h.get_by_label("条目 2 标题").type_text("Culture 2");
    common::settle(&mut h);

    // Problems: one item.
    click(&mut h, "存在的问题");
    click(&mut h, "添加条目");
    ime_type(&mut h, "条目 1 正文", "一些乡村公共文化设施管理缺位。");

    // Plans: inline items, reordered, indented, outdented, deleted.
    click(&mut h, "下步计划");
    for _ in 0..3 {
        click(&mut h, "添加条目");
    }
    ime_type(&mut h, "条目 1 标题", "健全设施网络");
    ime_type(&mut h, "条目 2 标题", "丰富产品供给");
    ime_type(&mut h, "条目 3 标题", "履行保障职责");
    click(&mut h, "上移 条目 3");
    let plans = |h: &Harness<'_, WorkSummaryApp>| {
        h.state().report().sections[2]
            .items
            .iter()
            .map(|i| i.heading.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(plans(&h), ["健全设施网络", "履行保障职责", "丰富产品供给"]);
    click(&mut h, "下移 条目 1");
    assert_eq!(plans(&h), ["履行保障职责", "健全设施网络", "丰富产品供给"]);
    click(&mut h, "降级 条目 2");
    assert_eq!(plans(&h), ["履行保障职责", "丰富产品供给"]);
    assert_eq!(
        h.state().report().sections[2].items[0].children[0].heading,
        "健全设施网络"
    );
    // The child is now numbered as level 3 (1.) in the editor.
    assert!(h.query_by_label("条目 1.1 标题").is_some());
    click(&mut h, "升级 条目 1.1");
    assert_eq!(plans(&h), ["履行保障职责", "健全设施网络", "丰富产品供给"]);
    // Deleting an item with text asks first.
    click(&mut h, "删除 条目 3");
    assert!(
        h.query_by_label("删除条目？").is_some(),
        "asks before deleting"
    );
    click(&mut h, "删除");
    assert_eq!(plans(&h), ["履行保障职责", "健全设施网络"]);
    // An empty item goes without a question.
    click(&mut h, "添加条目");
    assert_eq!(plans(&h).len(), 3);
    click(&mut h, "删除 条目 3");
    assert_eq!(plans(&h).len(), 2);

    // Closing and signature.
    click(&mut h, "结尾与落款");
    ime_type(&mut h, "单位", "某县文化旅游广电体育局");
    ime_type(&mut h, "日期", "2022年7月1日");

    // Save: no file yet, so Ctrl+S asks where (the test double answers).
    dialogs.answer(DialogOutcome::Picked(path.clone()));
    press(&mut h, Modifiers::COMMAND, Key::S);
    let requests = dialogs.requests.lock().expect("lock").clone();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].kind, DialogKind::Save);
    assert_eq!(
        requests[0].file_name.as_deref(),
        Some("某局2022年上半年精神文明建设工作总结.ron")
    );
    assert!(!h.state().is_dirty(), "{:?}", h.state().status());
    assert_eq!(h.state().path(), Some(path.as_path()));
    assert!(h.state().window_title().starts_with("总结.ron — "));

    let on_disk = draft::load(&path).expect("saved draft loads");
    assert_eq!(&on_disk, h.state().report());
    let file = std::fs::read_to_string(&path).expect("read");
    assert!(file.contains("\"注重文化阵地建设\""));
    assert!(file.contains("\"Culture 2\""));
    assert_eq!(on_disk.sections[2].style, ItemStyle::Inline);
    assert_eq!(on_disk.signature.unit, "某县文化旅游广电体育局");

    // Reopen in a fresh app, as `work-summary 总结.ron` does.
    let h2 = harness(Some(path.clone()), &ScriptedDialogs::default());
    assert_eq!(h2.state().report(), &on_disk);
    assert!(!h2.state().is_dirty());
}

#[test]
fn new_asks_before_discarding_unsaved_work() {
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(None, &dialogs);
    ime_type(&mut h, "标题", "未保存的标题");
    press(&mut h, Modifiers::COMMAND, Key::N);
    assert!(h.query_by_label("保存修改？").is_some(), "asks");
    click(&mut h, "取消");
    assert_eq!(h.state().report().title, "未保存的标题");
    press(&mut h, Modifiers::COMMAND, Key::N);
    click(&mut h, "不保存");
    assert_eq!(h.state().report(), &Report::default());
    assert!(
        h.get_by_label("标题").is_focused(),
        "title focused in the new draft"
    );
}

#[test]
fn save_in_the_question_saves_then_continues() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("keep.ron");
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(None, &dialogs);
    ime_type(&mut h, "标题", "要保留的标题");
    press(&mut h, Modifiers::COMMAND, Key::N);
    dialogs.answer(DialogOutcome::Picked(path.clone()));
    // "保存" in the menu bar is inside a closed menu; the one on screen is the question's.
    h.get_by_role_and_label(Role::Button, "保存").click();
    common::settle(&mut h);
    assert_eq!(draft::load(&path).expect("saved").title, "要保留的标题");
    assert_eq!(h.state().report(), &Report::default(), "then the new draft");
}

#[test]
fn closing_the_window_with_unsaved_work_asks() {
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(None, &dialogs);
    ime_type(&mut h, "标题", "标题");
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    let commands = &h.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(
        commands.contains(&egui::ViewportCommand::CancelClose),
        "the close is held back: {commands:?}"
    );
    common::settle(&mut h);
    assert!(
        h.query_by_label("保存修改？").is_some(),
        "asks before closing"
    );
    click(&mut h, "取消");
    assert_eq!(h.state().report().title, "标题");

    // Asked again, "不保存" lets the window close.
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    common::settle(&mut h);
    h.get_by_label("不保存").click();
    h.step();
    let commands = &h.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(
        commands.contains(&egui::ViewportCommand::Close),
        "{commands:?}"
    );
}

/// Closing the window while an export is being written holds the close until the file is
/// complete: the export runs on a background task, and a closed window would cut it off.
/// Frames as the window's event loop gives them with no input: one only when the app (or one
/// of its jobs) asked for it. Until `done` holds, for at most 60 s; whether the app was ever
/// idle meanwhile (asking for no frame at all).
fn frames_without_input(
    h: &mut Harness<'static, WorkSummaryApp>,
    done: impl Fn(&WorkSummaryApp) -> bool,
) -> bool {
    let start = std::time::Instant::now();
    let mut idle = false;
    while !done(h.state()) {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "no answer without input"
        );
        if h.ctx.has_requested_repaint() {
            h.step();
        } else {
            idle = true;
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
    idle
}

/// A 100 000-character draft opened, 导出… → PDF → 导出到文件… clicked with the dialog's
/// answer ready: the harness and the PDF's path.
fn start_a_long_pdf_export(dir: &Path) -> (Harness<'static, WorkSummaryApp>, PathBuf) {
    let path = dir.join("长稿.ron");
    draft::save_atomic(&work_summary::sample::generate(100_000), &path).expect("saved");
    let target = dir.join("长稿.pdf");
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(Some(path), &dialogs);
    dialogs.answer(DialogOutcome::Picked(target.clone()));
    click(&mut h, "文件");
    h.get_by_label_contains("导出…").click();
    common::settle(&mut h);
    click(&mut h, "PDF (.pdf)");
    h.get_by_label("导出到文件…").click();
    (h, target)
}

/// A job's answer shows by itself: no pointer moves, no key is pressed, and the window asks
/// for no frame while it waits (the job wakes it).
#[test]
fn a_jobs_answer_shows_without_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut h, target) = start_a_long_pdf_export(dir.path());
    h.step();
    let idle = frames_without_input(&mut h, |app| app.status().text.contains("已导出到"));
    assert!(idle, "the window waited without asking for frames");
    assert!(
        std::fs::read(&target)
            .expect("written")
            .starts_with(b"%PDF-")
    );

    // The checker's pass of a change, on its job, shows the same way.
    let before = h.state().findings().len();
    h.state_mut()
        .edit(|r| r.intro.push_str("我局己经完成了任务,"));
    h.step();
    frames_without_input(&mut h, |app| !app.busy());
    let findings = h.state().findings();
    assert!(findings.len() > before, "{findings:?}");
    assert!(findings.iter().any(|f| f.found == "己经"), "{findings:?}");
}

#[test]
fn closing_while_an_export_is_written_waits_for_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut h, target) = start_a_long_pdf_export(dir.path());
    // The click, then the dialog's answer (a job of its own): then the export is a job.
    let start = std::time::Instant::now();
    while !h.state().status().text.contains("导出")
        && start.elapsed() < std::time::Duration::from_secs(20)
    {
        std::thread::sleep(std::time::Duration::from_millis(5));
        h.step();
    }
    let exporting = h.state().status().text.contains("正在导出");
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    if exporting && h.state().busy() {
        let commands = &h.output().viewport_output[&egui::ViewportId::ROOT].commands;
        assert!(
            commands.contains(&egui::ViewportCommand::CancelClose),
            "the close waits for the export: {commands:?}"
        );
    }
    // Frames until the export is done (the closing window asks for every frame itself).
    let start = std::time::Instant::now();
    while h.state().busy() && start.elapsed() < std::time::Duration::from_secs(60) {
        std::thread::sleep(std::time::Duration::from_millis(5));
        h.step();
    }
    h.step();
    let commands = &h.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(
        commands.contains(&egui::ViewportCommand::Close),
        "then the window closes: {commands:?}"
    );
    let pdf = std::fs::read(&target).expect("the PDF is written");
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    assert!(
        pdf.trim_ascii_end().ends_with(b"%%EOF"),
        "and a whole one: {} bytes",
        pdf.len()
    );
}

#[test]
fn opening_a_broken_draft_keeps_the_current_document() {
    let dir = tempfile::tempdir().expect("tempdir");
    let broken = dir.path().join("坏的.ron");
    let garbage = "(format: \"work-summary-draft\", version: 1, report: (title: ";
    std::fs::write(&broken, garbage).expect("write");
    let newer = dir.path().join("newer.ron");
    std::fs::write(
        &newer,
        "(format: \"work-summary-draft\", version: 3, report: ())",
    )
    .expect("write");

    let dialogs = ScriptedDialogs::default();
    let mut h = harness(None, &dialogs);
    ime_type(&mut h, "标题", "正在写的标题");
    let before = h.state().report().clone();
    dialogs.answer(DialogOutcome::Picked(broken.clone()));
    press(&mut h, Modifiers::COMMAND, Key::O);
    // Unsaved work: the question comes first.
    click(&mut h, "不保存");
    assert_eq!(h.state().report(), &before, "current document stays");
    assert!(h.state().status().is_error);
    assert!(
        h.state().status().text.contains("坏的.ron"),
        "{:?}",
        h.state().status()
    );
    assert!(h.state().status().text.contains("已损坏"));
    assert_eq!(h.state().path(), None, "the broken file is not adopted");
    assert_eq!(
        std::fs::read_to_string(&broken).expect("read"),
        garbage,
        "untouched"
    );

    dialogs.answer(DialogOutcome::Picked(newer.clone()));
    h.get_by_label("文件").click();
    common::settle(&mut h);
    h.get_by_label_contains("打开…").click();
    common::settle(&mut h);
    click(&mut h, "不保存");
    assert!(h.state().status().text.contains("newer.ron"));
    assert!(h.state().status().text.contains("更新版本"));
    assert_eq!(h.state().report(), &before);
}

#[test]
fn a_path_that_does_not_exist_is_saved_there_without_a_dialog() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("new.ron");
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(Some(path.clone()), &dialogs);
    assert!(h.state().window_title().starts_with("new.ron — "));
    h.get_by_label("标题").type_text("Annual summary");
    common::settle(&mut h);
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert!(
        dialogs.requests.lock().expect("lock").is_empty(),
        "no dialog"
    );
    assert_eq!(draft::load(&path).expect("saved").title, "Annual summary");
}

#[test]
fn when_no_dialog_can_be_shown_the_user_types_a_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("typed");
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogOutcome::Unavailable(Text::raw(
        "系统文件对话框无法打开。",
    )));
    let mut h = harness(None, &dialogs);
    ime_type(&mut h, "标题", "无对话框");
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    assert!(h.state().status().text.contains("没有系统文件对话框"));
    assert!(!h.state().status().is_error);
    let field = h.get_by_label("文件路径：");
    field.type_text(&path.display().to_string());
    common::settle(&mut h);
    click(&mut h, "确定");
    let saved = path.with_extension("ron");
    assert_eq!(draft::load(&saved).expect("saved").title, "无对话框");
    assert_eq!(h.state().path(), Some(saved.as_path()));
}

#[test]
fn failed_save_over_an_existing_draft_keeps_it_and_the_edits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.ron");
    draft::save_atomic(&Report::default(), &path).expect("saved");
    let before = std::fs::read(&path).expect("read");
    // A folder where the backup goes makes the save fail half-way.
    let bak = draft::backup_path(&path);
    std::fs::create_dir(&bak).expect("dir");
    std::fs::write(bak.join("x"), "x").expect("file");
    let mut h = harness(Some(path.clone()), &ScriptedDialogs::default());
    ime_type(&mut h, "标题", "保存失败");
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert!(h.state().is_dirty());
    assert!(h.state().status().is_error);
    assert!(h.state().status().text.contains("a.ron"));
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "old file intact"
    );
    assert_eq!(h.state().report().title, "保存失败", "the edits are kept");
}

#[test]
fn failed_save_keeps_the_document_unsaved_and_says_why() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("no-such-folder").join("a.ron");
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogOutcome::Picked(target.clone()));
    let mut h = harness(None, &dialogs);
    ime_type(&mut h, "标题", "保存失败");
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert!(h.state().is_dirty());
    assert!(h.state().status().is_error);
    assert!(h.state().status().text.contains("no-such-folder"));
    assert!(!target.exists());
}

#[test]
fn export_text_and_copy_all() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("导出.txt");
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(None, &dialogs);
    ime_type(&mut h, "标题", "某局工作总结");
    click(&mut h, "工作成效");
    click(&mut h, "添加条目");
    ime_type(&mut h, "条目 1 标题", "抓学习");

    dialogs.answer(DialogOutcome::Picked(out.clone()));
    h.get_by_label("文件").click();
    common::settle(&mut h);
    click(&mut h, "导出文本…");
    common::settle(&mut h);
    let text = std::fs::read_to_string(&out).expect("exported");
    assert!(
        text.starts_with(&common::native(
            "某局工作总结\n\n　　一、主要工作及成效\n　　（一）抓学习\n"
        )),
        "{text}"
    );

    h.get_by_role_and_label(Role::Button, "复制全文").click();
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        });
    assert_eq!(copied.as_deref(), Some(text.as_str()));
}

#[test]
fn export_dialog_writes_docx_html_markdown_and_remembers_the_choice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(None, &dialogs);
    ime_type(&mut h, "标题", "某局工作总结");
    click(&mut h, "结尾与落款");
    ime_type(&mut h, "单位", "某局");

    for (format_label, ext) in [
        ("Word 公文 (.docx)", "docx"),
        ("OFD 版式文件 (.ofd)", "ofd"),
        ("网页 HTML (.html)", "html"),
        ("Markdown (.md)", "md"),
    ] {
        // The user types a name without an extension: the format's own is added.
        let target = dir.path().join(format!("导出-{ext}"));
        dialogs.answer(DialogOutcome::Picked(target.clone()));
        click(&mut h, "文件");
        click(&mut h, "导出…");
        click(&mut h, format_label);
        if matches!(ext, "html" | "md") {
            click(&mut h, "包含落款（单位、日期）");
        }
        click(&mut h, "导出到文件…");
        common::settle(&mut h);
        let written = target.with_extension(ext);
        let bytes = std::fs::read(&written).unwrap_or_else(|e| panic!("{written:?}: {e}"));
        let request = dialogs
            .requests
            .lock()
            .expect("lock")
            .last()
            .cloned()
            .expect("asked");
        assert_eq!(request.extensions, [ext.to_owned()]);
        assert_eq!(
            request.file_name.as_deref(),
            Some(format!("某局工作总结.{ext}").as_str())
        );
        match ext {
            "docx" => {
                let paragraphs = work_summary::import::docx::paragraphs(&bytes).expect("a DOCX");
                assert_eq!(paragraphs.first().map(String::as_str), Some("某局工作总结"));
                assert!(
                    paragraphs.iter().any(|p| p.trim() == "某局"),
                    "the signature: {paragraphs:?}"
                );
            }
            "ofd" => {
                let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP");
                let mut ofd = String::new();
                std::io::Read::read_to_string(
                    &mut zip.by_name("OFD.xml").expect("OFD.xml"),
                    &mut ofd,
                )
                .expect("read");
                assert!(ofd.contains("<ofd:Title>某局工作总结</ofd:Title>"), "{ofd}");
                let mut page = String::new();
                std::io::Read::read_to_string(
                    &mut zip
                        .by_name("Doc_0/Pages/Page_0/Content.xml")
                        .expect("page 1"),
                    &mut page,
                )
                .expect("read");
                assert!(page.contains(">某局工作总结</ofd:TextCode>"), "{page}");
            }
            "html" => {
                let html = String::from_utf8(bytes).expect("utf-8");
                assert!(html.contains("某局工作总结</span></h1>"));
                assert!(!html.contains(">某局</span></p>"), "signature turned off");
            }
            _ => {
                let md = String::from_utf8(bytes).expect("utf-8");
                assert!(md.starts_with(&common::native("# 某局工作总结\n")), "{md}");
                assert!(
                    md.contains(&common::native("某局\n")),
                    "signature back on: {md}"
                );
            }
        }
    }
    assert_eq!(
        h.state().export_options().format,
        work_summary::export::Format::Markdown,
        "the last choice is kept"
    );
}

/// A PDF drawn with stand-ins for the 公文 faces says so on the status line after the export
/// (the file's document information says it too).
#[test]
fn pdf_export_names_the_stand_in_faces_on_the_status_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(None, &dialogs);
    ime_type(&mut h, "标题", "某局工作总结");
    let target = dir.path().join("out.pdf");
    dialogs.answer(DialogOutcome::Picked(target.clone()));
    click(&mut h, "文件");
    click(&mut h, "导出…");
    click(&mut h, "PDF (.pdf)");
    click(&mut h, "导出到文件…");
    common::settle(&mut h);
    let fonts = h.state().export_options().fonts.clone();
    let Some(note) = work_summary::export::fonts::stand_ins(&fonts) else {
        // Every 公文 face installed: nothing to say.
        return;
    };
    assert!(target.exists(), "{:?}", h.state().status().text);
    let status = &h.state().status().text;
    assert!(status.contains("已导出到"), "{status}");
    assert!(status.contains(&note.zh), "{status}");
}

#[test]
fn copy_as_official_document_puts_html_and_plain_text() {
    let clipboard = RecordingClipboard::default();
    let mut h = harness_with(None, &ScriptedDialogs::default(), &clipboard);
    ime_type(&mut h, "标题", "某局工作总结");
    ime_type(&mut h, "导语", "今年以来<成绩>&问题。");
    click(&mut h, "文件");
    click(&mut h, "复制为公文格式");
    let (html, plain) = clipboard
        .last
        .lock()
        .expect("lock")
        .clone()
        .expect("copied");
    assert!(html.contains("font-family:&#39;仿宋_GB2312&#39;"), "{html}");
    assert!(html.contains("text-indent:32.0pt;mso-char-indent-count:2.0;"));
    assert!(html.contains("line-height:28.95pt;mso-line-height-rule:exactly;"));
    assert!(
        !html.contains("<h1"),
        "the title pastes as a paragraph: {html}"
    );
    assert!(html.contains("今年以来&lt;成绩&gt;&amp;问题。"));
    assert!(
        plain.starts_with(&common::native(
            "某局工作总结\n\n　　今年以来<成绩>&问题。\n"
        )),
        "{plain}"
    );
}

#[test]
fn preview_shows_the_pages_of_the_pdf_layout() {
    let mut h = harness(None, &ScriptedDialogs::default());
    assert!(h.query_by_label_contains("1 页（A4").is_some());
    ime_type(&mut h, "导语", &"字".repeat(28 * 22 * 2));
    // Two pages of intro after the title's lines and the indent: three sheets, as the PDF.
    let pages =
        work_summary::export::pages::page_count(h.state().report(), h.state().export_options());
    assert_eq!(pages, 3);
    assert!(
        h.query_by_label_contains("3 页（A4").is_some(),
        "two pages of intro plus the title"
    );
    // The text view is still there.
    click(&mut h, "文本");
    assert!(h.query_by_label_contains("3 页（A4").is_some());
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn import_from_the_menu_shows_what_was_removed() {
    let Some(seed_file) = seed::shared_seed() else {
        return;
    };
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(None, &dialogs);
    dialogs.answer(DialogOutcome::Picked(seed_file.clone()));
    click(&mut h, "文件");
    click(&mut h, "导入…");
    assert_eq!(
        h.state().report().title,
        "某局2022年上半年精神文明建设工作总结"
    );
    assert!(h.state().is_dirty(), "an import is unsaved");
    assert_eq!(h.state().path(), None, "never written over the source");
    assert!(h.query_by_label("导入完成").is_some());
    assert!(h.query_by_label_contains("删除了以下 26 行").is_some());
    assert!(
        h.query_by_label("- [工作计划] 2023年年终工作总结6篇")
            .is_some()
    );
    click(&mut h, "知道了");
    assert!(h.query_by_label("导入完成").is_none());
    click(&mut h, "下步计划");
    assert_eq!(
        h.get_by_label("条目 2 标题").value().as_deref(),
        Some("丰富农村公共文化产品和服务供给。")
    );
}

#[test]
fn dropping_a_text_file_imports_it_and_a_draft_opens_it() {
    let Some(seed_file) = seed::shared_seed() else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(None, &ScriptedDialogs::default());
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(seed_file.clone())));
    // The import runs on a task: frames until it is in.
    common::settle(&mut h);
    assert_eq!(
        h.state().report().title,
        "某局2022年上半年精神文明建设工作总结"
    );
    click(&mut h, "知道了");

    let draft_path = dir.path().join("拖入.ron");
    draft::save_atomic(
        &Report {
            title: "拖进来的草稿".into(),
            ..Report::default()
        },
        &draft_path,
    )
    .expect("saved");
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(draft_path.clone())));
    common::settle(&mut h);
    // The import is unsaved: asked first.
    click(&mut h, "不保存");
    assert_eq!(h.state().report().title, "拖进来的草稿");
    assert_eq!(h.state().path(), Some(draft_path.as_path()));
}

#[test]
fn paste_as_new_draft_structures_the_clipboard_text() {
    let Some(seed_file) = seed::shared_seed() else {
        return;
    };
    let clipboard = RecordingClipboard::default();
    *clipboard.text.lock().expect("lock") =
        std::fs::read_to_string(seed_file.clone()).expect("seed");
    let mut h = harness_with(None, &ScriptedDialogs::default(), &clipboard);
    click(&mut h, "文件");
    click(&mut h, "粘贴为新草稿");
    let r = h.state().report();
    assert_eq!(r.sections[0].items.len(), 3);
    assert_eq!(r.sections[2].style, ItemStyle::Inline);
}

#[test]
fn findings_panel_jumps_to_the_range_and_fixes() {
    let mut h = harness(None, &ScriptedDialogs::default());
    h.state_mut().edit(|r| {
        r.intro = "今年,我局开展“送戏下乡”**场次...".into();
        r.sections[2]
            .items
            .push(work_summary::Item::new("抓学习", "完成了,任务"));
    });
    common::settle(&mut h);
    let count = h.state().findings().len();
    assert!(count >= 4, "{:#?}", h.state().findings());
    click(&mut h, &format!("校对（{count}）"));
    assert!(
        h.query_by_label_contains("半角标点 2").is_some(),
        "counts by rule"
    );

    // Click the finding in the plans pane: the pane opens and its range is selected, so
    // typing replaces exactly the half-width comma.
    // Named in the document's numbering as it prints (the plans are written 一是…, and are
    // 一、 because the two sections before them are still empty and print nothing).
    h.get_by_label_contains("一、一是正文：中文里用了半角标点")
        .click();
    common::settle(&mut h);
    assert_eq!(h.state().pane(), Pane::Section(2));
    assert!(h.get_by_label("条目 1 正文").is_focused());
    h.event(Event::Ime(ImeEvent::Commit("；".into())));
    common::settle(&mut h);
    assert_eq!(h.state().report().sections[2].items[0].body, "完成了；任务");

    // 修正 on one finding: the intro's comma.
    let findings = h.state().findings().to_vec();
    let first = work_summary::check::group(&findings)
        .iter()
        .position(|g| findings[g[0]].found == ",")
        .expect("comma")
        + 1;
    click(&mut h, &format!("修正 第{first}条"));
    assert!(h.state().report().intro.starts_with("今年，我局"));
    // The rest of the safe fixes at once; the mask stays for a person.
    h.get_by_label_contains("全部安全修正").click();
    common::settle(&mut h);
    assert_eq!(h.state().report().intro, "今年，我局开展“送戏下乡”**场次……");
    assert!(h.state().findings().iter().any(|f| f.found == "**"));
}

/// An untitled part (plans the author announced in a sentence, as the importer makes them):
/// its pane shows no 一、 beside the empty title, since none prints, and its lead-in and items
/// are there to edit; a titled part's pane still shows its number.
#[test]
fn an_untitled_part_shows_no_number_of_its_own() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("announced.ron");
    let imported = work_summary::import::import_text(
        "某部年度工作总结\n一、加强制度建设\n修订服务规范3项。\n二、提升服务质量\n客户满意度达到96%。\n现就明年的工作做如下安排：\n一、抓好新人培训，全年组织培训12期\n二、配合开展业务竞赛活动\n",
    );
    assert_eq!(imported.report.sections.len(), 3);
    draft::save_atomic(&imported.report, &path).expect("saved");
    let mut h = harness(Some(path), &ScriptedDialogs::default());
    click(&mut h, "加强制度建设");
    assert!(
        h.query_by_label("一、").is_some(),
        "a titled part shows 一、"
    );
    click(&mut h, "下步计划");
    assert!(
        h.query_by_label("三、").is_none(),
        "no 三、 beside an untitled part"
    );
    assert!(
        h.query_by_label("一、").is_none(),
        "no 一、 beside an untitled part"
    );
    assert!(
        h.query_all_by_value("现就明年的工作做如下安排：")
            .next()
            .is_some(),
        "the lead-in is there"
    );
    assert!(
        h.query_all_by_value("抓好新人培训，全年组织培训12期")
            .next()
            .is_some()
    );
}
