#!/usr/bin/env python3
"""Score `follow` on real consecutive government work reports (../shared/data/gov-reports).

    scripts/follow-gov-report.py [BINARY] [--texts DIR] [--data DIR] [-v] [--json FILE]

BINARY defaults to target/debug/work-summary. The hand-made facts are
tests/data/follow-gov/units.tsv (every plan unit of year N's report and every review unit of
year N+1's review of year N, by key) and tests/data/follow-gov/links.tsv (plan key -> review
key). A key is the first characters of its unit as written in the text (numbering such as
（一）/一是 left out).

For each pair (region_slug, plan_year) of units.tsv: `BINARY import <region>-<N>.txt -o last.ron`,
`BINARY import <region>-<N+1>.txt -o this.ron`, `BINARY follow last.ron this.ron --format json`.
A target of the JSON is a plan unit when its text contains that unit's key (or, when the
text is shorter than the key, the key starts with the text); a predicted link (target ->
answer) is correct when the target is a plan unit and the answer's text contains (same rule)
the review key of one of that unit's links. Spaces, line breaks and zero-width characters are
ignored on both sides.

Per pair and overall it prints: targets in the JSON, plan units found as targets, predicted
links on those targets, correct ones, precision (correct / predicted on plan-unit targets),
recall (hand-made links found / hand-made links), and the predictions on targets that are no
plan unit (not in the precision; listed with -v). A pair whose plans the importer does not
recognise gives 0 targets; that is reported, not an error. The texts stay in ../shared.
"""
import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import OrderedDict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HAN = re.compile(r"[\u4e00-\u9fff]")
MARKER = re.compile(
    r"^(（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+是|"
    r"第[一二三四五六七八九十]+[，、]|[一二三四五六七八九十]+、|\d+[.．、])"
)


def squash(text):
    return "".join(
        ch for ch in (text or "") if not ch.isspace() and ch not in "\u3000\u200b\u200c\u200d\ufeff"
    )


def matches(key, text):
    """Position of key in text, or None. A text shorter than the key (a heading cut short)
    matches when the key starts with it and it holds at least 6 Han characters."""
    k, t = squash(key), squash(text)
    if not k or not t:
        return None
    pos = t.find(k)
    if pos >= 0:
        return pos
    t2 = MARKER.sub("", t)
    if len(HAN.findall(t2)) >= 6 and k.startswith(t2):
        return 0
    return None


def best_unit(text, keys):
    """The key found earliest in text (ties: the longest), or None."""
    found = []
    for key in keys:
        pos = matches(key, text)
        if pos is not None:
            found.append((pos, -len(key), key))
    return min(found)[2] if found else None


def read_tsv(path, ncols):
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != ncols:
            sys.exit(f"{path}: bad line {line!r}")
        rows.append(cols)
    return rows


def load_facts(data):
    pairs = OrderedDict()
    for region, year, side, key in read_tsv(data / "units.tsv", 4):
        p = pairs.setdefault((region, int(year)), {"plan": [], "review": [], "links": {}})
        if side not in ("plan", "review"):
            sys.exit(f"units.tsv: bad side {side!r}")
        p[side].append(key)
    for region, year, pkey, rkey in read_tsv(data / "links.tsv", 4):
        p = pairs.get((region, int(year)))
        if p is None or pkey not in p["plan"] or rkey not in p["review"]:
            sys.exit(f"links.tsv: {region} {year} {pkey} -> {rkey} is not in units.tsv")
        p["links"].setdefault(pkey, []).append(rkey)
    return pairs


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True)


def follow_json(binary, last_txt, this_txt, tmp):
    """(json dict, None) or (None, error message)."""
    last_ron, this_ron = tmp / "last.ron", tmp / "this.ron"
    for src, dst in ((last_txt, last_ron), (this_txt, this_ron)):
        r = run([binary, "import", str(src), "-o", str(dst)])
        if r.returncode != 0:
            return None, f"import {src.name} failed ({r.returncode}): {r.stderr.strip()[:300]}"
    r = run([binary, "follow", str(last_ron), str(this_ron), "--format", "json"])
    if r.returncode not in (0, 1):
        return None, f"follow failed ({r.returncode}): {r.stderr.strip()[:300]}"
    try:
        return json.loads(r.stdout), None
    except json.JSONDecodeError as e:
        return None, f"follow printed no JSON ({e}): {r.stdout[:200]!r}"


