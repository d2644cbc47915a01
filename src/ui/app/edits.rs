//! Changes to the document asked for by the panes and modals: item edits, the title, the
//! date, a kept import line. Each is one undo step through `Document::edit`.

use super::WorkSummaryApp;
use crate::edit;
use crate::i18n::Text;
use crate::model::ItemPath;
use crate::ui::command::EditCommand;
use crate::ui::modals::confirm::Confirm;

impl WorkSummaryApp {
    pub(super) fn apply_edit(&mut self, command: EditCommand) {
        match command {
            EditCommand::DeleteItem(path) => self.delete_item(path),
            EditCommand::Reimported(imported, kept) => {
                let report = imported.report.clone();
                self.doc.edit(|r| {
                    *r = report;
                    true
                });
                if let Some((_, last)) = &mut self.flows.last_import {
                    *last = *imported;
                }
                self.set_status(if kept {
                    Text::tr("已保留该行，放回原处（可撤销）。", &[])
                } else {
                    Text::tr("已删除该行（可撤销）。", &[])
                });
            }
            EditCommand::AddSection(kind) => {
                let mut at = None;
                self.doc.edit(|r| {
                    let index = r.add_section(kind);
                    at = Some(index);
                    true
                });
                if let Some(index) = at {
                    self.apply_nav(crate::ui::command::NavCommand::SelectPane(
                        crate::ui::nav::Pane::Section(index),
                    ));
                }
            }
            EditCommand::SetSectionKind { section, kind } => {
                self.doc.edit(|r| {
                    let Some(target) = r.sections.get(section) else {
                        return false;
                    };
                    if target.kind == kind {
                        return false;
                    }
                    for (k, s) in r.sections.iter_mut().enumerate() {
                        if k == section {
                            s.kind = kind;
                        } else if kind != crate::model::SectionKind::Other && s.kind == kind {
                            s.kind = crate::model::SectionKind::Other;
                        }
                    }
                    true
                });
                self.set_status(Text::tr_lang(
                    "已改为“{}”（可撤销）。",
                    |lang| vec![crate::i18n::tr(lang, kind.name()).to_owned()],
                ));
            }
            EditCommand::SetTitle(title) => {
                self.doc.edit(|r| {
                    let changed = r.title != title;
                    r.title = title;
                    changed
                });
            }
            EditCommand::SetDate(date) => {
                self.doc.edit(|r| {
                    let changed = r.signature.date != date;
                    r.signature.date = date;
                    changed
                });
            }
            EditCommand::AddItem { section, parent } => {
                self.add_and_focus(|r| edit::add(r, section, parent.as_ref()));
            }
            EditCommand::InsertAfter(path) => {
                self.add_and_focus(|r| edit::insert_after(r, &path));
            }
            EditCommand::DeleteItemNow(path) => {
                self.doc.edit(|r| edit::delete(r, &path).is_some());
            }
            EditCommand::MoveUp(path) => {
                self.doc.edit(|r| edit::move_up(r, &path).is_some());
            }
            EditCommand::MoveDown(path) => {
                self.doc.edit(|r| edit::move_down(r, &path).is_some());
            }
            EditCommand::Indent(path) => {
                self.doc.edit(|r| edit::indent(r, &path).is_some());
            }
            EditCommand::Outdent(path) => {
                self.doc.edit(|r| edit::outdent(r, &path).is_some());
            }
        }
    }

    /// Add an item and put the cursor into its heading, as a word processor does with a new
    /// list entry.
    fn add_and_focus(&mut self, add: impl FnOnce(&mut crate::model::Report) -> Option<ItemPath>) {
        let mut added = None;
        self.doc.edit(|r| {
            added = add(r);
            added.is_some()
        });
        if let Some(path) = added {
            self.jump_to(crate::ui::nav::Jump {
                place: crate::model::Place::ItemHeading {
                    section: path.section,
                    item: path.indices,
                },
                range: 0..0,
            });
        }
    }

    /// Delete an item, asking first when it has text.
    fn delete_item(&mut self, path: ItemPath) {
        let item = self.doc.report().item(&path);
        let has_text = item.is_some_and(|it| {
            !it.heading.trim().is_empty() || !it.body.trim().is_empty() || !it.children.is_empty()
        });
        if has_text {
            let heading = item
                .map(|it| it.heading.trim().chars().take(24).collect())
                .unwrap_or_default();
            self.flows
                .modals
                .open(Confirm::DeleteItem { path, heading });
        } else {
            self.doc.edit(|r| edit::delete(r, &path).is_some());
        }
    }
}
