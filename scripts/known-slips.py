#!/usr/bin/env python3
"""Write crates/core/assets/check/known-slips.tsv and known-slips-cases.tsv.

    scripts/known-slips.py [DATA]        (DATA: /work/shared/data by default)

known-slips.tsv: written forms that are wrong wherever they stand as a word, one line each:
`wrong<TAB>right<TAB>kind<TAB>source[<TAB>guards]`. kind is idiom, word or char (as in the
slips table's README); source is where the pair was learnt (common-slips, ecspell-law,
ecspell-med, brief; `+` joins several). guards (rare) use the syntax of words.tsv: `<X` not
right after X, `>X` not right before X.

Where the pairs come from:
1. DATA/slips/common-slips.tsv: every row with status ok; and the ambiguous rows whose wrong
   form jieba's dictionary holds only as an absorbed misspelling: frequency under 1/200 of the
   right form's and at most 10 (so not itself a normal word), no longer dictionary word with a
   frequency over 10 around it, not in the idiom list and no hits in the table's corpus; and the
   rows the project brief names (source BRIEF: 己经, 再接再励, 布署, 必竟, 按部就搬, 一股作气).
2. Two forms the brief names that the table lacks: 以经→已经, 在接再厉→再接再厉.
3. DATA/ecspell/law.train and med.train (never the test splits): each changed character of a
   sentence is placed in the token of the corrected sentence that holds it (jieba, dictionary
   only). When that token has 2-4 characters, the pair (written span, token) is kept only if it
   is a context-free wrong form: all Han; the wrong span is not in jieba's dictionary (or only
   as an absorbed misspelling, as in 1) and not inside a longer dictionary word; the right form
   is a dictionary word (frequency >= 20, or any frequency for 4 characters) and the only word
   of the span; the changed characters are in ECSpell's sound or shape confusion sets; the first
   and last characters are not very frequent one-character words (jieba frequency >= 20 000,
   as the table's rule); a 2-character form is not a likely join of two words (product of
   the dictionary mass of words ending in its first and starting with its second character
   under 1e-6); a 3- or 4-character form is not two dictionary words side by side; the wrong
   form does not occur in any corrected train sentence; the train data give it one fix only;
   and the form is not in the hand list EXCLUDE below (real words jieba lacks, joins of two
   words, found by reading the list).

For every pair: a pair of context-pairs.tsv (or a word pair whose change is one of its
two-character pairs, 政治权力/政治权利) is dropped; a pair whose wrong form occurs in the official corpus
DATA/gov-reports/texts/*.txt (zero-width characters removed, the national texts' broken lines
joined) is dropped and printed, except the brief's forms, which get guards that keep the
checker off every corpus hit (and off joins with common words); the script checks that no
corpus hit is left unguarded.

known-slips-cases.tsv: test sentences for the pairs most relevant to official writing (the
table's rows from the page lists, PYC, RIME and BRIEF, and the brief's own forms): three shapes
each (the wrong form opening a sentence, inside a long official-style sentence, before the
closing 。), written for this project (CASES below), not taken from any corpus.

jieba (PyPI jieba 0.42.1, MIT) supplies the dictionary: pip install jieba.
"""
import collections
import glob
import json
import os
import re
import sys

import jieba

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
OUT = os.path.join(ROOT, "crates", "core", "assets", "check")
HAN = re.compile(r"^[\u4e00-\u9fff]+$")

# Named in the project brief but missing from the table (facts: always wrong for 已经 / 再接再厉).
BRIEF_EXTRA = [("以经", "已经", "word"), ("在接再厉", "再接再厉", "idiom")]

# ECSpell forms dropped by hand after reading the list.
EXCLUDE = set(
    # real words or names that jieba lacks (直邮 direct mail, 体脂 body fat, 复访 repeat
    # petition, 混龄 mixed-age, 热服 taken hot, 职系 job series, 邻床 next bed ...)
    """直邮 河童 钟意 忍术 菜狗 主药 伊思 冠寓 陆茵 含书 早辰 临窗 体脂 厂务会议 原英 发稍
    发绿 发质 四指 复访 承单 收书 混龄 热服 照骗 煮药 特典 甚重 病轻 禁盐 私网 罚跪 职系
    软糕 轻淡 邻床 重涂 重药 饿醒 鼻眼 干尽 干脏 柴湖 停亭 辩证论治 接答 四指"""
    # joins of two words in ordinary text (音乐+馆, 支付+合同, 命令+冻结, 砍伐+力度, 宣传+交流,
    # 提供+纪检, 确保+章程, 补充+田间, 平台+盘活, 违反+单位, 自己+极力, 停止+业务, 森林+病虫害,
    # 感情+需要, 理解+合作, 保证+载重, 风险+查找, 机制+杜绝, 经常+的 ...)
    """ 西肉 工八 干毛 八流 寸民 十物 乐关 乐馆 付合 令冻 伐力 传交 传然 传移 供纪 保章 值物
    充田 冷东 切余 制杜 券证 力湿 办议 原测 反单 发律 台盘 己极 己肝 情需 折除 林病 止业
    解合 证载 边户 重裁 险查 常的领导""".split())

