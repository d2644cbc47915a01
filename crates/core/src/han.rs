//! Chinese text: what counts as a Chinese character (汉字), in one place for the checker, the
//! importer, the word count and the comparison.

/// A Chinese ideograph: the CJK Unified Ideographs, their extensions A to H and the
/// compatibility ideographs. Not 〇, the ideographic zero (see [`is_han_or_zero`]).
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4e00}'..='\u{9fff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{2ebef}'
        | '\u{2f800}'..='\u{2fa1f}'
        | '\u{30000}'..='\u{323af}')
}

/// The 20 902 ideographs of the first Unicode block (U+4E00–U+9FA5), where every common
/// character is: the characters the slip and sound-alike models cover.
pub const BASIC: std::ops::RangeInclusive<char> = '\u{4e00}'..='\u{9fa5}';

/// A Chinese character of running text: an ideograph, or 〇 as years are written (二〇二四年).
pub fn is_han_or_zero(c: char) -> bool {
    is_han(c) || c == '〇'
}

/// The hundred most common surnames (by the 2020 census's household registry counts), one
/// character each: a short entry of a 、 list, or the words after a title's dash, that opens
/// with one is a person's name.
pub const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

/// A person's name as Chinese writes it: two or three Han characters from a common surname.
pub fn is_person_name(words: &str) -> bool {
    let n = words.chars().count();
    (2..=3).contains(&n)
        && words.chars().all(is_han)
        && words.chars().next().is_some_and(|c| SURNAMES.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ideographs_of_every_block_and_nothing_else() {
        for c in ['中', '㐀', '龥', '鿿', '郎', '𠀀', '𪚥', '𰀀'] {
            assert!(is_han(c), "{c}");
        }
        for c in ['〇', '。', '，', 'A', '1', '１', 'ア', '가', '　'] {
            assert!(!is_han(c), "{c}");
        }
        assert!(is_han_or_zero('〇') && is_han_or_zero('年') && !is_han_or_zero('、'));
    }
}
