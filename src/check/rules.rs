//! The rules. Each looks at the characters of one field (or line) and reports ranges, in
//! characters, with a fix where the right text is certain.

use super::{Finding, Fix, Place, Severity, section_is_empty};
use crate::model::{Item, Section};
use serde::Serialize;

/// Every rule, with its id (in JSON and the README) and severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// Masks and placeholders left in: *, ×, XX, 某某, （此处…）, ___.
    Mask,
    /// ? or U+FFFD where · belongs (5?18 → 5·18).
    LostInterpunct,
    /// Half-width , . ; : ? ! ( ) next to Chinese.
    HalfWidthPunct,
    /// Straight quotes " ' in Chinese text.
    StraightQuote,
    /// Unbalanced “” ‘’ （） 《》 【】.
    Unbalanced,
    /// Doubled or clashing punctuation: 、, ，， 。。 ，。
    DoubledPunct,
    /// -- or a single — where —— belongs.
    Dash,
    /// ... 。。。 or a single … where …… belongs.
    Ellipsis,
    /// 1、 (non-standard), punctuation after （一）, 一. instead of 一、.
    NumberingMarker,
    /// Gaps like 一是、二是、四是 or 一、二、四.
    NumberingGap,
    /// Levels out of order (一、 then （1） with no （一） and 1. between).
    NumberingLevel,
    /// A title ending with punctuation.
    TitlePunct,
    /// An empty item, or a section with a title and nothing in it.
    Empty,
    /// Spaces between Chinese characters.
    CjkSpace,
    /// Doubled characters like 的的.
    DoubledChar,
    /// Full-width digits ２０２２.
    FullWidthDigit,
    /// Dates: leading zeros, mixed forms, 2023.7.5, 03年.
    DateForm,
    /// Number ranges written 4-6% instead of 4%～6%.
    NumberRange,
    /// 某局, 某县… in the title or signature: a template's placeholder.
    Placeholder,
}

impl Rule {
    pub const ALL: [Rule; 19] = [
        Rule::Mask,
        Rule::LostInterpunct,
        Rule::HalfWidthPunct,
        Rule::StraightQuote,
        Rule::Unbalanced,
        Rule::DoubledPunct,
        Rule::Dash,
        Rule::Ellipsis,
        Rule::NumberingMarker,
        Rule::NumberingGap,
        Rule::NumberingLevel,
        Rule::TitlePunct,
        Rule::Empty,
        Rule::CjkSpace,
        Rule::DoubledChar,
        Rule::FullWidthDigit,
        Rule::DateForm,
        Rule::NumberRange,
        Rule::Placeholder,
    ];

    pub fn severity(self) -> Severity {
        match self {
            Rule::Mask | Rule::LostInterpunct => Severity::Error,
            Rule::Placeholder => Severity::Info,
            _ => Severity::Warning,
        }
    }

