#!/usr/bin/env bash
# Real receiver: 复制为公文格式 pasted into a running LibreOffice Writer (GUI, gtk3, Xvfb).
# The app's own clipboard code (examples/clipboard_owner.rs: the same `rich_copy` and
# `SystemClipboard` as the menu entry) owns the X11 clipboard and stays alive while Writer
# pastes; python3-uno pastes into a new document and reads every paragraph back: indent,
# size, font, alignment, line spacing (scripts/writer_paste.py).
# Usage: scripts/writer-paste-test.sh [CLIPBOARD_OWNER] [DRAFT]   (VERBOSE=1 prints them all)
set -euo pipefail
source "$(dirname "$0")/workdir.sh"
OWNER=$(realpath "${1:-target/debug/examples/clipboard_owner}")
DRAFT=$(realpath "${2:-examples/sample.ron}")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset DBUS_SESSION_BUS_ADDRESS
PIPE="ws-writer-$$"

cleanup() {
    # soffice's launcher runs soffice.bin as its child; finish_workdir ends it (its command
    # line names the private profile).
    for pid in ${CLIP:-} ${SOFFICE:-} ${XVFB:-}; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    finish_workdir "$WORK"
}
trap cleanup EXIT
fail() {
    echo "writer paste test FAILED: $*" >&2
    for log in "$WORK"/*.log; do [[ -s "$log" ]] && sed "s|^|  $(basename "$log"): |" "$log" >&2; done
    exit 1
}
[[ -x "$OWNER" ]] || fail "no $OWNER (cargo build --example clipboard_owner)"

source "$HERE/xvfb.sh"
start_xvfb "$WORK" 1280x1024x24 || fail "no X server"

# Writer with its GUI (the gtk3 plugin reads the X11 clipboard), a private profile.
SAL_USE_VCLPLUGIN=gtk3 soffice -env:UserInstallation="file://$WORK/profile" --norestore \
    --nologo --nodefault --accept="pipe,name=$PIPE;urp;" >"$WORK/soffice.log" 2>&1 &
SOFFICE=$!

"$OWNER" "$DRAFT" >"$WORK/blocks.tsv" 2>"$WORK/owner.log" &
CLIP=$!
for _ in $(seq 1 100); do grep -qx ready "$WORK/blocks.tsv" 2>/dev/null && break; sleep 0.1; done
grep -qx ready "$WORK/blocks.tsv" || fail "the clipboard owner did not start"
xclip -selection clipboard -t TARGETS -o | grep -qx text/html || fail "no text/html on the clipboard"

args=("$PIPE" "$WORK/blocks.tsv")
[[ -n "${VERBOSE:-}" ]] && args+=(-v)
timeout 120 /usr/bin/python3 "$HERE/writer_paste.py" "${args[@]}" || fail "see above"
