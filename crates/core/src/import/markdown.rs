//! Markdown in (.md notes, blog exports): front matter, ATX and setext headings, lists,
//! tables, images and blog footers read as what they are, into lines for the structure pass.
//!
//! The author's words stay as written; only Markdown's own marks go (`#`, `-`, `**`, the
//! `|---|` rule of a table). Headings without a number of their own get the number their
//! level and place give them (一、 for the second level, （一） for the third), the way a
//! DOCX's automatic numbering is rendered. Metadata — front matter other than the title,
//! image lines, `--EOF`, a licence footer — is kept in the text but marked for removal, so the
//! import report lists it and the user can keep it.

use super::Prepared;
use super::junk::Why;
use crate::numbering;

/// A line of a structured source (Markdown, HTML, DOCX): a heading of a level, or a
/// paragraph; `why` marks metadata to be listed as removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub heading: Option<usize>,
    pub text: String,
    pub why: Option<Why>,
    /// The source line it came from (1-based), or 0 when the source has no lines (DOCX).
    pub line: usize,
    /// A line of a code block or a quote: the author's, whatever it looks like (paths,
    /// commands, an error quoted).
    pub verbatim: bool,
}

impl Block {
    pub fn line(text: impl Into<String>) -> Self {
        Self {
            heading: None,
            text: text.into(),
            why: None,
            line: 0,
            verbatim: false,
        }
    }

    fn at(mut self, line: usize) -> Self {
        self.line = line;
        self
    }
}

/// Does a text (saved as .txt, pasted) read as Markdown? YAML front matter with `key: value`
/// lines at the top, or at least two ATX headings (`## …`) with a space after the marks, or one
/// heading with other Markdown marks (`**…**`, `![…](…)`, `[…](…)`, a `|---|` rule).
pub fn looks_like(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    let first = lines
        .iter()
        .position(|l| !l.trim().is_empty())
        .map(|k| lines[k].trim_start_matches('\u{feff}').trim());
    if first == Some("---")
        && let Some(open) = lines
            .iter()
            .position(|l| l.trim_start_matches('\u{feff}').trim() == "---")
        && let Some(close) = lines[open + 1..]
            .iter()
            .position(|l| l.trim() == "---" || l.trim() == "...")
        && close > 0
        && lines[open + 1..open + 1 + close].iter().any(|l| {
            l.split_once(':').is_some_and(|(key, _)| {
                !key.is_empty()
                    && key
                        .trim()
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            })
        })
    {
        return true;
    }
    let atx = |l: &&str| {
        let t = l.trim_start();
        let marks = t.chars().take_while(|c| *c == '#').count();
        (1..=6).contains(&marks)
            && t[marks..].starts_with(' ')
            && t[marks..].trim().chars().count() > 0
    };
    let headings = lines.iter().filter(|l| atx(l)).count();
    let other = lines.iter().any(|l| {
        let t = l.trim();
        (t.starts_with("**") && t.ends_with("**") && t.len() > 4)
            || (t.starts_with("![") && t.contains("]("))
            || (t.starts_with('[') && t.contains("](") && t.ends_with(')'))
            || (t.starts_with('|') && t.contains("---"))
    });
    headings >= 2 || (headings == 1 && other)
}

/// The end of an image that opens `line` (`![alt](address)`), if one does.
fn leading_image(line: &str) -> Option<usize> {
    let rest = line.strip_prefix("![")?;
    let mid = rest.find("](")?;
    let close = rest[mid + 2..].find(')')?;
    Some(2 + mid + 2 + close + 1)
}

/// The lines of a Markdown text for the structure pass.
pub fn read(text: &str) -> Prepared {
    render(blocks(text))
}

