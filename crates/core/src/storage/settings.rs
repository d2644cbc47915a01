//! The user's choices, kept in the OS's config folder as `settings.ron`: recent files, the
//! export's options, the UI language, zoom and window, the preview shown or not, the rules
//! switched off and the 字数 limit. A broken file falls back to the defaults with a warning.

use crate::export::ExportOptions;
use crate::i18n::Text;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many recent files the menu keeps.
pub const MAX_RECENT: usize = 10;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub recent: Vec<PathBuf>,
    /// The export dialog's last choice; indent and line endings also shape preview and copy.
    pub export: ExportOptions,
    pub show_preview: bool,
    /// UI language.
    pub lang: crate::i18n::Lang,
    /// 字数 limit that turns the count red (0: none).
    pub char_limit: usize,
    /// Zoom factor (Ctrl+= / Ctrl+- / Ctrl+0).
    pub zoom: f32,
    /// Window position and inner size in points: x, y, width, height.
    pub window: Option<[f32; 4]>,
    /// Proofreading rules switched off, by id (`Rule::id`); see `disabled_rules`.
    pub disabled_rules: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            export: ExportOptions::default(),
            show_preview: true,
            lang: crate::i18n::Lang::Zh,
            char_limit: 0,
            zoom: 1.0,
            window: None,
            disabled_rules: Vec::new(),
        }
    }
}

impl Settings {
    /// Read settings; a missing file gives defaults, a broken one gives defaults and a warning.
    pub fn load(path: &Path) -> (Self, Option<Text>) {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                return (Self::default(), None);
            }
            Err(err) => {
                return (
                    Self::default(),
                    Some(Text::tr(
                        "无法读取设置文件“{}”：{}。已使用默认设置。",
                        &[&path.display(), &err],
                    )),
                );
            }
        };
        match ron::from_str(&text) {
            Ok(settings) => (settings, None),
            Err(err) => (
                Self::default(),
                Some(Text::tr(
                    "设置文件“{}”已损坏（{}），已改用默认设置。",
                    &[&path.display(), &err],
                )),
            ),
        }
    }

    pub fn save(&self, path: &Path) -> Result<(), Text> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| Text::tr("无法创建设置文件夹“{}”：{}。", &[&dir.display(), &e]))?;
        }
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new().new_line("\n"))
            .map_err(|e| Text::tr("无法写设置：{}。", &[&e]))?;
        super::write::write_private(path, text.as_bytes()).map_err(|e| e.text())
    }

    /// Put `path` first in the recent list.
    /// The switched-off rules as the checker takes them (unknown ids are skipped).
    pub fn disabled_rules(&self) -> std::collections::BTreeSet<crate::check::Rule> {
        self.disabled_rules
            .iter()
            .filter_map(|id| crate::check::Rule::from_id(id))
            .collect()
    }

    pub fn add_recent(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| !same_path(p, &path));
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    pub fn remove_recent(&mut self, path: &Path) {
        self.recent.retain(|p| !same_path(p, path));
    }
}

/// Whether two paths name the same file as the system sees names: Windows ignores case
/// (`C:\Docs\A.ron` is `c:/docs/a.ron`), Unix does not.
pub fn same_path(a: &Path, b: &Path) -> bool {
    same_path_folding(a, b, cfg!(windows))
}

fn same_path_folding(a: &Path, b: &Path, fold_case: bool) -> bool {
    if !fold_case {
        return a == b;
    }
    let fold = |p: &Path| p.to_string_lossy().to_lowercase().replace('/', "\\");
    fold(a) == fold(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrupt_settings_give_defaults_and_a_warning() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("settings.ron");
        std::fs::write(&path, "(recent: [1, 2").expect("write");
        let (settings, warning) = Settings::load(&path);
        assert_eq!(settings, Settings::default());
        let warning = warning.expect("warned");
        assert!(
            warning.zh.contains("settings.ron") && warning.zh.contains("已损坏"),
            "{warning}"
        );
        std::fs::write(&path, [0xff, 0xfe, 0x00]).expect("write");
        assert!(Settings::load(&path).1.is_some());
    }

    #[test]
    fn recent_files_round_trip_most_recent_first_without_duplicates() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("cfg").join("settings.ron");
        let mut settings = Settings::default();
        for name in ["a.ron", "b.ron", "a.ron"] {
            settings.add_recent(&dir.path().join(name));
        }
        assert_eq!(
            settings.recent,
            [dir.path().join("a.ron"), dir.path().join("b.ron")]
        );
        for i in 0..20 {
            settings.add_recent(&dir.path().join(format!("{i}.ron")));
        }
        assert_eq!(settings.recent.len(), MAX_RECENT);
        settings.save(&path).expect("saved");
        assert_eq!(Settings::load(&path), (settings, None));
    }

    #[test]
    fn windows_paths_compare_without_case() {
        let (a, b) = (
            Path::new(r"C:\Docs\总结.RON"),
            Path::new("c:/docs/总结.ron"),
        );
        assert!(same_path_folding(a, b, true));
        assert!(!same_path_folding(a, b, false));
        assert!(!same_path_folding(a, Path::new(r"C:\Docs\b.ron"), true));
    }

    #[cfg(unix)]
    #[test]
    fn settings_stay_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("settings.ron");
        Settings::default().save(&path).expect("saved");
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
