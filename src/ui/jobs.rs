//! One road for slow work. Whatever could hold up a frame — a file dialog, an import (with
//! LibreOffice's conversion), an export, a print job, the checker's full pass, the printers
//! CUPS knows, the fonts of the export dialog and of the paper preview — is a [`Job`]: work on
//! a thread of its own whose answer is a [`Command`]. The app polls the jobs once at the start
//! of a frame into its command queue, so an answer is applied where every other command is.
//! A job that ends asks for a frame (its answer shows without input); one that panics answers
//! [`Done::Failed`]; one dropped unfinished (cancelled, or the window closing) has its cancel
//! flag set, which the work may look at (the import stops its converter).

use super::command::{Command, DialogPurpose};
use super::dialogs::DialogOutcome;
use crate::check::{Figure, Finding};
use crate::export::fonts::{FontReport, LoadedFace};
use crate::export::pages::Role;
use crate::export::print::Printed;
use crate::i18n::Text;
use crate::import::Imported;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// What a job does; at most one of each kind runs at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobKind {
    /// A system file dialog, open until the user answers it.
    Dialog,
    /// Reading a file into a draft (LibreOffice converts .doc, .wps and .odt first).
    Import,
    /// Writing an export.
    Export,
    /// Drawing the pages and handing them to the printer.
    Print,
    /// The checker's pass over the draft.
    Check,
    /// The printers CUPS knows (the print dialog).
    Printers,
    /// Which installed font prints each role (the export dialog).
    FontReport,
    /// The export's faces, read for the paper preview.
    PaperFaces,
}

impl JobKind {
    /// Work the window finishes before it closes: a file being written, pages being handed
    /// to the printer. Everything else is dropped with the window.
    pub fn holds_close(self) -> bool {
        matches!(self, Self::Export | Self::Print)
    }

    fn thread_name(self) -> &'static str {
        match self {
            Self::Dialog => "file-dialog-answer",
            Self::Import => "import",
            Self::Export => "export",
            Self::Print => "print",
            Self::Check => "check",
            Self::Printers => "printers",
            Self::FontReport => "font-report",
            Self::PaperFaces => "paper-fonts",
        }
    }
}

/// What a job brought back: the answer a command carries to the room that applies it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Done {
    /// The file dialog opened for `DialogPurpose` was answered.
    Dialog(DialogPurpose, DialogOutcome),
    /// The file at this path was read (or why not).
    Imported(PathBuf, Result<Box<Imported>, Text>),
    /// An export was written: what the status line says (or why not).
    Exported(Result<Text, Text>),
    Printed(Result<Printed, Text>),
    Checked(Payload<Checked>),
    Printers(Vec<String>),
    FontReport(FontReport),
    PaperFaces(Payload<Vec<(Role, LoadedFace)>>),
    /// The job ended without an answer (it panicked, or its thread could not start).
    Failed(JobKind, Text),
}

impl From<Done> for Command {
    fn from(done: Done) -> Self {
        Command::Done(done)
    }
}

/// The checker's findings and figures, and what they were computed from (the derived views'
/// key: revision, text options, checker options).
#[derive(Debug)]
pub struct Checked {
    pub key: (u64, crate::export::text::TextOptions, u64),
    pub findings: Vec<Finding>,
    pub figures: Vec<Figure>,
}

/// A result that is moved, not compared: commands are `Clone + Eq`, and findings or font
/// data need not be. Taken once by whoever applies the command; two payloads are equal only
/// when they are the same one.
pub struct Payload<T>(Arc<Mutex<Option<T>>>);

impl<T> Payload<T> {
    pub fn new(value: T) -> Self {
        Self(Arc::new(Mutex::new(Some(value))))
    }

    /// The value, the first time it is asked for.
    pub fn take(&self) -> Option<T> {
        self.0.lock().ok().and_then(|mut v| v.take())
    }
}

impl<T> Clone for Payload<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<T> PartialEq for Payload<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Eq for Payload<T> {}

impl<T> std::fmt::Debug for Payload<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Payload<{}>", std::any::type_name::<T>())
    }
}

/// A job's cancel flag, as its work sees it.
#[derive(Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub fn flag(&self) -> &AtomicBool {
        &self.0
    }
}

/// A job that has not answered yet.
pub struct Job {
    kind: JobKind,
    /// The file it works on, for the status line (the import's).
    file: Option<PathBuf>,
    started: Instant,
    cancel: Cancel,
    answer: Receiver<Command>,
}

impl Job {
    /// The file's name and the whole seconds since the job started, for the status line.
    pub fn progress(&self) -> (String, u64) {
        let name = self.file.as_deref().map_or_else(String::new, |path| {
            path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        });
        (name, self.started.elapsed().as_secs())
    }

    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }
}

impl Drop for Job {
    /// A job dropped unfinished (cancelled, or the window closing) is told to stop.
    fn drop(&mut self) {
        self.cancel.0.store(true, Ordering::Relaxed);
    }
}

/// The jobs running, polled once a frame.
#[derive(Default)]
pub struct Jobs {
    ctx: Option<egui::Context>,
    running: Vec<Job>,
}

impl Jobs {
    /// Jobs that ask `ctx` for a frame when they end.
    pub fn new(ctx: &egui::Context) -> Self {
        Self {
            ctx: Some(ctx.clone()),
            running: Vec::new(),
        }
    }

