//! Recovery copies: the open draft written to the app's data folder shortly after each change,
//! on a background thread, so that a crash or kill loses at most a few seconds of typing.
//!
//! Each running instance owns `ID.ron` and holds an OS lock on `ID.lock` for its lifetime. At
//! start, a copy whose lock can be taken belongs to an instance that is gone: it is offered
//! for recovery. A save removes the instance's copy but not its lock, which stays until a clean
//! exit: a copy written after the save is still known to be a live instance's.

use super::draft::{self, RecoveryInfo};
use crate::i18n::Text;
use crate::model::Report;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{SystemTime, UNIX_EPOCH};

/// A recovery copy left by an instance that did not exit cleanly.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    /// The recovery copy itself.
    pub file: PathBuf,
    /// The user's file the draft belonged to (None for an untitled draft).
    pub original: Option<PathBuf>,
    /// When the copy was written, in seconds since the Unix epoch.
    pub saved_at: u64,
    pub report: Report,
}

pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// This instance's place in the recovery folder.
pub struct RecoveryStore {
    dir: PathBuf,
    id: String,
    /// Held for the life of the instance; the OS releases it when the process dies.
    _lock: File,
}

impl RecoveryStore {
    pub fn open(dir: &Path) -> std::io::Result<Self> {
        create_private_dir(dir)?;
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let id = format!("{}-{}-{nanos}", std::process::id(), now_secs());
        let lock = File::create(dir.join(format!("{id}.lock")))?;
        lock.try_lock().map_err(std::io::Error::other)?;
        Ok(Self {
            dir: dir.to_path_buf(),
            id,
            _lock: lock,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where this instance writes its copy.
    pub fn own_file(&self) -> PathBuf {
        self.dir.join(format!("{}.ron", self.id))
    }

    /// A clean exit: remove this instance's copy, release the lock, then remove the lock file.
    pub fn close(self) {
        let _ = remove_copy(&self.own_file());
        let lock = self.dir.join(format!("{}.lock", self.id));
        drop(self._lock);
        let _ = std::fs::remove_file(lock);
    }

    /// Copies left behind by instances that are no longer running, newest first. Copies that
    /// cannot be read are skipped (and reported in the second list) rather than offered.
    pub fn orphans(&self) -> (Vec<Recovered>, Vec<Text>) {
        let mut found = Vec::new();
        let mut problems = Vec::new();
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return (found, problems);
        };
        for entry in entries.flatten() {
            let file = entry.path();
            if file.extension().is_none_or(|e| e != "ron") {
                continue;
            }
            let Some(id) = file.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            if id == self.id || owner_is_running(&self.dir, id) {
                continue;
            }
            match draft::load_full(&file) {
                Ok(loaded) => {
                    let info = loaded.recovery.unwrap_or_default();
                    found.push(Recovered {
                        file,
                        original: info.original,
                        saved_at: info.saved_at,
                        report: loaded.report,
                    });
                }
                Err(err) => problems.push(err.text()),
            }
        }
        found.sort_by_key(|r| std::cmp::Reverse(r.saved_at));
        (found, problems)
    }
}

fn owner_is_running(dir: &Path, id: &str) -> bool {
    let lock_path = dir.join(format!("{id}.lock"));
    let Ok(lock) = File::options().read(true).write(true).open(&lock_path) else {
        // No lock file: its owner is gone.
        return false;
    };
    lock.try_lock().is_err()
}

/// The recovery folder, readable by the owner only (0700 on Unix) when it is created.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Remove a copy left by an instance that is gone, and its lock file.
pub fn discard(file: &Path) -> std::io::Result<()> {
    remove_copy(file)?;
    let _ = std::fs::remove_file(file.with_extension("lock"));
    Ok(())
}

/// Remove a recovery copy only (this instance's, after a save): its lock stays.
pub fn remove_copy(file: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(file) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err),
        _ => Ok(()),
    }
}

enum Job {
    Write {
        file: PathBuf,
        report: Box<Report>,
        info: RecoveryInfo,
    },
    /// Another instance's copy and its lock.
    Discard(PathBuf),
    /// This instance's copy, without its lock.
    RemoveCopy(PathBuf),
}

/// What the writer thread reports back: `Err` carries a message naming the file.
pub type WriterReport = Result<(), Text>;

