//! The rules on one field (or line). Each looks at the characters and reports ranges, in
//! characters, with a fix where the right text is certain.

use super::field::Ctx;
use super::numbers::{inline_gaps, is_cjk_numeral, markers, numbers, title_end};
use super::rule::Rule;
use super::{Finding, Place};

/// What kind of text a field holds; some rules apply only to some kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FieldKind {
    Title,
    Heading,
    Paragraphs,
    Signature,
    Date,
}

use crate::han::is_han_or_zero;

const CJK_PUNCT: &str = "，。、；：？！“”‘’（）《》【】…—·";

fn is_cjk_or_punct(c: char) -> bool {
    is_han_or_zero(c) || (!c.is_ascii() && CJK_PUNCT.contains(c))
}

pub(super) fn check_field(text: &str, kind: FieldKind, place: &Place, out: &mut Vec<Finding>) {
    if text.is_empty() {
        return;
    }
    let first_new = out.len();
    let chars: Vec<char> = text.chars().collect();
    if !matches!(kind, FieldKind::Date | FieldKind::Signature) {
        super::lexical::check_field(text, &chars, place, out);
    }
    let mut ctx = Ctx { chars, place, out };
    masks(&mut ctx, kind);
    numbers(&mut ctx);
    if kind != FieldKind::Date {
        prose(&mut ctx, kind);
    }
    out[first_new..].sort_by_key(|f| (f.range.start, f.range.end));
}

fn prose(ctx: &mut Ctx<'_>, kind: FieldKind) {
    let ctx = &mut *ctx;
    interpuncts(ctx);
    half_width(ctx);
    quotes(ctx);
    unbalanced(ctx);
    doubled_punct(ctx);
    dashes_and_ellipses(ctx);
    spaces(ctx);
    doubled_chars(ctx);
    if kind == FieldKind::Paragraphs {
        markers(ctx);
        inline_gaps(ctx);
    }
    if kind == FieldKind::Title {
        title_end(ctx);
    }
}

fn masks(ctx: &mut Ctx<'_>, kind: FieldKind) {
    let n = ctx.chars.len();
    let mut i = 0;
    while i < n {
        let c = ctx.chars[i];
        let near_cjk = |ctx: &Ctx<'_>, start: usize, end: usize| {
            ctx.at(start as isize - 1).is_some_and(is_cjk_or_punct)
                || ctx.at(end as isize).is_some_and(is_cjk_or_punct)
        };
        let end = match c {
            '*' | '＊' => ctx.run_end(i, |c| c == '*' || c == '＊'),
            '×' => {
                let end = ctx.run_end(i, |c| c == '×');
                if end - i < 2 && !near_cjk(ctx, i, end) {
                    i = end;
                    continue;
                }
                end
            }
            'X' | 'x' | 'Ｘ' => {
                let end = ctx.run_end(i, |c| matches!(c, 'X' | 'x' | 'Ｘ'));
                let alone = !ctx
                    .at(i as isize - 1)
                    .is_some_and(|c| c.is_ascii_alphanumeric())
                    && !ctx
                        .at(end as isize)
                        .is_some_and(|c| c.is_ascii_alphanumeric());
                if end - i < 2 || !alone || !near_cjk(ctx, i, end) {
                    i = end;
                    continue;
                }
                end
            }
            '_' | '＿' => {
                let end = ctx.run_end(i, |c| c == '_' || c == '＿');
                if end - i < 2 {
                    i = end;
                    continue;
                }
                end
            }
            '某' if ctx.at(i as isize + 1) == Some('某') => i + 2,
            '（' | '(' if ctx.chars[i + 1..].starts_with(&['此', '处']) => {
                match ctx.chars[i..].iter().position(|c| *c == '）' || *c == ')') {
                    Some(close) => i + close + 1,
                    None => i + 3,
                }
            }
            _ => {
                i += 1;
                continue;
            }
        };
        ctx.push(Rule::Mask, i, end, None);
        i = end;
    }
    if matches!(kind, FieldKind::Title | FieldKind::Signature) {
        for i in 0..n.saturating_sub(1) {
            let next = ctx.chars[i + 1];
            if ctx.chars[i] == '某'
                && "局县市区镇乡省单位公司部处科厅委办".contains(next)
                && (i == 0 || ctx.chars[i - 1] != '某')
            {
                ctx.push(Rule::Placeholder, i, i + 2, None);
            }
        }
    }
}