    /// The id used in JSON output.
    pub fn id(self) -> &'static str {
        match self {
            Rule::Mask => "mask",
            Rule::LostInterpunct => "lost-interpunct",
            Rule::HalfWidthPunct => "half-width-punct",
            Rule::StraightQuote => "straight-quote",
            Rule::Unbalanced => "unbalanced",
            Rule::DoubledPunct => "doubled-punct",
            Rule::Dash => "dash",
            Rule::Ellipsis => "ellipsis",
            Rule::NumberingMarker => "numbering-marker",
            Rule::NumberingGap => "numbering-gap",
            Rule::NumberingLevel => "numbering-level",
            Rule::TitlePunct => "title-punct",
            Rule::Empty => "empty",
            Rule::CjkSpace => "cjk-space",
            Rule::DoubledChar => "doubled-char",
            Rule::FullWidthDigit => "full-width-digit",
            Rule::DateForm => "date-form",
            Rule::NumberRange => "number-range",
            Rule::Placeholder => "placeholder",
        }
    }

    /// A short name for the findings panel.
    pub fn name(self, english: bool) -> &'static str {
        match (self, english) {
            (Rule::Mask, false) => "未填的掩码或占位",
            (Rule::Mask, true) => "Unfilled mask",
            (Rule::LostInterpunct, false) => "间隔号丢失",
            (Rule::LostInterpunct, true) => "Lost interpunct",
            (Rule::HalfWidthPunct, false) => "半角标点",
            (Rule::HalfWidthPunct, true) => "Half-width punctuation",
            (Rule::StraightQuote, false) => "直引号",
            (Rule::StraightQuote, true) => "Straight quotes",
            (Rule::Unbalanced, false) => "括号或引号不成对",
            (Rule::Unbalanced, true) => "Unbalanced pair",
            (Rule::DoubledPunct, false) => "标点重复或冲突",
            (Rule::DoubledPunct, true) => "Doubled punctuation",
            (Rule::Dash, false) => "破折号",
            (Rule::Dash, true) => "Dash",
            (Rule::Ellipsis, false) => "省略号",
            (Rule::Ellipsis, true) => "Ellipsis",
            (Rule::NumberingMarker, false) => "序号格式",
            (Rule::NumberingMarker, true) => "Numbering marker",
            (Rule::NumberingGap, false) => "序号不连续",
            (Rule::NumberingGap, true) => "Numbering gap",
            (Rule::NumberingLevel, false) => "层次顺序",
            (Rule::NumberingLevel, true) => "Numbering level",
            (Rule::TitlePunct, false) => "标题末尾标点",
            (Rule::TitlePunct, true) => "Title punctuation",
            (Rule::Empty, false) => "空条目或空部分",
            (Rule::Empty, true) => "Empty item or part",
            (Rule::CjkSpace, false) => "汉字间空格",
            (Rule::CjkSpace, true) => "Space between Chinese",
            (Rule::DoubledChar, false) => "重复字",
            (Rule::DoubledChar, true) => "Doubled character",
            (Rule::FullWidthDigit, false) => "全角数字",
            (Rule::FullWidthDigit, true) => "Full-width digits",
            (Rule::DateForm, false) => "日期写法",
            (Rule::DateForm, true) => "Date form",
            (Rule::NumberRange, false) => "数值范围",
            (Rule::NumberRange, true) => "Number range",
            (Rule::Placeholder, false) => "模板占位",
            (Rule::Placeholder, true) => "Template placeholder",
        }
    }

    /// The message for one finding: what is wrong and what to write instead.
    pub fn message(self, found: &str, fix: Option<&Fix>, english: bool) -> String {
        let suggestion = match (fix, english) {
            (Some(fix), false) if fix.replacement.is_empty() => "，应删除".to_owned(),
            (Some(fix), true) if fix.replacement.is_empty() => "; delete it".to_owned(),
            (Some(fix), false) => format!("，应为“{}”", fix.replacement),
            (Some(fix), true) => format!("; write “{}”", fix.replacement),
            (None, _) => String::new(),
        };
        let what = match (self, english) {
            (Rule::Mask, false) => format!("“{found}”是未填写的掩码或占位符，请填上实际内容"),
            (Rule::Mask, true) => format!("“{found}” is a mask or placeholder left unfilled"),
            (Rule::LostInterpunct, false) => format!("“{found}”处可能丢失了间隔号"),
            (Rule::LostInterpunct, true) => format!("“{found}” looks like a lost interpunct"),
            (Rule::HalfWidthPunct, false) => format!("中文里用了半角标点“{found}”"),
            (Rule::HalfWidthPunct, true) => format!("half-width “{found}” in Chinese text"),
            (Rule::StraightQuote, false) => format!("中文里用了直引号“{found}”"),
            (Rule::StraightQuote, true) => format!("straight quote “{found}” in Chinese text"),
            (Rule::Unbalanced, false) => format!("“{found}”没有配对"),
            (Rule::Unbalanced, true) => format!("“{found}” has no partner"),
            (Rule::DoubledPunct, false) => format!("标点“{found}”重复或冲突"),
            (Rule::DoubledPunct, true) => format!("doubled or clashing “{found}”"),
            (Rule::Dash, false) => format!("破折号写作“{found}”"),
            (Rule::Dash, true) => format!("dash written “{found}”"),
            (Rule::Ellipsis, false) => format!("省略号写作“{found}”"),
            (Rule::Ellipsis, true) => format!("ellipsis written “{found}”"),
            (Rule::NumberingMarker, false) => format!("序号“{found}”不合规范"),
            (Rule::NumberingMarker, true) => format!("non-standard marker “{found}”"),
            (Rule::NumberingGap, false) => format!("序号“{found}”前有缺号"),
            (Rule::NumberingGap, true) => format!("a number is missing before “{found}”"),
            (Rule::NumberingLevel, false) => format!("“{found}”跳过了上一层次"),
            (Rule::NumberingLevel, true) => format!("“{found}” skips a level"),
            (Rule::TitlePunct, false) => format!("标题末尾不用标点“{found}”"),
            (Rule::TitlePunct, true) => format!("a title takes no end punctuation “{found}”"),
            (Rule::Empty, false) => "这里还是空的".to_owned(),
            (Rule::Empty, true) => "this is still empty".to_owned(),
            (Rule::CjkSpace, false) => "汉字之间有空格".to_owned(),
            (Rule::CjkSpace, true) => "space between Chinese characters".to_owned(),
            (Rule::DoubledChar, false) => format!("“{found}”可能多打了一个字"),
            (Rule::DoubledChar, true) => format!("“{found}” may have a doubled character"),
            (Rule::FullWidthDigit, false) => format!("全角数字“{found}”"),
            (Rule::FullWidthDigit, true) => format!("full-width digits “{found}”"),
            (Rule::DateForm, false) => format!("日期“{found}”写法不规范"),
            (Rule::DateForm, true) => format!("non-standard date “{found}”"),
            (Rule::NumberRange, false) => format!("数值范围“{found}”应用浪纹线"),
            (Rule::NumberRange, true) => format!("range “{found}” takes a wave dash"),
            (Rule::Placeholder, false) => format!("“{found}”像是模板里的占位，请改为实际名称"),
            (Rule::Placeholder, true) => format!("“{found}” looks like a template placeholder"),
        };
        let end = if english { "." } else { "。" };
        format!("{what}{suggestion}{end}")
    }
}

