#!/usr/bin/env python3
"""Write crates/core/assets/check/terms.txt: policy terms, slogans and set phrases of official
writing, one a line. The slip checker takes the characters inside these terms as meant.

    scripts/terms-lexicon.py [DATA]      (DATA: /work/shared/data by default)

Learnt from the 67 government work reports in DATA/gov-reports/texts/*.txt. Zero-width
characters are removed; in the national (Wikisource) texts the lines of a paragraph (paragraphs
there are separated by blank lines) are joined, which mends the broken links (“⏎十三五⏎”); the
other texts have a paragraph a line. Categories:

- seed: well-known terms written into this script (facts, SEED below);
- quoted: strings between “ and ” of 2-12 Han characters that occur at least twice in the
  corpus (quoted or not) or hold a number character (一二三四五六七八九十百千万两);
- numbered: numbered slogans by shape, NUM X NUM Y (NUM Z …) (三会一课, 一岗双责, 六稳六保,
  三去一降一补): at least two occurrences, X/Y not measure or time words (个 年 届 次 …), not
  preceded by a number or 第, completed on the right while every occurrence goes on with the
  same character (一委一办一平 → 一委一办一平台);
- body: names of bodies ending in 局, 厅, 委员会, 办公室, 办公厅: runs of tokens of jieba's
  segmentation of the sentence whose last token is 局/厅 after a noun, a word ending in
  委员会/办公室/办公厅/管理局, or a word tagged nt (not 新格局, 音乐厅); no verb, adverb or
  function word inside; 3-12 characters, at least two occurrences, a left edge that varies
  (or is punctuation);
- phrase: four-character n-grams inside one run of Han characters, at least 3 occurrences in
  at least 2 files where jieba's segmentation of the sentence has a word boundary at both ends,
  which jieba cuts into one word, or two words of two characters with a strong bond (the
  n-gram makes at least a tenth of the rarer word's occurrences); the characters around them
  vary (no single character before or after two thirds of the occurrences, so no cut-off
  fragments such as 完善海外 of 完善海外利益); no function character at an edge, no pronoun,
  preposition, conjunction or particle among the words, and no numeral in a two-word one.

Every entry is a run of Han characters. An entry is dropped (and printed) when it is a
known misspelling: equal to a wrong form of DATA/slips/common-slips.tsv or of
crates/core/assets/check/known-slips.tsv, or holding one as a word of jieba's segmentation of
the entry (以经济建设为中心 stays: 以经 is 以 + 经济 there).

jieba (PyPI jieba 0.42.1, MIT) supplies the segmentation: pip install jieba.
"""
import collections
import glob
import os
import re
import sys

import jieba

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
OUT = os.path.join(ROOT, "crates", "core", "assets", "check", "terms.txt")

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
HAN = re.compile(r"^[\u4e00-\u9fff]+$")
NUMS = "一二三四五六七八九十百千万两"

