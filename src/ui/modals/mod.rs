//! The modal windows, one file each, and the registry of those open. Each owns its state and
//! draws its body only (`ui(ui, lang)` returns the user's answer); its `impl Modal` names its
//! frame and turns the answer into commands for the app. The frame — egui's modal, width,
//! heading, Esc — is drawn once, here. No modal changes the report or touches files.

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
use crate::i18n::{Lang, tr};
use std::any::Any;

/// A modal window, written as its body only: the frame around it — egui's modal, its width,
/// its heading, Esc and a click outside — is drawn once, by [`Modals::show`] (as
/// egui_demo_lib's `Demo` and `View`). It says what the user asked for as commands and
/// whether it is done. A new modal is one file with its `impl Modal`, opened with
/// `Modals::open`.
pub trait Modal: Any {
    /// How its frame looks.
    fn frame(&self) -> Frame;

    /// The body under the heading, for this frame: what the user asked for, or `None`.
    fn body(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Step>;

    /// Esc, or a click outside: by default the modal closes, asking for nothing.
    fn dismissed(&mut self) -> Step {
        Step::close([])
    }

    /// A question or a path box: shortcuts wait until it is answered.
    fn blocks_shortcuts(&self) -> bool {
        false
    }
}

/// A modal's frame: its id, heading (a table key), width and where it hangs.
pub struct Frame {
    id: &'static str,
    heading: Option<&'static str>,
    width: f32,
    /// The width is a maximum (a question sized by its words), not the width.
    at_most: bool,
    /// Narrower on a small window: never wider than the window less a margin.
    fits: bool,
    /// Hung under the menu bar instead of centred (a dialog that grows as answers come in).
    from_top: bool,
}

impl Frame {
    /// A frame `width` points wide with `heading` (a table key) on top.
    pub fn new(id: &'static str, heading: &'static str, width: f32) -> Self {
        Self {
            heading: Some(heading),
            ..Self::untitled(id, width)
        }
    }

    /// A frame whose body draws its own heading (it changes with the body).
    pub fn untitled(id: &'static str, width: f32) -> Self {
        Self {
            id,
            heading: None,
            width,
            at_most: false,
            fits: false,
            from_top: false,
        }
    }

    pub fn at_most(self) -> Self {
        Self {
            at_most: true,
            ..self
        }
    }

    pub fn fits(self) -> Self {
        Self { fits: true, ..self }
    }

    pub fn hung_from_top(self) -> Self {
        Self {
            from_top: true,
            ..self
        }
    }
}

/// Draw `modal` in its frame for this frame; what it asked for.
fn show_in_frame(ctx: &egui::Context, lang: Lang, modal: &mut dyn Modal) -> Step {
    let frame = modal.frame();
    let id = egui::Id::unique(frame.id);
    let mut window = egui::Modal::new(id);
    if frame.from_top {
        // Under the menu bar: a centred window would move under the pointer as it grows.
        window = window
            .area(egui::Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, [0.0, 36.0]));
    }
    let mut step = None;
    let shown = window.show(ctx, |ui| {
        let width = if frame.fits {
            frame.width.min(ctx.content_rect().width() - 60.0)
        } else {
            frame.width
        };
        if frame.at_most {
            ui.set_max_width(width);
        } else {
            ui.set_width(width);
        }
        if let Some(heading) = frame.heading {
            ui.heading(tr(lang, heading));
        }
        step = modal.body(ui, lang);
    });
    match step {
        Some(step) => step,
        None if shown.should_close() => modal.dismissed(),
        None => Step::open(),
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
    /// `None` while there is no outcome.
    pub fn from_outcome<T, C: Into<Command>>(
        outcome: Option<Outcome<T>>,
        f: impl FnOnce(T) -> C,
    ) -> Option<Self> {
        Some(match outcome? {
            Outcome::Chosen(value) => Self::close([f(value).into()]),
            Outcome::Cancelled => Self::close([]),
        })
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
            let step = show_in_frame(ctx, lang, modal.as_mut());
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::command::UiCommand;

    /// A modal that counts its bodies and says when it was dismissed.
    struct Probe {
        bodies: usize,
        dismissed: bool,
    }

    impl Modal for Probe {
        fn frame(&self) -> Frame {
            Frame::new("probe", "导出", 300.0)
        }

        fn body(&mut self, ui: &mut egui::Ui, _lang: Lang) -> Option<Step> {
            self.bodies += 1;
            ui.label("body");
            None
        }

        fn dismissed(&mut self) -> Step {
            self.dismissed = true;
            Step::close([UiCommand::About.into()])
        }
    }

    fn frame(ctx: &egui::Context, modals: &mut Modals, events: Vec<egui::Event>) -> Vec<Command> {
        let mut asked = Vec::new();
        let input = egui::RawInput {
            events,
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| asked = modals.show(ui.ctx(), Lang::En));
        output.textures_delta.clear();
        asked
    }

    /// The one frame draws the body under its heading; Esc is the modal's `dismissed`, and
    /// what that asks for is asked.
    #[test]
    fn the_frame_shows_the_body_and_esc_dismisses_it() {
        let ctx = egui::Context::default();
        let mut modals = Modals::default();
        modals.open(Probe {
            bodies: 0,
            dismissed: false,
        });
        assert!(frame(&ctx, &mut modals, Vec::new()).is_empty());
        assert_eq!(modals.find::<Probe>().map(|p| p.bodies), Some(1));
        let esc = egui::Event::Key {
            key: egui::Key::Escape,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        };
        let asked = frame(&ctx, &mut modals, vec![esc]);
        assert_eq!(asked, vec![Command::Ui(UiCommand::About)]);
        assert!(!modals.is_open::<Probe>(), "closed");
    }
}
