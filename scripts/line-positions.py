#!/usr/bin/env python3
"""Compare where two PDFs start each printed line (pdftotext -bbox-layout): ours and the one
LibreOffice prints from our DOCX. Lines are paired by their text (spaces removed) page by
page; prints the largest difference of the line starts and of the line tops, and the lines
that differ by more than the tolerance. The page numbers (§7.5) are compared apart: the outer
edge (right on odd pages, left on even ones) and the bottom of "— N —". Exit 1 when any paired line's start differs by more
than TOL points (default 2), any page number's outer edge or bottom does, or fewer than
MIN_PAIRED of our lines found a partner.

    scripts/line-positions.py OURS.pdf THEIRS.pdf [--tol 2] [--min-paired 0.9] [-v]
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET


def lines_of(pdf):
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True,
                         text=True, check=True).stdout
    xml = re.sub(r' xmlns="[^"]+"', "", xml, count=1)
    root = ET.fromstring(xml)
    pages = []
    for page in root.iter("page"):
        out = []
        for line in page.iter("line"):
            words = list(line.iter("word"))
            text = "".join(w.text or "" for w in words)
            text = re.sub(r"\s|\u3000", "", text)
            if not text or re.fullmatch(r"—?\d+—?|—", text):
                continue  # page numbers are compared apart
            out.append((text, float(words[0].get("xMin")), float(line.get("yMin"))))
        pages.append(out)
    return pages


def page_numbers_of(pdf):
    """Per page, the page number's outer edges: (left, right, bottom) of its words "— N —"."""
    xml = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True,
                         check=True).stdout
    xml = re.sub(r' xmlns="[^"]+"', "", xml, count=1)
    root = ET.fromstring(xml)
    out = []
    for page in root.iter("page"):
        words = [w for w in page.iter("word")
                 if re.fullmatch(r"—|\d+", (w.text or "").strip())
                 and float(w.get("yMin")) > 700]
        if not words:
            out.append(None)
            continue
        out.append((min(float(w.get("xMin")) for w in words),
                    max(float(w.get("xMax")) for w in words),
                    max(float(w.get("yMax")) for w in words)))
    return out


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    tol, min_paired = 2.0, 0.9
    if "--tol" in args:
        i = args.index("--tol"); tol = float(args[i + 1]); del args[i:i + 2]
    if "--min-paired" in args:
        i = args.index("--min-paired"); min_paired = float(args[i + 1]); del args[i:i + 2]
    ours, theirs = lines_of(args[0]), lines_of(args[1])
    total = paired = 0
    worst_x = worst_y = 0.0
    bad = []
    for n, (a, b) in enumerate(zip(ours, theirs), 1):
        pool = list(b)
        for text, x, y in a:
            total += 1
            match = next((m for m in pool if m[0] == text), None)
            if match is None:
                continue
            pool.remove(match)
            paired += 1
            dx, dy = abs(x - match[1]), abs(y - match[2])
            worst_x, worst_y = max(worst_x, dx), max(worst_y, dy)
            if dx > tol:
                bad.append(f"page {n}: {text[:16]}… starts at {x:.1f} here, {match[1]:.1f} there")
    share = paired / total if total else 1.0
    print(f"line starts: {paired}/{total} lines paired, largest difference {worst_x:.2f} pt "
          f"across, {worst_y:.2f} pt down")
    # GB/T 9704 §7.5: odd pages' numbers end one character inside the right edge, even pages'
    # start one character inside the left; the same edge and the same baseline in both.
    worst_edge = worst_bottom = 0.0
    for n, (a, b) in enumerate(zip(page_numbers_of(args[0]), page_numbers_of(args[1])), 1):
        if a is None or b is None:
            if a != b:
                bad.append(f"page {n}: a page number in one PDF only")
            continue
        edge = abs(a[1] - b[1]) if n % 2 else abs(a[0] - b[0])
        bottom = abs(a[2] - b[2])
        worst_edge, worst_bottom = max(worst_edge, edge), max(worst_bottom, bottom)
        if edge > tol or bottom > tol:
            bad.append(f"page {n}: page number's edge {edge:.1f} pt, bottom {bottom:.1f} pt apart")
    print(f"page numbers: outer edges within {worst_edge:.2f} pt, bottoms within "
          f"{worst_bottom:.2f} pt")
    for line in bad if verbose else bad[:8]:
        print("  " + line)
    return 1 if bad or share < min_paired else 0


if __name__ == "__main__":
    sys.exit(main())
