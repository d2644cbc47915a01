//! The proofreading rules by name: id, severity, and the message of a finding in either
//! language.

use super::{Fix, Severity};
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
    /// A well-known wrong character or word (再接再励, 既使, 按装).
    WrongWord,
    /// A non-recommended form of a variant word (GF 1001-2001: 笔划 → 笔画).
    VariantForm,
    /// A usage confusion common in official texts (截止目前, 必需坚持, 反应问题).
    WordUsage,
    /// A slip of one character that makes a much more frequent word (贯切落实 → 贯彻落实).
    NearWord,
    /// 的/地/得 in their clearest patterns (认真的落实 → 认真地落实).
    DeDiDe,
    /// A place or body name one slip away from a real one (石家装市 → 石家庄市).
    NameSlip,
    /// One indicator given different values in different places.
    FigureConflict,
    /// A stated total that is not the sum of its listed parts.
    FigureTotal,
    /// A percentage that does not match the two counts it is computed from.
    FigurePercent,
    /// 增长/下降 with both values where the stated percentage is wrong.
    FigureChange,
    /// One indicator given in different units (万元 and 元).
    FigureUnit,
}

impl Rule {
    pub const ALL: [Rule; 30] = [
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
        Rule::WrongWord,
        Rule::VariantForm,
        Rule::WordUsage,
        Rule::NearWord,
        Rule::DeDiDe,
        Rule::NameSlip,
        Rule::FigureConflict,
        Rule::FigureTotal,
        Rule::FigurePercent,
        Rule::FigureChange,
        Rule::FigureUnit,
    ];

    /// The rule with this id (as in JSON and `check --rules`).
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.id() == id)
    }

    /// Rules about words rather than punctuation or numbers (the ones a user word list
    /// protects against most).
    pub fn is_word_rule(self) -> bool {
        matches!(
            self,
            Rule::WrongWord
                | Rule::VariantForm
                | Rule::WordUsage
                | Rule::NearWord
                | Rule::DeDiDe
                | Rule::NameSlip
        )
    }

    /// Rules that compare figures across the document (数据核对).
    pub fn is_figure_rule(self) -> bool {
        matches!(
            self,
            Rule::FigureConflict
                | Rule::FigureTotal
                | Rule::FigurePercent
                | Rule::FigureChange
                | Rule::FigureUnit
        )
    }

    pub fn severity(self) -> Severity {
        match self {
            Rule::Mask | Rule::LostInterpunct => Severity::Error,
            Rule::Placeholder | Rule::VariantForm => Severity::Info,
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
            Rule::WrongWord => "wrong-word",
            Rule::VariantForm => "variant-form",
            Rule::WordUsage => "word-usage",
            Rule::NearWord => "near-word",
            Rule::DeDiDe => "de-di-de",
            Rule::NameSlip => "name-slip",
            Rule::FigureConflict => "figure-conflict",
            Rule::FigureTotal => "figure-total",
            Rule::FigurePercent => "figure-percent",
            Rule::FigureChange => "figure-change",
            Rule::FigureUnit => "figure-unit",
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
            (Rule::WrongWord, false) => "错别字",
            (Rule::WrongWord, true) => "Wrong character",
            (Rule::VariantForm, false) => "异形词",
            (Rule::VariantForm, true) => "Variant form",
            (Rule::WordUsage, false) => "用词不当",
            (Rule::WordUsage, true) => "Word usage",
            (Rule::NearWord, false) => "疑似错字",
            (Rule::NearWord, true) => "Likely typo",
            (Rule::DeDiDe, false) => "的地得",
            (Rule::DeDiDe, true) => "de/di/de particles (的/地/得)",
            (Rule::NameSlip, false) => "地名或机构名疑误",
            (Rule::NameSlip, true) => "Place or body name",
            (Rule::FigureConflict, false) => "数据前后不一",
            (Rule::FigureConflict, true) => "Conflicting figures",
            (Rule::FigureTotal, false) => "合计与分项不符",
            (Rule::FigureTotal, true) => "Total ≠ parts",
            (Rule::FigurePercent, false) => "百分比不符",
            (Rule::FigurePercent, true) => "Wrong percentage",
            (Rule::FigureChange, false) => "增减幅度不符",
            (Rule::FigureChange, true) => "Wrong change rate",
            (Rule::FigureUnit, false) => "单位不一",
            (Rule::FigureUnit, true) => "Mixed units",
        }
    }

    /// The message for one finding: what is wrong and what to write instead.
    /// `note` carries what the finding was compared with (a sum, a computed rate, the other
    /// value), in digits, for the figure rules.
    pub fn message(
        self,
        found: &str,
        fix: Option<&Fix>,
        note: Option<&str>,
        english: bool,
    ) -> String {
        let note = note.unwrap_or("");
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
            (Rule::WrongWord, false) => format!("“{found}”是常见错别字"),
            (Rule::WrongWord, true) => format!("“{found}” is a common misspelling"),
            (Rule::VariantForm, false) => {
                format!("“{found}”是异形词的非推荐词形（GF 1001-2001）")
            }
            (Rule::VariantForm, true) => {
                format!("“{found}” is the non-recommended form (GF 1001-2001)")
            }
            (Rule::WordUsage, false) => format!("“{found}”用词不当"),
            (Rule::WordUsage, true) => format!("“{found}” is a usage error"),
            (Rule::NearWord, false) => format!("“{found}”疑似错字"),
            (Rule::NearWord, true) => format!("“{found}” looks like a typo"),
            (Rule::DeDiDe, false) => format!("“{found}”中的的、地、得用法有误"),
            (Rule::DeDiDe, true) => format!("的/地/得 misused in “{found}”"),
            (Rule::NameSlip, false) => format!("“{found}”与一个地名或机构名只差一字"),
            (Rule::NameSlip, true) => {
                format!("“{found}” is one character off a place or body name")
            }
            (Rule::FigureConflict, false) => {
                format!("同一指标“{found}”在别处写作{note}，前后不一")
            }
            (Rule::FigureConflict, true) => {
                format!("the same indicator is “{found}” here and {note} elsewhere")
            }
            (Rule::FigureTotal, false) => {
                format!("合计“{found}”与所列分项之和不符：{note}，文中写{found}")
            }
            (Rule::FigureTotal, true) => format!(
                "the total “{found}” is not the sum of its parts: {note}, the text says {found}"
            ),
            (Rule::FigurePercent, false) => {
                format!("百分比“{found}”与所依据的两个数不符：{note}，文中写{found}")
            }
            (Rule::FigurePercent, true) => {
                format!("“{found}” does not match its two counts: {note}, the text says {found}")
            }
            (Rule::FigureChange, false) => {
                format!("增减幅度“{found}”与前后两个数值不符：{note}，文中写{found}")
            }
            (Rule::FigureChange, true) => format!(
                "the change “{found}” does not match the two values: {note}, the text says {found}"
            ),
            (Rule::FigureUnit, false) => format!("同一指标“{found}”在别处的单位是{note}"),
            (Rule::FigureUnit, true) => {
                format!("the same indicator “{found}” is in {note} elsewhere")
            }
        };
        let end = if english { "." } else { "。" };
        format!("{what}{suggestion}{end}")
    }
}
