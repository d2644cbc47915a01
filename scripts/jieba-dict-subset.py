#!/usr/bin/env python3
"""Write crates/core/assets/check/dict/words.txt.gz: the part of jieba's dictionary the checker loads.

jieba's full dictionary (349 046 words, in the jieba-rs crate) takes about 30 MB once loaded
(its trie's table alone 16.8 MB, and the crate keeps the decompressed text). About 200 000 of
its words have the lowest frequencies it gives (1–3), most of them rare names, nouns and
numbers of three or more characters that official prose does not use. Kept here:

  - every word of one or two characters;
  - every word of four characters: the set phrases of official prose (依法治国, 贯彻落实) are
    among jieba's rarest entries, and the slip check takes the characters inside a
    four-character word as meant;
  - every word with a frequency of 4 or more;
  - the rare idioms and set phrases of other lengths (tags i and l).

That is about 271 000 words, whose trie (380 000 nodes) still fits the next smaller table
(8.4 MB; 393 216 nodes at most). The lines are jieba's own (`word freq tag`), in its order,
gzip-compressed (no name, no time: the same bytes every run): the program holds 1.5 MB of it
instead of 3.9 MB of text, and reads it through the decompressor once.

Usage: scripts/jieba-dict-subset.py [path/to/jieba-rs/src/data/dict.txt]
(by default the dict.txt of the jieba-rs version in Cargo.lock, in cargo's registry).
"""
import glob
import gzip
import io
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def registry_dict():
    lock = open(os.path.join(ROOT, "Cargo.lock"), encoding="utf-8").read()
    m = re.search(r'name = "jieba-rs"\nversion = "([^"]+)"', lock)
    if not m:
        sys.exit("jieba-rs is not in Cargo.lock")
    home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
    found = glob.glob(f"{home}/registry/src/*/jieba-rs-{m.group(1)}/src/data/dict.txt")
    if not found:
        sys.exit(f"jieba-rs {m.group(1)} is not in cargo's registry: run cargo fetch first")
    return found[0]


def keep(word, freq, tag):
    return len(word) <= 2 or len(word) == 4 or freq >= 4 or tag in ("i", "l")


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else registry_dict()
    out_path = os.path.join(ROOT, "assets", "check", "dict", "words.txt.gz")
    kept = total = 0
    out = io.StringIO()
    with open(source, encoding="utf-8") as src:
        for line in src:
            cols = line.split()
            if not cols:
                continue
            total += 1
            freq = int(cols[1]) if len(cols) > 1 else 0
            tag = cols[2] if len(cols) > 2 else ""
            if keep(cols[0], freq, tag):
                out.write(" ".join(cols) + "\n")
                kept += 1
    with open(out_path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(out.getvalue().encode("utf-8"))
    print(f"{out_path}: {kept} of {total} words")


main()
