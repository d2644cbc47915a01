//! Key terms of a text: jieba's segmentation (search mode, so 文物保护利用 also yields
//! 文物 and 保护), without the words every summary is full of (工作, 加强, 进一步…).

use crate::check::jieba;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Load the dictionary now (e.g. on a thread at start-up) so the first comparison is quick.
pub fn warm_up() {
    let _ = jieba();
}

/// Words of official prose that say nothing about what a plan or an achievement is about.
const STOP_WORDS: &[&str] = &[
    "工作",
    "一步",
    "进一步",
    "下一步",
    "加强",
    "推进",
    "全面",
    "深入",
    "持续",
    "扎实",
    "积极",
    "不断",
    "着力",
    "有效",
    "开展",
    "推动",
    "提升",
    "落实",
    "我们",
    "全年",
    "今年",
    "明年",
    "上半年",
    "下半年",
    "年度",
    "各项",
    "相关",
    "重点",
    "进行",
    "完成",
    "实现",
    "取得",
    "成效",
    "方面",
    "问题",
    "存在",
    "情况",
    "主要",
    "以及",
    "通过",
    "按照",
    "围绕",
    "坚持",
    "做好",
    "抓好",
    "确保",
    "切实",
    "认真",
    "继续",
    "大力",
    "努力",
    "已经",
    "目前",
    "同时",
    "其中",
    "一是",
    "二是",
    "三是",
    "四是",
    "五是",
    "有待",
    "不够",
    "还有",
    "部分",
    "一些",
    "提高",
    "强化",
    "完善",
    "进一步加强",
    "力争",
    "争取",
    "计划",
    "打算",
    "任务",
    "目标",
    "要求",
    "期间",
    "以来",
    "共计",
    "累计",
    "同比",
    "增长",
    "比例",
    "本人",
    "自己",
    "单位",
    "全局",
    "全县",
    "全镇",
    "全乡",
    "全市",
    "全区",
    "个人",
    "不断提升",
    "较好",
    "良好",
    "明显",
    "显著",
    "得到",
    "进一",
    "一步步",
    "多次",
    "及时",
    "全力",
    "更加",
    "稳步",
    "有序",
    "组织",
    "各类",
    "个",
    "共",
    "为",
    "和",
    "的",
    "了",
    "在",
    "是",
    "将",
    "对",
    "等",
];

fn stop_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.iter().copied().collect())
}

/// Whether a segment can be a key term: two characters or more, with a Chinese character or
/// a Latin letter (numbers change from one period to the next), and not a stop word.
fn is_term(word: &str) -> bool {
    let mut chars = 0;
    let mut meaningful = false;
    for c in word.chars() {
        chars += 1;
        if c.is_alphabetic() {
            meaningful = true;
        }
    }
    chars >= 2 && meaningful && !stop_words().contains(word)
}

/// The distinct key terms of `text`, in order of first appearance.
pub fn terms(text: &str) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for token in jieba().cut_for_search(text, false) {
        let word = token.word;
        if is_term(word) && seen.insert(word) {
            out.push(word.to_owned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_skip_generic_words_numbers_and_punctuation() {
        let t = terms("进一步加强文物保护利用，全年完成投资3.5亿元。");
        assert!(t.contains(&"文物".to_owned()), "{t:?}");
        assert!(t.contains(&"保护".to_owned()), "{t:?}");
        assert!(
            !t.iter().any(|w| w == "进一步" || w == "加强" || w == "3.5"),
            "{t:?}"
        );
        assert!(t.iter().all(|w| w.chars().count() >= 2), "{t:?}");
    }
}
