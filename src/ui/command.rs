//! Everything the UI can ask for. `UiCommand` is the table behind the menus, the keyboard
//! shortcuts and their tooltips: each command's label (in both languages, through the
//! translation table), shortcuts and availability live here and nowhere else. `Command` is
//! the queue the panes, menus and modals fill while drawing; it is drained after drawing, so
//! no list changes while it is iterated.

use super::nav::{Jump, Pane};
use crate::check::{Finding, Rule};
use crate::export::{ExportOptions, Format};
use crate::i18n::{Lang, Text, tr};
use crate::model::{ItemKey, ItemPath, Report};
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// A command with a menu entry (and perhaps a shortcut).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UiCommand {
    New,
    NewFromTemplate,
    Open,
    Save,
    SaveAs,
    SaveAsTemplate,
    Import,
    PasteAsNew,
    ImportReport,
    Export,
    ExportText,
    Print,
    CopyAll,
    CopyRich,
    Recover,
    Quit,
    Undo,
    Redo,
    Find,
    Replace,
    TitleBuilder,
    FollowReference,
    CompareWith,
    StartFromLast,
    MergeDrafts,
    UserGuide,
    Shortcuts,
    About,
}

/// What the document allows right now; decides which commands are greyed out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Availability {
    pub can_undo: bool,
    pub can_redo: bool,
    /// Unsaved changes, or a draft that has no file yet.
    pub can_save: bool,
    /// The open draft came from an import whose report can be shown again.
    pub has_import_report: bool,
}