/// Blocks to lines: headings without a number of their own are numbered by level (the title
/// level, if one heading stands alone on top, is left as it is).
pub fn render(blocks: Vec<Block>) -> Prepared {
    let headings: Vec<(usize, usize, &str)> = blocks
        .iter()
        .enumerate()
        .filter_map(|(k, b)| Some((k, b.heading?, b.text.as_str())))
        .collect();
    let min_level = headings.iter().map(|h| h.1).min().unwrap_or(1);
    let first_text = blocks.iter().position(|b| b.why.is_none());
    // The title level: a single top heading, or a top heading that opens the text.
    let names_a_document = |words: &str| {
        [
            "总结", "报告", "汇报", "计划", "述职", "周报", "月报", "小结", "回顾",
        ]
        .iter()
        .any(|w| words.contains(w))
    };
    // (Several deep headings on top — a log's "#### 返校", "#### 实习" — are its parts, not a
    // title level.)
    // (A top heading the author numbered, "# 1. 主要工作", is the first part, not a title.)
    let title_level = (headings.iter().filter(|h| h.1 == min_level).count() == 1
        || headings.first().is_some_and(|h| {
            h.1 == min_level
                && Some(h.0) == first_text
                && (h.1 <= 2 || names_a_document(h.2))
                && !starts_numbered(h.2)
                && arabic_heading(h.2.trim()).is_none()
        }))
    .then_some(min_level);
    // A single top heading that opens the text is the document's title, whatever lines
    // nearer the body look like titles (a weekly log's "#### 总结").
    // (A deep heading on top — "#### 返校" over "##### …" — is a title only when it names a
    // document: a log's first entry is none.)
    let title = headings
        .first()
        .filter(|h| Some(h.0) == first_text && headings.iter().filter(|g| g.1 == h.1).count() == 1)
        .filter(|h| h.1 == min_level)
        .filter(|h| h.1 <= 2 || names_a_document(h.2))
        .map(|h| h.2.trim().to_owned())
        .filter(|t| !t.is_empty());
    let numbered_level = |level: usize| {
        let of_level: Vec<&(usize, usize, &str)> =
            headings.iter().filter(|h| h.1 == level).collect();
        of_level.len() >= 2 && of_level.iter().all(|h| !starts_numbered(h.2))
    };
    let section_level = match title_level {
        Some(t) => headings.iter().map(|h| h.1).filter(|&l| l > t).min(),
        None => Some(min_level),
    };
    // Headings of a higher level that all come after the last heading of the level under it
    // (a weekly log's "### 7.21 — 7.28" parts, then "## 月结" at the end) hold none of those
    // parts: the level under them is the parts' level, and they are parts of their own.
    let top_level = section_level;
    let section_level = section_level.map(|s| {
        let deeper = headings.iter().map(|h| h.1).filter(|&l| l > s).min();
        let first_top = headings.iter().position(|h| h.1 == s);
        match deeper {
            Some(d)
                if headings.iter().filter(|h| h.1 == d).count() >= 2
                    && first_top > headings.iter().rposition(|h| h.1 == d) =>
            {
                d
            }
            _ => s,
        }
    });
    let above_parts = |level: usize| {
        top_level.is_some_and(|t| level >= t) && section_level.is_some_and(|s| level < s)
    };
    let item_level =
        section_level.and_then(|s| headings.iter().map(|h| h.1).filter(|&l| l > s).min());
    let number_sections = section_level.is_some_and(numbered_level);
    let number_items = item_level.is_some_and(numbered_level);
    // Parts' headings the author numbered 1. 2. 3. ("## 1.技术", "## 2.工作"): parts, numbered
    // as parts are (一、), not a list.
    let arabic_sections = section_level.is_some_and(|level| {
        let of_level: Vec<&str> = headings
            .iter()
            .filter(|h| h.1 == level)
            .map(|h| h.2.trim())
            .collect();
        // (From 0 or 1, perhaps with a gap: the author's count, not an outline's 1.1.)
        of_level.len() >= 2
            && of_level
                .iter()
                .filter_map(|h| arabic_heading(h))
                .map(|(n, _)| n)
                .collect::<Vec<_>>()
                .windows(2)
                .all(|w| w[1] > w[0])
            && of_level
                .iter()
                .all(|h| arabic_heading(h).is_some_and(|(n, _)| n <= 20))
            && of_level
                .iter()
                .take(1)
                .all(|h| arabic_heading(h).is_some_and(|(n, _)| n <= 1))
    });
    let (mut sections, mut items) = (0, 0);
    let mut out = Vec::with_capacity(blocks.len());
    let mut forced = Vec::new();
    let mut protected = Vec::new();
    let mut source_lines = Vec::with_capacity(blocks.len());
    for block in blocks {
        let text = match block.heading {
            Some(level) if Some(level) == section_level && arabic_sections => {
                sections += 1;
                items = 0;
                let words =
                    arabic_heading(block.text.trim()).map_or(block.text.as_str(), |(_, w)| w);
                format!("{}{}", numbering::marker(1, sections), words)
            }
            Some(level) if Some(level) == section_level && number_sections => {
                sections += 1;
                items = 0;
                format!("{}{}", numbering::marker(1, sections), block.text)
            }
            // A part's heading the author numbered: its items count afresh all the same.
            Some(level) if Some(level) == section_level => {
                items = 0;
                block.text
            }
            Some(level) if above_parts(level) => {
                items = 0;
                if number_sections {
                    sections += 1;
                    format!("{}{}", numbering::marker(1, sections), block.text)
                } else {
                    block.text
                }
            }
            Some(level) if Some(level) == item_level && number_items => {
                items += 1;
                format!("{}{}", numbering::marker(2, items), block.text)
            }
            _ => block.text,
        };
        out.push(text);
        let line = if block.line > 0 {
            block.line
        } else {
            out.len()
        };
        source_lines.push(line);
        if let Some(why) = block.why {
            forced.push((line, why));
        }
        if block.verbatim {
            protected.push(line);
        }
    }
    Prepared {
        text: out.join("\n"),
        forced,
        protected,
        title,
        notes: Vec::new(),
        source_lines,
    }
}

