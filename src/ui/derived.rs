//! Views derived from the report: the preview text, the pages of the GB/T 9704 layout (the
//! paper preview's, print's and the page count's), the proofreading findings, the figures and
//! the word counts. Recomputed when the document's revision or the text options
//! change — while keys come fast, at most every `EVERY` seconds, and once typing pauses.
//! The checker's pass runs as a job (`ui/jobs.rs`): the findings shown are those of the
//! latest pass, and a pass for the newest text starts as soon as the last one is in.

use super::document::Document;
use super::jobs::{Checked, Done, Payload};
use crate::check::{self, Figure, Finding, Rule};
use crate::export::pages::Page;
use crate::export::text::{self, TextOptions};
use crate::export::{self as exporter, ExportOptions};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The most often derived views are recomputed while the user types (seconds).
const EVERY: f64 = 0.12;

#[derive(Default)]
pub struct Derived {
    /// The formatted text, one paragraph a line.
    pub preview: String,
    /// Bumped when the preview text changes; with the width, keys the laid-out paragraphs.
    pub preview_version: u64,
    /// The pages of the GB/T 9704 layout (the PDF's).
    pub sheets: Vec<Page>,
    pub findings: Vec<Finding>,
    /// Every figure with its unit and indicator (the 数据 tab).
    pub figures: Vec<Figure>,
    /// 字数 of the whole report and of each section.
    pub words: usize,
    pub section_words: Vec<usize>,
    /// The checker (with its caches), lent to the check job while it runs.
    checker: Arc<Mutex<check::Checker>>,
    /// The checker's options as last set; the next check job hands them to the checker.
    check_options: check::Options,
    /// What the views were computed from: revision, text options, checker options.
    key: Option<Key>,
    /// Bumped when the checker's options (rules, word list) change.
    options_version: u64,
    /// When they were last computed (egui's input time, seconds).
    at: Option<f64>,
    /// What the findings and figures were computed from (behind `key` while a check job
    /// runs).
    checked: Option<Key>,
}

/// What the views are computed from: revision, text options, checker options.
pub type Key = (u64, TextOptions, u64);

impl Derived {
    /// Bring the views up to date with `doc` at time `now`; returns how long to wait before
    /// asking again when the update was put off (fast typing).
    pub fn refresh(
        &mut self,
        doc: &Document,
        options: &ExportOptions,
        now: f64,
    ) -> Option<Duration> {
        let key = self.key_for(doc, options);
        if self.key != Some(key)
            && let Some(wait) = self.lay_out(doc, options, key, now)
        {
            return Some(wait);
        }
        if self.checked != self.key
            && doc.report().is_blank()
            && let Ok(mut checker) = self.checker.try_lock()
        {
            // A new draft's section titles alone: no dictionary needed, no job.
            checker.set_options(self.check_options.clone());
            if let Some(findings) = checker.check_blank(doc.report()) {
                self.findings = findings;
                self.figures.clear();
                self.checked = self.key;
            }
        }
        None
    }

    /// The check job's work for the document as it is now, when the findings are behind it
    /// (the app starts it when no check job runs). It builds the checker's dictionary first
    /// if no pass has yet (a few hundred milliseconds, never on a frame).
    pub fn check_work(&self, doc: &Document) -> Option<impl FnOnce() -> Done + Send + 'static> {
        let key = self.key?;
        if self.checked == Some(key) {
            return None;
        }
        let report = doc.report().clone();
        let checker = self.checker.clone();
        let options = self.check_options.clone();
        Some(move || {
            if !check::is_warm() {
                check::warm_up();
            }
            let mut checker = checker.lock().unwrap_or_else(|e| e.into_inner());
            checker.set_options(options);
            let findings = checker.check(&report);
            let figures = check::figures(&report);
            Done::Checked(Payload::new(Checked {
                key,
                findings,
                figures,
            }))
        })
    }

    /// A check job's findings and figures: shown (the newest there are), even when the
    /// document has moved on; `checking` stays true until a pass of the newest text is in.
    pub fn receive_check(&mut self, checked: Checked) {
        self.findings = checked.findings;
        self.figures = checked.figures;
        self.checked = Some(checked.key);
    }

    /// A check job failed: the findings stay as they were, and no pass is tried again for
    /// this text.
    pub fn check_failed(&mut self) {
        self.checked = self.key;
    }

    /// The preview, the pages and the counts for `key`, unless fast typing puts them off.
    fn lay_out(
        &mut self,
        doc: &Document,
        options: &ExportOptions,
        key: Key,
        now: f64,
    ) -> Option<Duration> {
        let only_typing = self.key.is_some_and(|(_, o, v)| o == key.1 && v == key.2);
        let since = self.at.map_or(f64::INFINITY, |at| now - at);
        if only_typing && (0.0..EVERY).contains(&since) {
            return Some(Duration::from_secs_f64(EVERY - since));
        }
        self.at = Some(now);
        self.key = Some(key);
        let report = doc.report();
        let blocks = exporter::layout_for(report, options);
        self.preview = text::write_blocks(&blocks, &options.text_options());
        self.sheets = exporter::pages::paginate_blocks(&blocks, options.indent);
        self.preview_version += 1;
        self.words = crate::count::report(report);
        self.section_words = report.sections.iter().map(crate::count::section).collect();
        None
    }
}

