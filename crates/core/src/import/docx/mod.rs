//! DOCX input, read as the reader sees it: each paragraph of `word/document.xml` with its
//! automatic number rendered from `numbering.xml` (counters per level, restarts, `lvlText`,
//! Chinese formats), heading styles (标题 1, Heading 2, outline levels) as structure, table
//! rows as text, text boxes once (not their fallback copy), and tracked changes accepted —
//! inserted text kept, deleted text dropped — with a note for the user that the file had
//! changes nobody accepted yet.

use super::Prepared;
use super::markdown::{self, Block};
use crate::i18n::Text;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;
use std::io::Read;

mod numbering;
pub use numbering::format_number;
use numbering::{Counters, read_numbering};

/// What a paragraph style says: its heading level, its numbering.
#[derive(Clone, Debug, Default)]
struct Style {
    heading: Option<usize>,
    num: Option<(String, usize)>,
    based_on: Option<String>,
}

fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

fn val(e: &BytesStart) -> Option<String> {
    attr(e, b"w:val")
}

fn part(archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>, name: &str) -> Option<String> {
    let mut xml = String::new();
    archive
        .by_name(name)
        .ok()?
        .take(crate::import::MAX_BYTES)
        .read_to_string(&mut xml)
        .ok()?;
    Some(xml)
}

fn heading_of_name(name: &str) -> Option<usize> {
    let lower = name.to_lowercase().replace(' ', "");
    let rest = lower
        .strip_prefix("heading")
        .or_else(|| lower.strip_prefix("标题"))?;
    rest.parse::<usize>().ok().filter(|l| (1..=9).contains(l))
}

fn read_styles(xml: &str) -> HashMap<String, Style> {
    let mut styles = HashMap::new();
    let mut reader = Reader::from_str(xml);
    let mut current: Option<(String, Style)> = None;
    let mut ilvl = 0;
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(e) => e,
        };
        match event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"w:style" => {
                    let id = attr(&e, b"w:styleId").unwrap_or_default();
                    let heading = heading_of_name(&id);
                    current = Some((
                        id,
                        Style {
                            heading,
                            ..Style::default()
                        },
                    ));
                }
                b"w:name" => {
                    if let Some((_, s)) = &mut current
                        && let Some(level) = val(&e).as_deref().and_then(heading_of_name)
                    {
                        s.heading = Some(level);
                    }
                }
                b"w:basedOn" => {
                    if let Some((_, s)) = &mut current {
                        s.based_on = val(&e);
                    }
                }
                b"w:outlineLvl" => {
                    if let Some((_, s)) = &mut current
                        && let Some(l) = val(&e).and_then(|v| v.parse::<usize>().ok())
                        && l < 9
                    {
                        s.heading = Some(l + 1);
                    }
                }
                b"w:ilvl" => ilvl = val(&e).and_then(|v| v.parse().ok()).unwrap_or(0),
                b"w:numId" => {
                    if let Some((_, s)) = &mut current
                        && let Some(id) = val(&e)
                    {
                        s.num = Some((id, ilvl));
                    }
                }
                _ => {}
            },
            Event::End(e) if e.name().as_ref() == b"w:style" => {
                if let Some((id, s)) = current.take() {
                    styles.insert(id, s);
                }
                ilvl = 0;
            }
            _ => {}
        }
    }
    styles
}

/// Style `id`'s heading level and numbering, following `basedOn`.
fn style_of(styles: &HashMap<String, Style>, id: &str) -> Style {
    let mut out = Style::default();
    let mut at = Some(id.to_owned());
    for _ in 0..10 {
        let Some(s) = at.as_deref().and_then(|id| styles.get(id)) else {
            break;
        };
        out.heading = out.heading.or(s.heading);
        if out.num.is_none() {
            out.num.clone_from(&s.num);
        }
        at.clone_from(&s.based_on);
    }
    out
}

/// The document's paragraphs as the reader sees them (numbers included), for `check` and
/// the CLI.
pub fn paragraphs(bytes: &[u8]) -> Result<Vec<String>, Text> {
    Ok(blocks(bytes)?.0.into_iter().map(|b| b.text).collect())
}

/// The document read for the structure pass.
pub fn read(bytes: &[u8]) -> Result<Prepared, Text> {
    let (blocks, changes) = blocks(bytes)?;
    let mut prepared = markdown::render(blocks);
    if changes > 0 {
        prepared.notes.push(Text::tr(
            "此文件有 {} 处未接受的修订：已按接受全部修订后的文字导入（插入的文字保留，删除的文字不要）。",
            &[&changes],
        ));
    }
    Ok(prepared)
}

