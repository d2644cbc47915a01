#!/usr/bin/env bash
# A real Chinese input method: fcitx5 with the pinyin engine, on a D-Bus session, under Xvfb,
# reached through XIM (XMODIFIERS=@im=fcitx) as on a user's X11 desktop. In the title field:
# Ctrl+Space, `gongzuo` Space `zongjie` Space, Ctrl+S: the draft's title is 工作总结. Then in
# the 导语 field, in the middle of existing text: the words land at the cursor.
# Usage: scripts/ime-test.sh [BINARY]. SHOT=prefix keeps screenshots (PREFIX-candidates.png
# while the candidate window shows, PREFIX-done.png at the end).
set -euo pipefail
source "$(dirname "$0")/workdir.sh"

BIN=$(realpath "${1:-target/debug/work-summary}")
WORK=$(mktemp -d)
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export XMODIFIERS=@im=fcitx GTK_IM_MODULE=fcitx QT_IM_MODULE=fcitx
mkdir -p "$XDG_CONFIG_HOME/fcitx5/conf"

cleanup() {
    [[ -n "${APP:-}" ]] && kill "$APP" 2>/dev/null || true
    # fcitx5 writes its state on the way out: wait for it before removing its folder.
    [[ -n "${FCITX:-}" ]] && { kill "$FCITX" 2>/dev/null; wait "$FCITX" 2>/dev/null; } || true
    [[ -n "${DBUS_SESSION_BUS_PID:-}" ]] && kill "$DBUS_SESSION_BUS_PID" 2>/dev/null || true
    [[ -n "${XVFB:-}" ]] && kill "$XVFB" 2>/dev/null || true
    finish_workdir "$WORK"
}
trap cleanup EXIT
fail() {
    echo "ime test FAILED: $*" >&2
    for log in app fcitx; do
        [[ -f "$WORK/$log.log" ]] && tail -n 40 "$WORK/$log.log" | sed "s/^/  $log: /" >&2
    done
    exit 1
}
shot() { [[ -n "${SHOT:-}" ]] && import -window root "$SHOT-$1.png" || true; }

# The user's profile: one group with the US keyboard and pinyin; Ctrl+Space toggles.
cat >"$XDG_CONFIG_HOME/fcitx5/profile" <<'PROFILE'
[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
PROFILE
cat >"$XDG_CONFIG_HOME/fcitx5/config" <<'CONFIG'
[Hotkey/TriggerKeys]
0=Control+space
CONFIG

# A free display number, chosen by Xvfb itself (other tests may hold one).
source "$(dirname "$0")/xvfb.sh"
start_xvfb "$WORK" || fail "no X server"

eval "$(dbus-launch --sh-syntax)"
export DBUS_SESSION_BUS_ADDRESS DBUS_SESSION_BUS_PID
fcitx5 --disable=wayland,waylandim,kimpanel,notificationitem >"$WORK/fcitx.log" 2>&1 &
FCITX=$!
# Ask the bus whether fcitx5 holds its name: a call to fcitx5 itself would have the bus start a
# second fcitx5 (D-Bus activation), and the two race for the name.
fcitx_ready() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.fcitx.Fcitx5 2>/dev/null |
        grep -q "boolean true"
}
for _ in $(seq 1 100); do fcitx_ready && break; sleep 0.1; done
fcitx_ready || fail "fcitx5 did not start"

# A draft with a 导语 of two sentences; the words go between them.
DRAFT="$WORK/ime.ron"
cat >"$DRAFT" <<'RON'
(
    format: "work-summary-draft",
    version: 1,
    report: (
        title: "",
        intro: "开头。结尾。",
    ),
)
RON

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
sleep 2
xdotool windowfocus --sync "$WID"
eval "$(xdotool getwindowgeometry --shell "$WID" | grep -E '^(X|Y|WIDTH|HEIGHT)=' |
    sed 's/^X=/AX=/; s/^Y=/AY=/; s/^WIDTH=/AW=/; s/^HEIGHT=/AH=/')"

# The candidate window: fcitx5's own visible window, inside the editor's window near the
# field typed in. Prints where it is.
candidate_window() {
    local popup geo
    popup=$(xdotool search --onlyvisible --pid "$FCITX" 2>/dev/null | head -n1 || true)
    [[ -n "$popup" ]] || fail "no candidate window while composing"
    geo=$(xdotool getwindowgeometry --shell "$popup")
    local X Y WIDTH HEIGHT
    eval "$(grep -E '^(X|Y|WIDTH|HEIGHT)=' <<<"$geo")"
    echo "candidate window at x=$X y=$Y (${WIDTH}x${HEIGHT}); editor window at x=$AX y=$AY (${AW}x${AH})"
    ((X >= AX && X < AX + AW && Y >= AY && Y < AY + AH)) ||
        fail "the candidate window is not over the editor's window"
}

# pinyin WORD… : type each syllable run and take the first candidate with Space.
pinyin() {
    local first=1
    for word in "$@"; do
        xdotool type --delay 60 "$word"
        sleep 0.6
        if [[ $first == 1 ]]; then
            shot "candidates${SHOT_AGAIN:+-2}"
            candidate_window
        fi
        first=0
        xdotool key space
        sleep 0.4
    done
}

title_of() { sed -n 's/^ *title: "\(.*\)",$/\1/p' "$DRAFT" | head -n1; }

# 1. The title field has the focus when a draft opens.
xdotool key ctrl+space
sleep 0.5
pinyin gongzuo zongjie
xdotool key ctrl+s
for _ in $(seq 1 30); do [[ "$(title_of)" == 工作总结 ]] && break; sleep 0.1; done
[[ "$(title_of)" == 工作总结 ]] || fail "title is '$(title_of)', not 工作总结"

# 2. The 导语 field, in the middle of its text: Tab from the title, to the end, left past 结尾。
# A new field gets a new input context (winit recreates the XIC when egui moves the focus),
# which fcitx5 starts in English: the user presses Ctrl+Space again, and so does the test.
xdotool key Tab
sleep 0.3
xdotool key ctrl+End Left Left Left
sleep 0.3
xdotool key ctrl+space
sleep 0.5
SHOT_AGAIN=1
pinyin zhongjian
xdotool key ctrl+s
WANT='"开头。中间结尾。",'
for _ in $(seq 1 30); do grep -qF "$WANT" "$DRAFT" && break; sleep 0.1; done
grep -qF "$WANT" "$DRAFT" || fail "the 导语 is not 开头。中间结尾。: $(grep -A2 'intro:' "$DRAFT")"
shot done

echo "ime: 2 passed, 0 failed"