/// The blocks of a Markdown text.
fn blocks(text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<Block> = Vec::new();
    let meta = |text: String, line: usize| Block {
        heading: None,
        text,
        why: Some(Why::BlogMeta),
        line,
        verbatim: false,
    };

    let mut i = 0;
    // YAML front matter: `title:` is the title; the rest is metadata.
    if lines
        .first()
        .is_some_and(|l| l.trim_start_matches('\u{feff}').trim() == "---")
        && let Some(close) = lines[1..]
            .iter()
            .position(|l| l.trim() == "---" || l.trim() == "...")
    {
        for (k, line) in lines[1..=close].iter().enumerate() {
            let trimmed = line.trim();
            if trimmed.is_empty() {
                continue;
            }
            match trimmed.strip_prefix("title:") {
                Some(title) => {
                    out.push(Block::line(title.trim().trim_matches(['"', '\''])).at(k + 2));
                }
                None => out.push(meta(trimmed.to_owned(), k + 2)),
            }
        }
        i = close + 2;
    }

    let body = &lines[i.min(lines.len())..];
    let mut bold_labels = Vec::new();
    let mut in_code = false;
    let mut k = 0;
    while k < body.len() {
        let raw = body[k];
        let line = raw.trim();
        k += 1;
        let number = i + k;
        if line.starts_with("```") || line.starts_with("~~~") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            let mut block = Block::line(raw.trim_end()).at(number);
            block.verbatim = true;
            out.push(block);
            continue;
        }
        if line.is_empty() {
            continue;
        }
        // An HTML comment (<!-- more -->, an editor's <!-- TOC --> … <!-- /TOC --> around the
        // table of contents it generated): markup, listed as removed with every line of it.
        if line.starts_with("<!--") {
            let toc = line
                .trim_start_matches("<!--")
                .trim_start()
                .starts_with("TOC");
            let ends = |l: &str| {
                if toc {
                    l.starts_with("<!--") && l.contains("/TOC")
                } else {
                    l.contains("-->")
                }
            };
            out.push(meta(line.to_owned(), number));
            if toc || !line.contains("-->") {
                k = markup_lines(body, k, ends, |t, n| out.push(meta(t.to_owned(), i + n)));
            }
            continue;
        }
        // A page's own style or script (a blog's <style scoped> for its images): markup,
        // listed as removed with every line of it.
        if let Some(tag) = ["<style", "<script"].iter().find(|t| line.starts_with(**t)) {
            let close = format!("</{}>", &tag[1..]);
            out.push(meta(line.to_owned(), number));
            if !line.contains(&close) {
                let closes = |l: &str| l.contains(&close);
                k = markup_lines(body, k, closes, |t, n| out.push(meta(t.to_owned(), i + n)));
            }
            continue;
        }
        // A line of raw HTML (<h2><center>年终总结</h2>, <p align="right">某公司</p>): its
        // words, a heading where the tag says so — unless set to the right, as a byline is.
        if let Some((level, words)) = html_line(line) {
            let block = match level {
                Some(level) => Block {
                    heading: Some(level),
                    text: inline(&words),
                    why: None,
                    line: number,
                    verbatim: false,
                },
                None => Block::line(inline(&words)).at(number),
            };
            if !block.text.is_empty() {
                out.push(block);
            }
            continue;
        }
        if let Some((level, words)) = heading_at(body, k - 1) {
            if is_setext_rule(body.get(k).map_or("", |l| l.trim())) {
                k += 1;
            }
            out.push(Block {
                heading: Some(level),
                text: inline(&words),
                why: None,
                line: number,
                verbatim: false,
            });
            continue;
        }
        // A table's rule row is Markdown's mark, not the author's.
        if line.starts_with('|') && line.chars().all(|c| "|-: ".contains(c)) {
            continue;
        }
        // An image before the author's words on the same line (![海](a.jpg) 在飞机上…): the
        // image's mark-up goes like any inline mark, the words stay. (A line's removal is
        // by its number, so the image cannot be listed apart from the words.)
        let mut line = line;
        while let Some(end) = leading_image(line) {
            let rest = line[end..].trim_start();
            if rest.is_empty() {
                break;
            }
            line = rest;
        }
        // (An image written as HTML, <img src=… />, is an image line too.)
        let html_image = line.to_ascii_lowercase().starts_with("<img") && line.ends_with('>');
        if line.starts_with("![") || (line.starts_with("[![") && line.ends_with(')')) || html_image
        {
            out.push(meta(line.to_owned(), number));
            continue;
        }
        if is_footer(line) || is_anchor_nav(line) || is_anchor_item(line) || line == "[TOC]" {
            out.push(meta(line.to_owned(), number));
            continue;
        }
        if is_thematic_break(line) {
            continue;
        }
        // A custom container's fence (VuePress "::: tip 提示" … ":::"): markup; its title,
        // if it has one, is the author's.
        if let Some(fence) = line.strip_prefix(":::") {
            let title = fence
                .trim_start()
                .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                .trim();
            if title.is_empty() {
                out.push(meta(line.to_owned(), number));
            } else {
                out.push(Block::line(inline(title)).at(number));
            }
            continue;
        }
        let unquoted = line.trim_start_matches('>').trim_start();
        let item = list_item(unquoted);
        let text = match item {
            Some(rest) => inline(rest),
            None => inline(&without_task_box(unquoted)),
        };
        if !text.is_empty() {
            if item.is_none() && !line.starts_with('>') && is_bold_label(unquoted) {
                bold_labels.push(out.len());
            }
            let mut block = Block::line(text).at(number);
            block.verbatim = line.starts_with('>');
            out.push(block);
        }
    }
    // A part's label set in bold on a line of its own (**本周工作：** over its list) where the
    // next heading names a part too (## 下周安排：): a heading of that level. (A page that
    // made one part a bold paragraph and the others headings.)
    for k in bold_labels {
        let next = out[k + 1..].iter().find(|b| b.heading.is_some());
        if let Some(next) = next
            && crate::import::structure::names_a_part(next.text.trim_end_matches([':', '：']))
        {
            out[k].heading = next.heading;
        }
    }
    out
}