/// The blocks of the document and the number of tracked changes in it.
fn blocks(bytes: &[u8]) -> Result<(Vec<Block>, usize), Text> {
    if !bytes.starts_with(b"PK") {
        // A .docx is a ZIP file: anything else was wrapped by an encryption (DLP) client,
        // renamed, or cut short.
        return Err(Text::tr(
            "不是有效的 DOCX 文件：它不是 Word 保存的格式，可能被加密软件（文档加密、防泄密系统）处理过，或者已损坏。请在能打开它的电脑上用 Word 或 WPS 另存为 .docx 后再导入",
            &[],
        ));
    }
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| Text::tr("不是有效的 DOCX 文件（{}）", &[&e]))?;
    let xml = part(&mut archive, "word/document.xml")
        .ok_or_else(|| Text::tr("不是 Word 文档（缺少 word/document.xml）", &[]))?;
    let numbering = part(&mut archive, "word/numbering.xml")
        .map(|x| read_numbering(&x))
        .unwrap_or_default();
    let styles = part(&mut archive, "word/styles.xml")
        .map(|x| read_styles(&x))
        .unwrap_or_default();

    let mut reader = Reader::from_str(&xml);
    let mut out: Vec<Block> = Vec::new();
    let mut counters = Counters::default();
    let mut changes = 0;
    // Paragraphs open (a text box's paragraphs sit inside a paragraph's run).
    struct Para {
        text: String,
        style: Option<String>,
        num: (Option<String>, Option<usize>),
        outline: Option<usize>,
    }
    let mut paras: Vec<Para> = Vec::new();
    // Inside w:del, w:moveFrom, mc:Fallback, a property change, or w:instrText: not text.
    let mut skip = 0usize;
    let mut in_text = false;
    // Table rows: the cells of the row open, and the paragraphs of the cell open.
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut cells: Vec<Vec<String>> = Vec::new();
    let skipping = |name: &[u8]| {
        matches!(
            name,
            b"w:del"
                | b"w:moveFrom"
                | b"mc:Fallback"
                | b"w:pPrChange"
                | b"w:rPrChange"
                | b"w:numberingChange"
                | b"w:sectPrChange"
                | b"w:tblPrChange"
                | b"w:trPrChange"
                | b"w:tcPrChange"
                | b"w:instrText"
                | b"w:delText"
        )
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|e| Text::tr("的正文 XML 有误（{}）", &[&e]))?;
        match event {
            Event::Eof => break,
            Event::Start(e) => {
                let name = e.name();
                let name = name.as_ref();
                if matches!(name, b"w:ins" | b"w:del" | b"w:moveFrom" | b"w:moveTo") {
                    changes += 1;
                }
                if skipping(name) {
                    skip += 1;
                    continue;
                }
                if skip > 0 {
                    continue;
                }
                match name {
                    b"w:p" => paras.push(Para {
                        text: String::new(),
                        style: None,
                        num: (None, None),
                        outline: None,
                    }),
                    b"w:t" => in_text = true,
                    b"w:tr" => rows.push(Vec::new()),
                    b"w:tc" => cells.push(Vec::new()),
                    _ => {}
                }
            }
            Event::Empty(e) => {
                let name = e.name();
                let name = name.as_ref();
                if matches!(name, b"w:ins" | b"w:del") {
                    changes += 1;
                }
                if skip > 0 {
                    continue;
                }
                let Some(p) = paras.last_mut() else { continue };
                match name {
                    b"w:tab" => p.text.push('\t'),
                    b"w:br" | b"w:cr" => p.text.push('\n'),
                    b"w:pStyle" => p.style = val(&e),
                    b"w:numId" => p.num.0 = val(&e),
                    b"w:ilvl" => p.num.1 = val(&e).and_then(|v| v.parse().ok()),
                    b"w:outlineLvl" => {
                        p.outline = val(&e)
                            .and_then(|v| v.parse::<usize>().ok())
                            .filter(|l| *l < 9)
                            .map(|l| l + 1);
                    }
                    b"w:sym" => {
                        if let Some(c) = attr(&e, b"w:char")
                            .and_then(|h| u32::from_str_radix(&h, 16).ok())
                            .and_then(char::from_u32)
                            .filter(|c| !('\u{f000}'..='\u{f0ff}').contains(c))
                        {
                            p.text.push(c);
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_text && skip == 0 => {
                let text = t
                    .unescape()
                    .map_err(|e| Text::tr("的正文 XML 有误（{}）", &[&e]))?;
                if let Some(p) = paras.last_mut() {
                    p.text.push_str(&text);
                }
            }
            Event::End(e) => {
                let name = e.name();
                let name = name.as_ref();
                if skipping(name) {
                    skip = skip.saturating_sub(1);
                    continue;
                }
                if skip > 0 {
                    continue;
                }
                match name {
                    b"w:t" => in_text = false,
                    b"w:p" => {
                        let Some(p) = paras.pop() else { continue };
                        let style = p
                            .style
                            .as_deref()
                            .map(|s| style_of(&styles, s))
                            .unwrap_or_default();
                        let (num_id, ilvl) = match (&p.num.0, &style.num) {
                            (Some(id), _) => (Some(id.clone()), p.num.1.unwrap_or(0)),
                            (None, Some((id, l))) => (Some(id.clone()), p.num.1.unwrap_or(*l)),
                            (None, None) => (None, 0),
                        };
                        let has_text = !p.text.trim().is_empty();
                        let label = match num_id {
                            Some(id) if id != "0" && has_text => {
                                counters.label(&numbering, &id, ilvl)
                            }
                            _ => None,
                        };
                        let text = format!("{}{}", label.unwrap_or_default(), p.text);
                        if let Some(cell) = cells.last_mut() {
                            if has_text {
                                cell.push(text.trim().to_owned());
                            }
                            continue;
                        }
                        let heading = style.heading.or(p.outline);
                        for (k, line) in text.split('\n').enumerate() {
                            if line.trim().is_empty() {
                                continue;
                            }
                            out.push(Block {
                                heading: if k == 0 { heading } else { None },
                                text: line.to_owned(),
                                why: None,
                                line: 0,
                                verbatim: false,
                            });
                        }
                    }
                    b"w:tc" => {
                        if let (Some(cell), Some(row)) = (cells.pop(), rows.last_mut()) {
                            row.push(cell.join("\n"));
                        }
                    }
                    b"w:tr" => {
                        if let Some(row) = rows.pop() {
                            let flat: Vec<String> =
                                row.iter().map(|c| c.replace('\n', " ")).collect();
                            let line = format!("| {} |", flat.join(" | "));
                            match cells.last_mut() {
                                // A table in a cell: its rows are the cell's text.
                                Some(cell) => cell.push(line),
                                // A form's row that holds the author's prose (个人总结表: one
                                // wide cell, perhaps after its label): paragraphs, not a row.
                                None if prose_row(&row) => {
                                    for cell in row.iter().filter(|c| !c.trim().is_empty()) {
                                        for para in cell.split('\n') {
                                            out.push(Block::line(para.to_owned()));
                                        }
                                    }
                                }
                                None if row.iter().any(|c| !c.is_empty()) => {
                                    out.push(Block::line(line));
                                }
                                None => {}
                            }
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    Ok((out, changes))
}

/// A table row that is the author's prose or heading: a single cell across the table, or a
/// last filled cell that holds sentences (at least 40 characters with a 。 or ，) with at most
/// a short label (个人总结) before it.
fn prose_row(row: &[String]) -> bool {
    // A row of one cell across the table (a form's title or a part's heading set in it) is
    // no row of data either.
    if row.len() == 1 {
        return true;
    }
    let filled: Vec<&String> = row.iter().filter(|c| !c.trim().is_empty()).collect();
    let Some((last, labels)) = filled.split_last() else {
        return false;
    };
    last.chars().count() >= 40
        && last.contains(['。', '，'])
        && labels.len() <= 1
        && labels
            .iter()
            .all(|l| l.chars().count() <= 12 && !l.contains('\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_formats() {
        assert_eq!(format_number(3, "chineseCounting"), "三");
        assert_eq!(format_number(12, "chineseCountingThousand"), "十二");
        assert_eq!(format_number(2, "decimalEnclosedCircle"), "②");
        assert_eq!(format_number(3, "ideographTraditional"), "丙");
        assert_eq!(format_number(4, "upperRoman"), "IV");
        assert_eq!(format_number(28, "lowerLetter"), "ab");
        assert_eq!(format_number(7, "decimalFullWidth"), "７");
        assert_eq!(format_number(2, "chineseLegalSimplified"), "贰");
    }

    #[test]
    fn style_names_give_heading_levels() {
        assert_eq!(heading_of_name("heading 2"), Some(2));
        assert_eq!(heading_of_name("标题 1"), Some(1));
        assert_eq!(heading_of_name("Heading3"), Some(3));
        assert_eq!(heading_of_name("Normal"), None);
    }
}
