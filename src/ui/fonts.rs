//! Chinese fonts: the system's, looked up for Simplified Chinese glyph forms whatever the locale.

use crate::storage::write::Access;
use egui::epaint::text::{
    FallbackRequest, FontInsert, FontPriority, FontProvider, InsertFontFamily,
};
use egui::{FontData, FontFamily};
use egui_system_font_provider::SystemFontProvider;
use std::path::{Path, PathBuf};
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
///
/// `memo` is a small file remembering where that font was found (the app's local data folder,
/// `ui-font.ron`). When it names a font file that is still there and draws 中, that file is
/// mapped and used at once and the system lookup is built only when a character is missing from
/// it: enumerating the system's fonts is the longest step of the start (some 8 ms here, more on
/// a PC with many fonts). Otherwise the lookup finds the font as before and the memo is written
/// on a thread for the next start.
pub fn install_system_fonts(ctx: &egui::Context, memo: Option<&Path>) -> Option<&'static str> {
    if let Some(font) = memo.and_then(remembered_face) {
        ctx.add_font(font);
        // The lookup for characters the remembered face lacks, started on the first such one.
        ctx.add_font_provider(Arc::new(|request: &FallbackRequest<'_>| {
            provider().font_for(request)
        }));
        return None;
    }
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
        simplified_sibling(&mut font);
        if let Some(memo) = memo {
            remember_in_background(&font, memo);
        }
        ctx.add_font(font);
    }
    ctx.add_font_provider(provider);
    missing.then_some(MISSING_CJK_FONT)
}

/// The regions a pan-CJK family (Noto Sans CJK, Source Han Sans) is named by, other than SC.
const OTHER_REGIONS: [&str; 4] = [" JP", " KR", " TC", " HK"];

/// When the lookup chose the Japanese, Korean or traditional face of a pan-CJK collection,
/// the Simplified Chinese face of the same file instead. fontconfig (Linux) answers the
/// lookup's Simplified Chinese request (`zh-SG`) with Noto Sans CJK **JP** unless the session
/// itself runs in Chinese, so under `LANG=C` or an English desktop 关, 直 and 骨 showed their
/// Japanese forms.
fn simplified_sibling(font: &mut FontInsert) {
    let Some(family) = lookup_family(&font.name) else {
        return;
    };
    let Some(base) = OTHER_REGIONS.iter().find_map(|r| family.strip_suffix(r)) else {
        return;
    };
    let wanted = format!("{base} SC");
    let data = font.data.bytes();
    let count = ttf_parser::fonts_in_collection(data).unwrap_or(1);
    let Some(index) = (0..count).find(|&i| face_family(data, i).as_deref() == Some(&wanted)) else {
        return;
    };
    font.name = format!("system:{wanted}:sc:{index}");
    font.data.index = index;
}

/// The family names of a face, in every language it names them in: the typographic family
/// (name ID 16) and the legacy family (name ID 1), as (name ID, language ID, name).
fn family_names<'a>(face: &ttf_parser::Face<'a>) -> impl Iterator<Item = (u16, u16, String)> + 'a {
    use ttf_parser::name_id::{FAMILY, TYPOGRAPHIC_FAMILY};
    face.names()
        .into_iter()
        .filter(|n| n.name_id == TYPOGRAPHIC_FAMILY || n.name_id == FAMILY)
        .filter_map(|n| Some((n.name_id, n.language_id, n.to_string()?)))
}

/// The English family name of face `index` in `data`: the typographic family, else the legacy one.
fn face_family(data: &[u8], index: u32) -> Option<String> {
    let face = ttf_parser::Face::parse(data, index).ok()?;
    let english = |id: u16| {
        family_names(&face)
            .find(|&(name_id, language, _)| name_id == id && language == 0x0409)
            .map(|(_, _, name)| name)
    };
    english(ttf_parser::name_id::TYPOGRAPHIC_FAMILY)
        .or_else(|| english(ttf_parser::name_id::FAMILY))
}

/// Where the UI's Chinese face was found: its file and its index in a collection (.ttc).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct UiFace {
    family: String,
    path: PathBuf,
    index: u32,
}

impl UiFace {
    /// The name egui knows the face by: the system lookup's, so that a face found by the
    /// lookup later is recognised as the same one.
    fn font_name(&self) -> String {
        format!("system:{}:memo:{}", self.family, self.index)
    }
}

