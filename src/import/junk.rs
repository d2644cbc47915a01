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

use aho_corasick::AhoCorasick;
use std::collections::HashMap;
use std::sync::LazyLock;

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

/// Phrases only page furniture uses (REFERENCE.md and the shapes of real pages).
const KNOWN_STARTS: &[&str] = &[
    "下面是小编",
    "以下是小编",
    "小编为大家",
    "【#",
    "推荐访问",
    "更新时间",
    "---此处隐藏",
    "—此处隐藏",
    "当前位置",
    "您的位置",
    "您现在的位置",
    "发布时间",
    "上一篇",
    "下一篇",
    "本文来源",
    "文章来源",
    "扫一扫",
    "分享到",
    "欢迎来到",
    "欢迎访问",
    "欢迎光临",
    "返回顶部",
    "返回首页",
    "温馨提示",
    "友情提示",
    "免责声明",
    "责任编辑",
    "版权所有",
    "标签：",
    "标签:",
    "Tags:",
    "TAG:",
    "Copyright",
    "copyright",
    "©",
];
const KNOWN_ANYWHERE: &[&str] = &[
    "字号【",
    "字号：【",
    "【打印本页】",
    "【关闭窗口】",
    "【打印】",
    "【字体",
    "字体：大",
    "网站标识码",
    "【关闭】",
    "此处隐藏",
    "下载后查看",
    "供大家参考",
    "供您参考",
    "欢迎阅读",
    "预览结束",
    "预览已结束",
    "全文阅读已结束",
    "仅部分预览",
    "阅读全文",
    "展开全文",
    "查看全文",
    "下载文档",
    "免费下载",
    "立即下载",
    "点击下载",
    "下载本文",
    "由用户上传",
    "版权归属",
    "内容提供方",
    "如有侵权",
    "侵犯您的权益",
    "申请退款",
    "付费之前",
    "转载请注明",
    "原文链接",
    "ICP备",
    "公网安备",
    "加入收藏",
    "设为首页",
    "收藏本站",
    "希望对大家有所帮助",
    "希望大家能够喜欢",
];

const SITE_WORDS: &[&str] = &[
    "本站",
    "网站",
    "文库",
    "范文网",
    "会员",
    "VIP",
    "客服",
    "登录",
    "注册",
    "积分",
    "金币",
    "下载",
    "上传",
    "收藏",
    "点赞",
    "评论",
    "举报",
    "浏览",
    "阅读量",
    "投稿",
    "网友",
    "页数",
    "资源",
    "栏目",
    "小编",
];

const META_LABELS: &[&str] = &[
    "来源",
    "作者",
    "时间",
    "日期",
    "栏目",
    "编辑",
    "发布",
    "发布时间",
    "点击",
    "浏览",
    "阅读",
    "分类",
    "标签",
    "关键词",
    "关键字",
    "字数",
    "页数",
    "格式",
    "大小",
    "Tags",
    "TAG",
    "tag",
    "热度",
    "人气",
    "责编",
];

const COLLECTION_WORDS: &[&str] = &[
    "范文",
    "大全",
    "汇编",
    "精选",
    "合集",
    "模板",
    "例文",
    "通用版",
    "完整版",
    "推荐",
];

const SPAM_WORDS: &[&str] = &[
    "微信",
    "加V",
    "代写",
    "代办",
    "贷款",
    "彩票",
    "娱乐城",
    "博彩",
    "兼职",
    "刷单",
    "日赚",
    "免费领取",
    "咨询热线",
    "优惠",
    "折扣",
    "扫码",
    "公众号",
    "特价",
    "包邮",
    "加盟",
    "代理",
    "私信",
    "低价",
    "秒到账",
    "客服电话",
];

const FIRST_PERSON: &[&str] = &[
    "我们",
    "我局",
    "我院",
    "我校",
    "我镇",
    "我乡",
    "我街道",
    "我公司",
    "我司",
    "我单位",
    "我支部",
    "我县",
    "我区",
    "我市",
    "我中心",
    "我所",
    "我科",
    "本人",
    "我在",
    "我把",
];

const FILE_EXTENSIONS: &[&str] = &[
    ".doc", ".docx", ".pdf", ".txt", ".ppt", ".pptx", ".xls", ".xlsx", ".wps",
];

/// The word lists whose hits are counted, in the order of [`LISTS`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum List {
    KnownStart,
    KnownAnywhere,
    Site,
    Collection,
    Spam,
    FirstPerson,
    CountLabel,
}

