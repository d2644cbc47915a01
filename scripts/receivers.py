"""What the receivers must show of a pasted draft: the expected style of each paragraph kind
the app lays out (Title, Heading(1), Paragraph…), shared by the Writer and browser tests."""

import re

PT_PER_MM100 = 72 / 2540  # 1/100 mm in points


def expected(kind):
    """(alignment, size pt, font that must lead the list, first-line indent pt or None)."""
    body = ("justify", 16.0, "仿宋", 32.0)
    if kind == "Title":
        return ("center", 22.0, "方正小标宋简体", 0.0)
    if kind == "Heading(1)":
        return ("justify", 16.0, "黑体", 32.0)
    if kind == "Heading(2)":
        return ("justify", 16.0, "楷体", 32.0)
    if kind in ("SignatureUnit", "SignatureDate"):
        return ("right", 16.0, "仿宋", None)
    if kind == "Attachment(0)":
        return ("left", 16.0, "仿宋", 32.0)
    if kind.startswith("Attachment("):
        return ("left", 16.0, "仿宋", None)
    return body


def read_blocks(path):
    """The blocks the clipboard owner printed: [(kind, text)]."""
    blocks = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line == "ready":
                break
            kind, _, text = line.partition("\t")
            blocks.append((kind, text))
    return blocks


def squeeze(text):
    return re.sub(r"\s", "", text)


def first_font(names):
    """The first name of a font list as a receiver stores it ("a;b" in Writer, "a, b" in CSS)."""
    return re.split(r"[;,]", names)[0].strip().strip("'\"")
