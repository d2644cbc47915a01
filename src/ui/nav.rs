//! Where the user is: which pane is open, and a request to show an exact range of a field.

use crate::model::Place;
use std::ops::Range;

/// Which part of the report the editor shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    /// Title and 导语.
    Header,
    /// One section, by index into `Report::sections`.
    Section(usize),
    /// Closing paragraph and signature.
    Closing,
}

impl Pane {
    /// The pane that holds a field (`current` for a line of raw text).
    pub fn of(place: &Place, current: Pane) -> Pane {
        match place {
            Place::Title | Place::Intro => Pane::Header,
            Place::SectionTitle { section }
            | Place::SectionLead { section }
            | Place::ItemHeading { section, .. }
            | Place::ItemBody { section, .. } => Pane::Section(*section),
            Place::Closing
            | Place::Attachment { .. }
            | Place::SignatureUnit
            | Place::SignatureDate => Pane::Closing,
            Place::Line { .. } => current,
        }
    }
}

/// What the right-hand panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SideView {
    Preview,
    Findings,
    /// 数据: every figure, and where the figures disagree.
    Figures,
    /// 对照: how this draft answers last period's plans and problems.
    Follow,
}

/// A request to show a range of a field: select it, focus the field, scroll it into view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Jump {
    pub place: Place,
    pub range: Range<usize>,
}
