#!/usr/bin/env bash
# Real-window test: the binary in an Xvfb display, driven by xdotool as a user would.
# Opens a new draft at a path that does not exist yet, types a title, presses Ctrl+S, and
# checks the draft on disk and its text export. Usage: scripts/real-window-test.sh [BINARY]
# Set SHOT=path.png to keep a screenshot of the window.
set -euo pipefail
source "$(dirname "$0")/workdir.sh"

BIN=$(realpath "${1:-target/debug/work-summary}")
WORK=$(mktemp -d)
# A C locale, where eframe's own font lookup would pick Japanese glyph forms.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# No desktop session here: rfd must not wait on a portal.
unset DBUS_SESSION_BUS_ADDRESS

cleanup() {
    [[ -n "${APP:-}" ]] && kill "$APP" 2>/dev/null || true
    [[ -n "${XVFB:-}" ]] && kill "$XVFB" 2>/dev/null || true
    finish_workdir "$WORK"
}
trap cleanup EXIT

fail() {
    echo "real-window test FAILED: $*" >&2
    [[ -f "$WORK/app.log" ]] && sed 's/^/  app: /' "$WORK/app.log" >&2
    exit 1
}

source "$(dirname "$0")/xvfb.sh"
start_xvfb "$WORK" || fail "no X server"

DRAFT="$WORK/new.ron"
"$BIN" "$DRAFT" >"$WORK/app.log" 2>&1 &
APP=$!

WID=""
for _ in $(seq 1 150); do
    WID=$(xdotool search --onlyvisible --pid "$APP" 2>/dev/null | head -n1 || true)
    [[ -n "$WID" ]] && break
    kill -0 "$APP" 2>/dev/null || fail "the app exited before showing a window"
    sleep 0.2
done
[[ -n "$WID" ]] || fail "no window appeared within 30 s"
# Give the first frames (font lookup, GL setup) time to land before typing.
sleep 2
xdotool windowfocus --sync "$WID"

TITLE="Annual Work Summary 2024"
xdotool type --delay 40 "$TITLE"
sleep 0.5
xdotool key ctrl+s

for _ in $(seq 1 50); do [[ -f "$DRAFT" ]] && break; sleep 0.1; done
[[ -f "$DRAFT" ]] || fail "Ctrl+S wrote no draft at $DRAFT"
grep -q "title: \"$TITLE\"" "$DRAFT" || fail "the draft does not hold the typed title: $(cat "$DRAFT")"

if [[ -n "${SHOT:-}" ]]; then
    sleep 0.5
    import -window root "$SHOT"
fi

kill "$APP"
wait "$APP" 2>/dev/null || true
APP=""

OUT=$("$BIN" export "$DRAFT")
FIRST=$(printf '%s\n' "$OUT" | head -n1)
[[ "$FIRST" == "$TITLE" ]] || fail "export starts with '$FIRST', not the title"
# Only a title was typed: the sections have no text and print nothing, not bare headings.
[[ $(printf '%s\n' "$OUT" | grep -c .) == 1 ]] || fail "export prints more than the title: $OUT"

echo "real-window: 1 passed, 0 failed"