# Well-known terms of official writing (facts; names of policies, slogans and set phrases).
SEED = """
发改委 发改局 发展改革委 卫健委 卫健局 住建局 住建委 人社局 人社厅 网信办 编办 编委办 文明办
统战部 宣传部 组织部 纪委监委 政法委 市场监管局 应急管理局 应急局 医保局 退役军人事务局
教体局 文旅局 文广旅局 文广旅体局 农业农村局 生态环境局 自然资源局 团委 妇联 残联 科协 侨联
青联 青志协 志愿者协会 工商联 台办 外办 信访局 行政审批局 政务服务中心 国资委 财政局 审计局
三会一课 一岗双责 放管服 三重一大 四风 一网通办 一网统管 六稳六保 六稳 六保 千万工程 两个确立
两个维护 四个意识 四个自信 四个全面 五位一体 三去一降一补 十四五 十五五 十三五 八项规定
中央八项规定精神 两学一做 三严三实 不忘初心牢记使命 不忘初心 牢记使命 一带一路 一国两制
三个代表 科学发展观 新发展理念 新发展格局 高质量发展 新质生产力 中国式现代化 共同富裕
乡村振兴 全过程人民民主 总体国家安全观 三大攻坚战 两个一百年 两个大局 两个结合
两个毫不动摇 两不愁三保障 四个不摘 三农 双碳 碳达峰 碳中和 双减 双循环 证照分离 多证合一
最多跑一次 跨省通办 一件事一次办 高效办成一件事 双随机一公开 一窗受理 接诉即办 枫桥经验
四下基层 河长制 湖长制 林长制 田长制 四种形态 三不腐 不敢腐不能腐不想腐 一把手 关键少数
主体责任 监督责任 第一议题 三个务必 三个区分开来 党政同责 一票否决 四个最严 三线一单
一村一品 一县一业 一企一策 亲清政商关系 两个健康 三公经费 三资 三下乡 四史 五水共治
三改一拆 千村示范万村整治 绿水青山就是金山银山 两山理论 厕所革命 四好农村路 菜篮子
米袋子 放水养鱼 专精特新 小巨人 揭榜挂帅 卡脖子 稳中求进 六个必须坚持 五个必由之路
以人民为中心 党的领导 全面从严治党 全面依法治国 全面深化改革 依法治国 依法行政 依规治党
意识形态 基层治理 网格化管理 放管结合 优化服务 营商环境 一网通 政务服务 一站式服务
三个一批 五个一工程 文明城市 全域旅游 两新 两重 两新一重 设备更新 以旧换新 保交楼 保交房
一老一小 新型城镇化 城市更新 老旧小区改造 公共服务均等化 基本公共服务 普惠性 兜底保障
社会保障 医保 低保 五保 特困供养 防返贫 巩固拓展脱贫攻坚成果 精准扶贫 精准脱贫 对口支援
东西部协作 驻村第一书记 第一书记 村两委 两委 换届选举 民主集中制 民主生活会 组织生活会
谈心谈话 三会一课制度 主题党日 党支部 党小组 党员干部 领导干部 干部队伍 担当作为
为官不为 庸懒散 形式主义 官僚主义 享乐主义 奢靡之风 文山会海 层层加码 基层减负
检视问题 整改落实 巡视巡察 政治生态 风清气正 清廉 廉洁自律 责任清单 权力清单
负面清单 正面清单 放管服改革 简政放权 数字政府 智慧城市 双创 大众创业
万众创新 人才强国 科教兴国 创新驱动发展战略 区域协调发展 京津冀协同发展 长江经济带
粤港澳大湾区 长三角一体化 黄河流域生态保护和高质量发展 成渝地区双城经济圈 西部大开发
东北振兴 中部崛起 东部率先 雄安新区 自由贸易试验区 海南自由贸易港 对外开放 稳外贸 稳外资
稳就业 稳金融 稳投资 稳预期 保就业 保民生 保市场主体 保粮食能源安全 保产业链供应链稳定
保基层运转 六个坚持 安全生产 应急管理 防灾减灾 生态文明 美丽中国 蓝天保卫战 碧水保卫战
净土保卫战 污染防治攻坚战 河湖长制 退耕还林 退牧还草 山水林田湖草沙 国土绿化 耕地保护
高标准农田 粮食安全 藏粮于地 藏粮于技 乡村建设 人居环境整治 美丽乡村 和美乡村 村集体经济
新型农业经营主体 家庭农场 农民专业合作社 土地承包 三权分置 宅基地 集体经营性建设用地
两品一械 台件 管网漏损 漏损率 零上门 报装 过户报装
""".split()

# Measure, time and order words that make NUM X NUM Y a count, not a slogan (五个五年, 十届四中).
MEASURE = set("个届年次期批轮世到连亿元月日天号名位项倍成余点分秒周岁中")
# Characters that do not begin or end a term phrase.
EDGE = set("的了和与及在对由向等是为将把被从各除按以于并或其该此这那有要就也都又再还已所之而"
           "且即亦则但若如让使给同跟比随至到当因着过个年月日中上下多万样种些每某几另")
