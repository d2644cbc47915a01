//! Questions that need an answer before going on: save changes first? the file changed on
//! disk; delete an item that has text?

use super::{Frame, Modal, Step};
use crate::i18n::{Lang, tr, trf};
use crate::model::ItemPath;
use crate::ui::command::Discarding;
use crate::ui::command::{Command, DialogPurpose, EditCommand, FileCommand};
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirm {
    /// `what` would throw away the unsaved changes of the file named `file_name`.
    Discard { what: Discarding, file_name: String },
    /// The file changed on disk since it was opened or saved.
    ChangedOnDisk(PathBuf),
    /// The item has text; `heading` is its first words.
    DeleteItem { path: ItemPath, heading: String },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Save,
    DontSave,
    Overwrite,
    SaveAs,
    Reload,
    Delete,
    Cancel,
}

/// A button of a question: label, tooltip, answer.
type Button = (&'static str, Option<&'static str>, Answer);

impl Confirm {
    /// The question and its buttons; the answer once one is clicked.
    pub fn ui(&self, ui: &mut egui::Ui, lang: Lang) -> Option<Answer> {
        let t = |zh: &'static str| tr(lang, zh);
        let mut answer = None;
        let buttons = self.question_ui(ui, lang);
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            for (label, tip, choice) in buttons {
                let mut button = ui.button(t(label));
                if let Some(tip) = tip {
                    button = button.on_hover_text(t(tip));
                }
                if button.clicked() {
                    answer = Some(*choice);
                }
            }
        });
        answer
    }

    /// The heading and the question; returns the buttons: label, tooltip, answer.
    fn question_ui(&self, ui: &mut egui::Ui, lang: Lang) -> &'static [Button] {
        let t = |zh: &'static str| tr(lang, zh);
        match self {
            Self::Discard { what, file_name } => {
                ui.heading(t("保存修改？"));
                let doing = t(match what {
                    Discarding::New => "新建",
                    Discarding::Open | Discarding::OpenPath(_) => "打开其他草稿",
                    Discarding::Imported(..)
                    | Discarding::ImportText(_)
                    | Discarding::ImportHtml { .. } => "导入",
                    Discarding::Template(_) => "按模板新建",
                    Discarding::Restore(_) => "恢复草稿",
                    Discarding::StartFrom(_) => "以上期为基础新建",
                    Discarding::Merge(_) => "合并草稿",
                    Discarding::Close => "关闭窗口",
                });
                ui.label(trf(
                    lang,
                    "“{}”有未保存的修改。{}之前要保存吗？",
                    &[file_name, &doing],
                ));
                &[
                    ("保存", None, Answer::Save),
                    ("不保存", None, Answer::DontSave),
                    ("取消", None, Answer::Cancel),
                ]
            }
            Self::ChangedOnDisk(path) => {
                ui.heading(t("文件已被修改"));
                ui.label(trf(
                    lang,
                    "“{}”在打开或上次保存之后被其他程序（或另一个窗口）修改过。要怎么做？",
                    &[&path.display()],
                ));
                &[
                    (
                        "覆盖",
                        Some("用本窗口的内容覆盖磁盘上的文件"),
                        Answer::Overwrite,
                    ),
                    ("另存为…", None, Answer::SaveAs),
                    (
                        "重新载入",
                        Some("放弃本窗口的修改，载入磁盘上的版本"),
                        Answer::Reload,
                    ),
                    ("取消", None, Answer::Cancel),
                ]
            }
            Self::DeleteItem { heading, .. } => {
                ui.heading(t("删除条目？"));
                ui.label(if heading.is_empty() {
                    t("这个条目有内容，删除后不能恢复。确定删除吗？").to_owned()
                } else {
                    trf(
                        lang,
                        "条目“{}”及其下级条目将被删除，删除后不能恢复。确定删除吗？",
                        &[heading],
                    )
                });
                &[
                    ("删除", None, Answer::Delete),
                    ("取消", None, Answer::Cancel),
                ]
            }
        }
    }
}

impl Modal for Confirm {
    /// The heading is the question's own (drawn by `question_ui`).
    fn frame(&self) -> Frame {
        Frame::untitled("confirm", 420.0).at_most()
    }

    fn body(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<Step> {
        let answer = self.ui(ui, lang)?;
        Some(Step::close(self.commands(answer)))
    }

    fn dismissed(&mut self) -> Step {
        Step::close(self.commands(Answer::Cancel))
    }

    fn blocks_shortcuts(&self) -> bool {
        true
    }
}

impl Confirm {
    /// What an answer to the question asks for.
    fn commands(&self, answer: Answer) -> Vec<Command> {
        let command: Command = match (self, answer) {
            (Confirm::Discard { what, .. }, Answer::Save | Answer::DontSave) => {
                FileCommand::DiscardAnswered {
                    what: what.clone(),
                    save_first: answer == Answer::Save,
                }
                .into()
            }
            (Confirm::ChangedOnDisk(path), Answer::Overwrite) => {
                FileCommand::Overwrite(path.clone()).into()
            }
            (Confirm::ChangedOnDisk(_), Answer::SaveAs) => {
                FileCommand::ShowFileDialog(DialogPurpose::SaveAs).into()
            }
            (Confirm::ChangedOnDisk(path), Answer::Reload) => {
                FileCommand::Reload(path.clone()).into()
            }
            (Confirm::ChangedOnDisk(_), Answer::Cancel) => FileCommand::CancelPending.into(),
            (Confirm::DeleteItem { path, .. }, Answer::Delete) => {
                EditCommand::DeleteItemNow(path.clone()).into()
            }
            _ => return Vec::new(),
        };
        vec![command]
    }
}
