//! HTML in: a saved page (.html, .htm) or the `text/html` a browser puts on the clipboard.
//!
//! The page's main content is found by `dom_smoothie`, a port of Mozilla's Readability (the
//! algorithm of Firefox's reader view): navigation, sidebars, comments and link blocks go by
//! the page's structure, which is far less guessing than from flattened text. Its Markdown
//! rendering keeps headings, paragraphs, lists and tables, and the Markdown pass
//! ([`super::markdown`]) turns those into lines for the same structure pass as text. A
//! fragment too small for Readability (a few paragraphs copied from a page) is read whole.

use super::Prepared;
use crate::i18n::Text;
use dom_smoothie::{Config, Readability, TextMode};

/// The lines of an HTML page or fragment for the structure pass.
pub fn read(html: &str) -> Result<Prepared, Text> {
    let html = clipboard_fragment(html);
    let config = || Config {
        text_mode: TextMode::Markdown,
        // Summaries are short pages; the default threshold (500 characters) is for articles.
        char_threshold: 100,
        ..Config::default()
    };
    let mut readability = Readability::new(html, None, Some(config()))
        .map_err(|e| Text::tr("的 HTML 无法读取（{}）", &[&e]))?;
    let (page, page_title, h1) = whole_page(html);
    let (markdown, title) = match readability.parse() {
        // Readability keeps one block of the page; a summary written as a page of its own
        // (sibling blocks, cards with icons) has the author's words or headings outside it.
        // When the page holds prose outside links that the block lacks, the whole page is
        // read, and the structure pass takes out what is site furniture, each line listed.
        Ok(article)
            if !lost_words(
                missing_prose(&page, &article.text_content, h1.as_deref()),
                prose(&article.text_content),
            ) =>
        {
            // Readability writes the page's one <h1> as a second-level heading, the level
            // of the parts under it: it goes back to the top.
            let mut text = article.text_content.to_string();
            if let Some(h1) = h1.filter(|h| article.title.is_empty() || article.title.contains(h)) {
                text = text.replacen(&format!("## {h1}\n"), &format!("# {h1}\n"), 1);
            }
            (text, article.title.to_string())
        }
        // Too little for Readability: the fragment is all content. (The page's own heading,
        // if it has one, is the title: its <title> is the browser tab's words.)
        _ => {
            let title = if h1.is_some() {
                String::new()
            } else {
                page_title
            };
            (page, title)
        }
    };
    let title = title.trim();
    // Readability takes the title out of the content; it goes back on top as the heading
    // (the structure pass cuts a site's name after it).
    let bare = title.split(['_', '|']).next().unwrap_or(title).trim();
    // Already there when one of the first lines holds it (a page's own heading); words of
    // the title further down (…去年的年终总结…) are not it.
    let on_top = markdown
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(5)
        .any(|l| l.contains(bare));
    let text = if bare.is_empty() || on_top {
        markdown
    } else {
        format!("# {title}\n\n{markdown}")
    };
    Ok(super::markdown::read(&text))
}

/// The whole page as Markdown, without what is never content (scripts, styles, the head, the
/// site's navigation, forms' inner workings), and the page's own title (`<title>`).
/// And the text of its one `<h1>`, if it has exactly one.
fn whole_page(html: &str) -> (String, String, Option<String>) {
    let doc = dom_query::Document::from(html);
    let title = doc.select("title").text().trim().to_owned();
    // The page's heading: its one <h1>, or the words of all of them when they are the same
    // (a page's bar and its first screen both show the title).
    let texts: Vec<String> = doc
        .select("h1")
        .iter()
        .map(|h| h.text().trim().to_owned())
        .collect();
    let h1 = texts
        .first()
        .filter(|t| !t.is_empty() && !t.contains('\n') && texts.iter().all(|o| o == *t))
        .cloned();
    let markdown = doc
        .md(Some(&[
            "script", "style", "meta", "head", "nav", "noscript", "template", "svg", "select",
        ]))
        .to_string();
    // Shown twice, it is one heading.
    let markdown = match &h1 {
        Some(h1) if texts.len() > 1 => {
            let heading = format!("# {h1}");
            let mut seen = false;
            markdown
                .lines()
                .filter(|l| {
                    let again = l.trim() == heading && seen;
                    seen |= l.trim() == heading;
                    !again
                })
                .collect::<Vec<_>>()
                .join("\n")
        }
        _ => markdown,
    };
    (markdown, title, h1)
}

