//! Web junk found by its shape.
//!
//! Template sites, document-sharing sites and government portals wrap a summary in page
//! furniture whose wording changes from site to site, so a list of phrases alone never keeps
//! up. Each line is scored instead: every [`Feature`] it shows adds its weight (prose-like
//! features subtract), and a line whose score reaches [`JUNK_AT`] is junk. The phrase list is
//! one feature among the others, heavy enough to decide alone; the shapes — counters, web
//! dates, `key：value` page metadata, file extensions, link lists, breadcrumbs, collection
//! titles, spam with no relation to the text — catch what the list does not know. The prose
//! guards keep a real sentence that happens to name a site word.
//!
//! A line scored as junk is listed as removed (nothing disappears silently); `--keep-junk`
//! skips the removal altogether.

use crate::han::is_han;
use aho_corasick::AhoCorasick;
use std::collections::HashMap;
use std::sync::LazyLock;

pub mod inline;
mod shapes;
pub(super) use shapes::has_clock_time;
mod words;
use shapes::*;
use words::*;

/// A line scoring this much or more is junk.
pub const JUNK_AT: f32 = 1.0;

/// What a line looks like, each with its weight (see [`Feature::weight`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Feature {
    /// A phrase only page furniture uses: 下面是小编…, 推荐访问, 预览结束, 本文档由用户上传…
    KnownPhrase,
    /// Words of the site around the text: 本站, 文库, 会员, 下载, 积分, 客服…
    SiteWord,
    /// A count of the page: 1234次浏览, 共5页, 本文共3200字, 10篇, 446.50KB.
    Counter,
    /// A date or time as web pages print them: 2017-12-05, 2017/12/05, 10:32.
    WebDate,
    /// Page metadata as `label：value`: 来源：, 作者：, 栏目：, 发布时间：, 标签：…
    MetaLabel,
    /// A file name's extension: .doc, .docx, .pdf, .txt, .ppt.
    FileExtension,
    /// An address: http://, www., .com, .cn, an e-mail, a QQ number.
    Url,
    /// A list of links: "- [tag] title", titles separated by `|`, several titles in a row.
    LinkList,
    /// A breadcrumb: 首页 > 栏目 > 正文.
    Breadcrumb,
    /// A collection of texts: （8篇）, 范文, 大全, 汇编, 精选, 合集.
    Collection,
    /// Advertising: 加微信, 代写, 贷款, 兼职, 扫码, a mobile number…
    Spam,
    /// Shares almost no words with the rest of the document (only asked of lines that already
    /// look suspicious: counting the document's words is the costly part).
    Unrelated,
    /// The whole line is a page marker: 第2页, - 3 -, 2/5.
    PageMarker,
    /// A table of contents: 目录, or an entry ending in leader dots and a page number.
    Contents,
    /// Guard: reads like prose — long, with several sentence marks; or a shorter sentence
    /// with a comma that ends like one ("撰写心得体会5篇。" is the author's, not a counter).
    Prose,
    /// Guard: starts with a numbering marker of the document (一、 （一） 1. 一是).
    Numbered,
    /// Guard: the unit speaks of itself (我们, 我局, 本人…).
    FirstPerson,
}

impl Feature {
    /// The weight of the feature; guards are negative.
    pub fn weight(self) -> f32 {
        match self {
            Self::KnownPhrase => 2.0,
            Self::LinkList | Self::Breadcrumb | Self::PageMarker | Self::Contents => 1.5,
            Self::Url => 1.0,
            Self::FileExtension | Self::Spam => 0.8,
            Self::Collection => 0.7,
            Self::Counter | Self::MetaLabel | Self::Unrelated => 0.6,
            Self::SiteWord | Self::WebDate => 0.5,
            Self::Prose => -1.5,
            Self::Numbered => -1.0,
            Self::FirstPerson => -0.5,
        }
    }
}