fn interpuncts(ctx: &mut Ctx<'_>) {
    for i in 0..ctx.chars.len() {
        let c = ctx.chars[i];
        if c != '?' && c != '\u{fffd}' {
            continue;
        }
        let (p, n) = (ctx.at(i as isize - 1), ctx.at(i as isize + 1));
        let between_digits =
            p.is_some_and(|c| c.is_ascii_digit()) && n.is_some_and(|c| c.is_ascii_digit());
        let between_words = p.is_some_and(is_han_or_zero) && n.is_some_and(is_han_or_zero);
        if between_digits || between_words {
            // Likely, not certain (a question may end there): the user confirms the fix.
            ctx.push(
                Rule::LostInterpunct,
                i,
                i + 1,
                Some(("·".to_owned(), false)),
            );
        } else if c == '\u{fffd}' {
            ctx.push(Rule::Mask, i, i + 1, None);
        }
    }
}

fn full_width_of(c: char) -> Option<char> {
    Some(match c {
        ',' => '，',
        '.' => '。',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        '(' => '（',
        ')' => '）',
        _ => return None,
    })
}

fn half_width(ctx: &mut Ctx<'_>) {
    for i in 0..ctx.chars.len() {
        let c = ctx.chars[i];
        let Some(full) = full_width_of(c) else {
            continue;
        };
        let (p, n) = (ctx.at(i as isize - 1), ctx.at(i as isize + 1));
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        if c == '?'
            && ((digit(p) && digit(n))
                || (p.is_some_and(is_han_or_zero) && n.is_some_and(is_han_or_zero)))
        {
            continue; // a lost interpunct
        }
        if matches!(c, ',' | ':' | '.') && digit(p) && digit(n) {
            continue; // 1,000 · 10:30 · 2.3
        }
        if c == '.' && (p == Some('.') || n == Some('.')) {
            continue; // an ellipsis
        }
        if c == '.' && digit(p) {
            // "1." at a paragraph start is a marker, checked by the numbering rule.
            let start = i - ctx.chars[..i]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if ctx.at_paragraph_start(start) {
                continue;
            }
        }
        if c == '.' && p.is_some_and(is_cjk_numeral) {
            // "一." at a paragraph start is a marker, which the numbering rule corrects to 一、
            let start = i - ctx.chars[..i]
                .iter()
                .rev()
                .take_while(|c| is_cjk_numeral(**c))
                .count();
            if ctx.at_paragraph_start(start) {
                continue;
            }
        }
        let near = p.is_some_and(is_cjk_or_punct) || n.is_some_and(is_cjk_or_punct);
        let latin = p.is_some_and(|c| c.is_ascii_alphabetic()) && n.is_none_or(|c| c.is_ascii());
        if near && !latin {
            ctx.push(
                Rule::HalfWidthPunct,
                i,
                i + 1,
                Some((full.to_string(), true)),
            );
        }
    }
}

