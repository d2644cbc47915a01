#!/usr/bin/env python3
"""Build the character-slip model of src/check/slips.rs from the ECSpell data (issue 25).

    scripts/ecspell-model.py ../shared/data/ecspell crates/core/assets/check/slips

Reads only the train splits (law.train, med.train) and the two confusion sets, and writes:
- confusion.tsv: character, then the characters that sound alike, then those that look alike
  (from soundConfusion.json / shapeConfusion.json), keeping only candidates that are common
  characters (a single-character word of jieba's dictionary with frequency >= 50);
- bigrams.tsv: counts of character pairs in the corrected train sentences (^ and $ mark the
  ends), and unigrams.tsv, counts of single characters; no sentence is kept;
- pairs.tsv: wrong and right character of each slip in the train splits (right ones common
  characters only), with its count.
The test splits are never read.
"""
import collections, glob, json, os, sys

src, dst = sys.argv[1], sys.argv[2]
dict_path = sys.argv[3] if len(sys.argv) > 3 else glob.glob(
    os.path.expanduser('~/.cargo/registry/src/*/jieba-rs-0.11.0/src/data/dict.txt'))[0]
freq = {}
for line in open(dict_path, encoding='utf-8'):
    p = line.split()
    if len(p[0]) == 1:
        freq[p[0]] = int(p[1])
common = lambda c: freq.get(c, 0) >= 50
sound = json.load(open(os.path.join(src, 'soundConfusion.json'), encoding='utf-8'))
shape = json.load(open(os.path.join(src, 'shapeConfusion.json'), encoding='utf-8'))
with open(os.path.join(dst, 'confusion.tsv'), 'w', encoding='utf-8') as out:
    out.write('# ECSpell confusion sets (MIT, see NOTICE): char, sound-alike, shape-alike\n')
    for c in sorted(set(sound) | set(shape)):
        s = ''.join(x for x in sound.get(c, []) if x != c and common(x))
        h = ''.join(x for x in shape.get(c, []) if x != c and common(x) and x not in s)
        if s or h:
            out.write(f'{c}\t{s}\t{h}\n')
bi, uni, pairs = collections.Counter(), collections.Counter(), collections.Counter()
for name in ('law.train', 'med.train'):
    for line in open(os.path.join(src, name), encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        if len(cols) != 3 or len(cols[1]) != len(cols[2]):
            continue
        for a, b in zip(cols[1], cols[2]):
            if a != b:
                pairs[(a, b)] += 1
        s = '^' + cols[2] + '$'
        for a, b in zip(s, s[1:]):
            bi[a + b] += 1
        for a in s:
            uni[a] += 1
with open(os.path.join(dst, 'bigrams.tsv'), 'w', encoding='utf-8') as out:
    for k, n in sorted(bi.items()):
        if '\t' not in k and '\n' not in k:
            out.write(f'{k}\t{n}\n')
with open(os.path.join(dst, 'unigrams.tsv'), 'w', encoding='utf-8') as out:
    for k, n in sorted(uni.items()):
        if k not in '\t\n':
            out.write(f'{k}\t{n}\n')
with open(os.path.join(dst, 'pairs.tsv'), 'w', encoding='utf-8') as out:
    for (a, b), n in sorted(pairs.items()):
        if common(b):
            out.write(f'{a}\t{b}\t{n}\n')
