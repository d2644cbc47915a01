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