/// The features a line shows, without [`Feature::Unrelated`] (which needs the document).
pub fn features(line: &str, numbered: bool) -> Vec<Feature> {
    // One pass over the characters first: most shapes need a digit, a colon, Latin letters
    // or an arrow, and most lines of a summary have few of them, so most checks are skipped
    // (a 10 MB text is scored in a few tens of milliseconds).
    let shape = Shape::of(line);
    let mut out = Vec::new();
    let [
        starts,
        anywhere,
        site,
        collection,
        spam,
        first_person,
        count_labels,
    ] = word_hits(line);
    for _ in 0..(starts + anywhere).min(2) {
        out.push(Feature::KnownPhrase);
    }
    for _ in 0..site.min(2) {
        out.push(Feature::SiteWord);
    }
    let units = if shape.digit { count_units(line) } else { 0 };
    let counted = if shape.digit {
        counters(line, units, count_labels > 0)
    } else {
        0
    };
    for _ in 0..counted.min(2) {
        out.push(Feature::Counter);
    }
    let short = line.len() <= 120;
    let checks: [(bool, Feature); 11] = [
        (
            (line.len() <= 24 || line.ends_with(|c: char| c.is_ascii_digit())) && is_contents(line),
            Feature::Contents,
        ),
        (
            shape.digit && shape.date_mark && has_web_date(line),
            Feature::WebDate,
        ),
        (shape.colon && has_meta_label(line), Feature::MetaLabel),
        (
            shape.dot && shape.latin && has_file_extension(line),
            Feature::FileExtension,
        ),
        (shape.latin && has_url(line), Feature::Url),
        (
            (shape.link_mark || shape.space) && has_link_list(line),
            Feature::LinkList,
        ),
        (
            (shape.arrow || line.starts_with("首页") || line.starts_with("首頁"))
                && has_breadcrumb(line),
            Feature::Breadcrumb,
        ),
        (
            collection > 0
                || units & (1 << 4) != 0
                || ["篇一", "篇二", "篇三"].iter().any(|p| line.starts_with(p)),
            Feature::Collection,
        ),
        (short && is_page_marker(line), Feature::PageMarker),
        (
            (shape.cjk >= 25 && shape.marks >= 2)
                || (shape.cjk >= 12 && shape.marks >= 2 && line.ends_with(['。', '；', ';', '.'])),
            Feature::Prose,
        ),
        (numbered, Feature::Numbered),
    ];
    out.extend(checks.iter().filter(|(on, _)| *on).map(|(_, f)| *f));
    let spam = spam + usize::from(shape.digit && has_mobile_number(line));
    for _ in 0..spam.min(2) {
        out.push(Feature::Spam);
    }
    if first_person > 0 {
        out.push(Feature::FirstPerson);
    }
    out
}

/// Spam glued to the end of a real line ("…整改率100%。某某娱乐官网注册送彩金"): the byte
/// where it starts, after the last sentence mark, when the tail is short and says spam.
pub fn glued_spam(line: &str) -> Option<usize> {
    let at = line
        .char_indices()
        .filter(|(_, c)| matches!(c, '。' | '；' | '！' | '？'))
        .map(|(i, c)| i + c.len_utf8())
        .next_back()?;
    let tail = &line[at..];
    if at == 0 || tail.is_empty() || tail.chars().count() > 40 {
        return None;
    }
    let hits = word_hits(tail);
    (hits[4] > 0 && features(tail, false).contains(&Feature::Spam)).then_some(at)
}

/// Why a line was removed: the strongest evidence against it, worded for the import report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// A phrase only page furniture uses (下面是小编…, 推荐访问…).
    Furniture,
    /// Words of the site (本站, 文库, 会员…).
    SiteWords,
    /// A page counter (浏览 1234 次, 共 5 页).
    Counter,
    /// Page metadata (来源：, 作者：, 发布时间：…).
    PageMeta,
    /// An address or a file name.
    Address,
    /// A list of links, or a line of one after 相关推荐.
    LinkList,
    /// A breadcrumb (当前位置：首页 > …).
    Breadcrumb,
    /// A collection's title (范文, 精选8篇…).
    Collection,
    /// Advertising or spam.
    Spam,
    /// A page marker or a table of contents.
    PageMarker,
    /// The page's own title, or another copy of the document's title.
    PageTitle,
    /// Cut from the title line (a site name, a piece number, a file extension…).
    TitleDecoration,
    /// Blog or Markdown metadata (front matter, tags, licence footer, --EOF).
    BlogMeta,
    /// Shares no words with the document and looks like junk.
    Unrelated,
    /// The next text of a collection page ("…篇2" after "…篇1"), and everything after it.
    NextPiece,
    /// Deleted by the user from the import report.
    Deleted,
}

impl Why {
    /// The reason as the import report shows it.
    pub fn text(self) -> crate::i18n::Text {
        use crate::i18n::Text;
        Text::tr(
            match self {
                Self::Furniture => "网页固定用语",
                Self::SiteWords => "网站用语",
                Self::Counter => "网页计数",
                Self::PageMeta => "网页信息栏",
                Self::Address => "网址或文件名",
                Self::LinkList => "链接列表",
                Self::Breadcrumb => "页面路径",
                Self::Collection => "范文合集标题",
                Self::Spam => "广告",
                Self::PageMarker => "页码或目录",
                Self::PageTitle => "网页标题（与正文标题重复）",
                Self::TitleDecoration => "标题上的网站附加文字",
                Self::BlogMeta => "博客或 Markdown 元数据",
                Self::Unrelated => "与正文无关",
                Self::NextPiece => "合集里的下一篇文章",
                Self::Deleted => "按你的选择删除",
            },
            &[],
        )
    }

