//! Proofreading in the window: a word the user protects, a rule switched off (both
//! remembered), the 数据 tab with a figure that does not add up, and the warning before an
//! export with masks left in.

use crate::common::{self, click};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::Path;
use work_summary::storage::AppDirs;
use work_summary::storage::draft;
use work_summary::ui::dialogs::ScriptedDialogs;
use work_summary::ui::{AppOptions, Pane, WorkSummaryApp};
use work_summary::{Item, Report};

type App = Harness<'static, WorkSummaryApp>;

fn launch(path: &Path, dirs: &AppDirs) -> App {
    common::launch(
        AppOptions {
            path: Some(path.to_path_buf()),
            dialogs: Box::new(ScriptedDialogs::default()),
            dirs: Some(dirs.clone()),
            clipboard: None,
            clock: None,
        },
        [1400.0, 1000.0],
    )
}

fn draft_with(root: &Path, intro: &str, item_body: &str) -> std::path::PathBuf {
    let mut report = Report {
        title: "青山县司法局2024年工作总结".into(),
        intro: intro.into(),
        ..Report::default()
    };
    report.sections[0]
        .items
        .push(Item::new("抓好矛盾纠纷调解", item_body));
    let path = root.join("总结.ron");
    draft::save_atomic(&report, &path).expect("saved");
    path
}

fn rule_count(h: &App, id: &str) -> usize {
    h.state()
        .findings()
        .iter()
        .filter(|f| f.rule.id() == id)
        .count()
}

#[test]
fn a_protected_word_and_a_rule_switched_off_are_remembered() {
    let root = tempfile::tempdir().expect("tempdir");
    let dirs = AppDirs::under(&root.path().join("data"), &root.path().join("config"));
    let path = draft_with(
        root.path(),
        "我们要再接再励，努力工作。",
        "全年受理案件56件。",
    );
    let mut h = launch(&path, &dirs);
    assert_eq!(
        rule_count(&h, "wrong-word"),
        1,
        "{:?}",
        h.state().findings()
    );
    h.get_by_label_contains("校对（").click();
    common::settle(&mut h);
    let index = h
        .state()
        .findings()
        .iter()
        .position(|f| f.rule.id() == "wrong-word")
        .expect("listed");
    click(&mut h, &format!("忽略此词 第{}条", index + 1));
    assert_eq!(rule_count(&h, "wrong-word"), 0, "protected");
    let words = std::fs::read_to_string(&dirs.word_list_file).expect("word list saved");
    assert!(words.lines().any(|l| l == "再接再励"), "{words}");

    // A rule switched off: its findings go, and the choice is kept in the settings.
    h.state_mut()
        .edit(|r| r.intro = "今年以来,我局认真工作。".into());
    common::settle(&mut h);
    assert!(rule_count(&h, "half-width-punct") > 0);
    click(&mut h, "规则与词表");
    click(&mut h, "半角标点");
    assert_eq!(rule_count(&h, "half-width-punct"), 0, "switched off");
    drop(h);

    let h = launch(&path, &dirs);
    assert_eq!(
        rule_count(&h, "wrong-word"),
        0,
        "the word list is read at start"
    );
    assert!(
        h.state()
            .settings()
            .disabled_rules
            .contains(&"half-width-punct".to_owned())
    );
}

#[test]
fn the_same_finding_in_a_field_is_one_row_with_its_count_context_and_place() {
    let root = tempfile::tempdir().expect("tempdir");
    let dirs = AppDirs::under(&root.path().join("data"), &root.path().join("config"));
    let path = draft_with(
        root.path(),
        "今年以来,我局认真工作,成效明显,群众满意。",
        "全年受理案件56件。我们己经完成了调解任务。",
    );
    let mut h = launch(&path, &dirs);
    h.get_by_label_contains("校对（").click();
    common::settle(&mut h);
    assert_eq!(rule_count(&h, "half-width-punct"), 3);
    // Three commas, one row with the count; the place in the document's numbering.
    assert!(
        h.query_by_label_contains("导语第1句：").is_some(),
        "the intro's row"
    );
    assert_eq!(h.query_all_by_label_contains("（共 3 处）").count(), 1);
    // The slip, named by its item's numbering and sentence, with context around it.
    assert!(
        h.query_by_label_contains("一、（一）正文第2句：").is_some(),
        "the item's row"
    );
    assert!(
        h.query_by_label("…案件56件。我们己经完成了调解任务。")
            .is_some()
    );
    click(&mut h, "修正全部 第1条");
    assert_eq!(
        h.state().report().intro,
        "今年以来，我局认真工作，成效明显，群众满意。"
    );
    assert_eq!(rule_count(&h, "half-width-punct"), 0);
    // One click, one undo step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut h);
    assert_eq!(rule_count(&h, "half-width-punct"), 3);
}

#[test]
fn the_figures_tab_lists_figures_and_marks_a_percentage_that_does_not_add_up() {
    let root = tempfile::tempdir().expect("tempdir");
    let dirs = AppDirs::under(&root.path().join("data"), &root.path().join("config"));
    let path = draft_with(
        root.path(),
        "今年以来，我局扎实推进法治建设。",
        "全年共排查矛盾纠纷1284件，其中调解成功1251件，调解成功率为98.4%。",
    );
    let mut h = launch(&path, &dirs);
    h.get_by_label_contains("数据（").click();
    common::settle(&mut h);
    assert!(
        h.query_by_label_contains("3 个数据，1 处需要核对")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("1251÷1284=97.43%，文中写98.4%")
            .is_some()
    );
    // The other two are placed in the document's numbering, with the sentence, and each
    // figure says what it counts in whole words (全年共 trimmed).
    assert_eq!(h.query_all_by_label("一、（一）正文第1句").count(), 2);
    assert!(h.query_by_label("排查矛盾纠纷").is_some());
    assert!(h.query_by_label("调解成功").is_some());
    click(&mut h, "数据 第3个");
    assert_eq!(h.state().pane(), Pane::Section(0));
    assert!(h.get_by_label("条目 1 正文").is_focused());
}

#[test]
fn export_says_when_masks_are_left_and_shows_them() {
    let root = tempfile::tempdir().expect("tempdir");
    let dirs = AppDirs::under(&root.path().join("data"), &root.path().join("config"));
    let path = draft_with(
        root.path(),
        "今年以来，我局开展活动**场次。",
        "全年受理案件56件。",
    );
    let mut h = launch(&path, &dirs);
    click(&mut h, "文件");
    h.get_by_label_contains("导出…").click();
    common::settle(&mut h);
    assert!(h.query_by_label_contains("还有 1 处遮挡或占位").is_some());
    click(&mut h, "查看");
    assert!(h.query_by_label("导出").is_none(), "the dialog closed");
    assert_eq!(h.state().pane(), Pane::Header);
    assert!(h.get_by_label("导语").is_focused(), "at the mask");
}
