//! Text encodings: UTF-8 (with or without BOM), UTF-16 with BOM, and GB18030/GBK, which old
//! Windows Notepad files use. Detected, not asked.

use crate::i18n::Text;
use encoding_rs::{Encoding, GB18030, UTF_8};

/// Decode `bytes`, returning the text and the encoding's name; an error says why none fits.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), Text> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(Text::tr(
                "以 {} 的字节顺序标记开头，但内容不是有效的 {}",
                &[&encoding.name(), &encoding.name()],
            ));
        }
        return Ok((text.into_owned(), encoding.name()));
    }
    // NUL bytes do not occur in text in any of these encodings (UTF-16 always has a BOM here).
    if bytes.contains(&0) {
        return Err(Text::tr("是二进制文件，不是文本或 DOCX", &[]));
    }
    if let Some(text) = UTF_8.decode_without_bom_handling_and_without_replacement(bytes) {
        return Ok((text.into_owned(), "UTF-8"));
    }
    if let Some(text) = GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
        // GB18030 decodes most byte soup; text it decodes to is mostly CJK and ASCII.
        if looks_like_text(&text) {
            return Ok((text.into_owned(), "GBK"));
        }
    }
    Err(Text::tr(
        "的编码无法识别（不是 UTF-8、UTF-16 或 GBK/GB18030 文本）",
        &[],
    ))
}

/// Mostly Chinese characters, ASCII and common punctuation: not a binary file decoded by luck.
fn looks_like_text(text: &str) -> bool {
    let total = text.chars().count().max(1);
    let plausible = text
        .chars()
        .filter(|c| {
            c.is_ascii_graphic()
                || c.is_whitespace()
                || crate::han::is_han(*c)
                || ('\u{3000}'..='\u{303f}').contains(c)
                || ('\u{ff00}'..='\u{ffef}').contains(c)
                || "“”‘’…—·".contains(*c)
        })
        .count();
    plausible * 10 >= total * 9
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_detected() {
        let text = "某局2022年上半年工作总结，“成效”明显。";
        assert_eq!(decode(text.as_bytes()), Ok((text.to_owned(), "UTF-8")));
        let mut bom = vec![0xef, 0xbb, 0xbf];
        bom.extend_from_slice(text.as_bytes());
        assert_eq!(decode(&bom), Ok((text.to_owned(), "UTF-8")));
        let (gbk, _, _) = GB18030.encode(text);
        assert_eq!(decode(&gbk), Ok((text.to_owned(), "GBK")));
        let mut utf16 = vec![0xff, 0xfe];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16), Ok((text.to_owned(), "UTF-16LE")));
        let mut utf16be = vec![0xfe, 0xff];
        utf16be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&utf16be), Ok((text.to_owned(), "UTF-16BE")));
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(&[0x89, b'P', b'N', b'G', 0, 0, 1]).is_err());
        let noise: Vec<u8> = (0..2000u32)
            .map(|i| (i * 7919 % 251) as u8 | 0x80)
            .collect();
        assert!(decode(&noise).is_err(), "high-byte noise is not GBK text");
    }
}