const fn shortcut(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl UiCommand {
    /// Every command, in menu order.
    pub const ALL: [UiCommand; 28] = [
        Self::New,
        Self::NewFromTemplate,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::SaveAsTemplate,
        Self::Import,
        Self::PasteAsNew,
        Self::ImportReport,
        Self::Export,
        Self::ExportText,
        Self::Print,
        Self::CopyAll,
        Self::CopyRich,
        Self::Recover,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::Find,
        Self::Replace,
        Self::TitleBuilder,
        Self::FollowReference,
        Self::CompareWith,
        Self::StartFromLast,
        Self::MergeDrafts,
        Self::UserGuide,
        Self::Shortcuts,
        Self::About,
    ];

    /// The label as written in the code (Chinese); `label` translates it.
    fn label_zh(self) -> &'static str {
        match self {
            Self::New => "新建",
            Self::NewFromTemplate => "新建自模板…",
            Self::Open => "打开…",
            Self::Save => "保存",
            Self::SaveAs => "另存为…",
            Self::SaveAsTemplate => "存为模板…",
            Self::Import => "导入…",
            Self::PasteAsNew => "粘贴为新草稿",
            Self::ImportReport => "导入报告…",
            Self::Export => "导出…",
            Self::ExportText => "导出文本…",
            Self::Print => "打印…",
            Self::CopyAll => "复制全文",
            Self::CopyRich => "复制为公文格式",
            Self::Recover => "恢复草稿…",
            Self::Quit => "退出",
            Self::Undo => "撤销",
            Self::Redo => "重做",
            Self::Find => "查找…",
            Self::Replace => "替换…",
            Self::TitleBuilder => "标题生成器…",
            Self::FollowReference => "对照上期草稿…",
            Self::CompareWith => "与其他草稿对比…",
            Self::StartFromLast => "以上期为基础新建…",
            Self::MergeDrafts => "合并草稿…",
            Self::UserGuide => "使用指南",
            Self::Shortcuts => "快捷键",
            Self::About => "关于",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.label_zh())
    }

    fn tooltip_zh(self) -> &'static str {
        match self {
            Self::New => "新建一份空白草稿",
            Self::NewFromTemplate => {
                "按空白模板（半年、年度、季度、专项、个人），或按县局、乡镇、学校、医院、企业、党支部、个人述职的示例新建"
            }
            Self::Open => "打开一份草稿（.ron）",
            Self::Save => "保存草稿",
            Self::SaveAs => "把草稿保存到另一个文件",
            Self::SaveAsTemplate => "把当前草稿存为自己的模板",
            Self::Import => "把文本文件或 Word 文档导入为新草稿",
            Self::PasteAsNew => "把剪贴板里的文字导入为新草稿",
            Self::ImportReport => "再看一次上次导入删除的网页杂项和可能的杂项",
            Self::Export => "导出为 Word、文本、HTML 或 Markdown",
            Self::ExportText => "把排好版的全文保存为文本文件",
            Self::Print => "按预览的页面打印（A4 公文版式）",
            Self::CopyAll => "把排好版的全文复制到剪贴板",
            Self::CopyRich => "复制带字体和缩进的全文，粘贴到 Word/WPS 保留格式",
            Self::Recover => "查看程序意外退出时留下的恢复副本",
            Self::Quit => "关闭窗口",
            Self::Undo => "撤销上一步修改",
            Self::Redo => "重做撤销的修改",
            Self::Find => "在各部分中查找文字",
            Self::Replace => "在各部分中查找并替换文字",
            Self::TitleBuilder => "按单位、时间、事由和文种生成标题",
            Self::FollowReference => "选上期草稿，逐条对照其计划和问题在本稿中的落实情况",
            Self::CompareWith => "选另一份草稿，查看两稿之间增删改的条目和变动的数据",
            Self::StartFromLast => "以上期草稿的计划为提示新建本期草稿，并自动对照上期",
            Self::MergeDrafts => "把多个部门的草稿按部分汇总为一份新草稿",
            Self::UserGuide => "怎样写、校对、导入和导出一份工作总结",
            Self::Shortcuts => "所有快捷键",
            Self::About => "版本、许可证，以及草稿、设置和恢复副本的位置",
        }
    }

    pub fn tooltip(self, lang: Lang) -> &'static str {
        tr(lang, self.tooltip_zh())
    }

    /// The keys that run the command; the first is the one menus show.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const NEW: [KeyboardShortcut; 1] = [shortcut(CMD, Key::N)];
        const OPEN: [KeyboardShortcut; 1] = [shortcut(CMD, Key::O)];
        const SAVE: [KeyboardShortcut; 1] = [shortcut(CMD, Key::S)];
        const SAVE_AS: [KeyboardShortcut; 1] = [shortcut(CMD_SHIFT, Key::S)];
        const UNDO: [KeyboardShortcut; 1] = [shortcut(CMD, Key::Z)];
        const REDO: [KeyboardShortcut; 2] = [shortcut(CMD, Key::Y), shortcut(CMD_SHIFT, Key::Z)];
        const FIND: [KeyboardShortcut; 1] = [shortcut(CMD, Key::F)];
        const REPLACE: [KeyboardShortcut; 1] = [shortcut(CMD, Key::H)];
        const PRINT: [KeyboardShortcut; 1] = [shortcut(CMD, Key::P)];
        const HELP: [KeyboardShortcut; 1] = [shortcut(Modifiers::NONE, Key::F1)];
        match self {
            Self::New => &NEW,
            Self::Open => &OPEN,
            Self::Save => &SAVE,
            Self::SaveAs => &SAVE_AS,
            Self::Undo => &UNDO,
            Self::Redo => &REDO,
            Self::Find => &FIND,
            Self::Replace => &REPLACE,
            Self::Print => &PRINT,
            Self::UserGuide => &HELP,
            _ => &[],
        }
    }

    pub fn is_enabled(self, now: Availability) -> bool {
        match self {
            Self::Undo => now.can_undo,
            Self::Redo => now.can_redo,
            Self::Save => now.can_save,
            Self::ImportReport => now.has_import_report,
            _ => true,
        }
    }

    /// Every shortcut with its command, the most specific first: Ctrl+Shift+S must be taken
    /// before Ctrl+S, which egui would otherwise also match.
    pub fn all_shortcuts() -> Vec<(KeyboardShortcut, UiCommand)> {
        let mut all: Vec<(KeyboardShortcut, UiCommand)> = Self::ALL
            .iter()
            .flat_map(|c| c.shortcuts().iter().map(move |s| (*s, *c)))
            .collect();
        let weight = |m: Modifiers| {
            usize::from(m.shift) + usize::from(m.alt) + usize::from(m.ctrl || m.command)
        };
        all.sort_by_key(|(s, _)| std::cmp::Reverse(weight(s.modifiers)));
        all
    }

    /// Take this frame's shortcuts out of the input (before any text field sees them: undo
    /// is the document's, across panes), returning the commands they ask for. A shortcut of
    /// a greyed-out command is still taken, and does nothing.
    pub fn take_shortcuts(ctx: &egui::Context, now: Availability) -> Vec<UiCommand> {
        let mut out = Vec::new();
        ctx.input_mut(|i| {
            for (shortcut, command) in Self::all_shortcuts() {
                if i.consume_shortcut(&shortcut) && command.is_enabled(now) {
                    out.push(command);
                }
            }
        });
        out
    }
}

