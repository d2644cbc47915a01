//! A diff as text (the terminal), JSON (scripts) and a self-contained HTML report.

use super::diff::{Change, Diff, Field, FieldChange, ItemDiff, Op, PlacedFigure, Span};
use super::kind_name;
use crate::export::html::escape;
use crate::i18n::{Lang, tr, trf};

/// The name of a field in `lang`.
pub fn field_name(field: Field, lang: Lang) -> &'static str {
    let zh = match field {
        Field::Title => "标题",
        Field::Intro => "导语",
        Field::SectionTitle => "部分标题",
        Field::SectionLead => "部分导语",
        Field::Closing => "结束语",
        Field::SignatureUnit => "落款单位",
        Field::SignatureDate => "日期",
    };
    tr(lang, zh)
}

fn change_name(change: Change, lang: Lang) -> &'static str {
    let zh = match change {
        Change::Kept => "保留",
        Change::Changed => "修改",
        Change::Added => "新增",
        Change::Removed => "删去",
    };
    tr(lang, zh)
}

fn colon(lang: Lang) -> &'static str {
    if lang == Lang::En { ": " } else { "：" }
}

/// Spans as text with [-deleted-] and {+inserted+}.
pub fn marked(spans: &[Span]) -> String {
    let mut out = String::new();
    for s in spans {
        match s.op {
            Op::Equal => out.push_str(&s.text),
            Op::Delete => out.push_str(&format!("[-{}-]", s.text)),
            Op::Insert => out.push_str(&format!("{{+{}+}}", s.text)),
        }
    }
    out
}

/// "接待游客 3260 → 3620 人次 （工作成效 1.2）".
pub fn figure_line(f: &PlacedFigure, lang: Lang) -> String {
    let place = match (f.section, &f.item, f.field) {
        (Some(kind), Some(item), _) => format!("{} {}", kind_name(kind, lang), item),
        (_, _, Some(field)) => field_name(field, lang).to_owned(),
        _ => String::new(),
    };
    let g = &f.figure;
    let unit = if g.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", g.unit)
    };
    trf(
        lang,
        "{} {} → {}{}（{}）",
        &[&g.context, &g.old, &g.new, &unit, &place],
    )
}

fn item_label(item: &ItemDiff) -> String {
    let name = match item.change {
        Change::Removed => item.old_name.clone(),
        _ => item.new_name.clone(),
    }
    .unwrap_or_default();
    let heading = if item.change == Change::Removed {
        &item.old_heading
    } else {
        &item.new_heading
    };
    let body = if item.change == Change::Removed {
        &item.old_body
    } else {
        &item.new_body
    };
    let shown = if heading.trim().is_empty() {
        body.chars().take(20).collect::<String>()
    } else {
        heading.clone()
    };
    format!("{name} {shown}")
}

/// The diff as text for a terminal: changes only, figures last.
pub fn text(diff: &Diff, old: &str, new: &str, lang: Lang) -> String {
    let mut out = trf(lang, "版本对比：{} → {}", &[&old, &new]);
    out.push('\n');
    if diff.is_empty() {
        out.push_str(tr(lang, "两份草稿内容相同。"));
        out.push('\n');
        return out;
    }
    for f in &diff.fields {
        out.push_str(&format!(
            "{}{}{}\n",
            field_name(f.field, lang),
            colon(lang),
            marked(&f.spans)
        ));
    }
    for s in &diff.sections {
        let c = s.counts();
        out.push_str(&trf(
            lang,
            "【{}】{}：保留 {}，修改 {}，新增 {}，删去 {}",
            &[
                &kind_name(s.kind, lang),
                &s.title,
                &c.kept,
                &c.changed,
                &c.added,
                &c.removed,
            ],
        ));
        out.push('\n');
        for item in s.items.iter().filter(|i| i.change != Change::Kept) {
            out.push_str(&format!(
                "  {} {}\n",
                change_name(item.change, lang),
                item_label(item)
            ));
            if item.change == Change::Changed {
                if item.old_heading != item.new_heading {
                    out.push_str(&format!(
                        "    {}{}{}\n",
                        tr(lang, "小标题"),
                        colon(lang),
                        marked(&item.heading_spans)
                    ));
                }
                if item.old_body != item.new_body {
                    out.push_str(&format!(
                        "    {}{}{}\n",
                        tr(lang, "正文"),
                        colon(lang),
                        marked(&item.body_spans)
                    ));
                }
            }
        }
    }
    if !diff.figures.is_empty() {
        out.push_str(tr(lang, "数字变化："));
        out.push('\n');
        for f in &diff.figures {
            out.push_str(&format!("  {}\n", figure_line(f, lang)));
        }
    }
    out
}