/// The remembered face, mapped and ready to add first in the proportional family; `None` when
/// there is no memo, it does not parse, or its file is gone, is no font, lacks 中, or holds
/// another family at that index (a font package updated with its faces in another order would
/// otherwise bring back the Japanese forms).
fn remembered_face(memo: &Path) -> Option<FontInsert> {
    let text = std::fs::read_to_string(memo).ok()?;
    let face: UiFace = ron::from_str(&text).ok()?;
    let file = std::fs::File::open(&face.path).ok()?;
    // SAFETY: read only; an installed font file is not rewritten while we run (the risk every
    // font stack that maps fonts accepts, fontique's among them).
    let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
    let parsed = ttf_parser::Face::parse(&map, face.index).ok()?;
    parsed.glyph_index('中')?;
    if !family_names(&parsed).any(|(_, _, name)| name.eq_ignore_ascii_case(&face.family)) {
        return None;
    }
    Some(FontInsert {
        name: face.font_name(),
        data: FontData::from_blob(Arc::new(map), face.index),
        families: vec![InsertFontFamily {
            family: FontFamily::Proportional,
            priority: FontPriority::Highest,
        }],
    })
}

/// Find the file of the face the lookup chose (by its family and index among the installed
/// fonts) and write the memo, on a thread: the first start is not made slower by it.
fn remember_in_background(font: &FontInsert, memo: &Path) {
    let Some(family) = lookup_family(&font.name) else {
        return;
    };
    let index = font.data.index;
    let len = font.data.bytes().len() as u64;
    let memo = memo.to_path_buf();
    let _ = std::thread::Builder::new()
        .name("ui-font-memo".to_owned())
        .spawn(move || remember(&family, index, len, &memo));
}

/// The family in a name the system lookup gives a face: `system:FAMILY:STYLE:INDEX`.
fn lookup_family(name: &str) -> Option<String> {
    let rest = name.strip_prefix("system:")?;
    let mut parts = rest.rsplitn(3, ':');
    let (_index, _style, family) = (parts.next()?, parts.next()?, parts.next()?);
    Some(family.to_owned())
}

/// Write the memo for `family` at `index` in a file of `len` bytes; false when the face's file
/// was not found or the memo could not be written (the next start then looks the font up
/// again).
fn remember(family: &str, index: u32, len: u64, memo: &Path) -> bool {
    let Some(path) = crate::export::fonts::path_of(family, index, len) else {
        return false;
    };
    let face = UiFace {
        family: family.to_owned(),
        path,
        index,
    };
    let Ok(text) = ron::to_string(&face) else {
        return false;
    };
    if let Some(dir) = memo.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    crate::storage::write::replace(memo, text.as_bytes(), None, Access::Private).is_ok()
}