/// The author's prose of the whole page that the block Readability kept lacks: the Han
/// characters outside links of the lines it does not hold, leaving out the page's heading
/// (Readability takes it out to put it on top) and lines that look like site furniture
/// (版权所有…, 备案号…).
fn missing_prose(page: &str, kept: &str, h1: Option<&str>) -> usize {
    page.lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .filter(|l| !l.is_empty() && Some(*l) != h1 && !kept.contains(l))
        .filter(|l| super::junk::score(&super::junk::features(l, false)) < super::junk::JUNK_AT)
        .map(prose)
        .sum()
}

/// Did Readability's block leave out the author's words? At least 8 characters of prose, and
/// at least a tenth of what it kept: a blog's sidebar (a subtitle, 随笔, 上一篇…) beside a
/// long post is a few per cent of it; the other blocks of a page written as the summary
/// itself are far more.
fn lost_words(missing: usize, kept: usize) -> bool {
    missing >= 8 && missing * 10 >= kept
}

/// The Han characters of a page's Markdown outside links and images: the author's prose.
fn prose(markdown: &str) -> usize {
    let mut count = 0;
    let mut rest = markdown;
    while let Some(c) = rest.chars().next() {
        // [words](url) and ![alt](src): a link's words are the site's, not the author's.
        if c == '['
            && let Some(close) = rest.find("](")
            && !rest[1..close].contains('\n')
            && let Some(end) = rest[close..].find(')')
        {
            rest = &rest[close + end + 1..];
            continue;
        }
        if crate::han::is_han(c) {
            count += 1;
        }
        rest = &rest[c.len_utf8()..];
    }
    count
}

/// Windows puts a header (Version:, StartHTML:…) and <!--StartFragment--> marks around the
/// HTML on the clipboard: the fragment between the marks, or the HTML after the header.
fn clipboard_fragment(html: &str) -> &str {
    if let (Some(start), Some(end)) = (
        html.find("<!--StartFragment-->"),
        html.find("<!--EndFragment-->"),
    ) && start < end
    {
        return &html[start + "<!--StartFragment-->".len()..end];
    }
    match html.find('<') {
        Some(at) if html.starts_with("Version:") => &html[at..],
        _ => html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_gives_its_content_without_navigation() {
        let page = r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>某镇2023年工作总结_某某范文网</title></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/zj">工作总结</a></div>
<div class="sidebar"><h3>热门推荐</h3><ul><li><a href="/1">某某述职报告</a></li><li><a href="/2">某某心得体会</a></li></ul></div>
<div class="article"><h1>某镇2023年工作总结</h1>
<p>2023年，我镇在县委、县政府的坚强领导下，紧扣年度目标任务，统筹推进经济发展、乡村振兴和社会治理各项工作，全年实现地区生产总值增长6.5%。</p>
<h2>一、主要工作成效</h2>
<p>（一）产业发展提质增效。新引进项目12个，完成固定资产投资8.3亿元，同比增长11%。</p>
<p>（二）民生保障持续改善。新建村级养老服务站4个，发放各类救助资金320万元，惠及群众2100余人。</p>
<h2>二、存在的问题</h2><p>产业结构仍然偏弱，村集体经济增收渠道不多，基层干部队伍年龄偏大。</p>
<h2>三、2024年工作打算</h2><p>我们将继续聚焦产业发展和民生改善，推动各项工作再上新台阶，为全县发展大局作出更大贡献。</p></div>
<div class="footer">版权所有 某某范文网 备案号00000000</div></body></html>"#;
        let p = read(page).expect("html");
        let lines: Vec<&str> = p.text.lines().collect();
        assert!(lines.contains(&"一、主要工作成效"), "{lines:#?}");
        assert!(lines.contains(&"三、2024年工作打算"), "{lines:#?}");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("（二）民生保障持续改善。")),
            "{lines:#?}"
        );
        assert!(!p.text.contains("热门推荐"), "{lines:#?}");
        assert!(!p.text.contains("备案号"), "{lines:#?}");
    }

    #[test]
    fn a_clipboard_fragment_is_read_whole() {
        let clip = "Version:0.9\r\nStartHTML:00000097\r\n<html><body><!--StartFragment--><p>一、主要工作</p><p>全年办结群众诉求236件，办结率98%。</p><!--EndFragment--></body></html>";
        let p = read(clip).expect("fragment");
        assert!(p.text.contains("一、主要工作"), "{}", p.text);
        assert!(
            p.text.contains("全年办结群众诉求236件，办结率98%。"),
            "{}",
            p.text
        );
    }
}
