//! Issue 13 in the GUI: 对照上期草稿…, 与其他草稿对比…, 以上期为基础新建… and 合并草稿…,
//! driven through their accessible labels with scripted file dialogs.

use crate::common::{self, click};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use work_summary::Report;
use work_summary::model::{Item, Reference};
use work_summary::storage::draft;
use work_summary::ui::clipboard::RecordingClipboard;
use work_summary::ui::dialogs::{DialogKind, DialogOutcome, ScriptedDialogs};
use work_summary::ui::{AppOptions, Pane, WorkSummaryApp};

fn harness(path: Option<PathBuf>, dialogs: &ScriptedDialogs) -> Harness<'static, WorkSummaryApp> {
    common::launch(
        AppOptions {
            path,
            dialogs: Box::new(dialogs.clone()),
            dirs: None,
            clipboard: Some(Box::new(RecordingClipboard::default())),
            clock: None,
        },
        [1400.0, 900.0],
    )
}

fn menu(harness: &mut Harness<'_, WorkSummaryApp>, entry: &str) {
    click(harness, "文件");
    click(harness, entry);
}

/// Last period's draft: one plan this period answers, one it does not.
fn last_period() -> Report {
    let mut r = Report {
        title: "某镇2024年上半年工作总结".into(),
        ..Report::default()
    };
    r.sections[0].items = vec![Item::new("农业生产稳中有进", "夏粮总产1.1万吨。")];
    r.sections[2].items = vec![
        Item::new(
            "推进农村人居环境整治",
            "深化“厕所革命”，完成农村改厕200户，开展村庄清洁行动。",
        ),
        Item::new("抓好森林防火和安全生产", "落实防火责任，开展燃气隐患排查。"),
    ];
    r
}

/// This period's draft, answering the first plan.
fn this_period() -> Report {
    let mut r = Report {
        title: "某镇2024年工作总结".into(),
        ..Report::default()
    };
    r.sections[0].items = vec![
        Item::new("农业生产稳中有进", "全年粮食总产2.3万吨。"),
        Item::new(
            "农村人居环境整治成效明显",
            "完成农村改厕210户，村庄清洁行动覆盖全部行政村。",
        ),
    ];
    r
}

fn write(dir: &Path, name: &str, report: &Report) -> PathBuf {
    let path = dir.join(name);
    draft::save_atomic(report, &path).expect("saved");
    path
}

#[test]
fn follow_through_lists_answers_jumps_and_unlinks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let last = write(dir.path(), "上半年.ron", &last_period());
    let this = write(dir.path(), "全年.ron", &this_period());
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogOutcome::Picked(last.clone()));
    let mut h = harness(Some(this.clone()), &dialogs);
    menu(&mut h, "对照上期草稿…");
    common::settle(&mut h);
    let reference = h.state().report().reference.clone().expect("reference set");
    assert_eq!(reference.path, "上半年.ron", "stored beside the draft");
    assert!(
        h.state().is_dirty(),
        "the reference is saved with the draft"
    );
    // The unanswered plan is marked, the answered one lists its answer.
    let _ = h.get_by_label("未对应");
    let answer = "对应 第1条第1项：农村人居环境整治成效明显";
    click(&mut h, answer);
    assert_eq!(h.state().pane(), Pane::Section(0));
    click(&mut h, "取消关联");
    let links = h.state().report().reference.clone().expect("kept").links;
    assert_eq!(links.len(), 1);
    assert!(!links[0].linked);
    assert!(h.query_by_label(answer).is_none(), "unlinked");
    // The second plan (森林防火) has no answer; link one by hand.
    click(&mut h, "关联条目 第2条");
    click(&mut h, "农业生产稳中有进");
    let links = h.state().report().reference.clone().expect("kept").links;
    assert!(
        links
            .iter()
            .any(|l| l.linked && l.answer.text == "农业生产稳中有进"),
        "{links:?}"
    );
    let _ = h.get_by_label("对应 第2条第1项：农业生产稳中有进");
    // Saved and opened again, the reference is loaded with the draft.
    drop(h);
    let mut saved = this_period();
    saved.reference = Some(Reference {
        path: "上半年.ron".into(),
        ..Reference::default()
    });
    draft::save_atomic(&saved, &this).expect("saved");
    let mut h = harness(Some(this), &ScriptedDialogs::default());
    common::settle(&mut h);
    click(&mut h, "对照（1）");
    let _ = h.get_by_label(answer);
}