/// What kind of text a field holds; some rules apply only to some kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FieldKind {
    Title,
    Heading,
    Paragraphs,
    Signature,
    Date,
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '〇')
}

const CJK_PUNCT: &str = "，。、；：？！“”‘’（）《》【】…—·";

fn is_cjk_or_punct(c: char) -> bool {
    is_cjk(c) || CJK_PUNCT.contains(c)
}

struct Ctx<'a> {
    chars: Vec<char>,
    place: &'a Place,
    out: &'a mut Vec<Finding>,
}

impl Ctx<'_> {
    fn at(&self, i: isize) -> Option<char> {
        usize::try_from(i)
            .ok()
            .and_then(|i| self.chars.get(i).copied())
    }

    fn push(&mut self, rule: Rule, start: usize, end: usize, fix: Option<(String, bool)>) {
        let found: String = self.chars[start..end].iter().collect();
        self.out.push(Finding {
            rule,
            severity: rule.severity(),
            place: self.place.clone(),
            range: start..end,
            found,
            fix: fix.map(|(replacement, safe)| Fix { replacement, safe }),
        });
    }

    /// The end of the run of `c` starting at `i`.
    fn run_end(&self, i: usize, pred: impl Fn(char) -> bool) -> usize {
        let mut j = i;
        while j < self.chars.len() && pred(self.chars[j]) {
            j += 1;
        }
        j
    }

    /// Is `i` the first non-space character of a paragraph?
    fn at_paragraph_start(&self, i: usize) -> bool {
        self.chars[..i]
            .iter()
            .rev()
            .take_while(|c| **c != '\n')
            .all(|c| c.is_whitespace())
    }
}

