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

/// A message with `{}` placeholders in `lang`, the arguments put in order.
pub fn trf(lang: Lang, zh: &'static str, args: &[&dyn Display]) -> String {
    let template = tr(lang, zh);
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        match args.next() {
            Some(arg) => out.push_str(&arg.to_string()),
            None => out.push_str("{}"),
        }
        rest = &rest[at + 2..];
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
    fn arguments_are_put_in_order() {
        assert_eq!(
            trf(Lang::En, "全文 {} / {} 字", &[&3, &5]),
            "Total 3 / 5 chars"
        );
        assert_eq!(trf(Lang::Zh, "全文 {} / {} 字", &[&3, &5]), "全文 3 / 5 字");
        assert_eq!(tr(Lang::En, "没有英文的文字"), "没有英文的文字");
    }
}
