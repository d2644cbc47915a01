//! Starting the real app in egui_kittest, shared by the GUI tests.

use egui_kittest::Harness;
use work_summary::ui::{AppOptions, WorkSummaryApp, fonts};

/// The app with `options` and a Chinese font found the way the app finds one (the system font
/// lookup, for Simplified Chinese forms), run until its first frames settle.
pub fn launch(options: AppOptions, size: [f32; 2]) -> Harness<'static, WorkSummaryApp> {
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        if let Some(missing) = fonts::install_system_fonts(&cc.egui_ctx) {
            panic!("{missing} (scripts/test.sh installs one)");
        }
        WorkSummaryApp::new(&cc.egui_ctx, options)
    });
    harness.run();
    harness
}
