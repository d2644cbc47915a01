//! An export that fails says why in the UI's language (issue 23): with English chosen and no
//! Chinese font for the PDF, the status line reads English, from the export's own error all
//! the way up.
//!
//! This file holds one test: it points the font lookup at an empty font directory
//! (`FONTCONFIG_FILE`) before anything in the process reads the fonts — a process of its
//! own, hence a test binary of its own. Not on Windows, which has no fontconfig to cut off.
#![cfg(not(windows))]

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use std::process::Command;
use work_summary::storage::AppDirs;
use work_summary::ui::dialogs::{DialogOutcome, ScriptedDialogs};
use work_summary::ui::{AppOptions, WorkSummaryApp};

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

#[test]
fn a_failed_pdf_export_is_reported_in_english() {
    let root = tempfile::tempdir().expect("tempdir");
    let empty = root.path().join("no-fonts");
    std::fs::create_dir_all(&empty).expect("font dir");
    let config = root.path().join("fonts.conf");
    std::fs::write(
        &config,
        format!(
            "<?xml version=\"1.0\"?>\n<fontconfig><dir>{}</dir></fontconfig>\n",
            empty.display()
        ),
    )
    .expect("fonts.conf");
    // The window still needs a Chinese face to draw the labels: found (by fc-match, another
    // process) before the export's font lookup is cut off, and given to egui by hand.
    let window_font = Command::new("fc-match")
        .args(["-f", "%{file}\n%{index}", "Noto Sans CJK SC:lang=zh-cn"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .and_then(|out| {
            let (file, index) = out.split_once('\n')?;
            Some((std::fs::read(file).ok()?, index.trim().parse::<u32>().ok()?))
        });
    let Some((font_bytes, font_index)) = window_font else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI installs fontconfig and fonts-noto-cjk"
        );
        return;
    };
    // SAFETY: the only test of this binary, run before any thread reads the environment.
    unsafe { std::env::set_var("FONTCONFIG_FILE", &config) };

    let dirs = AppDirs::under(&root.path().join("data"), &root.path().join("config"));
    std::fs::create_dir_all(dirs.settings_file.parent().expect("config dir")).expect("config dir");
    std::fs::write(&dirs.settings_file, "(lang: En)").expect("settings");
    let dialogs = ScriptedDialogs::default();
    let options = AppOptions {
        path: None,
        dialogs: Box::new(dialogs.clone()),
        dirs: Some(dirs),
        clipboard: None,
        clock: None,
    };
    // No system fonts in the window either: the labels are read, not the pixels.
    let mut h: Harness<'static, WorkSummaryApp> = Harness::builder()
        .with_size([1400.0, 1000.0])
        .build_eframe(move |cc| {
            let mut data = egui::FontData::from_owned(font_bytes);
            data.index = font_index;
            cc.egui_ctx.add_font(egui::epaint::text::FontInsert::new(
                "window-cjk",
                data,
                vec![egui::epaint::text::InsertFontFamily {
                    family: egui::FontFamily::Proportional,
                    priority: egui::epaint::text::FontPriority::Lowest,
                }],
            ));
            WorkSummaryApp::new(&cc.egui_ctx, options)
        });
    settle(&mut h);

    let target = root.path().join("summary.pdf");
    dialogs.answer(DialogOutcome::Picked(target.clone()));
    h.get_by_label("File").click();
    settle(&mut h);
    // The menu entry's label ends with its shortcut.
    h.get_by_label_contains("Export…").click();
    settle(&mut h);
    for label in ["PDF (.pdf)", "Export to file…"] {
        h.get_by_label(label).click();
        settle(&mut h);
    }
    assert!(!target.exists(), "no PDF without a font");
    let status = h
        .query_by_label_contains("No Chinese font found, so no PDF can be made")
        .expect("the export's error on the status line, in English");
    let label = status.accesskit_node().label().unwrap_or_default();
    assert!(!label.chars().any(is_cjk), "{label}");
    assert!(
        h.query_by_label_contains("没有找到可用的中文字体")
            .is_none(),
        "no Chinese error in the English UI"
    );
}

/// Frames until the font lookup and the export, jobs of their own, are done.
fn settle(h: &mut Harness<'_, WorkSummaryApp>) {
    let start = std::time::Instant::now();
    h.step();
    while h.state().busy() && start.elapsed() < std::time::Duration::from_secs(20) {
        std::thread::sleep(std::time::Duration::from_millis(5));
        h.step();
    }
    h.run();
}