/// Something that replaces the current document, asked about when it has unsaved changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Discarding {
    New,
    Open,
    OpenPath(PathBuf),
    /// Make a new draft of a file already read (the question comes after the reading, so a
    /// file that cannot be read asks nothing), with where it came from.
    Imported(Box<crate::import::Imported>, Text),
    /// Start a new draft from a template.
    Template(Box<Report>),
    /// Make a new draft of pasted text.
    ImportText(String),
    /// Make a new draft of pasted HTML (a page copied in a browser), its text as fallback.
    ImportHtml {
        html: String,
        text: String,
    },
    /// Restore the recovery copy at this path.
    Restore(PathBuf),
    /// Start a new draft from last period's draft at this path.
    StartFrom(PathBuf),
    /// Merge the drafts at these paths into a new draft.
    Merge(Vec<PathBuf>),
    Close,
}

/// What a file dialog (or the path box standing in for it) was opened for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogPurpose {
    Open,
    SaveAs,
    ExportText,
    /// The export dialog's format.
    Export(Format),
    Import,
    /// Last period's draft, for the follow-through (对照上期草稿…).
    Reference,
    /// Another draft to compare this one with.
    CompareWith,
    /// Where to save the comparison as HTML.
    SaveDiff,
    /// Last period's draft to start this one from.
    StartFrom,
    /// The drafts to merge (several at once).
    Merge,
}

/// What the UI asks for while drawing, by family; drained after drawing, each family applied
/// in the room of `ui/app/` that owns it, with no catch-all arm anywhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// A menu command or its shortcut (`app/commands.rs`).
    Ui(UiCommand),
    /// A change to the document: items, title, date (`app/edits.rs`).
    Edit(EditCommand),
    /// Files, file dialogs, the "save changes?" flow, export and print (`app/file_ops.rs`).
    File(FileCommand),
    /// Where the user is and what they look for: panes, jumps, find and replace
    /// (`app/navigation.rs`).
    Nav(NavCommand),
    /// Proofreading: fixes, the word list, the rules (`app/proofing.rs`).
    Proof(ProofCommand),
    /// From one period to the next (`app/compare_ops.rs`).
    Compare(CompareCommand),
    /// A background job's answer (`ui/jobs.rs`), applied by the room its work belongs to.
    Done(super::jobs::Done),
}

/// Changes to the document, each one undo step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditCommand {
    AddItem {
        section: usize,
        parent: Option<ItemPath>,
    },
    InsertAfter(ItemPath),
    /// Delete, asking first when the item has text.
    DeleteItem(ItemPath),
    /// Delete without asking (the user confirmed).
    DeleteItemNow(ItemPath),
    MoveUp(ItemPath),
    MoveDown(ItemPath),
    Indent(ItemPath),
    Outdent(ItemPath),
    SetTitle(String),
    /// Fill the signature's date in (今天, the calendar).
    SetDate(String),
    /// Add a part of this kind where its kind goes (a standard one before the later standard
    /// parts, another part before the plans), with its usual title, and show it.
    AddSection(crate::model::SectionKind),
    /// Set what a part is; another part with that standard role becomes another part.
    SetSectionKind {
        section: usize,
        kind: crate::model::SectionKind,
    },
    /// The import read again with a removed line kept (true) or a suspect line deleted.
    Reimported(Box<crate::import::Imported>, bool),
}

