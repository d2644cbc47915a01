//! The English UI speaks English everywhere: every menu, modal, tab and panel is opened with
//! the language switched to English, and no label may hold a Chinese character except the
//! user's own text and the document's numbering.

use crate::common::{self, click, press, type_into};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use work_summary::i18n::Text;
use work_summary::storage::AppDirs;
use work_summary::storage::draft::{self, RecoveryInfo};
use work_summary::ui::clipboard::RecordingClipboard;
use work_summary::ui::dialogs::{DialogOutcome, ScriptedDialogs};
use work_summary::ui::{AppOptions, WorkSummaryApp};
use work_summary::{Report, template};

type App = Harness<'static, WorkSummaryApp>;

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

/// Text that may stay Chinese in the English UI: the document's numbering markers (一、
/// （一） 1. 一是), each language's own name, and the language menu's heading, which is in
/// both languages so a user who switched by mistake finds the way back; quoted text.
fn strip_allowed(text: &str) -> String {
    // Quoted text ("…", or “…” inside the document's own text) in an English message is the
    // document's: a found mark, a fix; so is Chinese in brackets after its English name: the
    // particles 的/地/得.
    let mut out = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            c if !quoted => out.push(c),
            _ => {}
        }
    }
    let mut out = out
        .replace("中文", "")
        .replace("Language 语言", "")
        .replace("(的/地/得)", "");
    for n in ["一", "二", "三", "四", "五"] {
        for marker in [
            format!("{n}、"),
            format!("（{n}）"),
            format!("({n})"),
            format!("{n}是"),
        ] {
            out = out.replace(&marker, "");
        }
    }
    out
}

