//! Templates, the title builder, undo/redo, find and replace, word counts and the language
//! switch, driven through the real app.

use crate::common::{self, click, press, type_into};

use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;
use std::sync::Arc;
use work_summary::history::TYPING_GROUP;
use work_summary::storage::AppDirs;
use work_summary::ui::clock::ManualClock;
use work_summary::ui::dialogs::ScriptedDialogs;
use work_summary::ui::{AppOptions, Pane, WorkSummaryApp};
use work_summary::{ItemStyle, Report};

type App = Harness<'static, WorkSummaryApp>;

fn harness_in(dirs: Option<AppDirs>) -> App {
    harness_with_clock(dirs, &ManualClock::default())
}

/// The app with a clock the test moves: typing groups end only when it says so.
fn harness_with_clock(dirs: Option<AppDirs>, clock: &ManualClock) -> App {
    common::launch(
        AppOptions {
            path: None,
            dialogs: Box::new(ScriptedDialogs::default()),
            dirs,
            clipboard: None,
            clock: Some(Arc::new(clock.clone())),
        },
        [1280.0, 900.0],
    )
}

fn harness() -> App {
    harness_in(None)
}

fn menu(h: &mut App, top: &str, item: &str) {
    click(h, top);
    h.get_by_label_contains(item).click();
    common::settle(h);
}

fn plans(h: &App) -> Vec<String> {
    h.state().report().sections[2]
        .items
        .iter()
        .map(|i| i.heading.clone())
        .collect()
}

#[test]
fn new_from_template_has_its_sections_and_hints() {
    let mut h = harness();
    menu(&mut h, "文件", "新建自模板…");
    assert!(h.query_by_label("选择模板").is_some());
    for name in [
        "半年工作总结",
        "年度工作总结",
        "季度工作总结",
        "专项工作总结",
        "个人工作总结",
        "示例：县局机关",
        "示例：乡镇（街道）",
        "示例：学校",
        "示例：医院",
        "示例：企业",
        "示例：党支部",
        "示例：个人述职",
    ] {
        assert!(
            h.query_by_label(&format!("使用 {name}")).is_some(),
            "{name}"
        );
    }
    click(&mut h, "使用 半年工作总结");
    let r = h.state().report();
    let titles: Vec<&str> = r.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        ["上半年工作开展情况及成效", "存在的问题", "下半年工作打算"]
    );
    assert_eq!(r.sections[2].style, ItemStyle::Inline);
    assert!(r.title.is_empty());
    // The year is the one a summary written today is about, never a year written in.
    let period = work_summary::template::Period::of(work_summary::date::today());
    assert_eq!(
        r.hints.title,
        format!("××单位{}年上半年工作总结", period.year)
    );
    assert!(h.get_by_label("标题").is_focused());
    // The hint disappears as the user types: it is a placeholder, not text.
    type_into(&mut h, "标题", "某局2024年上半年工作总结");
    assert_eq!(h.state().report().title, "某局2024年上半年工作总结");
}

#[test]
fn a_users_own_template_is_saved_and_listed() {
    let root = tempfile::tempdir().expect("tempdir");
    let dirs = AppDirs::under(&root.path().join("data"), &root.path().join("config"));
    let mut h = harness_in(Some(dirs.clone()));
    type_into(&mut h, "标题", "科室模板标题");
    menu(&mut h, "文件", "存为模板…");
    type_into(&mut h, "模板名称：", "我的科室");
    click(&mut h, "确定");
    assert!(root.path().join("config/templates/我的科室.ron").exists());
    menu(&mut h, "文件", "新建自模板…");
    click(&mut h, "使用 我的科室");
    // Unsaved title: asked first.
    click(&mut h, "不保存");
    assert_eq!(h.state().report().title, "科室模板标题");
}

#[test]
fn title_builder_fills_the_title_and_hand_edits_still_work() {
    let mut h = harness();
    menu(&mut h, "编辑", "标题生成器…");
    type_into(&mut h, "单位：", "某局");
    type_into(&mut h, "事由：", "精神文明建设");
    click(&mut h, "年份：");
    h.get_by_label("年份：").type_text("");
    common::settle(&mut h);
    // Year defaults to this year; set it to 2022 by selecting all and typing.
    press(&mut h, Modifiers::COMMAND, Key::A);
    h.event(Event::Text("2022".into()));
    common::settle(&mut h);
    click(&mut h, "应用");
    assert_eq!(
        h.state().report().title,
        "某局2022年上半年精神文明建设工作总结"
    );
    type_into(&mut h, "标题", "（征求意见稿）");
    assert_eq!(
        h.state().report().title,
        "某局2022年上半年精神文明建设工作总结（征求意见稿）"
    );
}