fn quotes(ctx: &mut Ctx<'_>) {
    if !ctx.chars.iter().any(|c| is_han_or_zero(*c)) {
        return;
    }
    for (straight, open, close, curly) in
        [('"', '“', '”', ['“', '”']), ('\'', '‘', '’', ['‘', '’'])]
    {
        let positions: Vec<usize> = ctx
            .chars
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                **c == straight
                    && (straight == '"'
                        || ctx.at(*i as isize - 1).is_some_and(is_cjk_or_punct)
                        || ctx.at(*i as isize + 1).is_some_and(is_cjk_or_punct))
            })
            .map(|(i, _)| i)
            .collect();
        // Pairing is clear when the straight quotes pair up alone, with no curly ones mixed in.
        let clear =
            positions.len().is_multiple_of(2) && !ctx.chars.iter().any(|c| curly.contains(c));
        for (k, &i) in positions.iter().enumerate() {
            let fix = clear.then(|| ((if k % 2 == 0 { open } else { close }).to_string(), true));
            ctx.push(Rule::StraightQuote, i, i + 1, fix);
        }
    }
}

fn unbalanced(ctx: &mut Ctx<'_>) {
    let pairs = [
        ('“', '”'),
        ('‘', '’'),
        ('（', '）'),
        ('《', '》'),
        ('【', '】'),
    ];
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut unmatched = Vec::new();
    for (i, &c) in ctx.chars.iter().enumerate() {
        if pairs.iter().any(|(o, _)| *o == c) {
            stack.push((c, i));
        } else if let Some((open, _)) = pairs.iter().find(|(_, cl)| *cl == c) {
            match stack.iter().rposition(|(o, _)| o == open) {
                Some(at) => {
                    // Openers of other kinds inside this pair are unmatched.
                    for (_, j) in stack.drain(at..).skip(1) {
                        unmatched.push(j);
                    }
                }
                None => unmatched.push(i),
            }
        }
    }
    unmatched.extend(stack.into_iter().map(|(_, i)| i));
    unmatched.sort_unstable();
    for i in unmatched {
        ctx.push(Rule::Unbalanced, i, i + 1, None);
    }
}

fn doubled_punct(ctx: &mut Ctx<'_>) {
    const SET: &str = "，。、；：！？,;:";
    let n = ctx.chars.len();
    let mut i = 0;
    while i + 1 < n {
        let (a, b) = (ctx.chars[i], ctx.chars[i + 1]);
        // Asked of every pair: the common case (no mark) answers without a search.
        let mark = |c: char| !c.is_ascii_alphanumeric() && !is_han_or_zero(c) && SET.contains(c);
        if !(mark(a) && mark(b)) {
            i += 1;
            continue;
        }
        if a == '。' && b == '。' && ctx.at(i as isize + 2) == Some('。') {
            i = ctx.run_end(i, |c| c == '。'); // an ellipsis, checked elsewhere
            continue;
        }
        let norm = |c: char| full_width_of(c).unwrap_or(c);
        let fix = match (norm(a), norm(b)) {
            (x, y) if x == y && x != '！' && x != '？' => Some(x.to_string()),
            ('、', '，') | ('，', '、') => Some("，".to_owned()),
            ('、', '；') | ('；', '、') => Some("；".to_owned()),
            ('，', '。') => Some("。".to_owned()),
            _ => None,
        };
        ctx.push(Rule::DoubledPunct, i, i + 2, fix.map(|f| (f, true)));
        i += 2;
    }
}

fn dashes_and_ellipses(ctx: &mut Ctx<'_>) {
    let n = ctx.chars.len();
    let mut i = 0;
    while i < n {
        let c = ctx.chars[i];
        match c {
            '-' | '－' => {
                let end = ctx.run_end(i, |c| c == '-' || c == '－');
                let near = ctx.at(i as isize - 1).is_some_and(is_cjk_or_punct)
                    || ctx.at(end as isize).is_some_and(is_cjk_or_punct);
                if end - i >= 2 && near {
                    ctx.push(Rule::Dash, i, end, Some(("——".to_owned(), true)));
                }
                i = end;
            }
            '—' => {
                let end = ctx.run_end(i, |c| c == '—');
                let between_words = ctx.at(i as isize - 1).is_some_and(is_han_or_zero)
                    && ctx.at(end as isize).is_some_and(is_han_or_zero);
                if end - i == 1 && between_words && !is_connector(&ctx.chars, i) {
                    ctx.push(Rule::Dash, i, end, Some(("——".to_owned(), false)));
                }
                i = end;
            }
            '.' | '。' | '…' => {
                let end = ctx.run_end(i, |x| x == c);
                let len = end - i;
                let wrong = match c {
                    '.' => len >= 3,
                    '。' => len >= 3,
                    _ => len == 1 || len > 2,
                };
                if wrong {
                    ctx.push(Rule::Ellipsis, i, end, Some(("……".to_owned(), true)));
                }
                i = end;
            }
            _ => i += 1,
        }
    }
}

