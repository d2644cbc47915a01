//! Chinese fonts: the system's, looked up for Simplified Chinese glyph forms whatever the locale.

use egui::FontFamily;
use egui::epaint::text::{FallbackRequest, FontPriority, FontProvider};
use egui_system_font_provider::SystemFontProvider;
use std::sync::{Arc, OnceLock};

/// Shown (in English, which the built-in fonts can draw) when no Chinese font is installed.
pub const MISSING_CJK_FONT: &str = "No Chinese font was found on this computer, so Chinese text \
     cannot be displayed. Install one (Debian/Ubuntu: sudo apt install fonts-noto-cjk; Windows: \
     Microsoft YaHei or SimSun) and restart work-summary. 未找到中文字体。";

/// Register the system font lookup, asking for Simplified Chinese (zh-CN) forms: eframe's own
/// lookup follows the locale, and under `LANG=C` or English picks Japanese forms for 中文.
///
/// The Chinese font found goes first in the proportional family, not last: egui's built-in
/// Latin font also has “” and …, which would otherwise show narrow, half-width-looking marks
/// in Chinese text — the very thing users of this editor need to see right.
///
/// Returns a warning when the system has no font for Chinese text.
pub fn install_system_fonts(ctx: &egui::Context) -> Option<&'static str> {
    let provider = provider();
    let found = provider.font_for(&FallbackRequest {
        cluster: "中",
        family: &FontFamily::Proportional,
    });
    let missing = found.is_none();
    if let Some(mut font) = found {
        for family in &mut font.families {
            family.priority = FontPriority::Highest;
        }
        ctx.add_font(font);
    }
    ctx.add_font_provider(provider);
    missing.then_some(MISSING_CJK_FONT)
}

/// The one system font lookup of the process, asking for Simplified Chinese forms.
fn provider() -> Arc<SystemFontProvider> {
    static PROVIDER: OnceLock<Arc<SystemFontProvider>> = OnceLock::new();
    PROVIDER
        .get_or_init(|| Arc::new(SystemFontProvider::new().with_locale(Some("zh-CN"))))
        .clone()
}
