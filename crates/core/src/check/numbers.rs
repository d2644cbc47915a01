//! Rules on numbers and numbering: digits and dates (GB/T 15835), numbering markers and
//! gaps, and the numbering of a whole text.

use super::field::Ctx;
use super::rule::Rule;
use super::{Finding, Place, section_is_empty};
use crate::han::is_han_or_zero;
use crate::model::{Item, Section};

pub(super) fn numbers(ctx: &mut Ctx<'_>) {
    let n = ctx.chars.len();
    let digit = |c: char| c.is_ascii_digit();
    let mut i = 0;
    while i < n {
        let c = ctx.chars[i];
        if ('０'..='９').contains(&c) {
            let end = ctx.run_end(i, |c| ('０'..='９').contains(&c));
            let fixed: String = ctx.chars[i..end]
                .iter()
                .map(|c| char::from_u32(*c as u32 - '０' as u32 + '0' as u32).unwrap_or(*c))
                .collect();
            ctx.push(Rule::FullWidthDigit, i, end, Some((fixed, true)));
            i = end;
            continue;
        }
        if !digit(c) || (i > 0 && digit(ctx.chars[i - 1])) {
            i += 1;
            continue;
        }
        let run = ctx.run_end(i, digit);
        let len = run - i;
        let s: String = ctx.chars[i..run].iter().collect();
        let next = ctx.at(run as isize);
        // 2023.7.5 · 2023-7-5 · 2023/7/5
        if len == 4
            && let Some(end) = separated_date(ctx, i, run)
        {
            i = end;
            continue;
        }
        // 2022年07月01日: leading zeros.
        if len == 2
            && s.starts_with('0')
            && matches!(next, Some('月' | '日'))
            && i > 0
            && matches!(ctx.chars[i - 1], '年' | '月')
        {
            ctx.push(Rule::DateForm, i, run, Some((s[1..].to_owned(), true)));
        }
        // 03年: a year without its century, read as a year by what follows it (03年5月,
        // 03年底, 03年上半年); 近30年, 30年来 are spans of time.
        let after: String = ctx.chars[(run + 1).min(ctx.chars.len())..]
            .iter()
            .take(3)
            .collect();
        let reads_as_year = s.starts_with('0')
            || after.starts_with(|c: char| c.is_ascii_digit())
            || ["底", "初", "末", "度", "以来", "上半年", "下半年"]
                .iter()
                .any(|w| after.starts_with(w));
        let span_before = ctx
            .at(i as isize - 1)
            .is_some_and(|c| "近约逾满达了已历余多这那每第前后".contains(c));
        if len == 2
            && next == Some('年')
            && reads_as_year
            && !span_before
            && !ctx
                .at(i as isize - 1)
                .is_some_and(|c| c == '〇' || is_cjk_numeral(c))
        {
            ctx.push(Rule::DateForm, i, run + 1, None);
        }
        // 4-6% or 4%-6%: a range.
        let dash_at =
            if next == Some('%') && matches!(ctx.at(run as isize + 1), Some('-' | '~' | '－')) {
                run + 1
            } else {
                run
            };
        if matches!(ctx.at(dash_at as isize), Some('-' | '~' | '－')) {
            let b_end = ctx.run_end(dash_at + 1, |c| digit(c) || c == '.');
            if b_end > dash_at + 1 && ctx.at(b_end as isize) == Some('%') {
                let a: String = ctx.chars[i..run].iter().collect();
                let b: String = ctx.chars[dash_at + 1..b_end].iter().collect();
                ctx.push(
                    Rule::NumberRange,
                    i,
                    b_end + 1,
                    Some((format!("{a}%～{b}%"), true)),
                );
                i = b_end + 1;
                continue;
            }
        }
        i = run;
    }
    cn_year_dates(ctx);
}

