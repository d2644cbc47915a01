//! The UI's languages: Chinese first, English on request. Strings are written in Chinese in
//! the code; `tr` gives the English for the ones the chrome shows.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt::Display;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

/// The text in `lang`; Chinese text with no English entry is shown as it is.
pub fn tr(lang: Lang, zh: &str) -> &str {
    if lang == Lang::Zh {
        return zh;
    }
    english(zh).unwrap_or(zh)
}

/// A message with `{}` placeholders in `lang`, the arguments put in order. In the English
/// table `{s}` is the plural ending of the noun after a number: nothing when the argument
/// before it is 1 ("1 line", "2 lines").
pub fn trf(lang: Lang, zh: &'static str, args: &[&dyn Display]) -> String {
    let template = tr(lang, zh);
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut args = args.iter();
    let mut last = String::new();
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if let Some(after) = tail.strip_prefix("{}") {
            match args.next() {
                Some(arg) => {
                    last = arg.to_string();
                    out.push_str(&last);
                }
                None => out.push_str("{}"),
            }
            rest = after;
        } else if let Some(after) = tail.strip_prefix("{s}") {
            if last != "1" {
                out.push('s');
            }
            rest = after;
        } else {
            out.push('{');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// A message worded in both languages when it is decided (a status line, an error), so it
/// can be shown later in whichever language the UI has then.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    /// A table message with `{}` placeholders, in both languages.
    pub fn tr(zh: &'static str, args: &[&dyn Display]) -> Self {
        Self {
            zh: trf(Lang::Zh, zh, args),
            en: trf(Lang::En, zh, args),
        }
    }

    /// Like `tr`, with arguments that are themselves worded per language.
    pub fn tr_lang(zh: &'static str, args: impl Fn(Lang) -> Vec<String>) -> Self {
        let each = |lang| {
            let args = args(lang);
            let refs: Vec<&dyn Display> = args.iter().map(|a| a as &dyn Display).collect();
            trf(lang, zh, &refs)
        };
        Self {
            zh: each(Lang::Zh),
            en: each(Lang::En),
        }
    }

    /// Text that is the same in both languages: a name, a path, or an OS message.
    pub fn raw(text: impl Into<String>) -> Self {
        let text = text.into();
        Self {
            en: text.clone(),
            zh: text,
        }
    }

    /// Why a file could not be read or written, in the user's words for the common causes
    /// (the system's own message, which is English on most systems, for the rest).
    pub fn io_reason(err: &std::io::Error) -> Self {
        use std::io::ErrorKind as K;
        let zh = match err.kind() {
            K::NotFound => "文件或文件夹不存在",
            K::PermissionDenied => "没有权限",
            K::AlreadyExists => "文件已存在",
            K::IsADirectory => "这是一个文件夹，不是文件",
            K::NotADirectory => "路径中有一段不是文件夹",
            K::StorageFull => "磁盘已满",
            K::ReadOnlyFilesystem => "所在的磁盘是只读的",
            K::InvalidFilename => "文件名不合规",
            _ => return Self::raw(err.to_string()),
        };
        Self::tr(zh, &[])
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.zh.is_empty()
    }

    /// Several messages joined with a space, in both languages.
    pub fn join(parts: &[Text]) -> Self {
        let join = |lang| {
            parts
                .iter()
                .map(|t| t.get(lang))
                .collect::<Vec<_>>()
                .join(" ")
        };
        Self {
            zh: join(Lang::Zh),
            en: join(Lang::En),
        }
    }
}

impl Display for Text {
    /// Chinese, the language of the command line and logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.zh)
    }
}

/// Whether `zh` has an English entry (for tests of the table).
pub fn has_english(zh: &str) -> bool {
    english(zh).is_some()
}

/// The English table, as data: `assets/i18n/en.tsv`, one "Chinese<TAB>English" line a string.
static ENGLISH_TABLE: &str = include_str!("../assets/i18n/en.tsv");

fn english(zh: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            ENGLISH_TABLE
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .filter_map(|l| l.split_once('\t'))
                .collect()
        })
        .get(zh)
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_table_is_a_pair_with_matching_arguments() {
        let mut seen = std::collections::HashSet::new();
        for line in ENGLISH_TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let (zh, en) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("no tab: {line}"));
            assert!(!en.trim().is_empty() && !en.contains('\t'), "{line}");
            assert_eq!(zh.matches("{}").count(), en.matches("{}").count(), "{line}");
            // The window draws curly quotes in the Chinese face, full width: "Opened “a.ron”."
            // read as Opened  " a.ron " .
            assert!(
                !en.contains(['“', '”', '‘', '’']),
                "curly quotes in English: {line}"
            );
            assert!(seen.insert(zh), "twice: {zh}");
        }
    }

    #[test]
    fn english_nouns_after_one_are_singular() {
        let msg = "已从{}导入（{}），删除了 {} 行网页杂项，请检查各部分后保存。";
        let one = trf(Lang::En, msg, &[&"a", &"txt", &1]);
        assert!(one.contains("removed 1 line of"), "{one}");
        let two = trf(Lang::En, msg, &[&"a", &"txt", &2]);
        assert!(two.contains("removed 2 lines of"), "{two}");
        // Chinese has no plural.
        assert!(trf(Lang::Zh, msg, &[&"a", &"txt", &1]).contains("删除了 1 行"));
    }

    #[test]
    fn arguments_are_put_in_order() {
        assert_eq!(
            trf(Lang::En, "全文 {} / {} 字", &[&3, &5]),
            "Total 3 / 5 chars"
        );
        assert_eq!(trf(Lang::Zh, "全文 {} / {} 字", &[&3, &5]), "全文 3 / 5 字");
        assert_eq!(tr(Lang::En, "没有英文的文字"), "没有英文的文字");
    }
}
