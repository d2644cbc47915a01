//! The installed font that prints each role of the page (title, body, 一、, （一）, page
//! numbers): the 公文 face the export options ask for, found by its family aliases (仿宋 /
//! 仿宋_GB2312 / FangSong / simfang.ttf …), else the best stand-in installed (Noto Serif CJK
//! SC, Noto Sans CJK SC, AR PL UKai, WenQuanYi…). The system's fonts are read once (fontdb:
//! fontconfig's directories on Linux, the Fonts folder on Windows).

use super::Fonts;
use super::pages::Role;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// The roles a font is chosen for, in the order the font report lists them.
pub const ROLES: [Role; 5] = [
    Role::Title,
    Role::Body,
    Role::Heading1,
    Role::Heading2,
    Role::PageNumber,
];

/// Names that mean the same face: family names in Chinese and English, PostScript names,
/// and the file names Windows ships them under.
const ALIASES: &[&[&str]] = &[
    &[
        "仿宋_GB2312",
        "仿宋",
        "FangSong",
        "FangSong_GB2312",
        "simfang.ttf",
        "STFangsong",
        "华文仿宋",
    ],
    &["黑体", "SimHei", "simhei.ttf", "Heiti SC", "STHeiti"],
    &[
        "楷体_GB2312",
        "楷体",
        "KaiTi",
        "KaiTi_GB2312",
        "simkai.ttf",
        "STKaiti",
        "华文楷体",
    ],
    &[
        "宋体",
        "SimSun",
        "simsun.ttc",
        "NSimSun",
        "STSong",
        "华文宋体",
    ],
    &[
        "方正小标宋简体",
        "方正小标宋_GBK",
        "小标宋",
        "FZXiaoBiaoSong-B05S",
        "FZXBSJW--GB1-0",
    ],
];

/// Stand-ins when no 公文 face is installed, best first: a serif (宋/仿宋-like) or sans (黑体-
/// like) or brush (楷体-like) Chinese face by role, then any Chinese face at all.
fn fallbacks(role: Role) -> &'static [&'static str] {
    match role {
        Role::Heading1 => &[
            "Noto Sans CJK SC",
            "Source Han Sans SC",
            "WenQuanYi Zen Hei",
            "WenQuanYi Micro Hei",
            "Microsoft YaHei",
            "Noto Serif CJK SC",
        ],
        Role::Heading2 => &[
            "AR PL UKai CN",
            "AR PL KaitiM GB",
            "Noto Serif CJK SC",
            "Source Han Serif SC",
            "AR PL UMing CN",
            "Noto Sans CJK SC",
        ],
        _ => &[
            "Noto Serif CJK SC",
            "Source Han Serif SC",
            "AR PL UMing CN",
            "Noto Sans CJK SC",
            "Source Han Sans SC",
            "WenQuanYi Zen Hei",
            "WenQuanYi Micro Hei",
            "Microsoft YaHei",
            "Droid Sans Fallback",
        ],
    }
}

/// The face that prints one role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FontChoice {
    pub role: Role,
    /// The family the export options ask for (e.g. 仿宋_GB2312).
    pub requested: String,
    /// The family of the face used, as the font names itself (English name first).
    pub family: String,
    pub path: PathBuf,
    /// Face index inside a collection (.ttc): the SC face of Noto CJK.
    pub index: u32,
    /// True when the face is a stand-in, not one of the requested names.
    pub substitute: bool,
}

/// A font file's bytes, as egui (`epaint::text::Blob`) and krilla both take them.
pub type FontBytes = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// A face with its file's bytes, ready for the PDF writer and the paper preview.
#[derive(Clone)]
pub struct LoadedFace {
    pub choice: FontChoice,
    pub data: FontBytes,
}

impl LoadedFace {
    pub fn bytes(&self) -> &[u8] {
        (*self.data).as_ref()
    }
}

/// The fonts installed here, read once per process.
fn database() -> &'static fontdb::Database {
    static DB: OnceLock<fontdb::Database> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        db
    })
}

fn face_path(face: &fontdb::FaceInfo) -> Option<&Path> {
    match &face.source {
        fontdb::Source::File(path) | fontdb::Source::SharedFile(path, _) => Some(path),
        fontdb::Source::Binary(_) => None,
    }
}