    /// The most telling of a line's features: a shape (breadcrumb, link list, spam…) says
    /// more than a furniture phrase, which says more than a site word or a count.
    pub fn of(features: &[Feature]) -> Self {
        const ORDER: [Feature; 14] = [
            Feature::Breadcrumb,
            Feature::LinkList,
            Feature::PageMarker,
            Feature::Contents,
            Feature::Spam,
            Feature::Url,
            Feature::FileExtension,
            Feature::KnownPhrase,
            Feature::MetaLabel,
            Feature::WebDate,
            Feature::Collection,
            Feature::Counter,
            Feature::SiteWord,
            Feature::Unrelated,
        ];
        let top = ORDER.iter().find(|f| features.contains(f));
        match top {
            Some(Feature::KnownPhrase) | None => Self::Furniture,
            Some(Feature::SiteWord) => Self::SiteWords,
            Some(Feature::Counter) => Self::Counter,
            Some(Feature::WebDate | Feature::MetaLabel) => Self::PageMeta,
            Some(Feature::FileExtension | Feature::Url) => Self::Address,
            Some(Feature::LinkList) => Self::LinkList,
            Some(Feature::Breadcrumb) => Self::Breadcrumb,
            Some(Feature::Collection) => Self::Collection,
            Some(Feature::Spam) => Self::Spam,
            Some(Feature::Unrelated) => Self::Unrelated,
            Some(Feature::PageMarker | Feature::Contents) => Self::PageMarker,
            Some(Feature::Prose | Feature::Numbered | Feature::FirstPerson) => Self::Furniture,
        }
    }
}

/// Evidence strong enough to remove a line inside the summary's own extent: a furniture
/// phrase, a breadcrumb, a page marker, a bare address, or spam.
pub fn overwhelming(line: &str, features: &[Feature]) -> bool {
    let bare_address =
        features.contains(&Feature::Url) && line.chars().filter(|c| is_han(*c)).count() < 6;
    bare_address
        || features.iter().any(|f| {
            matches!(
                f,
                Feature::KnownPhrase | Feature::Breadcrumb | Feature::PageMarker | Feature::Spam
            )
        })
}

/// What characters a line holds, gathered in one pass.
#[derive(Default)]
struct Shape {
    cjk: usize,
    marks: usize,
    digit: bool,
    latin: bool,
    dot: bool,
    colon: bool,
    /// `-` `/` `:` (web dates and times).
    date_mark: bool,
    /// `|` `｜` `[` `-` `*` `·` `•` (link lists).
    link_mark: bool,
    space: bool,
    arrow: bool,
}

impl Shape {
    fn of(line: &str) -> Self {
        let mut s = Self::default();
        for c in line.chars() {
            match c {
                '0'..='9' => s.digit = true,
                'a'..='z' | 'A'..='Z' => s.latin = true,
                '.' => s.dot = true,
                ':' => {
                    s.colon = true;
                    s.date_mark = true;
                }
                '：' => s.colon = true,
                '/' => s.date_mark = true,
                '-' => {
                    s.date_mark = true;
                    s.link_mark = true;
                }
                '|' | '｜' | '[' | '*' | '·' | '•' => s.link_mark = true,
                ' ' | '　' => s.space = true,
                '>' | '＞' | '»' | '›' => s.arrow = true,
                // Sentence marks: a match is much faster than a search in a list per char.
                // Half-width marks count too: pasted text often has them (the seed does).
                '。' | '，' | '；' | '！' | '？' | ',' | ';' | '!' | '?' => s.marks += 1,
                c if is_han(c) => s.cjk += 1,
                _ => {}
            }
        }
        s
    }
}

pub fn score(features: &[Feature]) -> f32 {
    features.iter().map(|f| f.weight()).sum()
}

/// Character pairs of the document, to tell whether a suspicious line belongs to it.
pub struct Vocabulary {
    pairs: HashMap<(char, char), u32>,
}

