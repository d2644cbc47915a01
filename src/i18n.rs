//! The UI's languages: Chinese first, English on request. Strings are written in Chinese in
//! the code; `tr` gives the English for the ones the chrome shows.

use serde::{Deserialize, Serialize};
use std::fmt::Display;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

/// The text in `lang`; Chinese text with no English entry is shown as it is.
pub fn tr(lang: Lang, zh: &str) -> &str {
    if lang == Lang::Zh {
        return zh;
    }
    english(zh).unwrap_or(zh)
}

/// A message with `{}` placeholders in `lang`, the arguments put in order.
pub fn trf(lang: Lang, zh: &'static str, args: &[&dyn Display]) -> String {
    let template = tr(lang, zh);
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        match args.next() {
            Some(arg) => out.push_str(&arg.to_string()),
            None => out.push_str("{}"),
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// A message worded in both languages when it is decided (a status line, an error), so it
/// can be shown later in whichever language the UI has then.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    /// A table message with `{}` placeholders, in both languages.
    pub fn tr(zh: &'static str, args: &[&dyn Display]) -> Self {
        Self {
            zh: trf(Lang::Zh, zh, args),
            en: trf(Lang::En, zh, args),
        }
    }

    /// Like `tr`, with arguments that are themselves worded per language.
    pub fn tr_lang(zh: &'static str, args: impl Fn(Lang) -> Vec<String>) -> Self {
        let each = |lang| {
            let args = args(lang);
            let refs: Vec<&dyn Display> = args.iter().map(|a| a as &dyn Display).collect();
            trf(lang, zh, &refs)
        };
        Self {
            zh: each(Lang::Zh),
            en: each(Lang::En),
        }
    }

    /// Text that is the same in both languages: a name, a path, or an OS message.
    pub fn raw(text: impl Into<String>) -> Self {
        let text = text.into();
        Self {
            en: text.clone(),
            zh: text,
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.zh.is_empty()
    }

    /// Several messages joined with a space, in both languages.
    pub fn join(parts: &[Text]) -> Self {
        let join = |lang| {
            parts
                .iter()
                .map(|t| t.get(lang))
                .collect::<Vec<_>>()
                .join(" ")
        };
        Self {
            zh: join(Lang::Zh),
            en: join(Lang::En),
        }
    }
}

impl Display for Text {
    /// Chinese, the language of the command line and logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.zh)
    }
}

/// Whether `zh` has an English entry (for tests of the table).
pub fn has_english(zh: &str) -> bool {
    english(zh).is_some()
}

/// The English table: Chinese text as written in the code → English. One arm per string, so
/// it is as long as the UI has strings; it is a table, not logic.
fn english(zh: &str) -> Option<&'static str> {
    Some(match zh {
        "文件" => "File",
        "编辑" => "Edit",
        "视图" => "View",
        "新建" => "New",
        "新建自模板…" => "New from template…",
        "存为模板…" => "Save as template…",
        "打开…" => "Open…",
        "保存" => "Save",
        "另存为…" => "Save as…",
        "导入…" => "Import…",
        "粘贴为新草稿" => "Paste as new draft",
        "导出…" => "Export…",
        "导出文本…" => "Export text…",
        "复制全文" => "Copy all",
        "复制为公文格式" => "Copy as official document",
        "恢复草稿…" => "Recover drafts…",
        "最近打开" => "Recent files",
        "退出" => "Quit",
        "撤销" => "Undo",
        "重做" => "Redo",
        "查找…" => "Find…",
        "替换…" => "Replace…",
        "标题生成器…" => "Title builder…",
        "显示预览" => "Show preview",
        "导出与复制的格式：" => "Export and copy format:",
        "段首空两格" => "Indent paragraphs",
        "换行符 LF（Linux、大多数编辑器）" => "LF line endings (Linux, most editors)",
        "换行符 CRLF（Windows 记事本、OA 系统）" => {
            "CRLF line endings (Windows Notepad, OA systems)"
        }
        "字数上限（0 为不限）：" => "Character limit (0 = none):",
        "语言 Language" => "Language 语言",
        "标题与导语" => "Title & intro",
        "工作成效" => "Achievements",
        "存在的问题" => "Problems",
        "下步计划" => "Plans",
        "结尾与落款" => "Closing & signature",
        "标题" => "Title",
        "导语" => "Introduction",
        "结束语" => "Closing",
        "落款" => "Signature",
        "单位" => "Unit",
        "日期" => "Date",
        "部分标题" => "Part title",
        "条目格式：" => "Item layout:",
        "分条标题（（一）标题单独成行）" => "Headed ((一) heading on its own line)",
        "一是……二是……（连写成段）" => "Inline (一是…二是… in paragraphs)",
        "引语（可选）" => "Lead-in (optional)",
        "添加条目" => "Add item",
        "还没有条目。" => "No items yet.",
        "上移" => "Up",
        "下移" => "Down",
        "升级" => "Outdent",
        "降级" => "Indent",
        "添加下级" => "Add child",
        "插入" => "Insert",
        "删除" => "Delete",
        "预览" => "Preview",
        "全文" => "Total",
        "字" => "chars",
        "本部分" => "This part",
        "查找：" => "Find:",
        "替换为：" => "Replace with:",
        "上一个" => "Previous",
        "下一个" => "Next",
        "替换" => "Replace",
        "全部替换" => "Replace all",
        "关闭查找" => "Close find",
        "选择模板" => "Choose a template",
        "使用" => "Use",
        "取消" => "Cancel",
        "确定" => "OK",
        "模板名称：" => "Template name:",
        "单位：" => "Unit:",
        "年份：" => "Year:",
        "期间：" => "Period:",
        "事由：" => "Topic:",
        "文种：" => "Document type:",
        "应用" => "Apply",
        "我的模板" => "My template",
        "内置模板" => "Built-in",
        "新建一份空白草稿" => "Start a new, empty draft",
        "按半年、年度、季度、专项或个人工作总结模板新建" => {
            "Start from a half-year, annual, quarterly, special or personal summary template"
        }
        "打开一份草稿（.ron）" => "Open a draft (.ron)",
        "保存草稿" => "Save the draft",
        "把草稿保存到另一个文件" => "Save the draft to another file",
        "把当前草稿存为自己的模板" => "Save this draft as a template of your own",
        "把文本文件或 Word 文档导入为新草稿" => {
            "Import a text file or Word document as a new draft"
        }
        "把剪贴板里的文字导入为新草稿" => {
            "Import the clipboard's text as a new draft"
        }
        "导出为 Word、文本、HTML 或 Markdown" => "Export to Word, text, HTML or Markdown",
        "把排好版的全文保存为文本文件" => "Save the formatted text to a text file",
        "把排好版的全文复制到剪贴板" => "Copy the formatted text to the clipboard",
        "复制带字体和缩进的全文，粘贴到 Word/WPS 保留格式" => {
            "Copy with fonts and indents; pasting into Word/WPS keeps them"
        }
        "查看程序意外退出时留下的恢复副本" => {
            "Show the copies left when the program did not exit cleanly"
        }
        "关闭窗口" => "Close the window",
        "撤销上一步修改" => "Undo the last change",
        "重做撤销的修改" => "Redo the undone change",
        "在各部分中查找文字" => "Find text in every part",
        "在各部分中查找并替换文字" => "Find and replace text in every part",
        "按单位、时间、事由和文种生成标题" => {
            "Build the title from unit, period, topic and document type"
        }
        "已替换 {} 处。" => "Replaced {} occurrences.",
        "已修正：{}" => "Fixed: {}",
        "已完成 {} 处安全修正；其余问题需要逐条确认或手工修改。" => {
            "Applied {} safe fixes; the rest need to be confirmed one by one or fixed by hand."
        }
        "已停止等待文件对话框。" => "Stopped waiting for the file dialog.",
        "已丢弃恢复副本。" => "Recovery copy discarded.",
        "剪贴板里没有文字。" => "The clipboard holds no text.",
        "已复制全文到剪贴板（{} 字）。" => {
            "Copied the whole text to the clipboard ({} characters)."
        }
        "没有可以撤销的操作。" => "Nothing to undo.",
        "没有可以重做的操作。" => "Nothing to redo.",
        "“{}”已不存在（被移动或删除），可在“最近打开”中移除它。" => {
            "“{}” no longer exists (moved or deleted); you can remove it from Recent files."
        }
        "没有找到“{}”。" => "“{}” not found.",
        "已复制为公文格式：粘贴到 Word/WPS 保留字体和缩进，粘贴到记事本为纯文本。" => {
            "Copied as an official document: pasted into Word/WPS it keeps fonts and indents, into Notepad it is plain text."
        }
        "没有可用的设置文件夹，无法保存模板。" => {
            "There is no settings folder, so the template cannot be saved."
        }
        "已存为模板“{}”。" => "Saved as template “{}”.",
        "没有需要恢复的草稿。" => "No drafts to recover.",
        "有一份恢复副本无法读取：{}" => "A recovery copy cannot be read: {}",
        "新草稿，按 Ctrl+S 保存到“{}”。" => "New draft; Ctrl+S saves it to “{}”.",
        "新草稿。" => "New draft.",
        "未命名" => "Untitled",
        "（空）" => "(empty)",
        "{}（已不存在）" => "{} (no longer exists)",
        "移除" => "Remove",
        "移除 {}" => "Remove {}",
        "无法打开窗口：{}。" => "Cannot open the window: {}.",
        "正在等待文件对话框…" => "Waiting for the file dialog…",
        "不再等待" => "Stop waiting",
        "全文 {} / {} 字" => "Total {} / {} chars",
        "全文 {} 字" => "Total {} chars",
        "按 Word/WPS 的方法计字：每个汉字和全角标点算 1，连续的英文字母或数字算 1，空格和半角标点不计。" => {
            "Counted as Word/WPS count: each Chinese character and full-width mark is 1, a run of Latin letters or digits is 1, spaces and half-width marks are not counted."
        }
        "无法启动文件对话框：{}。" => "Cannot start the file dialog: {}.",
        "系统文件对话框无法打开（没有桌面门户 xdg-desktop-portal，也没有 zenity）。" => {
            "The system file dialog cannot be shown (no xdg-desktop-portal and no zenity)."
        }
        "文件对话框意外关闭。" => "The file dialog closed unexpectedly.",
        "请在弹出的框中直接输入文件路径。" => {
            "Type the file's path in the box instead."
        }
        "文件对话框已打开，请先完成或取消它。" => {
            "A file dialog is open; finish or cancel it first."
        }
        "已取消。" => "Cancelled.",
        "无法使用恢复文件夹“{}”：{}。本次不会自动保存恢复副本。" => {
            "Cannot use the recovery folder “{}”: {}. No recovery copies will be written this time."
        }
        "自动保存恢复副本失败：{}" => "Writing the recovery copy failed: {}",
        "无法删除恢复副本“{}”：{}。" => "Cannot delete the recovery copy “{}”: {}.",
        "无法打开系统剪贴板：{}。" => "Cannot open the system clipboard: {}.",
        "无法打开系统剪贴板。" => "Cannot open the system clipboard.",
        "无法写入剪贴板：{}。" => "Cannot write to the clipboard: {}.",
        "剪贴板里没有文字（{}）。" => "The clipboard holds no text ({}).",
        "剪贴板不可用。" => "The clipboard is not available.",
        "标题生成器" => "Title builder",
        "如：某县文化旅游广电体育局" => "e.g. the county's culture and tourism bureau",
        "（无）" => "(none)",
        "可不填，如：精神文明建设" => "Optional, e.g. civic culture",
        "导入完成" => "Import finished",
        "从{}导入时删除了以下 {} 行网页杂项，其余内容都已放入各部分：" => {
            "Importing from {} removed these {} lines of web clutter; everything else is in the parts:"
        }
        "知道了" => "OK",
        "导出" => "Export",
        "格式" => "Format",
        "版式" => "Layout",
        "包含落款（单位、日期）" => "Include the signature (unit, date)",
        "换行符：" => "Line endings:",
        "CRLF（Windows）" => "CRLF (Windows)",
        "导出到文件…" => "Export to file…",
        "字体（缺少时 Word/WPS 会用相近字体代替）" => {
            "Fonts (Word/WPS substitute a similar one when missing)"
        }
        "正文" => "Body",
        "一级标题 一、" => "Level-1 heading 一、",
        "二级标题 （一）" => "Level-2 heading （一）",
        "页码" => "Page numbers",
        "恢复默认字体" => "Restore default fonts",
        "恢复未保存的草稿" => "Recover unsaved drafts",
        "上次程序没有正常退出，以下草稿有未保存的内容：" => {
            "The program did not exit cleanly last time; these drafts have unsaved changes:"
        }
        "未命名草稿" => "Untitled draft",
        "（无标题）" => "(no title)",
        "标题：{}" => "Title: {}",
        "恢复" => "Restore",
        "恢复 第{}份" => "Restore copy {}",
        "丢弃" => "Discard",
        "丢弃 第{}份" => "Discard copy {}",
        "以后再说" => "Later",
        "刚刚保存的副本" => "Copy saved just now",
        "{} 分钟前的副本" => "Copy from {} minutes ago",
        "{} 小时前的副本" => "Copy from {} hours ago",
        "{} 天前的副本" => "Copy from {} days ago",
        "保存修改？" => "Save changes?",
        "打开其他草稿" => "opening another draft",
        "导入" => "Import",
        "按模板新建" => "starting from a template",
        "恢复草稿" => "recovering a draft",
        "“{}”有未保存的修改。{}之前要保存吗？" => {
            "“{}” has unsaved changes. Save them before {}?"
        }
        "不保存" => "Don't save",
        "文件已被修改" => "The file has changed",
        "“{}”在打开或上次保存之后被其他程序（或另一个窗口）修改过。要怎么做？" => {
            "“{}” was changed by another program (or another window) since it was opened or last saved. What should happen?"
        }
        "覆盖" => "Overwrite",
        "用本窗口的内容覆盖磁盘上的文件" => {
            "Replace the file on disk with this window's text"
        }
        "重新载入" => "Reload",
        "放弃本窗口的修改，载入磁盘上的版本" => {
            "Drop this window's changes and load the file on disk"
        }
        "删除条目？" => "Delete the item?",
        "这个条目有内容，删除后不能恢复。确定删除吗？" => {
            "This item has text; deleting cannot be undone here. Delete it?"
        }
        "条目“{}”及其下级条目将被删除，删除后不能恢复。确定删除吗？" => {
            "Item “{}” and its sub-items will be deleted. Delete them?"
        }
        "本部分 {} 字" => "This part: {} chars",
        "条目前的一段话，如：下一步，我们将着力做好以下几个方面工作：" => {
            "A paragraph before the items, e.g. \"Next, we will focus on the following:\""
        }
        "在本部分末尾添加一个条目" => "Add an item at the end of this part",
        "单位＋时间＋事由＋文种，如：××局2024年上半年工作总结" => {
            "Unit + period + topic + document type, e.g. 某局2024年上半年工作总结"
        }
        "开头段：背景、总体情况，常以“现将……总结如下：”结尾。回车分段。" => {
            "Opening: background and overview, often ending \"现将……总结如下：\". Enter starts a paragraph."
        }
        "其他部分 {}" => "Other part {}",
        "结尾段（可选），如表态、决心。回车分段。" => {
            "Closing paragraph (optional), e.g. a commitment. Enter starts a paragraph."
        }
        "如：××县文化旅游广电体育局" => "e.g. the issuing unit's full name",
        "阿拉伯数字，年份写全，不编虚位，如：2024年7月1日" => {
            "Arabic numerals, full year, no leading zeros, e.g. 2024年7月1日"
        }
        "条目 {}" => "Item {}",
        "要点（第一句），如：健全公共文化服务设施网络" => {
            "Key point (first sentence)"
        }
        "小标题，如：注重文化阵地建设" => "Heading",
        "{} 标题" => "{} heading",
        "正文，回车分段" => "Body; Enter starts a paragraph",
        "{} 正文" => "{} body",
        "与上一条交换位置" => "Swap with the item above",
        "与下一条交换位置" => "Swap with the item below",
        "提升一级（如 1. → （一））" => "One level up (e.g. 1. → （一）)",
        "成为上一条的下级（如 （二） → 1.）" => {
            "Make it a sub-item of the item above (e.g. （二） → 1.)"
        }
        "在本条下添加一个下级条目" => "Add a sub-item under this item",
        "在本条后插入同级条目" => "Insert an item after this one",
        "删除本条及其下级条目" => "Delete this item and its sub-items",
        "约 {} 页（A4 公文版心，每页 22 行 × 28 字）" => {
            "About {} A4 pages (22 lines × 28 characters)"
        }
        "按 GB/T 9704 的版心估算，实际页数以 Word/WPS 排版为准。" => {
            "Estimated on the GB/T 9704 text block; Word/WPS decide the real page count."
        }
        "全部安全修正（{}）" => "Apply all safe fixes ({})",
        "一次修正所有确定无误的问题（半角标点、省略号、全角数字等）。" => {
            "Fix every certain problem at once (half-width punctuation, ellipses, full-width digits…)."
        }
        "没有发现问题。" => "No problems found.",
        "{}：{}" => "{}: {}",
        "点击跳到这里" => "Click to go there",
        "修正" => "Fix",
        "修正 第{}条" => "Fix finding {}",
        "校对（{}）" => "Proofreading ({})",
        "无法读取“{}”：{}。" => "Cannot read “{}”: {}.",
        "无法保存“{}”：{}。原文件未被改动。" => {
            "Cannot save “{}”: {}. The original file is unchanged."
        }
        "“{}”是空文件，不是工作总结草稿。" => {
            "“{}” is empty, not a work-summary draft."
        }
        "“{}”有 {} 字节，太大，不是工作总结草稿（上限 {} 字节）。" => {
            "“{}” has {} bytes, too large for a work-summary draft (limit {} bytes)."
        }
        "“{}”不是文本文件（不是有效的 UTF-8），不是工作总结草稿。" => {
            "“{}” is not a text file (not valid UTF-8), not a work-summary draft."
        }
        "“{}”不是工作总结草稿：{}。" => "“{}” is not a work-summary draft: {}.",
        "“{}”是更新版本的草稿（格式版本 {}），本程序只能读取版本 {} 及以前的草稿，请升级本程序。" => {
            "“{}” is a draft of a newer version (format version {}); this program reads versions up to {}. Please update the program."
        }
        "“{}”已损坏，无法读取：第 {} 行第 {} 列，{}。" => {
            "“{}” is damaged and cannot be read: line {}, column {}, {}."
        }
        "内容不是草稿格式（第 {} 行第 {} 列：{}）" => {
            "its content is not in draft format (line {}, column {}: {})"
        }
        "缺少格式标记 format" => "the format marker is missing",
        "文件格式是“{}”，而不是“{}”" => "its format is “{}”, not “{}”",
        "缺少版本号 version" => "the version number is missing",
        "这是一个文件夹" => "it is a folder",
        "文件在一个字的中间被截断" => {
            "the file is cut off in the middle of a character"
        }
        "无法读取设置文件“{}”：{}。已使用默认设置。" => {
            "Cannot read the settings file “{}”: {}. Using the defaults."
        }
        "设置文件“{}”已损坏（{}），已改用默认设置。" => {
            "The settings file “{}” is damaged ({}); using the defaults."
        }
        "无法创建设置文件夹“{}”：{}。" => {
            "Cannot create the settings folder “{}”: {}."
        }
        "无法写设置：{}。" => "Cannot write the settings: {}.",
        "模板名称不能为空。" => "The template needs a name.",
        "无法创建模板文件夹“{}”：{}。" => {
            "Cannot create the templates folder “{}”: {}."
        }
        "半年工作总结" => "Half-year summary",
        "年度工作总结" => "Annual summary",
        "季度工作总结" => "Quarterly summary",
        "专项工作总结" => "Special-topic summary",
        "个人工作总结" => "Personal summary",
        "上半年" => "First half",
        "下半年" => "Second half",
        "年度" => "Full year",
        "第一季度" => "First quarter",
        "第二季度" => "Second quarter",
        "第三季度" => "Third quarter",
        "第四季度" => "Fourth quarter",
        "前三季度" => "First three quarters",
        "工作总结和下步计划" => "Summary and next steps",
        "工作总结和下半年工作计划" => "Summary and second-half plan",
        "工作总结及明年工作打算" => "Summary and next year's plan",
        "述职报告" => "Performance report",
        "纯文本 (.txt)" => "Plain text (.txt)",
        "Markdown (.md)" => "Markdown (.md)",
        "网页 HTML (.html)" => "Web page HTML (.html)",
        "Word 公文 (.docx)" => "Word official document (.docx)",
        "PDF (.pdf)" => "PDF (.pdf)",
        "无法读取字体文件“{}”：{}。" => "Cannot read the font file “{}”: {}.",
        "字体文件“{}”无法使用。" => "The font file “{}” cannot be used.",
        "没有可用的中文字体" => "no Chinese font installed",
        "（代用）" => " (substitute)",
        "没有找到可用的中文字体，无法生成 PDF。请安装中文字体（如 fonts-noto-cjk）。" => {
            "No Chinese font found, so no PDF can be made. Install one (e.g. fonts-noto-cjk)."
        }
        "无法生成 PDF：{}。" => "Cannot make the PDF: {}.",
        "无法打印：{}。" => "Cannot print: {}.",
        "无法写入打印用的临时文件：{}。" => {
            "Cannot write the temporary file for printing: {}."
        }
        "无法运行 {}：{}。" => "Cannot run {}: {}.",
        "{} 打印失败：{}" => "{} could not print: {}",
        "没有找到打印机（CUPS），也无法打开 PDF 阅读器。PDF 已保存在“{}”。" => {
            "No printer (CUPS) and no PDF viewer could be opened. The PDF is in “{}”."
        }
        "已打开“{}”。" => "Opened “{}”.",
        "已保存到“{}”。" => "Saved to “{}”.",
        "已从磁盘重新载入“{}”，本窗口的修改已放弃。" => {
            "Reloaded “{}” from disk; this window's changes were dropped."
        }
        "“{}”" => "“{}”",
        "已恢复{}，请检查后保存。" => "Recovered {}; check it, then save.",
        "已新建草稿。" => "New draft started.",
        "已按模板新建草稿。" => "New draft from the template.",
        "剪贴板" => "the clipboard",
        "已从{}导入（{}），请检查各部分后保存。" => {
            "Imported from {} ({}); check each part, then save."
        }
        "已从{}导入（{}），删除了 {} 行网页杂项，请检查各部分后保存。" => {
            "Imported from {} ({}); removed {} lines of web clutter. Check each part, then save."
        }
        "已导出文本到“{}”。" => "Exported the text to “{}”.",
        "已导出到“{}”。" => "Exported to “{}”.",
        "打开草稿" => "Open a draft",
        "文本文件" => "Text files",
        "文本或 Word 文档" => "Text or Word documents",
        "工作总结草稿" => "Work-summary drafts",
        "文件路径：" => "File path:",
        "“{}”不是草稿（.ron）、文本（.txt）或 Word 文档（.docx），无法打开。" => {
            "“{}” is not a draft (.ron), text (.txt) or Word document (.docx), so it cannot be opened."
        }
        "导出文本" => "Export text",
        "工作总结" => "Work summary",
        "工作总结编辑器" => "Work Summary Editor",
        _ => return None,
    })
}
