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
use dom_smoothie::{Config, ParsePolicy, Readability, TextMode};

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
    let article = match readability.parse() {
        Ok(article) => article,
        Err(_) => {
            // Too little for Readability: the fragment is all content.
            let mut whole = Readability::new(html, None, Some(config()))
                .map_err(|e| Text::tr("的 HTML 无法读取（{}）", &[&e]))?;
            whole
                .parse_with_policy(ParsePolicy::Raw)
                .map_err(|e| Text::tr("的 HTML 中找不到正文（{}）", &[&e]))?
        }
    };
    let markdown = article.text_content.to_string();
    let title = article.title.trim();
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