def score_pair(doc, facts):
    plan_keys, links = facts["plan"], facts["links"]
    gold = {(p, r) for p, rs in links.items() for r in rs}
    targets = doc.get("targets") or []
    found_units, correct, predicted, stray = set(), set(), 0, []
    details = []
    for t in targets:
        answers = t.get("answers") or []
        unit = best_unit(t.get("text", ""), plan_keys)
        if unit is None:
            stray.append((t.get("kind"), t.get("text", ""), len(answers)))
            continue
        found_units.add(unit)
        for a in answers:
            predicted += 1
            hit = next((r for r in links.get(unit, []) if matches(r, a.get("text", "")) is not None), None)
            if hit:
                correct.add((unit, hit))
            details.append((unit, a.get("text", ""), a.get("strength"), hit is not None))
    n_correct_pred = sum(1 for d in details if d[3])
    return {
        "targets": len(targets),
        "plan_units": len(plan_keys),
        "review_units": len(facts["review"]),
        "gold_links": len(gold),
        "units_found": len(found_units),
        "predicted": predicted,
        "correct_predictions": n_correct_pred,
        "gold_found": len(correct & gold),
        "stray_targets": len(stray),
        "stray_predictions": sum(s[2] for s in stray),
        "details": details,
        "stray": stray,
        "missed": sorted(gold - correct),
        "unfound_units": [k for k in plan_keys if k not in found_units],
    }


def ratio(a, b):
    return f"{a / b:.2f}" if b else "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary", nargs="?", default=str(ROOT / "target/debug/work-summary"))
    ap.add_argument("--texts", default=str(ROOT.parent / "shared/data/gov-reports/texts"))
    ap.add_argument("--data", default=str(ROOT / "tests/data/follow-gov"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", help="also write the numbers to this file")
    args = ap.parse_args()
    texts, data = Path(args.texts), Path(args.data)
    if not Path(args.binary).exists():
        sys.exit(f"no binary at {args.binary}")
    pairs = load_facts(data)

    header = f"{'pair':<20}{'targets':>8}{'units found':>13}{'pred':>6}{'correct':>8}{'prec':>6}{'links':>7}{'found':>7}{'recall':>7}{'stray t/p':>11}"
    print(header)
    tot = {k: 0 for k in ("targets", "plan_units", "units_found", "predicted", "correct_predictions",
                          "gold_links", "gold_found", "stray_targets", "stray_predictions")}
    results = {}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        for (region, year), facts in pairs.items():
            name = f"{region} {year}→{year + 1}"
            last_txt, this_txt = texts / f"{region}-{year}.txt", texts / f"{region}-{year + 1}.txt"
            doc, err = follow_json(args.binary, last_txt, this_txt, tmp)
            if err:
                print(f"{name:<20} ERROR: {err}")
                results[name] = {"error": err}
                continue
            s = score_pair(doc, facts)
            for k in tot:
                tot[k] += s[k]
            results[name] = {k: v for k, v in s.items() if k not in ("details", "stray")}
            print(f"{name:<20}{s['targets']:>8}{s['units_found']:>8}/{s['plan_units']:<4}{s['predicted']:>6}"
                  f"{s['correct_predictions']:>8}{ratio(s['correct_predictions'], s['predicted']):>6}"
                  f"{s['gold_links']:>7}{s['gold_found']:>7}{ratio(s['gold_found'], s['gold_links']):>7}"
                  f"{s['stray_targets']:>6}/{s['stray_predictions']:<4}")
            if args.verbose:
                for unit, atext, strength, ok in s["details"]:
                    st = f"{strength:.2f}" if isinstance(strength, (int, float)) else "?"
                    print(f"    {'ok ' if ok else 'BAD'} {unit} -> {squash(atext)[:24]} ({st})")
                for key, rkey in s["missed"]:
                    print(f"    missed {key} -> {rkey}")
                for key in s["unfound_units"]:
                    print(f"    plan unit not a target: {key}")
                for kind, text, n in s["stray"]:
                    print(f"    stray target ({kind}, {n} answers): {squash(text)[:30]}")
    print(f"{'overall':<20}{tot['targets']:>8}{tot['units_found']:>8}/{tot['plan_units']:<4}{tot['predicted']:>6}"
          f"{tot['correct_predictions']:>8}{ratio(tot['correct_predictions'], tot['predicted']):>6}"
          f"{tot['gold_links']:>7}{tot['gold_found']:>7}{ratio(tot['gold_found'], tot['gold_links']):>7}"
          f"{tot['stray_targets']:>6}/{tot['stray_predictions']:<4}")
    print("units found = plan units that are targets / plan units; prec = correct / predicted links on "
          "plan-unit targets; recall = hand-made links predicted / hand-made links; stray t/p = targets "
          "that are no plan unit / their predicted links (not scored).")
    if args.json:
        Path(args.json).write_text(json.dumps({"pairs": results, "overall": tot}, ensure_ascii=False, indent=2),
                                   encoding="utf-8")


if __name__ == "__main__":
    main()
