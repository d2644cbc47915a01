//! The jobs the document itself calls for (the checker's pass, the paper preview's faces), and
//! every job's answer, handed to the room its work belongs to. Continues `impl WorkSummaryApp`.

use super::WorkSummaryApp;
use crate::export::print::Printed;
use crate::i18n::Text;
use crate::ui::command::Discarding;
use crate::ui::jobs::{Done, JobKind};
use crate::ui::modals::export::ExportDialog;
use crate::ui::modals::print::PrintDialog;

impl WorkSummaryApp {
    /// Start what the document calls for, once a frame after it was followed: a check of the
    /// newest text when none runs, the paper preview's faces once its sheets show text.
    pub(super) fn start_jobs(&mut self) {
        let jobs = &mut self.flows.jobs;
        if !jobs.is_running(JobKind::Check)
            && let Some(work) = self.derived.check_work(&self.doc)
        {
            jobs.spawn(JobKind::Check, None, move |_| work().into());
        }
        if self.view.paper.wants_faces() {
            let wanted = self.prefs.export.fonts.clone();
            jobs.spawn(JobKind::PaperFaces, None, move |_| {
                let faces = crate::export::pdf::load_faces(&wanted).unwrap_or_default();
                Done::PaperFaces(crate::ui::jobs::Payload::new(faces)).into()
            });
        }
    }

    /// A job's answer, applied where its work belongs.
    pub(super) fn apply_done(&mut self, ctx: &egui::Context, done: Done) {
        match done {
            Done::Dialog(purpose, outcome) => self.dialog_answered(purpose, outcome),
            Done::Imported(path, Ok(imported)) => self.request_discard(Discarding::Imported(
                imported,
                Text::tr("“{}”", &[&path.display()]),
            )),
            Done::Imported(_, Err(err)) | Done::Exported(Err(err)) | Done::Printed(Err(err)) => {
                self.set_error(err);
            }
            Done::Exported(Ok(message)) => self.set_status(message),
            Done::Printed(Ok(Printed::Queued(said))) => {
                self.set_status(Text::tr("已送到打印机：{}", &[&said.trim()]));
            }
            Done::Printed(Ok(Printed::Opened(path))) => self.set_status(Text::tr(
                "已在 PDF 阅读器中打开“{}”，请从那里打印。",
                &[&path.display()],
            )),
            Done::Checked(payload) => {
                if let Some(checked) = payload.take() {
                    self.derived.receive_check(checked);
                }
            }
            Done::Printers(printers) => {
                if let Some(dialog) = self.flows.modals.find_mut::<PrintDialog>() {
                    dialog.set_printers(printers);
                }
            }
            Done::FontReport(report) => {
                if let Some(dialog) = self.flows.modals.find_mut::<ExportDialog>() {
                    dialog.set_font_report(Ok(report));
                }
            }
            Done::PaperFaces(payload) => {
                if let Some(faces) = payload.take() {
                    self.view.paper.receive_faces(ctx, faces);
                }
            }
            Done::Failed(kind, err) => self.job_failed(kind, err),
        }
    }

    /// A job that ended without an answer: said, and whoever waited for it stops waiting.
    fn job_failed(&mut self, kind: JobKind, err: Text) {
        match kind {
            JobKind::Check => self.derived.check_failed(),
            JobKind::Printers => {
                if let Some(dialog) = self.flows.modals.find_mut::<PrintDialog>() {
                    dialog.set_printers(Vec::new());
                }
            }
            JobKind::FontReport => {
                if let Some(dialog) = self.flows.modals.find_mut::<ExportDialog>() {
                    dialog.set_font_report(Err(err.clone()));
                }
            }
            JobKind::Dialog => self.flows.discard.cancel(),
            JobKind::Import | JobKind::Export | JobKind::Print | JobKind::PaperFaces => {}
        }
        self.set_error(err);
    }
}