/// A line that is only a short label in bold (`**本周工作：**`, perhaps with a hard break's
/// `\` or spaces after it) naming a part of a summary, not numbered.
fn is_bold_label(line: &str) -> bool {
    let line = line.trim_end_matches(['\\', ' ']);
    let Some(inner) = line
        .strip_prefix("**")
        .and_then(|l| l.strip_suffix("**"))
        .filter(|l| !l.contains("**"))
    else {
        return false;
    };
    let words = inner.trim().trim_end_matches([':', '：']).trim_end();
    (2..=16).contains(&words.chars().count())
        && !words.contains(['。', '，', '；', ',', ';', '：', ':', '、'])
        && !starts_numbered(words)
        && crate::import::structure::names_a_part(words)
}

/// The heading at line `k`: `## words`, or words over a `===` / `---` underline.
fn heading_at(body: &[&str], k: usize) -> Option<(usize, String)> {
    let line = body[k].trim();
    // A heading set in a quotation ("> ####1、工作方面") is a heading all the same.
    let line = match line.strip_prefix('>') {
        Some(quoted) if quoted.trim_start().starts_with('#') => quoted.trim_start(),
        _ => line,
    };
    let hashes = line.chars().take_while(|c| *c == '#').count();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with([' ', '\t']) {
        let words = line[hashes..].trim().trim_end_matches('#').trim();
        return Some((hashes, words.to_owned()));
    }
    // "#年终总结", "###一、关于今年": many write Chinese headings without the space (a
    // hashtag closes with its own #: "#话题#" is none).
    let words = &line[hashes.min(line.len())..];
    let opens_chinese = words.starts_with(|c: char| crate::han::is_han(c))
        || super::structure::opens_with_marker(words) && words.chars().any(crate::han::is_han);
    if (1..=6).contains(&hashes) && opens_chinese && !words.contains('#') {
        return Some((hashes, line[hashes..].trim().to_owned()));
    }
    let next = body.get(k + 1)?.trim();
    if !line.is_empty()
        && list_item(line).is_none()
        && is_setext_rule(next)
        && !line.starts_with('|')
    {
        let level = if next.starts_with('=') { 1 } else { 2 };
        return Some((level, line.to_owned()));
    }
    None
}

