//! The UI's languages: Chinese first, English on request. Strings are written in Chinese in
//! the code; `tr` gives the English for the ones the chrome shows.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

/// The text in `lang`; Chinese text with no English entry is shown as it is.
pub fn tr(lang: Lang, zh: &'static str) -> &'static str {
    if lang == Lang::Zh {
        return zh;
    }
    match zh {
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
        _ => zh,
    }
}