/// The diff as JSON: the two file names, the counts, and the diff itself.
pub fn json(diff: &Diff, old: &str, new: &str) -> String {
    let value = serde_json::json!({
        "old": old,
        "new": new,
        "counts": diff.counts(),
        "fields": diff.fields,
        "sections": diff.sections,
        "figures": diff.figures,
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

fn html_spans(spans: &[Span]) -> String {
    let mut out = String::new();
    for s in spans {
        let text = escape(&s.text).replace('\n', "<br>");
        match s.op {
            Op::Equal => out.push_str(&text),
            Op::Delete => out.push_str(&format!("<del>{text}</del>")),
            Op::Insert => out.push_str(&format!("<ins>{text}</ins>")),
        }
    }
    out
}

fn html_text(text: &str) -> String {
    escape(text).replace('\n', "<br>")
}

/// The diff page's own style (after `super::html_page_start`'s).
const STYLE: &str = "del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}\
.item{margin:.6em 0;padding:.3em .6em;border-left:4px solid #ccc}\
.changed{border-color:#d90}.added{border-color:#3a3;background:#f3fff3}.removed{border-color:#c33;background:#fff3f3}\
.kept{color:#777}.tag{font-size:.85em;font-weight:bold;margin-right:.5em}.body{white-space:normal}\
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em}";

fn html_item(item: &ItemDiff, lang: Lang) -> String {
    let class = match item.change {
        Change::Kept => "kept",
        Change::Changed => "changed",
        Change::Added => "added",
        Change::Removed => "removed",
    };
    let (heading, body) = match item.change {
        Change::Changed => (
            html_spans(&item.heading_spans),
            html_spans(&item.body_spans),
        ),
        Change::Removed => (html_text(&item.old_heading), html_text(&item.old_body)),
        _ => (html_text(&item.new_heading), html_text(&item.new_body)),
    };
    let name = match item.change {
        Change::Removed => item.old_name.clone(),
        _ => item.new_name.clone(),
    }
    .unwrap_or_default();
    format!(
        "<div class=\"item {class}\"><span class=\"tag\">{} {}</span><b>{heading}</b><div class=\"body\">{body}</div></div>\n",
        change_name(item.change, lang),
        escape(&name)
    )
}

fn html_field(f: &FieldChange, lang: Lang) -> String {
    format!(
        "<div class=\"item changed\"><span class=\"tag\">{}</span>{}</div>\n",
        field_name(f.field, lang),
        html_spans(&f.spans)
    )
}

/// The diff as one HTML file with its own style: every item, changes marked.
pub fn html(diff: &Diff, old: &str, new: &str, lang: Lang) -> String {
    let title = trf(lang, "版本对比：{} → {}", &[&old, &new]);
    let mut out = super::html_page_start(&title, STYLE, lang);
    let c = diff.counts();
    out.push_str(&format!(
        "<p>{}</p>\n",
        escape(&trf(
            lang,
            "保留 {}，修改 {}，新增 {}，删去 {}",
            &[&c.kept, &c.changed, &c.added, &c.removed]
        ))
    ));
    if !diff.figures.is_empty() {
        out.push_str(&format!("<h2>{}</h2>\n<ul>\n", tr(lang, "数字变化")));
        for f in &diff.figures {
            out.push_str(&format!("<li>{}</li>\n", escape(&figure_line(f, lang))));
        }
        out.push_str("</ul>\n");
    }
    if !diff.fields.is_empty() {
        out.push_str(&format!("<h2>{}</h2>\n", tr(lang, "标题、导语和落款")));
        for f in &diff.fields {
            out.push_str(&html_field(f, lang));
        }
    }
    for s in &diff.sections {
        out.push_str(&format!(
            "<h2>{}{}{}</h2>\n",
            kind_name(s.kind, lang),
            colon(lang),
            escape(&s.title)
        ));
        for item in &s.items {
            out.push_str(&html_item(item, lang));
        }
    }
    out.push_str("</body></html>\n");
    out
}
