# Sourced by scripts/test.sh and scripts/windows-env.sh: install the Debian packages a package
# list names (one or more per line; comments and blank lines ignored) that this machine lacks,
# as root or through sudo without a password; without either, print the one apt command to run
# and stop. Usage: apt_install LIST_FILE "what needs them"
# shellcheck shell=bash

apt_install() {
    local list=$1 purpose=$2 wanted missing=() pkg as_root=()
    mapfile -t wanted < <(sed 's/#.*//' "$list" | tr -s ' \t' '\n' | grep -v '^$')
    command -v dpkg-query >/dev/null || return 0
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$pkg")
    done
    ((${#missing[@]})) || return 0
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
            as_root=(sudo)
        else
            echo "This machine lacks Debian packages $purpose needs. Run, then try again:" >&2
            echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
            exit 1
        fi
    fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
