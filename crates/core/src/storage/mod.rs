//! Files on disk: the RON draft format, recovery copies, settings and recent files.

pub mod draft;
pub mod recovery;
pub mod settings;
pub mod wordlist;
pub mod write;

use std::path::PathBuf;

/// The folders the app keeps its own files in.
#[derive(Clone, Debug)]
pub struct AppDirs {
    /// Recovery copies (the OS's local data folder: on Windows `AppData\Local`, never the
    /// roaming profile that domain PCs sync at logoff).
    pub recovery: PathBuf,
    /// `settings.ron` (the OS's config folder).
    pub settings_file: PathBuf,
    /// `words.txt`, the user word list of the proofreader (the OS's config folder).
    pub word_list_file: PathBuf,
    /// `ui-font.ron`, where the window's Chinese font was found last time (the local data
    /// folder; see `ui::fonts`).
    pub ui_font_memo: PathBuf,
    /// Where a new draft is saved and a file is looked for when no system dialog can be
    /// shown: the user's documents folder (or home); `None` for the process's own folder.
    pub documents: Option<PathBuf>,
}

impl AppDirs {
    /// The OS's own folders for this app (XDG on Linux, AppData on Windows).
    pub fn system() -> Option<Self> {
        let dirs = directories::ProjectDirs::from("", "", "work-summary")?;
        let mut out = Self::under(dirs.data_local_dir(), dirs.config_dir());
        out.documents = directories::UserDirs::new().map(|u| {
            u.document_dir()
                .unwrap_or_else(|| u.home_dir())
                .to_path_buf()
        });
        Some(out)
    }

    pub fn under(data: &std::path::Path, config: &std::path::Path) -> Self {
        Self {
            recovery: data.join("recovery"),
            settings_file: config.join("settings.ron"),
            word_list_file: config.join("words.txt"),
            ui_font_memo: data.join("ui-font.ron"),
            documents: None,
        }
    }
}

/// The user's home folder.
pub fn home_dir() -> Option<PathBuf> {
    directories::UserDirs::new().map(|u| u.home_dir().to_path_buf())
}

/// A path typed or pasted into the path box: surrounding spaces, and the double quotes that
/// Explorer's "Copy as path" puts around it, removed. `None` when nothing is left.
pub fn entered_path(entered: &std::path::Path) -> Option<PathBuf> {
    let Some(text) = entered.to_str() else {
        return Some(entered.to_path_buf());
    };
    let text = text.trim();
    let text = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .map_or(text, str::trim);
    (!text.is_empty()).then(|| PathBuf::from(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn copied_paths_lose_their_quotes_and_spaces() {
        let cases = [
            (
                r#""C:\Users\张三\总结.ron""#,
                Some(r"C:\Users\张三\总结.ron"),
            ),
            ("  /home/a/b c.ron \n", Some("/home/a/b c.ron")),
            (r#""""#, None),
            ("   ", None),
            (r#"a"b.ron"#, Some(r#"a"b.ron"#)),
        ];
        for (typed, want) in cases {
            assert_eq!(
                entered_path(Path::new(typed)),
                want.map(PathBuf::from),
                "{typed:?}"
            );
        }
    }
}