impl Vocabulary {
    pub fn of<'a>(lines: impl Iterator<Item = &'a str>) -> Self {
        let mut pairs = HashMap::new();
        for line in lines {
            for pair in cjk_pairs(line) {
                *pairs.entry(pair).or_insert(0) += 1;
            }
        }
        Self { pairs }
    }

    /// True when fewer than a fifth of the line's character pairs occur elsewhere in the
    /// document (whose vocabulary includes the line itself). Lines too short to judge are never unrelated.
    pub fn unrelated(&self, line: &str) -> bool {
        let mut own: HashMap<(char, char), u32> = HashMap::new();
        for pair in cjk_pairs(line) {
            *own.entry(pair).or_insert(0) += 1;
        }
        if own.len() < 6 {
            return false;
        }
        let shared = own
            .iter()
            .filter(|(pair, n)| self.pairs.get(*pair).copied().unwrap_or(0) > **n)
            .count();
        (shared as f32) < own.len() as f32 * 0.2
    }
}

fn cjk_pairs(line: &str) -> impl Iterator<Item = (char, char)> + '_ {
    let mut prev: Option<char> = None;
    line.chars().filter_map(move |c| {
        let pair = match prev {
            Some(p) if is_han(c) => Some((p, c)),
            _ => None,
        };
        prev = is_han(c).then_some(c);
        pair
    })
}

/// Labels after which a list of links follows (相关推荐：, 猜你喜欢…).
pub fn is_link_list_label(line: &str) -> bool {
    [
        "相关推荐",
        "相关文章",
        "相关阅读",
        "相关范文",
        "猜你喜欢",
        "热门推荐",
        "热门文章",
        "推荐阅读",
        "延伸阅读",
        "精彩推荐",
        "最新文章",
        "更多相关",
        "你可能感兴趣",
        "您可能感兴趣",
        "相关标签",
        "相關推薦",
        "相關文章",
        "相關閱讀",
        "熱門推薦",
        "推薦閱讀",
        "延伸閱讀",
        "猜你喜歡",
    ]
    .iter()
    .any(|s| line.starts_with(s))
}

/// An entry of a list of links: a link-list line, or a short line with no sentence inside
/// (a title). Whether such a title is really the document's own is for the caller to see.
pub fn is_link_entry(line: &str) -> bool {
    has_link_list(line)
        || (line.chars().count() <= 40
            && !line
                .trim_end_matches(['。', '！', '？', '!', '?'])
                .contains(['。', '，', '；', '！', '？', ',', ';']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn junk(line: &str) -> bool {
        score(&features(line, false)) >= JUNK_AT
    }

    #[test]
    fn page_furniture_of_many_shapes_is_junk() {
        for line in [
            "下面是小编为大家整理的某局上半年精神文明建设工作总结,供大家参考。",
            "时间：01-19 作者：李明 栏目：总结",
            "本文共3260字 | 1258人阅读",
            "资源ID:3992402 资源大小:446.50KB 全文页数:22页",
            "某某文库 — 海量文档免费下载",
            "2017年街道办事处工作总结范文（精选8篇）",
            "- [工作总结] 2018年社区工作总结",
            "街道工作总结 | 社区工作总结 | 党建工作总结",
            "首页 > 范文大全 > 工作总结",
            "第 3 页",
            "- 2 -",
            "www.example.com",
            "加微信领取公考资料，代写各类材料，电话13800000000",
            "标签：工作总结 述职报告",
        ] {
            assert!(junk(line), "{line}: {:?}", features(line, false));
        }
    }

    #[test]
    fn prose_naming_site_words_is_not_junk() {
        for line in [
            "全年组织干部网上学习培训12次，下载学习资料300余份，浏览量同比增长15%。",
            "一、2017年主要工作",
            "（一）加强政务服务平台建设",
            "我们建立了评论回复机制，对群众留言做到件件有回音。",
            "2018年1月8日",
            "某街道办事处",
            "推荐优秀教师参加市级评选，3人获奖。",
        ] {
            let numbered = line.starts_with(['一', '（']);
            assert!(
                score(&features(line, numbered)) < JUNK_AT,
                "{line}: {:?}",
                features(line, numbered)
            );
        }
    }

    #[test]
    fn an_ad_unrelated_to_the_text_is_found_by_its_words() {
        // The vocabulary holds every line, the ones asked about included.
        let doc = [
            "今年以来，街道围绕社区治理、民生保障和安全生产，扎实推进各项工作。",
            "社区治理方面，街道完善网格化管理，全年化解矛盾纠纷136件。",
            "高薪诚聘足疗技师，包吃包住，月入过万",
            "街道完善网格化管理，化解矛盾纠纷",
        ];
        let vocabulary = Vocabulary::of(doc.iter().copied());
        assert!(vocabulary.unrelated("高薪诚聘足疗技师，包吃包住，月入过万"));
        assert!(!vocabulary.unrelated("街道完善网格化管理，化解矛盾纠纷"));
    }
}