pub(crate) fn check_field(text: &str, kind: FieldKind, place: &Place, out: &mut Vec<Finding>) {
    if text.is_empty() {
        return;
    }
    let first_new = out.len();
    let mut ctx = Ctx {
        chars: text.chars().collect(),
        place,
        out,
    };
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
        let between_words = p.is_some_and(is_cjk) && n.is_some_and(is_cjk);
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
        if c == '?' && ((digit(p) && digit(n)) || (p.is_some_and(is_cjk) && n.is_some_and(is_cjk)))
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
    if !ctx.chars.iter().any(|c| is_cjk(*c)) {
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
        if !(SET.contains(a) && SET.contains(b)) {
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
                let between_words = ctx.at(i as isize - 1).is_some_and(is_cjk)
                    && ctx.at(end as isize).is_some_and(is_cjk);
                if end - i == 1 && between_words {
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

fn spaces(ctx: &mut Ctx<'_>) {
    let n = ctx.chars.len();
    let mut i = 1;
    while i < n {
        if matches!(ctx.chars[i], ' ' | '\u{3000}' | '\t') && !ctx.at_paragraph_start(i) {
            let end = ctx.run_end(i, |c| matches!(c, ' ' | '\u{3000}' | '\t'));
            let before = ctx.chars[i - 1];
            let after = ctx.at(end as isize);
            if is_cjk(before) && after.is_some_and(is_cjk) {
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

fn numbers(ctx: &mut Ctx<'_>) {
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
        if len == 4 && matches!(next, Some('.' | '-' | '/')) {
            let sep = next.unwrap_or('.');
            let m_end = ctx.run_end(run + 1, digit);
            if (1..=2).contains(&(m_end - run - 1)) && ctx.at(m_end as isize) == Some(sep) {
                let d_end = ctx.run_end(m_end + 1, digit);
                if (1..=2).contains(&(d_end - m_end - 1))
                    && !ctx.at(d_end as isize).is_some_and(|c| digit(c) || c == sep)
                {
                    let num = |a: usize, b: usize| {
                        ctx.chars[a..b]
                            .iter()
                            .collect::<String>()
                            .parse::<u32>()
                            .unwrap_or(0)
                    };
                    let (m, d) = (num(run + 1, m_end), num(m_end + 1, d_end));
                    if (1..=12).contains(&m) && (1..=31).contains(&d) {
                        let fixed = format!("{s}年{m}月{d}日");
                        ctx.push(Rule::DateForm, i, d_end, Some((fixed, false)));
                        i = d_end;
                        continue;
                    }
                }
            }
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
        // 03年: a year without its century.
        if len == 2
            && next == Some('年')
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
    // 二〇二二年7月: a Chinese-numeral year with Arabic month or day.
    for i in 0..n {
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

fn is_cjk_numeral(c: char) -> bool {
    "〇零一二三四五六七八九十".contains(c)
}

/// Markers typed at paragraph starts: 1、 → 1. ; （一）、 → （一）; 一. → 一、
fn markers(ctx: &mut Ctx<'_>) {
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
fn inline_gaps(ctx: &mut Ctx<'_>) {
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

fn title_end(ctx: &mut Ctx<'_>) {
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
pub(crate) fn check_structure(section: &Section, index: usize, out: &mut Vec<Finding>) {
    if !section.title.trim().is_empty() && section_is_empty(section) {
        out.push(Finding {
            rule: Rule::Empty,
            severity: Rule::Empty.severity(),
            place: Place::SectionTitle { section: index },
            range: 0..0,
            found: String::new(),
            fix: None,
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
pub(crate) fn check_text_numbering(text: &str, out: &mut Vec<Finding>) {
    let mut last = [0usize; 5];
    let mut deepest = 0;
    for (n, line) in text.lines().enumerate() {
        let Some((level, value, lead)) = line_marker(line) else {
            continue;
        };
        let marker_len = line
            .trim_start()
            .chars()
            .take_while(|c| !is_cjk(*c) || is_cjk_numeral(*c))
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
            });
        }
        last[level] = value;
        for deeper in last.iter_mut().skip(level + 1) {
            *deeper = 0;
        }
        deepest = level;
    }
}
