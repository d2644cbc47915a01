#!/usr/bin/env bash
# The Debian package as a user gets it: `cargo deb` builds it, `dpkg -i` installs it, the
# validators check its desktop entry and AppStream metainfo, the MIME database recognises a
# draft by its header, and the app is started from the installed desktop entry's Exec line
# under Xvfb with a draft as its argument: the window must appear with the draft open (its
# file name in the window title). Prints the package size and the start-up time.
# Usage: scripts/deb-test.sh [PACKAGE.deb]  (without one, `cargo deb` builds it)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/workdir.sh
export PATH="$HOME/.cargo/bin:$PATH"

WORK=$(mktemp -d)
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset DBUS_SESSION_BUS_ADDRESS

cleanup() {
    [[ -n "${APP:-}" ]] && kill "$APP" 2>/dev/null || true
    [[ -n "${XVFB:-}" ]] && kill "$XVFB" 2>/dev/null || true
    finish_workdir "$WORK"
}
trap cleanup EXIT
fail() {
    echo "deb test FAILED: $*" >&2
    [[ -f "$WORK/app.log" ]] && sed 's/^/  app: /' "$WORK/app.log" >&2
    exit 1
}

DEB=${1:-}
if [[ -z "$DEB" ]]; then
    command -v cargo-deb >/dev/null || cargo install cargo-deb --locked
    DEB=$(cargo deb 2>"$WORK/cargo-deb.log" | tail -n1) || {
        cat "$WORK/cargo-deb.log" >&2
        fail "cargo deb did not build the package"
    }
fi
[[ -f "$DEB" ]] || fail "no package at '$DEB'"
SIZE=$(stat -c %s "$DEB")

dpkg -i "$DEB" >"$WORK/dpkg.log" 2>&1 || {
    # Dependencies the machine lacks: let apt bring them, as a user's package manager would.
    apt-get install -f -y -qq >/dev/null || { cat "$WORK/dpkg.log" >&2; fail "dpkg -i failed"; }
}
status=$(dpkg -s work-summary 2>/dev/null || true)
grep -q "Status: install ok installed" <<<"$status" || fail "not installed"
INSTALLED_KB=$(dpkg -s work-summary | sed -n 's/^Installed-Size: //p')
grep -q "^Depends:.*fonts-noto-cjk" <<<"$status" || fail "no CJK font dependency"

ENTRY=/usr/share/applications/work-summary.desktop
desktop-file-validate "$ENTRY" || fail "desktop-file-validate: $ENTRY"
appstreamcli validate --no-net /usr/share/metainfo/io.github.work_summary.metainfo.xml >/dev/null ||
    fail "appstreamcli validate"
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256 scalable; do
    ls /usr/share/icons/hicolor/$size/apps/work-summary.* >/dev/null 2>&1 || fail "no $size icon"
done

# A draft is recognised by its header, whatever its name; another RON file is not a draft.
cp examples/sample.ron "$WORK/半年总结.ron"
printf '(name: "not a draft")\n' >"$WORK/other.ron"
TYPE=$(gio info -a standard::content-type "$WORK/半年总结.ron" | sed -n 's/.*content-type: //p')
[[ "$TYPE" == application/x-work-summary-draft ]] || fail "a draft is seen as '$TYPE'"
TYPE=$(gio info -a standard::content-type "$WORK/other.ron" | sed -n 's/.*content-type: //p')
[[ "$TYPE" != application/x-work-summary-draft ]] || fail "any .ron is taken for a draft"

# The Exec line, with %f replaced by the draft, run as a launcher would (no shell quoting
# is needed: the line has no quotes).
EXEC=$(sed -n 's/^Exec=//p' "$ENTRY" | head -n1)
[[ "$EXEC" == *%f* ]] || fail "the Exec line takes no file: $EXEC"
read -r -a ARGV <<<"$EXEC"
for i in "${!ARGV[@]}"; do [[ "${ARGV[$i]}" == %f ]] && ARGV[$i]="$WORK/半年总结.ron"; done

# A free display number, chosen by Xvfb itself (other tests may hold one).
source scripts/xvfb.sh
start_xvfb "$WORK" || fail "no X server"

START=$(date +%s%N)
(cd "$WORK" && exec env HOME="$WORK" "${ARGV[@]}") >"$WORK/app.log" 2>&1 &
APP=$!
WID="" NAME=""
for _ in $(seq 1 300); do
    WID=$(xdotool search --onlyvisible --pid "$APP" 2>/dev/null | head -n1 || true)
    if [[ -n "$WID" ]]; then
        NAME=$(xdotool getwindowname "$WID" 2>/dev/null || true)
        [[ "$NAME" == *半年总结.ron* ]] && break
    fi
    kill -0 "$APP" 2>/dev/null || fail "the app exited before showing a window"
    sleep 0.05
done
END=$(date +%s%N)
[[ -n "$WID" ]] || fail "no window appeared within 15 s"
[[ "$NAME" == *半年总结.ron* ]] || fail "the window title '$NAME' does not name the draft"
[[ "$(command -v work-summary)" == /usr/bin/work-summary ]] || fail "not the installed binary"
# The window icon (the embedded 256 px PNG) is set on the window for the task bar.
ICON=$(xprop -id "$WID" -f _NET_WM_ICON 32c '=$0+\n' _NET_WM_ICON | cut -c1-40 | head -n1)
[[ "$ICON" == *"=256, 256,"* ]] || fail "no 256 px window icon: $ICON"

if [[ -n "${SHOT:-}" ]]; then
    sleep 1
    import -window root "$SHOT"
fi
echo "package: $DEB, $((SIZE / 1024)) KiB (installed $INSTALLED_KB KiB)"
echo "start-up from the desktop entry to the window titled with the draft: $(((END - START) / 1000000)) ms"
echo "deb: 1 passed, 0 failed"
