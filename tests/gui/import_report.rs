//! Issue 24: the import report lists every removed line with its reason and place, and one
//! click keeps a line (put back where it stood, one undo step); HTML from the clipboard is
//! read as a page.

use crate::common::{self, click};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::Path;
use work_summary::export::text::{TextOptions, write};
use work_summary::ui::clipboard::RecordingClipboard;
use work_summary::ui::dialogs::{DialogOutcome, ScriptedDialogs};
use work_summary::ui::{AppOptions, WorkSummaryApp};

fn harness(
    dialogs: &ScriptedDialogs,
    clipboard: &RecordingClipboard,
) -> Harness<'static, WorkSummaryApp> {
    common::launch(
        AppOptions {
            path: None,
            dialogs: Box::new(dialogs.clone()),
            dirs: None,
            clipboard: Some(Box::new(clipboard.clone())),
            clock: None,
        },
        [1200.0, 900.0],
    )
}

fn draft_text(h: &Harness<'_, WorkSummaryApp>) -> String {
    write(h.state().report(), &TextOptions::default())
}

#[test]
fn a_removed_line_is_kept_in_one_click_and_undone_in_one_step() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import_inputs/township-site.txt");
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(&dialogs, &RecordingClipboard::default());
    dialogs.answer(DialogOutcome::Picked(page));
    click(&mut h, "文件");
    click(&mut h, "导入…");
    assert!(h.query_by_label_contains("删除了以下 6 行").is_some());
    // Each line with its place and reason.
    assert!(h.query_by_label("第 2 行 · 页面路径").is_some());
    assert!(h.query_by_label("第 1 行 · 网页固定用语").is_some());
    let welcome = "欢迎来到青禾范文网！本站为您提供各类工作总结、计划范文";
    assert!(!draft_text(&h).contains(welcome));

    // Keep the first line: it goes back into the draft, above the 导语's text.
    let keep = h
        .query_all_by_label("保留此行")
        .next()
        .expect("a keep button");
    keep.click();
    common::settle(&mut h);
    assert!(draft_text(&h).contains(welcome), "{}", draft_text(&h));
    assert!(h.query_by_label_contains("删除了以下 5 行").is_some());
    assert_eq!(
        h.state().report().title,
        "柳河镇2017年工作总结及2018年工作思路"
    );

    click(&mut h, "知道了");
    assert!(h.query_by_label("导入完成").is_none());
    // One undo step takes it out again; the import itself stays.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut h);
    assert!(!draft_text(&h).contains(welcome));
    assert_eq!(
        h.state().report().title,
        "柳河镇2017年工作总结及2018年工作思路"
    );
}

#[test]
fn paste_as_new_draft_reads_the_html_a_browser_put_there() {
    let clipboard = RecordingClipboard::default();
    *clipboard.text.lock().expect("lock") = "某所2023年工作总结 今年各项工作稳步推进".into();
    *clipboard.html.lock().expect("lock") = Some(
        "<html><body><!--StartFragment--><h1>某所2023年工作总结</h1><p>今年，我所坚持服务大局，各项工作稳步推进。</p><h2>一、主要工作</h2><p>办理案件126件，调解成功率92%。</p><h2>二、存在问题</h2><p>人员不足。</p><h2>三、明年打算</h2><p>加强队伍建设。</p><!--EndFragment--></body></html>".into(),
    );
    let mut h = harness(&ScriptedDialogs::default(), &clipboard);
    click(&mut h, "文件");
    click(&mut h, "粘贴为新草稿");
    let r = h.state().report();
    assert_eq!(r.title, "某所2023年工作总结");
    let titles: Vec<&str> = r.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["主要工作", "存在问题", "明年打算"]);
}

