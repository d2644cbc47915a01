//! Files on disk: the RON draft format, recovery copies, settings and recent files.

pub mod draft;
pub mod recovery;
pub mod settings;
pub mod wordlist;

use std::path::PathBuf;

/// The folders the app keeps its own files in.
#[derive(Clone, Debug)]
pub struct AppDirs {
    /// Recovery copies (the OS's data folder).
    pub recovery: PathBuf,
    /// `settings.ron` (the OS's config folder).
    pub settings_file: PathBuf,
    /// `words.txt`, the user word list of the proofreader (the OS's config folder).
    pub word_list_file: PathBuf,
}

impl AppDirs {
    /// The OS's own folders for this app (XDG on Linux, AppData on Windows).
    pub fn system() -> Option<Self> {
        let dirs = directories::ProjectDirs::from("", "", "work-summary")?;
        Some(Self::under(dirs.data_dir(), dirs.config_dir()))
    }

    pub fn under(data: &std::path::Path, config: &std::path::Path) -> Self {
        Self {
            recovery: data.join("recovery"),
            settings_file: config.join("settings.ron"),
            word_list_file: config.join("words.txt"),
        }
    }
}