BAD_POS = ("r", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o", "q")
BODY_SUFFIX = ("委员会", "办公室", "办公厅", "局", "厅")
BODY_WORD_END = ("委员会", "办公室", "办公厅", "管理局")
# words ending in 局 or 厅 that jieba tags nt but that name no body (新格局, 音乐厅)
NOT_BODY_END = ("格局", "布局", "全局", "大局", "开局", "当局", "新局", "变局", "大厅", "音乐厅",
                "餐厅", "客厅", "展厅", "舞厅", "门厅", "歌厅")


def gov_paragraphs(data):
    out = []
    for f in sorted(glob.glob(os.path.join(data, "gov-reports", "texts", "*.txt"))):
        text = open(f, encoding="utf-8").read()
        text = re.sub("[\u200b\u200c\u200d\ufeff]", "", text)
        if re.search(r"\n[ \t\u3000]*\n", text):
            paras = re.split(r"\n[ \t\u3000]*\n", text)
        else:
            paras = text.split("\n")
        for p in paras:
            p = re.sub(r"[\s\u3000]+", "", p)
            if p:
                out.append((os.path.basename(f)[:-4], p))
    return out


def main():
    jieba.setLogLevel(60)
    dict_path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    freq, tag = {}, {}
    for line in open(dict_path, encoding="utf-8"):
        p = line.split()
        if p:
            freq[p[0]] = int(p[1])
            tag[p[0]] = p[2] if len(p) > 2 else ""
    tok = jieba.Tokenizer(dict_path)
    tok.initialize()
    paras = gov_paragraphs(DATA)
    runs = [(f, r) for f, p in paras for r in HAN_RUN.findall(p)]
    corpus = "\n".join(p for _, p in paras)
    cats = collections.OrderedDict()

    # ---- seed ----
    cats["seed"] = set(SEED)

    # ---- quoted ----
    quoted = set()
    for _, p in paras:
        for m in re.finditer(r"“([^“”]{2,12})”", p):
            s = m.group(1)
            if HAN.match(s) and (corpus.count(s) >= 2 or any(c in NUMS for c in s)):
                quoted.add(s)
    cats["quoted"] = quoted

    # ---- numbered slogans ----
    num = "[" + NUMS + "双]"
    x = "[^" + NUMS + "双\\W\\d]"
    shape = re.compile(f"(?:{num}{x}){{2,}}")
    counts, nexts = collections.Counter(), collections.defaultdict(collections.Counter)
    for _, r in runs:
        for m in shape.finditer(r):
            s, a = m.group(0), m.start()
            if a > 0 and (r[a - 1] in NUMS + "双第"):
                continue
            if any(c in MEASURE for c in s[1::2]):
                continue
            counts[s] += 1
    numbered = set()
    for s, n in counts.items():
        if n < 2:
            continue
        # complete on the right by one character while every occurrence goes on with it
        # (一委一办一平 → 一委一办一平台); a string still cut off after that is dropped
        # (三县一体化 of 三县一体化高质量发展)
        for step in range(2):
            after = collections.Counter()
            for _, r in runs:
                i = r.find(s)
                while i >= 0:
                    after[r[i + len(s)] if i + len(s) < len(r) else "$"] += 1
                    i = r.find(s, i + 1)
            if len(after) == 1 and "$" not in after and s not in freq:
                if step == 1:
                    s = None
                    break
                s += next(iter(after))
            else:
                break
        if s:
            numbered.add(s)
    cats["numbered"] = numbered

    # ---- bodies ----
    # a run of jieba tokens (in the sentence's own segmentation) ending in a body's word
    body_cnt, body_left = collections.Counter(), collections.defaultdict(set)
    NOT_BODY = set("新大好全格开变当残结僵政时骗赌布棋破出定危")
    for _, r in runs:
        if not any(suf in r for suf in BODY_SUFFIX):
            continue
        segs = tok.lcut(r, HMM=False)
        starts = [0]
        for w in segs:
            starts.append(starts[-1] + len(w))
        for k, w in enumerate(segs):
            if w in ("局", "厅"):
                if k == 0 or segs[k - 1][-1] in NOT_BODY or \
                        tag.get(segs[k - 1], "") in BAD_POS + ("v", "d", "a", "ad", "m", "f"):
                    continue
            elif not (w.endswith(BODY_WORD_END) or
                      (tag.get(w) == "nt" and w.endswith(BODY_SUFFIX)
                       and not w.endswith(NOT_BODY_END))):
                continue
            end = starts[k + 1]
            for j in range(k, -1, -1):
                s = r[starts[j]:end]
                if len(s) > 12:
                    break
                if j < k and tag.get(segs[j], "") in BAD_POS + ("v", "d", "a", "ad", "m", "f"):
                    break
                if len(s) >= 3 and s[0] not in EDGE:
                    body_cnt[s] += 1
                    body_left[s].add(r[starts[j] - 1] if j > 0 else "^")
    bodies = set()
    for s, n in body_cnt.items():
        if n >= 2 and (len(body_left[s]) >= 2 or "^" in body_left[s]):
            bodies.add(s)
    cats["body"] = bodies

    # ---- four-character phrases ----
    total, aligned = collections.Counter(), collections.Counter()
    files = collections.defaultdict(set)
    left = collections.defaultdict(collections.Counter)
    right = collections.defaultdict(collections.Counter)
    words = collections.Counter()
    for f, r in runs:
        if len(r) < 4:
            continue
        bounds, pos = {0}, 0
        for w in tok.cut(r, HMM=False):
            words[w] += 1
            pos += len(w)
            bounds.add(pos)
        for i in range(len(r) - 3):
            g = r[i:i + 4]
            total[g] += 1
            if i in bounds and i + 4 in bounds:
                aligned[g] += 1
                files[g].add(f)
                left[g][r[i - 1] if i > 0 else "^"] += 1
                right[g][r[i + 4] if i + 4 < len(r) else "$"] += 1

    def dominance(ctx, n):
        han = [v for k, v in ctx.items() if k not in "^$"]
        return (max(han) if han else 0) / n

    phrases = set()
    for g, n in aligned.items():
        if n < 3 or len(files[g]) < 2 or n / total[g] < 0.5:
            continue
        if g[0] in EDGE or g[-1] in EDGE:
            continue
        segs = tok.lcut(g, HMM=False)
        if len(segs) > 2 or any(len(s) < 2 for s in segs):
            continue
        if any(tag.get(s, "") in BAD_POS for s in segs):
            continue
        if len(segs) == 2 and any(tag.get(s, "") == "m" for s in segs):
            continue  # counts (十次全会, 三分之二)
        if len(segs) == 2:
            if n / min(words[segs[0]], words[segs[1]]) < 0.1:
                continue
            if len(left[g]) < 2 or len(right[g]) < 2:
                continue
            if dominance(left[g], n) >= 2 / 3 or dominance(right[g], n) >= 2 / 3:
                continue
        phrases.add(g)
    cats["phrase"] = phrases

    # ---- known misspellings ----
    wrong = set()
    for line in open(os.path.join(DATA, "slips", "common-slips.tsv"), encoding="utf-8"):
        c = line.split("\t")
        if c[0] != "wrong":
            wrong.add(c[0])
    ks = os.path.join(ROOT, "crates", "core", "assets", "check", "known-slips.tsv")
    if os.path.exists(ks):
        for line in open(ks, encoding="utf-8"):
            if not line.startswith("#"):
                wrong.add(line.split("\t")[0])

    def misspelt(term):
        if term in wrong:
            return term
        segs = tok.lcut(term, HMM=False)
        starts, pos = set(), 0
        for s in segs:
            starts.add(pos)
            pos += len(s)
        starts.add(pos)
        for w in wrong:
            i = term.find(w)
            while i >= 0:
                if i in starts and i + len(w) in starts:
                    return w
                i = term.find(w, i + 1)
        return None

    final, seen = {}, set()
    print("entries dropped:")
    for name, terms in cats.items():
        for t in sorted(terms):
            if not HAN.match(t) or len(t) < 2:
                print(f"  {t}: not a run of 2 or more Han characters ({name})")
                continue
            w = misspelt(t)
            if w:
                print(f"  {t}: holds the known misspelling {w} ({name})")
                continue
            if t not in seen:
                seen.add(t)
                final.setdefault(name, set()).add(t)
    out = sorted(seen)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for t in out:
            fh.write(t + "\n")
    print(f"\nterms.txt: {len(out)} terms")
    for name in cats:
        print(f"  {name}: {len(cats[name])} found, {len(final.get(name, ()))} new")


HEADER = """\
# Terms of official writing: policy terms, slogans, set phrases, names of bodies. One a line;
# `#` starts a comment. The slip checker takes the characters inside them as meant.
# Made by scripts/terms-lexicon.py from the 67 government work reports of the project's
# official corpus (documents of state organs, not protected by copyright, PRC Copyright Law
# art. 5): quoted terms, numbered slogans, names of bodies and recurring four-character
# phrases (checked with jieba 0.42.1's dictionary, MIT), plus a hand-written seed list of
# well-known terms. No entry is a known misspelling (common-slips.tsv, known-slips.tsv).
"""


if __name__ == "__main__":
    main()
