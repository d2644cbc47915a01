//! The follow-through (`follow`) as text for a terminal, JSON for scripts and an HTML page:
//! `work-summary follow LAST.ron THIS.ron`.

use super::follow::{Answer, FollowThrough, Target};
use super::kind_name;
use crate::export::html::escape;
use crate::i18n::{Lang, tr, trf};
use crate::model::Report;

/// "第2项" of a target or answer: its place in its section, as the editor names it.
fn item_label(name: &str, lang: Lang) -> String {
    trf(lang, "第{}项", &[&name])
}

fn percent(strength: f32) -> u32 {
    (strength * 100.0).round() as u32
}

/// Strength and shared terms of an answer, or that it was linked by hand.
fn answer_note(answer: &Answer, lang: Lang) -> String {
    let how = if answer.manual {
        tr(lang, "手动关联").to_owned()
    } else {
        answer.shown_terms(if lang == Lang::En { ", " } else { "、" })
    };
    format!("{}%  {how}", percent(answer.strength))
}

fn summary(follow: &FollowThrough, lang: Lang) -> String {
    trf(
        lang,
        "上期共 {} 条计划和问题，{} 条未对应",
        &[&follow.targets.len(), &follow.unanswered().count()],
    )
}

/// "第2项", or "第3段" for a paragraph of a part's lead-in.
fn target_label(target: &Target, lang: Lang) -> String {
    place_label(&target.path, target.paragraph, lang)
}

fn answer_label(answer: &Answer, lang: Lang) -> String {
    place_label(&answer.path, answer.paragraph, lang)
}

fn place_label(path: &crate::model::ItemPath, paragraph: Option<usize>, lang: Lang) -> String {
    match paragraph {
        Some(p) => trf(lang, "第{}段", &[&(p + 1)]),
        None => item_label(&path.name(), lang),
    }
}

fn target_line(target: &Target, lang: Lang) -> String {
    format!(
        "【{}】{} {}",
        kind_name(target.key.kind, lang),
        target_label(target, lang),
        target.text
    )
}

/// The follow-through for a terminal: each plan and problem with its answers, then the
/// unanswered ones again as a list.
pub fn text(follow: &FollowThrough, last: &str, this: &str, lang: Lang) -> String {
    let mut out = trf(lang, "计划落实对照：{} → {}", &[&last, &this]);
    out.push('\n');
    out.push_str(&summary(follow, lang));
    out.push('\n');
    for target in &follow.targets {
        out.push_str(&target_line(target, lang));
        out.push('\n');
        if target.answers.is_empty() {
            out.push_str(&format!("  {}\n", tr(lang, "未对应")));
        }
        for answer in &target.answers {
            out.push_str(&format!(
                "  ← {} {} {}  {}\n",
                kind_name(answer.key.kind, lang),
                answer_label(answer, lang),
                answer.text,
                answer_note(answer, lang)
            ));
        }
    }
    let open: Vec<&Target> = follow.unanswered().collect();
    if !open.is_empty() {
        out.push_str(tr(lang, "未对应："));
        out.push('\n');
        for target in open {
            out.push_str(&format!("  {}\n", target_line(target, lang)));
        }
    }
    out
}

fn json_answer(answer: &Answer, draft: &Report) -> serde_json::Value {
    serde_json::json!({
        "kind": answer.key.kind,
        "section": draft.sections.get(answer.path.section).map(|s| s.title.as_str()),
        "item": answer.paragraph.is_none().then(|| answer.path.name()),
        "paragraph": answer.paragraph.map(|p| p + 1),
        "text": answer.text,
        "strength": (answer.strength * 1000.0).round() / 1000.0,
        "terms": answer.terms,
        "manual": answer.manual,
    })
}

/// The follow-through as JSON: the files, the counts, every target with its answers, and the
/// unanswered targets.
pub fn json(follow: &FollowThrough, last: &str, this: &str, draft: &Report) -> String {
    let target = |t: &Target| {
        serde_json::json!({
            "kind": t.key.kind,
            "item": t.paragraph.is_none().then(|| t.path.name()),
            "paragraph": t.paragraph.map(|p| p + 1),
            "text": t.text,
            "answers": t.answers.iter().map(|a| json_answer(a, draft)).collect::<Vec<_>>(),
        })
    };
    let value = serde_json::json!({
        "last": last,
        "this": this,
        "counts": {
            "targets": follow.targets.len(),
            "answered": follow.targets.len() - follow.unanswered().count(),
            "unanswered": follow.unanswered().count(),
        },
        "targets": follow.targets.iter().map(target).collect::<Vec<_>>(),
        "unanswered": follow.unanswered().map(target).collect::<Vec<_>>(),
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

/// The follow-through page's own style (after `super::html_page_start`'s).
const STYLE: &str = ".target{margin:.8em 0;padding:.3em .6em;border-left:4px solid #3a3}.open{border-color:#c33;background:#fff3f3}\
.kind{font-size:.85em;color:#555;margin-right:.5em}ul{margin:.2em 0}.note{color:#666;margin-left:.6em}";

/// The follow-through as one HTML file with its own style.
pub fn html(follow: &FollowThrough, last: &str, this: &str, lang: Lang) -> String {
    let title = trf(lang, "计划落实对照：{} → {}", &[&last, &this]);
    let mut out = super::html_page_start(&title, STYLE, lang);
    out.push_str(&format!("<p>{}</p>\n", escape(&summary(follow, lang))));
    for target in &follow.targets {
        let class = if target.answers.is_empty() {
            "target open"
        } else {
            "target"
        };
        out.push_str(&format!(
            "<div class=\"{class}\"><span class=\"kind\">{} {}</span><b>{}</b>\n",
            escape(kind_name(target.key.kind, lang)),
            escape(&target_label(target, lang)),
            escape(&target.text)
        ));
        if target.answers.is_empty() {
            out.push_str(&format!("<p>{}</p>\n", escape(tr(lang, "未对应"))));
        } else {
            out.push_str("<ul>\n");
            for answer in &target.answers {
                out.push_str(&format!(
                    "<li><span class=\"kind\">{} {}</span>{}<span class=\"note\">{}</span></li>\n",
                    escape(kind_name(answer.key.kind, lang)),
                    escape(&answer_label(answer, lang)),
                    escape(&answer.text),
                    escape(&answer_note(answer, lang))
                ));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</div>\n");
    }
    out.push_str("</body></html>\n");
    out
}
