#!/usr/bin/env bash
# The LoongArch command line under qemu-user (issue 35), after scripts/loongarch-build.sh:
# --version; the example exported to PDF, DOCX and OFD and read back by poppler, unzip and
# (when installed) sOFD; check. Not in CI: the build takes 9 minutes from clean.
# Usage: scripts/loongarch-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/workdir.sh
BIN=target/loongarch64-unknown-linux-musl/release/work-summary
[[ -x $BIN ]] || { echo "no LoongArch build: run scripts/loongarch-build.sh" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'finish_workdir "$WORK"' EXIT
fail() {
    echo "LoongArch test FAILED: $*" >&2
    exit 1
}
run() { qemu-loongarch64-static "$BIN" "$@"; }
export PATH="$HOME/.cargo/bin:$PATH"
file -b "$BIN" | grep -q "LoongArch" || fail "$BIN is not a LoongArch executable"
[[ $(run --version) == work-summary* ]] || fail "--version"
for ext in pdf docx ofd; do
    run export examples/sample.ron -o "$WORK/sample.$ext" 2>/dev/null || fail "$ext export"
done
[[ $(pdfinfo "$WORK/sample.pdf" | awk '/^Pages:/ {print $2}') == 3 ]] || fail "the PDF is not 3 pages"
unzip -p "$WORK/sample.docx" word/document.xml >"$WORK/document.xml" || fail "the DOCX has no document.xml"
grep -q "精神文明建设工作总结" "$WORK/document.xml" || fail "the DOCX lacks the title"
if command -v sofd >/dev/null; then
    sofd --locale en-US info "$WORK/sample.ofd" >"$WORK/ofd.txt" || fail "sOFD cannot read the OFD"
    grep -q "^Pages: 3$" "$WORK/ofd.txt" || fail "sOFD does not read 3 pages"
fi
set +e
run check examples/sample.ron >/dev/null 2>&1
code=$?
set -e
[[ $code == 1 ]] || fail "check exited $code, not 1 (findings)"
echo "loongarch: 1 passed, 0 failed"