fn file_name(face: &fontdb::FaceInfo) -> String {
    face_path(face)
        .and_then(Path::file_name)
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

/// Every name `name` goes by: its alias group, or the name alone.
fn aliases_of(name: &str) -> Vec<&str> {
    ALIASES
        .iter()
        .find(|group| group.iter().any(|a| a.eq_ignore_ascii_case(name)))
        .map_or_else(|| vec![name], |group| group.to_vec())
}

/// The regular face named `name` (a family or a file name), preferring weight 400.
fn find<'a>(db: &'a fontdb::Database, name: &str) -> Option<&'a fontdb::FaceInfo> {
    let matches = |face: &&fontdb::FaceInfo| {
        face.families
            .iter()
            .any(|(f, _)| f.eq_ignore_ascii_case(name))
            || file_name(face) == name.to_lowercase()
    };
    db.faces()
        .filter(matches)
        .filter(|f| f.style == fontdb::Style::Normal && face_path(f).is_some())
        .min_by_key(|f| (f.weight.0 as i32 - 400).abs())
}

/// The face for a role: the requested names and their aliases, else the stand-ins.
pub fn choose(role: Role, fonts: &Fonts) -> Option<FontChoice> {
    let requested = requested(role, fonts);
    let db = database();
    let wanted: Vec<&str> = requested.iter().flat_map(|name| aliases_of(name)).collect();
    let found = wanted
        .iter()
        .find_map(|name| find(db, name).map(|f| (f, false)))
        .or_else(|| {
            fallbacks(role)
                .iter()
                .find_map(|name| find(db, name).map(|f| (f, true)))
        })?;
    let (face, substitute) = found;
    Some(FontChoice {
        role,
        requested: super::style::Fonts::primary(&requested).to_owned(),
        family: face
            .families
            .first()
            .map(|f| f.0.clone())
            .unwrap_or_default(),
        path: face_path(face)?.to_path_buf(),
        index: face.index,
        substitute,
    })
}

/// The file of the installed face of `family` (any of its names) at `index` in its file, among
/// the files of `len` bytes (a collection holds the same family at the same index in its
/// regular and bold files); the regular weight first.
pub fn path_of(family: &str, index: u32, len: u64) -> Option<PathBuf> {
    database()
        .faces()
        .filter(|f| f.index == index)
        .filter(|f| {
            f.families
                .iter()
                .any(|(n, _)| n.eq_ignore_ascii_case(family))
        })
        .filter_map(|f| face_path(f).map(|p| (f, p)))
        .filter(|(_, p)| std::fs::metadata(p).is_ok_and(|m| m.len() == len))
        .min_by_key(|(f, _)| (f.weight.0 as i32 - 400).abs())
        .map(|(_, p)| p.to_path_buf())
}

/// The names the export options ask for a role.
fn requested(role: Role, fonts: &Fonts) -> Vec<String> {
    match role {
        Role::Title => fonts.title.clone(),
        Role::Heading1 => fonts.heading1.clone(),
        Role::Heading2 => fonts.heading2.clone(),
        Role::PageNumber => fonts.page_number.clone(),
        Role::Body | Role::Signature => fonts.body.clone(),
    }
}

/// For each role, the face that will print it; `None` where no Chinese face is installed.
pub type FontReport = Vec<(Role, Option<FontChoice>)>;

/// For each role of [`ROLES`], the face that will print it; `None` where no Chinese face is
/// installed at all. This is what the export dialog shows.
pub fn font_report(fonts: &Fonts) -> FontReport {
    ROLES.iter().map(|&r| (r, choose(r, fonts))).collect()
}

/// The file's bytes, mapped (or read) once per process and shared.
///
/// Mapped, not read: a CJK collection is 20–30 MB of which a page of text touches a few
/// hundred kilobytes, and mapped pages are the file's own (loaded when touched, given back
/// under pressure) instead of the app's heap — the preview's two faces cost tens of
/// megabytes of resident memory when read whole.
fn read_cached(path: &Path) -> std::io::Result<FontBytes> {
    static CACHE: OnceLock<Mutex<HashMap<PathBuf, FontBytes>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(data) = cache.lock().ok().and_then(|c| c.get(path).cloned()) {
        return Ok(data);
    }
    let data: FontBytes = match map_file(path) {
        Ok(map) => Arc::new(map),
        Err(_) => Arc::new(std::fs::read(path)?),
    };
    if let Ok(mut c) = cache.lock() {
        c.insert(path.to_path_buf(), data.clone());
    }
    Ok(data)
}

