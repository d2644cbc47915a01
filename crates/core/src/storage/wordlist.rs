//! The user word list on disk (`words.txt` in the config folder).

use crate::check::WordList;
use crate::i18n::Text;
use std::path::Path;

/// Read the word list; a missing file is an empty list, an unreadable one an empty list and a
/// warning.
pub fn load(path: &Path) -> (WordList, Option<Text>) {
    match std::fs::read_to_string(path) {
        Ok(text) => (WordList::parse(&text), None),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => (WordList::default(), None),
        Err(err) => (
            WordList::default(),
            Some(Text::tr("无法读取词表“{}”：{}。", &[&path.display(), &err])),
        ),
    }
}

/// Write the word list atomically, creating the folder.
pub fn save(list: &WordList, path: &Path) -> Result<(), Text> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| Text::tr("无法创建设置文件夹“{}”：{}。", &[&dir.display(), &e]))?;
    }
    super::write::write_file(path, list.to_text().as_bytes()).map_err(|e| e.text())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_list_loads_back_and_a_missing_one_is_empty() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("sub").join("words.txt");
        assert_eq!(load(&path), (WordList::default(), None));
        let list = WordList::parse("服务群从\n");
        save(&list, &path).expect("saved");
        assert_eq!(load(&path), (list, None));
    }
}
