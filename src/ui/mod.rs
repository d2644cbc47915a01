//! The egui front end: draws the report and turns clicks and keys into commands.

mod app;
pub mod clipboard;
pub mod clock;
mod command;
mod derived;
pub mod dialogs;
mod document;
mod find_bar;
pub mod fonts;
mod jobs;
mod menu;
mod modals;
mod nav;
mod panes;
mod recovery;
mod reference;
mod side_panel;
mod status_bar;
mod ui_map;

pub use app::{AppOptions, WorkSummaryApp};
pub use command::UiCommand;
pub use dialogs::{DialogOutcome, FileDialogs};
pub use nav::{Pane, SideView};
pub use status_bar::Status;

use std::path::PathBuf;

/// The name shown in the window title and dialogs.
pub const APP_NAME: &str = "工作总结编辑器";

/// Open the editor window; `path` is a draft to open (or to create on first save). The error
/// is worded in the language the user chose.
pub fn run_native(path: Option<PathBuf>) -> Result<(), String> {
    trace_startup("main");
    let dirs = crate::storage::AppDirs::system();
    // The window's last place and size and the language (settings are read again, with
    // warnings, by the app).
    let settings = dirs
        .as_ref()
        .map(|d| crate::storage::settings::Settings::load(&d.settings_file).0);
    let lang = settings.as_ref().map(|s| s.lang).unwrap_or_default();
    let mut result = Err(String::new());
    for &renderer in Renderer::ORDER {
        let attempt = open_window(path.clone(), dirs.clone(), settings.as_ref(), renderer);
        match attempt {
            Err(err) if renderer.may_fall_back(&err) => {
                // The next renderer gets its chance; the user sees a message only when none
                // can draw.
                eprintln!("work-summary: {renderer:?} cannot draw ({err}); trying the next one");
                result = Err(err.to_string());
            }
            other => {
                result = other.map_err(|err| err.to_string());
                break;
            }
        }
    }
    result.map_err(|err| {
        crate::i18n::Text::tr("无法打开窗口：{}。", &[&err])
            .get(lang)
            .to_owned()
    })
}

/// The ways the window can draw, tried in order until one starts. Windows: wgpu with DX12
/// (and OpenGL for old drivers and virtual machines, not Vulkan, which wgpu would otherwise try
/// first and which is often a broken or software driver on office PCs and remote desktops);
/// when that fails to start — DX12 under Wine, a broken driver, some remote desktops — wgpu's
/// OpenGL backend alone. `WGPU_BACKEND` overrides, as in egui's default, and then nothing else
/// is tried. Elsewhere glow (OpenGL), once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Renderer {
    #[cfg(windows)]
    Dx12,
    #[cfg(windows)]
    OpenGl,
    #[cfg(not(windows))]
    Glow,
}

impl Renderer {
    #[cfg(windows)]
    const ORDER: &[Renderer] = &[Renderer::Dx12, Renderer::OpenGl];
    #[cfg(not(windows))]
    const ORDER: &[Renderer] = &[Renderer::Glow];

    /// Whether a failure to start with this renderer leaves the next one a chance: a wgpu
    /// error (no adapter, device lost while creating it, no surface format), which comes
    /// before the app is created, when the user did not choose the backend.
    fn may_fall_back(self, err: &eframe::Error) -> bool {
        #[cfg(windows)]
        {
            self != Renderer::OpenGl
                && std::env::var_os("WGPU_BACKEND").is_none()
                && matches!(err, eframe::Error::Wgpu(_))
        }
        #[cfg(not(windows))]
        {
            let _ = (self, err);
            false
        }
    }

    #[cfg(windows)]
    fn wgpu_options(self) -> eframe::egui_wgpu::WgpuConfiguration {
        use eframe::egui_wgpu::{WgpuConfiguration, WgpuSetup, WgpuSetupCreateNew, wgpu};
        let mut setup = WgpuSetupCreateNew::without_display_handle();
        setup.instance_descriptor.backends = match self {
            Renderer::Dx12 => {
                wgpu::Backends::from_env().unwrap_or(wgpu::Backends::DX12 | wgpu::Backends::GL)
            }
            Renderer::OpenGl => wgpu::Backends::GL,
        };
        WgpuConfiguration {
            wgpu_setup: WgpuSetup::CreateNew(setup),
            ..Default::default()
        }
    }
}

