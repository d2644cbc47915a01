//! From one period to the next (issue 13) in the app: the reference for the follow-through,
//! comparing with another draft, starting from last period's draft, merging department
//! drafts. Continues `impl WorkSummaryApp`; the work itself is `crate::compare`'s.

use super::WorkSummaryApp;
use crate::compare::{diff, follow, merge, start};
use crate::i18n::{Lang, Text};
use crate::model::{ItemKey, Report};
use crate::storage::draft;
use crate::ui::command::CompareCommand;
use crate::ui::modals::diff::DiffView;
use crate::ui::modals::merge_report::MergeReport;
use crate::ui::nav::SideView;
use std::path::{Path, PathBuf};

/// A file's name for reports and merge tags: its stem.
fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

impl WorkSummaryApp {
    pub(super) fn apply_compare(&mut self, command: CompareCommand) {
        match command {
            CompareCommand::Link {
                plan,
                answer,
                linked,
            } => self.link(&plan, &answer, linked),
        }
    }

    /// 对照上期草稿…: last period's draft becomes the reference (saved in this draft).
    pub(super) fn set_reference(&mut self, path: &Path) {
        if let Err(err) = self.reference.load(path) {
            self.set_error(err);
            return;
        }
        let at = self.doc.path().map(Path::to_path_buf);
        self.doc.edit(|r| {
            let before = r.reference.clone();
            follow::set_reference(r, at.as_deref(), path);
            r.reference != before
        });
        self.view.side = SideView::Follow;
        self.view.show_preview = true;
        self.set_status(Text::tr("已选择“{}”作为上期草稿。", &[&path.display()]));
    }

    /// Link or unlink an item of this draft and a plan of the reference, as one undo step.
    fn link(&mut self, plan: &ItemKey, answer: &ItemKey, linked: bool) {
        self.doc.edit(|r| {
            if linked {
                follow::link(r, plan, answer);
            } else {
                follow::unlink(r, plan, answer);
            }
            true
        });
    }

    /// 与其他草稿对比…: the other draft is the old side, this one the new.
    pub(super) fn compare_with(&mut self, path: &Path) {
        match draft::load_full(path) {
            Ok(other) => {
                let result = diff::diff(&other.report, self.doc.report());
                let name = self.file_name().get(self.lang()).to_owned();
                let view = DiffView::new(result, stem(path), name);
                self.flows.modals.open(view);
            }
            Err(err) => self.set_error(err.text()),
        }
    }

    pub(super) fn save_diff_to(&mut self, path: &Path) {
        let Some(view) = self.flows.modals.find::<DiffView>() else {
            return;
        };
        let html = view.html(self.lang());
        match crate::storage::write::write_file(path, html.as_bytes()) {
            Ok(()) => self.set_status(Text::tr("已保存对比报告到“{}”。", &[&path.display()])),
            Err(err) => self.set_error(err.text()),
        }
    }

    /// 以上期为基础新建…: a new unsaved draft prompted by last period's plans.
    pub(super) fn start_from(&mut self, path: &Path) {
        let last = match draft::load_full(path) {
            Ok(last) => last.report,
            Err(err) => return self.set_error(err.text()),
        };
        let stored = follow::reference_path_for(None, path);
        let report = start::start_from_last(&last, &stored);
        self.doc
            .replace_unsaved(report, Report::default(), None, None);
        self.doc.mark_dirty();
        self.show_new_document();
        if let Err(err) = self.reference.load(path) {
            self.set_error(err);
        }
        self.view.side = SideView::Follow;
        self.set_status(Text::tr("已以“{}”为基础新建草稿。", &[&path.display()]));
    }

    /// 合并草稿…: the drafts gathered into a new unsaved draft, with the merge report.
    pub(super) fn merge_drafts(&mut self, paths: &[PathBuf]) {
        let mut reports = Vec::new();
        for path in paths {
            match draft::load_full(path) {
                Ok(loaded) => reports.push((stem(path), loaded.report)),
                Err(err) => return self.set_error(err.text()),
            }
        }
        let inputs: Vec<merge::MergeInput<'_>> = reports
            .iter()
            .map(|(name, report)| merge::MergeInput {
                name: name.clone(),
                report,
            })
            .collect();
        let merged = merge::merge(&inputs);
        let zh = merge::log_text(&merged.log, Lang::Zh);
        let en = merge::log_text(&merged.log, Lang::En);
        self.doc
            .replace_unsaved(merged.report, Report::default(), None, None);
        self.doc.mark_dirty();
        self.show_new_document();
        let report = MergeReport::new(paths.len(), zh, en);
        self.flows.modals.open(report);
        self.set_status(Text::tr(
            "已合并 {} 份草稿，请检查后保存。",
            &[&paths.len()],
        ));
    }
}