/// The one system font lookup of the process, asking for Simplified Chinese forms.
fn provider() -> Arc<SystemFontProvider> {
    static PROVIDER: OnceLock<Arc<SystemFontProvider>> = OnceLock::new();
    PROVIDER
        .get_or_init(|| Arc::new(SystemFontProvider::new().with_locale(Some("zh-CN"))))
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pan-CJK collection of fonts-noto-cjk, faces JP, KR, SC, TC, HK; `None` (and a
    /// note) where it is not installed, which CI (Linux) never allows.
    fn noto_sans() -> Option<(PathBuf, Vec<u8>)> {
        let path = Path::new("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        match std::fs::read(path) {
            Ok(bytes) => Some((path.to_path_buf(), bytes)),
            Err(_) => {
                assert!(
                    cfg!(windows) || std::env::var_os("CI").is_none(),
                    "CI installs fonts-noto-cjk"
                );
                eprintln!("SKIPPED: {} is not installed", path.display());
                None
            }
        }
    }

    /// The index of the Simplified Chinese face in that collection.
    fn sc_face(bytes: &[u8]) -> u32 {
        (0..5)
            .find(|&i| face_family(bytes, i).as_deref() == Some("Noto Sans CJK SC"))
            .expect("an SC face")
    }

    #[test]
    fn the_family_is_read_from_the_lookups_name() {
        assert_eq!(
            lookup_family("system:Noto Sans CJK JP:1:0").as_deref(),
            Some("Noto Sans CJK JP")
        );
        assert_eq!(lookup_family("system:A:B:1:0").as_deref(), Some("A:B"));
        assert_eq!(lookup_family("Ubuntu-Light"), None);
    }

    #[test]
    fn a_japanese_pick_becomes_the_simplified_face_of_the_same_file() {
        let Some((_, bytes)) = noto_sans() else {
            return;
        };
        let japanese = face_family(&bytes, 0).expect("face 0");
        assert_eq!(japanese, "Noto Sans CJK JP");
        let mut font = FontInsert {
            name: "system:Noto Sans CJK JP:1:0".to_owned(),
            data: FontData::from_owned(bytes.clone()),
            families: Vec::new(),
        };
        simplified_sibling(&mut font);
        let index = font.data.index;
        assert_eq!(
            face_family(&bytes, index).as_deref(),
            Some("Noto Sans CJK SC")
        );
        assert_eq!(
            lookup_family(&font.name).as_deref(),
            Some("Noto Sans CJK SC")
        );
        // The point of it: 直 has another glyph in the Simplified Chinese face.
        let glyph = |i| {
            ttf_parser::Face::parse(&bytes, i)
                .expect("face")
                .glyph_index('直')
        };
        assert_ne!(glyph(0), glyph(index));

        // A face of another family, or already SC, is left as found.
        let mut other = FontInsert {
            name: format!("system:Noto Sans CJK SC:1:{index}"),
            data: FontData::from_blob(font.data.font.clone(), index),
            families: Vec::new(),
        };
        simplified_sibling(&mut other);
        assert_eq!(other.data.index, index);
        other.name = "system:WenQuanYi Zen Hei:1:0".to_owned();
        other.data.index = 0;
        simplified_sibling(&mut other);
        assert_eq!(other.data.index, 0);
    }

    #[test]
    fn the_memo_written_is_the_face_found_and_is_used_at_the_next_start() {
        let Some((_, bytes)) = noto_sans() else {
            return;
        };
        let dir = tempfile::tempdir().expect("tempdir");
        let memo = dir.path().join("data/ui-font.ron");
        let sc = sc_face(&bytes);
        assert!(remember("Noto Sans CJK SC", sc, bytes.len() as u64, &memo));
        let text = std::fs::read_to_string(&memo).expect("memo");
        let face: UiFace = ron::from_str(&text).expect("parses");
        // The regular file, not the bold one. Under Wine the lookup finds the copy installed in
        // C:\windows\Fonts, so the file is compared by content, not by path.
        assert!(
            std::fs::read(&face.path).expect("the memo's file") == bytes,
            "the regular file, not the bold one: {}",
            face.path.display()
        );
        let font = remembered_face(&memo).expect("a usable memo");
        assert_eq!(font.data.index, sc);
        assert_eq!(font.data.bytes().len(), bytes.len());
        assert_eq!(font.families[0].family, FontFamily::Proportional);

        // A face no installed file has is not remembered.
        let other = dir.path().join("other.ron");
        assert!(!remember("No Such Family", 0, 1, &other));
        assert!(!other.exists());
    }

    #[test]
    fn a_memo_that_cannot_be_used_is_ignored() {
        let dir = tempfile::tempdir().expect("tempdir");
        let memo = dir.path().join("ui-font.ron");
        assert!(remembered_face(&memo).is_none(), "no memo");
        std::fs::write(&memo, "(family: 3").expect("written");
        assert!(remembered_face(&memo).is_none(), "not RON");
        let write_memo = |family: &str, path: &Path, index: u32| {
            let face = UiFace {
                family: family.to_owned(),
                path: path.to_path_buf(),
                index,
            };
            std::fs::write(&memo, ron::to_string(&face).expect("ron")).expect("written");
        };
        write_memo("X", &dir.path().join("gone.ttc"), 0);
        assert!(remembered_face(&memo).is_none(), "a font file that is gone");
        write_memo("X", &memo, 0);
        assert!(remembered_face(&memo).is_none(), "a file that is no font");
        // egui's own Latin font draws no 中.
        let latin = dir.path().join("latin.ttf");
        let defs = egui::FontDefinitions::default();
        let data = defs.font_data.values().next().expect("a built-in font");
        std::fs::write(&latin, data.bytes()).expect("written");
        write_memo("X", &latin, 0);
        assert!(remembered_face(&memo).is_none(), "a font without 中");
        if let Some((path, bytes)) = noto_sans() {
            write_memo("Noto Sans CJK SC", &path, 99);
            assert!(
                remembered_face(&memo).is_none(),
                "no face 99 in the collection"
            );
            // The face at the remembered index is of another family now.
            let sc = sc_face(&bytes);
            let memo_of = |family: &str, index: u32| {
                write_memo(family, &path, index);
                remembered_face(&memo).map(|f| f.data.index)
            };
            assert_eq!(memo_of("Noto Sans CJK SC", sc), Some(sc));
            assert_eq!(
                memo_of("noto sans cjk sc", sc),
                Some(sc),
                "names without case"
            );
            assert_eq!(memo_of("Noto Sans CJK SC", 0), None, "face 0 is JP");
        }
    }
}