fn is_setext_rule(line: &str) -> bool {
    line.len() >= 3 && (line.chars().all(|c| c == '=') || line.chars().all(|c| c == '-'))
}

fn is_thematic_break(line: &str) -> bool {
    let squeezed: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    squeezed.len() >= 3
        && ["-", "*", "_"]
            .iter()
            .any(|m| squeezed.chars().all(|c| c.to_string() == *m))
}

/// `- item`, `* item`, `+ item`, `- [ ] task` → the item's words.
fn list_item(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix("- ")
        .or_else(|| line.strip_prefix("* "))
        .or_else(|| line.strip_prefix("+ "))?;
    let rest = rest.trim_start();
    Some(
        rest.strip_prefix("[ ] ")
            .or_else(|| rest.strip_prefix("[x] "))
            .or_else(|| rest.strip_prefix("[X] "))
            .unwrap_or(rest),
    )
}

/// A line that is an HTML element with words in it: (its heading level, if an <h1>–<h6> not
/// aligned to the right), its words without the tags.
fn html_line(line: &str) -> Option<(Option<usize>, String)> {
    let tag = line.strip_prefix('<')?;
    if !tag.starts_with(|c: char| c.is_ascii_alphabetic()) || !line.ends_with('>') {
        return None;
    }
    let name: String = tag
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    const ELEMENTS: [&str; 13] = [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "center", "span", "font", "b", "strong",
    ];
    if !ELEMENTS.contains(&name.as_str()) {
        return None;
    }
    let mut words = String::new();
    let mut in_tag = false;
    for c in line.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => words.push(c),
            _ => {}
        }
    }
    let open = &line[..line.find('>')?];
    let right = open.contains("right");
    let level = name
        .strip_prefix('h')
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|_| !right);
    Some((level, words.trim().to_owned()))
}

/// A line of links to places in the same page and nothing else (a page's navigation bar or
/// table of contents: "[工作成果](#a)[问题与不足](#p)").
fn is_anchor_nav(line: &str) -> bool {
    let mut rest = line.trim();
    let mut links = 0;
    while !rest.is_empty() {
        rest = rest.trim_start_matches([' ', '|', '·', '/', '-', '\u{3000}']);
        if rest.is_empty() {
            break;
        }
        let Some(inner) = rest.strip_prefix('[') else {
            return false;
        };
        let Some(close) = inner.find("](#") else {
            return false;
        };
        let Some(end) = inner[close..].find(')') else {
            return false;
        };
        links += 1;
        rest = &inner[close + end + 1..];
    }
    links >= 2
}

/// The lines of a block of markup after its first, from `body[k]` up to the one `closes`
/// accepts: each that is not blank given to `push` with its number in `body` (from 1);
/// returns the index of the line after the block.
fn markup_lines(
    body: &[&str],
    mut k: usize,
    closes: impl Fn(&str) -> bool,
    mut push: impl FnMut(&str, usize),
) -> usize {
    while k < body.len() {
        let inner = body[k].trim();
        k += 1;
        if !inner.is_empty() {
            push(inner, k);
        }
        if closes(inner) {
            break;
        }
    }
    k
}

/// A list item that is one link to a place in the same page and nothing else (an entry of a
/// table of contents: "- [1. 主要工作](#1-主要工作)", "- [](#)").
fn is_anchor_item(line: &str) -> bool {
    let Some(rest) = list_item(line) else {
        return false;
    };
    let Some(inner) = rest.trim().strip_prefix('[') else {
        return false;
    };
    inner.find("](#").is_some_and(|close| {
        let target = &inner[close + 2..];
        target.ends_with(')') && target.find(')') == Some(target.len() - 1)
    })
}

/// "1.技术", "2、工作": a heading's number of the author's and its words (not "1.1 定义").
fn arabic_heading(words: &str) -> Option<(usize, &str)> {
    let digits = words.chars().take_while(char::is_ascii_digit).count();
    let n = words[..digits].parse::<usize>().ok()?;
    // "1.技术", "2、工作", or the number and a space ("0 实习概述", "2 .abc文件结构": the
    // words keep their own dot).
    let rest = words[digits..]
        .strip_prefix(['.', '、', '．'])
        .or_else(|| words[digits..].strip_prefix(' '))?;
    (!rest.starts_with(|c: char| c.is_ascii_digit())).then_some((n, rest.trim_start()))
}