    /// Start `work` as a job of `kind` (about `file`, when it works on one). Its answer comes
    /// back through [`Jobs::poll`].
    pub fn spawn(
        &mut self,
        kind: JobKind,
        file: Option<&Path>,
        work: impl FnOnce(&Cancel) -> Command + Send + 'static,
    ) {
        let (tx, answer) = channel();
        let cancel = Cancel::default();
        let flag = cancel.clone();
        let ctx = self.ctx.clone();
        let sender = tx.clone();
        let spawned = std::thread::Builder::new()
            .name(kind.thread_name().to_owned())
            .spawn(move || {
                let answer = catch_unwind(AssertUnwindSafe(|| work(&flag))).unwrap_or_else(|_| {
                    Done::Failed(kind, Text::tr("后台任务意外中止。", &[])).into()
                });
                let _ = sender.send(answer);
                if let Some(ctx) = ctx {
                    ctx.request_repaint();
                }
            });
        if let Err(err) = spawned {
            let _ = tx.send(Done::Failed(kind, Text::tr("无法启动后台任务：{}", &[&err])).into());
        }
        self.running.push(Job {
            kind,
            file: file.map(Path::to_path_buf),
            started: Instant::now(),
            cancel,
            answer,
        });
    }

    /// The answers of the jobs that ended since the last poll, as commands.
    pub fn poll(&mut self) -> Vec<Command> {
        let mut out = Vec::new();
        self.running.retain(|job| match job.answer.try_recv() {
            Ok(command) => {
                out.push(command);
                false
            }
            Err(TryRecvError::Empty) => true,
            Err(TryRecvError::Disconnected) => {
                out.push(Done::Failed(job.kind, Text::tr("后台任务意外中止。", &[])).into());
                false
            }
        });
        out
    }

    /// The job of `kind`, while it runs.
    pub fn running(&self, kind: JobKind) -> Option<&Job> {
        self.running.iter().find(|job| job.kind == kind)
    }

    pub fn is_running(&self, kind: JobKind) -> bool {
        self.running(kind).is_some()
    }

    /// Stop waiting for the job of `kind`: its answer is dropped and its cancel flag set.
    /// The job, if one ran.
    pub fn cancel(&mut self, kind: JobKind) -> Option<Job> {
        let at = self.running.iter().position(|job| job.kind == kind)?;
        Some(self.running.remove(at))
    }

    /// Any job is running.
    pub fn busy(&self) -> bool {
        !self.running.is_empty()
    }

    /// A job the window finishes before it closes is running.
    pub fn holds_close(&self) -> bool {
        self.running.iter().any(|job| job.kind.holds_close())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::command::FileCommand;

    fn wait(jobs: &mut Jobs) -> Vec<Command> {
        for _ in 0..500 {
            let done = jobs.poll();
            if !done.is_empty() {
                return done;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        panic!("the job did not answer in 5 s");
    }

    #[test]
    fn a_job_answers_once_with_a_command_and_asks_for_a_frame() {
        let ctx = egui::Context::default();
        let mut jobs = Jobs::new(&ctx);
        jobs.spawn(JobKind::Export, None, |_| {
            Done::Exported(Ok(Text::tr("已导出到“{}”。", &[&"x.pdf"]))).into()
        });
        assert!(jobs.busy() && jobs.holds_close());
        let done = wait(&mut jobs);
        assert!(
            matches!(&done[..], [Command::Done(Done::Exported(Ok(_)))]),
            "{done:?}"
        );
        assert!(!jobs.busy() && jobs.poll().is_empty(), "answered once");
        assert!(ctx.has_requested_repaint(), "the answer asks for a frame");
    }

    #[test]
    fn a_job_that_panics_answers_failed_in_both_languages() {
        let mut jobs = Jobs::new(&egui::Context::default());
        jobs.spawn(JobKind::Check, None, |_| panic!("boom"));
        let done = wait(&mut jobs);
        let [Command::Done(Done::Failed(JobKind::Check, err))] = &done[..] else {
            panic!("{done:?}");
        };
        assert!(err.zh.contains("后台任务"), "{}", err.zh);
        assert!(!err.en.contains("后台"), "English: {}", err.en);
    }

    #[test]
    fn a_cancelled_job_is_told_to_stop_and_its_answer_dropped() {
        let mut jobs = Jobs::new(&egui::Context::default());
        let (seen_tx, seen) = channel();
        jobs.spawn(
            JobKind::Import,
            Some(Path::new("/tmp/去年.doc")),
            move |cancel| {
                while !cancel.flag().load(Ordering::Relaxed) {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                let _ = seen_tx.send(());
                FileCommand::CancelImport.into()
            },
        );
        assert_eq!(
            jobs.running(JobKind::Import).map(|j| j.progress().0),
            Some("去年.doc".to_owned())
        );
        assert!(!jobs.holds_close(), "an import does not hold the window");
        assert!(jobs.cancel(JobKind::Import).is_some());
        seen.recv_timeout(std::time::Duration::from_secs(5))
            .expect("the work saw the flag");
        assert!(!jobs.busy() && jobs.poll().is_empty());
    }

    #[test]
    fn a_payload_is_taken_once_and_equal_only_to_itself() {
        let a = Payload::new(vec![1, 2]);
        let b = a.clone();
        assert_eq!(a, b);
        assert_ne!(a, Payload::new(vec![1, 2]));
        assert_eq!(b.take(), Some(vec![1, 2]));
        assert_eq!(a.take(), None);
    }
}
