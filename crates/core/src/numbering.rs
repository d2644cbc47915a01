//! Chinese ordinals and the level markers of GB/T 9704 §7.3.3: 一、 （一） 1. （1） and 一是.

const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// The Chinese numeral for `n` as used in headings: 一 … 十 … 九十九, 一百 … 九百九十九.
/// Zero and numbers from 1000 on fall back to Arabic digits, which no summary reaches.
pub fn chinese(n: usize) -> String {
    match n {
        1..=9 => DIGITS[n].to_owned(),
        10..=19 => format!("十{}", if n == 10 { "" } else { DIGITS[n % 10] }),
        20..=99 => {
            let ones = if n.is_multiple_of(10) {
                ""
            } else {
                DIGITS[n % 10]
            };
            format!("{}十{ones}", DIGITS[n / 10])
        }
        100..=999 => {
            let rest = n % 100;
            let tail = match rest {
                0 => String::new(),
                1..=9 => format!("零{}", DIGITS[rest]),
                // 一百一十 rather than 一百十: inside a larger number the ten takes its digit.
                10..=19 => format!("一{}", chinese(rest)),
                _ => chinese(rest),
            };
            format!("{}百{tail}", DIGITS[n / 100])
        }
        _ => n.to_string(),
    }
}

/// The marker of the `n`th (1-based) heading at `level` (1 = section, 2–4 = items).
/// Levels below the fourth repeat the fourth's form.
pub fn marker(level: usize, n: usize) -> String {
    match level {
        0 | 1 => format!("{}、", chinese(n)),
        2 => format!("（{}）", chinese(n)),
        3 => format!("{n}."),
        _ => format!("（{n}）"),
    }
}

/// The marker of the `n`th inline item: 一是, 二是, …
pub fn inline_marker(n: usize) -> String {
    format!("{}是", chinese(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_one_to_ninety_nine() {
        let expected = [
            (1, "一"),
            (2, "二"),
            (9, "九"),
            (10, "十"),
            (11, "十一"),
            (15, "十五"),
            (19, "十九"),
            (20, "二十"),
            (21, "二十一"),
            (30, "三十"),
            (47, "四十七"),
            (90, "九十"),
            (99, "九十九"),
            (100, "一百"),
            (101, "一百零一"),
            (110, "一百一十"),
            (115, "一百一十五"),
            (120, "一百二十"),
            (999, "九百九十九"),
            (1000, "1000"),
        ];
        for (n, want) in expected {
            assert_eq!(chinese(n), want, "chinese({n})");
        }
    }

    #[test]
    fn every_ordinal_below_a_hundred_is_distinct_and_chinese() {
        let all: Vec<String> = (1..100).map(chinese).collect();
        let unique: std::collections::HashSet<_> = all.iter().collect();
        assert_eq!(unique.len(), 99);
        assert!(
            all.iter()
                .all(|s| s.chars().all(|c| "一二三四五六七八九十".contains(c)))
        );
    }

    #[test]
    fn level_markers() {
        assert_eq!(marker(1, 1), "一、");
        assert_eq!(marker(1, 12), "十二、");
        assert_eq!(marker(2, 3), "（三）");
        assert_eq!(marker(2, 10), "（十）");
        assert_eq!(marker(3, 4), "4.");
        assert_eq!(marker(3, 12), "12.");
        assert_eq!(marker(4, 2), "（2）");
        assert_eq!(marker(5, 2), "（2）");
    }

    #[test]
    fn inline_markers() {
        assert_eq!(inline_marker(1), "一是");
        assert_eq!(inline_marker(3), "三是");
        assert_eq!(inline_marker(11), "十一是");
    }
}
