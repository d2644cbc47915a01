//! The modal windows, one file each, and the registry of those open. Each owns its state;
//! its `show(ctx, lang)` returns the user's answer, and its `impl Modal` turns the answer into
//! commands for the app. No modal changes the report or touches files.

pub mod confirm;
pub mod diff;
pub mod export;
pub mod help;
pub mod import_report;
pub mod merge_report;
pub mod print;
pub mod prompt;
pub mod recovery;
pub mod templates;
pub mod title_builder;
pub mod word_list;

use super::command::Command;
use crate::i18n::Lang;
use std::any::Any;

/// A modal window: shown each frame while open, it says what the user asked for as commands
/// and whether it is done. A new modal is one file with its `impl Modal`, opened with
/// `Modals::open`.
pub trait Modal: Any {
    /// Show the modal for this frame.
    fn step(&mut self, ctx: &egui::Context, lang: Lang) -> Step;

    /// A question or a path box: shortcuts wait until it is answered.
    fn blocks_shortcuts(&self) -> bool {
        false
    }
}

/// What a modal's frame asked for, and whether the modal stays open.
#[derive(Default)]
pub struct Step {
    pub commands: Vec<Command>,
    pub close: bool,
}

impl Step {
    /// Still open, nothing asked.
    pub fn open() -> Self {
        Self::default()
    }

    /// Done, asking for `commands`.
    pub fn close(commands: impl IntoIterator<Item = Command>) -> Self {
        Self {
            commands: commands.into_iter().collect(),
            close: true,
        }
    }

    /// Still open, asking for `command`.
    pub fn stay(command: impl Into<Command>) -> Self {
        Self {
            commands: vec![command.into()],
            close: false,
        }
    }

    /// Done when the user chose something (asking for what `f` makes of it) or cancelled;
    /// open while there is no outcome.
    pub fn from_outcome<T, C: Into<Command>>(
        outcome: Option<Outcome<T>>,
        f: impl FnOnce(T) -> C,
    ) -> Self {
        match outcome {
            None => Self::open(),
            Some(Outcome::Chosen(value)) => Self::close([f(value).into()]),
            Some(Outcome::Cancelled) => Self::close([]),
        }
    }
}

/// The modals that are open, in the order they opened (the last drawn on top); several may
/// be (a question over a prompt), one of each kind.
#[derive(Default)]
pub struct Modals {
    open: Vec<Box<dyn Modal>>,
}

impl Modals {
    /// Open `modal`, in place of one of its kind that is open.
    pub fn open<M: Modal>(&mut self, modal: M) {
        self.close::<M>();
        self.open.push(Box::new(modal));
    }

    pub fn close<M: Modal>(&mut self) {
        self.open.retain(|m| !is::<M>(m.as_ref()));
    }

    pub fn is_open<M: Modal>(&self) -> bool {
        self.find::<M>().is_some()
    }

    /// The open modal of kind `M`.
    pub fn find<M: Modal>(&self) -> Option<&M> {
        self.open.iter().find_map(|m| {
            let any: &dyn Any = m.as_ref();
            any.downcast_ref::<M>()
        })
    }

    /// A question or a path box is open: shortcuts wait until it is answered.
    pub fn blocks_shortcuts(&self) -> bool {
        self.open.iter().any(|m| m.blocks_shortcuts())
    }

    /// The open modal of kind `M`, to hand it a job's answer.
    pub fn find_mut<M: Modal>(&mut self) -> Option<&mut M> {
        self.open.iter_mut().find_map(|m| {
            let any: &mut dyn Any = m.as_mut();
            any.downcast_mut::<M>()
        })
    }

    /// Show every open modal; what they asked for. Those that are done close.
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang) -> Vec<Command> {
        let mut out = Vec::new();
        self.open.retain_mut(|modal| {
            let step = modal.step(ctx, lang);
            out.extend(step.commands);
            !step.close
        });
        out
    }
}

fn is<M: Modal>(modal: &dyn Modal) -> bool {
    let any: &dyn Any = modal;
    any.is::<M>()
}

/// The outcome of a simple modal: what the user chose, or that they cancelled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome<T> {
    Chosen(T),
    Cancelled,
}
