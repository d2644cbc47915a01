#!/usr/bin/env bash
# Real-client test: LibreOffice opens the exported DOCX; the PDF it prints is A4 and holds
# every paragraph. Usage: scripts/libreoffice-test.sh [BINARY] [DRAFT]  (PNG=page.png keeps
# page 1 as an image).
set -euo pipefail
source "$(dirname "$0")/workdir.sh"
export LC_ALL=C.UTF-8
BIN=$(realpath "${1:-target/debug/work-summary}")
DRAFT=$(realpath "${2:-examples/sample.ron}")
WORK=$(mktemp -d)
trap 'finish_workdir "$WORK"' EXIT
fail() { echo "libreoffice test FAILED: $*" >&2; exit 1; }

"$BIN" export "$DRAFT" --format docx -o "$WORK/out.docx"
# A private profile, so a desktop LibreOffice or an earlier run cannot interfere.
soffice -env:UserInstallation="file://$WORK/profile" --headless --convert-to pdf \
    --outdir "$WORK" "$WORK/out.docx" >"$WORK/soffice.log" 2>&1 || fail "soffice: $(cat "$WORK/soffice.log")"
[[ -f "$WORK/out.pdf" ]] || fail "no PDF: $(cat "$WORK/soffice.log")"

size=$(pdfinfo "$WORK/out.pdf" | sed -n 's/^Page size: *//p')
pages=$(pdfinfo "$WORK/out.pdf" | sed -n 's/^Pages: *//p')
echo "PDF: $pages pages, $size"

[[ "$size" == 595.* || "$size" == 595\ * ]] || fail "page is not A4: $size"
[[ "$size" == *"x 841."* || "$size" == *"x 842"* ]] || fail "page is not A4: $size"

# Every paragraph of the plain-text export is in the PDF's text. Whitespace is ignored (the
# PDF breaks lines where the page does), and so is punctuation: LibreOffice hangs 、 and ， at a
# line end into the margin, where pdftotext does not see them.
squeeze() { sed 's/[[:space:]　]//g' | tr -d '\n'; }
words() { sed 's/[[:punct:]，。、；：？！“”‘’（）《》【】…·]//g'; }
pdftotext "$WORK/out.pdf" - | squeeze >"$WORK/pdf-raw.txt"
# Page numbers fall inside paragraphs that cross a page break: take them out.
sed 's/—[0-9][0-9]*—//g' "$WORK/pdf-raw.txt" | words >"$WORK/pdf.txt"
"$BIN" export "$DRAFT" --no-indent >"$WORK/paragraphs.txt" || fail "text export of $DRAFT failed"
missing=0
total=0
while IFS= read -r line; do
    para=$(printf '%s' "$line" | squeeze | words)
    [[ -z "$para" ]] && continue
    total=$((total + 1))
    if ! grep -qF -- "$para" "$WORK/pdf.txt"; then
        echo "missing from the PDF: $para" >&2
        missing=$((missing + 1))
    fi
done <"$WORK/paragraphs.txt"
(( total > 0 )) || fail "the text export of $DRAFT has no paragraphs"
(( missing == 0 )) || fail "$missing of $total paragraphs missing"
# The page number footer: "— 1 —".
for n in $(seq 1 "$pages"); do
    grep -qF -- "—$n—" "$WORK/pdf-raw.txt" || fail "no page number — $n —"
done

# The character grid: a paragraph of 70 characters without punctuation (no line-breaking
# rules apply) prints as 26 characters after the two-character indent, then lines of 28.
cat >"$WORK/grid.ron" <<'RON'
(format: "work-summary-draft", version: 1, report: (title: "", intro: ["RUN"], sections: [],
 closing: [], signature: (unit: "", date: "")))
RON
sed -i "s/RUN/$(printf '一二三四五六七八九十%.0s' 1 2 3 4 5 6 7)/" "$WORK/grid.ron"
"$BIN" export "$WORK/grid.ron" --format docx -o "$WORK/grid.docx"
soffice -env:UserInstallation="file://$WORK/profile" --headless --convert-to pdf \
    --outdir "$WORK" "$WORK/grid.docx" >"$WORK/soffice.log" 2>&1 || fail "soffice: $(cat "$WORK/soffice.log")"
grid=$(pdftotext -layout "$WORK/grid.pdf" - | tr -d '\f' | grep -v -e '^ *$' -e '—' | while IFS= read -r l; do
    printf '%s ' "$(printf '%s' "$l" | tr -d ' ' | wc -m)"; done)
echo "grid: characters a line: $grid"
[[ "$grid" == "26 28 16 " ]] || fail "lines of $grid characters, expected 26 28 16"

if [[ -n "${PNG:-}" ]]; then
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$WORK/out.pdf" "${PNG%.png}"
fi
echo "libreoffice test: $total of $total paragraphs found in the PDF"
echo "libreoffice: 1 passed, 0 failed"
