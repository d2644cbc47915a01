//! The system file dialogs: which dialog each purpose shows (one table), opening it on its
//! thread (`ui/dialogs.rs`) with a job waiting for its answer, the path box when there is no
//! dialog, and what a picked path goes on to. Continues `impl WorkSummaryApp`.

use super::WorkSummaryApp;
use crate::i18n::{Text, tr};
use crate::storage::draft;
use crate::ui::command::{DialogPurpose, Discarding};
use crate::ui::dialogs::{DialogKind, DialogOutcome, DialogRequest};
use crate::ui::jobs::{Done, JobKind};
use crate::ui::modals::prompt::{PathBox, Prompt};
use std::path::{Path, PathBuf};

/// How the dialog of a purpose is shown.
struct DialogSpec {
    kind: DialogKind,
    /// The dialog's title, and the path box's (a table key).
    heading: &'static str,
    /// The filter's name (a table key).
    filter: &'static str,
    /// The extensions the filter shows; the first is added to a name typed without one.
    extensions: Vec<&'static str>,
}

/// The one table of file dialogs.
fn spec(purpose: DialogPurpose) -> DialogSpec {
    let draft = |kind, heading| DialogSpec {
        kind,
        heading,
        filter: "工作总结草稿",
        extensions: vec![draft::EXTENSION],
    };
    match purpose {
        DialogPurpose::Open => draft(DialogKind::Open, "打开草稿"),
        DialogPurpose::SaveAs => draft(DialogKind::Save, "保存草稿"),
        DialogPurpose::Reference | DialogPurpose::StartFrom => {
            draft(DialogKind::Open, "选择上期草稿")
        }
        DialogPurpose::CompareWith => draft(DialogKind::Open, "选择要对比的草稿"),
        DialogPurpose::Merge => draft(DialogKind::OpenMany, "选择要合并的草稿"),
        DialogPurpose::ExportText => DialogSpec {
            kind: DialogKind::Save,
            heading: "导出文本",
            filter: "文本文件",
            extensions: vec!["txt"],
        },
        DialogPurpose::Export(format) => DialogSpec {
            kind: DialogKind::Save,
            heading: "导出",
            filter: format.label(),
            extensions: vec![format.extension()],
        },
        DialogPurpose::Import => DialogSpec {
            kind: DialogKind::Open,
            heading: "导入",
            filter: "文本、Word、Markdown 或网页",
            extensions: vec![
                "txt", "docx", "md", "markdown", "html", "htm", "doc", "wps", "odt",
            ],
        },
        DialogPurpose::SaveDiff => DialogSpec {
            kind: DialogKind::Save,
            heading: "保存对比报告",
            filter: "HTML 文件",
            extensions: vec!["html"],
        },
    }
}

