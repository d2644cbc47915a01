#!/usr/bin/env bash
# Start-up and memory of the release binary in Xvfb, against LibreOffice Writer when installed.
#   scripts/startup-bench.sh [BINARY] [RUNS]
# Prints, as medians of RUNS (default 5) warm starts: launch → window visible, launch → first
# frame built, resident memory 1 s after the window shows, with the example draft
# (examples/sample.ron, its findings in) and with a 100k-character draft;
# the same for a bare eframe window (examples/bare_window.rs, built here with
# `cargo build --release --example bare_window` when missing) in the same run.
set -euo pipefail
BIN=$(realpath "${1:-target/release/work-summary}")
RUNS=${2:-5}
WORK=$(mktemp -d)
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
unset DBUS_SESSION_BUS_ADDRESS
source "$(dirname "$0")/xvfb.sh"
source "$(dirname "$0")/workdir.sh"
trap 'kill ${XVFB:-} 2>/dev/null || true; finish_workdir "$WORK"' EXIT
start_xvfb "$WORK"

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rss_kb() { # resident memory of a process and its children, in KB
    local total=0 pid
    for pid in $1 $(pgrep -P "$1" || true); do
        total=$((total + $(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)))
    done
    echo "$total"
}

"$BIN" sample 100000 -o "$WORK/100k.ron"
cp "$(dirname "$0")/../examples/sample.ron" "$WORK/example.ron"

# Wait until process $1 shows a window.
wait_visible() {
    until xdotool search --onlyvisible --pid "$1" >/dev/null 2>&1; do
        sleep 0.005
    done
}

# One run of the editor: prints "visible_ms first_frame_ms rss_kb".
run_editor() {
    local draft=$1 t0 pid visible first rss
    # A warm start, as a user's every start after the first: the settings and the memo of
    # the window's font (ui-font.ron) stay; no recovery copy or lock is left from the last run.
    rm -rf "$XDG_DATA_HOME/work-summary/recovery"
    t0=$(now_ms)
    WORK_SUMMARY_TRACE_STARTUP=1 "$BIN" "$draft" 2>"$WORK/trace.log" &
    pid=$!
    wait_visible "$pid"
    visible=$(($(now_ms) - t0))
    for _ in $(seq 1 500); do grep -q first-frame "$WORK/trace.log" && break; sleep 0.01; done
    first=$(($(awk '/first-frame-unix-ms/ {print $2}' "$WORK/trace.log") - t0))
    sleep 1
    rss=$(rss_kb "$pid")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$visible $first $rss"
}

BARE=$(dirname "$BIN")/examples/bare_window
[[ -x "$BARE" ]] || cargo build --release --example bare_window >/dev/null 2>&1 || true

# The bare window: prints "visible_ms rss_kb".
run_bare() {
    local t0 pid
    t0=$(now_ms)
    "$BARE" 2>/dev/null &
    pid=$!
    wait_visible "$pid"
    local visible=$(($(now_ms) - t0))
    sleep 1
    local rss; rss=$(rss_kb "$pid")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$visible $rss"
}

run_editor "$WORK/new.ron" >/dev/null # warm the caches
: >"$WORK/empty.txt"; : >"$WORK/big.txt"; : >"$WORK/example.txt"
: >"$WORK/bare.txt"
[[ -x "$BARE" ]] && run_bare >/dev/null
for _ in $(seq 1 "$RUNS"); do
    run_editor "$WORK/new.ron" >>"$WORK/empty.txt"
    run_editor "$WORK/example.ron" >>"$WORK/example.txt"
    run_editor "$WORK/100k.ron" >>"$WORK/big.txt"
    [[ -x "$BARE" ]] && run_bare >>"$WORK/bare.txt"
done
vis=$(awk '{print $1}' "$WORK/empty.txt" | median)
first=$(awk '{print $2}' "$WORK/empty.txt" | median)
rss=$(awk '{print $3}' "$WORK/empty.txt" | median)
rss_big=$(awk '{print $3}' "$WORK/big.txt" | median)
rss_example=$(awk '{print $3}' "$WORK/example.txt" | median)
first_big=$(awk '{print $2}' "$WORK/big.txt" | median)
echo "work-summary: window visible ${vis} ms, first frame ${first} ms (100k draft: ${first_big} ms), RSS ${rss} KB (example draft: ${rss_example} KB, 100k draft: ${rss_big} KB)"
if [[ -s "$WORK/bare.txt" ]]; then
    bvis=$(awk '{print $1}' "$WORK/bare.txt" | median)
    brss=$(awk '{print $2}' "$WORK/bare.txt" | median)
    echo "bare eframe window: window visible ${bvis} ms, RSS ${brss} KB"
    awk -v a="$vis" -v b="$bvis" -v c="$rss" -v d="$brss" 'BEGIN {
        printf "ratios to the bare window: visible %.2f x, RSS %.2f x\n", a/b, c/d }'
fi

if command -v soffice >/dev/null; then
    run_writer() {
        local t0 pid wid visible rss
        t0=$(now_ms)
        soffice -env:UserInstallation="file://$WORK/lo" --writer --norestore --nologo >/dev/null 2>&1 &
        pid=$!
        wid=""
        local deadline=$(( $(now_ms) + 90000 ))
        while (( $(now_ms) < deadline )); do
            wid=$(xdotool search --onlyvisible --class "libreoffice" 2>/dev/null | head -n1 || true)
            [[ -n "$wid" ]] && break
            sleep 0.005
        done
        visible=$(($(now_ms) - t0))
        sleep 1
        rss=$(rss_kb "$pid")
        local bin; bin=$(pgrep -f soffice.bin | head -n1 || true)
        [[ -n "$bin" ]] && rss=$((rss > $(rss_kb "$bin") ? rss : $(rss_kb "$bin")))
        pkill -f soffice.bin || true; kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do pgrep -f soffice.bin >/dev/null || break; sleep 0.1; done
        pkill -9 -f soffice.bin || true
        wait "$pid" 2>/dev/null || true
        sleep 0.5
        echo "$visible $rss"
    }
    run_writer >/dev/null # first start creates the profile
    : >"$WORK/lo.txt"
    for _ in $(seq 1 "$RUNS"); do run_writer >>"$WORK/lo.txt"; done
    lvis=$(awk '{print $1}' "$WORK/lo.txt" | median)
    lrss=$(awk '{print $2}' "$WORK/lo.txt" | median)
    echo "LibreOffice Writer: window visible ${lvis} ms, RSS ${lrss} KB"
    awk -v a="$vis" -v b="$lvis" -v c="$rss" -v d="$lrss" -v e="$rss_big" 'BEGIN {
        printf "ratios: visible %.2f x Writer, RSS %.2f x Writer, RSS with 100k draft %.2f x Writer\n", a/b, c/d, e/d }'
else
    echo "LibreOffice Writer: not installed (apt-get install libreoffice-writer to compare)"
fi
