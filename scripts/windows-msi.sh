#!/usr/bin/env bash
# Builds the MSI installer from packaging/windows/work-summary.wxs with msitools' wixl:
#   scripts/windows-msi.sh [EXE]   (default: the cross-built release .exe)
# and writes target/windows/work-summary-VERSION-x64.msi.
#
# wixl 0.101 ignores Product/@Codepage and drops every non-ASCII string of the tables (the
# Chinese Start menu entry, product name, file type), so the Chinese text is carried through
# wixl as ASCII tokens, the database's code page is then set to 936 (GBK, what Chinese Windows
# reads), and the tables holding tokens are exported, decoded and imported again with msibuild.
set -euo pipefail
cd "$(dirname "$0")/.."
exe=$(realpath "${1:-${CARGO_TARGET_DIR:-target}/x86_64-pc-windows-gnu/release/work-summary.exe}")
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
mkdir -p target/windows
out=target/windows/work-summary-$version-x64.msi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p target/windows

# Non-ASCII runs become ~u<hex of UTF-8>~ tokens.
/usr/bin/python3 - packaging/windows/work-summary.wxs "$work/ascii.wxs" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
body = re.sub(r"[^\x00-\x7f]+", lambda m: "~u" + m.group().encode().hex() + "~", text)
open(sys.argv[2], "w", encoding="utf-8").write(body)
PY
# wixl takes sources relative to the current folder and leaves an Icon/ folder there: it runs
# in the scratch folder, which holds what the .wxs names.
mkdir -p "$work/assets/icons"
cp assets/icons/work-summary.ico "$work/assets/icons/"
cp README.md "$work/"
cp "$exe" "$work/work-summary.exe"
out=$(realpath "$out")
(cd "$work" && wixl --arch x64 -D VERSION="$version" -D EXE=work-summary.exe -o "$out" ascii.wxs)

printf '\n\n936\t_ForceCodepage\n' >"$work/_ForceCodepage.idt"
msibuild "$out" -i "$work/_ForceCodepage.idt"
# msiinfo export writes a table's binary streams (the Icon table) into the current folder.
cd "$work"
for table in $(msiinfo tables "$out"); do
    [[ $table == _* ]] && continue
    [[ $table == Icon || $table == Binary ]] && continue
    msiinfo export "$out" "$table" >"$work/$table.idt"
    grep -q '~u[0-9a-f]*~' "$work/$table.idt" || continue
    /usr/bin/python3 - "$work/$table.idt" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8", newline="").read()
text = re.sub(r"~u([0-9a-f]+)~", lambda m: bytes.fromhex(m.group(1)).decode(), text)
open(path, "w", encoding="utf-8", newline="").write(text)
PY
    msibuild "$out" -i "$work/$table.idt"
done
if grep -q '~u' <<<"$(msiinfo export "$out" Property)"; then
    echo "windows-msi: Chinese text left encoded in $out" >&2
    exit 1
fi
echo "built $out ($(du -h "$out" | cut -f1))"
