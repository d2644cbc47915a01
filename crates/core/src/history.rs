//! Undo and redo of whole-report snapshots, with typing grouped into one step per pause.

use crate::model::Report;
use std::time::{Duration, Instant};

/// Typing that continues within this pause joins the same undo step.
pub const TYPING_GROUP: Duration = Duration::from_millis(1000);
/// Steps kept; older ones are dropped.
pub const MAX_STEPS: usize = 200;

pub struct History {
    undo: Vec<Report>,
    redo: Vec<Report>,
    /// The report as of the last recorded change.
    committed: Report,
    last_typing: Option<Instant>,
}

impl History {
    pub fn new(report: &Report) -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            committed: report.clone(),
            last_typing: None,
        }
    }

    /// A different document: nothing to undo into.
    pub fn reset(&mut self, report: &Report) {
        *self = Self::new(report);
    }

    fn push(&mut self) {
        self.undo.push(self.committed.clone());
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// The report changed by typing; typing without a pause of `TYPING_GROUP` is one step.
    pub fn typed(&mut self, report: &Report, now: Instant) {
        if *report == self.committed {
            return;
        }
        let grouped = self
            .last_typing
            .is_some_and(|t| now.saturating_duration_since(t) < TYPING_GROUP);
        if !grouped {
            self.push();
        }
        self.committed = report.clone();
        self.last_typing = Some(now);
    }

    /// The report changed in one step (an item added, moved, deleted; a fix; replace all).
    pub fn changed(&mut self, report: &Report) {
        if *report == self.committed {
            return;
        }
        self.push();
        self.committed = report.clone();
        self.last_typing = None;
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The report one step back, given the current one (which redo will return to).
    pub fn undo(&mut self, current: &Report) -> Option<Report> {
        // Typing not yet recorded (same frame) still counts as the newest step.
        if *current != self.committed {
            self.changed(current);
        }
        let previous = self.undo.pop()?;
        self.redo.push(current.clone());
        self.committed = previous.clone();
        self.last_typing = None;
        Some(previous)
    }

    pub fn redo(&mut self, current: &Report) -> Option<Report> {
        let next = self.redo.pop()?;
        self.undo.push(current.clone());
        self.committed = next.clone();
        self.last_typing = None;
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(t: &str) -> Report {
        Report {
            title: t.into(),
            ..Report::default()
        }
    }

    #[test]
    fn typing_groups_until_a_pause_and_steps_do_not() {
        let t0 = Instant::now();
        let mut h = History::new(&titled(""));
        h.typed(&titled("a"), t0);
        h.typed(&titled("ab"), t0 + Duration::from_millis(300));
        h.typed(&titled("abc"), t0 + Duration::from_millis(600));
        // A pause: a new step.
        h.typed(&titled("abc d"), t0 + Duration::from_millis(2000));
        h.changed(&titled("abc d!"));
        let mut current = titled("abc d!");
        let mut seen = Vec::new();
        while let Some(previous) = h.undo(&current) {
            seen.push(previous.title.clone());
            current = previous;
        }
        assert_eq!(seen, ["abc d", "abc", ""]);
        let mut redone = Vec::new();
        while let Some(next) = h.redo(&current) {
            redone.push(next.title.clone());
            current = next;
        }
        assert_eq!(redone, ["abc", "abc d", "abc d!"]);
    }

    #[test]
    fn a_new_change_clears_redo_and_history_is_bounded() {
        let mut h = History::new(&titled("0"));
        h.changed(&titled("1"));
        let back = h.undo(&titled("1")).expect("undo");
        assert_eq!(back.title, "0");
        h.changed(&titled("2"));
        assert!(!h.can_redo());
        for i in 0..(MAX_STEPS + 50) {
            h.changed(&titled(&format!("x{i}")));
        }
        let mut n = 0;
        let mut current = titled("end");
        while let Some(p) = h.undo(&current) {
            current = p;
            n += 1;
        }
        assert_eq!(n, MAX_STEPS);
    }
}
