#!/usr/bin/env python3
"""Score the importer on real published summaries (../shared/data/real-import).

    scripts/real-import-report.py [BINARY] [--data DIR] [-v]

For every file of the sets' expect.json: `BINARY import FILE -o x.ron`, then `BINARY export
x.ron` (plain text). A file imports cleanly when the text's first line is the expected title
(no title: the draft's title is empty), every `present` phrase of the author is there, no
`absent` junk is, and `order` comes in order (spaces and U+3000 ignored, as the data's README
says). Prints each file's failures and the clean rate per shape (from the set's MANIFEST.md:
page, run-on, Markdown…) and per set. The texts stay in ../shared; nothing is copied.
"""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def squash(text):
    return "".join(ch for ch in text if not ch.isspace() and ch != "\u3000")


def ron_title(ron_text):
    for line in ron_text.splitlines():
        line = line.strip()
        if line.startswith("title:"):
            value = line[len("title:"):].strip().rstrip(",")
            try:
                return json.loads(value)
            except json.JSONDecodeError:
                return value.strip('"')
    return ""


def shape_of(path, raw):
    """A coarse shape, from the file itself: what the importer has to cope with."""
    text = raw.decode("utf-8", "replace")
    lines = [l for l in text.splitlines() if l.strip()]
    if text.lstrip().startswith("---") or any(l.startswith("## ") for l in lines):
        return "markdown"
    if len(lines) <= 3 and len(text) > 400:
        return "run-on (no line breaks)"
    return "web page text"


def score(binary, file, expect, tmp):
    failures = []
    draft = Path(tmp) / (file.stem + ".ron")
    if draft.exists():
        draft.unlink()
    imp = subprocess.run([binary, "import", str(file), "-o", str(draft)],
                         capture_output=True, text=True)
    if not draft.exists():
        return ["import failed: " + imp.stderr.strip()[:200]], ""
    exp = subprocess.run([binary, "export", str(draft)], capture_output=True, text=True)
    if exp.returncode != 0:
        return ["export failed: " + exp.stderr.strip()[:200]], ""
    out = exp.stdout
    title = ron_title(draft.read_text(encoding="utf-8"))
    want = expect["title"]
    if squash(title) != squash(want):
        failures.append(f"title {title!r}, want {want!r}")
    body = squash(out)
    for phrase in expect["present"]:
        if squash(phrase) not in body:
            failures.append(f"lost author phrase {phrase!r}")
    for junk in expect["absent"]:
        if squash(junk) in body:
            failures.append(f"junk kept {junk!r}")
    at = 0
    for phrase in expect["order"]:
        found = body.find(squash(phrase), at)
        if found < 0:
            failures.append(f"order: {phrase!r} missing or out of order")
        else:
            at = found
    return failures, out


def main():
    args = [a for a in sys.argv[1:]]
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    data = ROOT.parent / "shared/data/real-import"
    if "--data" in args:
        i = args.index("--data")
        data = Path(args[i + 1])
        del args[i:i + 2]
    binary = args[0] if args else str(ROOT / "target/debug/work-summary")
    if not data.is_dir():
        print(f"SKIPPED: {data} is not here")
        return 0
    totals = {}
    clean = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for set_dir in sorted(p for p in data.iterdir() if (p / "expect.json").exists()):
            expects = json.loads((set_dir / "expect.json").read_text(encoding="utf-8"))
            for name, expect in sorted(expects.items()):
                file = set_dir / name
                raw = file.read_bytes()
                shape = shape_of(file, raw)
                failures, out = score(binary, file, expect, tmp)
                ok = not failures
                total += 1
                clean += ok
                for key in (f"set {set_dir.name}", f"shape {shape}", "format .txt"):
                    c, t = totals.get(key, (0, 0))
                    totals[key] = (c + ok, t + 1)
                print(f"{'clean' if ok else 'FAIL '} {set_dir.name}/{name}")
                for f in failures:
                    print(f"        {f}")
                if verbose and not ok:
                    print("        --- export ---")
                    for line in out.splitlines()[:12]:
                        print("        | " + line)
    print()
    for key, (c, t) in sorted(totals.items()):
        print(f"{key:32} {c:3}/{t:<3} {100 * c / t:5.1f} %")
    print(f"{'all':32} {clean:3}/{total:<3} {100 * clean / total:5.1f} %")
    return 0 if clean == total else 1


if __name__ == "__main__":
    sys.exit(main())