/// Labels a view or download count follows (浏览：123).
const COUNT_LABELS: &[&str] = &[
    "浏览",
    "阅读",
    "点击",
    "人气",
    "热度",
    "下载",
    "评论",
    "本文共",
    "全文共",
];

const LISTS: [(List, &[&str]); 7] = [
    (List::KnownStart, KNOWN_STARTS),
    (List::KnownAnywhere, KNOWN_ANYWHERE),
    (List::Site, SITE_WORDS),
    (List::Collection, COLLECTION_WORDS),
    (List::Spam, SPAM_WORDS),
    (List::FirstPerson, FIRST_PERSON),
    (List::CountLabel, COUNT_LABELS),
];

/// All words of all lists in one automaton (a 10 MB text is scored in one pass per line
/// instead of one search per word), and for each pattern its list.
static WORDS: LazyLock<(AhoCorasick, Vec<List>)> = LazyLock::new(|| {
    let mut patterns = Vec::new();
    let mut lists = Vec::new();
    for (list, words) in LISTS {
        for word in words {
            patterns.push(*word);
            lists.push(list);
        }
    }
    // A DFA without prefilter: every pattern starts with one of the few lead bytes of Chinese
    // characters, at which a prefilter would stop all the time.
    let automaton = AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .prefilter(false)
        .build(&patterns)
        .unwrap_or_else(|e| unreachable!("the word lists are a few hundred short strings: {e}"));
    (automaton, lists)
});

/// How many distinct words of each list the line contains (starts with, for KnownStart).
fn word_hits(line: &str) -> [usize; 7] {
    let (automaton, lists) = &*WORDS;
    let mut seen: Vec<usize> = Vec::new();
    let mut counts = [0; 7];
    for hit in automaton.find_overlapping_iter(line) {
        let pattern = hit.pattern().as_usize();
        let list = lists[pattern];
        if (list == List::KnownStart && hit.start() != 0) || seen.contains(&pattern) {
            continue;
        }
        seen.push(pattern);
        counts[LISTS.iter().position(|(l, _)| *l == list).unwrap_or(0)] += 1;
    }
    counts
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// `浏览：123`, `阅读 456`, `点击数:78`.
fn has_label_then_count(line: &str) -> bool {
    for label in COUNT_LABELS {
        let mut from = 0;
        while let Some(at) = line[from..].find(label) {
            let after = &line[from + at + label.len()..];
            let after = after.trim_start_matches(['数', '量', '次', '：', ':', ' ', '　']);
            if after.starts_with(|c: char| c.is_ascii_digit()) {
                return true;
            }
            from += at + label.len();
        }
    }
    false
}

/// Units after a count, by kind of counter: views, downloads, sizes and pages, words.
const COUNT_UNITS: [&[&str]; 4] = [
    &["次浏览", "次阅读", "人阅读", "人浏览", "次点击", "人看过"],
    &["次下载", "人下载"],
    &["篇", "页", "KB", "MB", "kb"],
    &["字)", "字）", "字 ", "字|"],
];

/// Which kinds of [`COUNT_UNITS`] follow a number in the line (bit per kind), and whether
/// 篇 does (bit 4), in one pass over its digit runs.
fn count_units(line: &str) -> u8 {
    let bytes = line.as_bytes();
    let mut bits = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.' || bytes[i] == b',')
        {
            i += 1;
        }
        let rest = line[i..].trim_start();
        for (kind, units) in COUNT_UNITS.iter().enumerate() {
            if units.iter().any(|u| rest.starts_with(u)) {
                bits |= 1 << kind;
            }
        }
        if rest.starts_with('篇') {
            bits |= 1 << 4;
        }
    }
    bits
}

/// How many kinds of page counter the line shows (a view count and a word count are two).
fn counters(line: &str, units: u8, labelled: bool) -> usize {
    (units & 0xf).count_ones() as usize + usize::from(labelled && has_label_then_count(line))
}

/// `2017-12-05`, `2017/12/5`, `10:32`.
fn has_web_date(line: &str) -> bool {
    let b = line.as_bytes();
    let digits_at =
        |i: usize, n: usize| i + n <= b.len() && b[i..i + n].iter().all(u8::is_ascii_digit);
    (0..b.len()).any(|i| {
        (digits_at(i, 4)
            && i + 5 < b.len()
            && (b[i + 4] == b'-' || b[i + 4] == b'/')
            && digits_at(i + 5, 1))
            || (digits_at(i, 2) && i + 4 < b.len() && b[i + 2] == b':' && digits_at(i + 3, 2))
    })
}

