#!/usr/bin/env python3
"""Write src/export/ooxml_order.rs: for every WordprocessingML element whose children have an
order, the order the ECMA-376 Transitional schema (wml.xsd) gives them.

usage: scripts/ooxml-child-order.py ../shared/ooxml/schemas/ecma-376-transitional/wml.xsd \
           > src/export/ooxml_order.rs && cargo fmt

How the schema becomes a table:
  * Each complexType's content is flattened to (child name, child type, rank); a rank is a tuple
    compared lexicographically. Members of an xsd:sequence get increasing ranks; members of an
    xsd:choice share one rank (they may come in any order). Group references are expanded in
    place; an xsd:extension puts the base type's children before its own.
  * A sequence that may repeat (maxOccurs > 1) is treated like a choice: sorting could not
    keep its repetitions apart, so its members are never reordered.
  * EG_RPrBase (the run properties: rStyle, rFonts, b, ...) is a repeatable choice in the
    Transitional schema, so any order is valid there; it is ranked as the sequence it is
    written in, the order Microsoft's Open XML SDK and Word expect.
  * An element name used with several types (pPr is CT_PPr in a paragraph and CT_PPrGeneral in
    a style, rPr is CT_RPr or CT_ParaRPr, ...) gets one order that satisfies all of them: the
    union of their "comes before" relations, levelled by longest path.
  * Only elements in the WordprocessingML namespace are listed, and only those with at least
    two ranks (nothing to sort otherwise).
"""
import sys
import xml.etree.ElementTree as ET

XS = "{http://www.w3.org/2001/XMLSchema}"
ORDERED_CHOICES = {"EG_RPrBase"}


def local(tag):
    return tag[len(XS):] if tag.startswith(XS) else None


def repeats(node):
    return node.get("maxOccurs", "1") not in ("0", "1")


class Schema:
    def __init__(self, path):
        root = ET.parse(path).getroot()
        self.types = {c.get("name"): c for c in root if local(c.tag) == "complexType"}
        self.groups = {c.get("name"): c for c in root if local(c.tag) == "group"}
        # The root elements of the parts: document, styles, settings, numbering, ftr, ...
        self.globals = [(c.get("name"), c.get("type")) for c in root if local(c.tag) == "element"]

    def particles(self, node, rank, out, flat=False):
        """Appends (name, type, rank) for the particles of `node`. `flat`: give every particle
        the same rank (inside a choice or a repeating sequence)."""
        kind = local(node.tag)
        if kind == "element":
            name = node.get("name") or node.get("ref")
            out.append((name, node.get("type"), rank))
        elif kind == "group":
            ref = node.get("ref")
            group = self.groups.get(ref)
            if group is None:
                return
            body = [c for c in group if local(c.tag) in ("sequence", "choice")]
            for c in body:
                if ref in ORDERED_CHOICES:
                    self.ordered(c, rank, out)
                elif repeats(node) and local(c.tag) == "sequence":
                    self.particles(c, rank, out, flat=True)
                else:
                    self.particles(c, rank, out, flat)
        elif kind == "sequence":
            if flat or repeats(node):
                for c in node:
                    self.particles(c, rank, out, flat=True)
            else:
                self.ordered(node, rank, out)
        elif kind == "choice":
            for c in node:
                self.particles(c, rank, out, flat=True)
        elif kind in ("complexType", "complexContent"):
            self.ordered(node, rank, out)
        elif kind == "extension":
            base = self.types.get(node.get("base"))
            if base is not None:
                self.particles(base, rank + (0,), out)
            self.ordered(node, rank + (1,), out)

    def ordered(self, node, rank, out):
        i = 0
        for c in node:
            if local(c.tag) in ("element", "group", "sequence", "choice", "complexContent",
                                "extension"):
                self.particles(c, rank + (i,), out)
                i += 1

    def content(self, type_name):
        out = []
        node = self.types.get(type_name)
        if node is not None:
            self.particles(node, (), out)
        return out


def levels(orders):
    """orders: lists of rank-sorted groups (each a list of names), one list per type.
    Returns the groups of one order satisfying all of them, or None on a conflict."""
    names, before = [], {}
    for groups in orders:
        for i, group in enumerate(groups):
            for n in group:
                if n not in before:
                    names.append(n)
                    before[n] = set()
                for earlier in groups[:i]:
                    before[n].update(earlier)
    level = {}

    def depth(n, path=()):
        if n in path:
            raise ValueError(n)
        if n not in level:
            level[n] = 1 + max((depth(b, path + (n,)) for b in before[n]), default=-1)
        return level[n]

    try:
        for n in names:
            depth(n)
    except ValueError:
        return None
    out = [[] for _ in range(max(level.values()) + 1)] if level else []
    for n in names:
        out[level[n]].append(n)
    return [g for g in out if g]


def main(argv):
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    schema = Schema(argv[0])
    types_of = {}
    for name, ctype in schema.globals:
        if ctype in schema.types:
            types_of.setdefault(name, set()).add(ctype)
    for tname in schema.types:
        for name, ctype, _rank in schema.content(tname):
            if ":" not in name and ctype in schema.types:
                types_of.setdefault(name, set()).add(ctype)
    table = {}
    for name in sorted(types_of):
        orders = []
        for ctype in sorted(types_of[name]):
            children = [(r, n) for n, _t, r in schema.content(ctype) if ":" not in n]
            ranks = sorted({r for r, _n in children})
            if len(ranks) < 2:
                continue
            groups = []
            for r in ranks:
                group = []
                for rr, n in children:
                    if rr == r and n not in group and not any(n in g for g in groups):
                        group.append(n)
                if group:
                    groups.append(group)
            orders.append(groups)
        if not orders:
            continue
        merged = levels(orders)
        if merged is None:
            print("conflicting orders for %s: skipped" % name, file=sys.stderr)
            continue
        if len(merged) >= 2:
            table[name] = (sorted(types_of[name]), merged)

    print("//! Generated by `scripts/ooxml-child-order.py` from the ECMA-376 Transitional schema")
    print("//! (`wml.xsd`, ISO/IEC 29500-4:2012). Do not edit by hand: run the script, then `cargo fmt`.")
    print("//!")
    print("//! Each entry: a WordprocessingML element (local name, sorted for binary search) and its")
    print("//! children in schema order. Names in one inner slice may come in any order among")
    print("//! themselves (an `xsd:choice`, or a repeating sequence that must not be sorted).")
    print()
    print("pub(crate) const CHILD_ORDER: &[(&str, &[&[&str]])] = &[")
    for name, (types, groups) in table.items():
        print("    // %s" % ", ".join(types))
        print("    (")
        print("        %s," % rust_str(name))
        print("        &[")
        for g in groups:
            print("            &[%s]," % ", ".join(rust_str(n) for n in g))
        print("        ],")
        print("    ),")
    print("];")
    return 0


def rust_str(s):
    return '"%s"' % s


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