SOURCE_TAG = {"law": "ecspell-law", "med": "ecspell-med"}


def load_jieba():
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    freq, tag = {}, {}
    for line in open(path, encoding="utf-8"):
        p = line.split()
        if p:
            freq[p[0]] = int(p[1])
            tag[p[0]] = p[2] if len(p) > 2 else ""
    return path, freq, tag


def gov_paragraphs(data):
    """Paragraphs of the official corpus: zero-width characters dropped; national files
    (blank-line paragraphs, broken lines inside) joined within a paragraph, others per line."""
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
                out.append((os.path.basename(f), p))
    return out


def main():
    dict_path, freq, tag = load_jieba()
    words_by_len = collections.defaultdict(set)
    for w in freq:
        words_by_len[len(w)].add(w)
    inside = set()  # 2-4 character strings inside a longer dictionary word
    for w in freq:
        n = len(w)
        for a in range(n):
            for b in range(a + 2, min(n, a + 4) + 1):
                if b - a < n:
                    inside.add(w[a:b])

    def containers(form):
        return [w for w in freq if len(w) > len(form) and form in w]

    def absorbed(wrong, right):
        """Wrong form in jieba only as an absorbed misspelling (布署 2 vs 部署 3333)."""
        fw, fr = freq.get(wrong, 0), freq.get(right, 0)
        return fw <= 10 and fw * 200 < fr

    context = set()
    for line in open(os.path.join(DATA, "slips", "context-pairs.tsv"), encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if c[0] != "form_a":
            context.add((c[0], c[1]))
            context.add((c[1], c[0]))

    def context_change(wrong, right, kind):
        """A pair of context-pairs.tsv, or a word (not an idiom) whose change is one of the
        table's two-character pairs (政治权力 for 政治权利: both may be meant)."""
        if (wrong, right) in context:
            return True
        if kind == "idiom":
            return False
        for a, b in context:
            if len(a) < 2:
                continue
            for i in range(len(wrong) - len(a) + 1):
                if wrong[i:i + len(a)] == a and right[i:i + len(b)] == b and \
                        wrong[:i] == right[:i] and wrong[i + len(a):] == right[i + len(b):]:
                    return True
        return False

    # ---- 1. the slips table ----
    pairs = collections.OrderedDict()  # wrong -> dict(right, kind, sources set, guards)
    dropped = collections.Counter()
    table_rows = []
    trad_chars = {}  # wrong char -> right char of the table's char rows
    for line in open(os.path.join(DATA, "slips", "common-slips.tsv"), encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if c[0] == "wrong":
            continue
        table_rows.append(c)
        wrong, right, kind, src, status, note = c[:6]
        if kind == "char":
            for x, y in zip(wrong, right):
                if x != y:
                    trad_chars[x] = y
        brief = "BRIEF" in src.split("+")
        if status == "ok":
            pass
        elif status == "ambiguous" and brief:
            pass
        elif status == "ambiguous":
            cont = [w for w in containers(wrong) if freq[w] > 10]
            if "corpus_hits" in note or "in_idiom_list" in note or cont \
                    or (wrong in freq and not absorbed(wrong, right)):
                dropped["table-ambiguous"] += 1
                continue
        else:
            dropped["table-" + status] += 1
            continue
        pairs[wrong] = {"right": right, "kind": kind, "src": {"common-slips"},
                        "brief": brief, "table_src": src}
    for wrong, right, kind in BRIEF_EXTRA:
        if wrong not in pairs:
            pairs[wrong] = {"right": right, "kind": kind, "src": {"brief"}, "brief": True,
                            "table_src": "BRIEF"}

    # ---- 3. ECSpell train splits ----
    sound = json.load(open(os.path.join(DATA, "ecspell", "soundConfusion.json"), encoding="utf-8"))
    shape = json.load(open(os.path.join(DATA, "ecspell", "shapeConfusion.json"), encoding="utf-8"))

    def confusable(x, y):
        return x == y or y in sound.get(x, ()) or y in shape.get(x, ()) \
            or x in sound.get(y, ()) or x in shape.get(y, ())

    tok = jieba.Tokenizer(dict_path)
    tok.initialize()
    ends, starts, total = collections.Counter(), collections.Counter(), 0
    for w, f in freq.items():
        ends[w[-1]] += f
        starts[w[0]] += f
        total += f

    def two_words(form):
        n = len(form)
        for k in range(1, n):
            a, b = form[:k], form[k:]
            fa, fb = freq.get(a, 0), freq.get(b, 0)
            need = lambda s, f: f >= (100 if len(s) == 1 else 20)
            if need(a, fa) and need(b, fb):
                return True
        return False

    targets, found = [], collections.defaultdict(set)
    for name in ("law", "med"):
        path = os.path.join(DATA, "ecspell", name + ".train")
        for line in open(path, encoding="utf-8"):
            c = line.rstrip("\n").split("\t")
            if len(c) != 3 or len(c[1]) != len(c[2]):
                continue
            s, t = c[1], c[2]
            targets.append(t)
            diff = [i for i in range(len(s)) if s[i] != t[i]]
            pos = 0
            for w in tok.lcut(t, HMM=False):
                a, b = pos, pos + len(w)
                pos = b
                if 2 <= len(w) <= 4 and any(a <= i < b for i in diff):
                    found[(s[a:b], w)].add(name)
    all_targets = "\n".join(targets)
    ec_why = collections.Counter()
    ec_pairs = {}
    fixes = collections.defaultdict(set)
    for wrong, right in found:
        fixes[wrong].add(right)
    for (wrong, right), names in sorted(found.items()):
        fr = freq.get(right, 0)
        if not (HAN.match(wrong) and HAN.match(right)):
            why = "not Han"
        elif len(fixes[wrong]) > 1:
            why = "two different fixes"
        elif wrong in freq and not absorbed(wrong, right):
            why = "wrong form is a dictionary word"
        elif wrong in inside:
            why = "inside a dictionary word"
        elif fr < 20 and len(right) < 4:
            why = "right form rare"
        elif not all(confusable(x, y) for x, y in zip(wrong, right)):
            why = "not in the confusion sets"
        elif freq.get(wrong[0], 0) >= 20000 or freq.get(wrong[-1], 0) >= 20000:
            why = "frequent one-character word at an edge"
        elif len(wrong) == 2 and ends[wrong[0]] / total * starts[wrong[1]] / total >= 1e-6:
            why = "likely join of two words"
        elif len(wrong) > 2 and two_words(wrong):
            why = "two dictionary words side by side"
        elif wrong in all_targets:
            why = "in a corrected sentence"
        elif wrong in EXCLUDE:
            why = "hand list"
        else:
            why = ""
        if why:
            ec_why[why] += 1
            continue
        ec_pairs[wrong] = (right, names)
    conflicts = []
    for wrong, (right, names) in ec_pairs.items():
        tags = {SOURCE_TAG[n] for n in names}
        if wrong in pairs:
            if pairs[wrong]["right"] == right:
                pairs[wrong]["src"] |= tags
            else:
                conflicts.append((wrong, right, pairs[wrong]["right"]))
            continue
        changed = [x for x, y in zip(wrong, right) if x != y]
        if all(x in trad_chars for x in changed):
            kind = "char"
        elif len(right) == 4 and tag.get(right) == "i":
            kind = "idiom"
        else:
            kind = "word"
        pairs[wrong] = {"right": right, "kind": kind, "src": tags, "brief": False,
                        "table_src": ""}

    # ---- context pairs, the official corpus ----
    for wrong in list(pairs):
        if context_change(wrong, pairs[wrong]["right"], pairs[wrong]["kind"]):
            print(f"context pair dropped: {wrong}→{pairs[wrong]['right']}")
            del pairs[wrong]
            dropped["context-pairs"] += 1
    paras = gov_paragraphs(DATA)
    gov_hits = collections.defaultdict(list)
    for f, p in paras:
        for wrong in pairs:
            i = p.find(wrong)
            while i >= 0:
                gov_hits[wrong].append((f, p[max(0, i - 4):i + len(wrong) + 4]))
                i = p.find(wrong, i + 1)
    print(f"\npairs whose wrong form occurs in gov-reports ({len(gov_hits)}):")
    for wrong, hits in sorted(gov_hits.items()):
        e = pairs[wrong]
        ctx = " / ".join(sorted({h for _, h in hits}))[:120]
        keep = e["brief"]
        print(f"  {wrong}→{e['right']} [{'+'.join(sorted(e['src']))}] {len(hits)} hit(s): {ctx}"
              + ("  (brief form: kept with guards)" if keep else "  (dropped)"))
        if not keep:
            del pairs[wrong]
            dropped["gov-reports"] += 1
    # Guards for the brief's forms that meet the corpus: the characters before/after a hit
    # that make a word with the wrong form's edge, and the joins with common two-character
    # words (frequency >= 500) ending in its first / starting with its last character.
    for wrong, e in pairs.items():
        if wrong not in gov_hits:
            continue
        after, before = set(), set()
        for w in words_by_len[2]:
            if freq[w] >= 500 and w[1] == wrong[0]:
                after.add(w[0])
            if freq[w] >= 500 and w[0] == wrong[-1]:
                before.add(w[1])
        for f, p in paras:
            i = p.find(wrong)
            while i >= 0:
                prev = p[i - 1] if i > 0 else ""
                nxt = p[i + len(wrong)] if i + len(wrong) < len(p) else ""
                if prev and not (prev in after or nxt in before):
                    if prev + wrong[0] in freq:
                        after.add(prev)
                    elif nxt and wrong[-1] + nxt in freq:
                        before.add(nxt)
                    else:
                        after.add(prev)
                i = p.find(wrong, i + 1)
        e["guards"] = "|".join(["<" + x for x in sorted(after)] + [">" + x for x in sorted(before)])
        left = 0
        for f, p in paras:
            i = p.find(wrong)
            while i >= 0:
                prev = p[i - 1] if i > 0 else ""
                nxt = p[i + len(wrong)] if i + len(wrong) < len(p) else ""
                if not (prev in after or nxt in before):
                    left += 1
                i = p.find(wrong, i + 1)
        assert left == 0, wrong
        print(f"  guards for {wrong}: {len(after)} before, {len(before)} after, no corpus hit left")
    if conflicts:
        print("\nECSpell pairs dropped, the table gives another fix:",
              " ".join(f"{w}→{r}(table {t})" for w, r, t in conflicts))

    # ---- write known-slips.tsv ----
    order = {"idiom": 0, "word": 1, "char": 2}
    rows = sorted(pairs.items(), key=lambda kv: (order[kv[1]["kind"]], kv[0]))
    with open(os.path.join(OUT, "known-slips.tsv"), "w", encoding="utf-8") as out:
        out.write(HEADER)
        for wrong, e in rows:
            cols = [wrong, e["right"], e["kind"], "+".join(sorted(e["src"]))]
            if e.get("guards"):
                cols.append(e["guards"])
            out.write("\t".join(cols) + "\n")

    print(f"\nknown-slips.tsv: {len(rows)} pairs")
    by = collections.Counter((e["kind"], "+".join(sorted(e["src"]))) for _, e in rows)
    for kind in ("idiom", "word", "char"):
        n = sum(v for (k, _), v in by.items() if k == kind)
        detail = ", ".join(f"{s} {v}" for (k, s), v in sorted(by.items()) if k == kind)
        print(f"  {kind}: {n} ({detail})")
    src_count = collections.Counter(s for _, e in rows for s in e["src"])
    print("  by source:", ", ".join(f"{s} {n}" for s, n in sorted(src_count.items())))
    print("  dropped:", dict(dropped))
    print("  ECSpell candidates dropped:", dict(ec_why))

    # ---- cases ----
    relevant = [w for w, e in rows
                if e["brief"] or re.search(r"YWJZ100|WENGAO|BRIEF|SIGNS|PYC|RIME|BUSHU|YIJING",
                                           e["table_src"])]
    missing = [w for w in relevant if w not in CASES]
    extra = [w for w in CASES if w not in pairs]
    assert not missing, f"no cases for {missing}"
    assert not extra, f"cases for pairs not in the list: {extra}"
    n = 0
    with open(os.path.join(OUT, "known-slips-cases.tsv"), "w", encoding="utf-8") as out:
        out.write(CASES_HEADER)
        for wrong in relevant:
            shapes = CASES[wrong]
            assert len(shapes) == 3, wrong
            start, middle, end = shapes
            assert start.startswith(wrong), start
            assert wrong in middle[1:-len(wrong) - 1], middle
            assert end.endswith(wrong + "。"), end
            for s in shapes:
                assert s.count(wrong) == 1, s
                out.write(f"{wrong}\t{pairs[wrong]['right']}\t{s}\n")
                n += 1
    print(f"known-slips-cases.tsv: {len(relevant)} pairs, {n} sentences")


HEADER = """\
# Known slips: written forms that are wrong wherever they stand as a word.
# wrong<TAB>right<TAB>kind<TAB>source[<TAB>guards]. Made by scripts/known-slips.py; do not edit.
# kind: idiom (the right form is an idiom), word, char (a traditional or variant character in a
# simplified word). guards (only on a few brief forms that meet the official corpus, e.g. 以经济,
# 悦己经济), as in words.tsv: <X not right after X, >X not right before X.
# source:
#  common-slips: the 公文常见错别字 table (rows with status ok, and ambiguous rows whose wrong form
#    jieba holds only as an absorbed misspelling, at most 10 and under 1/200 of the right form).
#    Facts only (which form is wrong, which is right), gathered from: yongzhuo/macro-correct
#    confusion_dict.json (Apache-2.0), shibing624/pycorrector custom_confusion.txt (Apache-2.0),
#    iDvel/rime-ice corrector.lua (GPL-3.0; three facts only, no code), and public lists of
#    common misspellings (《咬文嚼字》's 100 common misspellings, a shop-sign list, 部署/布署 and
#    己经 pages, 仇学善's article on easily confused words in drafting); see the table's SOURCES.md.
#  ecspell-law, ecspell-med: slips in the ECSpell legal and medical train splits
#    (https://github.com/aopolin-lv/ECSpell, MIT License, Copyright (c) 2022 Aopolin-Lv), kept
#    only where the wrong span is no word of jieba's dictionary and cannot be a join of words.
#  brief: two forms the project brief names that the table lacks (以经, 在接再厉); facts.
# Checked with jieba 0.42.1's dictionary (MIT). No pair's wrong form occurs in the 67 government
# work reports of the project's official corpus, except where its guards hold.
"""

CASES_HEADER = """\
# Test sentences for known-slips.tsv: wrong<TAB>right<TAB>sentence. Each pair most relevant to
# official writing has three: the wrong form opening the sentence, inside a long sentence,
# before the final 。. Written for this project (scripts/known-slips.py); public domain.
"""

# Three sentences per pair: opening, middle, end. Written for this project.
CASES = {
    # idioms
    "一如继往": [
        "一如继往地抓好安全生产工作，是全局上下的共同责任。",
        "新的一年，我们将按照年初确定的目标任务，一如继往地推进重点项目建设和民生实事落实。",
        "对基层群众反映的困难和诉求，我局的态度一如继往。",
    ],
    "一年之季在于春": [
        "一年之季在于春，各乡镇要抓紧做好春耕备耕各项准备。",
        "俗话说一年之季在于春，全县农业农村系统要在开局阶段把各项工作谋划好、部署好。",
        "开局就是决战，农时不等人，正所谓一年之季在于春。",
    ],
    "一愁莫展": [
        "一愁莫展的局面在驻村工作队进驻后得到了根本扭转。",
        "面对资金短缺的困难，我们没有等靠要、更没有一愁莫展，而是主动对接上级部门争取专项支持。",
        "过去遇到这类复杂信访问题，很多同志往往一愁莫展。",
    ],
    "一股作气": [
        "一股作气完成了全部老旧小区改造任务。",
        "项目建设指挥部抓住有利天气，一股作气完成主体结构施工，为年底竣工验收打下坚实基础。",
        "各攻坚小组要鼓足干劲、一股作气。",
    ],
    "一诺千斤": [
        "一诺千斤是我们兑现民生承诺的基本态度。",
        "对向社会公开承诺的十件民生实事，区政府坚持一诺千斤，逐项明确责任单位和完成时限。",
        "对群众作出的承诺必须兑现，做到一诺千斤。",
    ],
    "不径而走": [
        "不径而走的消息给项目推进工作带来了不少干扰。",
        "由于宣传口径没有及时统一，未经核实的情况在网上不径而走，相关部门随即发布了权威说明。",
        "考核结果尚未公布，相关传言却已经不径而走。",
    ],
    "不落巢臼": [
        "不落巢臼的工作思路让这次主题活动收到了良好效果。",
        "今年的宣传方案立足本地实际、不落巢臼，采取群众喜闻乐见的形式讲好发展故事。",
        "这份调研报告观点鲜明，写法也不落巢臼。",
    ],
    "世外桃园": [
        "世外桃园般的生态环境是我县发展全域旅游的最大优势。",
        "经过三年的综合整治，这个昔日的垃圾场变成了群众口中的世外桃园，周边土地价值明显提升。",
        "不少游客称赞这里是一处世外桃园。",
    ],
    "严历打击": [
        "严历打击各类电信网络诈骗犯罪，全年破获案件一百二十起。",
        "公安机关坚持露头就打，依法严历打击黄赌毒等违法犯罪活动，社会治安形势持续向好。",
        "对破坏生态环境的违法行为，必须依法严历打击。",
    ],
    "兴高彩列": [
        "兴高彩列的村民们早早来到广场观看文艺汇演。",
        "新社区交房当天，搬迁群众兴高彩列地领取钥匙，街道工作人员全程提供帮办服务。",
        "看到新修的道路通到家门口，乡亲们个个兴高彩列。",
    ],
    "出奇不意": [
        "出奇不意的突击检查发现了多处消防安全隐患。",
        "执法大队采取出奇不意的夜查方式，对辖区内的非法营运车辆进行了集中整治。",
        "这次暗访检查的时间和路线都安排得出奇不意。",
    ],
    "声名雀起": [
        "声名雀起的特色小镇吸引了大批游客前来观光。",
        "依托非遗资源打造的文旅品牌近年来声名雀起，带动了周边一千多户群众增收致富。",
        "这个传统手工艺品牌凭借过硬的品质声名雀起。",
    ],
    "天翻地复": [
        "天翻地复的变化让返乡的老人们感慨万千。",
        "十年来，全县城乡面貌发生了天翻地复的变化，人民群众的获得感、幸福感不断增强。",
        "改革开放以来，这片土地的面貌可谓天翻地复。",
    ],
    "床第之私": [
        "床第之私不应成为公开报道的内容。",
        "新闻发布工作要依法保护当事人隐私，对涉及床第之私的细节一律不予披露。",
        "调查报告只陈述事实，不涉及当事人的床第之私。",
    ],
    "按耐不住": [
        "按耐不住激动心情的获奖代表在发言中几度哽咽。",
        "听到项目获批的消息，参与前期论证的同志们按耐不住喜悦，纷纷表示要把工作干得更好。",
        "听到这个好消息，大家都有些按耐不住。",
    ],
    "按部就搬": [
        "按部就搬的工作方式已经不能适应新形势新任务的要求。",
        "面对突发的防汛形势，各级干部不能按部就搬、坐等指示，而要主动靠前、及时处置。",
        "改革创新要敢闯敢试，不能一味按部就搬。",
    ],
    "有持无恐": [
        "有持无恐的违法排污企业终于受到了应有的处罚。",
        "个别企业仗着自己是纳税大户有持无恐，拒不整改，环保部门依法对其实施了按日连续处罚。",
        "必须加大执法力度，决不能让违法者有持无恐。",
    ],
    "死皮癞脸": [
        "死皮癞脸拖欠农民工工资的行为必须依法惩治。",
        "对那些死皮癞脸拒不支付工程款的失信企业，要纳入联合惩戒名单并向社会公开。",
        "个别失信被执行人面对执行干警仍然死皮癞脸。",
    ],
    "殆害无穷": [
        "殆害无穷的非法采砂行为必须坚决予以制止。",
        "如果任由违规围垦占用河道，必将殆害无穷，各地要立即开展拉网式排查整治。",
        "生态环境一旦遭到破坏，往往殆害无穷。",
    ],
    "滥芋充数": [
        "滥芋充数的现象在个别评审专家队伍中仍然存在。",
        "在干部选拔任用中要严把人选关口，坚决防止能力平庸者滥芋充数、占据重要岗位。",
        "专家库要动态调整，绝不允许有人滥芋充数。",
    ],
    "灸手可热": [
        "灸手可热的新能源产业成为全市招商引资的重点方向。",
        "随着数字经济快速发展，数据标注、算力服务等岗位在人才市场上灸手可热，相关专业毕业生供不应求。",
        "今年高校毕业生中，智能制造专业人才灸手可热。",
    ],
    "烩炙人口": [
        "烩炙人口的红色歌曲在演出现场引起了观众的强烈共鸣。",
        "这部由本地作者创作、反映脱贫攻坚历程的作品烩炙人口，已在全省各地巡演五十余场。",
        "这首描写家乡变化的歌曲早已烩炙人口。",
    ],
    "穿流不息": [
        "穿流不息的车辆见证了开发区的繁荣发展。",
        "新建成的物流园区内货车穿流不息，日均吞吐量比去年同期增长了三成以上。",
        "节日期间，步行街上游客穿流不息。",
    ],
    "自抱自弃": [
        "自抱自弃的思想在少数帮扶对象身上仍然存在。",
        "驻村干部通过技能培训和产业帮扶，帮助一些曾经自抱自弃的群众重新树立了生活信心。",
        "对暂时遇到困难的群众，我们要多鼓励，防止其自抱自弃。",
    ],
    "草管人命": [
        "草管人命的非法行医行为必须受到法律严惩。",
        "卫生健康部门联合公安机关开展专项行动，严厉打击草管人命的无证行医和非法诊所。",
        "对医疗安全的任何疏忽都可能酿成草管人命。",
    ],
    "蛛丝蚂迹": [
        "蛛丝蚂迹也不能放过，这是审计人员的基本要求。",
        "纪检监察干部从一笔笔资金往来的蛛丝蚂迹入手，最终查清了这起侵占扶贫资金的案件。",
        "办案人员不放过任何一个蛛丝蚂迹。",
    ],
    "言简意骇": [
        "言简意骇是公文写作的基本要求。",
        "各单位报送的工作信息要做到观点鲜明、数据准确、言简意骇，篇幅一般不超过两千字。",
        "这份情况通报写得言简意骇。",
    ],
    "默守成规": [
        "默守成规的思维定势严重制约了改革创新。",
        "各级领导干部要解放思想、与时俱进，决不能默守成规、因循守旧，坐失发展良机。",
        "面对新情况新问题，我们不能默守成规。",
    ],
    "鼎立相助": [
        "鼎立相助的兄弟单位为我们顺利完成任务提供了有力保障。",
        "在抗洪抢险的关键时刻，驻地部队和周边县市鼎立相助，帮助我县迅速恢复了生产生活秩序。",
        "衷心感谢社会各界对我市教育事业的鼎立相助。",
    ],
    "再接再励": [
        "再接再励，奋力开创全县高质量发展新局面。",
        "希望受表彰的先进集体和个人珍惜荣誉、再接再励，在新的岗位上作出更大贡献。",
        "全体干部职工要戒骄戒躁，再接再励。",
    ],
    "在接再厉": [
        "在接再厉，确保明年各项指标再上新台阶。",
        "我们将以此次考核获得优秀等次为新的起点，在接再厉，推动各项工作再上新台阶。",
        "成绩属于过去，我们还要在接再厉。",
    ],
    # words
    "一阙": [
        "一阙新词在纪念活动上由青年代表朗诵。",
        "文化馆组织本地作者为古城申遗创作诗词，其中一阙描写运河风光的作品获得一等奖。",
        "纪念大会上，一位老同志即兴填词一阙。",
    ],
    "亲睐": [
        "亲睐我市营商环境的外资企业数量逐年增加。",
        "凭借完善的产业配套和高效的政务服务，开发区越来越受到国内外优质企业的亲睐，全年新签约项目六十个。",
        "我县生产的有机大米深受消费者亲睐。",
    ],
    "仃车": [
        "仃车难问题是本次民生实事的重点内容之一。",
        "今年我们新建公共仃车泊位三千余个，有效缓解了老城区群众反映强烈的停车难问题。",
        "机关大院内的车辆要按照划定的区域仃车。",
    ],
    "侯车室": [
        "侯车室的改造工程已于九月底全部完工。",
        "县交通运输局对汽车客运站侯车室进行了适老化改造，增设了爱心座椅和无障碍通道。",
        "春运期间，志愿者全天候服务在车站侯车室。",
    ],
    "修茸": [
        "修茸一新的革命旧址已正式对外开放。",
        "文物部门筹措专项资金，对辖区内十二处县级文物保护单位进行了修茸和环境整治。",
        "这座始建于清代的古戏台去年得到全面修茸。",
    ],
    "入场卷": [
        "入场卷由各参展单位统一到组委会办公室领取。",
        "为保障博览会安全有序，组委会实行实名制管理，参会人员须凭本人身份证和入场卷进入展馆。",
        "请各代表团在报到时领取会议证件和入场卷。",
    ],
    "兰天白云": [
        "兰天白云已经成为我市的生态名片。",
        "通过持续开展大气污染防治攻坚，全年空气质量优良天数达到三百二十天，兰天白云成为常态。",
        "让群众抬头就能看见兰天白云。",
    ],
    "兰球": [
        "兰球、排球等场地在社区全民健身中心全部免费开放。",
        "区教育局统筹体育经费，为全区中小学新建了一批标准化兰球场和塑胶跑道。",
        "他的业余爱好是打兰球。",
    ],
    "凭添": [
        "凭添的各类检查考核给基层干部带来了不小负担。",
        "一些地方层层加码、重复填表，给基层凭添了许多不必要的负担，必须坚决予以纠正。",
        "文中“平添”一词被误写成了凭添。",
    ],
    "化学成份": [
        "化学成份检测由具备资质的第三方机构负责。",
        "市场监管部门对抽检的食品进行了化学成份分析，发现不合格产品后及时下架并依法处理。",
        "这份检测报告列出了该产品的全部化学成份。",
    ],
    "另售": [
        "另售企业的经营状况是消费市场的晴雨表。",
        "全年社会消费品另售总额突破八百亿元，比上年增长百分之六点五，消费对经济增长的拉动作用进一步增强。",
        "该企业的主营业务是日用百货的批发和另售。",
    ],
    "坐阵": [
        "坐阵指挥的县委主要领导连续三天没有离开抢险一线。",
        "在森林防火的关键时期，各乡镇主要负责同志要亲自坐阵，确保出现火情能第一时间处置。",
        "防汛期间，各级领导干部要在岗在位、靠前坐阵。",
    ],
    "打腊": [
        "打腊、抛光等工序已全部实现自动化作业。",
        "这家汽车美容企业在环保改造后，把洗车打腊产生的废水全部纳入循环处理系统。",
        "执法人员发现部分门店违规在人行道上为车辆打腊。",
    ],
    "按耐": [
        "按耐住急躁情绪，耐心做好群众的解释工作。",
        "面对部分群众的过激言辞，信访干部始终按耐情绪、耐心倾听，最终妥善化解了矛盾。",
        "稿件中的“按捺”不能写作按耐。",
    ],
    "按装": [
        "按装电梯是老旧小区改造中群众呼声最高的项目。",
        "今年全区为二百个老旧小区按装了电动自行车充电设施，从源头上减少了火灾隐患。",
        "所有新建住宅都必须同步设计和按装。",
    ],
    "曾今": [
        "曾今的贫困村如今已经成为远近闻名的旅游村。",
        "这片曾今污水横流的河道，经过三年综合治理，已经成为市民休闲健身的好去处。",
        "稿件里的“曾经”，有一处被误写成了曾今。",
    ],
    "杀戳": [
        "杀戳野生动物的违法行为必须依法严惩。",
        "森林公安机关对非法猎捕、杀戳国家重点保护野生动物的犯罪分子依法追究刑事责任。",
        "保护区内严禁任何形式的捕猎和杀戳。",
    ],
    "欣尝": [
        "欣尝优秀传统文化节目成为社区居民的周末选择。",
        "文化惠民工程让基层群众在家门口就能欣尝到高水平的戏曲演出和书画展览。",
        "这批非遗作品值得大家驻足欣尝。",
    ],
    "欲妄": [
        "欲妄的膨胀是一些领导干部走向违纪违法的根源。",
        "警示教育大会通报的典型案例表明，个人欲妄一旦失去约束，就可能滑向腐败的深渊。",
        "党员干部要严以修身，自觉克制个人欲妄。",
    ],
    "泄药": [
        "泄药等处方药品不得在网上违规销售。",
        "药监部门在专项检查中发现，个别药店未按规定凭处方销售泄药，已依法责令整改。",
        "医生提醒，老年人不要随意服用泄药。",
    ],
    "泊来品": [
        "泊来品一度占据国内高端装备市场的主要份额。",
        "随着自主研发能力不断增强，过去依赖进口的泊来品正在被我省生产的精密仪器逐步替代。",
        "这项管理方法并不是简单照搬的泊来品。",
    ],
    "满头大汉": [
        "满头大汉的抢修工人们连续奋战了十几个小时。",
        "在高温天气下，社区干部满头大汉地挨家挨户走访独居老人，送去防暑降温物品。",
        "烈日下坚守岗位的交警个个满头大汉。",
    ],
    "痉孪": [
        "痉孪等急症的现场处置方法已纳入急救培训内容。",
        "卫生院医生在巡诊中发现一名老人突发痉孪，立即进行现场处置并联系上级医院转诊。",
        "这名运动员在比赛中出现了肌肉痉孪。",
    ],
    "脉博": [
        "脉博、血压等基础指标由家庭医生定期上门检测。",
        "我们在全市推广智能健康监测设备，能够实时采集独居老人的脉博和血压等数据。",
        "急救人员赶到时，伤者已经没有脉博。",
    ],
    "脏款": [
        "脏款已全部追缴并上缴国库。",
        "纪检监察机关加大追逃追赃力度，全年追回外逃人员二十三名，追缴脏款一点二亿元。",
        "办案组最终追回了全部脏款。",
    ],
    "蜇伏": [
        "蜇伏多年的技术团队终于取得了关键性突破。",
        "一些企业在行业低谷期选择蜇伏积累，持续加大研发投入，为后续发展储备了核心技术。",
        "冬季来临，许多昆虫开始蜇伏。",
    ],
    "装祯": [
        "装祯精美的地方志书已赠送各级档案馆收藏。",
        "县史志办组织编纂的新版县志内容翔实、装祯考究，被评为全省优秀地方志成果。",
        "这套丛书获奖的原因之一是考究的装祯。",
    ],
    "迁徒": [
        "迁徒的候鸟每年都会在这片湿地停留越冬。",
        "湿地保护区加强巡护监测，为数万只越冬迁徒的候鸟营造了安全的栖息环境。",
        "每到秋季，这里都能看到大批候鸟迁徒。",
    ],
    "部置": [
        "部置会场的工作由办公室统一负责。",
        "为确保会议顺利召开，会务组提前一天完成了主会场和各分会场的部置和设备调试。",
        "各分会场要按照统一要求做好会场部置。",
    ],
    "针贬": [
        "针贬时弊的建议为我们改进工作提供了有益参考。",
        "政协委员们深入基层开展调研，所提建议针贬时弊、切中要害，得到了相关部门的高度重视。",
        "这篇评论文章对形式主义的种种表现进行了针贬。",
    ],
    "鸡旦": [
        "鸡旦、蔬菜等重要民生商品价格保持基本稳定。",
        "商务部门加强市场监测，确保节日期间粮油、肉类、鸡旦等生活必需品供应充足、价格平稳。",
        "市场监测数据显示，本周价格回落的商品主要是鸡旦。",
    ],
    "己经": [
        "己经完成的项目要及时组织验收并移交使用。",
        "截至十一月底，全县四十个重点项目中己经有三十六个开工建设，完成年度投资计划的九成。",
        "校对发现，材料第三页的“已经”被误写成了己经。",
    ],
    "以经": [
        "以经开工的项目要加快建设进度，确保按期投产。",
        "经过全体干部职工的共同努力，我局以经圆满完成了全年各项目标任务。",
        "校对时发现，文中有两处“已经”被误写成了以经。",
    ],
    "布署": [
        "布署今年的重点工作是这次全会的主要议程之一。",
        "县委常委会专门召开会议，对全县安全生产大检查工作进行了研究布署，明确了责任分工和时间节点。",
        "各项任务都要按照市委市政府的要求抓好落实，不折不扣完成上级布署。",
    ],
    "必竟": [
        "必竟发展是解决一切问题的基础和关键。",
        "虽然今年各项指标完成得较好，但必竟基础还不牢固，我们绝不能有丝毫松懈。",
        "审稿时要注意，“毕竟”不能写成必竟。",
    ],
    "尤如": [
        "尤如一张名片，良好的营商环境是吸引投资的关键。",
        "坚强有力的基层党组织尤如一座座战斗堡垒，在抗洪抢险中发挥了重要作用。",
        "公文中表示比喻的“犹如”，不能写作尤如。",
    ],
    "防碍": [
        "防碍公务的行为将依法追究法律责任。",
        "对在疫情防控中故意隐瞒行程、防碍防控措施落实的人员，公安机关依法予以处理。",
        "任何单位和个人都不得对执法人员依法履职进行防碍。",
    ],
    "追朔": [
        "追朔产品来源是食品安全监管的重要手段。",
        "我市建成农产品质量安全追朔平台，实现了主要农产品从田间到餐桌的全程可查询。",
        "所有进口冷链食品都必须做到来源可追朔。",
    ],
    "弦律": [
        "弦律优美的原创歌曲在全市群众文艺汇演中获得一等奖。",
        "这台晚会以本地民歌的弦律为基调，生动展现了新时代乡村振兴的美好图景。",
        "演出结束后，观众们仍在哼唱那熟悉的弦律。",
    ],
    "沉缅": [
        "沉缅于网络游戏的青少年需要家庭和学校共同引导。",
        "个别党员干部沉缅于吃喝玩乐，最终走上违纪违法道路，教训十分深刻。",
        "领导干部要培养健康的生活情趣，决不能贪图享乐、玩物沉缅。",
    ],
    "编篡": [
        "编篡工作由县地方志办公室牵头负责。",
        "第二轮市志编篡工作历时五年，共收录各类资料三百余万字，填补了多项历史空白。",
        "这部年鉴的资料收集已经完成，目前正在抓紧编篡。",
    ],
    "幅射": [
        "幅射带动作用明显增强，中心城区对周边县市的引领力不断提升。",
        "我们要充分发挥国家级开发区的幅射作用，带动周边园区共同发展壮大。",
        "通信基站选址要尽量减少对居民区的电磁幅射。",
    ],
}


if __name__ == "__main__":
    main()