/// Page metadata: a label and a colon at the start, or several labels with colons.
fn has_meta_label(line: &str) -> bool {
    let labelled = |l: &str| {
        META_LABELS.iter().any(|m| {
            l.starts_with(m)
                && l[m.len()..]
                    .trim_start_matches([' ', '　'])
                    .starts_with(['：', ':'])
        })
    };
    if labelled(line) {
        return true;
    }
    // "时间：01-19 作者：王某 栏目：总结" — the second label after a space.
    line.split([' ', '　'])
        .filter(|part| !part.is_empty() && labelled(part))
        .count()
        >= 2
}

fn has_file_extension(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    FILE_EXTENSIONS.iter().any(|ext| {
        lower.match_indices(ext).any(|(at, _)| {
            // ".doc" followed by a letter is something else (".document").
            !lower[at + ext.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        })
    })
}

fn has_url(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    lower.contains("http://")
        || lower.contains("https://")
        || lower.contains("www.")
        || [".com", ".cn", ".net", ".org"].iter().any(|d| {
            lower.match_indices(d).any(|(at, _)| {
                at > 0
                    && lower[..at].ends_with(|c: char| c.is_ascii_alphanumeric())
                    && !lower[at + d.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
            })
        })
        || (lower.contains("qq") && lower.chars().filter(char::is_ascii_digit).count() >= 5)
}

fn has_link_list(line: &str) -> bool {
    let starts = line.starts_with("- [")
        || line.starts_with("* [")
        || line.starts_with("·[")
        || line.starts_with("• ");
    let pipes = line.matches(['|', '｜']).count() >= 2;
    // "[工作总结] 某某总结" / "【工作计划】…" at the start of a short line.
    let tagged = (line.starts_with('[') && line.contains("] "))
        || (line.starts_with("[") && line.chars().count() < 50 && line.contains(']'));
    // Several titles in a row, separated by spaces: each ends in a 文种 word.
    let titles = line
        .split([' ', '　'])
        .filter(|p| {
            p.chars().count() >= 4
                && ["总结", "计划", "报告", "范文", "汇报", "心得"]
                    .iter()
                    .any(|w| p.ends_with(w))
        })
        .count()
        >= 3;
    starts || pipes || tagged || titles
}

fn has_breadcrumb(line: &str) -> bool {
    let arrows = line.matches(['>', '＞', '»', '›']).count();
    (arrows >= 2 && !line.contains('。')) || (line.starts_with("首页") && arrows >= 1)
}

/// An eleven-digit mobile number.
fn has_mobile_number(line: &str) -> bool {
    let b = line.as_bytes();
    let mut run = 0;
    for (i, c) in b.iter().enumerate() {
        if c.is_ascii_digit() {
            run += 1;
            if run == 11 && b[i + 1 - 11] == b'1' && !b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

fn is_page_marker(line: &str) -> bool {
    let l = line.trim();
    let inner = l
        .trim_start_matches(['-', '—', '－', '–', ' '])
        .trim_end_matches(['-', '—', '－', '–', ' ']);
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if inner.len() < l.len() && all_digits(inner) {
        return true;
    }
    if let Some((a, b)) = l.split_once('/')
        && all_digits(a.trim())
        && all_digits(b.trim())
    {
        return true;
    }
    // 第2页 / 第 2 页 共 10 页
    let stripped: String = l.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(rest) = stripped.strip_prefix('第') {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        let tail = &rest[digits..];
        if digits > 0 && tail.starts_with('页') {
            let tail = &tail['页'.len_utf8()..];
            return tail.is_empty()
                || (tail.starts_with('共') && tail.ends_with('页') && tail.chars().count() <= 6);
        }
    }
    false
}

fn is_contents(line: &str) -> bool {
    let squeezed: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    if matches!(squeezed.as_str(), "目录" | "目錄" | "本文目录") {
        return true;
    }
    let body = squeezed.trim_end_matches(|c: char| c.is_ascii_digit());
    body.len() < squeezed.len()
        && (body.ends_with("……") || body.ends_with("...") || body.ends_with("··"))
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
            (shape.arrow || line.starts_with("首页")) && has_breadcrumb(line),
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
                || (shape.cjk >= 12 && shape.marks >= 2 && line.ends_with(['。', '；'])),
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
                '。' | '，' | '；' | '！' | '？' => s.marks += 1,
                c if is_cjk(c) => s.cjk += 1,
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
            Some(p) if is_cjk(c) => Some((p, c)),
            _ => None,
        };
        prev = is_cjk(c).then_some(c);
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
                .trim_end_matches(['。', '！', '？'])
                .contains(['。', '，', '；', '！', '？']))
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
