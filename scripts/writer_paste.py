"""Paste the clipboard into a new document of a running LibreOffice Writer (UNO), read every
paragraph back and check it against the blocks the app laid out.

Usage: /usr/bin/python3 writer_paste.py PIPE BLOCKS.tsv"""

import json
import sys
import time

import uno

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from receivers import PT_PER_MM100, expected, first_font, read_blocks, squeeze  # noqa: E402

FIX, MIN = 3, 1  # com.sun.star.style.LineSpacingMode
ADJUST = {0: "left", 1: "right", 2: "justify", 3: "center"}  # ParagraphAdjust


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.25)
    raise SystemExit("writer paste test FAILED: soffice did not answer on its pipe")


def paragraphs(doc):
    out = []
    en = doc.Text.createEnumeration()
    while en.hasMoreElements():
        p = en.nextElement()
        if not p.supportsService("com.sun.star.text.Paragraph") or not p.String.strip():
            continue
        # The Chinese characters' own attributes (Writer keeps Asian and Western ones apart,
        # per portion): the first portion holding Chinese text.
        run = p
        portions = p.createEnumeration()
        while portions.hasMoreElements():
            r = portions.nextElement()
            if any(ord(c) >= 0x3000 for c in r.String):
                run = r
                break
        ls = p.ParaLineSpacing
        out.append({
            "text": p.String,
            "align": ADJUST.get(int(p.ParaAdjust), str(p.ParaAdjust)),
            "indent_pt": round(p.ParaFirstLineIndent * PT_PER_MM100, 2),
            "size_pt": run.CharHeightAsian,
            "font": run.CharFontNameAsian,
            "line_mode": {FIX: "exactly", MIN: "at least"}.get(ls.Mode, str(ls.Mode)),
            "line_pt": round(ls.Height * PT_PER_MM100, 2),
        })
    return out


def main():
    pipe, blocks_file = sys.argv[1], sys.argv[2]
    blocks = read_blocks(blocks_file)
    ctx = connect(pipe)
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
    frame = doc.getCurrentController().getFrame()
    helper = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    got = []
    for _ in range(20):
        helper.executeDispatch(frame, ".uno:Paste", "", 0, ())
        got = paragraphs(doc)
        if got:
            break
        time.sleep(0.5)
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass  # the bridge goes down with soffice
    if "-v" in sys.argv:
        print(json.dumps(got, ensure_ascii=False, indent=1))
    errors = []
    if len(got) != len(blocks):
        errors.append(f"{len(got)} paragraphs pasted, {len(blocks)} copied")
    indented = 0
    modes = set()
    for (kind, text), p in zip(blocks, got):
        align, size, font, indent = expected(kind)
        where = f"{kind} {text[:12]}…"
        if squeeze(p["text"]) != squeeze(text):
            errors.append(f"{where}: text {p['text'][:20]!r}")
        if p["align"] != align:
            errors.append(f"{where}: aligned {p['align']}, not {align}")
        if abs(p["size_pt"] - size) > 0.05:
            errors.append(f"{where}: {p['size_pt']} pt, not {size}")
        if font not in first_font(p["font"]):
            errors.append(f"{where}: font {p['font']!r}, not {font} first")
        if indent is not None:
            if abs(p["indent_pt"] - indent) > 0.1:
                errors.append(f"{where}: first-line indent {p['indent_pt']} pt, not {indent}")
            elif indent > 0:
                indented += 1
        if abs(p["line_pt"] - 28.95) > 0.05:
            errors.append(f"{where}: line height {p['line_pt']} pt, not 28.95")
        modes.add(p["line_mode"])
    print(f"Writer: {len(got)} paragraphs, {indented} indented two characters (32 pt), "
          f"line height 28.95 pt {'/'.join(sorted(modes))}")
    if errors:
        print("writer paste test FAILED:\n  " + "\n  ".join(errors), file=sys.stderr)
        sys.exit(1)


main()
