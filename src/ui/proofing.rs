//! Proofreading choices: the user's word list (protected words) and the rules switched off,
//! kept in the config folder and handed to the checker. Continues `impl WorkSummaryApp`.

use super::app::WorkSummaryApp;
use super::modals::word_list::WordListEditor;
use super::nav::{Jump, Pane, SideView};
use crate::check::{Options, Rule, WordList};
use crate::i18n::Text;
use crate::storage::wordlist;
use std::path::Path;

impl WorkSummaryApp {
    /// Read the word list at start; a broken one is reported and an empty list used.
    pub(super) fn load_word_list(&mut self, file: &Path) -> Option<Text> {
        let (list, warning) = wordlist::load(file);
        self.word_list = list;
        self.word_list_file = Some(file.to_path_buf());
        warning
    }

    /// Hand the current choices to the checker (it re-checks only when they changed).
    pub(super) fn sync_check_options(&mut self) {
        self.disabled_rules = self.settings.disabled_rules();
        self.derived.set_check_options(Options {
            disabled: self.disabled_rules.clone(),
            words: self.word_list.clone(),
        });
    }

    fn store_word_list(&mut self, list: WordList) {
        self.word_list = list;
        self.sync_check_options();
        if let Some(file) = &self.word_list_file
            && let Err(err) = wordlist::save(&self.word_list, file)
        {
            self.set_error(err);
        }
    }

    pub(super) fn add_word(&mut self, word: &str) {
        let mut list = self.word_list.clone();
        if list.add(word) {
            self.store_word_list(list);
            self.set_status(Text::tr("已把“{}”加入词表，不再提示。", &[&word.trim()]));
        }
    }

    pub(super) fn save_word_list(&mut self, text: &str) {
        let list = WordList::parse(text);
        let n = list.len();
        self.store_word_list(list);
        self.set_status(Text::tr("词表已保存（{} 个词）。", &[&n]));
    }

    pub(super) fn edit_word_list(&mut self) {
        self.modals.word_list = Some(WordListEditor::new(self.word_list.to_text()));
    }

    pub(super) fn set_rule(&mut self, rule: Rule, on: bool) {
        let id = rule.id().to_owned();
        self.settings.disabled_rules.retain(|r| *r != id);
        if !on {
            self.settings.disabled_rules.push(id);
            self.settings.disabled_rules.sort();
        }
        self.sync_check_options();
    }

    /// The findings panel, at the first mask or placeholder still to fill in.
    pub(super) fn show_unfilled(&mut self) {
        self.show_preview = true;
        self.side = SideView::Findings;
        if let Some(first) = self.derived.unfilled().first() {
            self.pane = Pane::of(&first.place, self.pane);
            self.jump = Some(Jump {
                place: first.place.clone(),
                range: first.range.clone(),
            });
        }
    }

    /// A note for copies made with masks or placeholders still in the text.
    pub(super) fn unfilled_note(&self) -> Option<Text> {
        let n = self.derived.unfilled().len();
        (n > 0).then(|| Text::tr("注意：还有 {} 处遮挡或占位没有填写。", &[&n]))
    }
}