/// Writes recovery copies on its own thread, so typing never waits for the disk.
pub struct Autosaver {
    jobs: Sender<Job>,
    pub reports: Receiver<WriterReport>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Autosaver {
    pub fn spawn() -> std::io::Result<Self> {
        let (jobs, job_rx) = channel::<Job>();
        let (report_tx, reports) = channel();
        let thread = std::thread::Builder::new()
            .name("autosave".to_owned())
            .spawn(move || {
                while let Ok(first) = job_rx.recv() {
                    let mut batch = vec![first];
                    batch.extend(job_rx.try_iter());
                    for (i, job) in batch.iter().enumerate() {
                        // Only the newest copy of a file matters: skip superseded writes.
                        if let Job::Write { file, .. } = job
                            && batch[i + 1..].iter().any(
                                |later| matches!(later, Job::Write { file: f, .. } if f == file),
                            )
                        {
                            continue;
                        }
                        let result = match job {
                            Job::Write { file, report, info } => {
                                let text = draft::to_string_with(report, Some(info));
                                super::write::write_private(file, text.as_bytes())
                                    .map_err(|e| e.text())
                            }
                            Job::Discard(file) => discard(file).map_err(|e| removal_error(file, e)),
                            Job::RemoveCopy(file) => {
                                remove_copy(file).map_err(|e| removal_error(file, e))
                            }
                        };
                        if report_tx.send(result).is_err() {
                            return;
                        }
                    }
                }
            })?;
        Ok(Self {
            jobs,
            reports,
            thread: Some(thread),
        })
    }

    /// Let queued writes finish and stop the thread.
    pub fn finish(mut self) {
        let (dead, _) = channel();
        drop(std::mem::replace(&mut self.jobs, dead));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }

    pub fn write(&self, file: PathBuf, report: Report, original: Option<PathBuf>) {
        let info = RecoveryInfo {
            original,
            saved_at: now_secs(),
        };
        let _ = self.jobs.send(Job::Write {
            file,
            report: Box::new(report),
            info,
        });
    }

    /// Remove another instance's copy and its lock (restored or discarded).
    pub fn discard(&self, file: PathBuf) {
        let _ = self.jobs.send(Job::Discard(file));
    }

    /// Remove this instance's copy after a save; its lock stays.
    pub fn remove_copy(&self, file: PathBuf) {
        let _ = self.jobs.send(Job::RemoveCopy(file));
    }
}

fn removal_error(file: &Path, err: std::io::Error) -> Text {
    Text::tr("无法删除恢复副本“{}”：{}。", &[&file.display(), &err])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dead_instances_copy_is_offered_a_live_ones_is_not() {
        let dir = tempfile::tempdir().expect("tempdir");
        let live = RecoveryStore::open(dir.path()).expect("store");
        let report = Report {
            title: "恢复我".into(),
            ..Report::default()
        };
        let info = RecoveryInfo {
            original: Some(PathBuf::from("/docs/a.ron")),
            saved_at: 42,
        };
        std::fs::write(live.own_file(), draft::to_string_with(&report, Some(&info)))
            .expect("write");
        // A copy from a crashed instance: no lock held.
        let dead = dir.path().join("1-2-3.ron");
        std::fs::write(&dead, draft::to_string_with(&report, Some(&info))).expect("write");
        std::fs::write(dir.path().join("9-9-9.ron"), "garbage").expect("write");

        let other = RecoveryStore::open(dir.path()).expect("second instance");
        let (found, problems) = other.orphans();
        assert_eq!(found.len(), 1, "only the dead instance's copy: {found:?}");
        assert_eq!(found[0].file, dead);
        assert_eq!(found[0].report.title, "恢复我");
        assert_eq!(found[0].original.as_deref(), Some(Path::new("/docs/a.ron")));
        assert_eq!(found[0].saved_at, 42);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].zh.contains("9-9-9.ron"));

        drop(live);
        let (found, _) = other.orphans();
        assert_eq!(found.len(), 2, "the first instance is gone now");
        discard(&dead).expect("discard");
        assert!(!dead.exists());
    }

    #[test]
    fn autosaver_writes_and_removes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("x.ron");
        let saver = Autosaver::spawn().expect("thread");
        let report = Report {
            title: "自动".into(),
            ..Report::default()
        };
        saver.write(file.clone(), report.clone(), None);
        saver.reports.recv().expect("report").expect("written");
        assert_eq!(draft::load(&file).expect("loads"), report);
        saver.discard(file.clone());
        saver.reports.recv().expect("report").expect("removed");
        assert!(!file.exists());
    }

    /// The bug of issue 15: after a save the first instance removed its lock with its copy,
    /// and a second instance took the next copy for a crashed one.
    #[test]
    fn a_saved_instance_keeps_its_lock_and_its_later_copies_are_not_offered() {
        let dir = tempfile::tempdir().expect("tempdir");
        let first = RecoveryStore::open(dir.path()).expect("first");
        let saver = Autosaver::spawn().expect("thread");
        let report = Report {
            title: "第一".into(),
            ..Report::default()
        };
        // Typing, a save (the copy is removed), more typing (a new copy).
        saver.write(first.own_file(), report.clone(), None);
        saver.reports.recv().expect("report").expect("written");
        saver.remove_copy(first.own_file());
        saver.reports.recv().expect("report").expect("removed");
        assert!(!first.own_file().exists());
        assert!(
            first.own_file().with_extension("lock").exists(),
            "lock kept"
        );
        saver.write(first.own_file(), report, None);
        saver.reports.recv().expect("report").expect("written");

        let second = RecoveryStore::open(dir.path()).expect("second");
        let (found, problems) = second.orphans();
        assert!(
            found.is_empty() && problems.is_empty(),
            "no offer: {found:?}"
        );
        assert!(first.own_file().exists(), "nothing deleted");

        let lock = first.own_file().with_extension("lock");
        let copy = first.own_file();
        first.close();
        assert!(
            !copy.exists() && !lock.exists(),
            "a clean exit leaves nothing"
        );
        saver.finish();
    }

    #[cfg(unix)]
    #[test]
    fn recovery_copies_and_their_folder_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let folder = dir.path().join("recovery");
        let store = RecoveryStore::open(&folder).expect("store");
        let saver = Autosaver::spawn().expect("thread");
        saver.write(store.own_file(), Report::default(), None);
        saver.reports.recv().expect("report").expect("written");
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&store.own_file()), 0o600);
        assert_eq!(mode(&folder), 0o700);
        saver.finish();
    }
}