impl Derived {
    /// The pages as laid out for `doc` with `options`, when they are up to date (not put off
    /// by fast typing): what print draws, instead of laying the report out again.
    pub fn current_sheets(&self, doc: &Document, options: &ExportOptions) -> Option<&[Page]> {
        (self.key == Some(self.key_for(doc, options))).then_some(self.sheets.as_slice())
    }

    /// What the views are computed from: revision, text options, checker options.
    fn key_for(&self, doc: &Document, options: &ExportOptions) -> Key {
        (doc.revision(), options.text_options(), self.options_version)
    }

    /// Proofread with these rules off and these words protected, from the next refresh on.
    pub fn set_check_options(&mut self, options: check::Options) {
        if self.check_options != options {
            if let Ok(mut checker) = self.checker.try_lock() {
                // A blank draft is checked here, without a job.
                checker.set_options(options.clone());
            }
            self.check_options = options;
            self.options_version += 1;
        }
    }

    /// The findings are behind the document: a check job runs or is about to.
    pub fn checking(&self) -> bool {
        self.checked != self.key
    }

    /// Masks (***, XX, 某某) and template placeholders still in the text.
    pub fn unfilled(&self) -> Vec<&Finding> {
        self.findings
            .iter()
            .filter(|f| matches!(f.rule, Rule::Mask | Rule::Placeholder))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::clock::ManualClock;
    use std::sync::Arc;

    /// A new draft needs no dictionary: its findings (the parts still empty) come in the
    /// first refresh, with no job and no wait.
    #[test]
    fn a_new_draft_is_checked_at_once_without_a_job() {
        let doc = Document::new(Arc::new(ManualClock::default()));
        let mut derived = Derived::default();
        assert_eq!(derived.refresh(&doc, &ExportOptions::default(), 0.0), None);
        assert!(!derived.checking());
        assert!(
            derived.check_work(&doc).is_none(),
            "nothing for a job to do"
        );
        let empty: Vec<Rule> = derived.findings.iter().map(|f| f.rule).collect();
        assert_eq!(empty, [Rule::Empty; 3], "{:?}", derived.findings);
    }

    /// The views come at once; the findings come from the check job, and a job's findings
    /// for older text are shown while a pass of the newest runs.
    #[test]
    fn views_come_at_once_and_findings_from_the_check_job() {
        let mut doc = Document::new(Arc::new(ManualClock::default()));
        doc.edit(|r| {
            r.title = "某局2024年工作总结".into();
            r.intro = "今年,我局完成了各项任务。".into();
            true
        });
        let options = ExportOptions::default();
        let mut derived = Derived::default();
        assert_eq!(derived.refresh(&doc, &options, 0.0), None, "nothing waits");
        assert!(derived.preview.contains("某局2024年工作总结"));
        assert!(!derived.sheets.is_empty(), "the pages are there");
        assert!(derived.findings.is_empty() && derived.checking());
        fn run(work: Option<impl FnOnce() -> Done>) -> Checked {
            let Done::Checked(payload) = (work.expect("a job to start"))() else {
                panic!("a check answers Checked");
            };
            payload.take().expect("the findings")
        }
        let first = run(derived.check_work(&doc));
        // The user typed on while the job ran.
        doc.edit(|r| {
            r.intro.push_str("共办结12件,");
            true
        });
        assert_eq!(derived.refresh(&doc, &options, 1.0), None);
        derived.receive_check(first);
        assert!(derived.checking(), "a pass of the newest text is still due");
        assert!(
            derived.findings.iter().any(|f| f.found == ","),
            "the older pass is shown meanwhile: {:?}",
            derived.findings
        );
        let second = run(derived.check_work(&doc));
        derived.receive_check(second);
        assert!(!derived.checking() && derived.check_work(&doc).is_none());
        let commas = derived.findings.iter().filter(|f| f.found == ",").count();
        assert!(commas >= 2, "{:?}", derived.findings);
    }
}
