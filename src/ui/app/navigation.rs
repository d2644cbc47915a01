//! Where the user is and what they look for: the open pane, jumps to a range (a finding, a
//! figure, a match), find and replace.

use super::WorkSummaryApp;
use crate::edit;
use crate::i18n::Text;
use crate::ui::command::{NavCommand, Queue};
use crate::ui::nav::{Jump, Pane};

impl WorkSummaryApp {
    pub(super) fn apply_nav(&mut self, command: NavCommand) {
        match command {
            NavCommand::SelectPane(pane) => self.view.pane = pane,
            NavCommand::JumpTo(jump) => self.jump_to(jump),
            NavCommand::FindNext { forward } => self.find_next(forward),
            NavCommand::ReplaceOne => self.replace_one(),
            NavCommand::ReplaceAll => self.replace_all(),
        }
    }

    /// Open the pane of the jump's field and select its range there.
    pub(super) fn jump_to(&mut self, jump: Jump) {
        self.view.pane = Pane::of(&jump.place, self.view.pane);
        self.view.jump = Some(jump);
    }

    /// Panes may point at sections that an undo or redo removed.
    pub(super) fn after_history_step(&mut self) {
        if let Pane::Section(i) = self.view.pane
            && i >= self.doc.report().sections.len()
        {
            self.view.pane = Pane::Header;
        }
    }

    fn find_next(&mut self, forward: bool) {
        let matches = edit::find(self.doc.report(), &self.view.find.query);
        if matches.is_empty() {
            self.set_status(Text::tr("没有找到“{}”。", &[&self.view.find.query]));
            return;
        }
        let at = self.view.find.step(matches.len(), forward);
        let (place, range) = matches[at].clone();
        self.jump_to(Jump { place, range });
    }

    fn replace_all(&mut self) {
        let (query, with) = (
            self.view.find.query.clone(),
            self.view.find.replacement.clone(),
        );
        let mut n = 0;
        self.doc.edit(|r| {
            n = edit::replace_all(r, &query, &with);
            n > 0
        });
        self.set_status(Text::tr("已替换 {} 处。", &[&n]));
    }

    fn replace_one(&mut self) {
        let matches = edit::find(self.doc.report(), &self.view.find.query);
        let at = self.view.find.current.min(matches.len().saturating_sub(1));
        let Some((place, range)) = matches.get(at).cloned() else {
            return;
        };
        let with = self.view.find.replacement.clone();
        if self
            .doc
            .edit(|r| edit::replace_range(r, &place, range, &with))
        {
            // The next match now has this one's index: step back so "next" lands there.
            self.view.find.current = at.checked_sub(1).unwrap_or(usize::MAX);
            self.flows
                .commands
                .add(NavCommand::FindNext { forward: true });
        }
    }
}
