#!/usr/bin/env python3
"""Write crates/core/assets/check/official-trigrams.txt.gz: the three-character sequences of
Chinese characters that published government work reports use in at least two reports
(../shared/data/gov-reports/texts, documents of state organs, PRC Copyright Law art. 5). The
slip checker takes a character standing between the same two neighbours as meant: 智造走廊,
数居全国, 疏整促 are official language, not slips. Facts only (which sequences occur), sorted,
one a line, gzip-compressed; no sentence of the reports is kept.

    scripts/official-ngrams.py [TEXTS_DIR] [OUT]
"""
import glob
import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
texts = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/gov-reports/texts"
out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "crates/core/assets/check/official-trigrams.txt.gz"
support = {}
files = sorted(glob.glob(str(texts / "*.txt")))
for f in files:
    text = Path(f).read_text(encoding="utf-8")
    text = text.replace("\u200b", "").replace("\u200d", "")
    # The national texts break lines inside paragraphs where links were: rejoin them.
    if "\n\n" in text:
        text = "\n".join("".join(p.split("\n")) for p in text.split("\n\n"))
    seen = set()
    for run in re.findall(r"[\u4e00-\u9fff]+", text):
        for i in range(len(run) - 2):
            seen.add(run[i:i + 3])
    for g in seen:
        support[g] = support.get(g, 0) + 1
keep = sorted(g for g, n in support.items() if n >= 2)
with gzip.GzipFile(out, "wb", mtime=0) as fh:
    fh.write(("\n".join(keep) + "\n").encode("utf-8"))
print(f"{len(files)} reports, {len(keep)} trigrams in two or more -> {out}")
