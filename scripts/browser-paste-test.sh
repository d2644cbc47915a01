#!/usr/bin/env bash
# Real receiver: 复制为公文格式 pasted into a browser's rich-text editor, as OA systems use
# (Chromium from Debian, Xvfb, a contenteditable page). The app's own clipboard code
# (examples/clipboard_owner.rs) owns the X11 clipboard; Ctrl+V is sent and every paragraph's
# computed style is read back through the DevTools protocol (scripts/browser_paste.py).
# Usage: scripts/browser-paste-test.sh [CLIPBOARD_OWNER] [DRAFT]   (VERBOSE=1 prints them all)
set -euo pipefail
source "$(dirname "$0")/workdir.sh"
OWNER=$(realpath "${1:-target/debug/examples/clipboard_owner}")
DRAFT=$(realpath "${2:-examples/sample.ron}")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset DBUS_SESSION_BUS_ADDRESS
PORT=${PORT:-9339}

cleanup() {
    for pid in ${CLIP:-} ${CHROME:-} ${XVFB:-}; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    finish_workdir "$WORK"
}
trap cleanup EXIT
fail() {
    echo "browser paste test FAILED: $*" >&2
    for log in "$WORK"/*.log; do [[ -s "$log" ]] && tail -n 20 "$log" | sed "s|^|  $(basename "$log"): |" >&2; done
    exit 1
}
[[ -x "$OWNER" ]] || fail "no $OWNER (cargo build --example clipboard_owner)"

source "$HERE/xvfb.sh"
start_xvfb "$WORK" 1280x1024x24 || fail "no X server"

# An OA system's editor: an empty contenteditable box.
cat >"$WORK/editor.html" <<'HTML'
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>OA</title></head>
<body><div id="editor" contenteditable="true" style="min-height:40em;border:1px solid #999"></div></body></html>
HTML

"$OWNER" "$DRAFT" >"$WORK/blocks.tsv" 2>"$WORK/owner.log" &
CLIP=$!
for _ in $(seq 1 100); do grep -qx ready "$WORK/blocks.tsv" 2>/dev/null && break; sleep 0.1; done
grep -qx ready "$WORK/blocks.tsv" || fail "the clipboard owner did not start"

chromium --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$WORK/profile" \
    --remote-debugging-port="$PORT" --window-size=1200,900 "file://$WORK/editor.html" \
    >"$WORK/chromium.log" 2>&1 &
CHROME=$!

args=("$PORT" "$WORK/blocks.tsv")
[[ -n "${VERBOSE:-}" ]] && args+=(-v)
timeout 120 /usr/bin/python3 "$HERE/browser_paste.py" "${args[@]}" || fail "see above"
