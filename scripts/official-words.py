#!/usr/bin/env python3
"""Write crates/core/assets/check/official-words.txt.gz: the words of two or three Chinese
characters that published government work reports use in at least two reports
(../shared/data/gov-reports/texts, documents of state organs, PRC Copyright Law art. 5), as
jieba cuts their sentences with its HMM for words it does not know (兜底, 研学, 时艰, 增信,
智造). The slip checker takes such a word as meant where it stands in a text: official
language, not a slip. Words jieba's dictionary already holds as frequent (1 100 or more, the
checker's own "settled" bar) and four-character words (settled by length) are left out, and
so is every wrong form of ../shared/data/slips/common-slips.tsv and of
crates/core/assets/check/known-slips.tsv. Facts only (which words occur), sorted, one a line,
gzip-compressed; no sentence of the reports is kept.

    scripts/official-words.py [TEXTS_DIR] [OUT]
    scripts/official-words.py --held-out FINDINGS [TEXTS_DIR]

--held-out estimates how the list does on reports it did not learn from: FINDINGS is the
wrong-character findings of the checker without the list, one a line as
tests/core/official_corpus.rs prints them ("<file>: <Rule> <found> → …"); a finding counts as
taken away when its found text is a word of at least two *other* reports (leave one report
out). jieba (PyPI jieba 0.42.1, MIT): pip install jieba.
"""
import collections
import gzip
import re
import sys
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared/data"
SETTLED = 1100


def texts_of(folder):
    for f in sorted(Path(folder).glob("*.txt")):
        text = f.read_text(encoding="utf-8").replace("\u200b", "").replace("\u200d", "")
        # The national texts break lines inside paragraphs where links were: rejoin them.
        if "\n\n" in text:
            text = "\n".join("".join(p.split("\n")) for p in text.split("\n\n"))
        yield f.name, text


def reports_of_each_word(folder):
    jieba.setLogLevel(60)
    where = collections.defaultdict(set)
    for name, text in texts_of(folder):
        for run in re.findall(r"[\u4e00-\u9fff]+", text):
            for w in jieba.cut(run, HMM=True):
                if 2 <= len(w) <= 3:
                    where[w].add(name)
    return where


def wrong_forms():
    out = set()
    common = DATA / "slips/common-slips.tsv"
    if common.exists():
        for line in common.read_text(encoding="utf-8").splitlines()[1:]:
            out.add(line.split("\t")[0])
    for line in (ROOT / "crates/core/assets/check/known-slips.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.add(line.split("\t")[0])
    return out


def dictionary():
    freq = {}
    with gzip.open(ROOT / "crates/core/assets/check/dict/words.txt.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            p = line.split()
            if len(p) >= 2 and p[1].isdigit():
                freq[p[0]] = int(p[1])
    return freq


def main():
    args = sys.argv[1:]
    if args and args[0] == "--held-out":
        findings = Path(args[1])
        folder = Path(args[2]) if len(args) > 2 else DATA / "gov-reports/texts"
        where = reports_of_each_word(folder)
        total, taken, left = 0, 0, collections.Counter()
        for line in findings.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^(\S+\.txt): (\w+) (\S+) → ", line)
            if not m:
                continue
            name, _, found = m.groups()
            total += 1
            if len(where.get(found, set()) - {name}) >= 2:
                taken += 1
            else:
                left[found] += 1
        print(f"{total} findings; {taken} taken away by words of two or more other reports; {total - taken} left")
        print("most left:", " ".join(f"{w}×{n}" for w, n in left.most_common(30)))
        return
    folder = Path(args[0]) if args else DATA / "gov-reports/texts"
    out = Path(args[1]) if len(args) > 1 else ROOT / "crates/core/assets/check/official-words.txt.gz"
    where = reports_of_each_word(folder)
    freq, wrong = dictionary(), wrong_forms()
    keep = sorted(
        w for w, files in where.items()
        if len(files) >= 2 and freq.get(w, 0) < SETTLED and w not in wrong
    )
    with gzip.GzipFile(out, "wb", mtime=0) as fh:
        fh.write(("\n".join(keep) + "\n").encode("utf-8"))
    print(f"{len(keep)} words of two or more reports -> {out}")


if __name__ == "__main__":
    main()