/// Issue 30: the report can be opened again from 文件 → 导入报告… until another draft is
/// opened or imported; a line kept inside the text that looks like site furniture is listed
/// under 可能是网页杂项 and 删除此行 takes it out in one undo step.
#[test]
fn the_report_opens_again_and_a_suspect_line_is_deleted_in_one_step() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("民政.txt");
    let suspect = "更多民政工作总结范文请到本站会员下载专区";
    std::fs::write(
        &page,
        format!(
            "某县民政局2024年工作总结\n今年以来，县民政局认真落实社会救助政策，全年发放救助资金5520万元。\n{suspect}\n一、社会救助水平有新提高\n全年新增低保对象320户，发放临时救助金635万元。\n二、养老服务\n新建农村幸福院12所。\n"
        ),
    )
    .expect("written");
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(&dialogs, &RecordingClipboard::default());
    dialogs.answer(DialogOutcome::Picked(page));
    click(&mut h, "文件");
    click(&mut h, "导入…");
    assert!(h.query_by_label_contains("可能是网页杂项（1 行").is_some());
    assert!(draft_text(&h).contains(suspect));
    click(&mut h, "知道了");
    assert!(h.query_by_label("导入完成").is_none());

    // Opened again from the menu: the same report.
    click(&mut h, "文件");
    click(&mut h, "导入报告…");
    assert!(h.query_by_label("导入完成").is_some());
    click(&mut h, "删除此行");
    assert!(!draft_text(&h).contains(suspect), "{}", draft_text(&h));
    assert!(draft_text(&h).contains("新建农村幸福院12所。"));
    // The report now lists it as removed, with 保留此行.
    assert!(h.query_by_label_contains("删除了以下 1 行").is_some());
    click(&mut h, "知道了");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut h);
    assert!(
        draft_text(&h).contains(suspect),
        "one undo step puts it back"
    );
}

/// Issue 30: a wrong guess costs one click. Parts named 个人成长 / 工作收获 / 工作计划 are read
/// as other parts and plans; in the 个人成长 tab, 这部分的作用：工作成效 makes it the
/// achievements (one undo step), and the follow-through and preview follow.
#[test]
fn a_parts_role_is_set_from_its_tab_in_one_undoable_step() {
    use work_summary::SectionKind;
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("个人.txt");
    std::fs::write(
        &file,
        "个人年度工作总结\n一、个人成长\n负责门户网站改版，完成页面开发42个。\n二、工作收获\n熟悉了前端工程化流程。\n三、工作计划\n完成移动端适配。\n",
    )
    .expect("written");
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(&dialogs, &RecordingClipboard::default());
    dialogs.answer(DialogOutcome::Picked(file));
    click(&mut h, "文件");
    click(&mut h, "导入…");
    let kind_of = |h: &Harness<'_, WorkSummaryApp>, title: &str| {
        h.state()
            .report()
            .sections
            .iter()
            .find(|s| s.title == title)
            .map(|s| s.kind)
    };
    assert_eq!(kind_of(&h, "个人成长"), Some(SectionKind::Other));
    assert_eq!(kind_of(&h, "工作计划"), Some(SectionKind::Plans));
    click(&mut h, "个人成长");
    click(&mut h, "这部分的作用");
    // The list's entry, drawn last (the tab of the empty achievements part has the name too).
    h.query_all_by_label("工作成效")
        .last()
        .expect("the entry")
        .click();
    common::settle(&mut h);
    assert_eq!(kind_of(&h, "个人成长"), Some(SectionKind::Achievements));
    let achievements = h
        .state()
        .report()
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Achievements)
        .count();
    assert_eq!(achievements, 1, "one part holds the role");
    assert!(h.state().status().text.contains("工作成效"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut h);
    assert_eq!(kind_of(&h, "个人成长"), Some(SectionKind::Other));
}

/// An import has only its own parts (no empty standard ones); 添加部分 adds a missing one
/// with its usual title where it goes and shows it, one undo step.
#[test]
fn an_import_has_only_its_own_parts_and_a_missing_one_is_added_from_the_tabs() {
    use work_summary::SectionKind;
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("个人.txt");
    std::fs::write(
        &file,
        "个人年度工作总结\n一、主要工作\n负责门户网站改版，完成页面开发42个。\n二、明年计划\n完成移动端适配。\n",
    )
    .expect("written");
    let dialogs = ScriptedDialogs::default();
    let mut h = harness(&dialogs, &RecordingClipboard::default());
    dialogs.answer(DialogOutcome::Picked(file));
    click(&mut h, "文件");
    click(&mut h, "导入…");
    let kinds = |h: &Harness<'_, WorkSummaryApp>| -> Vec<SectionKind> {
        h.state().report().sections.iter().map(|s| s.kind).collect()
    };
    assert_eq!(kinds(&h), [SectionKind::Achievements, SectionKind::Plans]);
    click(&mut h, "添加部分");
    click(&mut h, "存在的问题");
    assert_eq!(
        kinds(&h),
        [
            SectionKind::Achievements,
            SectionKind::Problems,
            SectionKind::Plans
        ]
    );
    assert_eq!(h.state().report().sections[1].title, "存在的问题");
    assert_eq!(
        h.state().pane(),
        work_summary::ui::Pane::Section(1),
        "the new part is shown"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut h);
    assert_eq!(kinds(&h), [SectionKind::Achievements, SectionKind::Plans]);
}
