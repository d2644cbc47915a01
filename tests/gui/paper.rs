//! A snapshot of the paper preview: what page 1 of the example draft paints, where, as text —
//! one line per row of glyphs: its top and its left edge on the sheet (in sheet points,
//! to 0.1), whether every glyph is in the export's face, and its characters — compared with
//! `tests/gui/snapshots/paper-page1.txt`. Run with `UPDATE_SNAPSHOTS=1` to write it anew after
//! a deliberate change, and read the diff before committing it. Not under Wine: the test
//! prefix has faces of other names, so other rows would be drawn in the UI's fallback font.
#![cfg(not(windows))]

use crate::common;
use egui::epaint::{ClippedShape, Shape};
use egui::{Color32, FontFamily, Pos2, Rect};
use std::path::Path;
use work_summary::ui::AppOptions;
use work_summary::ui::dialogs::ScriptedDialogs;

/// The glyphs painted on the first white sheet: (top-left in sheet points, char, in the
/// export's face), in paint order.
fn first_sheet(shapes: &[ClippedShape]) -> (Rect, Vec<(Pos2, char, bool)>) {
    let sheet = shapes
        .iter()
        .find_map(|c| match &c.shape {
            Shape::Rect(r) if r.fill == Color32::WHITE && r.rect.width() > 200.0 => Some(r.rect),
            _ => None,
        })
        .expect("a white sheet is painted");
    let scale = sheet.width() / work_summary::export::pages::PAGE_WIDTH_PT;
    let glyphs = shapes
        .iter()
        .filter_map(|c| match &c.shape {
            Shape::Text(t) if sheet.contains(t.pos) => {
                let mut chars = t.galley.text().chars();
                let (Some(ch), None) = (chars.next(), chars.next()) else {
                    return None;
                };
                let family = &t.galley.job.sections.first()?.format.font_id.family;
                let own_face = matches!(family, FontFamily::Name(n) if n.starts_with("paper-"));
                let at = ((t.pos - sheet.min) / scale).to_pos2();
                Some((at, ch, own_face))
            }
            _ => None,
        })
        .collect();
    (sheet, glyphs)
}

/// Rows of glyphs (same top), as snapshot lines.
fn rows(glyphs: &[(Pos2, char, bool)]) -> String {
    let mut out = String::new();
    let mut row: Vec<&(Pos2, char, bool)> = Vec::new();
    let flush = |row: &mut Vec<&(Pos2, char, bool)>, out: &mut String| {
        if let Some(first) = row.first() {
            let text: String = row.iter().map(|g| g.1).collect();
            let own = if row.iter().all(|g| g.2) {
                "face"
            } else {
                "fallback"
            };
            out.push_str(&format!(
                "{:7.1} {:6.1} {own:8} {text}\n",
                first.0.y, first.0.x
            ));
        }
        row.clear();
    };
    for g in glyphs {
        if row
            .last()
            .is_some_and(|last| (last.0.y - g.0.y).abs() > 0.5)
        {
            flush(&mut row, &mut out);
        }
        row.push(g);
    }
    flush(&mut row, &mut out);
    out
}

#[test]
fn the_paper_preview_paints_page_one_as_the_snapshot_says() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample.ron");
    let h = common::launch(
        AppOptions {
            path: Some(example),
            dialogs: Box::new(ScriptedDialogs::default()),
            dirs: None,
            clipboard: None,
            clock: None,
        },
        [1280.0, 900.0],
    );
    let (_, glyphs) = first_sheet(&h.output().shapes);
    assert!(
        glyphs.len() > 200,
        "page 1 is painted: {} glyphs",
        glyphs.len()
    );
    let got = rows(&glyphs);
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gui/snapshots/paper-page1.txt");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(file.parent().expect("folder")).expect("snapshot folder");
        std::fs::write(&file, &got).expect("snapshot written");
        return;
    }
    let want = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_SNAPSHOTS=1 writes it)", file.display()));
    if got != want {
        let diff = similar::TextDiff::from_lines(&want, &got)
            .unified_diff()
            .header("snapshot", "painted")
            .to_string();
        panic!("the paper preview's page 1 differs from its snapshot:\n{diff}");
    }
}