impl WorkSummaryApp {
    /// A file name for Save As: the draft's own name, else the title, else 工作总结.
    fn suggested_name(&self, extension: &str) -> String {
        if let Some(name) = self.doc.path().and_then(Path::file_stem) {
            return format!("{}.{extension}", name.to_string_lossy());
        }
        let title: String = self
            .doc
            .report()
            .title
            .trim()
            .chars()
            .filter(|c| !r#"\/:*?"<>|"#.contains(*c) && !c.is_control())
            .take(60)
            .collect();
        let stem = if title.is_empty() {
            "工作总结"
        } else {
            &title
        };
        format!("{stem}.{extension}")
    }

    /// Where a dialog starts: the draft's own folder, else the user's documents folder.
    pub(super) fn start_dir(&self) -> Option<PathBuf> {
        self.doc
            .path()
            .and_then(Path::parent)
            .filter(|p| !p.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .or_else(|| self.prefs.dirs.as_ref().and_then(|d| d.documents.clone()))
    }

    /// A path typed into the path box: `~` is the home folder, and a relative path (a bare
    /// name) is in the folder the box started in, never the process's working folder.
    pub(super) fn resolve_typed(&self, path: PathBuf) -> PathBuf {
        if let Ok(rest) = path.strip_prefix("~")
            && let Some(home) = crate::storage::home_dir()
        {
            return home.join(rest);
        }
        if path.is_relative()
            && let Some(dir) = self.start_dir()
        {
            return dir.join(path);
        }
        path
    }

    pub(super) fn start_dialog(&mut self, purpose: DialogPurpose) {
        if self.flows.jobs.is_running(JobKind::Dialog) {
            self.set_status(Text::tr("文件对话框已打开，请先完成或取消它。", &[]));
            return;
        }
        let lang = self.lang();
        let spec = spec(purpose);
        let request = DialogRequest {
            kind: spec.kind,
            title: tr(lang, spec.heading).to_owned(),
            filter_name: tr(lang, spec.filter).to_owned(),
            extensions: spec.extensions.iter().map(|e| (*e).to_owned()).collect(),
            file_name: (spec.kind == DialogKind::Save)
                .then(|| self.suggested_name(spec.extensions[0])),
            directory: self.start_dir(),
        };
        let answer = self.dialogs.show(request);
        self.flows.jobs.spawn(JobKind::Dialog, None, move |_| {
            let outcome = answer.recv().unwrap_or_else(|_| {
                DialogOutcome::Unavailable(Text::tr("文件对话框意外关闭。", &[]))
            });
            Done::Dialog(purpose, outcome).into()
        });
    }

    /// The dialog opened for `purpose` was answered.
    pub(super) fn dialog_answered(&mut self, purpose: DialogPurpose, outcome: DialogOutcome) {
        match outcome {
            DialogOutcome::Picked(path) => self.dialog_picked(purpose, path),
            DialogOutcome::PickedMany(paths) if purpose == DialogPurpose::Merge => {
                self.request_discard(Discarding::Merge(paths));
            }
            DialogOutcome::PickedMany(paths) => match paths.into_iter().next() {
                Some(path) => self.dialog_picked(purpose, path),
                None => self.cancel_pending(),
            },
            DialogOutcome::Cancelled => self.cancel_pending(),
            DialogOutcome::Unavailable(reason) => {
                // Not an error the user made: said plainly, the system's reason on hover
                // of the box's note.
                let spec = spec(purpose);
                let dir = self.start_dir();
                let text = match (spec.kind, &dir) {
                    (DialogKind::Save, Some(d)) => d
                        .join(self.suggested_name(spec.extensions[0]))
                        .display()
                        .to_string(),
                    (DialogKind::Save, None) => self.suggested_name(spec.extensions[0]),
                    // A folder to go on from, never a file that is not there.
                    (_, Some(d)) => with_separator(d),
                    (_, None) => String::new(),
                };
                self.set_status(Text::tr("没有系统文件对话框，请在框中输入文件路径。", &[]));
                let mut prompt = Prompt::new(spec.heading, "文件路径：", text);
                prompt.note = Some(reason);
                prompt.select_name = spec.kind == DialogKind::Save;
                self.flows.modals.open(PathBox { purpose, prompt });
            }
        }
    }

    /// The user cancelled a dialog or a question: nothing waits for a save any more.
    pub(super) fn cancel_pending(&mut self) {
        self.flows.discard.cancel();
        self.set_status(Text::tr("已取消。", &[]));
    }

    pub(super) fn dialog_picked(&mut self, purpose: DialogPurpose, path: PathBuf) {
        match purpose {
            DialogPurpose::Open => self.open_path(&path),
            DialogPurpose::SaveAs => {
                let path = with_default_extension(path, draft::EXTENSION);
                self.save_and_continue(&path);
            }
            DialogPurpose::ExportText => {
                let path = with_default_extension(path, "txt");
                self.export_to(None, path);
            }
            DialogPurpose::Export(format) => {
                let path = with_default_extension(path, format.extension());
                self.export_to(Some(format), path);
            }
            DialogPurpose::Import => self.import_path(&path),
            DialogPurpose::SaveDiff => {
                let path = with_default_extension(path, "html");
                self.save_diff_to(&path);
            }
            DialogPurpose::Reference => self.set_reference(&path),
            DialogPurpose::CompareWith => self.compare_with(&path),
            DialogPurpose::StartFrom => self.request_discard(Discarding::StartFrom(path)),
            DialogPurpose::Merge => self.request_discard(Discarding::Merge(vec![path])),
        }
    }
}

/// A folder as the start of a path to type on: with its separator at the end.
fn with_separator(dir: &Path) -> String {
    let mut text = dir.display().to_string();
    if !text.ends_with(std::path::MAIN_SEPARATOR) {
        text.push(std::path::MAIN_SEPARATOR);
    }
    text
}

/// A name typed without an extension gets the format's own.
fn with_default_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
    }
}
