//! The user's word list: names and terms of the user's unit that are never flagged (the
//! checker drops every finding that touches one). Stored as plain text, one word a line.

use aho_corasick::AhoCorasick;
use std::collections::BTreeSet;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordList {
    words: BTreeSet<String>,
}

impl WordList {
    /// One word a line; blank lines and lines starting with # are skipped.
    pub fn parse(text: &str) -> Self {
        let words = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_owned)
            .collect();
        Self { words }
    }

    /// The file's text: one word a line, sorted.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for w in &self.words {
            out.push_str(w);
            out.push('\n');
        }
        out
    }

    /// Add a word; false when it was already there or is blank.
    pub fn add(&mut self, word: &str) -> bool {
        let word = word.trim();
        !word.is_empty() && self.words.insert(word.to_owned())
    }

    pub fn remove(&mut self, word: &str) -> bool {
        self.words.remove(word.trim())
    }

    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Finds the character ranges the protected words cover in a text.
pub(super) struct Protector {
    ac: Option<AhoCorasick>,
}

impl Protector {
    pub(super) fn new(list: &WordList) -> Self {
        let ac = if list.is_empty() {
            None
        } else {
            AhoCorasick::new(list.iter()).ok()
        };
        Self { ac }
    }

    /// Character ranges of every protected word in `text` (overlapping ones included).
    pub(super) fn ranges(&self, text: &str) -> Vec<(usize, usize)> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            let start = text[..m.start()].chars().count();
            let len = text[m.start()..m.end()].chars().count();
            out.push((start, start + len));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_round_trips_through_its_text() {
        let mut list = WordList::parse("# 本单位\n贯切村\n\n  部属组  \n");
        assert!(list.contains("贯切村") && list.contains("部属组"));
        assert!(list.add("群从乡"));
        assert!(!list.add("群从乡"));
        assert_eq!(WordList::parse(&list.to_text()), list);
        assert_eq!(Protector::new(&list).ranges("去贯切村调研"), vec![(1, 4)]);
    }
}
