//! Recovery copies on the UI's side: when to write this window's copy (a pause in typing, or
//! a while into continuous typing), removing it once the document is saved, and the copies
//! other, crashed windows left behind.

use super::document::Document;
use crate::i18n::Text;
use crate::storage::recovery::{self, Autosaver, Recovered, RecoveryStore};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A recovery copy is written once typing pauses this long…
const PAUSE: Duration = Duration::from_millis(1000);
/// …or, during continuous typing, this long after the first unsaved change.
const MAX_DELAY: Duration = Duration::from_millis(2000);

pub struct Recovery {
    store: RecoveryStore,
    saver: Autosaver,
    /// First change not yet in a recovery copy.
    unsaved_since: Option<Instant>,
    written_revision: u64,
    /// This window's copy exists on disk.
    written: bool,
    /// Copies left by windows that are gone, offered to the user.
    pub found: Vec<Recovered>,
}

/// What a tick asks of the frame.
#[derive(Default)]
pub struct Tick {
    pub repaint_after: Option<Duration>,
    pub errors: Vec<Text>,
}

impl Recovery {
    /// Open the recovery folder and start the writer thread; also returns problems reading
    /// other windows' copies.
    pub fn start(dir: &Path) -> Result<(Self, Vec<Text>), Text> {
        let started = RecoveryStore::open(dir)
            .and_then(|store| Autosaver::spawn().map(|saver| (store, saver)));
        match started {
            Ok((store, saver)) => {
                let (found, problems) = store.orphans();
                let recovery = Self {
                    store,
                    saver,
                    unsaved_since: None,
                    written_revision: 0,
                    written: false,
                    found,
                };
                Ok((recovery, problems))
            }
            Err(err) => Err(Text::tr(
                "无法使用恢复文件夹“{}”：{}。本次不会自动保存恢复副本。",
                &[&dir.display(), &err],
            )),
        }
    }

    /// This window's recovery copy.
    pub fn own_file(&self) -> PathBuf {
        self.store.own_file()
    }

    /// Look again for copies left by windows that are gone.
    pub fn rescan(&mut self) {
        self.found = self.store.orphans().0;
    }

    /// Write a copy once typing pauses (or has gone on for a while), on the writer thread;
    /// remove it once the document is saved.
    pub fn tick(&mut self, doc: &Document, now: Instant) -> Tick {
        let mut tick = Tick::default();
        while let Ok(result) = self.saver.reports.try_recv() {
            if let Err(err) = result {
                tick.errors
                    .push(Text::tr("自动保存恢复副本失败：{}", &[&err]));
            }
        }
        if doc.is_dirty() && self.written_revision != doc.revision() {
            let since = *self.unsaved_since.get_or_insert(doc.last_change());
            let pause = now.saturating_duration_since(doc.last_change());
            let waited = now.saturating_duration_since(since);
            if pause >= PAUSE || waited >= MAX_DELAY {
                self.write(doc);
                self.unsaved_since = None;
            } else {
                tick.repaint_after = Some(
                    PAUSE
                        .saturating_sub(pause)
                        .min(MAX_DELAY.saturating_sub(waited)),
                );
            }
        } else if !doc.is_dirty() {
            self.unsaved_since = None;
            if self.written {
                // The copy goes; the lock stays until exit, so that a copy written after more
                // typing is never taken for a crashed window's.
                self.saver.remove_copy(self.store.own_file());
                self.written = false;
            }
        }
        tick
    }

    /// Write this window's copy now.
    pub fn write(&mut self, doc: &Document) {
        self.saver.write(
            self.store.own_file(),
            doc.report().clone(),
            doc.path().map(Path::to_path_buf),
        );
        self.written_revision = doc.revision();
        self.written = true;
    }

    /// Take a found copy out of the list, to restore it.
    pub fn take(&mut self, file: &Path) -> Option<Recovered> {
        let at = self.found.iter().position(|r| r.file == file)?;
        Some(self.found.remove(at))
    }

    /// Remove another window's copy (after restoring it into this one, or when discarded).
    pub fn remove_other(&mut self, file: &Path) {
        self.found.retain(|r| r.file != file);
        self.saver.discard(file.to_path_buf());
    }

    /// Delete a found copy the user discarded, now.
    pub fn discard(&mut self, file: &Path) -> Result<(), Text> {
        self.found.retain(|r| r.file != file);
        recovery::discard(file)
            .map_err(|e| Text::tr("无法删除恢复副本“{}”：{}。", &[&file.display(), &e]))
    }

    /// A clean exit: let queued writes finish, then remove this window's copy and lock.
    pub fn finish(self) {
        self.saver.finish();
        self.store.close();
    }
}
