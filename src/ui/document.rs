//! The open document: the report, what is saved on disk, and its undo history. The report is
//! changed only through `edit` (one undo step) and `type_in` (typing, grouped into steps by
//! pauses); both move the revision the derived views follow. Nothing else writes `revision`.

use super::clock::{Clock, SystemClock};
use crate::history::History;
use crate::model::Report;
use crate::storage::draft::DiskStamp;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

pub struct Document {
    report: Report,
    /// The report as last opened or saved; the document is dirty while they differ.
    saved: Report,
    path: Option<PathBuf>,
    /// What the file held when last read or written here; a different content on disk at
    /// save time means another program changed it.
    disk_stamp: Option<DiskStamp>,
    /// Moves on every change of the report; derived views are recomputed when it moves.
    revision: u64,
    dirty: bool,
    history: History,
    /// When the report last changed (for the autosave pause).
    last_change: Instant,
    clock: Arc<dyn Clock>,
}

impl Default for Document {
    fn default() -> Self {
        Self::new(Arc::new(SystemClock))
    }
}

impl Document {
    /// An empty, untitled document whose changes are timed by `clock`.
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        let report = Report::default();
        Self {
            history: History::new(&report),
            saved: report.clone(),
            report,
            path: None,
            disk_stamp: None,
            revision: 0,
            dirty: false,
            last_change: clock.now(),
            clock,
        }
    }

    pub fn report(&self) -> &Report {
        &self.report
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    pub fn disk_stamp(&self) -> Option<&DiskStamp> {
        self.disk_stamp.as_ref()
    }

    pub fn last_change(&self) -> Instant {
        self.last_change
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Change the report in one undo step. `f` says whether it changed anything; only then
    /// do the revision, history and dirty mark move.
    pub fn edit(&mut self, f: impl FnOnce(&mut Report) -> bool) -> bool {
        let changed = f(&mut self.report);
        if changed {
            self.history.changed(&self.report);
            self.changed();
        }
        changed
    }

    /// Let a pane's text fields edit the report in place; `f` says whether the user typed.
    /// Typing without a pause is one undo step.
    pub fn type_in<R>(&mut self, f: impl FnOnce(&mut Report) -> (R, bool)) -> R {
        let (out, changed) = f(&mut self.report);
        if changed {
            self.history.typed(&self.report, self.clock.now());
            self.changed();
        }
        out
    }

    fn changed(&mut self) {
        self.revision += 1;
        self.last_change = self.clock.now();
        self.dirty = self.report != self.saved;
    }

    pub fn undo(&mut self) -> bool {
        match self.history.undo(&self.report) {
            Some(report) => {
                self.report = report;
                self.changed();
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        match self.history.redo(&self.report) {
            Some(report) => {
                self.report = report;
                self.changed();
                true
            }
            None => false,
        }
    }

    /// A different document (opened, new, reloaded): saved as it is, nothing to undo.
    pub fn replace(&mut self, report: Report, path: Option<PathBuf>, stamp: Option<DiskStamp>) {
        self.history.reset(&report);
        self.saved = report.clone();
        self.report = report;
        self.path = path;
        self.disk_stamp = stamp;
        self.changed();
    }

    /// A different, unsaved document (an import, a template, a recovered copy): `saved` is
    /// what its file holds (an empty report when it has none).
    pub fn replace_unsaved(
        &mut self,
        report: Report,
        saved: Report,
        path: Option<PathBuf>,
        stamp: Option<DiskStamp>,
    ) {
        self.history.reset(&report);
        self.saved = saved;
        self.report = report;
        self.path = path;
        self.disk_stamp = stamp;
        self.changed();
    }

    /// An import is unsaved even when it equals an empty draft.
    pub fn mark_dirty(&mut self) {
        self.dirty = true;
    }

    /// The report was written to `path`, which now holds `stamp`.
    pub fn saved_to(&mut self, path: &Path, stamp: DiskStamp) {
        self.saved = self.report.clone();
        self.path = Some(path.to_path_buf());
        self.disk_stamp = Some(stamp);
        self.dirty = false;
    }

    /// A new draft that the first save writes to `path`.
    pub fn set_path(&mut self, path: PathBuf) {
        self.path = Some(path);
    }
}