#[test]
fn undo_and_redo_every_kind_of_edit() {
    let clock = ManualClock::default();
    let mut h = harness_with_clock(None, &clock);
    // Typing: one step per pause, across fields.
    type_into(&mut h, "标题", "某局");
    type_into(&mut h, "标题", "工作总结");
    assert_eq!(h.state().report().title, "某局工作总结");
    click(&mut h, "下步计划");
    for _ in 0..3 {
        click(&mut h, "添加条目");
    }
    type_into(&mut h, "条目 1 标题", "一");
    clock.advance(TYPING_GROUP);
    type_into(&mut h, "条目 2 标题", "二");
    clock.advance(TYPING_GROUP);
    type_into(&mut h, "条目 3 标题", "三");
    click(&mut h, "上移 条目 3");
    assert_eq!(plans(&h), ["一", "三", "二"]);
    click(&mut h, "降级 条目 2");
    assert_eq!(plans(&h), ["一", "二"]);
    click(&mut h, "删除 条目 2");
    click(&mut h, "删除");
    assert_eq!(plans(&h), ["一"]);

    // Ctrl+Z walks back one sensible step at a time.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(plans(&h), ["一", "二"], "delete undone");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(plans(&h), ["一", "三", "二"], "indent undone");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(plans(&h), ["一", "二", "三"], "move undone");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(plans(&h), ["一", "二", ""], "typing undone");
    // Ctrl+Y and Ctrl+Shift+Z redo.
    press(&mut h, Modifiers::COMMAND, Key::Y);
    assert_eq!(plans(&h), ["一", "二", "三"]);
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(plans(&h), ["一", "三", "二"]);
    // Undo through the move, the three typings and the three adds, back to the title.
    for _ in 0..7 {
        press(&mut h, Modifiers::COMMAND, Key::Z);
    }
    assert!(plans(&h).is_empty(), "{:?}", plans(&h));
    assert_eq!(
        h.state().report().title,
        "某局工作总结",
        "typing without a pause is one step"
    );
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().report(), &Report::default());
}

#[test]
fn undo_a_fix_all_in_one_step() {
    let mut h = harness();
    type_into(&mut h, "导语", "今年,我局开展了工作;成效明显.");
    let before = h.state().report().intro.clone();
    let count = h.state().findings().len();
    click(&mut h, &format!("校对（{count}）"));
    h.get_by_label_contains("全部安全修正").click();
    common::settle(&mut h);
    assert_eq!(h.state().report().intro, "今年，我局开展了工作；成效明显。");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().report().intro, before);
}

#[test]
fn find_and_replace_across_panes() {
    let mut h = harness();
    type_into(&mut h, "标题", "精神文明建设工作总结");
    type_into(&mut h, "导语", "推进精神文明建设，巩固精神文明成果。");
    click(&mut h, "工作成效");
    click(&mut h, "添加条目");
    type_into(&mut h, "条目 1 正文", "精神文明创建");
    press(&mut h, Modifiers::COMMAND, Key::F);
    assert!(h.get_by_label("查找：").is_focused());
    h.event(Event::Text("精神文明".into()));
    common::settle(&mut h);
    assert!(h.query_by_label("4").is_some(), "4 matches");
    click(&mut h, "下一个");
    assert_eq!(h.state().pane(), Pane::Header);
    assert!(h.query_by_label("1/4").is_some());
    click(&mut h, "下一个");
    click(&mut h, "下一个");
    click(&mut h, "下一个");
    assert_eq!(h.state().pane(), Pane::Section(0), "the match in the item");
    assert!(h.get_by_label("条目 1 正文").is_focused());

    press(&mut h, Modifiers::COMMAND, Key::H);
    type_into(&mut h, "替换为：", "文明实践");
    // Replace the current match (the item's), then the rest at once.
    click(&mut h, "替换");
    assert_eq!(h.state().report().sections[0].items[0].body, "文明实践创建");
    assert_eq!(
        h.state().report().title,
        "精神文明建设工作总结",
        "only that one"
    );
    click(&mut h, "全部替换");
    let r = h.state().report();
    assert_eq!(r.title, "文明实践建设工作总结");
    assert_eq!(r.intro, "推进文明实践建设，巩固文明实践成果。");
    assert_eq!(r.sections[0].items[0].body, "文明实践创建");
    // Replace all is one undo step.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        h.state().report().intro,
        "推进精神文明建设，巩固精神文明成果。"
    );
    assert_eq!(h.state().report().title, "精神文明建设工作总结");
}

#[test]
fn word_counts_and_the_limit() {
    let mut h = harness();
    type_into(&mut h, "标题", "工作总结");
    type_into(&mut h, "导语", "完成投资3.5亿元，增长12.6%。");
    // Title 4; intro: 完成投资 4 + 3.5 1 + 亿元 2 + ， 1 + 增长 2 + 12.6 1 + 。1 = 12;
    // the three default section titles: 主要工作及成效 7 + 存在的问题 5 + 下一步工作打算 7.
    assert!(h.query_by_label("全文 35 字").is_some());
    click(&mut h, "视图");
    h.get_by_label("字数上限（0 为不限）：")
        .set_value_accesskit(30.0);
    common::settle(&mut h);
    assert!(
        h.query_by_label("全文 35 / 30 字").is_some(),
        "over the limit shows both"
    );
}

#[test]
fn switching_to_english_changes_the_labels_and_is_remembered() {
    let root = tempfile::tempdir().expect("tempdir");
    let dirs = AppDirs::under(&root.path().join("data"), &root.path().join("config"));
    let mut h = harness_in(Some(dirs.clone()));
    assert!(h.query_by_label("文件").is_some());
    click(&mut h, "视图");
    click(&mut h, "English");
    assert!(h.query_by_label("File").is_some());
    assert!(h.query_by_label("文件").is_none());
    assert!(h.query_by_label("Title").is_some());
    assert!(h.query_by_label("Achievements").is_some());
    drop(h);
    let h = harness_in(Some(dirs));
    assert!(h.query_by_label("File").is_some(), "remembered");
    let settings: PathBuf = root.path().join("config/settings.ron");
    assert!(
        std::fs::read_to_string(settings)
            .expect("settings")
            .contains("lang: En")
    );
}
