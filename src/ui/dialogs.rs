//! File dialogs behind a trait: native ones on a thread (the window never freezes), or a test
//! double that answers from a script.

use crate::i18n::Text;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogKind {
    Open,
    /// Several files at once (合并草稿…).
    OpenMany,
    Save,
}

/// What to ask the user for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DialogRequest {
    pub kind: DialogKind,
    pub title: String,
    pub filter_name: String,
    pub extensions: Vec<String>,
    pub file_name: Option<String>,
    pub directory: Option<PathBuf>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogOutcome {
    Picked(PathBuf),
    /// The files of an `OpenMany` dialog.
    PickedMany(Vec<PathBuf>),
    Cancelled,
    /// No dialog could be shown; the text says why.
    Unavailable(Text),
}

pub trait FileDialogs {
    /// Start a dialog; the answer arrives on the receiver, which the app polls every frame.
    fn show(&self, request: DialogRequest) -> Receiver<DialogOutcome>;
}

/// A dialog that "answers" sooner than this was never shown: no person cancels that fast.
const FASTEST_HUMAN_ANSWER: Duration = Duration::from_millis(250);

/// The system's dialogs through rfd, run on their own thread.
#[derive(Default)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn show(&self, request: DialogRequest) -> Receiver<DialogOutcome> {
        let (tx, rx) = channel();
        if let Some(reason) = unavailable_reason() {
            let _ = tx.send(DialogOutcome::Unavailable(reason));
            return rx;
        }
        let spawned = std::thread::Builder::new()
            .name("file-dialog".to_owned())
            .spawn(move || {
                let started = Instant::now();
                let mut dialog = rfd::FileDialog::new()
                    .set_title(&request.title)
                    .add_filter(&request.filter_name, &request.extensions);
                if let Some(dir) = &request.directory {
                    dialog = dialog.set_directory(dir);
                }
                if let Some(name) = &request.file_name {
                    dialog = dialog.set_file_name(name);
                }
                let picked = match request.kind {
                    DialogKind::Open => dialog.pick_file().map(DialogOutcome::Picked),
                    DialogKind::OpenMany => dialog.pick_files().map(DialogOutcome::PickedMany),
                    DialogKind::Save => dialog.save_file().map(DialogOutcome::Picked),
                };
                let outcome = match picked {
                    Some(outcome) => outcome,
                    // rfd reports a failed dialog as a cancel; tell them apart by time.
                    None if started.elapsed() < FASTEST_HUMAN_ANSWER => {
                        DialogOutcome::Unavailable(Text::tr(no_dialog(), &[]))
                    }
                    None => DialogOutcome::Cancelled,
                };
                let _ = tx.send(outcome);
            });
        if let Err(err) = spawned {
            let (tx, rx) = channel();
            let _ = tx.send(DialogOutcome::Unavailable(Text::tr(
                "无法启动文件对话框：{}。",
                &[&err],
            )));
            return rx;
        }
        rx
    }
}

const NO_DIALOG: &str =
    "系统文件对话框无法打开（没有桌面门户 xdg-desktop-portal，也没有 zenity）。";

/// Why no dialog showed: the portal and zenity exist only on Linux desktops.
fn no_dialog() -> &'static str {
    if cfg!(target_os = "linux") {
        NO_DIALOG
    } else {
        "系统文件对话框无法打开。"
    }
}

/// On Linux the dialog needs a desktop portal on the session bus, or zenity.
fn unavailable_reason() -> Option<Text> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let has_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
    let has_zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|p| p.join("zenity").is_file()));
    (!has_bus && !has_zenity).then(|| Text::tr(NO_DIALOG, &[]))
}

/// A test double: answers each dialog with the next scripted outcome and records requests.
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    pub answers: Arc<Mutex<VecDeque<DialogOutcome>>>,
    pub requests: Arc<Mutex<Vec<DialogRequest>>>,
}

impl ScriptedDialogs {
    pub fn answer(&self, outcome: DialogOutcome) {
        if let Ok(mut answers) = self.answers.lock() {
            answers.push_back(outcome);
        }
    }
}

impl FileDialogs for ScriptedDialogs {
    fn show(&self, request: DialogRequest) -> Receiver<DialogOutcome> {
        let (tx, rx) = channel();
        if let Ok(mut requests) = self.requests.lock() {
            requests.push(request);
        }
        let outcome = self
            .answers
            .lock()
            .ok()
            .and_then(|mut a| a.pop_front())
            .unwrap_or(DialogOutcome::Cancelled);
        let _ = tx.send(outcome);
        rx
    }
}