/// A date written 2023.7.5, 2023-7-5 or 2023/7/5 after the four-digit year at `i..run`:
/// reported with its 年月日 form; returns where it ends.
fn separated_date(ctx: &mut Ctx<'_>, i: usize, run: usize) -> Option<usize> {
    let digit = |c: char| c.is_ascii_digit();
    let sep = ctx
        .at(run as isize)
        .filter(|c| matches!(c, '.' | '-' | '/'))?;
    let m_end = ctx.run_end(run + 1, digit);
    if !(1..=2).contains(&(m_end - run - 1)) || ctx.at(m_end as isize) != Some(sep) {
        return None;
    }
    let d_end = ctx.run_end(m_end + 1, digit);
    if !(1..=2).contains(&(d_end - m_end - 1))
        || ctx.at(d_end as isize).is_some_and(|c| digit(c) || c == sep)
    {
        return None;
    }
    let num = |a: usize, b: usize| {
        ctx.chars[a..b]
            .iter()
            .collect::<String>()
            .parse::<u32>()
            .unwrap_or(0)
    };
    let (m, d) = (num(run + 1, m_end), num(m_end + 1, d_end));
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let year: String = ctx.chars[i..run].iter().collect();
    let fixed = format!("{year}年{m}月{d}日");
    ctx.push(Rule::DateForm, i, d_end, Some((fixed, false)));
    Some(d_end)
}

/// 二〇二二年7月: a Chinese-numeral year with an Arabic month or day.
fn cn_year_dates(ctx: &mut Ctx<'_>) {
    let digit = |c: char| c.is_ascii_digit();
    for i in 0..ctx.chars.len() {
        if ctx.chars[i] != '年' || i < 4 {
            continue;
        }
        let year = &ctx.chars[i - 4..i];
        let cn_year = year.iter().all(|c| is_cjk_numeral(*c)) && year.contains(&'〇');
        if cn_year && ctx.at(i as isize + 1).is_some_and(digit) {
            let end = ctx.run_end(i + 1, |c| digit(c) || c == '月' || c == '日');
            ctx.push(Rule::DateForm, i - 4, end, None);
        }
    }
}

pub(super) fn is_cjk_numeral(c: char) -> bool {
    "〇零一二三四五六七八九十".contains(c)
}

/// Markers typed at paragraph starts: 1、 → 1. ; （一）、 → （一）; 一. → 一、
pub(super) fn markers(ctx: &mut Ctx<'_>) {
    let n = ctx.chars.len();
    for i in 0..n {
        if !ctx.at_paragraph_start(i) || ctx.chars[i].is_whitespace() {
            continue;
        }
        let c = ctx.chars[i];
        if c.is_ascii_digit() {
            let run = ctx.run_end(i, |c| c.is_ascii_digit());
            if run - i <= 2 && ctx.at(run as isize) == Some('、') {
                ctx.push(
                    Rule::NumberingMarker,
                    run,
                    run + 1,
                    Some((".".to_owned(), true)),
                );
            }
        } else if c == '（' || c == '(' {
            if let Some(close) = ctx.chars[i..]
                .iter()
                .take(6)
                .position(|c| *c == '）' || *c == ')')
            {
                let after = i + close + 1;
                if let Some(p) = ctx.at(after as isize)
                    && "、.．，,".contains(p)
                {
                    ctx.push(
                        Rule::NumberingMarker,
                        after,
                        after + 1,
                        Some((String::new(), true)),
                    );
                }
            }
        } else if is_cjk_numeral(c) {
            let run = ctx.run_end(i, is_cjk_numeral);
            if run - i <= 3 && matches!(ctx.at(run as isize), Some('.' | '．')) {
                ctx.push(
                    Rule::NumberingMarker,
                    run,
                    run + 1,
                    Some(("、".to_owned(), true)),
                );
            }
        }
    }
}

fn cn_value(s: &[char]) -> Option<usize> {
    (1..100).find(|n| crate::numbering::chinese(*n).chars().eq(s.iter().copied()))
}

/// 一是…二是…四是 inside a field: a gap.
pub(super) fn inline_gaps(ctx: &mut Ctx<'_>) {
    let n = ctx.chars.len();
    let mut last = 0;
    for i in 0..n {
        if ctx.chars[i] != '是' || i == 0 {
            continue;
        }
        let start = i - ctx.chars[..i]
            .iter()
            .rev()
            .take_while(|c| is_cjk_numeral(**c))
            .count();
        if start == i {
            continue;
        }
        // Only at a paragraph start or after 。；：
        let starts_item = start == 0
            || ctx.at_paragraph_start(start)
            || matches!(ctx.chars[start - 1], '。' | '；' | '：' | ';' | ':');
        let Some(value) = cn_value(&ctx.chars[start..i]) else {
            continue;
        };
        if !starts_item {
            continue;
        }
        if value == 1 {
            last = 1;
        } else if last > 0 {
            if value > last + 1 {
                ctx.push(Rule::NumberingGap, start, i + 1, None);
            }
            last = value;
        }
    }
}