/// Every label and value on screen that holds Chinese, except text inputs (the user's own
/// text) and `content` (text of the document shown as it is).
fn chinese_labels(h: &App, content: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for node in h.query_all(By::new().predicate(|_| true)) {
        let node = node.accesskit_node();
        let role = node.role();
        let is_input = |role| {
            matches!(
                role,
                egui::accesskit::Role::TextInput | egui::accesskit::Role::MultilineTextInput
            )
        };
        // A field's text and the text runs inside it are the document's (or, empty, the
        // document's default, such as a section's default title).
        let editable = is_input(role) || node.parent().is_some_and(|p| is_input(p.role()));
        let mut texts = vec![node.label()];
        if !editable {
            texts.push(node.value());
        }
        for text in texts.into_iter().flatten() {
            if content.iter().any(|c| !c.is_empty() && text.contains(c)) {
                continue;
            }
            if strip_allowed(&text).chars().any(is_cjk) {
                found.push(format!("{role:?}: {text}"));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

fn assert_english(h: &App, step: &str, content: &[&str]) {
    let found = chinese_labels(h, content);
    assert!(
        found.is_empty(),
        "{step}: Chinese in the English UI: {found:#?}"
    );
}

/// A menu entry, whose label may end with its shortcut ("New Ctrl+N").
fn click_entry(h: &mut App, entry: &str) {
    h.get(
        By::new()
            .role(egui::accesskit::Role::Button)
            .predicate(move |n| {
                n.label().is_some_and(|l| {
                    l.strip_prefix(entry)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with(" Ctrl"))
                })
            }),
    )
    .click();
    common::settle(h);
}

fn escape(h: &mut App) {
    press(h, Modifiers::NONE, Key::Escape);
}

struct Setup {
    _root: tempfile::TempDir,
    dialogs: ScriptedDialogs,
    clipboard: RecordingClipboard,
    dirs: AppDirs,
    saved: std::path::PathBuf,
}

fn setup() -> Setup {
    let root = tempfile::tempdir().expect("tempdir");
    let dirs = AppDirs::under(&root.path().join("data"), &root.path().join("config"));
    // English chosen in an earlier session; a recovery copy left by a crashed window.
    std::fs::create_dir_all(dirs.settings_file.parent().expect("config dir")).expect("config dir");
    std::fs::write(&dirs.settings_file, "(lang: En)").expect("settings");
    std::fs::create_dir_all(&dirs.recovery).expect("recovery dir");
    let info = RecoveryInfo {
        original: None,
        saved_at: 1,
    };
    let crashed = Report {
        title: "Draft before the crash".into(),
        ..Report::default()
    };
    std::fs::write(
        dirs.recovery.join("77-1-1.ron"),
        draft::to_string_with(&crashed, Some(&info)),
    )
    .expect("orphan");
    let saved = root.path().join("summary.ron");
    Setup {
        dialogs: ScriptedDialogs::default(),
        clipboard: RecordingClipboard::default(),
        dirs,
        saved,
        _root: root,
    }
}

fn launch(s: &Setup) -> App {
    common::launch(
        AppOptions {
            path: None,
            dialogs: Box::new(s.dialogs.clone()),
            dirs: Some(s.dirs.clone()),
            clipboard: Some(Box::new(s.clipboard.clone())),
            clock: None,
        },
        [1400.0, 1000.0],
    )
}

#[test]
fn every_menu_modal_tab_and_panel_speaks_english() {
    let s = setup();
    let mut h = launch(&s);

    // The recovery offer at start.
    assert!(h.query_by_label("Recover unsaved drafts").is_some());
    assert_english(&h, "recovery offer", &[]);
    click(&mut h, "Later");

    // Menus.
    for (menu, item) in [("File", "New"), ("Edit", "Undo"), ("View", "Show preview")] {
        click(&mut h, menu);
        assert!(
            h.query_all(By::new().label_contains(item)).next().is_some(),
            "{menu} open"
        );
        assert_english(&h, menu, &[]);
        escape(&mut h);
    }
    click(&mut h, "File");
    click(&mut h, "Recent files");
    assert_english(&h, "recent files", &[]);
    escape(&mut h);
    escape(&mut h);

    // Tabs and panes, with an item, and the find and replace bar.
    press(&mut h, Modifiers::COMMAND, Key::H);
    assert_english(&h, "find bar", &[]);
    for tab in ["Title & intro", "Problems", "Plans", "Closing & signature"] {
        click(&mut h, tab);
        assert_english(&h, tab, &[]);
    }
    click(&mut h, "Achievements");
    click(&mut h, "Add item");
    click(&mut h, "Add child Item 1");
    assert_english(&h, "achievements with items", &[]);

    // The findings panel, with findings about the user's text.
    type_into(&mut h, "Item 1 heading", "今年,我局开展**活动");
    h.get_by_label_contains("Proofreading (").click();
    common::settle(&mut h);
    assert!(h.query_by_label_contains("Apply all safe fixes").is_some());
    assert_english(&h, "findings", &["今年,我局开展**活动"]);
    click(&mut h, "Rules and word list");
    assert_english(&h, "rule switches", &["今年,我局开展**活动"]);
    click(&mut h, "Edit word list…");
    assert!(h.query_by_label("Word list").is_some());
    // The findings behind the modal show the text they are about.
    assert_english(&h, "word list", &["今年,我局开展**活动"]);
    click(&mut h, "Cancel");
    h.get_by_label_contains("Figures (").click();
    common::settle(&mut h);
    assert_english(&h, "figures", &[]);

    // Questions: delete an item with text; save changes before New.
    click(&mut h, "Delete Item 1");
    assert!(h.query_by_label("Delete the item?").is_some());
    assert_english(&h, "delete question", &["今年,我局开展**活动"]);
    click(&mut h, "Cancel");
    click(&mut h, "File");
    click_entry(&mut h, "New");
    assert!(h.query_by_label("Save changes?").is_some());
    assert_english(&h, "save question", &[]);
    click(&mut h, "Cancel");

    // Modals from the menus.
    for (menu, item, heading) in [
        ("File", "New from template…", "Choose a template"),
        ("File", "Save as template…", "Save as template…"),
        ("File", "Export…", "Export"),
        ("File", "Recover drafts…", "Recover unsaved drafts"),
        ("Edit", "Title builder…", "Title builder"),
    ] {
        click(&mut h, menu);
        click_entry(&mut h, item);
        assert!(h.query_by_label(heading).is_some(), "{item} opens");
        // The title being built is the document's (Chinese) title.
        let year = template::current_year().to_string();
        assert_english(&h, item, &[&year]);
        if item == "Export…" {
            for format in ["Word official document (.docx)", "Plain text (.txt)"] {
                click(&mut h, format);
                assert_english(&h, format, &[]);
            }
        }
        click(
            &mut h,
            if item == "Recover drafts…" {
                "Later"
            } else {
                "Cancel"
            },
        );
    }

    // No system dialog: the path box; then the file changed on disk.
    s.dialogs.answer(DialogOutcome::Unavailable(Text::tr(
        "系统文件对话框无法打开（没有桌面门户 xdg-desktop-portal，也没有 zenity）。",
        &[],
    )));
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    assert!(h.query_by_label("File path:").is_some());
    assert_english(&h, "path box", &[]);
    h.get_by_label("File path:")
        .type_text(&s.saved.display().to_string());
    common::settle(&mut h);
    click(&mut h, "OK");
    assert!(s.saved.exists(), "saved through the path box");
    assert_english(&h, "saved", &[]);
    std::fs::write(&s.saved, draft::to_string(&Report::default())).expect("changed on disk");
    type_into(&mut h, "Item 1 body", "more");
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert!(h.query_by_label("The file has changed").is_some());
    assert_english(&h, "changed on disk", &["今年,我局开展**活动"]);
    click(&mut h, "Cancel");

    // Paste as new with web junk: the import report lists the junk as it was.
    let junk = "推荐访问：2024年工作总结范文";
    *s.clipboard.text.lock().expect("clipboard") =
        format!("某局2024年工作总结\n{junk}\n今年以来，我局认真工作。\n");
    click(&mut h, "File");
    click_entry(&mut h, "Paste as new draft");
    click(&mut h, "Don't save");
    assert!(h.query_by_label("Import finished").is_some());
    assert_english(&h, "import report", &[junk, "某局2024年工作总结"]);
}

#[test]
fn errors_from_the_core_are_worded_in_english() {
    let s = setup();
    let broken = s.saved.with_file_name("broken.ron");
    std::fs::write(
        &broken,
        "(format: \"work-summary-draft\", version: 1, report: (title: ",
    )
    .expect("write");
    s.dialogs.answer(DialogOutcome::Picked(broken));
    let mut h = launch(&s);
    click(&mut h, "Later");
    press(&mut h, Modifiers::COMMAND, Key::O);
    let status = h.state().status().clone();
    assert!(status.is_error);
    assert!(status.en.contains("is damaged"), "{}", status.en);
    assert!(status.text.contains("已损坏"), "{}", status.text);
    assert_english(&h, "error", &[]);
}
