//! Starting the real app in egui_kittest, shared by the GUI tests.

use egui::{Event, ImeEvent, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use work_summary::ui::{AppOptions, WorkSummaryApp, fonts};

/// The app with `options` and a Chinese font found the way the app finds one (the system font
/// lookup, for Simplified Chinese forms), run until its first frames settle.
pub fn launch(options: AppOptions, size: [f32; 2]) -> Harness<'static, WorkSummaryApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        // More steps than egui's 4: a frame that finishes background work (the preview's
        // faces, an export) takes another to show its result.
        .with_max_steps(10)
        .build_eframe(move |cc| {
            if let Some(missing) = fonts::install_system_fonts(&cc.egui_ctx, None) {
                panic!("{missing} (scripts/test.sh installs one)");
            }
            WorkSummaryApp::new(&cc.egui_ctx, options)
        });
    // The paper preview's faces are read on a background task: settled once they are in.
    settle(&mut harness);
    harness
}

/// Click the widget with this accessible label, then let the frame settle (and any
/// background work it started finish).
pub fn click(h: &mut Harness<'_, WorkSummaryApp>, label: &str) {
    h.get_by_label(label).click();
    settle(h);
}

/// Press a key with modifiers (a shortcut), then let the frame settle (and any job it
/// started — a file dialog's answer, a save's check — finish).
pub fn press(h: &mut Harness<'_, WorkSummaryApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    settle(h);
}

/// Click into the field with this label and type `text` as an input method commits it.
pub fn type_into(h: &mut Harness<'_, WorkSummaryApp>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.event(Event::Ime(ImeEvent::Commit(text.into())));
    // The checker's pass of the new text runs as a job: settled once its findings are in.
    settle(h);
}

/// `text` with the system's line ends, as exports and the clipboard's plain text have them by
/// default (CRLF on Windows).
pub fn native(text: &str) -> String {
    if cfg!(windows) {
        text.replace('\n', "\r\n")
    } else {
        text.to_owned()
    }
}

/// Let a file dialog's answer and background work (an export, the preview's faces, a modal's
/// lookup) arrive and show: frames until the app is no longer busy, for at most 20 s.
pub fn settle(h: &mut Harness<'_, WorkSummaryApp>) {
    let start = std::time::Instant::now();
    h.step();
    while h.state().busy() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "background work still running after 20 s"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
        h.step();
    }
    h.run();
}
