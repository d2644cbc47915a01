//! The word lists junk is known by (page furniture, site words, page metadata, collections,
//! spam, counters), all searched in one pass over a line.

use super::*;

/// Phrases only page furniture uses (REFERENCE.md and the shapes of real pages).
pub(super) const KNOWN_STARTS: &[&str] = &[
    "當前位置",
    "您現在的位置",
    "發佈時間",
    "發布時間",
    "更新時間",
    "本文來源",
    "文章來源",
    "掃一掃",
    "歡迎來到",
    "歡迎訪問",
    "返回頂部",
    "返回首頁",
    "溫馨提示",
    "免責聲明",
    "責任編輯",
    "版權所有",
    "標籤：",
    "標籤:",
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
    "文档简介",
    "文档介绍",
    "内容简介",
];
pub(super) const KNOWN_ANYWHERE: &[&str] = &[
    "【打印本頁】",
    "【關閉窗口】",
    "【關閉】",
    "網站標識碼",
    "轉載請注明",
    "原文鏈接",
    "加入收藏",
    "設為首頁",
    "供大家參考",
    "由用戶上傳",
    "如有侵權",
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
    "仅供预览",
    "点击这里给我发消息",
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
    // Document-sharing sites around a preview (issue 30): the share line, the search prompt,
    // the notice lists and the preview's end.
    "由会员分享",
    "可在线阅读",
    "更多相关《",
    "文档上搜索",
    "页珍藏版",
    "请认真阅读下面的提示信息",
    "全文共",
    "当前显示",
    "文件已失效",
    "下载支持",
    // 范文 sites' disclaimers and blurbs.
    "来源于网友上传",
    "网友上传",
    "不代表本站观点",
    "本站观点",
    "咨询客服",
    "客服老师",
    "对你工作学习有帮助",
    "对您工作学习有帮助",
    "工作学习有帮助",
    "精心整理分享",
    "精心整理的",
    "赏杯茶钱",
    "阅读指引",
    "推荐度：",
    "推荐度:",
    "原文连接",
    "字体大小",
    "【字体：",
];

pub(super) const SITE_WORDS: &[&str] = &[
    "網站",
    "會員",
    "下載",
    "上傳",
    "瀏覽",
    "評論",
    "欄目",
    "小編",
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

pub(super) const META_LABELS: &[&str] = &[
    "來源",
    "時間",
    "欄目",
    "編輯",
    "發佈",
    "發布",
    "點擊",
    "點擊數",
    "瀏覽",
    "閱讀",
    "標籤",
    "關鍵詞",
    "責編",
    "字號",
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

pub(super) const COLLECTION_WORDS: &[&str] = &[
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

pub(super) const SPAM_WORDS: &[&str] = &[
    "娱乐官网",
    "娱乐平台",
    "娱乐场",
    "真人娱乐",
    "注册即送",
    "注册送",
    "彩金",
    "棋牌",
    "百家乐",
    "秒批",
    "放款",
    "网贷",
    "低息",
    "無抵押",
    "无抵押",
    "娛樂",
    "彩票平台",
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

pub(super) const FIRST_PERSON: &[&str] = &[
    "我們",
    "本中心",
    "本局",
    "本单位",
    "本單位",
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

pub(super) const FILE_EXTENSIONS: &[&str] = &[
    ".doc", ".docx", ".pdf", ".txt", ".ppt", ".pptx", ".xls", ".xlsx", ".wps",
];

/// The word lists whose hits are counted, in the order of [`LISTS`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum List {
    KnownStart,
    KnownAnywhere,
    Site,
    Collection,
    Spam,
    FirstPerson,
    CountLabel,
}

/// Labels a view or download count follows (浏览：123).
pub(super) const COUNT_LABELS: &[&str] = &[
    "瀏覽",
    "閱讀",
    "點擊",
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

pub(super) const LISTS: [(List, &[&str]); 7] = [
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
pub(super) static WORDS: LazyLock<(AhoCorasick, Vec<List>)> = LazyLock::new(|| {
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
pub(super) fn word_hits(line: &str) -> [usize; 7] {
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
