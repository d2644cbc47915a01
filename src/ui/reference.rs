//! Last period's draft, held for the plan follow-through (对照): its terms (a `Follower`) and
//! the follow-through of the open draft, recomputed when the document's revision changes — at
//! most every `EVERY` seconds while keys come fast, like the other derived views.

use super::document::Document;
use crate::compare::follow::{FollowThrough, Follower, resolve_reference};
use crate::i18n::Text;
use crate::storage::draft;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The follow-through is recomputed at most this often while the user types (seconds).
const EVERY: f64 = 0.25;

#[derive(Default)]
pub struct ReferenceView {
    /// The reference's file and its segmented plans and problems.
    loaded: Option<(PathBuf, Follower)>,
    /// What the side panel shows.
    pub result: FollowThrough,
    /// The file last asked for (loaded or not), so a missing file is not read every frame.
    wanted: Option<PathBuf>,
    /// The revision the result was computed from.
    revision: Option<u64>,
    at: Option<f64>,
}

impl ReferenceView {
    /// The reference's file, when one is loaded.
    pub fn file(&self) -> Option<&Path> {
        self.loaded.as_ref().map(|(p, _)| p.as_path())
    }

    /// Read last period's draft at `path` as the reference.
    pub fn load(&mut self, path: &Path) -> Result<(), Text> {
        let loaded = draft::load_full(path).map_err(|e| e.text())?;
        self.loaded = Some((path.to_path_buf(), Follower::new(&loaded.report)));
        self.wanted = Some(path.to_path_buf());
        self.revision = None;
        Ok(())
    }

    /// Forget the reference (another draft was opened).
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// Load the reference the draft names, if it names one and it is not loaded yet.
    pub fn follow_draft(&mut self, doc: &Document) -> Option<Text> {
        let Some(reference) = &doc.report().reference else {
            if self.loaded.is_some() {
                self.clear();
            }
            return None;
        };
        let path = resolve_reference(doc.path(), reference);
        if self.wanted.as_deref() == Some(path.as_path()) {
            return None;
        }
        self.wanted = Some(path.clone());
        let failed = self.load(&path).err();
        if failed.is_some() {
            self.loaded = None;
            self.result = FollowThrough::default();
        }
        failed
    }

    /// Bring the follow-through up to date with `doc` at time `now`; returns how long to wait
    /// when the update was put off.
    pub fn refresh(&mut self, doc: &Document, now: f64) -> Option<Duration> {
        let Some((_, follower)) = &mut self.loaded else {
            return None;
        };
        if self.revision == Some(doc.revision()) {
            return None;
        }
        let since = self.at.map_or(f64::INFINITY, |at| now - at);
        if self.revision.is_some() && (0.0..EVERY).contains(&since) {
            return Some(Duration::from_secs_f64(EVERY - since));
        }
        self.at = Some(now);
        self.revision = Some(doc.revision());
        self.result = follower.run(doc.report());
        None
    }
}