fn open_window(
    path: Option<PathBuf>,
    dirs: Option<crate::storage::AppDirs>,
    settings: Option<&crate::storage::settings::Settings>,
    renderer: Renderer,
) -> Result<(), eframe::Error> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(APP_NAME)
        .with_app_id("work-summary")
        .with_inner_size([1180.0, 760.0])
        .with_min_inner_size([640.0, 420.0])
        // eframe shrinks a size larger than the largest monitor to fit it.
        .with_clamp_size_to_monitor_size(true);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(icon);
    }
    if let Some((position, size)) = settings.and_then(restored_geometry) {
        viewport = viewport.with_inner_size(size).with_position(position);
    }
    let options = eframe::NativeOptions {
        viewport,
        // We register the system font lookup ourselves, asking for zh-CN forms (see fonts.rs).
        system_font_fallback: false,
        #[cfg(windows)]
        wgpu_options: renderer.wgpu_options(),
        ..Default::default()
    };
    #[cfg(not(windows))]
    let _ = renderer;
    eframe::run_native(
        "work-summary",
        options,
        Box::new(move |cc| {
            trace_startup("window");
            if let Some(file) = std::env::var_os("WORK_SUMMARY_UI_MAP") {
                ui_map::UiMap::install(&cc.egui_ctx, file.into());
            }
            let memo = dirs.as_ref().map(|d| d.ui_font_memo.as_path());
            let warning = fonts::install_system_fonts(&cc.egui_ctx, memo);
            trace_startup("fonts");
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
            trace_startup("app");
            Ok(Box::new(app))
        }),
    )
}

/// For scripts/startup-bench.sh (`WORK_SUMMARY_TRACE_STARTUP=1`): when a step of the start
/// was reached, on the wall clock, as "LABEL-unix-ms MS" on stderr.
pub fn trace_startup(label: &str) {
    if std::env::var_os("WORK_SUMMARY_TRACE_STARTUP").is_some() {
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        eprintln!("{label}-unix-ms {ms}");
    }
}

/// The icon drawn for the window and taskbar (assets/icons, rendered from the SVG).
fn window_icon() -> Option<egui::IconData> {
    let png = include_bytes!("../../assets/icons/work-summary-256.png");
    eframe::icon_data::from_png_bytes(png).ok()
}

/// The saved place and size for the new window, in the screen units the window is created in.
///
/// The app saves them in egui points, which the zoom scales; the window is created before the
/// zoom is applied, so they are scaled back by the saved zoom (else the window shrank on every
/// start at zoom ≠ 1). A position left or above every screen is brought back to its edge;
/// eframe fits a size larger than the largest monitor.
fn restored_geometry(
    settings: &crate::storage::settings::Settings,
) -> Option<(egui::Pos2, egui::Vec2)> {
    let [x, y, w, h] = settings.window?;
    let zoom = if settings.zoom.is_finite() && settings.zoom > 0.0 {
        settings.zoom
    } else {
        1.0
    };
    let size = egui::vec2(w, h) * zoom;
    let pos = egui::pos2(x, y) * zoom;
    let sane = [size.x, size.y, pos.x, pos.y].iter().all(|v| v.is_finite());
    (sane && size.x >= 640.0 && size.y >= 420.0)
        .then(|| (egui::pos2(pos.x.max(0.0), pos.y.max(0.0)), size))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::settings::Settings;

    #[test]
    fn the_window_is_restored_at_its_size_whatever_the_zoom() {
        let settings = Settings {
            zoom: 1.25,
            window: Some([80.0, 40.0, 800.0, 560.0]),
            ..Settings::default()
        };
        let (pos, size) = restored_geometry(&settings).expect("restored");
        assert_eq!(
            (pos, size),
            (egui::pos2(100.0, 50.0), egui::vec2(1000.0, 700.0))
        );
        let off_screen = Settings {
            window: Some([-5000.0, -20.0, 900.0, 600.0]),
            ..Settings::default()
        };
        let (pos, _) = restored_geometry(&off_screen).expect("restored");
        assert_eq!(pos, egui::pos2(0.0, 0.0));
        let broken = Settings {
            window: Some([f32::NAN, 0.0, 900.0, 600.0]),
            ..Settings::default()
        };
        assert_eq!(restored_geometry(&broken), None);
    }

    #[test]
    fn the_window_icon_decodes() {
        let icon = window_icon().expect("icon");
        assert_eq!((icon.width, icon.height), (256, 256));
    }
}