/// A lone — joining words is a 连接号 (GB/T 15834-2011 §4.13), not a short 破折号, when it
/// is one link of a chain (立项—交办—跟踪) or joins two names of one kind (北京—上海).
fn is_connector(chars: &[char], at: usize) -> bool {
    const CLAUSE: &str = "，。；：！？、（）“”\n";
    let from = chars[..at]
        .iter()
        .rposition(|c| CLAUSE.contains(*c))
        .map_or(0, |p| p + 1);
    let to = chars[at + 1..]
        .iter()
        .position(|c| CLAUSE.contains(*c))
        .map_or(chars.len(), |p| at + 1 + p);
    let lone = |i: usize| {
        chars[i] == '—'
            && (i == 0 || chars[i - 1] != '—')
            && chars.get(i + 1).is_none_or(|c| *c != '—')
    };
    if (from..to).filter(|i| *i != at && lone(*i)).count() > 0 {
        return true;
    }
    // Two nouns of one kind on either side, by the dictionary's tags.
    let clause: String = chars[from..to].iter().collect();
    let tags = super::lexicon::jieba().tag(&clause, false);
    let k = at - from;
    let before = tags.iter().find(|t| t.end == k);
    let after = tags.iter().find(|t| t.start == k + 1);
    match (before, after) {
        (Some(a), Some(b)) => {
            let noun = |t: &str| matches!(t, "ns" | "nt" | "nr" | "nz");
            noun(a.tag) && noun(b.tag)
        }
        _ => false,
    }
}

fn spaces(ctx: &mut Ctx<'_>) {
    let n = ctx.chars.len();
    let mut i = 1;
    while i < n {
        if matches!(ctx.chars[i], ' ' | '\u{3000}' | '\t') && !ctx.at_paragraph_start(i) {
            let end = ctx.run_end(i, |c| matches!(c, ' ' | '\u{3000}' | '\t'));
            let before = ctx.chars[i - 1];
            let after = ctx.at(end as isize);
            if is_han_or_zero(before) && after.is_some_and(is_han_or_zero) {
                ctx.push(Rule::CjkSpace, i, end, Some((String::new(), true)));
            }
            i = end;
        } else {
            i += 1;
        }
    }
}

fn doubled_chars(ctx: &mut Ctx<'_>) {
    const WORDS: &str = "的了是在和与及对把被将为地得着过也都就从向";
    // Reduplications that are words: 的的确确, 是是非非, 不了了之.
    let n = ctx.chars.len();
    for i in 0..n.saturating_sub(1) {
        let c = ctx.chars[i];
        if c != ctx.chars[i + 1] || !WORDS.contains(c) {
            continue;
        }
        if ctx.at(i as isize - 1) == Some(c) || ctx.at(i as isize + 2) == Some(c) {
            continue;
        }
        let idiom = matches!(
            (ctx.at(i as isize - 1), c, ctx.at(i as isize + 2)),
            (_, '的', Some('确')) | (_, '是', Some('非')) | (Some('不'), '了', Some('之'))
        );
        if !idiom {
            ctx.push(Rule::DoubledChar, i, i + 2, Some((c.to_string(), false)));
        }
    }
}
