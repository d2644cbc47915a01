//! Views derived from the report: the preview text, the pages of the GB/T 9704 layout (the
//! paper preview's, print's and the page count's), the proofreading findings, the figures and
//! the word counts. Recomputed when the document's revision or the text options
//! change — while keys come fast, at most every `EVERY` seconds, and once typing pauses.

use super::document::Document;
use crate::check::{self, Figure, Finding, Rule};
use crate::export::pages::Page;
use crate::export::text::{self, TextOptions};
use crate::export::{self as exporter, ExportOptions};
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
    checker: check::Checker,
    /// What the views were computed from: revision, text options, checker options.
    key: Option<(u64, TextOptions, u64)>,
    /// Bumped when the checker's options (rules, word list) change.
    options_version: u64,
    /// When they were last computed (egui's input time, seconds).
    at: Option<f64>,
    /// What the findings and figures were computed from (behind `key` while the checker
    /// warms up).
    checked: Option<(u64, TextOptions, u64)>,
    /// The checker is warming up on a thread: check only once it is warm, so that no frame
    /// (the first above all) waits for the dictionary.
    wait_for_checker: bool,
}

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
        if self.checked != self.key {
            let report = doc.report();
            if let Some(findings) = self.checker.check_blank(report) {
                // A new draft's section titles alone: no dictionary needed.
                self.findings = findings;
                self.figures.clear();
                self.checked = self.key;
                return None;
            }
            if self.wait_for_checker && !check::is_warm() && check::warm_up_in_background() {
                // Looked at again in a moment; the views above are already shown.
                return Some(Duration::from_millis(30));
            }
            self.findings = self.checker.check(report);
            self.figures = check::figures(report);
            self.checked = self.key;
        }
        None
    }

    /// The preview, the pages and the counts for `key`, unless fast typing puts them off.
    fn lay_out(
        &mut self,
        doc: &Document,
        options: &ExportOptions,
        key: (u64, TextOptions, u64),
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
    fn key_for(&self, doc: &Document, options: &ExportOptions) -> (u64, TextOptions, u64) {
        (doc.revision(), options.text_options(), self.options_version)
    }

    /// Proofread with these rules off and these words protected, from the next refresh on.
    pub fn set_check_options(&mut self, options: check::Options) {
        if *self.checker.options() != options {
            self.checker.set_options(options);
            self.options_version += 1;
        }
    }

    /// Check only once the checker is warm, warming it up on a thread when a document first
    /// holds text to check.
    pub fn wait_for_checker(&mut self, wait: bool) {
        self.wait_for_checker = wait;
    }

    /// The findings are behind the document: the checker is still warming up.
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
    /// first refresh, warm checker or not, and nothing waits.
    #[test]
    fn a_new_draft_is_checked_at_once_without_waiting_for_the_checker() {
        let doc = Document::new(Arc::new(ManualClock::default()));
        let mut derived = Derived::default();
        derived.wait_for_checker(true);
        assert_eq!(derived.refresh(&doc, &ExportOptions::default(), 0.0), None);
        assert!(!derived.checking());
        let empty: Vec<Rule> = derived.findings.iter().map(|f| f.rule).collect();
        assert_eq!(empty, [Rule::Empty; 3], "{:?}", derived.findings);
    }

    #[test]
    fn views_come_at_once_and_findings_once_the_checker_is_warm() {
        let mut doc = Document::new(Arc::new(ManualClock::default()));
        doc.edit(|r| {
            r.title = "某局2024年工作总结".into();
            r.intro = "今年,我局完成了各项任务。".into();
            true
        });
        let options = ExportOptions::default();
        let mut derived = Derived::default();
        derived.wait_for_checker(true);
        // Another test of this process may have warmed the checker already.
        if !check::is_warm() {
            let wait = derived.refresh(&doc, &options, 0.0);
            assert!(wait.is_some(), "asks to be called again");
            assert!(
                derived.preview.contains("某局2024年工作总结"),
                "the preview is there"
            );
            assert!(!derived.sheets.is_empty(), "the pages are there");
            assert!(derived.findings.is_empty() && derived.checking());
        }
        check::warm_up();
        assert_eq!(derived.refresh(&doc, &options, 1.0), None);
        assert!(!derived.checking());
        assert!(
            derived.findings.iter().any(|f| f.found == ","),
            "{:?}",
            derived.findings
        );
    }
}
