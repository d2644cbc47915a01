#!/usr/bin/env bash
# Real receiver: printing through CUPS. A cups-pdf queue is the printer; `work-summary print`
# takes the editor's print path (src/export/print.rs: the preview's pages as a PDF, handed to
# `lp`), and the PDF cups-pdf writes must have the layout's page count, on A4.
# Usage: scripts/cups-print-test.sh [BINARY] [DRAFT…]   (as root: starts cupsd if needed)
set -euo pipefail
source "$(dirname "$0")/workdir.sh"
export LC_ALL=C.UTF-8
BIN=$(realpath "${1:-target/debug/work-summary}")
shift || true
WORK=$(mktemp -d)
QUEUE=WS-CUPS-PDF-$$
STARTED=""

cleanup() {
    lpadmin -x "$QUEUE" 2>/dev/null || true
    # Wait for the scheduler we started to go, so that a run right after this one can start its own.
    [[ -n "$STARTED" ]] && kill "$STARTED" 2>/dev/null && wait "$STARTED" 2>/dev/null || true
    finish_workdir "$WORK"
}
trap cleanup EXIT
fail() { echo "cups print test FAILED: $*" >&2; exit 1; }

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    /usr/sbin/cupsd -f >"$WORK/cupsd.log" 2>&1 &
    STARTED=$!
    for _ in $(seq 1 100); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.1; done
fi
lpstat -r | grep -q "is running" || fail "no CUPS scheduler"
PPD=$(ls /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null) || fail "printer-driver-cups-pdf is not installed"
lpadmin -p "$QUEUE" -v cups-pdf:/ -P "$PPD" -E -o PageSize=A4 || fail "lpadmin"
lpstat -e | grep -qx "$QUEUE" || fail "the queue is not listed"

# cups-pdf writes to the job owner's ~/PDF (Debian's cups-pdf.conf) or its spool for anonymous jobs.
OUTDIRS=("$HOME/PDF" /var/spool/cups-pdf)

drafts=("$@")
if [[ ${#drafts[@]} -eq 0 ]]; then
    "$BIN" sample 4000 -o "$WORK/generated.ron"
    drafts=(examples/sample.ron "$WORK/generated.ron")
fi
for draft in "${drafts[@]}"; do
    want=$("$BIN" pages "$draft" | awk '{n=$1} END {print n}')
    touch "$WORK/stamp"
    sleep 1
    said=$("$BIN" print "$draft" -d "$QUEUE") || fail "$draft: print failed: $said"
    [[ "$said" == *"request id is $QUEUE-"* ]] || fail "$draft: not queued with CUPS: $said"
    pdf=""
    for _ in $(seq 1 300); do
        # On a fresh machine ~/PDF appears only with the first job: find's "no such file" must
        # not end the script (set -e, pipefail).
        pdf=$( (find "${OUTDIRS[@]}" -name '*.pdf' -newer "$WORK/stamp" 2>/dev/null || true) | head -n 1)
        if [[ -n "$pdf" ]] && ! lpstat -o "$QUEUE" 2>/dev/null | grep -q .; then break; fi
        sleep 0.2
    done
    [[ -n "$pdf" ]] || fail "$draft: cups-pdf wrote no PDF ($(lpstat -l -o "$QUEUE" 2>&1 | head -3))"
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    size=$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')
    rm -f "$pdf"
    echo "CUPS ($QUEUE): $(basename "$draft"): $pages pages, $size (layout: $want)"
    [[ "$pages" == "$want" ]] || fail "$draft: $pages pages printed, the layout has $want"
    [[ "$size" == *"(A4)"* ]] || fail "$draft: not A4: $size"
done
