#!/usr/bin/env bash
# OFD read by sOFD (issue 35), a reader that is not ours: `sofd info` reports the pages, the
# A4 size and the embedded fonts, `sofd render` draws every page from the embedded subsets,
# and each page is compared with poppler's drawing of our PDF of the same draft (ImageMagick's
# count of pixels that differ by more than 35 %: 15–20‰ of a page for the same page at 50 dpi,
# antialiasing; 70‰ for another page's text; failed above 35‰). The example and every example
# template (their {年} tokens as the files hold them). (ofd-core's structure check and the
# positions of every TextCode are `cargo test`'s: tests/export/ofd_export.rs.)
# Usage: scripts/ofd-test.sh [BINARY]
set -euo pipefail
source "$(dirname "$0")/workdir.sh"

BIN=$(realpath "${1:-target/debug/work-summary}")
WORK=$(mktemp -d)
trap 'finish_workdir "$WORK"' EXIT
export PATH="$HOME/.cargo/bin:$PATH"
if ! command -v sofd >/dev/null; then
    echo "installing sofd-cli (about 3 minutes)…"
    cargo install sofd-cli --locked --quiet
fi

fail() {
    echo "OFD test FAILED: $*" >&2
    exit 1
}

drafts=(examples/sample.ron crates/core/assets/templates/examples/*.ron)
n=0
for draft in "${drafts[@]}"; do
    name=$(basename "$draft" .ron)
    "$BIN" export "$draft" -o "$WORK/$name.ofd" 2>/dev/null || fail "$name: export"
    "$BIN" export "$draft" -o "$WORK/$name.pdf" 2>/dev/null || fail "$name: PDF export"
    info=$(sofd --locale en-US info "$WORK/$name.ofd") || fail "$name: sofd info: $info"
    pages=$(pdfinfo "$WORK/$name.pdf" | awk '/^Pages:/ {print $2}')
    grep -q "^Pages: $pages$" <<<"$info" || fail "$name: sofd reads other pages than the PDF's $pages: $info"
    grep -q "^Page size: 210.0 x 297.0 mm$" <<<"$info" || fail "$name: not A4: $info"
    fonts=$(awk -F': ' '/^Embedded fonts:/ {print $2}' <<<"$info")
    [[ "$fonts" -ge 1 ]] || fail "$name: no embedded font: $info"
    worst=0
    for ((p = 0; p < pages; p++)); do
        sofd render "$WORK/$name.ofd" --page "$p" --dpi 50 -o "$WORK/$name-ofd-$p.png" >/dev/null \
            || fail "$name: sofd could not render page $((p + 1))"
        pdftoppm -r 50 -f $((p + 1)) -l $((p + 1)) -singlefile -png "$WORK/$name.pdf" "$WORK/$name-pdf-$p"
        diff=$(compare -metric AE -fuzz 35% "$WORK/$name-ofd-$p.png" "$WORK/$name-pdf-$p.png" null: 2>&1 || true)
        diff=${diff%% *}
        total=$(identify -format '%[fx:w*h]' "$WORK/$name-pdf-$p.png")
        permille=$(( ${diff%.*} * 1000 / total ))
        (( permille > worst )) && worst=$permille
        (( permille <= 35 )) || fail "$name page $((p + 1)): $diff of $total pixels differ from the PDF's page"
    done
    echo "  $name: $pages pages, $fonts embedded fonts, at most ${worst}‰ of a page's pixels differ from the PDF's"
    n=$((n + 1))
done
echo "ofd (sOFD): $n passed, 0 failed"
