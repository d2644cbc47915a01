#!/usr/bin/env bash
# The arm64 build under emulation (issue 35), after scripts/arm64-build.sh: the arm64 binary's
# CLI run by qemu-user (--version; the example exported to PDF, DOCX and OFD and read back by
# poppler, unzip and sOFD; check), and the arm64 .deb installed into an empty arm64 root with
# dpkg (--root): its binary an aarch64 executable, its desktop entry and MIME type in place
# and valid. Installs the arm64 run-time libraries (Debian multiarch) the window needs, which
# the walk then opens (.ci/run: scripts/walk-test.py scripts/arm64-run.sh).
# Usage: scripts/arm64-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/workdir.sh
source scripts/apt-install.sh
apt_install scripts/apt-packages-arm64.txt "the arm64 tests"
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    as_root=()
    [[ $(id -u) -eq 0 ]] || as_root=(sudo -n)
    "${as_root[@]}" dpkg --add-architecture arm64
    "${as_root[@]}" apt-get update -qq
fi
apt_install scripts/apt-packages-arm64-runtime.txt "the arm64 window"

BIN=target/aarch64-unknown-linux-gnu/release/work-summary
DEB=$(ls -t target/debian/work-summary_*_arm64.deb 2>/dev/null | head -n1 || true)
[[ -x $BIN && -n $DEB ]] || { echo "no arm64 build: run scripts/arm64-build.sh" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'finish_workdir "$WORK"' EXIT
fail() {
    echo "arm64 test FAILED: $*" >&2
    exit 1
}
run() { qemu-aarch64-static -L /usr/aarch64-linux-gnu "$BIN" "$@"; }
export PATH="$HOME/.cargo/bin:$PATH"

file -b "$BIN" | grep -q "ARM aarch64" || fail "$BIN is not an aarch64 executable: $(file -b "$BIN")"
version=$(run --version) || fail "--version"
[[ $version == work-summary* ]] || fail "--version says $version"
start=$(date +%s%N)
run export examples/sample.ron -o "$WORK/sample.pdf" 2>/dev/null || fail "PDF export"
run export examples/sample.ron -o "$WORK/sample.docx" 2>/dev/null || fail "DOCX export"
run export examples/sample.ron -o "$WORK/sample.ofd" 2>/dev/null || fail "OFD export"
ms=$((($(date +%s%N) - start) / 1000000))
pages=$(pdfinfo "$WORK/sample.pdf" | awk '/^Pages:/ {print $2}')
[[ $pages == 3 ]] || fail "the PDF has $pages pages, not 3"
# Each reader writes to a file first: `reader | grep -q` under pipefail fails when grep stops
# reading early and the reader dies of the closed pipe (sOFD panicked so in CI).
pdftotext "$WORK/sample.pdf" "$WORK/pdf.txt" || fail "pdftotext cannot read the PDF"
grep -q "精神文明建设工作总结" "$WORK/pdf.txt" || fail "the PDF lacks the title"
unzip -p "$WORK/sample.docx" word/document.xml >"$WORK/document.xml" || fail "the DOCX has no document.xml"
grep -q "精神文明建设工作总结" "$WORK/document.xml" || fail "the DOCX lacks the title"
if command -v sofd >/dev/null; then
    sofd --locale en-US info "$WORK/sample.ofd" >"$WORK/ofd.txt" || fail "sOFD cannot read the OFD"
    grep -q "^Pages: 3$" "$WORK/ofd.txt" || fail "sOFD does not read 3 pages"
fi
# check: findings exit 1, and the same findings as the x86-64 build's.
set +e
run check examples/sample.ron --format json >"$WORK/arm.json" 2>/dev/null
code=$?
set -e
[[ $code == 1 ]] || fail "check exited $code"
echo "  CLI under qemu-user: --version, PDF/DOCX/OFD export of the example in ${ms} ms, check"

# The package in an empty arm64 root.
ROOT=$WORK/root
mkdir -p "$ROOT/var/lib/dpkg/info" "$ROOT/var/lib/dpkg/updates"
: >"$ROOT/var/lib/dpkg/status"
dpkg-deb --field "$DEB" Architecture | grep -qx arm64 || fail "$DEB is not arm64"
dpkg --root="$ROOT" --force-depends --force-architecture --force-script-chrootless \
    --log=/dev/null -i "$DEB" >/dev/null 2>&1 || true
status=$(dpkg --root="$ROOT" -s work-summary 2>/dev/null || true)
grep -q "^Status: install ok" <<<"$status" \
    || fail "dpkg did not install $DEB into the arm64 root"
file -b "$ROOT/usr/bin/work-summary" | grep -q "ARM aarch64" || fail "the installed binary is not aarch64"
[[ -f $ROOT/usr/share/applications/work-summary.desktop ]] || fail "no desktop entry"
[[ -f $ROOT/usr/share/mime/packages/work-summary.xml ]] || fail "no MIME type"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$ROOT/usr/share/applications/work-summary.desktop" || fail "desktop entry"
fi
xmllint --noout "$ROOT/usr/share/mime/packages/work-summary.xml" || fail "MIME type XML"
qemu-aarch64-static -L /usr/aarch64-linux-gnu "$ROOT/usr/bin/work-summary" --version >/dev/null \
    || fail "the installed binary does not run"
size=$(du -h "$DEB" | cut -f1)
echo "  package: $(basename "$DEB") ($size) installs into an arm64 root, its binary runs"
echo "arm64: 2 passed, 0 failed"
