# Sourced by the test scripts: the end of a test's private folder. Receivers run helper
# processes of their own that outlive the one the script started and killed (Chromium's
# zygote, renderers and storage service; LibreOffice's soffice.bin under its launcher), and
# one still writing its profile while the folder was removed made `rm -rf` fail with
# "Directory not empty" after a test that had passed (CI, Chromium's profile/Default): the
# failing command in the exit trap became the script's exit status. So: end every process
# whose command line names the folder (a unique mktemp path), wait for them to go, remove the
# folder, trying again while a straggler finishes; a folder left behind in /tmp is reported,
# it does not fail the test.
#   finish_workdir DIR
finish_workdir() {
    local dir=$1
    [[ -n "$dir" && -d "$dir" ]] || return 0
    pkill -TERM -f -- "$dir" 2>/dev/null || true
    for _ in $(seq 1 100); do
        pgrep -f -- "$dir" >/dev/null 2>&1 || break
        sleep 0.1
    done
    pkill -KILL -f -- "$dir" 2>/dev/null || true
    for _ in $(seq 1 20); do
        rm -rf "$dir" 2>/dev/null && return 0
        sleep 0.25
    done
    echo "note: could not remove $dir" >&2
    return 0
}
