//! The egui front end: draws the report and turns clicks and keys into commands.

mod app;
pub mod clipboard;
pub mod clock;
mod command;
mod command_handling;
mod derived;
pub mod dialogs;
mod document;
mod file_ops;
mod find_bar;
pub mod fonts;
mod menu;
mod modal_host;
mod modals;
mod nav;
mod panes;
mod proofing;
mod recovery;
mod side_panel;
mod status_bar;

pub use app::{AppOptions, WorkSummaryApp};
pub use command::UiCommand;
pub use dialogs::{DialogOutcome, FileDialogs};
pub use nav::{Pane, SideView};
pub use status_bar::Status;

use std::path::PathBuf;

/// The name shown in the window title and dialogs.
pub const APP_NAME: &str = "工作总结编辑器";

/// Open the editor window; `path` is a draft to open (or to create on first save).
pub fn run_native(path: Option<PathBuf>) -> Result<(), String> {
    let dirs = crate::storage::AppDirs::system();
    // The window's last place and size (settings are read again, with warnings, by the app).
    let window = dirs.as_ref().and_then(|d| {
        crate::storage::settings::Settings::load(&d.settings_file)
            .0
            .window
    });
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(APP_NAME)
        .with_app_id("work-summary")
        .with_inner_size([1180.0, 760.0])
        .with_min_inner_size([640.0, 420.0]);
    if let Some([x, y, w, h]) = window
        && w >= 640.0
        && h >= 420.0
    {
        viewport = viewport.with_inner_size([w, h]).with_position([x, y]);
    }
    let options = eframe::NativeOptions {
        viewport,
        // We register the system font lookup ourselves, asking for zh-CN forms (see fonts.rs).
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        "work-summary",
        options,
        Box::new(move |cc| {
            let warning = fonts::install_system_fonts(&cc.egui_ctx);
            let mut app = WorkSummaryApp::new(
                &cc.egui_ctx,
                AppOptions {
                    path,
                    dialogs: Box::new(dialogs::NativeDialogs),
                    dirs,
                    clipboard: None,
                    clock: None,
                },
            );
            app.set_font_warning(warning);
            Ok(Box::new(app))
        }),
    )
    .map_err(|err| crate::i18n::Text::tr("无法打开窗口：{}。", &[&err]).zh)
}