/// This period's achievements written as paragraphs, not items: a paragraph answers the
/// plan, and its button goes to the part with that paragraph.
#[test]
fn a_paragraph_of_the_achievements_answers_a_plan_and_is_jumped_to() {
    let dir = tempfile::tempdir().expect("tempdir");
    let last = write(dir.path(), "上半年.ron", &last_period());
    let mut this = Report {
        title: "某镇2024年工作总结".into(),
        reference: Some(Reference {
            path: "上半年.ron".into(),
            ..Reference::default()
        }),
        ..Report::default()
    };
    this.sections[0].lead = "今年以来，全镇各项工作稳步推进。\n\
        农村人居环境整治成效明显。完成农村改厕210户，村庄清洁行动覆盖全部行政村。"
        .into();
    let this = write(dir.path(), "全年.ron", &this);
    assert!(last.exists());
    let mut h = harness(Some(this), &ScriptedDialogs::default());
    common::settle(&mut h);
    click(&mut h, "对照（1）");
    click(&mut h, "标题与导语");
    assert_eq!(h.state().pane(), Pane::Header);
    click(&mut h, "对应 第1条第1项：农村人居环境整治成效明显");
    assert_eq!(h.state().pane(), Pane::Section(0));
}

#[test]
fn comparing_with_another_draft_shows_the_changes_and_saves_html() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = write(dir.path(), "旧稿.ron", &this_period());
    let mut newer = this_period();
    newer.sections[0].items[0].body = "全年粮食总产2.5万吨。".into();
    newer.sections[0].items.push(Item::new("新增一条", "内容"));
    let new = write(dir.path(), "新稿.ron", &newer);
    let out = dir.path().join("对比");
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogOutcome::Picked(old));
    dialogs.answer(DialogOutcome::Picked(out.clone()));
    let mut h = harness(Some(new), &dialogs);
    menu(&mut h, "与其他草稿对比…");
    let _ = h.get_by_label("版本对比");
    let _ = h.get_by_label_contains("修改 1 条，新增 1 条");
    click(&mut h, "保存对比报告（HTML）…");
    let html = std::fs::read_to_string(out.with_extension("html")).expect("saved");
    assert!(html.contains("2.5"), "{html}");
    let requests = dialogs.requests.lock().expect("lock");
    assert_eq!(requests.last().map(|r| r.kind), Some(DialogKind::Save));
    drop(requests);
    click(&mut h, "关闭");
    assert!(h.query_by_label("版本对比").is_none());
}

#[test]
fn a_new_draft_starts_from_last_period() {
    let dir = tempfile::tempdir().expect("tempdir");
    let last = write(dir.path(), "上半年.ron", &last_period());
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogOutcome::Picked(last));
    let mut h = harness(None, &dialogs);
    menu(&mut h, "以上期为基础新建…");
    let report = h.state().report().clone();
    assert!(report.reference.is_some());
    let hints: Vec<&str> = report.sections[0]
        .items
        .iter()
        .map(|i| i.hint.as_str())
        .collect();
    assert!(hints.contains(&"推进农村人居环境整治"), "{hints:?}");
    assert!(h.state().is_dirty());
    assert!(h.state().path().is_none());
    // Every plan is still unanswered in the empty draft.
    click(&mut h, "对照（2）");
    assert_eq!(h.get_all_by_label("未对应").count(), 2);
}

#[test]
fn drafts_are_merged_with_a_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = write(dir.path(), "办公室.ron", &last_period());
    let b = write(dir.path(), "财务科.ron", &this_period());
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogOutcome::PickedMany(vec![a, b]));
    let mut h = harness(None, &dialogs);
    menu(&mut h, "合并草稿…");
    let kind = dialogs.requests.lock().expect("lock")[0].kind;
    assert_eq!(kind, DialogKind::OpenMany);
    let _ = h.get_by_label("合并报告");
    let report = h.state().report().clone();
    let sources: Vec<_> = report.sections[0]
        .items
        .iter()
        .filter_map(|i| i.source.clone())
        .collect();
    assert!(sources.iter().any(|s| s == "财务科"), "{sources:?}");
    assert!(h.state().is_dirty());
    click(&mut h, "知道了");
    assert!(h.query_by_label("合并报告").is_none());
}
