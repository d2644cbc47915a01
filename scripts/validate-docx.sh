#!/usr/bin/env bash
# Schema validation of the DOCX the app writes: the example draft, every built-in template and
# generated reports of several sizes are exported, each package is checked by the shared
# ECMA-376 Transitional validator (../shared/ooxml/validate-docx.sh, xmllint), and the parts it
# leaves are listed by order-check.py, which must report no XSD and no OFFICE-ORDER line (run
# properties in the order Word expects).
# Usage: scripts/validate-docx.sh [BINARY]   (OOXML_DIR=... when the validator lives elsewhere)
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-target/debug/work-summary}")
OOXML_DIR=$(realpath "${OOXML_DIR:-../shared/ooxml}")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "validate-docx FAILED: $*" >&2; exit 1; }

[[ -x "$OOXML_DIR/validate-docx.sh" ]] || fail "no validator in $OOXML_DIR (set OOXML_DIR)"
command -v xmllint >/dev/null || fail "xmllint missing (apt-get install libxml2-utils)"

drafts=(examples/sample.ron crates/core/assets/templates/*.ron crates/core/assets/templates/examples/*.ron)
# Generated reports of about 2, 8 and 20 pages (600 characters a page on the 22 × 28 grid).
for chars in 1200 4800 12000; do
    "$BIN" sample "$chars" -o "$WORK/generated-$chars.ron"
    drafts+=("$WORK/generated-$chars.ron")
done

docs=()
for draft in "${drafts[@]}"; do
    name=$(basename "$draft" .ron)
    "$BIN" export "$draft" --format docx -o "$WORK/$name.docx"
    docs+=("$WORK/$name.docx")
    # The variants the export options give: no indent, no signature.
    if [[ "$draft" == examples/sample.ron ]]; then
        "$BIN" export "$draft" --format docx --no-indent --no-signature -o "$WORK/$name-plain.docx"
        docs+=("$WORK/$name-plain.docx")
    fi
done

status=0
TMPDIR="$WORK" "$OOXML_DIR/validate-docx.sh" --keep "${docs[@]}" >"$WORK/validate.log" 2>&1 || status=$?
if ((status != 0)); then
    grep -v '(kept: ' "$WORK/validate.log" | grep -vE '^(PASS|SKIP) ' >&2 || true
    fail "schema validation (validate-docx.sh exit $status)"
fi
echo "schema: $(tail -1 "$WORK/validate.log") (parts)"

order_lines=0
while IFS= read -r kept; do
    python3 "$OOXML_DIR/order-check.py" "$kept"/word/*.xml >"$WORK/order.log" || true
    if grep -E '^(XSD|OFFICE-ORDER)' "$WORK/order.log"; then
        order_lines=$((order_lines + $(grep -cE '^(XSD|OFFICE-ORDER)' "$WORK/order.log")))
    fi
done < <(sed -n 's/^ *(kept: \(.*\))$/\1/p' "$WORK/validate.log")
((order_lines == 0)) || fail "$order_lines order-check lines"

echo "validate-docx: ${#docs[@]} of ${#docs[@]} DOCX valid, 0 order-check lines"
