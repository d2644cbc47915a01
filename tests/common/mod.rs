//! Starting the real app in egui_kittest, shared by the GUI tests.

use egui_kittest::Harness;
use std::path::Path;
use work_summary::ui::{AppOptions, WorkSummaryApp, fonts};

/// Simplified Chinese face (index 2) of Debian's fonts-noto-cjk, which `.ci/run` installs.
pub const CJK_FONT: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

/// The app with `options`, a CJK font loaded (kittest registers no system fonts), run until
/// its first frames settle.
pub fn launch(options: AppOptions, size: [f32; 2]) -> Harness<'static, WorkSummaryApp> {
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        fonts::install_font_file(&cc.egui_ctx, Path::new(CJK_FONT), 2)
            .unwrap_or_else(|e| panic!("{CJK_FONT}: {e} (install fonts-noto-cjk)"));
        WorkSummaryApp::new(&cc.egui_ctx, options)
    });
    harness.run();
    harness
}