fn map_file(path: &Path) -> std::io::Result<memmap2::Mmap> {
    let file = std::fs::File::open(path)?;
    // SAFETY: the map is read only, and font files are installed system files that nothing
    // rewrites while we run; were one truncated under us, reading a glyph could fault, the
    // same risk fontdb and every font stack that maps fonts (fontique, DirectWrite) accept.
    unsafe { memmap2::Mmap::map(&file) }
}

/// The chosen face's bytes. The error is the message to show.
pub fn load(choice: &FontChoice) -> Result<LoadedFace, crate::i18n::Text> {
    let data = read_cached(&choice.path).map_err(|e| {
        crate::i18n::Text::tr("无法读取字体文件“{}”：{}。", &[&choice.path.display(), &e])
    })?;
    Ok(LoadedFace {
        choice: choice.clone(),
        data,
    })
}

/// A one-line summary of a choice: "仿宋_GB2312 → Noto Serif CJK SC (代用) /path#2".
pub fn describe(role: Role, choice: Option<&FontChoice>, lang: crate::i18n::Lang) -> String {
    use crate::i18n::tr;
    let role_name = tr(lang, role_name(role));
    match choice {
        None => format!("{role_name}: {}", tr(lang, "没有可用的中文字体")),
        Some(c) => format!(
            "{role_name}: “{}” → {}{} ({}#{})",
            c.requested,
            c.family,
            if c.substitute {
                tr(lang, "（代用）")
            } else {
                ""
            },
            c.path.display(),
            c.index
        ),
    }
}

/// The name of a role, in Chinese (the translation table has the English).
/// The stand-ins a PDF of `fonts` is printed with, where the official faces are missing (GB/T
/// 9704's 小标宋, 仿宋, 黑体, 楷体): "正文 仿宋_GB2312 → Noto Serif CJK SC; …", for the PDF's
/// document information, the status line and the command line. `None` when every face is the
/// one asked for.
pub fn stand_ins(fonts: &Fonts) -> Option<crate::i18n::Text> {
    let mut seen: Vec<(&'static str, String, String)> = Vec::new();
    for (role, choice) in font_report(fonts) {
        let Some(c) = choice.filter(|c| c.substitute) else {
            continue;
        };
        let name = role_name(role);
        if !seen.iter().any(|(n, r, _)| *n == name && *r == c.requested) {
            seen.push((name, c.requested.clone(), c.family.clone()));
        }
    }
    if seen.is_empty() {
        return None;
    }
    Some(crate::i18n::Text::tr_lang("替代字体：{}。", |lang| {
        let sep = match lang {
            crate::i18n::Lang::Zh => "；",
            crate::i18n::Lang::En => "; ",
        };
        vec![
            seen.iter()
                .map(|(n, r, f)| format!("{} {r} → {f}", crate::i18n::tr(lang, n)))
                .collect::<Vec<_>>()
                .join(sep),
        ]
    }))
}

pub fn role_name(role: Role) -> &'static str {
    match role {
        Role::Title => "标题",
        Role::Body | Role::Signature => "正文",
        Role::Heading1 => "一级标题 一、",
        Role::Heading2 => "二级标题 （一）",
        Role::PageNumber => "页码",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_cover_chinese_english_and_file_names() {
        assert!(aliases_of("仿宋").contains(&"simfang.ttf"));
        assert!(aliases_of("fangsong_gb2312").contains(&"仿宋_GB2312"));
        assert!(aliases_of("SimHei").contains(&"黑体"));
        assert_eq!(aliases_of("Some Font"), ["Some Font"]);
    }

    #[test]
    #[cfg(windows)]
    fn every_role_has_a_chinese_face_from_the_windows_fonts_folder() {
        // The test prefix (scripts/windows-test.sh) has faces under the Windows names.
        for (role, choice) in font_report(&Fonts::default()) {
            let choice = choice.unwrap_or_else(|| panic!("no face for {role:?}"));
            let file = choice.path.to_string_lossy().to_lowercase();
            assert!(file.contains(r"\windows\fonts\"), "{choice:?}");
        }
    }

    #[test]
    #[cfg(not(windows))]
    fn every_role_has_a_chinese_face_on_a_machine_with_noto_cjk() {
        let noto = Path::new("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");
        if !noto.exists() {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI installs fonts-noto-cjk"
            );
            return;
        }
        for (role, choice) in font_report(&Fonts::default()) {
            let choice = choice.unwrap_or_else(|| panic!("no face for {role:?}"));
            assert!(choice.family.contains("CJK"), "{choice:?}");
            assert!(choice.family.ends_with("SC"), "the SC face: {choice:?}");
        }
    }
}