/// An ordered item's task box goes like a bullet's ("1. [ ] 把驾照考了" → "1. 把驾照考了").
fn without_task_box(line: &str) -> String {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0
        && let Some(rest) = line[digits..].strip_prefix(". ")
        && let Some(words) = ["[ ] ", "[x] ", "[X] "]
            .iter()
            .find_map(|b| rest.trim_start().strip_prefix(b))
    {
        return format!("{}. {}", &line[..digits], words);
    }
    line.to_owned()
}

/// A blog's footer: --EOF, a licence, a request to credit the source.
fn is_footer(line: &str) -> bool {
    let squeezed: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let upper = squeezed.to_ascii_uppercase();
    upper.trim_start_matches('-') == "EOF"
        || upper == "THEEND"
        || squeezed == "（完）"
        || (squeezed.starts_with("本文") && squeezed.contains("许可协议"))
        || squeezed.contains("转载请注明")
        || squeezed.contains("CCBY-")
}

/// A heading's own number (一、 （一） 1. 第一部分…, or an outline number 1.1, 2.3.1), as the
/// structure pass reads numbers: "第一阶段" is words, not a number.
fn starts_numbered(words: &str) -> bool {
    let words = words.trim_start_matches([' ', '\u{3000}', '\t']);
    // "1.1 外差效率的定义", "2.3.1": an outline number of the author's own.
    let decimal = {
        let mut parts = words.split(|c: char| !c.is_ascii_digit() && c != '.');
        parts.next().is_some_and(|n| {
            let groups: Vec<&str> = n.trim_end_matches('.').split('.').collect();
            // (A date heading, "2019.10.20", opens with a year: no outline number.)
            groups.len() >= 2 && groups.iter().all(|g| !g.is_empty()) && groups[0].len() <= 2
        })
    };
    decimal || super::structure::opens_with_marker(words)
}

