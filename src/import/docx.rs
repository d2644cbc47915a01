//! DOCX input: the text of each paragraph of `word/document.xml`, in order (numbered-list
//! paragraphs included; their automatic numbers are not text and are not kept).

use crate::i18n::Text;

use quick_xml::Reader;
use quick_xml::events::Event;
use std::io::Read;

/// The document's paragraphs as text. Tabs become `\t`, line breaks inside a paragraph
/// become separate paragraphs.
pub fn paragraphs(bytes: &[u8]) -> Result<Vec<String>, Text> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| Text::tr("不是有效的 DOCX 文件（{}）", &[&e]))?;
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .map_err(|_| Text::tr("不是 Word 文档（缺少 word/document.xml）", &[]))?
        .take(crate::import::MAX_BYTES)
        .read_to_string(&mut xml)
        .map_err(|e| Text::tr("的正文无法读取（{}）", &[&e]))?;

    let mut reader = Reader::from_str(&xml);
    let mut out = Vec::new();
    let mut current = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.name().as_ref() == b"w:t" => in_text = true,
            Ok(Event::End(e)) if e.name().as_ref() == b"w:t" => in_text = false,
            Ok(Event::Empty(e)) => match e.name().as_ref() {
                b"w:tab" => current.push('\t'),
                b"w:br" | b"w:cr" => out.push(std::mem::take(&mut current)),
                _ => {}
            },
            Ok(Event::End(e)) if e.name().as_ref() == b"w:p" => {
                out.push(std::mem::take(&mut current));
            }
            Ok(Event::Text(t)) if in_text => {
                let text = t
                    .unescape()
                    .map_err(|e| Text::tr("的正文 XML 有误（{}）", &[&e]))?;
                current.push_str(&text);
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => return Err(Text::tr("的正文 XML 有误（{}）", &[&e])),
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    Ok(out)
}
