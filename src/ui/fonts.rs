//! Chinese fonts: the system's, looked up for Simplified Chinese glyph forms whatever the locale.

use egui::epaint::text::{FallbackRequest, FontPriority, FontProvider};
use egui::{FontData, FontDefinitions, FontFamily};
use egui_system_font_provider::SystemFontProvider;
use std::path::Path;
use std::sync::Arc;

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
    let provider = SystemFontProvider::new().with_locale(Some("zh-CN"));
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
    ctx.add_font_provider(Arc::new(provider));
    missing.then_some(MISSING_CJK_FONT)
}

/// Install one font file (index selects a face of a .ttc collection) as the fallback for both
/// families. Used by tests, which run without the system font lookup.
pub fn install_font_file(ctx: &egui::Context, path: &Path, index: u32) -> std::io::Result<()> {
    let bytes = std::fs::read(path)?;
    let mut fonts = FontDefinitions::default();
    let mut data = FontData::from_owned(bytes);
    data.index = index;
    fonts.font_data.insert("cjk".to_owned(), Arc::new(data));
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .insert(0, "cjk".to_owned());
    }
    ctx.set_fonts(fonts);
    Ok(())
}