pub(super) fn title_end(ctx: &mut Ctx<'_>) {
    let trimmed_end = ctx.chars.len()
        - ctx
            .chars
            .iter()
            .rev()
            .take_while(|c| c.is_whitespace())
            .count();
    if trimmed_end == 0 {
        return;
    }
    let last = ctx.chars[trimmed_end - 1];
    if "。，；：、！？.,;:!".contains(last) {
        ctx.push(
            Rule::TitlePunct,
            trimmed_end - 1,
            trimmed_end,
            Some((String::new(), true)),
        );
    }
}

/// Empty items and sections.
pub(super) fn check_structure(section: &Section, index: usize, out: &mut Vec<Finding>) {
    if !section.title.trim().is_empty() && section_is_empty(section) {
        out.push(Finding {
            rule: Rule::Empty,
            severity: Rule::Empty.severity(),
            place: Place::SectionTitle { section: index },
            range: 0..0,
            found: String::new(),
            fix: None,
            note: None,
        });
    }
    fn items(list: &[Item], section: usize, path: &mut Vec<usize>, out: &mut Vec<Finding>) {
        for (i, item) in list.iter().enumerate() {
            path.push(i);
            if item.heading.trim().is_empty()
                && item.body.trim().is_empty()
                && item.children.is_empty()
            {
                out.push(Finding {
                    rule: Rule::Empty,
                    severity: Rule::Empty.severity(),
                    place: Place::ItemHeading {
                        section,
                        item: path.clone(),
                    },
                    range: 0..0,
                    found: String::new(),
                    fix: None,
                    note: None,
                });
            }
            items(&item.children, section, path, out);
            path.pop();
        }
    }
    items(&section.items, index, &mut Vec::new(), out);
}

/// The level of a marker at a line start: 一、 = 1, （一） = 2, 1. = 3, （1） = 4, with its value.
fn line_marker(line: &str) -> Option<(usize, usize, usize)> {
    let chars: Vec<char> = line.trim_start().chars().collect();
    let lead = line.chars().count() - chars.len();
    let first = *chars.first()?;
    if first == '（' || first == '(' {
        let close = chars.iter().take(6).position(|c| *c == '）' || *c == ')')?;
        let inner = &chars[1..close];
        if let Some(v) = cn_value(inner) {
            return Some((2, v, lead));
        }
        let s: String = inner.iter().collect();
        return s.parse().ok().map(|v| (4, v, lead));
    }
    if first.is_ascii_digit() {
        let run = chars.iter().take_while(|c| c.is_ascii_digit()).count();
        if run <= 2
            && matches!(chars.get(run), Some('.' | '、' | '．'))
            && !chars.get(run + 1).is_some_and(char::is_ascii_digit)
        {
            let s: String = chars[..run].iter().collect();
            return s.parse().ok().map(|v| (3, v, lead));
        }
        return None;
    }
    let run = chars.iter().take_while(|c| is_cjk_numeral(**c)).count();
    if run > 0 && run <= 3 && matches!(chars.get(run), Some('、' | '.' | '．')) {
        return cn_value(&chars[..run]).map(|v| (1, v, lead));
    }
    None
}

/// Numbering across the lines of raw text: gaps per level and skipped levels.
pub(super) fn check_text_numbering(text: &str, out: &mut Vec<Finding>) {
    let mut last = [0usize; 5];
    let mut deepest = 0;
    for (n, line) in text.lines().enumerate() {
        let Some((level, value, lead)) = line_marker(line) else {
            continue;
        };
        let marker_len = line
            .trim_start()
            .chars()
            .take_while(|c| !is_han_or_zero(*c) || is_cjk_numeral(*c))
            .count()
            .max(1);
        let place = Place::Line { line: n + 1 };
        let found: String = line.chars().skip(lead).take(marker_len).collect();
        let range = lead..lead + marker_len;
        if level > deepest + 1 && deepest > 0 {
            out.push(Finding {
                rule: Rule::NumberingLevel,
                severity: Rule::NumberingLevel.severity(),
                place: place.clone(),
                range: range.clone(),
                found: found.clone(),
                fix: None,
                note: None,
            });
        }
        if value > 1 && value != last[level] + 1 && last[level] > 0 {
            out.push(Finding {
                rule: Rule::NumberingGap,
                severity: Rule::NumberingGap.severity(),
                place,
                range,
                found,
                fix: None,
                note: None,
            });
        }
        last[level] = value;
        for deeper in last.iter_mut().skip(level + 1) {
            *deeper = 0;
        }
        deepest = level;
    }
}
