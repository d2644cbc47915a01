# Sourced by the test scripts: start an Xvfb on a display number it chooses itself (a fixed
# number may be held by another test's server or a stale lock), wait until it answers, and
# export DISPLAY. -noreset: by default the server resets when its last client leaves, and a
# client connecting in that moment gets "Failed to open connection to X server" (seen in the
# kill test, which kills the app and starts it again at once). Sets XVFB (its pid) and
# XVFB_LOG; the caller kills $XVFB when done.
#   start_xvfb WORKDIR [WxHxD]
start_xvfb() {
    local work=$1 screen=${2:-1280x800x24}
    XVFB_LOG="$work/xvfb.log"
    : >"$work/display"
    Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp -noreset 3>"$work/display" >"$XVFB_LOG" 2>&1 &
    XVFB=$!
    # Up to 20 s: the first server on a fresh machine compiles its keymap.
    for _ in $(seq 1 200); do
        [[ -s "$work/display" ]] && break
        kill -0 "$XVFB" 2>/dev/null || break
        sleep 0.1
    done
    if [[ ! -s "$work/display" ]]; then
        echo "Xvfb did not start:" >&2
        sed 's/^/  xvfb: /' "$XVFB_LOG" >&2
        return 1
    fi
    export DISPLAY=":$(head -n1 "$work/display")"
    for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && return 0; sleep 0.1; done
    echo "Xvfb on $DISPLAY does not answer:" >&2
    sed 's/^/  xvfb: /' "$XVFB_LOG" >&2
    return 1
}