/// Inline marks dropped: `**bold**`, `*em*`, `~~struck~~` (the words stay), `` `code` ``,
/// `[words](url)` → words, `<br>`, and the
/// HTML entities Markdown passes through (`&nbsp;` as a space). A mark without its partner
/// later in the line is the author's own (张** masks a name): kept.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // The marks opened and not yet closed.
    let mut open: Vec<&str> = Vec::new();
    while let Some(c) = rest.chars().next() {
        // A backslash escape (\* \_ \#, as a page's Markdown writes the author's own marks):
        // the mark itself, as written.
        if c == '\\'
            && let Some(next) = rest[1..].chars().next()
            && next.is_ascii_punctuation()
        {
            out.push(next);
            rest = &rest[1 + next.len_utf8()..];
            continue;
        }
        if c == '['
            && let Some(close) = rest.find("](")
            && let Some(end) = rest[close..].find(')')
        {
            out.push_str(&rest[1..close]);
            rest = &rest[close + end + 1..];
            continue;
        }
        // A line break written as HTML (<br>, </br>, <br/>) is no text.
        if let Some(tag) = ["<br>", "</br>", "<br/>", "<br />", "<BR>"]
            .into_iter()
            .find(|t| rest.starts_with(t))
        {
            rest = &rest[tag.len()..];
            continue;
        }
        let mark = ["**", "__", "~~", "`", "*"]
            .into_iter()
            .find(|m| rest.starts_with(m));
        if let Some(mark) = mark {
            let after = &rest[mark.len()..];
            if open.last() == Some(&mark) {
                open.pop();
                rest = after;
                continue;
            }
            // An emphasis opens on a word: a mark before a comma or full stop ("“**，要不…”",
            // a name masked with **) is the author's own.
            const NO_OPENING: [char; 10] =
                [' ', '\t', '，', '。', '、', '；', '：', '！', '？', '”'];
            if !after.starts_with(NO_OPENING) && after.contains(mark) {
                open.push(mark);
                rest = after;
                continue;
            }
            out.push_str(mark);
            rest = after;
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    decode_entities(&out).trim().to_owned()
}

/// The HTML entities a Markdown file may hold: `&nbsp;` (a space, as the page shows it),
/// `&lt;`, `&gt;`, `&quot;`, `&#39;`, `&amp;`.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    text.replace("&nbsp;", " ")
        .replace("&emsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn container_fences_and_task_boxes_are_markup() {
        let md = "# 年终总结\n\n::: tip 提示\n今年换了三次工作。\n:::\n\n## 明年计划\n\n1. [ ] 把驾照考了\n2. [x] 每月写一篇文章\n";
        let imported = crate::import::import_text(md);
        let text = crate::export::text::write(&imported.report, &Default::default());
        assert!(!text.contains(":::"), "{text}");
        assert!(!text.contains("[ ]") && !text.contains("[x]"), "{text}");
        assert!(
            text.contains("提示") && text.contains("今年换了三次工作。"),
            "{text}"
        );
        let items = &imported.report.sections[0].items;
        assert_eq!(items[0].heading, "把驾照考了", "{text}");
        assert_eq!(items[1].heading, "每月写一篇文章", "{text}");
    }

    #[test]
    fn parts_numbered_one_two_three_are_parts() {
        let p = read(
            "# 2021 岁末总结\n\n今年收获不少。\n\n## 1.技术\n\n学了三个框架。\n\n1. 推送\n2. 通信\n\n## 2.工作\n\n工作分三部分。\n",
        );
        assert!(p.text.contains("\n一、技术\n"), "{}", p.text);
        assert!(p.text.contains("\n二、工作\n"), "{}", p.text);
        // Counted from 0, with a gap, or the number and a space: parts all the same; a dot of
        // the words stays.
        let p = read("# 实习总结\n\n## 0 实习概述\n\n两个月。\n\n## 1 恶意应用\n\n分析了行为。\n");
        assert!(p.text.contains("\n一、实习概述\n"), "{}", p.text);
        assert!(p.text.contains("\n二、恶意应用\n"), "{}", p.text);
        let p = read(
            "# 实习总结\n\n## 0 实习概述\n\n两个月。\n\n## 1. 恶意应用\n\n分析了行为。\n\n## 2 .abc文件结构解析\n\n写了解析器。\n\n## 4. 个人总结\n\n收获很多。\n",
        );
        for line in [
            "一、实习概述",
            "二、恶意应用",
            "三、.abc文件结构解析",
            "四、个人总结",
        ] {
            assert!(
                p.text.contains(&format!("\n{line}\n")),
                "{line}: {}",
                p.text
            );
        }
        // Headings numbered by outline (1.1, 1.2) stay as the author numbered them.
        let p = read("# 总结\n\n## 一、背景\n\n### 1.1 定义\n\n正文。\n\n### 1.2 推导\n\n正文。\n");
        assert!(p.text.contains("\n1.1 定义\n"), "{}", p.text);
    }

    #[test]
    fn deep_headings_on_top_of_a_log_are_its_parts() {
        let p = read(
            "#### 返校\n\n学校通知返校。\n\n#### 实习\n\n记录一下实习。\n\n##### 工作内容\n\n看代码。\n\n##### 体会\n\n氛围不错。\n\n#### 准备秋招\n\n做些规划。\n",
        );
        assert_eq!(p.title, None, "{}", p.text);
        for line in [
            "一、返校",
            "二、实习",
            "（一）工作内容",
            "（二）体会",
            "三、准备秋招",
        ] {
            assert!(p.text.contains(line), "{line}: {}", p.text);
        }
    }

    #[test]
    fn an_html_image_line_is_an_image() {
        let md = "# 实习总结\n\n* 分析的内容包括\n\n  <img src=\"a.png\" alt=\"a\" style=\"zoom:67%;\" /> \n\n收获很多。\n";
        let p = read(md);
        // Listed as removed where it stood (line 5), like a ![…](…) image line.
        assert_eq!(p.forced.len(), 1, "{:?}", p.forced);
        assert_eq!(p.forced[0].0, 5, "{:?}", p.forced);
    }

    #[test]
    fn raw_html_lines_give_their_words() {
        let p = read(
            "<h2><center>年终总结</h2>\n<h6 align='right'>张某</h6>\n<h6 align='right'>某某科技有限公司</h6>\n\n### 一、关于今年\n\n换了工作。\n",
        );
        assert_eq!(p.title.as_deref(), Some("年终总结"), "{}", p.text);
        assert!(p.text.contains("\n张某\n某某科技有限公司\n"), "{}", p.text);
        assert!(!p.text.contains('<'), "{}", p.text);
        assert!(p.forced.is_empty(), "{:?}", p.forced);
    }

    #[test]
    fn a_chinese_heading_without_its_space_is_a_heading() {
        let p = read(
            "#年终总结\n\n今年过得很快。\n\n###一、关于今年\n\n> ####1、工作方面\n\n换了工作。\n\n###二、明年计划\n\n多读书。\n\n#话题# 不是标题\n",
        );
        assert_eq!(p.title.as_deref(), Some("年终总结"), "{}", p.text);
        assert!(p.text.contains("\n一、关于今年\n"), "{}", p.text);
        assert!(!p.text.contains("###"), "{}", p.text);
        assert!(p.text.contains("\n1、工作方面\n"), "{}", p.text);
        assert!(p.text.contains("#话题# 不是标题"), "{}", p.text);
    }

    #[test]
    fn an_editors_table_of_contents_and_comments_are_markup() {
        let text = "\n<!-- TOC -->\n\n- [1. 主要工作](#1-主要工作)\n    - [1.1. 平台建设](#11-平台建设)\n- [](#)\n\n<!-- /TOC -->\n\n# 1. 主要工作\n\n<!-- 草稿，勿删 -->\n平台建设按期完成。\n\n- [详见附件](#附件) 中的清单\n";
        let all = blocks(text);
        let removed: Vec<&str> = all
            .iter()
            .filter(|b| b.why.is_some())
            .map(|b| b.text.as_str())
            .collect();
        let kept: Vec<&str> = all
            .iter()
            .filter(|b| b.why.is_none())
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(
            removed,
            [
                "<!-- TOC -->",
                "- [1. 主要工作](#1-主要工作)",
                "- [1.1. 平台建设](#11-平台建设)",
                "- [](#)",
                "<!-- /TOC -->",
                "<!-- 草稿，勿删 -->",
            ]
        );
        // A link with words after it is the author's.
        assert!(kept.iter().any(|t| t.contains("中的清单")), "{kept:?}");
        assert!(
            kept.iter().any(|t| t.contains("平台建设按期完成")),
            "{kept:?}"
        );
    }

    #[test]
    fn a_line_of_in_page_links_is_navigation() {
        assert!(is_anchor_nav(
            "[工作成果](#a)[问题与不足](#p)[下季度计划](#n)"
        ));
        assert!(is_anchor_nav("[一](#one) | [二](#two)"));
        assert!(!is_anchor_nav("[部署文档](http://x/y)[接口](http://x/z)"));
        assert!(!is_anchor_nav("见[附件](#a)和[表](#b)"));
        assert!(!is_anchor_nav("[只有一个](#a)"));
    }

    #[test]
    fn escaped_marks_are_the_authors_own() {
        assert_eq!(
            inline(r"添加 log\_bin\_trust\_function\_creators=1，它 \*might\* 有用"),
            "添加 log_bin_trust_function_creators=1，它 *might* 有用"
        );
    }

    #[test]
    fn a_mark_before_punctuation_is_the_authors_own() {
        // Two names masked with ** inside quotes: no emphasis between them.
        let line = "最后总是一句“**，要不回去商量一下”“**，你想哪年毕业”";
        assert_eq!(inline(line), line);
        // Emphasis on a word still goes.
        assert_eq!(inline("**2017** 注定不平凡"), "2017 注定不平凡");
    }

    #[test]
    fn headings_front_matter_lists_and_footers() {
        let md = "---\ntitle: 某站2023年第12周工作总结\ndate: 2023-03-24\ntags: [周报]\n---\n\n## 本周工作\n\n- 完成**接口**联调，修复问题7个;\n- 编写 [部署文档](http://x/y)\n\n## 下周计划\n\n1. 上线灰度版本\n\n| 事项 | 进度 |\n|---|---|\n| 联调 | 100% |\n\n![图](a.png)\n\n--EOF\n";
        let p = read(md);
        let lines: Vec<&str> = p.text.lines().collect();
        assert_eq!(
            lines,
            [
                "某站2023年第12周工作总结",
                "date: 2023-03-24",
                "tags: [周报]",
                "一、本周工作",
                "完成接口联调，修复问题7个;",
                "编写 部署文档",
                "二、下周计划",
                "1. 上线灰度版本",
                "| 事项 | 进度 |",
                "| 联调 | 100% |",
                "![图](a.png)",
                "--EOF",
            ]
        );
        // By the lines of the Markdown source.
        assert_eq!(
            p.forced.iter().map(|f| f.0).collect::<Vec<_>>(),
            [3, 4, 20, 22]
        );
    }

    #[test]
    fn setext_headings_and_numbered_headings_stay() {
        let md = "某中心年度总结\n=======\n\n一、主要工作\n-------\n正文。\n\n二、问题\n------\n";
        let p = read(md);
        assert_eq!(p.text, "某中心年度总结\n一、主要工作\n正文。\n二、问题");
    }
}
