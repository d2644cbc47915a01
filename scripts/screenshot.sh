#!/usr/bin/env bash
# Screenshot of the app in Xvfb: scripts/screenshot.sh OUT.png [BINARY] [DRAFT] [X Y to click]...
# Runs under LANG=C to check that Chinese still gets Simplified forms. SHOT_LANG=En: English UI.
set -euo pipefail
OUT=$1
BIN=$(realpath "${2:-target/release/work-summary}")
DRAFT=${3:-examples/sample.ron}
shift $(( $# < 3 ? $# : 3 ))
export LANG=C LC_ALL=C
unset DBUS_SESSION_BUS_ADDRESS
# Fresh settings and recovery folders: a shot never depends on (or changes) the user's.
HOMES=$(mktemp -d)
export XDG_CONFIG_HOME="$HOMES/config" XDG_DATA_HOME="$HOMES/data"
# SHOT_LANG=En: the English UI (the settings' language), else Chinese.
if [[ -n ${SHOT_LANG:-} ]]; then
    mkdir -p "$XDG_CONFIG_HOME/work-summary"
    echo "(lang: $SHOT_LANG)" >"$XDG_CONFIG_HOME/work-summary/settings.ron"
fi
source "$(dirname "$0")/xvfb.sh"
source "$(dirname "$0")/workdir.sh"
trap 'kill ${APP:-} ${XVFB:-} 2>/dev/null || true; finish_workdir "$HOMES"' EXIT
start_xvfb "$HOMES"
"$BIN" "$DRAFT" &
APP=$!
for _ in $(seq 1 150); do
    WID=$(xdotool search --onlyvisible --pid "$APP" 2>/dev/null | head -n1 || true)
    [[ -n "$WID" ]] && break
    sleep 0.2
done
sleep 2
xdotool windowfocus --sync "$WID"
while [[ $# -ge 2 ]]; do
    xdotool mousemove "$1" "$2" click 1
    sleep 0.5
    shift 2
done
sleep 0.5
import -window root "$OUT"