/// Files and the flows around them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileCommand {
    OpenRecent(PathBuf),
    RemoveRecent(PathBuf),
    /// Replace the document, asking first about unsaved changes.
    Discard(Discarding),
    /// The answer to "save changes?": save first (then go on), or go on without saving.
    DiscardAnswered {
        what: Discarding,
        save_first: bool,
    },
    /// Save over a file that changed on disk.
    Overwrite(PathBuf),
    /// Drop this window's changes and read the file again.
    Reload(PathBuf),
    /// Stop whatever was to follow a save (the user cancelled).
    CancelPending,
    /// Ask the system for a file.
    ShowFileDialog(DialogPurpose),
    /// A path typed in the box that stands in for the system dialog (None: cancelled).
    PathEntered(DialogPurpose, Option<PathBuf>),
    StopWaitingForDialog,
    /// Stop the import in progress (取消 on the status line).
    CancelImport,
    SaveTemplate(String),
    DiscardRecovered(PathBuf),
    /// The export dialog's choices: remembered, then the file dialog for the format.
    ExportWith(ExportOptions),
    /// Print the PDF on this printer (None: the default, or the PDF viewer).
    PrintOn(Option<String>),
}

/// Where the user is and what they look for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NavCommand {
    SelectPane(Pane),
    /// Open the field and select the range (a finding, a figure, a match).
    JumpTo(Jump),
    FindNext {
        forward: bool,
    },
    ReplaceOne,
    ReplaceAll,
}

/// Proofreading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProofCommand {
    Fix(Box<Finding>),
    /// 修正全部: the fixes of a folded group of findings, as one undo step.
    FixGroup(Vec<Finding>),
    FixAllSafe,
    /// Protect a word: add it to the user's word list, so it is never flagged.
    AddWord(String),
    /// Replace the user's word list (one word a line).
    SaveWordList(String),
    EditWordList,
    /// Switch a proofreading rule on or off.
    SetRule {
        rule: Rule,
        on: bool,
    },
    /// Show the masks and placeholders still to fill in.
    ShowUnfilled,
}

/// From one period to the next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareCommand {
    /// Link (or unlink) an item of this draft to a plan of the reference, by hand.
    Link {
        plan: ItemKey,
        answer: ItemKey,
        linked: bool,
    },
}

macro_rules! family {
    ($($family:ident => $variant:ident),* $(,)?) => {
        $(impl From<$family> for Command {
            fn from(command: $family) -> Self {
                Self::$variant(command)
            }
        })*
    };
}

family! {
    UiCommand => Ui,
    EditCommand => Edit,
    FileCommand => File,
    NavCommand => Nav,
    ProofCommand => Proof,
    CompareCommand => Compare,
}

/// The queue the surfaces fill while drawing: `commands.add(NavCommand::ReplaceAll)`.
pub trait Queue {
    fn add(&mut self, command: impl Into<Command>);
}

impl Queue for Vec<Command> {
    fn add(&mut self, command: impl Into<Command>) {
        self.push(command.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let all = UiCommand::all_shortcuts();
        for (i, (a, ca)) in all.iter().enumerate() {
            for (b, cb) in &all[i + 1..] {
                assert!(a != b, "{ca:?} and {cb:?} share {a:?}");
            }
        }
    }

    #[test]
    fn the_more_specific_shortcut_is_taken_first() {
        let all = UiCommand::all_shortcuts();
        let at = |s: KeyboardShortcut| all.iter().position(|(x, _)| *x == s).expect("listed");
        assert!(at(shortcut(CMD_SHIFT, Key::S)) < at(shortcut(CMD, Key::S)));
        assert!(at(shortcut(CMD_SHIFT, Key::Z)) < at(shortcut(CMD, Key::Z)));
    }

    #[test]
    fn every_label_and_tooltip_has_english() {
        for c in UiCommand::ALL {
            assert!(crate::i18n::has_english(c.label_zh()), "{:?}", c.label_zh());
            assert!(
                crate::i18n::has_english(c.tooltip_zh()),
                "{:?}",
                c.tooltip_zh()
            );
        }
    }

    #[test]
    fn undo_redo_and_save_are_greyed_out_when_there_is_nothing_to_do() {
        let nothing = Availability::default();
        assert!(!UiCommand::Undo.is_enabled(nothing));
        assert!(!UiCommand::Redo.is_enabled(nothing));
        assert!(!UiCommand::Save.is_enabled(nothing));
        assert!(UiCommand::SaveAs.is_enabled(nothing));
        assert!(!UiCommand::ImportReport.is_enabled(nothing));
        let all = Availability {
            can_undo: true,
            can_redo: true,
            can_save: true,
            has_import_report: true,
        };
        assert!(UiCommand::ALL.iter().all(|c| c.is_enabled(all)));
    }
}
