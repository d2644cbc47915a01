#!/usr/bin/python3
"""Test faces for the Wine prefix that carry the Windows names of the 公文 fonts.

A Windows office PC has FangSong (simfang.ttf), KaiTi (simkai.ttf), SimHei (simhei.ttf) and
SimSun (simsun.ttc); they cannot be redistributed, so the Windows tests get Noto CJK faces
(SIL Open Font License) subset to GB2312 and renamed to those families, in English and Chinese,
under those file names. The app must then find each 公文 role by its Windows name.

Usage: windows-fonts.py FONTS_DIR
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

NOTO = Path("/usr/share/fonts/opentype/noto")
SC_FACE = 2  # JP, KR, SC, TC, HK in Noto CJK's collections

# file name, English family, Chinese family, source collection
FACES = [
    ("simfang.ttf", "FangSong", "仿宋", "NotoSerifCJK-Regular.ttc"),
    ("simkai.ttf", "KaiTi", "楷体", "NotoSerifCJK-Regular.ttc"),
    ("simhei.ttf", "SimHei", "黑体", "NotoSansCJK-Regular.ttc"),
    ("simsun.ttf", "SimSun", "宋体", "NotoSerifCJK-Regular.ttc"),
]


def gb2312_text():
    chars = [chr(c) for c in range(0x20, 0x7F)]
    for c in range(0x3000, 0xA000):
        ch = chr(c)
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        chars.append(ch)
    chars += [chr(c) for c in range(0xFF01, 0xFF5F)]
    return "".join(chars)


def rename(font, family, chinese):
    name = font["name"]
    ps = family.replace(" ", "")
    for lang, fam in ((0x409, family), (0x804, chinese)):
        for nid, value in ((1, fam), (2, "Regular"), (4, fam), (16, fam), (17, "Regular")):
            name.setName(value, nid, 3, 1, lang)
    name.setName(ps, 6, 3, 1, 0x409)
    # Drop the Noto names of other platforms and languages, so only the Windows names remain.
    name.names = [n for n in name.names if n.platformID == 3 and n.langID in (0x409, 0x804)]


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    text = gb2312_text()
    subsets = {}
    for file_name, family, chinese, source in FACES:
        if source not in subsets:
            font = TTFont(NOTO / source, fontNumber=SC_FACE, lazy=False)
            options = subset.Options()
            options.name_IDs = ["*"]
            options.name_languages = ["*"]
            options.layout_features = ["*"]
            subsetter = subset.Subsetter(options)
            subsetter.populate(text=text)
            subsetter.subset(font)
            tmp = out / f".{source}.subset.otf"
            font.save(tmp)
            subsets[source] = tmp
        font = TTFont(subsets[source])
        rename(font, family, chinese)
        font.save(out / file_name)
        print(f"{file_name}: {family} / {chinese}")
    for tmp in subsets.values():
        tmp.unlink()


if __name__ == "__main__":
    main()
