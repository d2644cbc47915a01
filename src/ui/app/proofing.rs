//! Proofreading choices: the user's word list (protected words) and the rules switched off,
//! kept in the config folder and handed to the checker. Continues `impl WorkSummaryApp`.

use super::WorkSummaryApp;
use crate::check::{self, Finding, Options, Rule, WordList};
use crate::i18n::{Lang, Text};
use crate::storage::wordlist;
use crate::ui::command::ProofCommand;
use crate::ui::modals::word_list::WordListEditor;
use crate::ui::nav::{Jump, SideView};
use std::path::Path;

impl WorkSummaryApp {
    pub(super) fn apply_proof(&mut self, command: ProofCommand) {
        match command {
            ProofCommand::Fix(finding) => {
                if self.fix(&[&finding]) > 0 {
                    self.set_status(Text::tr_lang("已修正：{}", |l| {
                        vec![finding.message(l == Lang::En)]
                    }));
                }
            }
            ProofCommand::FixGroup(findings) => {
                let n = self.fix(&findings.iter().collect::<Vec<_>>());
                if n > 0 {
                    self.set_status(Text::tr_lang("已修正 {} 处", |_| vec![n.to_string()]));
                }
            }
            ProofCommand::FixAllSafe => self.fix_all_safe(),
            ProofCommand::AddWord(word) => self.add_word(&word),
            ProofCommand::SaveWordList(text) => self.save_word_list(&text),
            ProofCommand::EditWordList => self.edit_word_list(),
            ProofCommand::SetRule { rule, on } => self.set_rule(rule, on),
            ProofCommand::ShowUnfilled => self.show_unfilled(),
        }
    }

    /// Apply the fixes of `findings` as one undo step; how many applied.
    fn fix(&mut self, findings: &[&Finding]) -> usize {
        let mut n = 0;
        self.doc.edit(|r| {
            n = check::apply(r, findings);
            n > 0
        });
        n
    }

    fn fix_all_safe(&mut self) {
        let mut applied = 0;
        self.doc.edit(|r| {
            applied = check::apply_safe(r);
            applied > 0
        });
        self.set_status(Text::tr(
            "已完成 {} 处安全修正；其余问题需要逐条确认或手工修改。",
            &[&applied],
        ));
    }

    /// Read the word list at start; a broken one is reported and an empty list used.
    pub(super) fn load_word_list(&mut self, file: &Path) -> Option<Text> {
        let (list, warning) = wordlist::load(file);
        self.prefs.word_list = list;
        self.prefs.word_list_file = Some(file.to_path_buf());
        warning
    }

    /// Hand the current choices to the checker (it re-checks only when they changed).
    pub(super) fn sync_check_options(&mut self) {
        self.prefs.disabled_rules = self.prefs.settings.disabled_rules();
        self.derived.set_check_options(Options {
            disabled: self.prefs.disabled_rules.clone(),
            words: self.prefs.word_list.clone(),
        });
    }

    fn store_word_list(&mut self, list: WordList) {
        self.prefs.word_list = list;
        self.sync_check_options();
        if let Some(file) = &self.prefs.word_list_file
            && let Err(err) = wordlist::save(&self.prefs.word_list, file)
        {
            self.set_error(err);
        }
    }

    fn add_word(&mut self, word: &str) {
        let mut list = self.prefs.word_list.clone();
        if list.add(word) {
            self.store_word_list(list);
            self.set_status(Text::tr("已把“{}”加入词表，不再提示。", &[&word.trim()]));
        }
    }

    fn save_word_list(&mut self, text: &str) {
        let list = WordList::parse(text);
        let n = list.len();
        self.store_word_list(list);
        self.set_status(Text::tr("词表已保存（{} 个词）。", &[&n]));
    }

    fn edit_word_list(&mut self) {
        let editor = WordListEditor::new(self.prefs.word_list.to_text());
        self.flows.modals.open(editor);
    }

    fn set_rule(&mut self, rule: Rule, on: bool) {
        let id = rule.id().to_owned();
        self.prefs.settings.disabled_rules.retain(|r| *r != id);
        if !on {
            self.prefs.settings.disabled_rules.push(id);
            self.prefs.settings.disabled_rules.sort();
        }
        self.sync_check_options();
    }

    /// The findings panel, at the first mask or placeholder still to fill in.
    fn show_unfilled(&mut self) {
        self.view.show_preview = true;
        self.view.side = SideView::Findings;
        if let Some(first) = self.derived.unfilled().first() {
            let jump = Jump {
                place: first.place.clone(),
                range: first.range.clone(),
            };
            self.jump_to(jump);
        }
    }

    /// A note for copies made with masks or placeholders still in the text.
    pub(super) fn unfilled_note(&self) -> Option<Text> {
        let n = self.derived.unfilled().len();
        (n > 0).then(|| Text::tr("注意：还有 {} 处遮挡或占位没有填写。", &[&n]))
    }
}
